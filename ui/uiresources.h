// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace InvoiceDesk {

/** Registers the icons compiled into this static library (Q_INIT_RESOURCE); safe to call often. */
void initUiResources();

} // namespace InvoiceDesk
