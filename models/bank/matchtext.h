// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace InvoiceDesk {

/**
 * The text of a statement line as words, for finding a payment's reference, marker, cheque
 * number or invoice number in it. A needle is found when it equals a run of whole words with
 * the punctuation between them dropped, so "INV-1001" is found in "inv 1001" and "INV1001" but
 * not in "INV-10012"; a number is found without its leading zeros ("000123" in "CHQ 123").
 */
class MatchText
{
public:
    MatchText() = default;
    explicit MatchText(const QString &text);

    /** Upper-case letters and digits of the text, nothing else. */
    static QString compact(const QString &text);

    bool contains(const QString &needle) const;
    const QStringList &words() const { return mWords; }
    /** The runs of up to `maxWords` adjacent words, each joined without separators. */
    QStringList runs(int maxWords) const;

private:
    QStringList mWords;
};

/**
 * Whether a counterparty's name is like a customer's: accents, case and legal forms (GmbH,
 * Ltd, Inc, ...) aside, every word of the shorter name is in the other one.
 */
bool namesAlike(const QString &counterparty, const QString &customer);

} // namespace InvoiceDesk
