// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"
#include "decimal.h"

#include <QCryptographicHash>
#include <QHash>

namespace InvoiceDesk {

QString statementFormatKey(StatementFormat format)
{
    switch (format) {
    case StatementFormat::Camt052:
        return QStringLiteral("camt.052");
    case StatementFormat::Camt053:
        return QStringLiteral("camt.053");
    case StatementFormat::Camt054:
        return QStringLiteral("camt.054");
    case StatementFormat::Mt940:
        return QStringLiteral("mt940");
    case StatementFormat::Ofx:
        return QStringLiteral("ofx");
    case StatementFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

std::optional<qint64> Statement::lineTotal() const
{
    qint64 total = 0;
    for (const StatementLine &line : lines) {
        const auto sum = Decimal::add(total, line.amount);
        if (!sum)
            return std::nullopt;
        total = *sum;
    }
    return total;
}

void Statement::fillPeriodFromLines()
{
    for (const StatementLine &line : lines) {
        if (!line.bookingDate.isValid())
            continue;
        if (!fromDate.isValid() || line.bookingDate < fromDate)
            fromDate = line.bookingDate;
        if (!toDate.isValid() || line.bookingDate > toDate)
            toDate = line.bookingDate;
    }
}

namespace LineKeys {

QString fingerprint(const StatementLine &line)
{
    // Spaces are folded so a bank that wraps the text differently in another export of the
    // same day still gives the same fingerprint.
    const auto folded = [](const QString &text) { return text.simplified().toUpper(); };
    const QString text = line.bookingDate.toString(Qt::ISODate) + QLatin1Char('\x1f')
        + QString::number(line.amount) + QLatin1Char('\x1f') + folded(line.counterpartyName)
        + QLatin1Char('\x1f') + folded(line.counterpartyAccount) + QLatin1Char('\x1f')
        + folded(line.remittance) + QLatin1Char('\x1f') + folded(line.reference);
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(32));
}

QStringList fingerprintKeys(const QList<StatementLine> &lines)
{
    QHash<QString, int> seen;
    QStringList keys;
    keys.reserve(lines.size());
    for (const StatementLine &line : lines) {
        const QString print = fingerprint(line);
        const int count = ++seen[print];
        keys.append(QStringLiteral("f:%1#%2").arg(print).arg(count));
    }
    return keys;
}

QStringList referenceKeys(const QList<StatementLine> &lines)
{
    // A reference the statement gives to two lines is not the bank's id of either.
    QHash<QString, int> uses;
    for (const StatementLine &line : lines) {
        const QString reference = line.bankReference.trimmed();
        if (!reference.isEmpty())
            ++uses[reference];
    }
    QStringList keys;
    keys.reserve(lines.size());
    for (const StatementLine &line : lines) {
        const QString reference = line.bankReference.trimmed();
        keys.append(reference.isEmpty() || uses.value(reference) > 1
                ? QString()
                : QStringLiteral("r:") + reference);
    }
    return keys;
}

} // namespace LineKeys

Result<qint64> parseStatementAmount(QStringView text, const Currency &currency, QChar decimalPoint)
{
    QStringView value = text.trimmed();
    const qsizetype point = value.indexOf(decimalPoint);
    if (point >= 0) {
        // Trailing zeros say nothing: "100.00" is a whole amount of yen.
        while (value.size() - point - 1 > currency.exponent() && value.endsWith(QLatin1Char('0')))
            value.chop(1);
        if (value.endsWith(decimalPoint))
            value.chop(1);
    }
    DecimalFormat format;
    format.decimalPoint = decimalPoint;
    return Decimal::parse(value, currency.exponent(), format);
}

QDate parseIsoDatePrefix(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() < 10 || (trimmed.size() > 10 && trimmed.at(10) != QLatin1Char('T')))
        return {};
    return QDate::fromString(trimmed.left(10).toString(), Qt::ISODate);
}

} // namespace InvoiceDesk
