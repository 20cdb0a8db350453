// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"
#include "adapterfactory.h"
#include "httptransport.h"
#include "syncadapter.h"
#include "syncpolicy.h"

#include <QCoreApplication>
#include <QThread>

namespace InvoiceDesk {

Status ConnectionTester::test(
    const Connection &connection, const QHash<QString, QString> &secrets, int timeoutMs)
{
    auto adapter = createAdapter(connection.kind);
    if (!adapter)
        return Error {
            QCoreApplication::translate("ConnectionTester", "unknown connection kind \"%1\"")
                .arg(connection.kind)};
    SyncContext context;
    context.connection = connection;
    context.secrets = secrets;
    context.now = QDateTime::currentDateTimeUtc();
    // What the harmless call is, and what its answer means, is the adapter's knowledge.
    auto request = adapter->buildTest(context);
    if (!request)
        return Error {request.error()};
    HttpTransport transport(TransportLimits {timeoutMs, timeoutMs});
    const RemoteResponse response = transport.send(*request);
    if (response.httpStatus == 0)
        return Error {QCoreApplication::translate("ConnectionTester", "%1 did not answer: %2")
                          .arg(connection.url.toString(), response.errorText)};
    const TestVerdict verdict = adapter->parseTest(response);
    const QString message = verdict.message.isEmpty()
        ? QCoreApplication::translate("ConnectionTester", "HTTP %1").arg(response.httpStatus)
        : verdict.message;
    switch (verdict.verdict) {
    case TestVerdict::Accepted:
        return {};
    case TestVerdict::Refused:
        return Error {
            QCoreApplication::translate("ConnectionTester", "%1 refused the credentials: %2")
                .arg(connection.name, message)};
    case TestVerdict::Failed:
        break;
    }
    return Error {QCoreApplication::translate("ConnectionTester", "%1 answered HTTP %2: %3")
                      .arg(connection.name)
                      .arg(response.httpStatus)
                      .arg(verdict.message)};
}

int ConnectionTester::timeoutFor(const Connection &connection)
{
    const int seconds = connection.settings.value(QStringLiteral("timeoutSeconds")).toInt();
    return seconds > 0 ? seconds * 1000 : SyncPolicy().transferTimeoutMs;
}

ConnectionTest::ConnectionTest(
    Connection connection, QHash<QString, QString> secrets, QObject *parent)
    : QObject(parent)
    , mConnection(std::move(connection))
    , mSecrets(std::move(secrets))
    , mTimeoutMs(ConnectionTester::timeoutFor(mConnection))
{
}

ConnectionTest::~ConnectionTest()
{
    cancel();
    if (mThread) {
        mThread->wait();
        delete mThread;
    }
}

void ConnectionTest::start()
{
    Q_ASSERT(!mThread);
    mThread = QThread::create(
        [this] { mResult = ConnectionTester::test(mConnection, mSecrets, mTimeoutMs); });
    mThread->setObjectName(QStringLiteral("connection test"));
    connect(mThread, &QThread::finished, this, [this] {
        mThread->deleteLater();
        mThread = nullptr;
        if (!mCancelled)
            Q_EMIT finished(mResult.ok(), mResult.error());
    });
    mThread->start();
}

void ConnectionTest::cancel()
{
    mCancelled = true;
    // QThread::exit ends every event loop running in that thread, the transport's included,
    // so the exchange is abandoned at once instead of at its timeout.
    if (mThread)
        mThread->exit();
}

bool ConnectionTest::isRunning() const
{
    return mThread && mThread->isRunning();
}

} // namespace InvoiceDesk
