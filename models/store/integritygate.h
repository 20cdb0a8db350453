// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QMutex>
#include <QWaitCondition>

namespace InvoiceDesk {

/**
 * Holds writes to a company file while its integrity check runs in the background (the
 * desktop app checks after the first page shows, so start-up stays fast). A writer waits
 * until the check ends; after a failed check every write is refused with its finding.
 * Thread-safe: the check reports from its own thread.
 */
class IntegrityGate
{
public:
    enum class State { Open, Checking, Failed };

    void startChecking();
    void passed();
    void failed(const QString &finding);

    State state() const;
    /** Blocks while the check runs; the finding when it failed. */
    Status waitUntilWritable() const;

private:
    mutable QMutex mMutex;
    mutable QWaitCondition mChanged;
    State mState = State::Open;
    QString mFinding;
};

} // namespace InvoiceDesk
