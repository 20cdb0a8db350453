// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicelisting.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace InvoiceDesk {

/**
 * Counts the invoices a filter lets through in a thread of its own, on a read-only connection
 * of its own, so the invoice list never waits for a count that tests every invoice of a large
 * file (issue 16 item 4). One count runs at a time; while it runs, only the latest request
 * waits, and only the answer to the latest request is given.
 */
class InvoiceCounter : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceCounter(QString databasePath, QObject *parent = nullptr);
    /** Waits for a running count (it cannot be stopped half way). */
    ~InvoiceCounter() override;

    /** Counts `filter`'s invoices; any earlier request is forgotten. */
    void request(const InvoiceListFilter &filter);
    /** Forgets every request: nothing is answered until the next one. */
    void cancel();
    bool isRunning() const { return mThread != nullptr; }

Q_SIGNALS:
    /** The exact count for the latest request. */
    void counted(int invoices);

private:
    void startNext();

    QString mPath;
    QThread *mThread = nullptr;
    std::optional<InvoiceListFilter> mPending;
    quint64 mGeneration = 0;
    std::atomic_int mResult {-1};
};

} // namespace InvoiceDesk
