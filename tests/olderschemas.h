// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files as older releases wrote them, for the tests of the migrations that bring them up to date.
#pragma once

#include <QStringList>

namespace InvoiceDesk::Test {

/** The statements that take a file back to schema 17: the search index as migration 0012 made
 * it, with positions and column sizes (migration 0018 keeps only rowids), no reversal column on
 * bank lines (migration 0019) and no number sort key (migration 0020). */
inline QStringList backToSchema17()
{
    return {QStringLiteral("DROP TABLE invoices_search"),
        QStringLiteral("CREATE VIRTUAL TABLE invoices_search USING fts5(search_text, content = "
                       "'invoices', content_rowid = 'id', tokenize = 'trigram')"),
        QStringLiteral("INSERT INTO invoices_search(invoices_search) VALUES ('rebuild')"),
        QStringLiteral("ALTER TABLE bank_lines DROP COLUMN reversal"),
        QStringLiteral("DROP INDEX invoices_number_key"),
        QStringLiteral("ALTER TABLE invoices DROP COLUMN number_key"),
        QStringLiteral("PRAGMA user_version = 17")};
}

} // namespace InvoiceDesk::Test
