// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk {

/**
 * A store's message ("invoice INV-1 has payments…", written to follow "line 3: " in the command
 * line's output) as a message box says it: beginning with a capital.
 */
inline QString asSentence(QString message)
{
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    return message;
}

} // namespace InvoiceDesk
