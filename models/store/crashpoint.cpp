// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
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
    // "name" crashes at the first time the step is reached, "name#N" at the N-th (a crash in
    // the middle of a batch: the third operation of a grouped commit, say).
    static const QByteArray chosen = qgetenv("INVOICEDESK_CRASH_POINT");
    static const qsizetype hash = chosen.indexOf('#');
    static const QByteArray point = hash < 0 ? chosen : chosen.left(hash);
    static const int wanted = hash < 0 ? 1 : std::max(1, chosen.mid(hash + 1).toInt());
    static std::atomic<int> reached {0};
    if (!point.isEmpty() && point == name && ++reached == wanted) {
        std::fprintf(stderr, "crash point %s\n", chosen.constData());
        std::_Exit(86);
    }
    if (handler())
        handler()(name);
}

} // namespace InvoiceDesk
