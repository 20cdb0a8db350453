// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicecounter.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QThread>

namespace InvoiceDesk {

namespace {

/** The count on a connection opened, used and closed in the calling thread; -1 on failure. */
int countOnOwnConnection(const QString &path, const InvoiceListFilter &filter)
{
    static QAtomicInteger<quint64> serial;
    const QString name = QStringLiteral("invoicedesk-count-%1").arg(serial.fetchAndAddRelaxed(1));
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            const auto counted = InvoiceListing(db).count(filter);
            if (counted)
                result = counted.value();
            else
                qWarning("invoice count: %s", qPrintable(counted.error()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

InvoiceCounter::InvoiceCounter(QString databasePath, QObject *parent)
    : QObject(parent)
    , mPath(std::move(databasePath))
{
}

InvoiceCounter::~InvoiceCounter()
{
    mPending.reset();
    if (mThread) {
        mThread->wait();
        delete mThread; // its finished() never reached us
    }
}

void InvoiceCounter::request(const InvoiceListFilter &filter)
{
    ++mGeneration;
    mPending = filter;
    if (!mThread)
        startNext();
}

void InvoiceCounter::cancel()
{
    ++mGeneration;
    mPending.reset();
}

void InvoiceCounter::startNext()
{
    if (!mPending)
        return;
    const InvoiceListFilter filter = *mPending;
    mPending.reset();
    const quint64 generation = mGeneration;
    mThread = QThread::create(
        [this, filter, path = mPath] { mResult = countOnOwnConnection(path, filter); });
    mThread->setObjectName(QStringLiteral("invoice count"));
    // QThread::finished arrives here, in the counter's thread, after the count is over.
    connect(mThread, &QThread::finished, this, [this, generation] {
        mThread->deleteLater();
        mThread = nullptr;
        const int result = mResult.exchange(-1);
        if (generation == mGeneration && result >= 0)
            Q_EMIT counted(result);
        startNext();
    });
    mThread->start(QThread::LowPriority);
}

} // namespace InvoiceDesk
