// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940reader.h"
#include "bankaccount.h"
#include "textencoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>

namespace InvoiceDesk {

namespace {

/** One tag of the file with its text (continuation lines joined by '\n'). */
struct Field
{
    QString tag;
    QString text;
    int line = 0;
};

/** Splits the text into tags, dropping the SWIFT block wrappers {1:..}{2:..}{4: and -}. */
QList<Field> fieldsOf(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("^:(\\d{2}[A-Z]?):"));
    QList<Field> fields;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('{'))) {
            const qsizetype body = line.indexOf(QLatin1String("{4:"));
            if (body < 0)
                continue;
            line = line.mid(body + 3);
        }
        if (line == QLatin1String("-") || line.startsWith(QLatin1String("-}"))) {
            fields.append({QStringLiteral("-"), {}, int(i + 1)});
            continue;
        }
        const auto match = tag.match(line);
        if (match.hasMatch()) {
            fields.append({match.captured(1), line.mid(match.capturedLength()), int(i + 1)});
        } else if (!fields.isEmpty() && fields.last().tag != QLatin1String("-")) {
            fields.last().text += QLatin1Char('\n') + line;
        } else if (!line.trimmed().isEmpty()) {
            fields.append({QString(), line, int(i + 1)}); // text outside any tag
        }
    }
    return fields;
}

QDate dateFromYymmdd(QStringView text)
{
    if (text.size() != 6)
        return {};
    bool ok = false;
    const int yy = text.left(2).toInt(&ok);
    if (!ok)
        return {};
    // SWIFT's two-digit years: 80..99 are the 1900s.
    return QDate(yy >= 80 ? 1900 + yy : 2000 + yy, text.mid(2, 2).toInt(), text.mid(4, 2).toInt());
}

/** Reads one file's fields into statements. */
class Parser
{
public:
    StatementParse run(const QList<Field> &fields);

private:
    void begin(const Field &field);
    void finish();
    std::optional<StatementBalance> balance(const Field &field);
    void statementLine(const Field &field);
    void details(const Field &field);
    void issue(const Field &field, const QString &reason)
    {
        mResult.issues.append({field.line, QLatin1Char(':') + field.tag + QLatin1Char(':'),
            field.text.left(80), reason});
    }

    StatementParse mResult;
    std::optional<Statement> mCurrent;
    bool mLineOpen = false; ///< the last :61: still takes its :86:
    int mLastLine = 0; ///< the line of the last field read
    bool mClosingField = false; ///< the current statement has its :62F: (or :62M:)
};

StatementParse Parser::run(const QList<Field> &fields)
{
    for (const Field &field : fields) {
        const QString &tag = field.tag;
        mLastLine = field.line;
        if (tag == QLatin1String("20")) {
            begin(field);
        } else if (tag == QLatin1String("-")) {
            finish();
        } else if (tag.isEmpty()) {
            mResult.issues.append({field.line, {}, field.text.left(80),
                QCoreApplication::translate("Mt940Reader",
                    "this line belongs to no MT940 field (fields start with a tag such as :61:)")});
        } else if (!mCurrent) {
            issue(field,
                QCoreApplication::translate(
                    "Mt940Reader", "comes before the statement's :20: field"));
        } else if (tag == QLatin1String("25")) {
            QString account = field.text.trimmed();
            // "NL91ABNA0417164300 EUR": some banks add the currency after the IBAN.
            static const QRegularExpression withCurrency(QStringLiteral("^(\\S+)\\s+[A-Z]{3}$"));
            if (const auto m = withCurrency.match(account); m.hasMatch())
                account = m.captured(1);
            mCurrent->accountIdentifier = normaliseAccountIdentifier(account);
        } else if (tag == QLatin1String("28C") || tag == QLatin1String("28")) {
            mCurrent->statementId = field.text.trimmed();
        } else if (tag == QLatin1String("60F") || tag == QLatin1String("60M")) {
            if (!mCurrent->opening || tag == QLatin1String("60F"))
                mCurrent->opening = balance(field);
        } else if (tag == QLatin1String("62F") || tag == QLatin1String("62M")) {
            mCurrent->closing = balance(field);
            mCurrent->closingLine = field.line;
            mClosingField = true;
            mLineOpen = false;
        } else if (tag == QLatin1String("61")) {
            statementLine(field);
        } else if (tag == QLatin1String("86")) {
            details(field);
        }
        // :21:, :13D:, :34F:, :64:, :65: say nothing about the lines.
    }
    finish();
    if (mResult.issues.isEmpty() && mResult.statements.isEmpty())
        mResult.issues.append({0, {}, {},
            QCoreApplication::translate(
                "Mt940Reader", "the file holds no MT940 statement (no :20: field)")});
    return mResult;
}

void Parser::begin(const Field &field)
{
    finish();
    mCurrent = Statement();
    mCurrent->format = StatementFormat::Mt940;
    mCurrent->statementId = field.text.trimmed();
    mCurrent->sourceLine = field.line;
}

void Parser::finish()
{
    if (!mCurrent)
        return;
    if (!mCurrent->currency.isValid())
        mResult.issues.append({mCurrent->sourceLine, QStringLiteral(":60F:"), {},
            QCoreApplication::translate("Mt940Reader",
                "the statement has no opening balance (:60F:), which gives its currency")});
    // Every statement ends with its closing balance: without one the file was cut short, and
    // its last lines (or their :86: details) may be missing.
    if (!mClosingField)
        mResult.issues.append({mLastLine, QStringLiteral(":62F:"), {},
            QCoreApplication::translate("Mt940Reader",
                "the statement %1 ends without its closing balance (:62F:): the file is cut "
                "short or damaged; nothing was imported")
                .arg(mCurrent->statementId)});
    if (mCurrent->opening)
        mCurrent->fromDate = mCurrent->opening->date;
    if (mCurrent->closing)
        mCurrent->toDate = mCurrent->closing->date;
    if (!mCurrent->fromDate.isValid() || !mCurrent->toDate.isValid()) {
        const QDate from = mCurrent->fromDate;
        const QDate to = mCurrent->toDate;
        mCurrent->fillPeriodFromLines();
        if (from.isValid())
            mCurrent->fromDate = from;
        if (to.isValid())
            mCurrent->toDate = to;
    }
    mResult.statements.append(*mCurrent);
    mCurrent.reset();
    mLineOpen = false;
    mClosingField = false;
}

std::optional<StatementBalance> Parser::balance(const Field &field)
{
    static const QRegularExpression shape(
        QStringLiteral("^([CD])(\\d{6})([A-Z]{3})(\\d{1,15},\\d*)$"));
    const auto match = shape.match(field.text.trimmed());
    if (!match.hasMatch()) {
        issue(field,
            QCoreApplication::translate(
                "Mt940Reader", "is not a balance such as C260301EUR1234,56"));
        return std::nullopt;
    }
    const QDate date = dateFromYymmdd(match.captured(2));
    const auto currency = Currency::fromCode(match.captured(3));
    if (!date.isValid() || !currency) {
        issue(field,
            !date.isValid()
                ? QCoreApplication::translate("Mt940Reader", "has no real date")
                : QCoreApplication::translate("Mt940Reader", "has an unknown currency"));
        return std::nullopt;
    }
    if (mCurrent->currency.isValid() && !(*currency == mCurrent->currency)) {
        issue(field,
            QCoreApplication::translate("Mt940Reader", "is in %1, the statement in %2")
                .arg(currency->code(), mCurrent->currency.code()));
        return std::nullopt;
    }
    mCurrent->currency = *currency;
    auto amount = parseStatementAmount(match.captured(4), *currency, QLatin1Char(','));
    if (!amount) {
        issue(field, amount.error());
        return std::nullopt;
    }
    return StatementBalance {match.captured(1) == QLatin1String("D") ? -*amount : *amount, date};
}

/** An entry date (MMDD, no year) in the year that puts it nearest the value date. */
QDate entryDate(const QString &entry, const QDate &valueDate)
{
    QDate booking(valueDate.year(), entry.left(2).toInt(), entry.mid(2).toInt());
    if (booking.isValid() && booking.daysTo(valueDate) > 180)
        return booking.addYears(1);
    if (booking.isValid() && valueDate.daysTo(booking) > 180)
        return booking.addYears(-1);
    return booking;
}

void Parser::statementLine(const Field &field)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{6})(\\d{4})?(R?[CD])([A-Z])?(\\d{1,15},\\d*)([NSF][A-Z0-9]{3})"
                       "([^\\n]{0,16}?)(?://([^\\n]{0,16}))?(?:\\n(.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    mLineOpen = false;
    const auto match = shape.match(field.text);
    if (!match.hasMatch()) {
        issue(field,
            QCoreApplication::translate(
                "Mt940Reader", "is not a statement line such as 2603010301CR100,00NTRFNONREF//B1"));
        return;
    }
    if (!mCurrent->currency.isValid()) {
        issue(field,
            QCoreApplication::translate("Mt940Reader",
                "comes before the opening balance (:60F:), which gives the currency"));
        return;
    }
    StatementLine line;
    line.sourceLine = field.line;
    line.valueDate = dateFromYymmdd(match.captured(1));
    if (!line.valueDate.isValid()) {
        issue(field, QCoreApplication::translate("Mt940Reader", "has no real value date"));
        return;
    }
    line.bookingDate = line.valueDate;
    if (const QString entry = match.captured(2); !entry.isEmpty()) {
        const QDate booking = entryDate(entry, line.valueDate);
        if (!booking.isValid()) {
            issue(field, QCoreApplication::translate("Mt940Reader", "has no real entry date"));
            return;
        }
        line.bookingDate = booking;
    }
    auto amount = parseStatementAmount(match.captured(5), mCurrent->currency, QLatin1Char(','));
    if (!amount) {
        issue(field, amount.error());
        return;
    }
    // RC (a credit reversed) takes money out, RD (a debit reversed) brings it back.
    const QString mark = match.captured(3);
    const bool out = mark == QLatin1String("D") || mark == QLatin1String("RC");
    line.amount = out ? -*amount : *amount;
    line.reversal = mark.startsWith(QLatin1Char('R'));
    line.transactionCode = match.captured(6);
    const QString ownReference = match.captured(7).trimmed();
    if (ownReference != QLatin1String("NONREF"))
        line.reference = ownReference;
    const QString bankReference = match.captured(8).trimmed();
    if (bankReference != QLatin1String("NONREF"))
        line.bankReference = bankReference;
    line.remittance = match.captured(9).simplified();
    mCurrent->lines.append(line);
    mLineOpen = true;
}

void Parser::details(const Field &field)
{
    if (!mLineOpen)
        return; // information for the statement as a whole
    mLineOpen = false;
    StatementLine &line = mCurrent->lines.last();
    const Mt940Details parsed = Mt940Details::parse(field.text);
    const QString supplementary = line.remittance;
    line.remittance = QString(parsed.remittance + QLatin1Char(' ') + supplementary).simplified();
    if (!parsed.reference.isEmpty())
        line.reference = parsed.reference;
    line.counterpartyName = parsed.counterpartyName;
    line.counterpartyAccount = normaliseAccountIdentifier(parsed.counterpartyAccount);
    if (!parsed.transactionCode.isEmpty())
        line.transactionCode = parsed.transactionCode;
}

/** "?20EREF+X?21SVWZ+Y": subfield number -> text, in order. */
QList<std::pair<int, QString>> subfields(const QString &text)
{
    QList<std::pair<int, QString>> result;
    const QString flat = QString(text).remove(QLatin1Char('\n'));
    const QChar separator = flat.at(3);
    const QStringList parts = flat.mid(4).split(separator);
    for (const QString &part : parts) {
        bool ok = false;
        const int number = part.left(2).toInt(&ok);
        if (ok && part.size() >= 2)
            result.append({number, part.mid(2)});
    }
    return result;
}

/** Joins subfields: a full one (27 characters) was wrapped by the bank, a shorter one ended. */
QString joinSubfields(const QStringList &parts)
{
    QString result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        result += parts.at(i);
        if (i + 1 < parts.size() && parts.at(i).size() < 27)
            result += QLatin1Char(' ');
    }
    return result;
}

/** Splits "EREF+X SVWZ+Y" at the SEPA keywords. */
void applySepaKeywords(const QString &text, Mt940Details &out)
{
    static const QRegularExpression keyword(
        QStringLiteral("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\\+"));
    auto it = keyword.globalMatch(text);
    QList<std::pair<QString, qsizetype>> found;
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({m.captured(1), m.capturedStart()});
    }
    if (found.isEmpty()) {
        out.remittance = text.simplified();
        return;
    }
    QString rest = text.left(found.first().second);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const qsizetype start = found.at(i).second + found.at(i).first.size() + 1;
        const qsizetype end = i + 1 < found.size() ? found.at(i + 1).second : text.size();
        const QString value = text.mid(start, end - start).simplified();
        if (found.at(i).first == QLatin1String("EREF") && value != QLatin1String("NOTPROVIDED"))
            out.reference = value;
        else if (found.at(i).first == QLatin1String("SVWZ"))
            out.remittance = value;
        else if (found.at(i).first == QLatin1String("KREF") && out.reference.isEmpty())
            out.reference = value;
    }
    if (out.remittance.isEmpty())
        out.remittance = rest.simplified();
}

Mt940Details germanDetails(const QString &text)
{
    Mt940Details out;
    out.transactionCode = text.left(3);
    QStringList remittance;
    QStringList name;
    for (const auto &[number, value] : subfields(text)) {
        if (number == 0)
            out.transactionCode = value.trimmed();
        else if ((number >= 20 && number <= 29) || (number >= 60 && number <= 63))
            remittance.append(value);
        else if (number == 31)
            out.counterpartyAccount = value.trimmed();
        else if (number == 32 || number == 33)
            name.append(value);
    }
    out.counterpartyName = joinSubfields(name).simplified();
    applySepaKeywords(joinSubfields(remittance), out);
    return out;
}

Mt940Details keyedDetails(const QString &text)
{
    static const QRegularExpression key(QStringLiteral(
        "/(TRTP|IBAN|BIC|NAME|REMI|EREF|ORDP|BENM|ID|ADDR|MARF|CSID|PREF|RTRN|ISDT|CDTRREFTP|"
        "CDTRREF|CD|USTD|STRD|SVCL|PURP|ULTC|ULTD|EXCH|CHGS|OCMT)/"));
    Mt940Details out;
    const QString flat = QString(text).remove(QLatin1Char('\n'));
    auto it = key.globalMatch(flat);
    QList<std::pair<QString, qsizetype>> found;
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({m.captured(1), m.capturedStart()});
    }
    QStringList remittance;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const qsizetype start = found.at(i).second + found.at(i).first.size() + 2;
        const qsizetype end = i + 1 < found.size() ? found.at(i + 1).second : flat.size();
        const QString value = flat.mid(start, end - start).trimmed();
        const QString &name = found.at(i).first;
        if (name == QLatin1String("NAME") && out.counterpartyName.isEmpty())
            out.counterpartyName = value;
        else if (name == QLatin1String("IBAN") && out.counterpartyAccount.isEmpty())
            out.counterpartyAccount = value;
        else if (name == QLatin1String("EREF") && value != QLatin1String("NOTPROVIDED"))
            out.reference = value;
        else if (name == QLatin1String("TRTP"))
            out.transactionCode = value;
        else if ((name == QLatin1String("REMI") || name == QLatin1String("USTD")
                     || name == QLatin1String("CDTRREF"))
            && !value.isEmpty()) {
            // "/REMI/USTD//text/": the kind of remittance is not part of it.
            QString text = value;
            for (const QLatin1String kind : {QLatin1String("USTD/"), QLatin1String("STRD/")}) {
                if (text.startsWith(kind))
                    text = text.mid(kind.size());
            }
            remittance.append(text.replace(QLatin1Char('/'), QLatin1Char(' ')));
        }
    }
    out.remittance = remittance.join(QLatin1Char(' ')).simplified();
    return out;
}

} // namespace

Mt940Details Mt940Details::parse(const QString &text)
{
    static const QRegularExpression german(QStringLiteral("^\\d{3}[?]\\d{2}"));
    const QString flat = QString(text).remove(QLatin1Char('\n'));
    if (german.match(flat).hasMatch())
        return germanDetails(text);
    if (flat.startsWith(QLatin1Char('/'))
        && (flat.contains(QLatin1String("/NAME/")) || flat.contains(QLatin1String("/REMI/"))
            || flat.contains(QLatin1String("/EREF/")) || flat.contains(QLatin1String("/TRTP/"))))
        return keyedDetails(text);
    Mt940Details out;
    applySepaKeywords(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')), out);
    return out;
}

StatementParse Mt940Reader::read(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const TextEncoding encoding = detectEncoding(&buffer);
    ChunkDecoder decoder(encoding);
    QString text = decoder.decode(bytes.mid(bomLength(encoding)));
    text += decoder.finish();
    return Parser().run(fieldsOf(text));
}

bool Mt940Reader::recognises(const QByteArray &head)
{
    static const QRegularExpression start(QStringLiteral("(^|\\n|\\{4:\\r?\\n?):20:"));
    const QString text = QString::fromLatin1(head);
    return start.match(text).hasMatch() && text.contains(QLatin1String(":25:"))
        && (text.contains(QLatin1String(":60F:")) || text.contains(QLatin1String(":60M:")));
}

} // namespace InvoiceDesk
