// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"

#include <functional>

class QLineEdit;

namespace InvoiceDesk {

/**
 * Shows a money field's entry as the locale writes the amount (300 becomes 300.00 in USD,
 * 1.234,5 becomes 1.234,50 in EUR in Germany) once the person leaves the field. An entry that
 * is not an amount stays as typed, for the form to name its problem. `currency` is asked each
 * time: a field whose currency follows a choice gets the chosen one (none: left as typed).
 */
void formatAmountWhenLeft(QLineEdit *field, std::function<Currency()> currency);

} // namespace InvoiceDesk
