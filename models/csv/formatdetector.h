// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnkinds.h"
#include "csvfields.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <variant>

namespace InvoiceDesk {

class RecordSource;

/**
 * Decides from a file's own values how it writes numbers (decimal point or
 * comma) and dates, when the values leave only one reading. "1,5" or
 * "1.234,56" can only be a decimal comma, "12.5" only a point; "1.234" could
 * be either, and 01/02/2026 could be the first of February or the second of
 * January: those are ambiguous unless another value in the file decides.
 */
class FormatDetector
{
public:
    /** What the values left open: the first value that could be read two ways. */
    struct Ambiguous
    {
        int line = 0;
        QString column;
        QString value;
    };

    /** Looks at one cell of a number or date column. */
    void add(const QString &column, const QString &value, int line);
    /** Looks at the next records (at most maxRecords); column i is our column names[i]. */
    void addRecords(RecordSource &records, const QStringList &names, int maxRecords = 20000);

    /** Whether any number or date was seen: with none, the defaults are no finding. */
    bool sawNumbers() const { return mPoint || mComma || mFirstAmbiguousNumber.has_value(); }
    /** Whether no value seen so far shows the decimal mark (only whole or ambiguous numbers). */
    bool decimalMarkOpen() const { return !mPoint && !mComma; }
    bool sawDates() const { return mDates > 0; }

    /** The decimal format the values allow, or the value that leaves it open. */
    std::variant<DecimalFormat, Ambiguous> decimalFormat() const;
    /** The date format the values allow ("" for yyyy-MM-dd), or the value that leaves it open. */
    std::variant<QString, Ambiguous> dateFormat() const;

    /** The date formats tried, in the order of preference. */
    static const QStringList &dateFormats();

private:
    /** Whether values of the kind tell the decimal mark or the date format. */
    static bool tells(ColumnKind kind);
    void addOfKind(ColumnKind kind, const QString &column, const QString &value, int line);
    void addNumber(const QString &column, const QString &value, int line);
    void addDate(const QString &column, const QString &value, int line);
    /** The value read by each of dateFormats() (invalid where one cannot read it). */
    QList<QDate> readingsOf(const QString &value);

    bool mPoint = false; ///< a value only a decimal point reads
    bool mComma = false; ///< a value only a decimal comma reads
    std::optional<Ambiguous> mFirstAmbiguousNumber;
    std::optional<Ambiguous> mFirstCommaValue;
    int mDates = 0; ///< date values seen
    QList<int> mDateMisses; ///< per format of dateFormats(): the values it cannot read
    QList<std::pair<Ambiguous, QList<QDate>>>
        mDateSamples; ///< values read differently by viable formats
    QHash<QString, QList<QDate>>
        mReadings; ///< readingsOf() of the values seen (files repeat dates)
};

} // namespace InvoiceDesk
