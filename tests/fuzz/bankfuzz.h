// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every statement reader must give for any input (issue 15): no crash, no hang, and a
// result the importer can rely on; a violated promise aborts with the input libFuzzer keeps.
#pragma once

#include "statement.h"

#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace InvoiceDesk::Fuzz {

inline void fail(const char *what)
{
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
}

/**
 * A parse without issues has statements, each with a currency, and lines with a booking date
 * and a place in the file; the keys that keep lines from being added twice can be made for it.
 */
inline void checkParse(const StatementParse &parse)
{
    if (!parse.ok()) {
        for (const ImportIssue &issue : parse.issues) {
            if (issue.reason.isEmpty())
                fail("an issue without a reason");
        }
        return;
    }
    if (parse.statements.isEmpty())
        fail("no issue and no statement");
    for (const Statement &statement : parse.statements) {
        if (!statement.currency.isValid() && !statement.lines.isEmpty())
            fail("lines without a currency");
        for (const StatementLine &line : statement.lines) {
            if (!line.bookingDate.isValid())
                fail("a line without a booking date");
            if (line.sourceLine < 1)
                fail("a line without its place in the file");
        }
        const QStringList fingerprints = LineKeys::fingerprintKeys(statement.lines);
        const QStringList references = LineKeys::referenceKeys(statement.lines);
        if (fingerprints.size() != statement.lines.size()
            || references.size() != statement.lines.size())
            fail("a key missing");
        if (QSet<QString>(fingerprints.cbegin(), fingerprints.cend()).size() != fingerprints.size())
            fail("two lines of one statement with the same fingerprint key");
        (void)statement.lineTotal();
    }
}

} // namespace InvoiceDesk::Fuzz
