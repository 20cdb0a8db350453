// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtreader.h"
#include "bankaccount.h"
#include "decimal.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace InvoiceDesk {

namespace {

/** An element's subtree as relative paths ("RltdPties/Dbtr/Nm") to their texts, in order. */
using Flat = QHash<QString, QStringList>;

constexpr int kMaxDepth = 48;

QString first(const Flat &flat, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        const QStringList values = flat.value(QLatin1String(path));
        for (const QString &value : values) {
            if (!value.trimmed().isEmpty())
                return value.trimmed();
        }
    }
    return {};
}

QString firstOf(const Flat &flat, const QString &path)
{
    for (const QString &value : flat.value(path)) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

/** Adds a child's flattened subtree to its parent's, under the child's name. */
void merge(Flat &into, const QString &name, const Flat &child)
{
    for (auto it = child.cbegin(); it != child.cend(); ++it) {
        const bool own = it.key().isEmpty() || it.key().startsWith(QLatin1Char('@'));
        into[name + (own ? QString() : QStringLiteral("/")) + it.key()] += it.value();
    }
}

QString joined(const Flat &flat, const char *path)
{
    QStringList parts;
    for (const QString &value : flat.value(QLatin1String(path))) {
        if (!value.trimmed().isEmpty())
            parts.append(value.simplified());
    }
    return parts.join(QLatin1Char(' '));
}

/** Reads one CAMT document; each statement, report or notification becomes a Statement. */
class Parser
{
public:
    explicit Parser(const QByteArray &bytes)
        : mXml(bytes)
    {
    }

    StatementParse run();

private:
    void flatten(const QString &prefix, Flat &out, int depth);
    void readStatement(StatementFormat format);
    void readEntry(Statement &statement);
    void addLines(Statement &statement, const Flat &entry, const QList<Flat> &details, int line);
    /** The amounts of a batch's details when each has its own and they add up to `total`. */
    QList<qint64> splitAmounts(
        const Statement &statement, const QList<Flat> &details, qint64 total, int line);
    StatementLine lineFrom(const Flat &entry, const Flat &details, qint64 amount) const;
    std::optional<qint64> signedAmount(const Flat &flat, const QString &prefix,
        const Statement &statement, int line, const QString &fallbackIndicator);
    void readBalance(Statement &statement, const Flat &balance, int line);
    void issue(int line, const QString &field, const QString &value, const QString &reason)
    {
        mResult.issues.append({line, field, value, reason});
    }

    QXmlStreamReader mXml;
    StatementParse mResult;
};

void Parser::flatten(const QString &prefix, Flat &out, int depth)
{
    if (depth > kMaxDepth) {
        mXml.raiseError(QCoreApplication::translate("CamtReader", "the XML is nested too deeply"));
        return;
    }
    for (const QXmlStreamAttribute &attribute : mXml.attributes())
        out[prefix + QLatin1Char('@') + attribute.name().toString()].append(
            attribute.value().toString());
    QString text;
    while (!mXml.atEnd()) {
        const auto token = mXml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString path = prefix.isEmpty() ? mXml.name().toString()
                                                  : prefix + QLatin1Char('/') + mXml.name();
            flatten(path, out, depth + 1);
        } else if (token == QXmlStreamReader::Characters) {
            text += mXml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (!text.trimmed().isEmpty())
        out[prefix].append(text);
}

StatementParse Parser::run()
{
    if (!mXml.readNextStartElement() || mXml.name() != QLatin1String("Document")) {
        if (!mXml.hasError())
            issue(int(mXml.lineNumber()), {}, mXml.name().toString(),
                QCoreApplication::translate("CamtReader",
                    "this is not an ISO 20022 document (its root element is not Document)"));
    } else if (!mXml.readNextStartElement()) {
        issue(int(mXml.lineNumber()), {}, {},
            QCoreApplication::translate("CamtReader", "the document is empty"));
    } else {
        const QStringView message = mXml.name();
        const std::optional<StatementFormat> format = message == QLatin1String("BkToCstmrStmt")
            ? std::optional(StatementFormat::Camt053)
            : message == QLatin1String("BkToCstmrAcctRpt") ? std::optional(StatementFormat::Camt052)
            : message == QLatin1String("BkToCstmrDbtCdtNtfctn")
            ? std::optional(StatementFormat::Camt054)
            : std::nullopt;
        if (!format) {
            issue(int(mXml.lineNumber()), {}, message.toString(),
                QCoreApplication::translate(
                    "CamtReader", "this is not a CAMT.052, CAMT.053 or CAMT.054 message"));
        } else {
            while (mXml.readNextStartElement()) {
                const QStringView name = mXml.name();
                if (name == QLatin1String("Stmt") || name == QLatin1String("Rpt")
                    || name == QLatin1String("Ntfctn"))
                    readStatement(*format);
                else
                    mXml.skipCurrentElement();
            }
        }
    }
    if (mXml.hasError() && mXml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        issue(int(mXml.lineNumber()), {}, {},
            QCoreApplication::translate("CamtReader", "the XML is not well-formed: %1")
                .arg(mXml.errorString()));
    else if (mXml.hasError())
        issue(int(mXml.lineNumber()), {}, {},
            QCoreApplication::translate(
                "CamtReader", "the file ends in the middle of the document"));
    if (mResult.issues.isEmpty() && mResult.statements.isEmpty())
        issue(0, {}, {},
            QCoreApplication::translate(
                "CamtReader", "the document holds no statement, report or notification"));
    return mResult;
}

void Parser::readStatement(StatementFormat format)
{
    Statement statement;
    statement.format = format;
    statement.sourceLine = int(mXml.lineNumber());
    QList<std::pair<Flat, int>> balances;
    Flat header;
    while (mXml.readNextStartElement()) {
        const QString name = mXml.name().toString();
        const int line = int(mXml.lineNumber());
        if (name == QLatin1String("Ntry")) {
            readEntry(statement);
            continue;
        }
        Flat flat;
        flatten(QString(), flat, 1);
        if (name == QLatin1String("Bal")) {
            balances.append({flat, line});
            continue;
        }
        merge(header, name, flat);
        if (name == QLatin1String("Acct") && flat.contains(QStringLiteral("Ccy"))) {
            const QString code = first(flat, {"Ccy"});
            if (const auto currency = Currency::fromCode(code))
                statement.currency = *currency;
            else
                issue(line, QStringLiteral("Acct/Ccy"), code,
                    QCoreApplication::translate("CamtReader", "is not a currency code"));
        }
    }
    statement.accountIdentifier
        = normaliseAccountIdentifier(first(header, {"Acct/Id/IBAN", "Acct/Id/Othr/Id"}));
    statement.statementId = first(header, {"Id"});
    statement.fromDate = parseIsoDatePrefix(first(header, {"FrToDt/FrDtTm", "FrToDt/FrDt"}));
    statement.toDate = parseIsoDatePrefix(first(header, {"FrToDt/ToDtTm", "FrToDt/ToDt"}));
    for (const auto &[balance, line] : balances)
        readBalance(statement, balance, line);
    if (!statement.currency.isValid() && statement.lines.isEmpty())
        issue(statement.sourceLine, QStringLiteral("Acct/Ccy"), {},
            QCoreApplication::translate("CamtReader", "the statement names no currency"));
    statement.fillPeriodFromLines();
    mResult.statements.append(statement);
}

void Parser::readBalance(Statement &statement, const Flat &balance, int line)
{
    const QString type = first(balance, {"Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry"});
    const bool opening = type == QLatin1String("OPBD") || type == QLatin1String("PRCD");
    const bool closing = type == QLatin1String("CLBD");
    if (!opening && !closing)
        return; // interim and available balances say nothing about the lines
    if (!statement.currency.isValid()) {
        const QString code = first(balance, {"Amt@Ccy"});
        if (const auto currency = Currency::fromCode(code))
            statement.currency = *currency;
    }
    const auto amount = signedAmount(balance, QStringLiteral("Amt"), statement, line, QString());
    if (!amount)
        return;
    const StatementBalance value {
        *amount, parseIsoDatePrefix(first(balance, {"Dt/Dt", "Dt/DtTm"}))};
    // OPBD is the statement's own opening; PRCD (the previous closing) only stands in for it.
    if (opening && (!statement.opening || type == QLatin1String("OPBD")))
        statement.opening = value;
    if (closing) {
        statement.closing = value;
        statement.closingLine = line;
    }
}

std::optional<qint64> Parser::signedAmount(const Flat &flat, const QString &prefix,
    const Statement &statement, int line, const QString &fallbackIndicator)
{
    const QString text = firstOf(flat, prefix);
    const QString code = firstOf(flat, prefix + QStringLiteral("@Ccy")).trimmed();
    if (text.isEmpty()) {
        issue(line, prefix, {}, QCoreApplication::translate("CamtReader", "the amount is missing"));
        return std::nullopt;
    }
    if (!code.isEmpty() && code != statement.currency.code()) {
        issue(line, prefix + QStringLiteral("@Ccy"), code,
            QCoreApplication::translate("CamtReader", "is not the account's currency %1")
                .arg(statement.currency.code()));
        return std::nullopt;
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        issue(line, prefix, text,
            QCoreApplication::translate(
                "CamtReader", "amounts are written without a sign; CdtDbtInd says which way"));
        return std::nullopt;
    }
    auto amount = parseStatementAmount(text, statement.currency);
    if (!amount) {
        issue(line, prefix, text, amount.error());
        return std::nullopt;
    }
    QString indicator = first(flat, {"CdtDbtInd"});
    if (indicator.isEmpty())
        indicator = fallbackIndicator;
    if (indicator != QLatin1String("CRDT") && indicator != QLatin1String("DBIT")) {
        issue(line, QStringLiteral("CdtDbtInd"), indicator,
            QCoreApplication::translate("CamtReader", "must be CRDT or DBIT"));
        return std::nullopt;
    }
    return indicator == QLatin1String("DBIT") ? -*amount : *amount;
}

void Parser::readEntry(Statement &statement)
{
    const int line = int(mXml.lineNumber());
    Flat entry;
    QList<Flat> details;
    while (mXml.readNextStartElement()) {
        const QString name = mXml.name().toString();
        if (name == QLatin1String("NtryDtls")) {
            while (mXml.readNextStartElement()) {
                if (mXml.name() == QLatin1String("TxDtls")) {
                    details.append(Flat());
                    flatten(QString(), details.last(), 3);
                } else {
                    mXml.skipCurrentElement();
                }
            }
            continue;
        }
        Flat flat;
        flatten(QString(), flat, 2);
        merge(entry, name, flat);
    }
    if (mXml.hasError())
        return;
    const QString status = first(entry, {"Sts/Cd", "Sts"});
    if (!status.isEmpty() && status != QLatin1String("BOOK")) {
        mResult.notes.append(QCoreApplication::translate(
            "CamtReader", "line %1: an entry with status %2 is not booked yet and was left out")
                                 .arg(line)
                                 .arg(status));
        return;
    }
    addLines(statement, entry, details, line);
}

QList<qint64> Parser::splitAmounts(
    const Statement &statement, const QList<Flat> &details, qint64 total, int line)
{
    if (details.size() < 2)
        return {};
    const QString sign = total < 0 ? QStringLiteral("DBIT") : QStringLiteral("CRDT");
    QList<qint64> parts;
    qint64 sum = 0;
    const int issuesBefore = int(mResult.issues.size());
    for (const Flat &tx : details) {
        const QString prefix = tx.contains(QStringLiteral("Amt"))
            ? QStringLiteral("Amt")
            : QStringLiteral("AmtDtls/TxAmt/Amt");
        if (!tx.contains(prefix))
            break;
        const auto part = signedAmount(tx, prefix, statement, line, sign);
        if (!part)
            break;
        parts.append(*part);
        sum = Decimal::add(sum, *part).value_or(sum);
    }
    mResult.issues.resize(issuesBefore); // a detail without its own amount is not a split
    if (parts.size() != details.size() || sum != total)
        return {};
    return parts;
}

void Parser::addLines(Statement &statement, const Flat &entry, const QList<Flat> &details, int line)
{
    if (!statement.currency.isValid()) {
        // The account's currency is optional; the entries' amounts then say it.
        const QString code = firstOf(entry, QStringLiteral("Amt@Ccy"));
        const auto currency = Currency::fromCode(code);
        if (!currency) {
            issue(line, QStringLiteral("Amt@Ccy"), code,
                QCoreApplication::translate("CamtReader", "is not a currency code"));
            return;
        }
        statement.currency = *currency;
    }
    const auto total = signedAmount(entry, QStringLiteral("Amt"), statement, line, QString());
    if (!total)
        return;
    const QDate booking = parseIsoDatePrefix(first(entry, {"BookgDt/Dt", "BookgDt/DtTm"}));
    if (!booking.isValid()) {
        const QString written = first(entry, {"BookgDt/Dt", "BookgDt/DtTm"});
        issue(line, QStringLiteral("BookgDt"), written,
            written.trimmed().isEmpty()
                ? QCoreApplication::translate("CamtReader", "a booked entry needs its booking date")
                : QCoreApplication::translate(
                    "CamtReader", "is not a real date in the form YYYY-MM-DD"));
        return;
    }
    const bool reversal = first(entry, {"RvslInd"}).trimmed() == QLatin1String("true");
    // A batch (cheques deposited together) whose details carry their own amounts is one line
    // per transaction, when those amounts add up to the entry's.
    const QList<qint64> parts = splitAmounts(statement, details, *total, line);
    if (!parts.isEmpty()) {
        for (qsizetype i = 0; i < details.size(); ++i) {
            StatementLine split = lineFrom(entry, details.at(i), parts.at(i));
            split.bookingDate = booking;
            split.reversal = reversal;
            split.sourceLine = line;
            const QString own = first(details.at(i), {"Refs/AcctSvcrRef"});
            const QString entryReference = first(entry, {"AcctSvcrRef"});
            split.bankReference = !own.isEmpty() && own != entryReference ? own
                : entryReference.isEmpty()                                ? QString()
                                           : QStringLiteral("%1/%2").arg(entryReference).arg(i + 1);
            statement.lines.append(split);
        }
        return;
    }
    Flat merged = details.isEmpty() ? Flat() : details.first();
    for (qsizetype i = 1; i < details.size(); ++i) {
        for (auto it = details.at(i).cbegin(); it != details.at(i).cend(); ++it)
            merged[it.key()] += it.value();
    }
    StatementLine single = lineFrom(entry, merged, *total);
    single.bookingDate = booking;
    single.reversal = reversal;
    single.sourceLine = line;
    single.bankReference = first(entry, {"AcctSvcrRef"});
    statement.lines.append(single);
}

StatementLine Parser::lineFrom(const Flat &entry, const Flat &tx, qint64 amount) const
{
    StatementLine line;
    line.amount = amount;
    line.valueDate = parseIsoDatePrefix(first(entry, {"ValDt/Dt", "ValDt/DtTm"}));
    QString endToEnd = first(tx, {"Refs/EndToEndId"});
    if (endToEnd == QLatin1String("NOTPROVIDED"))
        endToEnd.clear();
    QStringList references;
    for (const QString &part : {endToEnd, first(tx, {"Refs/ChqNb"})}) {
        if (!part.isEmpty())
            references.append(part);
    }
    line.reference = references.join(QLatin1Char(' '));
    // The other party: who paid us for money in, whom we paid for money out.
    const bool in = amount >= 0;
    line.counterpartyName = in ? first(tx,
                                {"RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm",
                                    "RltdPties/UltmtDbtr/Nm", "RltdPties/UltmtDbtr/Pty/Nm"})
                               : first(tx,
                                   {"RltdPties/Cdtr/Nm", "RltdPties/Cdtr/Pty/Nm",
                                       "RltdPties/UltmtCdtr/Nm", "RltdPties/UltmtCdtr/Pty/Nm"});
    line.counterpartyAccount = normaliseAccountIdentifier(in
            ? first(tx, {"RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id"})
            : first(tx, {"RltdPties/CdtrAcct/Id/IBAN", "RltdPties/CdtrAcct/Id/Othr/Id"}));
    QStringList remittance;
    for (const QString &part :
        {joined(tx, "RmtInf/Ustrd"), joined(tx, "RmtInf/Strd/CdtrRefInf/Ref"),
            joined(tx, "RmtInf/Strd/RfrdDocInf/Nb"), joined(tx, "AddtlTxInf")}) {
        if (!part.isEmpty())
            remittance.append(part);
    }
    if (remittance.isEmpty())
        remittance.append(joined(entry, "AddtlNtryInf"));
    line.remittance = remittance.join(QLatin1Char(' ')).simplified();
    const QString domain = first(entry, {"BkTxCd/Domn/Cd"});
    line.transactionCode = domain.isEmpty()
        ? first(entry, {"BkTxCd/Prtry/Cd"})
        : QStringList {domain, first(entry, {"BkTxCd/Domn/Fmly/Cd"}),
            first(entry, {"BkTxCd/Domn/Fmly/SubFmlyCd"})}
              .join(QLatin1Char('-'));
    return line;
}

} // namespace

StatementParse CamtReader::read(const QByteArray &bytes)
{
    return Parser(bytes).run();
}

bool CamtReader::recognises(const QByteArray &head)
{
    return head.contains("urn:iso:std:iso:20022:tech:xsd:camt.05")
        || (head.contains("<Document")
            && (head.contains("BkToCstmrStmt") || head.contains("BkToCstmrAcctRpt")
                || head.contains("BkToCstmrDbtCdtNtfctn")));
}

} // namespace InvoiceDesk
