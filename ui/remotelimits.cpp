// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotelimits.h"

#include "adapterfactory.h"
#include "ledger.h"

#include <QCoreApplication>

namespace InvoiceDesk {

QString remoteLimitNote(Ledger &ledger, const QString &connectionName, RemoteOperation operation,
    const QString &subject)
{
    if (connectionName.isEmpty())
        return {};
    auto connection = ledger.connections().findByName(connectionName);
    const auto adapter
        = connection && connection->has_value() ? createAdapter((*connection)->kind) : nullptr;
    if (!adapter || adapter->capabilities().takes(operation))
        return {};
    const Capabilities capabilities = adapter->capabilities();
    const QString refusal = operation == RemoteOperation::DeleteInvoice
        ? deletionRefusal(capabilities, subject)
        : reversalRefusal(capabilities, subject);
    // Said before the change, since the sync engine can only say it afterwards.
    return QCoreApplication::translate("RemoteLimits", "If it has already reached %1: %2.")
        .arg(connectionName, refusal);
}

QString remoteInvoiceNote(Ledger &ledger, qint64 invoiceId)
{
    auto invoice = ledger.invoice(invoiceId);
    if (!invoice || !invoice->has_value() || (*invoice)->connectionName.isEmpty())
        return {};
    auto connection = ledger.connections().findByName((*invoice)->connectionName);
    const auto adapter
        = connection && connection->has_value() ? createAdapter((*connection)->kind) : nullptr;
    if (!adapter)
        return {};
    return invoiceNote(adapter->capabilities(), **invoice).value_or(QString());
}

QList<KeptHere> keptHere(Ledger &ledger)
{
    QList<KeptHere> kept;
    auto notes = ledger.creditNotes().list();
    if (!notes)
        return kept;
    for (const CreditNote &note : *notes) {
        if (note.invoiceId == 0)
            continue;
        auto invoice = ledger.invoices().header(note.invoiceId);
        if (!invoice || !invoice->has_value() || !(*invoice)->connectionId)
            continue;
        auto connection = ledger.connections().findById(*(*invoice)->connectionId);
        const auto adapter
            = connection && connection->has_value() ? createAdapter((*connection)->kind) : nullptr;
        if (!adapter || adapter->capabilities().takes(RemoteOperation::CreditNote))
            continue;
        kept.append({QCoreApplication::translate("RemoteLimits", "Credit note %1").arg(note.number),
            note.invoiceNumber, (*connection)->name,
            creditNoteRefusal(adapter->capabilities(), note.number)});
    }
    return kept;
}

} // namespace InvoiceDesk
