// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfields.h"
#include "columnkinds.h"
#include "csvreader.h"
#include "dateinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace InvoiceDesk {

namespace {

/**
 * QDate::fromString, with a two-digit year ("dd.MM.yy", as German banks write it) in the century
 * window around today as a typed date takes it (DateInput::expandYear): Qt 6.4 reads it in the
 * 1900s, and 15.01.26 would be kept as 1926.
 */
QDate fromFileText(const QString &value, const QString &format)
{
    const QDate date = QDate::fromString(value, format);
    if (!date.isValid() || !format.contains(QLatin1String("yy"))
        || format.contains(QLatin1String("yyyy")))
        return date;
    // One DateInput a day and thread, not one a cell: it works out the locale's format when made.
    static thread_local std::optional<DateInput> input;
    if (const QDate today = QDate::currentDate(); !input || input->today() != today)
        input.emplace(QLocale(), today);
    // A 29 February the target year lacks comes back invalid and is refused on its row.
    return QDate(input->expandYear(date.year() % 100), date.month(), date.day());
}

} // namespace

QString ImportIssue::toString() const
{
    QString where = line > 0 ? QCoreApplication::translate("CsvImport", "line %1").arg(line)
                             : QCoreApplication::translate("CsvImport", "file");
    if (!column.isEmpty())
        where += QCoreApplication::translate("CsvImport", ", column %1").arg(column);
    if (!value.isEmpty())
        where += QStringLiteral(" (\"%1\")").arg(value);
    return where + QStringLiteral(": ") + reason;
}

CsvHeader CsvHeader::map(const QStringList &headerRow, const QStringList &canonical,
    const QStringList &required, const QHash<QString, QString> &mapping, QList<ImportIssue> &issues,
    QStringList *unknown)
{
    QHash<QString, QString> byLower;
    for (const QString &name : canonical)
        byLower.insert(name.toLower(), name);
    QHash<QString, QString> mappingLower;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingLower.insert(it.key().trimmed().toLower(), it.value());

    CsvHeader header;
    header.mColumnCount = int(headerRow.size());
    header.mNames = QStringList(headerRow.size());
    for (int i = 0; i < headerRow.size(); ++i) {
        const QString cell = headerRow.at(i).trimmed();
        const QString lower = cell.toLower();
        QString name
            = mappingLower.contains(lower) ? mappingLower.value(lower) : byLower.value(lower);
        if (mappingLower.contains(lower) && mappingLower.value(lower).isEmpty())
            continue; // mapped to "ignore"
        if (lower == QLatin1String("error"))
            continue; // the explanation column of our own error files
        if (name.isEmpty()) {
            if (unknown)
                unknown->append(cell);
            issues.append({1, cell, QString(),
                QCoreApplication::translate("CsvImport", "unknown column; the columns are: %1")
                    .arg(canonical.join(QStringLiteral(", ")))});
            continue;
        }
        if (header.mPlaces.contains(name)) {
            issues.append({1, cell, QString(),
                QCoreApplication::translate("CsvImport", "column %1 appears more than once")
                    .arg(name)});
            continue;
        }
        header.mPlaces.insert(name, i);
        header.mNames[i] = name;
    }
    for (const QString &name : required) {
        if (!header.mPlaces.contains(name))
            issues.append({1, name, QString(),
                QCoreApplication::translate("CsvImport", "the required column %1 is missing")
                    .arg(name)});
    }
    for (const QString &name : std::as_const(header.mNames)) {
        if (name.isEmpty())
            continue;
        header.mColumns.append(name);
        if (columnKindOf(name) == ColumnKind::Identifier)
            header.mIdentifierColumns.append(name);
    }
    return header;
}

CsvRow::CsvRow(const CsvHeader &header, QStringList fields, int line, const FieldFormat &format)
    : mHeader(&header)
    , mFields(std::move(fields))
    , mLine(line)
    , mFormat(&format)
{
}

const QString &CsvRow::raw(QStringView column) const
{
    return rawAt(mHeader->index(column));
}

const QString &CsvRow::rawAt(int index) const
{
    static const QString none;
    return index >= 0 && index < mFields.size() ? mFields.at(index) : none;
}

bool CsvRow::isBlankText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QString CsvRow::text(const QString &column) const
{
    return FormulaGuard::restore(raw(column));
}

void CsvRow::addIssue(
    QList<ImportIssue> &issues, const QString &column, const QString &reason) const
{
    issues.append({mLine, column, raw(column), reason});
}

bool CsvRow::regroupedBySpreadsheet(
    const QString &column, int scale, QList<ImportIssue> &issues) const
{
    // A spreadsheet that uses a decimal comma reads "1.250" (1.25 in a file with a decimal
    // point) as 1250 and may save it so; with 3 decimals allowed both readings are valid, and
    // reading it as 1250 multiplies the amount by 1000 without a word (issue 12). The same
    // holds the other way round for "1,250" in a file with a decimal point.
    static const QRegularExpression byPoints(QStringLiteral("^[+-]?\\d{1,3}(\\.\\d{3})+$"));
    static const QRegularExpression byCommas(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+$"));
    const QChar group = mFormat->decimal.groupSeparator;
    if (scale < 3 || (group != QLatin1Char('.') && group != QLatin1Char(',')))
        return false;
    const QString value = raw(column).trimmed();
    if (!(group == QLatin1Char('.') ? byPoints : byCommas).match(value).hasMatch())
        return false;
    QString asGrouped = value;
    asGrouped.remove(group);
    addIssue(issues, column,
        group == QLatin1Char('.')
            ? QCoreApplication::translate("CsvImport",
                "this looks changed by a spreadsheet (%1 reads as %2 with a decimal comma, but as "
                "%1 with a decimal point); import the XLSX export instead, or write the number "
                "without thousands separators")
                  .arg(value, asGrouped)
            : QCoreApplication::translate("CsvImport",
                "this looks changed by a spreadsheet (%1 reads as %2 with a decimal point, but as "
                "%1 with a decimal comma); import the XLSX export instead, or write the number "
                "without thousands separators")
                  .arg(value, asGrouped));
    return true;
}

std::optional<qint64> CsvRow::money(
    const QString &column, const Currency &currency, QList<ImportIssue> &issues) const
{
    if (isBlank(column) || regroupedBySpreadsheet(column, currency.exponent(), issues))
        return std::nullopt;
    auto value = Decimal::parse(raw(column), currency.exponent(), mFormat->decimal);
    if (!value) {
        addIssue(issues, column,
            value.error()
                + (currency.isValid() ? QStringLiteral(" (%1)").arg(currency.code()) : QString()));
        return std::nullopt;
    }
    return *value;
}

std::optional<qint64> CsvRow::integer(const QString &column, QList<ImportIssue> &issues) const
{
    if (isBlank(column))
        return std::nullopt;
    auto value = Decimal::parse(raw(column), 0, DecimalFormat::fixed());
    if (!value) {
        addIssue(
            issues, column, QCoreApplication::translate("CsvImport", "must be a whole number"));
        return std::nullopt;
    }
    return *value;
}

std::optional<Quantity> CsvRow::quantity(const QString &column, QList<ImportIssue> &issues) const
{
    if (isBlank(column) || regroupedBySpreadsheet(column, Quantity::Scale, issues))
        return std::nullopt;
    auto value = Quantity::parse(raw(column), mFormat->decimal);
    if (!value) {
        addIssue(issues, column, value.error());
        return std::nullopt;
    }
    return *value;
}

std::optional<Percentage> CsvRow::percentage(
    const QString &column, QList<ImportIssue> &issues) const
{
    if (isBlank(column))
        return std::nullopt;
    auto value = Percentage::parse(raw(column), mFormat->decimal);
    if (!value) {
        addIssue(issues, column, value.error());
        return std::nullopt;
    }
    return *value;
}

QDate CsvRow::date(const QString &column, QList<ImportIssue> &issues) const
{
    const QString value = raw(column).trimmed();
    if (value.isEmpty())
        return {};
    if (mFormat->dateFormat.isEmpty()) {
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        const auto match = iso.match(value);
        if (!match.hasMatch()) {
            addIssue(issues, column,
                QCoreApplication::translate("CsvImport", "is not a date in the form yyyy-MM-dd"));
            return {};
        }
        const QDate date(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!date.isValid())
            addIssue(
                issues, column, QCoreApplication::translate("CsvImport", "is not a real date"));
        return date;
    }
    const QDate date = fromFileText(value, mFormat->dateFormat);
    if (!date.isValid())
        addIssue(issues, column,
            QCoreApplication::translate("CsvImport", "is not a real date in the form %1")
                .arg(mFormat->dateFormat));
    return date;
}

} // namespace InvoiceDesk
