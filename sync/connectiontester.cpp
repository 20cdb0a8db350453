// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"
#include "adapterfactory.h"
#include "backends/adapterutil.h"
#include "backends/ivvysigner.h"
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
    HttpTransport transport(TransportLimits {timeoutMs, timeoutMs});

    RemoteRequest request;
    if (adapter->capabilities().needsLogin) {
        auto login = adapter->buildLogin(context);
        if (!login)
            return Error {login.error()};
        request = *login;
    } else if (connection.kind == QLatin1String("ivvy")) {
        QUrl url = AdapterUtil::join(connection.url, QStringLiteral("/api/1.0/test"));
        url.setQuery(QStringLiteral("action=ping"));
        request = AdapterUtil::jsonRequest("POST", url, "{}");
        IvvySigner::sign(request, secrets.value(QStringLiteral("key")).toUtf8(),
            secrets.value(QStringLiteral("secret")).toUtf8(), context.now);
    } else {
        QUrl url = AdapterUtil::join(
            connection.url, QStringLiteral("/api/services/CRM/Invoice/GetInvoiceInfo"));
        url.setQuery(QStringLiteral("id=0"));
        request = AdapterUtil::jsonRequest("GET", url);
        const QByteArray token = secrets.value(QStringLiteral("token")).toUtf8();
        if (connection.settings.value(QStringLiteral("auth")).toString()
            == QLatin1String("api-key"))
            request.addHeader("api-key", token);
        else
            request.addHeader("Authorization", "Bearer " + token);
    }
    const RemoteResponse response = transport.send(request);
    if (response.httpStatus == 0)
        return Error {QCoreApplication::translate("ConnectionTester", "%1 did not answer: %2")
                          .arg(connection.url.toString(), response.errorText)};
    if (adapter->capabilities().needsLogin) {
        auto token = adapter->parseLogin(response);
        return token ? Status() : Status(Error {token.error()});
    }
    const auto body = AdapterUtil::object(response.body);
    const QString message = body ? (body->value(QStringLiteral("message")).toString().isEmpty()
                                    ? body->value(QStringLiteral("error"))
                                          .toObject()
                                          .value(QStringLiteral("message"))
                                          .toString()
                                    : body->value(QStringLiteral("message")).toString())
                                 : QString();
    if (response.httpStatus == 401 || response.httpStatus == 403
        || (body && body->contains(QStringLiteral("errorCode"))))
        return Error {
            QCoreApplication::translate("ConnectionTester", "%1 refused the credentials: %2")
                .arg(connection.name,
                    message.isEmpty() ? QCoreApplication::translate("ConnectionTester", "HTTP %1")
                                            .arg(response.httpStatus)
                                      : message)};
    if (response.httpStatus >= 500)
        return Error {QCoreApplication::translate("ConnectionTester", "%1 answered HTTP %2: %3")
                          .arg(connection.name)
                          .arg(response.httpStatus)
                          .arg(message)};
    return {};
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
