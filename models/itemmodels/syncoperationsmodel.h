// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncqueueview.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace InvoiceDesk {

/**
 * The sync operations for the sync panel over the store's SyncQueueView, grouped as
 * sync-design.md 5.7 groups them. Read-only; reload() after the engine or a person changed them.
 */
class SyncOperationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Group { NeedsDecision, Rejected, WaitingForSignIn, Conflicts, Active, All };
    enum Column {
        Invoice,
        Operation,
        Connection,
        State,
        Attempts,
        NextTry,
        Message,
        Marker,
        ColumnCount
    };
    enum Role {
        OpIdRole = Qt::UserRole + 1,
        InvoiceIdRole,
        ErrorClassRole,
        ConnectionIssueRole, ///< bool: the row is a connection that cannot run, not an operation
    };

    explicit SyncOperationsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setGroup(Group group);
    Group group() const { return mGroup; }
    void reload();
    QString opId(int row) const;
    qint64 invoiceId(int row) const;
    /** Every attempt of an operation, request and response, as text for the panel. */
    QString attemptsText(const QString &opId) const;
    /**
     * How many rows each group holds now: operations, and in WaitingForSignIn also one row
     * per connection that cannot run (paused_reason, issue 10).
     */
    int count(Group group) const;
    /** Whether a row is a connection that cannot run (no operation to act on). */
    bool isConnectionIssue(int row) const;
    /** What a person does about a connection that cannot run. */
    static QString connectionAdvice();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString opId;
        qint64 invoiceId = 0;
        QString invoice;
        QString kind;
        QString connection;
        QString state;
        int attempts = 0;
        QString nextTry;
        QString message;
        QString marker;
        QString errorClass;
        bool connectionIssue = false;
    };
    void appendConnectionIssues();
    int connectionIssueCount() const;
    static SyncQueueGroup queueGroup(Group group);

    QSqlDatabase mDb;
    SyncQueueView mQueue;
    Group mGroup = Active;
    QList<Row> mRows;
};

} // namespace InvoiceDesk
