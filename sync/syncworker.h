// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncpolicy.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QTimer;

namespace InvoiceDesk {

class Database;
class IntegrityGate;
class SyncSession;

/**
 * Runs the sync engine in a thread of its own, on its own database
 * connection, so the window never waits for the network. Triggers (Sync
 * now, the timer, the network coming back) may arrive together: one pass
 * runs at a time, and a trigger during a pass asks for one more.
 */
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    /**
     * `gate`, when given, receives the verdict of the integrity check the worker runs before
     * anything else, on its own connection (writes of the window wait for it).
     */
    SyncWorker(QString databasePath, SyncPolicy policy, int intervalMs = 60000,
        std::shared_ptr<IntegrityGate> gate = {});
    ~SyncWorker() override;

public Q_SLOTS:
    /** Opens the connection and recovers interrupted operations; call in the worker thread. */
    void initialise();
    void syncNow();
    /** Lets paused connections try again, then syncs. */
    void resumeAndSync();

Q_SIGNALS:
    void ready(int recovered, const QString &error);
    /** The company file's integrity check ended: empty when it passed, else SQLite's finding. */
    void integrityChecked(const QString &finding);
    void busyChanged(bool busy);
    void passFinished(int sent, int acked, int needsAttention, const QStringList &problems,
        const QString &fatalError);

private:
    QString mPath;
    SyncPolicy mPolicy;
    int mIntervalMs;
    std::shared_ptr<IntegrityGate> mGate;
    SystemClock mClock;
    std::unique_ptr<Database> mDatabase;
    std::unique_ptr<SyncSession> mSession;
    QTimer *mTimer = nullptr;
    bool mRunning = false;
    bool mAgain = false;
};

} // namespace InvoiceDesk
