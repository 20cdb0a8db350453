// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receivables.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace InvoiceDesk {

/** The amount as fixed text in the currency's decimals ("1234.50", JPY "5000"). */
QString amountText(qint64 minorUnits, const QString &currencyCode);
/** The amount for display in a locale, with grouping. */
QString amountDisplay(qint64 minorUnits, const QString &currencyCode, const QLocale &locale);

/** The translated heading of an aging bucket ("Current", "1–30", ...). */
QString bucketTitle(AgingBucket bucket);

/**
 * `aging --format json` (issue 14 item 4): {"asOf", "rows": [{customer, currency, current,
 * d1_30, d31_60, d61_90, over90, total}], "totals": [{currency, current, ..., total}]},
 * amounts as decimal strings in the currency's decimals.
 */
QByteArray agingJson(const AgingReport &report);
/** `aging --format csv`: the rows' columns as in JSON, no totals row. */
QByteArray agingCsv(const AgingReport &report);

/** A statement as CSV: date,type,number,description,debit,credit,balance; opening to closing. */
QByteArray statementCsv(const CustomerStatement &statement);
/**
 * Where the statement of one currency goes: `path` itself when the customer has one currency,
 * else the currency before the extension ("acme.csv" -> "acme-EUR.csv").
 */
QString statementPath(const QString &path, const QString &currency, bool severalCurrencies);
/** What a statement line says: "Opening balance", "Closing balance", else its description. */
QString statementLineText(const CustomerStatementLine &line);

} // namespace InvoiceDesk
