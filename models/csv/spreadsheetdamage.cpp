// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetdamage.h"
#include "columnkinds.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

namespace InvoiceDesk {

namespace {

QString stripZeros(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() - 1 && value.at(i) == QLatin1Char('0'))
        ++i;
    return value.mid(i);
}

/** Loads the values of `sql` (one column, `value`, and optionally `scope`) that begin with 0. */
Status loadZeroLed(const QSqlDatabase &connection, const QString &sql,
    QHash<QString, QString> &into, QSet<QString> *exact = nullptr)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Sql::error(
            query, QCoreApplication::translate("CsvImport", "Reading the stored numbers"));
    const int valueColumn = query.record().indexOf(QStringLiteral("value"));
    const int scopeColumn = query.record().indexOf(QStringLiteral("scope"));
    while (query.next()) {
        const QString value = query.value(valueColumn).toString();
        if (exact)
            exact->insert(value);
        if (!value.startsWith(QLatin1Char('0')) || value.size() < 2)
            continue;
        const QString scope
            = scopeColumn >= 0 ? query.value(scopeColumn).toString() + QLatin1Char('|') : QString();
        into.insert(scope + stripZeros(value), value);
    }
    return {};
}

} // namespace

Result<SpreadsheetDamage> SpreadsheetDamage::load(const QSqlDatabase &connection)
{
    SpreadsheetDamage damage;
    // Every invoice number is read (to know which exist as typed); the others only when zero-led.
    if (auto loaded
        = loadZeroLed(connection, QStringLiteral("SELECT number AS value FROM invoices"),
            damage.mInvoiceNumbers, &damage.mExactInvoiceNumbers);
        !loaded)
        return Error {loaded.error()};
    if (auto loaded = loadZeroLed(connection,
            QStringLiteral("SELECT DISTINCT zip AS value, country_id AS scope FROM addresses "
                           "WHERE zip GLOB '0[0-9]*'"),
            damage.mZips);
        !loaded)
        return Error {loaded.error()};
    for (const char *column : {"cheque_number", "reference", "eft_reference"}) {
        const QString sql
            = QStringLiteral("SELECT DISTINCT %1 AS value FROM payments WHERE %1 GLOB '0[0-9]*'")
                  .arg(QLatin1String(column));
        if (auto loaded = loadZeroLed(connection, sql, damage.mPaymentReferences); !loaded)
            return Error {loaded.error()};
    }
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
    static const QRegularExpression digits(QStringLiteral("^[1-9]\\d*$"));
    if (!digits.match(value).hasMatch())
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
    for (const QString &column : row.columns()) {
        if (columnKindOf(column) != ColumnKind::Identifier)
            continue;
        const QString value = row.text(column).trimmed();
        if (value.isEmpty())
            continue;
        if (scientific.match(value).hasMatch()) {
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
