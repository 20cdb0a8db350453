// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bank statements written in every format InvoiceDesk reads (CAMT.053, MT940, OFX in SGML and
// XML, two bank CSV layouts), from one description of the lines, for the bank tests, the fuzz
// seeds and the benchmark.
#pragma once

#include "bankaccount.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace InvoiceDesk::Test {

/** One line as the bank books it; a batch of parts is one CAMT entry (cheques deposited together).
 */
struct GenLine
{
    QDate booking;
    qint64 amount = 0;
    QString bankReference;
    QString name;
    QString remittance;
    QString endToEnd;
    QString cheque;
    QString counterpartyIban;
    QList<GenLine> parts;
    bool reversal = false; ///< CAMT RvslInd: the bank takes back an earlier line
};

struct GenStatement
{
    QString iban = QStringLiteral("DE89370400440532013000");
    QString currency = QStringLiteral("EUR");
    QString id = QStringLiteral("STMT-1");
    QDate from;
    QDate to;
    qint64 opening = 0;
    QList<GenLine> lines;

    qint64 closing() const
    {
        qint64 total = opening;
        for (const GenLine &line : lines)
            total += line.amount;
        return total;
    }
    /** The lines as the bank lists them one by one (a batch's parts, where it has them). */
    QList<GenLine> flat() const
    {
        QList<GenLine> result;
        for (const GenLine &line : lines)
            result += line.parts.isEmpty() ? QList<GenLine> {line} : line.parts;
        return result;
    }
};

enum class GenFormat { Camt053, Mt940, OfxSgml, OfxXml, CsvGerman, CsvEnglish };

inline QString genFormatName(GenFormat format)
{
    const char *names[] = {"camt053", "mt940", "ofx-sgml", "ofx-xml", "csv-german", "csv-english"};
    return QLatin1String(names[int(format)]);
}

inline QString genAmount(qint64 minor, bool comma = false)
{
    const auto currency = *Currency::fromCode(QStringLiteral("EUR"));
    QString text = Money::fromMinorUnits(minor, currency).toString();
    return comma ? text.replace(QLatin1Char('.'), QLatin1Char(',')) : text;
}

inline QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

inline QString camtTx(const GenLine &line, bool ownAmount)
{
    const bool in = line.amount >= 0;
    QString refs;
    if (!line.endToEnd.isEmpty())
        refs += QStringLiteral("<EndToEndId>%1</EndToEndId>").arg(xmlEscaped(line.endToEnd));
    if (!line.cheque.isEmpty())
        refs += QStringLiteral("<ChqNb>%1</ChqNb>").arg(line.cheque);
    const QString party = in ? QStringLiteral("Dbtr") : QStringLiteral("Cdtr");
    QString tx = QStringLiteral("<TxDtls>");
    if (!refs.isEmpty())
        tx += QStringLiteral("<Refs>%1</Refs>").arg(refs);
    if (ownAmount)
        tx += QStringLiteral("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">%1</Amt></TxAmt></AmtDtls>")
                  .arg(genAmount(std::abs(line.amount)));
    tx += QStringLiteral("<RltdPties><%1><Nm>%2</Nm></%1>").arg(party, xmlEscaped(line.name));
    if (!line.counterpartyIban.isEmpty())
        tx += QStringLiteral("<%1Acct><Id><IBAN>%2</IBAN></Id></%1Acct>")
                  .arg(party, line.counterpartyIban);
    tx += QStringLiteral("</RltdPties>");
    if (!line.remittance.isEmpty())
        tx += QStringLiteral("<RmtInf><Ustrd>%1</Ustrd></RmtInf>").arg(xmlEscaped(line.remittance));
    return tx + QStringLiteral("</TxDtls>");
}

inline QByteArray toCamt053(const GenStatement &s)
{
    const auto balance = [&](const char *code, qint64 amount, const QDate &date) {
        return QStringLiteral(
            "<Bal><Tp><CdOrPrtry><Cd>%1</Cd></CdOrPrtry></Tp><Amt Ccy=\"%2\">%3</Amt>"
            "<CdtDbtInd>%4</CdtDbtInd><Dt><Dt>%5</Dt></Dt></Bal>\n")
            .arg(QLatin1String(code), s.currency, genAmount(std::abs(amount)),
                amount < 0 ? QStringLiteral("DBIT") : QStringLiteral("CRDT"),
                date.toString(Qt::ISODate));
    };
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt>\n"
        "<GrpHdr><MsgId>MSG-%1</MsgId><CreDtTm>%2T06:00:00</CreDtTm></GrpHdr>\n<Stmt>\n<Id>%1</"
        "Id>\n"
        "<FrToDt><FrDtTm>%3T00:00:00</FrDtTm><ToDtTm>%2T23:59:59</ToDtTm></FrToDt>\n"
        "<Acct><Id><IBAN>%4</IBAN></Id><Ccy>%5</Ccy></Acct>\n")
                      .arg(s.id, s.to.toString(Qt::ISODate), s.from.toString(Qt::ISODate), s.iban,
                          s.currency);
    xml += balance("OPBD", s.opening, s.from) + balance("CLBD", s.closing(), s.to);
    for (const GenLine &line : s.lines) {
        xml += QStringLiteral(
            "<Ntry><Amt Ccy=\"%1\">%2</Amt><CdtDbtInd>%3</CdtDbtInd><Sts>BOOK</Sts>"
            "<BookgDt><Dt>%4</Dt></BookgDt><ValDt><Dt>%4</Dt></ValDt>")
                   .arg(s.currency, genAmount(std::abs(line.amount)),
                       line.amount < 0 ? QStringLiteral("DBIT") : QStringLiteral("CRDT"),
                       line.booking.toString(Qt::ISODate));
        if (line.reversal)
            xml.replace(xml.lastIndexOf(QStringLiteral("<Sts>")), 5,
                QStringLiteral("<RvslInd>true</RvslInd><Sts>"));
        if (!line.bankReference.isEmpty())
            xml += QStringLiteral("<AcctSvcrRef>%1</AcctSvcrRef>").arg(line.bankReference);
        xml += QStringLiteral(
            "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
            "</Fmly></Domn></BkTxCd><NtryDtls>");
        if (line.parts.isEmpty()) {
            xml += camtTx(line, false);
        } else {
            xml += QStringLiteral("<Btch><NbOfTxs>%1</NbOfTxs></Btch>").arg(line.parts.size());
            for (const GenLine &part : line.parts)
                xml += camtTx(part, true);
        }
        xml += QStringLiteral("</NtryDtls></Ntry>\n");
    }
    return (xml + QStringLiteral("</Stmt>\n</BkToCstmrStmt>\n</Document>\n")).toUtf8();
}

inline QString mt940Balance(
    const QString &tag, qint64 amount, const QDate &date, const QString &currency)
{
    return QStringLiteral(":%1:%2%3%4%5\r\n")
        .arg(tag, amount < 0 ? QStringLiteral("D") : QStringLiteral("C"),
            date.toString(QStringLiteral("yyMMdd")), currency, genAmount(std::abs(amount), true));
}

inline QByteArray toMt940(const GenStatement &s)
{
    QString text = QStringLiteral(":20:%1\r\n:25:%2\r\n:28C:1/1\r\n").arg(s.id, s.iban);
    text += mt940Balance(QStringLiteral("60F"), s.opening, s.from, s.currency);
    for (const GenLine &line : s.flat()) {
        text += QStringLiteral(":61:%1%2%3%4NTRF%5//%6\r\n")
                    .arg(line.booking.toString(QStringLiteral("yyMMdd")),
                        line.booking.toString(QStringLiteral("MMdd")),
                        line.amount < 0 ? QStringLiteral("D") : QStringLiteral("C"),
                        genAmount(std::abs(line.amount), true),
                        line.cheque.isEmpty() ? QStringLiteral("NONREF") : line.cheque,
                        line.bankReference.isEmpty() ? QStringLiteral("NONREF")
                                                     : line.bankReference);
        QString details = QStringLiteral("166?00SEPA-GUTSCHRIFT");
        int field = 20;
        if (!line.endToEnd.isEmpty())
            details += QStringLiteral("?%1EREF+%2").arg(field++).arg(line.endToEnd);
        // SVWZ+ and the text, cut into subfields of 27 characters as banks do.
        const QString purpose = QStringLiteral("SVWZ+") + line.remittance;
        for (qsizetype i = 0; i < purpose.size() && field <= 29; i += 27)
            details += QStringLiteral("?%1%2").arg(field++).arg(purpose.mid(i, 27));
        if (!line.counterpartyIban.isEmpty())
            details += QStringLiteral("?31%1").arg(line.counterpartyIban);
        details += QStringLiteral("?32%1").arg(line.name.left(27));
        // Lines of at most 65 characters.
        text += QStringLiteral(":86:");
        for (qsizetype i = 0; i < details.size(); i += 65)
            text += details.mid(i, 65) + QStringLiteral("\r\n");
    }
    text += mt940Balance(QStringLiteral("62F"), s.closing(), s.to, s.currency)
        + QStringLiteral("-\r\n");
    return text.toLatin1();
}

inline QByteArray toOfx(const GenStatement &s, bool xml)
{
    // SGML leaves have no end tag; XML ones do.
    const auto leaf = [xml](const char *tag, const QString &value) {
        return xml ? QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), xmlEscaped(value))
                   : QStringLiteral("<%1>%2\n").arg(QLatin1String(tag), xmlEscaped(value));
    };
    QString text = xml ? QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                        "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\" "
                                        "OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n")
                       : QStringLiteral("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\n"
                                        "ENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\n"
                                        "OLDFILEUID:NONE\nNEWFILEUID:NONE\n\n");
    text += QStringLiteral("<OFX><SIGNONMSGSRSV1><SONRS><STATUS>")
        + leaf("CODE", QStringLiteral("0")) + leaf("SEVERITY", QStringLiteral("INFO"))
        + QStringLiteral("</STATUS>") + leaf("DTSERVER", s.to.toString(QStringLiteral("yyyyMMdd")))
        + leaf("LANGUAGE", QStringLiteral("ENG"))
        + QStringLiteral("</SONRS></SIGNONMSGSRSV1>\n<BANKMSGSRSV1><STMTTRNRS>")
        + leaf("TRNUID", s.id) + QStringLiteral("<STMTRS>") + leaf("CURDEF", s.currency)
        + QStringLiteral("<BANKACCTFROM>") + leaf("BANKID", QStringLiteral("37040044"))
        + leaf("ACCTID", s.iban) + leaf("ACCTTYPE", QStringLiteral("CHECKING"))
        + QStringLiteral("</BANKACCTFROM>\n<BANKTRANLIST>")
        + leaf("DTSTART", s.from.toString(QStringLiteral("yyyyMMdd")))
        + leaf("DTEND", s.to.toString(QStringLiteral("yyyyMMdd"))) + QStringLiteral("\n");
    for (const GenLine &line : s.flat()) {
        text += QStringLiteral("<STMTTRN>")
            + leaf("TRNTYPE", line.amount < 0 ? QStringLiteral("DEBIT") : QStringLiteral("CREDIT"))
            + leaf("DTPOSTED",
                line.booking.toString(QStringLiteral("yyyyMMdd"))
                    + QStringLiteral("120000[+1:CET]"))
            + leaf("TRNAMT", genAmount(line.amount));
        if (!line.bankReference.isEmpty())
            text += leaf("FITID", line.bankReference);
        if (!line.cheque.isEmpty())
            text += leaf("CHECKNUM", line.cheque);
        if (!line.endToEnd.isEmpty())
            text += leaf("REFNUM", line.endToEnd);
        text += leaf("NAME", line.name.left(32)) + leaf("MEMO", line.remittance)
            + QStringLiteral("</STMTTRN>\n");
    }
    text += QStringLiteral("</BANKTRANLIST><LEDGERBAL>") + leaf("BALAMT", genAmount(s.closing()))
        + leaf("DTASOF", s.to.toString(QStringLiteral("yyyyMMdd")))
        + QStringLiteral("</LEDGERBAL>\n")
        + QStringLiteral("</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
    return text.toUtf8();
}

inline QString csvCell(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

/** A German bank's export: ';', decimal comma, dd.MM.yyyy, newest first, a running balance. */
inline QByteArray toCsvGerman(const GenStatement &s)
{
    QStringList rows;
    qint64 balance = s.opening;
    const QChar sep = QLatin1Char(';');
    for (const GenLine &line : s.flat()) {
        balance += line.amount;
        const QString purpose
            = (line.cheque.isEmpty() ? QString()
                                     : QStringLiteral("SCHECK ") + line.cheque + QLatin1Char(' '))
            + line.remittance;
        rows.prepend(QStringList {s.iban, line.booking.toString(QStringLiteral("dd.MM.yyyy")),
            line.booking.toString(QStringLiteral("dd.MM.yyyy")), csvCell(line.name, sep),
            line.counterpartyIban, csvCell(purpose, sep), line.endToEnd,
            genAmount(line.amount, true), s.currency, genAmount(balance, true)}
                         .join(sep));
    }
    rows.prepend(
        QStringLiteral("Auftragskonto;Buchungstag;Valutadatum;Beguenstigter/Zahlungspflichtiger;"
                       "Kontonummer/IBAN;Verwendungszweck;Kundenreferenz;Betrag;Waehrung;Saldo"));
    rows.prepend(QStringLiteral("Umsätze Girokonto;Zeitraum: %1 - %2")
                     .arg(s.from.toString(QStringLiteral("dd.MM.yyyy")),
                         s.to.toString(QStringLiteral("dd.MM.yyyy"))));
    return (rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

/** An English bank's export: ',', yyyy-MM-dd, oldest first, debit and credit columns. */
inline QByteArray toCsvEnglish(const GenStatement &s)
{
    QStringList rows
        = {QStringLiteral("Date,Transaction ID,Payee,Description,Reference,Debit,Credit,Balance")};
    qint64 balance = s.opening;
    const QChar sep = QLatin1Char(',');
    for (const GenLine &line : s.flat()) {
        balance += line.amount;
        const QString reference
            = !line.cheque.isEmpty() ? QStringLiteral("CHQ ") + line.cheque : line.endToEnd;
        rows.append(QStringList {line.booking.toString(Qt::ISODate), line.bankReference,
            csvCell(line.name, sep), csvCell(line.remittance, sep), reference,
            line.amount < 0 ? genAmount(-line.amount) : QString(),
            line.amount >= 0 ? genAmount(line.amount) : QString(), genAmount(balance)}
                        .join(sep));
    }
    return (rows.join(QStringLiteral("\n")) + QStringLiteral("\n")).toUtf8();
}

inline QByteArray statementIn(GenFormat format, const GenStatement &s)
{
    switch (format) {
    case GenFormat::Camt053:
        return toCamt053(s);
    case GenFormat::Mt940:
        return toMt940(s);
    case GenFormat::OfxSgml:
        return toOfx(s, false);
    case GenFormat::OfxXml:
        return toOfx(s, true);
    case GenFormat::CsvGerman:
        return toCsvGerman(s);
    case GenFormat::CsvEnglish:
        break;
    }
    return toCsvEnglish(s);
}

/** The file name a statement in `format` would have. */
inline QString genFileName(GenFormat format, const QString &base)
{
    const char *suffixes[] = {".xml", ".sta", ".ofx", ".ofx", ".csv", ".csv"};
    return base + QLatin1String(suffixes[int(format)]);
}

} // namespace InvoiceDesk::Test
