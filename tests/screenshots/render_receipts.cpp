// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the windows of receipts and customers (issue 13) to PNG files, on three open
// invoices of one customer with some credit, in the environment's language:
//   render_receipts OUTPUT_DIR
// Run with QT_QPA_PLATFORM=offscreen (render.sh does).
#include "creditnotedialog.h"
#include "creditnotespanel.h"
#include "customerdialog.h"
#include "customerswindow.h"
#include "receiptbook.h"
#include "receivepaymentwindow.h"
#include "rendersupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** Three invoices of 115.50 USD for Analytical Engines Ltd, 20.00 USD of its credit. */
bool fill(Ledger &ledger)
{
    for (int i = 0; i < 3; ++i) {
        Invoice invoice = sampleInvoice(QStringLiteral("INV-%1").arg(1001 + i));
        invoice.date = QDate(2026, 3, 1 + 4 * i);
        invoice.dueDate = invoice.date.addDays(30);
        if (!ledger.createInvoice(invoice))
            return false;
    }
    Invoice other = sampleInvoice(QStringLiteral("INV-1010"));
    other.billing.company = QStringLiteral("Babbage & Sons");
    other.currency = currency("EUR");
    if (!ledger.createInvoice(other))
        return false;
    ReceiptBook book(ledger);
    ReceiptBook::Request request;
    request.customer = QStringLiteral("Analytical Engines Ltd");
    request.currency = currency("USD");
    request.date = QDate(2026, 2, 20);
    request.amount = 2000;
    return book.receive(request).ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const auto folder = Screenshots::start(app, argc, argv, "render_receipts");
    if (!folder)
        return 2;
    const QDir &out = *folder;
    TestDb t;
    bool ok = fill(*t.ledger);
    {
        ReceivePaymentWindow window(*t.ledger);
        window.setCustomer(QStringLiteral("Analytical Engines Ltd"));
        window.findChild<QLineEdit *>(QStringLiteral("amount"))
            ->setText(Money::fromMinorUnits(20000, currency("USD")).toLocaleString(QLocale()));
        auto *method = window.findChild<QComboBox *>(QStringLiteral("method"));
        method->setCurrentIndex(method->findData(int(PaymentMethod::Cheque)));
        window.findChild<QLineEdit *>(QStringLiteral("chequeNumber"))
            ->setText(QStringLiteral("000777"));
        window.findChild<QLineEdit *>(QStringLiteral("chequeDrawer"))
            ->setText(QStringLiteral("First Bank"));
        window.findChild<QPushButton *>(QStringLiteral("applyOldestFirst"))->click();
        ok &= Screenshots::save(&window, out, "receive-payment");
    }
    {
        CustomersWindow window(*t.ledger);
        window.selectCustomer(QStringLiteral("Analytical Engines Ltd"));
        ok &= Screenshots::save(&window, out, "customers");
    }
    {
        // Issue 13 item 3: the Credit Note dialog and the credit notes as the list shows them.
        auto invoice = t.ledger->invoiceByNumber(QStringLiteral("INV-1001"));
        CreditNoteDialog dialog(*t.ledger, (*invoice)->id);
        dialog.amountEdit()->setText(
            Money::fromMinorUnits(1550, currency("USD")).toLocaleString(QLocale()));
        dialog.reasonEdit()->setText(QStringLiteral("Damaged in transit"));
        ok &= Screenshots::save(&dialog, out, "credit-note-dialog");
        dialog.accept();
        CreditNotesPanel panel;
        panel.resize(900, 200);
        panel.refresh(*t.ledger);
        ok &= Screenshots::save(&panel, out, "credit-notes");
    }
    ReceiptBook book(*t.ledger);
    auto customer = book.customers().byName(QStringLiteral("Analytical Engines Ltd"));
    CustomerDialog dialog(book, customer && customer->has_value() ? **customer : Customer());
    ok &= Screenshots::save(&dialog, out, "customer-dialog");
    return ok ? 0 : 1;
}
