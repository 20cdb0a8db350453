// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"

#include <QStringView>

#include <optional>

namespace InvoiceDesk {

/**
 * Where a tool rounds an invoice's tax: on each line (InvoiceDesk's own rule), or once per
 * rate on the sum of that rate's lines (QuickBooks Online; also how EN 16931 states each VAT
 * category's amount). The two can differ by a cent per rate.
 */
enum class TaxRounding { PerLine, PerRate };

/** "per-line" or "per-rate", as profiles write it. */
QString taxRoundingName(TaxRounding rounding);
std::optional<TaxRounding> taxRoundingFromName(QStringView name);

/**
 * The lines' tax rounded once per rate: each rate's net sum × the rate, rounded half away from
 * zero. Lines without a rate carry no tax. Nothing on overflow.
 */
std::optional<qint64> taxRoundedPerRate(const QList<LineItem> &lines);

} // namespace InvoiceDesk
