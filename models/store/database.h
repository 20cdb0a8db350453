// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace InvoiceDesk {

class FileLock;
class IntegrityGate;

/**
 * The one SQLite file of a company: opened with the PRAGMAs money needs
 * (WAL, synchronous=FULL, foreign keys), migrated forward on open, and locked
 * against a second process. Refuses, untouched, a file that is not ours or is
 * newer than this program.
 */
class Database
{
public:
    /** "IDSK": marks the file as an InvoiceDesk database (PRAGMA application_id). */
    static constexpr int ApplicationId = 0x4944534B;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    struct OpenOptions
    {
        /** Nothing is written, not even a schema or a lock beside the file when the disk is full.
         */
        bool readOnly = false;
        /** A missing file becomes a new, empty company file (never an existing empty file). */
        bool mayCreate = true;
        /**
         * A file of an older schema is brought up to date; without, it is refused as read-only
         * opens refuse it (a dry run writes nothing, not even a migration).
         */
        bool mayMigrate = true;
    };

    /** Opens (creating if missing) and migrates the database at `path`. */
    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenOptions options);

    /**
     * Another connection to a database this process already has open (and locked),
     * for a worker thread: call it from that thread, which then owns the connection.
     */
    static Result<std::unique_ptr<Database>> openForThisThread(const QString &path);

    /** The schema version this program writes. */
    static int latestSchemaVersion();

    /**
     * Whether open() would first bring the file at `path` up to date: an InvoiceDesk file of an
     * older schema, with data. Its backup and migrations take seconds on a large file, so a
     * window may open it on a thread of its own while it says so. Reads without writing a byte;
     * false for a missing, new, current or foreign file (open() says what is wrong with it).
     */
    static bool needsMigration(const QString &path);

    QSqlDatabase connection() const { return QSqlDatabase::database(mConnectionName, false); }
    QString path() const { return mPath; }
    int schemaVersion() const { return mSchemaVersion; }
    /** The copy taken before this open migrated the file; empty when none was needed. */
    QString migrationBackupPath() const { return mMigrationBackupPath; }

    bool isReadOnly() const { return mReadOnly; }

    /**
     * How many transactions this connection has committed since it opened, the migrations of
     * a new file included (a rolled-back one does not count): a command compares it before and
     * after to know whether it wrote anything.
     */
    qint64 commits() const { return mCommits; }

    /**
     * Holds every write on this connection until the integrity check reported to the gate
     * (integrityGate()) passes: a writer waits for it, and after a failed check every write is
     * refused with the finding. The desktop app checks in the background this way.
     * `startChecking`, when given, is called before a writer waits (on the writer's thread):
     * a write that comes before the check was started would otherwise wait for ever.
     */
    void holdWritesUntilChecked(std::function<void()> startChecking = {});
    std::shared_ptr<IntegrityGate> integrityGate() const { return mGate; }

    /**
     * SQLite's quick_check, then the schema: every table, index and trigger this program's
     * migrations create must be there. Not run by open() (it reads the whole file): the CLI
     * runs it before any command, the desktop app in the background after the first page,
     * holding writes until it passes, and the sync engine never starts without it.
     */
    Status checkIntegrity() const;

    /**
     * A consistent copy of the live database at `target` (which must not exist), made with
     * SQLite's online backup API while the file stays in use.
     */
    Status backupTo(const QString &target) const;

    /**
     * Replaces the live data with a backup (checked first: ours, and not newer than this
     * program), after keeping a copy of the current data beside the file; an older backup
     * is migrated forward. Returns where the copy of the replaced data went.
     */
    Result<QString> restoreFrom(const QString &backup);

    /** Where the process lock for a database file lives. */
    static QString lockFilePath(const QString &databasePath);

private:
    Database(QString path, std::unique_ptr<FileLock> lock);
    Status inspectExisting();
    Status openConnection();
    Status openReadOnlyConnection();
    Status migrate();
    Status checkSchema() const;
    Status releaseWritesWhenChecked(const std::function<void()> &startChecking);

    QString mPath;
    QString mConnectionName;
    std::unique_ptr<FileLock> mLock;
    bool mReadOnly = false;
    std::shared_ptr<IntegrityGate> mGate;
    bool mQueryOnly = false;
    int mSchemaVersion = 0;
    qint64 mCommits = 0;
    bool mHadData = false;
    QString mMigrationBackupPath;
};

} // namespace InvoiceDesk
