// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace InvoiceDesk::HeaderMatcher {

/**
 * Our column for each of a file's headers ("" where none fits): by name, by label (English or
 * the language's), or by a header other programs use ("Qty", "Invoice Date"). Shared by the
 * import wizard's mapping and its format detection.
 */
QStringList match(const QStringList &headers, const QStringList &canonical);

} // namespace InvoiceDesk::HeaderMatcher
