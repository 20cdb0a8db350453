// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyfileupdate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace InvoiceDesk {

namespace {

/** A file brought up to date in a few hundred milliseconds shows no dialog at all. */
constexpr int ShowAfterMs = 300;

/** Brings the file up to date on a thread of its own; the error, if it failed. */
QString bringUpToDate(const QString &path, QWidget *parent)
{
    QProgressDialog dialog(QCoreApplication::translate("CompanyFileUpdate",
                               "Bringing %1 up to date for this version of InvoiceDesk.\n"
                               "A copy of the file as it was is kept beside it.")
                               .arg(QFileInfo(path).fileName()),
        QString(), 0, 0, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("CompanyFileUpdate", "Updating Company File"));
    dialog.setWindowModality(Qt::ApplicationModal);
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&path, &error] {
        // Opened and closed in this thread: the connection and the lock are this thread's.
        auto updated = Database::open(path);
        if (!updated)
            error = updated.error();
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ShowAfterMs, &dialog, &QProgressDialog::show);
    worker->start();
    // Painting goes on; a click or a key would act on the windows while the file is half done.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return error;
}

} // namespace

Result<std::unique_ptr<Database>> openCompanyFile(const QString &path, QWidget *parent)
{
    if (Database::needsMigration(path)) {
        if (const QString error = bringUpToDate(path, parent); !error.isEmpty())
            return Error {error};
    }
    return Database::open(path);
}

} // namespace InvoiceDesk
