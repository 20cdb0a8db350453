// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agingchart.h"
#include "currency.h"
#include "receivables.h"
#include "receivablesformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace InvoiceDesk::AgingChart {

namespace {

/**
 * A bar's height on screen. Drawing is the one place an amount becomes a qreal: QtCharts takes
 * nothing else, and no sum is ever made from it (the table shows the exact amounts).
 */
qreal heightOf(qint64 minorUnits, int exponent)
{
    return qreal(minorUnits) / std::pow(10.0, exponent);
}

} // namespace

QChartView *create(
    const AgingReport &report, const QString &currency, const QLocale &locale, QWidget *parent)
{
    const int exponent = Currency::fromCode(currency).value_or(Currency()).exponent();
    auto *series = new QStackedBarSeries;
    QList<QBarSet *> sets;
    for (int b = 0; b < BucketCount; ++b) {
        sets.append(new QBarSet(bucketTitle(AgingBucket(b))));
        series->append(sets.last());
    }
    QStringList customers;
    qint64 total = 0;
    for (const AgingRow &row : report.rows) {
        if (row.currency != currency)
            continue;
        customers.append(row.customer);
        for (int b = 0; b < BucketCount; ++b)
            sets[b]->append(heightOf(row.buckets[b], exponent));
        total += row.total();
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QCoreApplication::translate("AgingChart", "Owed in %1: %2")
                        .arg(currency, amountDisplay(total, currency, locale)));
    auto *categories = new QBarCategoryAxis;
    categories->append(customers);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    values->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(QStringLiteral("agingChart_") + currency);
    return view;
}

} // namespace InvoiceDesk::AgingChart
