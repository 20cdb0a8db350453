// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QChartView;
class QWidget;

namespace InvoiceDesk {

struct AgingReport;

/**
 * The A/R Aging window's chart of one currency: a QtCharts stacked bar per customer, one segment
 * per bucket (Current to over 90 days), the currency's total in the title.
 */
namespace AgingChart {
QChartView *create(
    const AgingReport &report, const QString &currency, const QLocale &locale, QWidget *parent);
} // namespace AgingChart

} // namespace InvoiceDesk
