// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QHash>
#include <QSet>

namespace InvoiceDesk {

/**
 * The lines an account already has from statements in other formats, for a statement that may
 * cover the same days (issue 15, "nothing twice"): the same bank's OFX and CAMT exports of one
 * month carry different references and give the counterparty and text in different fields, so
 * neither key of a line finds the other. A line of the new statement is one of these when it has
 * the same booking date and amount and the words of one's text (counterparty, remittance,
 * references) are all among the other's. Each stored line stands for one new line at most, so
 * two identical fees of one day are two lines in both.
 */
class OtherFormatLines
{
public:
    explicit OtherFormatLines(const QList<StatementLine> &stored);

    /** Whether a stored line is `line`; that stored line then stands for no other. */
    bool take(const StatementLine &line);

    /** The words a line's texts have, folded (no case, no accents). */
    static QSet<QString> wordsOf(const StatementLine &line);

private:
    QHash<QString, QList<QSet<QString>>> mByDayAndAmount;
};

} // namespace InvoiceDesk
