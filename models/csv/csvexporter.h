#pragma once

#include "../result.h"
#include "../invoicestatus.h"

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
    explicit CsvExporter(Ledger &ledger) : mLedger(ledger) {}

    Result<int> exportInvoices(QIODevice *device, const std::optional<InvoiceStatus> &status = std::nullopt);
    Result<int> exportPayments(QIODevice *device);

    /** Writes to a file through QSaveFile (all or nothing), or to stdout for "-". */
    Result<int> exportToPath(const QString &path, bool invoices);

private:
    Ledger &mLedger;
};

} // namespace InvoiceDesk
