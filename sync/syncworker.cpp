// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"
#include "syncsession.h"

#include "database.h"
#include "integritygate.h"

#include <QTimer>

namespace InvoiceDesk {

SyncWorker::SyncWorker(
    QString databasePath, SyncPolicy policy, int intervalMs, std::shared_ptr<IntegrityGate> gate)
    : mPath(std::move(databasePath))
    , mPolicy(std::move(policy))
    , mIntervalMs(intervalMs)
    , mGate(std::move(gate))
{
}

SyncWorker::~SyncWorker()
{
    mSession.reset();
    mDatabase.reset();
}

void SyncWorker::initialise()
{
    auto database = Database::openForThisThread(mPath);
    if (!database) {
        if (mGate)
            mGate->failed(database.error());
        Q_EMIT integrityChecked(database.error());
        Q_EMIT ready(0, database.error());
        return;
    }
    mDatabase = std::move(database).value();
    // A damaged file is never read as an empty queue (sync-design.md T23), and the window
    // writes nothing into it.
    const Status intact = mDatabase->checkIntegrity();
    if (mGate) {
        if (intact)
            mGate->passed();
        else
            mGate->failed(intact.error());
    }
    Q_EMIT integrityChecked(intact.error());
    if (!intact) {
        Q_EMIT ready(0, intact.error());
        return;
    }
    mSession = std::make_unique<SyncSession>(*mDatabase, mClock, mPolicy);
    auto started = mSession->engine().start();
    if (!started) {
        const QString error = started.error();
        mSession.reset();
        Q_EMIT ready(0, error);
        return;
    }
    mTimer = new QTimer(this);
    mTimer->setInterval(mIntervalMs);
    connect(mTimer, &QTimer::timeout, this, &SyncWorker::syncNow);
    mTimer->start();
    Q_EMIT ready(*started, QString());
}

void SyncWorker::syncNow()
{
    if (!mSession)
        return;
    if (mRunning) {
        mAgain = true; // re-entrant triggers fold into one more pass
        return;
    }
    mRunning = true;
    Q_EMIT busyChanged(true);
    do {
        mAgain = false;
        const SyncEngine::Summary summary = mSession->engine().runOnce();
        Q_EMIT passFinished(summary.sent, summary.acked, summary.needsAttention, summary.problems,
            summary.fatalError);
    } while (mAgain);
    mRunning = false;
    Q_EMIT busyChanged(false);
}

void SyncWorker::resumeAndSync()
{
    if (!mSession)
        return;
    (void)mSession->store().resume(std::nullopt);
    syncNow();
}

} // namespace InvoiceDesk
