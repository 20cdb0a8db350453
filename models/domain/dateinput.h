// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QLocale>

namespace InvoiceDesk {

/**
 * Reads a date as a person types it from paper (issue 10): the locale's short form with a two-
 * or four-digit year ("11/15/26", "15.11.2026"), ISO 8601 ("2026-11-15"), "t" for today. A
 * complete entry is taken as written or refused with the reason, never turned into another
 * date. Dates are shown with four-digit years.
 */
class DateInput
{
public:
    explicit DateInput(
        const QLocale &locale = QLocale(), const QDate &today = QDate::currentDate());

    /** The date `text` means, or why it means none. */
    Result<QDate> parse(const QString &text) const;

    /** The date as this locale writes it, always with a four-digit year. */
    QString format(const QDate &date) const;
    /** The locale's short date format with the year widened to four digits. */
    QString displayFormat() const { return mDisplayFormat; }

    /** A two-digit year in the century window around today: 26 -> 2026, 99 -> 1999. */
    int expandYear(int twoDigitYear) const;

    /** A warning (never a refusal) for a date more than a year from today; empty otherwise. */
    QString warningFor(const QDate &date) const;

    QDate today() const { return mToday; }

private:
    Result<QDate> build(int year, int month, int day, const QString &text) const;

    QLocale mLocale;
    QDate mToday;
    QString mDisplayFormat;
};

} // namespace InvoiceDesk
