// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyjob.h"
#include "syncsession.h"

#include "database.h"

#include <QCoreApplication>
#include <QThread>

namespace InvoiceDesk {

namespace {

/** The report of every connection, as one text, and whether all agree. */
std::pair<QString, bool> verifyAll(const QString &path)
{
    auto database = Database::openForThisThread(path);
    if (!database)
        return {database.error(), false};
    SystemClock clock;
    SyncSession session(*database.value(), clock, SyncPolicy());
    auto reports = session.verifier().verify();
    if (!reports)
        return {reports.error(), false};
    if (reports->isEmpty())
        return {
            QCoreApplication::translate("VerifyJob", "There are no connections to verify."), true};
    QStringList texts;
    bool clean = true;
    for (const VerifyReport &report : *reports) {
        texts.append(report.text());
        clean = clean && report.clean();
    }
    return {texts.join(QStringLiteral("\n\n")), clean};
}

} // namespace

VerifyJob::VerifyJob(QString databasePath, QObject *parent)
    : QObject(parent)
    , mPath(std::move(databasePath))
{
}

VerifyJob::~VerifyJob()
{
    if (mThread) {
        mThread->wait();
        delete mThread;
    }
}

void VerifyJob::start()
{
    mThread = QThread::create([this] {
        const auto outcome = verifyAll(mPath);
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome.first, outcome.second); },
            Qt::QueuedConnection);
    });
    mThread->setObjectName(QStringLiteral("verify"));
    mThread->start();
}

} // namespace InvoiceDesk
