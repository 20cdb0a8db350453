// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../invoicestatus.h"
#include "../result.h"

#include <QDate>

#include <optional>

class QIODevice;

namespace InvoiceDesk {

class Ledger;

/**
 * Writes invoices.csv and payments.csv exactly in the format the importer
 * reads, so export -> import -> export is byte-identical. Voided payments are
 * not exported: they are not part of the ledger's money.
 */
class CsvExporter
{
public:
    explicit CsvExporter(Ledger &ledger)
        : mLedger(ledger)
    {
    }

    /** Which records an export takes: all by default. */
    struct Filter
    {
        std::optional<InvoiceStatus> status; ///< invoices only
        QDate from; ///< invoice date, or payment date, inclusive
        QDate to;
    };

    Result<int> exportInvoices(QIODevice *device, const Filter &filter = {});
    Result<int> exportPayments(QIODevice *device, const Filter &filter = {});

    /** Writes to a file through QSaveFile (all or nothing), or to stdout for "-". */
    Result<int> exportToPath(const QString &path, bool invoices, const Filter &filter = {});

private:
    Ledger &mLedger;
};

} // namespace InvoiceDesk
