// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetdamage.h"
#include "invoicerepository.h"
#include "paymentrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QString stripZeros(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() - 1 && value.at(i) == QLatin1Char('0'))
        ++i;
    return value.mid(i);
}

/**
 * Keeps a value that begins with 0 under what it reads as once a spreadsheet dropped its zeros
 * (after `prefix`, the scope it is unique in).
 */
void keepZeroLed(const QString &value, const QString &prefix, QHash<QString, QString> &into)
{
    if (!value.startsWith(QLatin1Char('0')) || value.size() < 2)
        return;
    into.insert(prefix + stripZeros(value), value);
}

} // namespace

Result<std::optional<SpreadsheetDamage>> SpreadsheetDamage::loadIf(
    bool wanted, InvoiceRepository &invoices, PaymentRepository &payments)
{
    if (!wanted)
        return std::optional<SpreadsheetDamage>();
    auto loaded = load(invoices, payments);
    if (!loaded)
        return Error {loaded.error()};
    return std::optional<SpreadsheetDamage>(std::move(loaded).value());
}

Result<SpreadsheetDamage> SpreadsheetDamage::load(
    InvoiceRepository &invoices, PaymentRepository &payments)
{
    SpreadsheetDamage damage;
    // Every invoice number is read (to know which exist as typed); the others only when zero-led.
    const auto numbers = invoices.numbers();
    if (!numbers)
        return Error {numbers.error()};
    for (const QString &number : *numbers) {
        damage.mExactInvoiceNumbers.insert(number);
        keepZeroLed(number, {}, damage.mInvoiceNumbers);
    }
    const auto zips = invoices.zeroLedZips();
    if (!zips)
        return Error {zips.error()};
    for (const ZipInCountry &zip : *zips)
        keepZeroLed(zip.zip, zip.countryId + QLatin1Char('|'), damage.mZips);
    const auto references = payments.zeroLedReferences();
    if (!references)
        return Error {references.error()};
    for (const QString &reference : *references)
        keepZeroLed(reference, {}, damage.mPaymentReferences);
    return damage;
}

QString SpreadsheetDamage::fix()
{
    return QCoreApplication::translate("CsvImport",
        "import the XLSX export instead, or format the column as text in the spreadsheet "
        "before saving");
}

QString SpreadsheetDamage::zeroLed(
    const QHash<QString, QString> &known, const QString &value, const QString &scope)
{
    // ^[1-9]\d*$ without a regular expression (\d is any Unicode digit there, as isDigit):
    // this runs for every identifier cell.
    if (value.isEmpty() || value.front() < QLatin1Char('1') || value.front() > QLatin1Char('9')
        || !std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return known.value(scope.isNull() ? value : scope + QLatin1Char('|') + value);
}

void SpreadsheetDamage::check(const CsvRow &row, QList<ImportIssue> &issues) const
{
    static const QRegularExpression scientific(QStringLiteral("^[+-]?\\d+(\\.\\d+)?E[+-]\\d+$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cutDigits(QStringLiteral("^[1-9]\\d{0,14}0+$"));
    const auto damaged = [&](const QString &column, const QString &what) {
        row.addIssue(issues, column,
            QCoreApplication::translate("CsvImport", "this looks changed by a spreadsheet (%1); %2")
                .arg(what, fix()));
    };
    for (const QString &column : row.identifierColumns()) {
        const QString value = row.text(column).trimmed();
        if (value.isEmpty())
            continue;
        // Only a value with an exponent can be scientific: most cells skip the expression.
        if (value.contains(QLatin1Char('E'), Qt::CaseInsensitive)
            && scientific.match(value).hasMatch()) {
            damaged(column,
                QCoreApplication::translate("CsvImport", "an identifier became the number %1")
                    .arg(value));
            continue;
        }
        if (value.size() > 15 && cutDigits.match(value).hasMatch()) {
            damaged(column,
                QCoreApplication::translate(
                    "CsvImport", "a number of more than 15 digits lost its last digits: %1")
                    .arg(value));
            continue;
        }
        QString original;
        if (column == QLatin1String("number") || column == QLatin1String("invoiceNumber")) {
            if (!mExactInvoiceNumbers.contains(value))
                original = zeroLed(mInvoiceNumbers, value);
        } else if (column.endsWith(QLatin1String(".zip"))) {
            // Postcodes are compared within one country: 1010 is Vienna, 01010 is not.
            const QString country
                = row.text(column.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".countryId"))
                      .trimmed();
            original = zeroLed(mZips, value, country.isNull() ? QStringLiteral("") : country);
        } else if (column == QLatin1String("cheque.number") || column == QLatin1String("reference")
            || column == QLatin1String("eft.reference")) {
            original = zeroLed(mPaymentReferences, value);
        }
        if (!original.isEmpty())
            damaged(column,
                QCoreApplication::translate("CsvImport", "%1 became %2").arg(original, value));
    }
}

} // namespace InvoiceDesk
