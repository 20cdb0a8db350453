// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes invoices.csv and payments.csv for the import benchmark:
//   bench_import_generate DIR [INVOICES] [PAYMENTS] [PREFIX]
// PREFIX (default B) starts every invoice number, so a file can be imported into another.
// The files are in the canonical format, every row valid, deterministic.
#include "csvreader.h"
#include "invoicecsv.h"
#include "paymentcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace InvoiceDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_import_generate DIR [INVOICES] [PAYMENTS] [PREFIX]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const int invoiceCount = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int paymentCount = args.size() > 3 ? args.at(3).toInt() : 70000;
    const QString prefix = args.size() > 4 ? args.at(4) : QStringLiteral("B");
    QRandomGenerator random(42);
    const Currency usd = *Currency::fromCode(u"USD");
    const Currency eur = *Currency::fromCode(u"EUR");

    QFile invoicesFile(dir.filePath(QStringLiteral("invoices.csv")));
    QFile paymentsFile(dir.filePath(QStringLiteral("payments.csv")));
    if (!invoicesFile.open(QIODevice::WriteOnly) || !paymentsFile.open(QIODevice::WriteOnly))
        return 1;
    CsvWriter invoices(&invoicesFile);
    CsvWriter payments(&paymentsFile);
    invoices.writeRecord(InvoiceCsv::columns());
    payments.writeRecord(PaymentCsv::columns());

    int paymentsWritten = 0;
    for (int n = 0; n < invoiceCount; ++n) {
        Invoice invoice;
        invoice.number = QStringLiteral("%1-%2").arg(prefix).arg(n + 1, 7, 10, QLatin1Char('0'));
        invoice.currency = n % 5 == 0 ? eur : usd;
        invoice.date = QDate(2025, 1, 1).addDays(n % 365);
        invoice.dueDate = invoice.date.addDays(30);
        invoice.orderNumber = QStringLiteral("PO-%1").arg(n);
        invoice.description = QStringLiteral("Monthly services");
        invoice.billing.firstName = QStringLiteral("Alex");
        invoice.billing.lastName = QStringLiteral("Customer%1").arg(n % 5000);
        invoice.billing.company = QStringLiteral("Company %1 Ltd").arg(n % 5000);
        invoice.billing.email = QStringLiteral("billing%1@example.com").arg(n % 5000);
        invoice.billing.address1 = QStringLiteral("%1 High Street").arg(n % 300);
        invoice.billing.city = QStringLiteral("Springfield");
        invoice.billing.zip = QStringLiteral("%1").arg(10000 + n % 80000);
        invoice.billing.countryId = QStringLiteral("US");
        const int lines = 1 + int(random.bounded(5)); // 1..5, about 3 on average
        for (int l = 0; l < lines; ++l) {
            LineItem line;
            line.quantity = Quantity::fromThousandths(500 * (1 + random.bounded(8)));
            line.rate = 1000 + random.bounded(100000);
            line.productCode = QStringLiteral("SKU-%1").arg(random.bounded(500));
            line.description = QStringLiteral("Item %1").arg(l + 1);
            invoice.lines.append(line);
        }
        for (const QStringList &row : InvoiceCsv::toRows(invoice, InvoiceStatus::Pending))
            invoices.writeRecord(row);

        if (paymentsWritten < paymentCount
            && (n % 10 < 7 || invoiceCount - n <= paymentCount - paymentsWritten)) {
            Payment payment;
            payment.invoiceNumber = invoice.number;
            payment.date = invoice.date.addDays(10);
            const qint64 total = invoice.totals()->grandTotal;
            payment.amount = n % 3 == 0 ? total / 2 : total;
            payment.method = n % 2 == 0 ? PaymentMethod::Eft : PaymentMethod::Cash;
            if (payment.method == PaymentMethod::Eft)
                payment.eft = {payment.date, QStringLiteral("TRF-%1").arg(n)};
            else
                payment.reference = QStringLiteral("R-%1").arg(n);
            payments.writeRecord(PaymentCsv::toRow(payment, invoice.currency));
            ++paymentsWritten;
        }
    }
    std::printf("wrote %d invoices and %d payments to %s\n", invoiceCount, paymentsWritten,
        qPrintable(dir.path()));
    return 0;
}
