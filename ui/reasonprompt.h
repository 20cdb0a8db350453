// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace InvoiceDesk {

/**
 * Asks why something is being voided. OK is offered only once a reason other than spaces is
 * typed, as the ledger refuses a void without one; nullopt when the person cancels.
 */
std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &question);

} // namespace InvoiceDesk
