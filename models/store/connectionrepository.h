// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedqueries.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace InvoiceDesk {

/** A remote system the bookkeeper syncs with. Secrets are never stored here. */
struct Connection
{
    qint64 id = 0;
    QString name;
    QString kind; ///< "upgradechat", "ivvy", "crmcom" or "refrens"
    QUrl url;
    QJsonObject settings; ///< non-secret options, and the names of secret env variables
};

/** A connection that cannot run, and why, in the sync engine's plain words. */
struct ConnectionIssue
{
    qint64 id = 0;
    QString name;
    QString kind;
    QString reason; ///< connections.paused_reason, e.g. "Set the variable UC_TOKEN or ..."
};

/** A connection with what is waiting for it: the CLI's `connection list`. */
struct ConnectionActivity
{
    Connection connection;
    int activeOperations = 0; ///< operations not yet acknowledged, discarded or superseded
    QString pausedReason; ///< empty unless the connection cannot run
};

/** SQL for the connections table. */
class ConnectionRepository
{
public:
    explicit ConnectionRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    Status add(Connection &connection);
    Status update(const Connection &connection);
    /** Refused while invoices are assigned to it or operations for it are active. */
    Status remove(const QString &name);
    Result<std::optional<Connection>> findByName(const QString &name);
    Result<std::optional<Connection>> findById(qint64 id);
    Result<QList<Connection>> all();
    /** Every connection by name, with its active operations and why it is paused, if it is. */
    Result<QList<ConnectionActivity>> allWithActivity();
    /** Every connection with a non-empty paused_reason (issue 10), by name. */
    Result<QList<ConnectionIssue>> needingAttention();
    /** How many connections there are. */
    Result<int> count();

private:
    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
