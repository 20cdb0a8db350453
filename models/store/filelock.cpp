// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelock.h"
#include "platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace InvoiceDesk {

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    if (!resolved.isEmpty())
        return resolved;
    // A file yet to be created: its folder may still be reached through links.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

} // namespace

FileLock::FileLock(const QString &path)
    : mCanonical(canonical(path))
{
}

FileLock::~FileLock() = default;

FileLock::Failure FileLock::lock()
{
    mBeside = std::make_unique<QLockFile>(lockFilePath());
    return take(*mBeside, mCanonical);
}

FileLock::Failure FileLock::lockIdentity()
{
    const QString identity = Platform::fileIdentity(mCanonical);
    const QString folder = Platform::lockFolder();
    if (identity.isEmpty() || folder.isEmpty() || !QDir().mkpath(folder))
        return Failure::None;
    mIdentity = std::make_unique<QLockFile>(
        QDir(folder).filePath(QStringLiteral("invoicedesk-%1.lock").arg(identity)));
    return take(*mIdentity, mCanonical);
}

FileLock::Failure FileLock::take(QLockFile &lock, const QString &path)
{
    lock.setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    errno = 0;
    if (lock.tryLock(0))
        return Failure::None;
    const int osError = errno;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &application)) {
        mError = QCoreApplication::translate("Database",
            "%1 is already open in another InvoiceDesk process (pid %2 on %3); close it there "
            "first")
                     .arg(path)
                     .arg(pid)
                     .arg(host);
        return Failure::HeldElsewhere;
    }
    const QString lockPath = &lock == mIdentity.get() ? QString() : lockFilePath();
    QString reason;
    if (!lockPath.isEmpty() && QFileInfo(lockPath).isDir())
        reason = QCoreApplication::translate("Database", "a folder of that name is in the way");
    else if (osError != 0 && osError != EEXIST)
        reason = QString::fromLocal8Bit(std::strerror(osError));
    else
        reason = QCoreApplication::translate("Database", "it cannot be written or read");
    mError = QCoreApplication::translate("Database", "Cannot create the lock file %1: %2")
                 .arg(lockFilePath(), reason);
    return Failure::CannotCreate;
}

} // namespace InvoiceDesk
