// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace InvoiceDesk {

/**
 * Outlines a field by its "invalid" (red) or "warning" (orange) property, with a style sheet
 * of the field's own and only while it is marked. A style sheet on a whole dialog makes Qt
 * style every widget in it through style sheets: that was half of opening the invoice editor
 * (issue 16 item 4).
 */
void showFieldMark(QWidget *field);

} // namespace InvoiceDesk
