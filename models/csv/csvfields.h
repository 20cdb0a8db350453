// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnplaces.h"
#include "decimal.h"
#include "money.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

namespace InvoiceDesk {

/** One problem in an imported file: where it is, what was there, and why it is wrong. */
struct ImportIssue
{
    int line = 0; ///< physical line in the file (1-based); 0 for the file as a whole
    QString column; ///< canonical column name, or empty
    QString value;
    QString reason;

    /** "line 7, column amount (\"12.345\"): has more than 2 decimal places" */
    QString toString() const;
};

/** How numbers and dates are written in the file being read. */
struct FieldFormat
{
    DecimalFormat decimal;
    QString dateFormat; ///< Qt date format; empty means ISO 8601 yyyy-MM-dd
};

/**
 * The header row of a file, mapped onto canonical column names
 * (case-insensitive, or through a user's column mapping).
 */
class CsvHeader
{
public:
    /**
     * @param mapping  file header (case-insensitive) -> canonical name, from the import wizard
     * Unknown or repeated columns and missing required ones become issues.
     */
    static CsvHeader map(const QStringList &headerRow, const QStringList &canonical,
        const QStringList &required, const QHash<QString, QString> &mapping,
        QList<ImportIssue> &issues, QStringList *unknown = nullptr);

    int index(QStringView canonical) const { return mPlaces.place(canonical); }
    int columnCount() const { return mColumnCount; }
    /** The canonical name of the file's column at `index` (0-based), or "" when it has none. */
    QString nameAt(int index) const { return mNames.value(index); }
    /** The canonical columns the file has, in the file's order. */
    const QStringList &columns() const { return mColumns; }
    /** Those of columns() that hold identifiers (ColumnKind::Identifier), read on every row. */
    const QStringList &identifierColumns() const { return mIdentifierColumns; }

private:
    ColumnPlaces mPlaces;
    QStringList mNames;
    QStringList mColumns;
    QStringList mIdentifierColumns;
    int mColumnCount = 0;
};

/**
 * Typed access to one data row: each getter records an issue for a value
 * that does not parse, naming line, column, value and reason.
 */
class CsvRow
{
public:
    CsvRow(const CsvHeader &header, QStringList fields, int line, const FieldFormat &format);

    int line() const { return mLine; }
    const QStringList &fields() const { return mFields; }
    /** The canonical columns of the file, in its order. */
    const QStringList &columns() const { return mHeader->columns(); }
    /** The columns of the file that hold identifiers, in its order. */
    const QStringList &identifierColumns() const { return mHeader->identifierColumns(); }

    /** The raw cell ("" when the column is absent). */
    const QString &raw(QStringView column) const;
    bool isBlank(const QString &column) const { return isBlankText(raw(column)); }
    /** The file's place of a canonical column (-1 when absent), for reading many rows by it. */
    int indexOf(QStringView column) const { return mHeader->index(column); }
    /** The raw cell at a place from indexOf ("" when the row is shorter or it is -1). */
    const QString &rawAt(int index) const;
    /** Empty or only white space. */
    static bool isBlankText(QStringView text);
    /** Text with the formula guard undone. */
    QString text(const QString &column) const;

    std::optional<qint64> money(
        const QString &column, const Currency &currency, QList<ImportIssue> &issues) const;
    std::optional<qint64> integer(const QString &column, QList<ImportIssue> &issues) const;
    std::optional<Quantity> quantity(const QString &column, QList<ImportIssue> &issues) const;
    std::optional<Percentage> percentage(const QString &column, QList<ImportIssue> &issues) const;
    /** A valid date, or an invalid QDate when blank; an issue when present but wrong. */
    QDate date(const QString &column, QList<ImportIssue> &issues) const;

    void addIssue(QList<ImportIssue> &issues, const QString &column, const QString &reason) const;

private:
    /** Refuses "1.250" read with a decimal comma where 3 decimals are allowed (see .cpp). */
    bool regroupedBySpreadsheet(const QString &column, int scale, QList<ImportIssue> &issues) const;

    const CsvHeader *mHeader;
    QStringList mFields;
    int mLine;
    const FieldFormat *mFormat;
};

/** Formats a date as files carry it. */
inline QString fileDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace InvoiceDesk
