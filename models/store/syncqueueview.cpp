// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncqueueview.h"
#include "opstate.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** Which outbox rows `o` (with their connection `c`) belong to the group. */
QString condition(SyncQueueGroup group)
{
    switch (group) {
    case SyncQueueGroup::NeedsDecision:
        return QStringLiteral("(o.state = 'in_doubt' OR (o.state = 'needs_attention' AND "
                              "o.last_error_class LIKE 'decide%'))");
    case SyncQueueGroup::Rejected:
        return QStringLiteral(
            "(o.state = 'needs_attention' AND o.last_error_class NOT LIKE 'decide%')");
    case SyncQueueGroup::WaitingForSignIn:
        // A connection that cannot run holds all its active operations, whatever their state.
        return QStringLiteral("(c.paused_reason <> '' AND ")
            + activeOpCondition(QStringLiteral("o")) + QStringLiteral(")");
    case SyncQueueGroup::Conflicts:
        return QStringLiteral("(o.state = 'conflict')");
    case SyncQueueGroup::Active:
        return QStringLiteral("(") + activeOpCondition(QStringLiteral("o")) + QStringLiteral(")");
    case SyncQueueGroup::All:
        break;
    }
    return QStringLiteral("1");
}

SyncQueueEntry entryFrom(const Sql::Row &row)
{
    SyncQueueEntry entry;
    entry.opId = row.text("op_id");
    entry.invoiceId = row.integer("invoice_id");
    entry.invoiceNumber = row.text("invoice_number");
    entry.kind = row.text("kind");
    entry.connection = row.text("connection");
    entry.state = row.text("state");
    entry.attempts = int(row.integer("attempts"));
    entry.nextAttempt = QDateTime::fromString(row.text("next_attempt_at"), Qt::ISODateWithMs);
    entry.message = row.text("last_error_text");
    entry.marker = row.text("marker");
    entry.errorClass = row.text("last_error_class");
    return entry;
}

SyncAttempt attemptFrom(const Sql::Row &row)
{
    SyncAttempt attempt;
    attempt.number = int(row.integer("attempt_no"));
    attempt.outcomeClass = row.text("outcome_class");
    attempt.committedAt = row.text("intent_committed_at");
    attempt.method = row.text("request_method");
    attempt.url = row.text("request_url");
    attempt.headers = row.text("request_headers");
    attempt.body = row.value("request_body").toByteArray();
    attempt.httpStatus = int(row.integer("http_status"));
    attempt.responseBody = row.value("response_body").toByteArray();
    attempt.transportError = row.text("transport_error");
    return attempt;
}

QString readingTheQueue()
{
    return QCoreApplication::translate("Database", "Reading the sync queue");
}

} // namespace

Result<QList<SyncQueueEntry>> SyncQueueView::operations(SyncQueueGroup group, int limit) const
{
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    // The invoice number comes from the invoice, or from the operation when the invoice is gone.
    if (!q.prepare(QStringLiteral(
                       "SELECT o.op_id, coalesce(i.id, 0) AS invoice_id, coalesce(i.number, "
                       "json_extract(o.payload, '$.number'), json_extract(o.payload, "
                       "'$.invoiceNumber'), '') AS invoice_number, o.kind, c.name AS connection, "
                       "o.state, o.attempts, o.next_attempt_at, o.last_error_text, o.marker, "
                       "o.last_error_class FROM outbox o JOIN connections c ON "
                       "c.id = o.connection_id LEFT JOIN invoices i ON i.uuid = o.lane_key WHERE ")
            + condition(group) + QStringLiteral(" ORDER BY o.seq LIMIT :limit")))
        return Sql::error(q, readingTheQueue());
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return Sql::error(q, readingTheQueue());
    QList<SyncQueueEntry> entries;
    const Sql::Row row(q);
    while (q.next())
        entries.append(entryFrom(row));
    return entries;
}

Result<int> SyncQueueView::count(SyncQueueGroup group) const
{
    QSqlQuery q(mDb);
    // The group of connections that cannot run needs the connection's paused_reason.
    if (!q.exec(QStringLiteral("SELECT count(*) AS operations FROM outbox o JOIN connections c ON "
                               "c.id = o.connection_id WHERE ")
            + condition(group))
        || !q.next())
        return Sql::error(q, readingTheQueue());
    return int(Sql::Row(q).integer("operations"));
}

Result<QList<SyncAttempt>> SyncQueueView::attempts(const QString &opId) const
{
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT attempt_no, outcome_class, intent_committed_at, "
                                  "request_method, request_url, request_headers, request_body, "
                                  "coalesce(http_status, 0) AS http_status, response_body, "
                                  "transport_error FROM op_attempts WHERE op_id = :op "
                                  "ORDER BY attempt_no")))
        return Sql::error(q, readingTheQueue());
    q.bindValue(QStringLiteral(":op"), opId);
    if (!q.exec())
        return Sql::error(q, readingTheQueue());
    QList<SyncAttempt> attempts;
    const Sql::Row row(q);
    while (q.next())
        attempts.append(attemptFrom(row));
    return attempts;
}

} // namespace InvoiceDesk
