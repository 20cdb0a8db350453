// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatdetector.h"
#include "columnkinds.h"
#include "csvreader.h"
#include "recordsource.h"

#include <QRegularExpression>

#include <algorithm>

namespace InvoiceDesk {

void FormatDetector::add(const QString &column, const QString &value, int line)
{
    addOfKind(columnKindOf(column), column, value, line);
}

bool FormatDetector::tells(ColumnKind kind)
{
    return kind == ColumnKind::Amount || kind == ColumnKind::Number || kind == ColumnKind::Date;
}

void FormatDetector::addOfKind(
    ColumnKind kind, const QString &column, const QString &value, int line)
{
    if (!tells(kind))
        return;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;
    if (kind == ColumnKind::Date)
        addDate(column, trimmed, line);
    else
        addNumber(column, trimmed, line);
}

void FormatDetector::addRecords(RecordSource &records, const QStringList &names, int maxRecords)
{
    // The kind of each column once per file, not per cell; text columns tell nothing.
    QList<ColumnKind> kinds;
    for (const QString &name : names)
        kinds.append(name.isEmpty() ? ColumnKind::Text : columnKindOf(name));
    QStringList fields;
    for (int row = 0; row < maxRecords && records.readRecord(fields); ++row) {
        for (qsizetype i = 0; i < fields.size() && i < kinds.size(); ++i) {
            if (tells(kinds.at(i)))
                addOfKind(kinds.at(i), names.at(i), FormulaGuard::restore(fields.at(i)),
                    records.recordLine());
        }
    }
}

void FormatDetector::addNumber(const QString &column, const QString &value, int line)
{
    // Grouped in thousands, with no other mark: "1.234" and "1,234" each read two ways.
    static const QRegularExpression grouped(
        QStringLiteral("^[+-]?[1-9]\\d{0,2}((\\.\\d{3})+|(,\\d{3})+)$"));
    static const QRegularExpression pointOnly(
        QStringLiteral("^[+-]?(\\d+|\\d{1,3}(,\\d{3})+)\\.\\d+$"));
    static const QRegularExpression commaOnly(
        QStringLiteral("^[+-]?(\\d+|\\d{1,3}(\\.\\d{3})+),\\d+$"));
    // Only a value with a point or a comma tells the mark; once a point has told it, only a
    // comma can still change the finding (both marks in one file). The patterns are the cost.
    const bool hasComma = value.contains(QLatin1Char(','));
    if (!hasComma && (mPoint || !value.contains(QLatin1Char('.'))))
        return;
    if (grouped.match(value).hasMatch()) {
        // "1.234": 1.234 with a decimal point, 1234 with a decimal comma; "1,500": 1500 with a
        // decimal point (a comma between thousands), 1.5 with a decimal comma. ("0.250" is only
        // a decimal point: a thousands group never follows a leading 0.)
        if (!mFirstAmbiguousNumber)
            mFirstAmbiguousNumber = Ambiguous {line, column, value};
    } else if (pointOnly.match(value).hasMatch()) {
        mPoint = true;
    } else if (commaOnly.match(value).hasMatch()) {
        mComma = true;
        if (!mFirstCommaValue)
            mFirstCommaValue = Ambiguous {line, column, value};
    }
}

const QStringList &FormatDetector::dateFormats()
{
    static const QStringList formats = {
        QString(), // yyyy-MM-dd
        QStringLiteral("d.M.yyyy"),
        QStringLiteral("d/M/yyyy"),
        QStringLiteral("M/d/yyyy"),
        QStringLiteral("yyyy/M/d"),
        QStringLiteral("d-M-yyyy"),
        // Two-digit years, as German banks write them (read in the century around today).
        QStringLiteral("d.M.yy"),
        QStringLiteral("d/M/yy"),
        QStringLiteral("M/d/yy"),
    };
    return formats;
}

void FormatDetector::addDate(const QString &column, const QString &value, int line)
{
    const QStringList &formats = dateFormats();
    if (mDateMisses.isEmpty())
        mDateMisses = QList<int>(formats.size(), 0);
    ++mDates;
    const QList<QDate> readings = readingsOf(value);
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (!readings.at(i).isValid())
            ++mDateMisses[i];
    }
    // Keep a value only when two formats read it as different dates (01/02/2026).
    QDate first;
    for (const QDate &date : readings) {
        if (!date.isValid())
            continue;
        if (first.isValid() && date != first) {
            if (mDateSamples.size() < 1000)
                mDateSamples.append({Ambiguous {line, column, value}, readings});
            break;
        }
        first = date;
    }
}

QList<QDate> FormatDetector::readingsOf(const QString &value)
{
    // QDate::fromString builds a parser per call, six formats per value: a file's few hundred
    // distinct dates are read once each (issue 16: 7% of a payments import).
    if (const auto known = mReadings.constFind(value); known != mReadings.cend())
        return *known;
    const QStringList &formats = dateFormats();
    QList<QDate> readings;
    readings.reserve(formats.size());
    for (const QString &format : formats)
        readings.append(
            QDate::fromString(value, format.isEmpty() ? QStringLiteral("yyyy-MM-dd") : format));
    if (mReadings.size() < 4096) // bounded: a file of all-distinct dates gains nothing
        mReadings.insert(value, readings);
    return readings;
}

std::variant<DecimalFormat, FormatDetector::Ambiguous> FormatDetector::decimalFormat() const
{
    if (mComma && !mPoint)
        return DecimalFormat::decimalComma();
    if (mPoint && mComma)
        return *mFirstCommaValue; // both kinds in one file: a person must say which
    if (!mPoint && mFirstAmbiguousNumber)
        return *mFirstAmbiguousNumber;
    return DecimalFormat::pointWithThousands();
}

std::variant<QString, FormatDetector::Ambiguous> FormatDetector::dateFormat() const
{
    // The formats that read the most values: a mistyped date (30.02.2026) reads in none, and
    // is reported on its row in the format the others are written in.
    const int fewest
        = mDateMisses.isEmpty() ? 0 : *std::min_element(mDateMisses.cbegin(), mDateMisses.cend());
    if (fewest == mDates)
        return QString(); // none reads any date: each is reported on its row
    QList<qsizetype> viable;
    for (qsizetype i = 0; i < mDateMisses.size(); ++i) {
        if (mDateMisses.at(i) == fewest)
            viable.append(i);
    }
    // Two viable formats conflict when they read some value as different dates.
    for (const auto &[sample, readings] : mDateSamples) {
        for (qsizetype other : viable) {
            if (readings.at(other) != readings.at(viable.first()))
                return sample;
        }
    }
    return dateFormats().at(viable.first());
}

} // namespace InvoiceDesk
