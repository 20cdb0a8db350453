// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLockFile>

#include <memory>

namespace InvoiceDesk {

/**
 * One process at a time per company file, keyed on the file's identity, not on the name it
 * was opened by: a lock beside the file's canonical path (symbolic links resolved), and a
 * second one named after the file's device and inode (hard links) in the runtime folder.
 */
class FileLock
{
public:
    enum class Failure {
        None,
        HeldElsewhere, ///< another live process holds it: refuse
        CannotCreate, ///< the lock file cannot be written (a full disk, a read-only folder)
    };

    /** The lock for the file at `path` (which may not exist yet). */
    explicit FileLock(const QString &path);
    ~FileLock();

    /** Takes the lock by canonical path; on failure, error() says why. */
    Failure lock();
    /** Takes the identity lock, once the file exists; a no-op where there is no identity. */
    Failure lockIdentity();

    QString error() const { return mError; }
    /** Where the lock beside the file lives. */
    QString lockFilePath() const { return mCanonical + QStringLiteral(".lock"); }
    /** The path with symbolic links resolved (the file itself may not exist yet). */
    QString canonicalPath() const { return mCanonical; }

private:
    Failure take(QLockFile &lock, const QString &path);

    QString mCanonical;
    std::unique_ptr<QLockFile> mBeside;
    std::unique_ptr<QLockFile> mIdentity;
    QString mError;
};

} // namespace InvoiceDesk
