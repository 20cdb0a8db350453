// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace InvoiceDesk {

/**
 * Ends the process at once, as abruptly as kill -9 (no destructors, no commits), when the
 * environment variable INVOICEDESK_CRASH_POINT names this step. Fault tests use it to prove that
 * a crash at any step loses nothing and sends nothing twice. Exit code 86.
 */
void crashPoint(const char *name);

} // namespace InvoiceDesk
