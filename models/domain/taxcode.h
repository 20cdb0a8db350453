// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"
#include "money.h"
#include "problem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace InvoiceDesk {

/**
 * A company's tax code (issue 12 item 5, issue 14 item 1): a name the lines carry ("VAT 20"),
 * its rate, its EN 16931 VAT category (S standard, Z zero-rated, E exempt, AE reverse charge,
 * K intra-community, G export, O outside the scope of VAT) and, for an exemption, the reason
 * printed on the invoice.
 */
struct TaxCode
{
    qint64 id = 0; ///< 0 until stored
    QString uuid; ///< the audit log's identity of the code
    QString name;
    Percentage rate;
    QString category = QStringLiteral("S");
    QString exemptionReason;

    /** Every problem with the code's own fields. */
    Problems validate() const;

    friend bool operator==(const TaxCode &, const TaxCode &) = default;
};

namespace TaxCodes {

/** The EN 16931 VAT category codes, in the order the standard lists them. */
const QStringList &categories();

/** The category a code of `rate` gets when none is named: Z at 0 %, else S. */
QString defaultCategory(const Percentage &rate);

/**
 * The code a line of `rate` takes when it names none: among the codes with exactly that rate,
 * the one of the rate's default category (Z at 0 %, S otherwise), else the only one; nothing
 * when no code has the rate or several of other categories do (which one was meant is unknown).
 */
std::optional<TaxCode> codeForRate(const QList<TaxCode> &codes, const Percentage &rate);

/** The code named `name` (case-insensitive), if any. */
std::optional<TaxCode> byName(const QList<TaxCode> &codes, const QString &name);

/**
 * Lines that keep the rate they were issued at where their tax code has another rate now
 * (rates change): every line (the books' own files), or those with one of `pairs`' code and
 * rate (an invoice's lines as stored).
 */
struct IssuedRates
{
    bool all = false;
    QList<std::pair<QString, Percentage>> pairs;

    bool keeps(const LineItem &line) const;
};

/**
 * Resolves the lines' tax codes exactly, as an invoice is saved: a line with a code and no
 * rate takes the code's rate; a line with a rate and no code takes the code for its rate; a
 * code that does not exist, or whose rate differs from the line's (unless `issued` keeps it),
 * is a problem of that line.
 */
Problems resolve(
    QList<LineItem> &lines, const QList<TaxCode> &codes, const IssuedRates &issued = {});

} // namespace TaxCodes

} // namespace InvoiceDesk
