// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCompleter;

namespace InvoiceDesk {

/**
 * Enter in the completer's list takes its first proposal when none is highlighted, as the guide
 * says ("type the customer; Enter takes the proposal"). Qt's completer otherwise closes the list
 * and keeps the letters typed, which name no customer. Call after the completer is set on its
 * line edit.
 */
void takeFirstProposalOnEnter(QCompleter *completer);

} // namespace InvoiceDesk
