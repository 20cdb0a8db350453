// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace InvoiceDesk {

namespace {

std::function<void(const char *)> &handler()
{
    static std::function<void(const char *)> installed;
    return installed;
}

} // namespace

void setCrashHandler(std::function<void(const char *name)> installed)
{
    handler() = std::move(installed);
}

void crashPoint(const char *name)
{
    static const QByteArray chosen = qgetenv("INVOICEDESK_CRASH_POINT");
    if (!chosen.isEmpty() && chosen == name) {
        std::fprintf(stderr, "crash point %s\n", name);
        std::_Exit(86);
    }
    if (handler())
        handler()(name);
}

} // namespace InvoiceDesk
