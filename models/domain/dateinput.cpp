// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace InvoiceDesk {

namespace {

/** The locale's short date format with the year widened to four digits. */
QString fourDigitYearFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A short form with month names (the C locale's "d MMM yyyy") cannot be typed back in
    // digits; ISO 8601 can.
    if (format.contains(QLatin1String("MMM")))
        return QStringLiteral("yyyy-MM-dd");
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}

} // namespace

DateInput::DateInput(const QLocale &locale, const QDate &today)
    : mLocale(locale)
    , mToday(today)
    , mDisplayFormat(fourDigitYearFormat(locale)) // once: a list formats thousands of dates
{
}

QString DateInput::format(const QDate &date) const
{
    return date.isValid() ? mLocale.toString(date, mDisplayFormat) : QString();
}

int DateInput::expandYear(int twoDigitYear) const
{
    int year = mToday.year() / 100 * 100 + twoDigitYear;
    if (year > mToday.year() + 50)
        year -= 100;
    else if (year <= mToday.year() - 50)
        year += 100;
    return year;
}

Result<QDate> DateInput::parse(const QString &input) const
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String("t"), Qt::CaseInsensitive) == 0)
        return mToday;
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,4})\\s*[./\\-]\\s*(\\d{1,2})\\s*[./\\-]\\s*(\\d{1,4})$"));
    const auto match = shape.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return Error {
            QCoreApplication::translate("DateInput", "\"%1\" is not a date; type it as %2 or as %3")
                .arg(text, format(mToday), mToday.toString(Qt::ISODate))};
    const QString first = match.captured(1);
    const QString second = match.captured(2);
    const QString third = match.captured(3);
    if (first.size() == 4)
        return build(first.toInt(), second.toInt(), third.toInt(), text); // ISO 8601
    if (first.size() > 2)
        return Error {QCoreApplication::translate("DateInput",
            "\"%1\" is not a date: the day and the month have one or two "
            "digits, the year two or four")
                          .arg(text)};

    // The order of day, month and year is the locale's (M/d/yy in en_US, dd.MM.yy in de_DE).
    const QString pattern = displayFormat();
    std::array<std::pair<qsizetype, QChar>, 3> order {{{pattern.indexOf(QLatin1Char('d')), u'd'},
        {pattern.indexOf(QLatin1Char('M')), u'M'}, {pattern.indexOf(QLatin1Char('y')), u'y'}}};
    std::sort(order.begin(), order.end());
    const QString parts[3] = {first, second, third};
    int day = 0;
    int month = 0;
    int year = 0;
    for (int i = 0; i < 3; ++i) {
        const QChar which = order[size_t(i)].second;
        if (which == u'y') {
            if (parts[i].size() != 2 && parts[i].size() != 4)
                return Error {QCoreApplication::translate(
                    "DateInput", "\"%1\" is not a date: the year has two or four digits")
                                  .arg(text)};
            year = parts[i].size() == 2 ? expandYear(parts[i].toInt()) : parts[i].toInt();
        } else if (parts[i].size() > 2) {
            return Error {QCoreApplication::translate("DateInput",
                "\"%1\" is not a date: the day and the month have one or two "
                "digits, the year two or four")
                              .arg(text)};
        } else {
            (which == u'd' ? day : month) = parts[i].toInt();
        }
    }
    return build(year, month, day, text);
}

Result<QDate> DateInput::build(int year, int month, int day, const QString &text) const
{
    if (month < 1 || month > 12)
        return Error {
            QCoreApplication::translate("DateInput", "\"%1\" is not a date: there is no month %2")
                .arg(text)
                .arg(month)};
    const QDate date(year, month, day);
    if (!date.isValid()) {
        const QDate first(year, month, 1);
        return Error {
            QCoreApplication::translate("DateInput", "\"%1\" is not a real date: %2 has %3 days")
                .arg(text, mLocale.toString(first, QStringLiteral("MMMM yyyy")))
                .arg(first.daysInMonth())};
    }
    return date;
}

QString DateInput::warningFor(const QDate &date) const
{
    if (!date.isValid() || (date >= mToday.addYears(-1) && date <= mToday.addYears(1)))
        return {};
    return QCoreApplication::translate(
        "DateInput", "%1 is more than a year from today; is the year right?")
        .arg(format(date));
}

} // namespace InvoiceDesk
