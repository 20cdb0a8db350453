// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace InvoiceDesk {

/**
 * Ends the process at once, as abruptly as kill -9 (no destructors, no commits), when the
 * environment variable INVOICEDESK_CRASH_POINT names this step ("name", or "name#N" for the
 * N-th time the step is reached, e.g. the third operation of a grouped commit). Fault tests use it
 * to prove that a crash at any step loses nothing and sends nothing twice. Exit code 86.
 *
 * Crash points are only called from the engine's own frames, never from inside an event
 * handler, so an in-process test may also install a handler that throws CrashInjected.
 */
void crashPoint(const char *name);

/** What an in-process test's crash handler throws; never thrown in production. */
struct CrashInjected
{
    const char *point;
};

/** Installs (or, with an empty function, removes) an in-process crash handler for tests. */
void setCrashHandler(std::function<void(const char *name)> handler);

} // namespace InvoiceDesk
