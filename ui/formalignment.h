// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace InvoiceDesk {

/**
 * Gives every QFormLayout under `root` one label width, so forms stacked one above the
 * other (a fixed part and a page that changes) line their fields up.
 */
void alignFormLabels(QWidget *root);

} // namespace InvoiceDesk
