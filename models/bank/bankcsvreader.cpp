// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankcsvreader.h"
#include "bankaccount.h"
#include "formatdetector.h"
#include "importsource.h"

#include <QCoreApplication>
#include <QSet>

namespace InvoiceDesk {

namespace {

constexpr int kHeaderSearchRows = 30;

const QString kBooking = QStringLiteral("bookingDate");
const QString kValue = QStringLiteral("valueDate");
const QString kAmount = QStringLiteral("amount");
const QString kDebit = QStringLiteral("debit");
const QString kCredit = QStringLiteral("credit");
const QString kBalance = QStringLiteral("balance");

struct RawRow
{
    QStringList fields;
    int line = 0;
};

/** The header with repeated names told apart: the second "Name" becomes "Name (2)". */
QStringList uniqueHeader(const QStringList &header)
{
    QStringList result;
    QHash<QString, int> seen;
    for (const QString &cell : header) {
        const int count = ++seen[cell.trimmed().toLower()];
        result.append(
            count == 1 ? cell.trimmed() : QStringLiteral("%1 (%2)").arg(cell.trimmed()).arg(count));
    }
    return result;
}

/** The file's header mapped onto our columns: the user's mapping first, then known names. */
QHash<QString, QString> mappingFor(const QStringList &header, const BankCsvOptions &options)
{
    QHash<QString, QString> user;
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
        user.insert(it.key().trimmed().toLower(), it.value());
    QHash<QString, QString> mapping;
    QSet<QString> taken;
    for (const QString &cell : header) {
        const QString lower = cell.trimmed().toLower();
        QString column
            = user.contains(lower) ? user.value(lower) : BankCsvReader::columnForHeader(cell);
        if (taken.contains(column))
            column.clear(); // a second "Datum" or "Name" is not the first one's column
        if (!column.isEmpty())
            taken.insert(column);
        mapping.insert(cell.trimmed(), column);
    }
    return mapping;
}

bool isHeader(const QHash<QString, QString> &mapping)
{
    QSet<QString> mapped;
    for (const QString &column : mapping)
        mapped.insert(column);
    return mapped.contains(kBooking)
        && (mapped.contains(kAmount) || mapped.contains(kDebit) || mapped.contains(kCredit));
}

/** Reads the rows of one file and turns them into a statement. */
class Reader
{
public:
    Reader(RecordSource &records, const BankCsvOptions &options)
        : mRecords(records)
        , mOptions(options)
    {
    }
    StatementParse run();

private:
    bool findHeader();
    bool decideFormats();
    bool decideCurrency();
    void readRows();
    std::optional<qint64> amountOf(const CsvRow &row);
    void applyBalances(const QList<std::optional<qint64>> &balances, const QList<int> &lines);
    void issue(int line, const QString &column, const QString &value, const QString &reason)
    {
        mResult.issues.append({line, column, value, reason});
    }

    RecordSource &mRecords;
    const BankCsvOptions &mOptions;
    CsvHeader mHeader;
    QList<RawRow> mRows;
    FieldFormat mFormat;
    Statement mStatement;
    StatementParse mResult;
    QString mPreambleAccount;
};

StatementParse Reader::run()
{
    mStatement.format = StatementFormat::Csv;
    if (!findHeader() || !decideFormats() || !decideCurrency())
        return mResult;
    readRows();
    if (mResult.issues.isEmpty() && mStatement.lines.isEmpty())
        issue(0, {}, {},
            QCoreApplication::translate("BankCsvReader", "the file has a header but no lines"));
    if (!mResult.issues.isEmpty())
        return mResult;
    mStatement.fillPeriodFromLines();
    mResult.statements.append(mStatement);
    return mResult;
}

bool Reader::findHeader()
{
    QStringList fields;
    for (auto it = mOptions.mapping.cbegin(); it != mOptions.mapping.cend(); ++it) {
        if (!it.value().isEmpty() && !BankCsvReader::columns().contains(it.value())) {
            issue(0, it.key(), it.value(),
                QCoreApplication::translate("BankCsvReader", "is not one of our columns: %1")
                    .arg(BankCsvReader::columns().join(QStringLiteral(", "))));
        }
    }
    if (!mResult.issues.isEmpty())
        return false;
    for (int row = 0; row < kHeaderSearchRows && mRecords.readRecord(fields); ++row) {
        fields = uniqueHeader(fields);
        const auto mapping = mappingFor(fields, mOptions);
        if (!isHeader(mapping)) {
            // A summary above the header ("IBAN;DE89 3704 ...") may say whose account it is.
            for (const QString &cell : fields) {
                if (Iban::isValid(cell) && mPreambleAccount.isEmpty())
                    mPreambleAccount = Iban::compact(cell);
            }
            continue;
        }
        QList<ImportIssue> issues;
        mHeader = CsvHeader::map(fields, BankCsvReader::columns(), {}, mapping, issues);
        for (ImportIssue &found : issues)
            found.line = mRecords.recordLine();
        mResult.issues += issues;
        while (mRecords.readRecord(fields))
            mRows.append({fields, mRecords.recordLine()});
        if (mRecords.hasError())
            issue(mRecords.recordLine(), {}, {}, mRecords.errorString());
        return mResult.issues.isEmpty();
    }
    if (mRecords.hasError())
        issue(mRecords.recordLine(), {}, {}, mRecords.errorString());
    else
        issue(1, {}, {},
            QCoreApplication::translate("BankCsvReader",
                "no row names a booking date and an amount (or debit and credit) column; "
                "map the columns (our names are: %1)")
                .arg(BankCsvReader::columns().join(QStringLiteral(", "))));
    return false;
}

bool Reader::decideFormats()
{
    FormatDetector detector;
    // The detector knows our invoice columns' kinds; bank columns are asked as their kind.
    QHash<QString, QString> proxyFor
        = {{kBooking, QStringLiteral("date")}, {kValue, QStringLiteral("date")},
            {kAmount, QStringLiteral("amount")}, {kDebit, QStringLiteral("amount")},
            {kCredit, QStringLiteral("amount")}, {kBalance, QStringLiteral("amount")}};
    for (const RawRow &row : mRows) {
        for (auto it = proxyFor.cbegin(); it != proxyFor.cend(); ++it) {
            const int index = mHeader.index(it.key());
            if (index >= 0 && index < row.fields.size())
                detector.add(it.value(), row.fields.at(index), row.line);
        }
    }
    const auto columnAt = [&](const FormatDetector::Ambiguous &a) {
        for (const RawRow &row : mRows) {
            if (row.line == a.line) {
                const int index = int(row.fields.indexOf(a.value));
                return index >= 0 ? mHeader.nameAt(index) : a.column;
            }
        }
        return a.column;
    };
    if (mOptions.decimal) {
        mFormat.decimal = *mOptions.decimal;
    } else if (const auto decided = detector.decimalFormat();
               std::holds_alternative<FormatDetector::Ambiguous>(decided)) {
        const auto &a = std::get<FormatDetector::Ambiguous>(decided);
        issue(a.line, columnAt(a), a.value,
            QCoreApplication::translate("BankCsvReader",
                "could be read with a decimal point or a decimal comma; say which"));
        return false;
    } else {
        mFormat.decimal = std::get<DecimalFormat>(decided);
    }
    if (mOptions.dateFormat) {
        mFormat.dateFormat = *mOptions.dateFormat;
    } else if (const auto decided = detector.dateFormat();
               std::holds_alternative<FormatDetector::Ambiguous>(decided)) {
        const auto &a = std::get<FormatDetector::Ambiguous>(decided);
        issue(a.line, columnAt(a), a.value,
            QCoreApplication::translate("BankCsvReader",
                "could be read as two different dates; give the date format (such as dd/MM/yyyy)"));
        return false;
    } else {
        mFormat.dateFormat = std::get<QString>(decided);
    }
    return true;
}

bool Reader::decideCurrency()
{
    const int index = mHeader.index(QStringLiteral("currency"));
    QString code;
    for (const RawRow &row : mRows) {
        const QString value = index >= 0 ? row.fields.value(index).trimmed() : QString();
        if (value.isEmpty())
            continue;
        if (!code.isEmpty() && value.compare(code, Qt::CaseInsensitive) != 0) {
            issue(row.line, QStringLiteral("currency"), value,
                QCoreApplication::translate("BankCsvReader",
                    "differs from %1 on the lines before; one file is one account in one currency")
                    .arg(code));
            return false;
        }
        code = value;
    }
    if (code.isEmpty()) {
        if (!mOptions.currency.isValid()) {
            issue(0, QStringLiteral("currency"), {},
                QCoreApplication::translate("BankCsvReader",
                    "the file has no currency column; name the account (or its currency)"));
            return false;
        }
        mStatement.currency = mOptions.currency;
        return true;
    }
    const auto currency = Currency::fromCode(code);
    if (!currency) {
        issue(0, QStringLiteral("currency"), code,
            QCoreApplication::translate("BankCsvReader", "is not a currency code"));
        return false;
    }
    mStatement.currency = *currency;
    return true;
}

std::optional<qint64> Reader::amountOf(const CsvRow &row)
{
    QList<ImportIssue> issues;
    std::optional<qint64> amount;
    if (!row.isBlank(kAmount)) {
        amount = row.money(kAmount, mStatement.currency, issues);
        const QString direction = row.text(QStringLiteral("direction")).trimmed().toUpper();
        static const QStringList out = {QStringLiteral("D"), QStringLiteral("DR"),
            QStringLiteral("DBIT"), QStringLiteral("DEBIT"), QStringLiteral("S"),
            QStringLiteral("SOLL"), QStringLiteral("AF"), QStringLiteral("LASTSCHRIFT")};
        if (amount && out.contains(direction) && *amount > 0)
            amount = -*amount;
    } else {
        const auto debit = row.money(kDebit, mStatement.currency, issues);
        const auto credit = row.money(kCredit, mStatement.currency, issues);
        if (debit.value_or(0) != 0 && credit.value_or(0) != 0)
            row.addIssue(issues, kCredit,
                QCoreApplication::translate(
                    "BankCsvReader", "a line has either a debit or a credit, not both"));
        else if (debit)
            amount = *debit > 0 ? -*debit : *debit; // some banks write debits as negative
        else if (credit)
            amount = *credit;
        else if (issues.isEmpty())
            row.addIssue(issues, kAmount,
                QCoreApplication::translate("BankCsvReader", "the line has no amount"));
    }
    mResult.issues += issues;
    return issues.isEmpty() ? amount : std::nullopt;
}

void Reader::readRows()
{
    QList<std::optional<qint64>> balances;
    QList<int> lines;
    QString account;
    for (const RawRow &raw : mRows) {
        const CsvRow row(mHeader, raw.fields, raw.line, mFormat);
        if (row.isBlank(kBooking) && row.isBlank(kAmount) && row.isBlank(kDebit)
            && row.isBlank(kCredit))
            continue; // a summary row under the lines
        if (const QString status = row.text(QStringLiteral("status")).simplified();
            BankCsvReader::isPendingStatus(status)) {
            // Not booked yet: the bank books it later, on a statement of its own (as CAMT PDNG).
            mResult.notes.append(QCoreApplication::translate("BankCsvReader",
                "line %1: \"%2\", not booked yet: left out until a statement books it")
                                     .arg(raw.line)
                                     .arg(status));
            continue;
        }
        QList<ImportIssue> issues;
        StatementLine line;
        line.sourceLine = raw.line;
        line.bookingDate = row.date(kBooking, issues);
        if (!line.bookingDate.isValid() && issues.isEmpty())
            row.addIssue(issues, kBooking,
                QCoreApplication::translate("BankCsvReader", "the line has no booking date"));
        line.valueDate = row.date(kValue, issues);
        mResult.issues += issues;
        const auto amount = amountOf(row);
        if (!amount || !issues.isEmpty())
            continue;
        line.amount = *amount;
        line.counterpartyName = row.text(QStringLiteral("counterparty")).simplified();
        line.counterpartyAccount
            = normaliseAccountIdentifier(row.text(QStringLiteral("counterpartyAccount")));
        line.remittance = row.text(QStringLiteral("remittance")).simplified();
        line.reference = row.text(QStringLiteral("reference")).trimmed();
        line.bankReference = row.text(QStringLiteral("bankReference")).trimmed();
        line.transactionCode = row.text(QStringLiteral("type")).simplified();
        const QString own = normaliseAccountIdentifier(row.text(QStringLiteral("account")));
        if (!own.isEmpty() && !account.isEmpty() && own != account)
            issue(raw.line, QStringLiteral("account"), own,
                QCoreApplication::translate("BankCsvReader",
                    "differs from %1 on the lines before; import one account at a time")
                    .arg(account));
        if (!own.isEmpty())
            account = own;
        QList<ImportIssue> balanceIssues;
        balances.append(row.money(kBalance, mStatement.currency, balanceIssues));
        mResult.issues += balanceIssues;
        lines.append(raw.line);
        mStatement.lines.append(line);
    }
    mStatement.accountIdentifier = account.isEmpty() ? mPreambleAccount : account;
    if (mResult.issues.isEmpty() && mHeader.index(kBalance) >= 0)
        applyBalances(balances, lines);
}

void Reader::applyBalances(const QList<std::optional<qint64>> &balances, const QList<int> &lines)
{
    QList<StatementLine> &rows = mStatement.lines;
    if (rows.isEmpty() || balances.contains(std::nullopt))
        return; // a balance on some lines only says nothing for certain
    const qsizetype n = rows.size();
    // The first row whose balance does not follow from the one before, in booking order.
    const auto firstBreak = [&](bool newestFirst) {
        for (qsizetype i = 1; i < n; ++i) {
            const qsizetype now = newestFirst ? n - 1 - i : i;
            const qsizetype before = newestFirst ? now + 1 : now - 1;
            if (*balances.at(before) + rows.at(now).amount != *balances.at(now))
                return std::pair(now, before);
        }
        return std::pair(qsizetype(-1), qsizetype(-1));
    };
    // Banks list newest first or oldest first; the statement keeps the order of booking.
    bool newestFirst = rows.first().bookingDate > rows.last().bookingDate;
    auto broken = firstBreak(newestFirst);
    if (broken.first >= 0 && rows.first().bookingDate == rows.last().bookingDate
        && firstBreak(true).first < 0) {
        newestFirst = true;
        broken = firstBreak(true);
    }
    const auto money
        = [&](qint64 v) { return Money::fromMinorUnits(v, mStatement.currency).toString(); };
    if (broken.first >= 0) {
        const auto [now, before] = broken;
        issue(lines.at(now), kBalance, money(*balances.at(now)),
            QCoreApplication::translate(
                "BankCsvReader", "does not follow from the balance %1 before it and the amount %2")
                .arg(money(*balances.at(before)), money(rows.at(now).amount)));
        return;
    }
    const qsizetype first = newestFirst ? n - 1 : 0;
    const qsizetype last = newestFirst ? 0 : n - 1;
    mStatement.opening = StatementBalance {
        *balances.at(first) - rows.at(first).amount, rows.at(first).bookingDate};
    mStatement.closing = StatementBalance {*balances.at(last), rows.at(last).bookingDate};
    if (newestFirst)
        std::reverse(rows.begin(), rows.end());
}

} // namespace

StatementParse BankCsvReader::read(const QString &path, const BankCsvOptions &options)
{
    ImportSource::Settings settings;
    settings.format = options.fileFormat;
    settings.encoding = options.encoding;
    settings.separator = options.separator;
    settings.sheet = options.sheet;
    auto source = ImportSource::open(path, settings);
    if (!source) {
        StatementParse failed;
        failed.issues.append({0, {}, {}, source.error()});
        return failed;
    }
    return read(source.value()->records(), options);
}

Result<QStringList> BankCsvReader::header(const QString &path, const BankCsvOptions &options)
{
    ImportSource::Settings settings;
    settings.format = options.fileFormat;
    settings.encoding = options.encoding;
    settings.separator = options.separator;
    settings.sheet = options.sheet;
    auto source = ImportSource::open(path, settings);
    if (!source)
        return Error {source.error()};
    QStringList fields;
    QStringList first;
    for (int row = 0; row < kHeaderSearchRows && source.value()->records().readRecord(fields);
         ++row) {
        fields = uniqueHeader(fields);
        if (first.isEmpty())
            first = fields;
        if (isHeader(mappingFor(fields, options)))
            return fields;
    }
    if (source.value()->records().hasError())
        return Error {source.value()->records().errorString()};
    return first;
}

StatementParse BankCsvReader::read(RecordSource &records, const BankCsvOptions &options)
{
    return Reader(records, options).run();
}

} // namespace InvoiceDesk
