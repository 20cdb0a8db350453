// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"
#include "result.h"

#include <QHash>
#include <QObject>

#include <atomic>

class QThread;

namespace InvoiceDesk {

/**
 * Makes the one harmless authenticated call of a connection's adapter (SyncAdapter::buildTest:
 * iVvy's test ping, a CRM.COM or Refrens sign-in, an Upgrade.Chat invoice lookup) and says
 * whether the credentials were accepted. An error carries the server's own words.
 */
class ConnectionTester
{
public:
    static Status test(const Connection &connection, const QHash<QString, QString> &secrets,
        int timeoutMs = 15000);

    /**
     * How long a test waits for an answer: the connection's "timeoutSeconds" setting, else
     * the sync engine's transfer timeout (SyncPolicy).
     */
    static int timeoutFor(const Connection &connection);
};

/**
 * Runs ConnectionTester::test in a thread of its own (issue 10: no nested event loop on the
 * GUI thread), giving up within the connection's timeout. cancel() stops waiting at once:
 * the thread's event loops are told to quit, and no finished() follows.
 */
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    ConnectionTest(
        Connection connection, QHash<QString, QString> secrets, QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();
    void cancel();
    bool isRunning() const;
    int timeoutMs() const { return mTimeoutMs; }

Q_SIGNALS:
    /** The test is over: `ok`, or the message says why not. Not emitted after cancel(). */
    void finished(bool ok, const QString &message);

private:
    Connection mConnection;
    QHash<QString, QString> mSecrets;
    int mTimeoutMs;
    QThread *mThread = nullptr;
    Status mResult;
    std::atomic_bool mCancelled {false};
};

} // namespace InvoiceDesk
