// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncoperationsmodel.h"
#include "connectionrepository.h"
#include "invoicelistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace InvoiceDesk {

SyncOperationsModel::SyncOperationsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , mDb(db)
    , mQueue(std::move(db))
{
    reload();
}

SyncQueueGroup SyncOperationsModel::queueGroup(Group group)
{
    switch (group) {
    case NeedsDecision:
        return SyncQueueGroup::NeedsDecision;
    case Rejected:
        return SyncQueueGroup::Rejected;
    case WaitingForSignIn:
        return SyncQueueGroup::WaitingForSignIn;
    case Conflicts:
        return SyncQueueGroup::Conflicts;
    case Active:
        return SyncQueueGroup::Active;
    case All:
        break;
    }
    return SyncQueueGroup::All;
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
    const auto entries = mQueue.operations(queueGroup(mGroup));
    if (!entries)
        qWarning("sync operations: %s", qPrintable(entries.error()));
    for (const SyncQueueEntry &entry : entries ? *entries : QList<SyncQueueEntry>()) {
        Row r;
        r.opId = entry.opId;
        r.invoiceId = entry.invoiceId;
        r.invoice = entry.invoiceNumber;
        r.kind = entry.kind;
        r.connection = entry.connection;
        r.state = entry.state;
        r.attempts = entry.attempts;
        r.nextTry = entry.nextAttempt.isValid()
            ? QLocale().toString(entry.nextAttempt.toLocalTime(), QLocale::ShortFormat)
            : QString();
        r.message = entry.message;
        r.marker = entry.marker;
        r.errorClass = entry.errorClass;
        mRows.append(r);
    }
    endResetModel();
}

int SyncOperationsModel::count(Group group) const
{
    const auto operations = mQueue.count(queueGroup(group));
    return (operations ? *operations : 0)
        + (group == WaitingForSignIn ? connectionIssueCount() : 0);
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
    const auto attempts = mQueue.attempts(opId);
    if (!attempts)
        return attempts.error();
    QStringList parts;
    for (const SyncAttempt &attempt : *attempts) {
        QString text = tr("Attempt %1 (%2) at %3\n")
                           .arg(attempt.number)
                           .arg(attempt.outcomeClass, attempt.committedAt);
        text += attempt.method + QLatin1Char(' ') + attempt.url + QLatin1Char('\n')
            + attempt.headers;
        if (!attempt.body.isEmpty())
            text += QStringLiteral("\n\n") + QString::fromUtf8(attempt.body);
        text += QStringLiteral("\n\n→ ");
        if (attempt.httpStatus > 0)
            text += tr("HTTP %1").arg(attempt.httpStatus) + QStringLiteral("\n")
                + QString::fromUtf8(attempt.responseBody);
        else if (!attempt.transportError.isEmpty())
            text += attempt.transportError;
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
