// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncoperationsmodel.h"
#include "connectionrepository.h"
#include "invoicelistmodel.h"
#include "opstate.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace InvoiceDesk {

SyncOperationsModel::SyncOperationsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , mDb(std::move(db))
{
    reload();
}

QString SyncOperationsModel::condition(Group group)
{
    switch (group) {
    case NeedsDecision:
        return QStringLiteral("(o.state = 'in_doubt' OR (o.state = 'needs_attention' AND "
                              "o.last_error_class LIKE 'decide%'))");
    case Rejected:
        return QStringLiteral(
            "(o.state = 'needs_attention' AND o.last_error_class NOT LIKE 'decide%')");
    case WaitingForSignIn:
        // A connection that cannot run holds all its active operations, whatever their state.
        return QStringLiteral("(c.paused_reason <> '' AND ")
            + activeOpCondition(QStringLiteral("o")) + QStringLiteral(")");
    case Conflicts:
        return QStringLiteral("(o.state = 'conflict')");
    case Active:
        return QStringLiteral("(") + activeOpCondition(QStringLiteral("o")) + QStringLiteral(")");
    case All:
        return QStringLiteral("1");
    }
    return QStringLiteral("1");
}

void SyncOperationsModel::setGroup(Group group)
{
    mGroup = group;
    reload();
}

QString SyncOperationsModel::connectionAdvice()
{
    return tr("Fix it in Sync > Connections (Test checks it), then Sync Now (F9).");
}

void SyncOperationsModel::appendConnectionIssues()
{
    PreparedQueries queries(mDb);
    auto issues = ConnectionRepository(queries).needingAttention();
    if (!issues)
        return;
    for (const ConnectionIssue &issue : *issues) {
        Row r;
        r.kind = tr("sign-in");
        r.connection = issue.name;
        r.state = QStringLiteral("paused");
        r.message = issue.reason + QLatin1Char(' ') + connectionAdvice();
        r.connectionIssue = true;
        mRows.append(r);
    }
}

int SyncOperationsModel::connectionIssueCount() const
{
    PreparedQueries queries(mDb);
    auto issues = ConnectionRepository(queries).needingAttention();
    return issues ? int(issues->size()) : 0;
}

bool SyncOperationsModel::isConnectionIssue(int row) const
{
    return row >= 0 && row < mRows.size() && mRows.at(row).connectionIssue;
}

void SyncOperationsModel::reload()
{
    beginResetModel();
    mRows.clear();
    // A connection that cannot run is shown before its waiting operations, with what to do.
    if (mGroup == WaitingForSignIn)
        appendConnectionIssues();
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral(
            "SELECT o.op_id, coalesce(i.id, 0), coalesce(i.number, json_extract(o.payload, "
            "'$.number'), "
            "json_extract(o.payload, '$.invoiceNumber'), ''), o.kind, c.name, o.state, o.attempts, "
            "coalesce(o.next_attempt_at, ''), o.last_error_text, o.marker, o.last_error_class "
            "FROM outbox o JOIN connections c ON c.id = o.connection_id LEFT JOIN invoices i ON "
            "i.uuid = o.lane_key WHERE ")
        + condition(mGroup) + QStringLiteral(" ORDER BY o.seq LIMIT 5000"));
    while (q.next()) {
        Row r;
        r.opId = q.value(0).toString();
        r.invoiceId = q.value(1).toLongLong();
        r.invoice = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.connection = q.value(4).toString();
        r.state = q.value(5).toString();
        r.attempts = q.value(6).toInt();
        const QDateTime next = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        r.nextTry = next.isValid() ? QLocale().toString(next.toLocalTime(), QLocale::ShortFormat)
                                   : QString();
        r.message = q.value(8).toString();
        r.marker = q.value(9).toString();
        r.errorClass = q.value(10).toString();
        mRows.append(r);
    }
    endResetModel();
}

int SyncOperationsModel::count(Group group) const
{
    QSqlQuery q(mDb);
    q.exec(QStringLiteral("SELECT count(*) FROM outbox o WHERE ") + condition(group));
    const int operations = q.next() ? q.value(0).toInt() : 0;
    return operations + (group == WaitingForSignIn ? connectionIssueCount() : 0);
}

QString SyncOperationsModel::opId(int row) const
{
    return row >= 0 && row < mRows.size() ? mRows.at(row).opId : QString();
}

qint64 SyncOperationsModel::invoiceId(int row) const
{
    return row >= 0 && row < mRows.size() ? mRows.at(row).invoiceId : 0;
}

QString SyncOperationsModel::attemptsText(const QString &opId) const
{
    QSqlQuery q(mDb);
    q.prepare(
        QStringLiteral("SELECT attempt_no, outcome_class, intent_committed_at, request_method, "
                       "request_url, request_headers, "
                       "request_body, coalesce(http_status, 0), response_body, transport_error "
                       "FROM op_attempts WHERE op_id = ? ORDER BY attempt_no"));
    q.addBindValue(opId);
    q.exec();
    QStringList parts;
    while (q.next()) {
        QString text = tr("Attempt %1 (%2) at %3\n")
                           .arg(q.value(0).toInt())
                           .arg(q.value(1).toString(), q.value(2).toString());
        text += q.value(3).toString() + QLatin1Char(' ') + q.value(4).toString() + QLatin1Char('\n')
            + q.value(5).toString();
        if (!q.value(6).toByteArray().isEmpty())
            text += QStringLiteral("\n\n") + QString::fromUtf8(q.value(6).toByteArray());
        text += QStringLiteral("\n\n→ ");
        if (q.value(7).toInt() > 0)
            text += tr("HTTP %1").arg(q.value(7).toInt()) + QStringLiteral("\n")
                + QString::fromUtf8(q.value(8).toByteArray());
        else if (!q.value(9).toString().isEmpty())
            text += q.value(9).toString();
        else
            text += tr("(no answer recorded)");
        parts.append(text);
    }
    return parts.isEmpty() ? tr("Not sent yet.") : parts.join(QStringLiteral("\n\n────────\n\n"));
}

int SyncOperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int SyncOperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncOperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = mRows.at(index.row());
    switch (role) {
    case OpIdRole:
        return r.opId;
    case InvoiceIdRole:
        return r.invoiceId;
    case ErrorClassRole:
        return r.errorClass;
    case ConnectionIssueRole:
        return r.connectionIssue;
    case Qt::ToolTipRole:
        return r.message;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Invoice:
            return r.invoice;
        case Operation:
            return r.kind;
        case Connection:
            return r.connection;
        case State:
            return InvoiceListModel::syncStateLabel(
                r.state == QLatin1String("acked") ? QStringLiteral("synced") : r.state);
        case Attempts:
            return r.connectionIssue ? QVariant() : QVariant(r.attempts);
        case NextTry:
            return r.nextTry;
        case Message:
            return r.message;
        case Marker:
            return r.marker;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SyncOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Invoice:
        return tr("Invoice");
    case Operation:
        return tr("Operation");
    case Connection:
        return tr("Connection");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextTry:
        return tr("Next try");
    case Message:
        return tr("Message");
    case Marker:
        return tr("Marker");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk
