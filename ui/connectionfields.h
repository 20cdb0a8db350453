// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace InvoiceDesk {

/** One field a kind of connection asks for: a setting, or the name of a secret. */
struct ConnectionFieldSpec
{
    const char *kind;
    const char *name; ///< settings key, or the secret's name for secrets
    const char *label; ///< translated in the "ConnectionsDialog" context
    bool secret;
};

/** The fields of every kind of connection, in the order the dialog shows them. */
QList<ConnectionFieldSpec> connectionFieldSpecs();
/** The kind of a connection as a person reads it ("iVvy (payments)"). */
QString connectionKindLabel(const QString &kind);

} // namespace InvoiceDesk
