// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 3 (credit notes) and issue 10 item 7 (cancelling an invoice that holds money).
#include "receiptbook.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** Credit notes reduce what an invoice owes or become credit; cancelling settles the money. */
class TestCreditNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creditNotesReduceWhatIsOwed();
    void beyondWhatIsOwedBecomesCredit();
    void paidAndCreditedPastTheTotalOwesNothing();
    void customerCreditNote();
    void grossIsSplitOverTaxRates();
    void untaxedShippingIsCreditedWithoutTax();
    void refusalsWriteNothing();
    void neverMoreCreditThanTheInvoiceHasLeft();
    void paidInvoiceLinesAreLocked();
    void cancellingAskWhereTheMoneyGoes();
    void cancelKeepingTheMoneyAsCredit();
    void refundAndCredit();
    void refundAndOwedAgain();
    void reopenWhileNothingWasCredited();

private:
    static CreditNote gross(const QString &invoice, qint64 amount, const TestDb &t);
    static QString outstanding(TestDb &t, const QString &number);
};

CreditNote TestCreditNotes::gross(const QString &invoice, qint64 amount, const TestDb &t)
{
    CreditNote note;
    note.invoiceNumber = invoice;
    note.reason = str("Damaged goods");
    note.date = QDate(2026, 3, 20);
    auto loaded = t.ledger->invoiceByNumber(invoice);
    note.lines = *creditLinesForGross(amount, **loaded, note.reason);
    return note;
}

QString TestCreditNotes::outstanding(TestDb &t, const QString &number)
{
    InvoiceListFilter filter;
    filter.text = number;
    auto rows = t.ledger->invoiceListing().rows(filter);
    if (!rows || rows->size() != 1)
        return {};
    return QString::number(rows->first().outstanding()) + QLatin1Char('|')
        + statusName(rows->first().status);
}

void TestCreditNotes::creditNotesReduceWhatIsOwed()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    auto first = t.ledger->issueCreditNote(gross(str("INV-1"), 1550, t));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->number, str("CN-0001"));
    QCOMPARE(first->applied, 1550);
    QCOMPARE(outstanding(t, str("INV-1")), str("10000|Pending"));
    auto second = t.ledger->issueCreditNote(gross(str("INV-1"), 10000, t));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->number, str("CN-0002"));
    QCOMPARE(outstanding(t, str("INV-1")), str("0|Refunded"));
    QCOMPARE(t.rows("SELECT n.number, i.number, n.grand_total, n.applied, n.reason, n.currency "
                    "FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id ORDER BY n.id"),
        QStringList({str("CN-0001|INV-1|1550|1550|Damaged goods|USD"),
            str("CN-0002|INV-1|10000|10000|Damaged goods|USD")}));
    QCOMPARE(t.rows("SELECT entity_type, action, json_extract(details, '$.grandTotal') "
                    "FROM audit_log WHERE entity_type = 'credit_note' ORDER BY id"),
        QStringList({str("credit_note|issued|15.50"), str("credit_note|issued|100.00")}));
    // Nothing is owed: a payment is refused, so the payment window has nothing to take.
    auto payment = t.ledger->recordPayment(samplePayment(str("INV-1"), 1));
    QCOMPARE(payment.error(),
        str("amount: 0.01 USD would overpay invoice INV-1, which has 0.00 outstanding"));
    ReceiptBook book(*t.ledger);
    QVERIFY(book.receipts().credits()->isEmpty());
}

/** A tester's find: paid 0.01, then credited in full, a payment was refused for "-0.01". */
void TestCreditNotes::paidAndCreditedPastTheTotalOwesNothing()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 1)).ok());
    auto note = t.ledger->issueCreditNote(gross(str("INV-1"), 11550, t));
    QVERIFY2(note.ok(), qPrintable(note.error()));
    QCOMPARE(note->applied, 11549);
    auto payment = t.ledger->recordPayment(samplePayment(str("INV-1"), 2));
    QCOMPARE(payment.error(),
        str("amount: 0.02 USD would overpay invoice INV-1, which has 0.00 outstanding"));
}

void TestCreditNotes::beyondWhatIsOwedBecomesCredit()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 10000)).ok());
    auto note = t.ledger->issueCreditNote(gross(str("INV-1"), 2000, t));
    QVERIFY2(note.ok(), qPrintable(note.error()));
    QCOMPARE(note->applied, 1550);
    QCOMPARE(outstanding(t, str("INV-1")), str("0|Paid"));
    ReceiptBook book(*t.ledger);
    QCOMPARE(*book.receipts().credits(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 450}}));
}

void TestCreditNotes::customerCreditNote()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    CreditNote note;
    note.customerName = str("analytical engines ltd");
    note.currency = currency("USD");
    note.reason = str("Goodwill");
    note.date = QDate(2026, 4, 1);
    note.lines = {{str("Goodwill"), Quantity::fromWhole(1), 3000, std::nullopt, 0}};
    auto issued = t.ledger->issueCreditNote(note);
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(issued->customerName, str("Analytical Engines Ltd"));
    QCOMPARE(t.rows("SELECT number, invoice_id IS NULL, grand_total, applied, issue_date "
                    "FROM credit_notes"),
        QStringList({str("CN-0001|1|3000|0|2026-04-01")}));
    ReceiptBook book(*t.ledger);
    QCOMPARE(*book.receipts().credits(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 3000}}));
    // The credit pays an invoice later, like a receipt's.
    auto applied = book.applyCredit(str("Analytical Engines Ltd"), str("INV-1"), 3000);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(outstanding(t, str("INV-1")), str("8550|Pending"));
    QVERIFY(book.receipts().credits()->isEmpty());
}

void TestCreditNotes::grossIsSplitOverTaxRates()
{
    TestDb t;
    Invoice invoice = sampleInvoice();
    invoice.lines[0].taxRate = Percentage::fromScaled(190000); // 100.00 at 19 %
    invoice.lines[1].quantity = Quantity::fromWhole(5);
    invoice.lines[1].rate = 1000;
    invoice.lines[1].taxRate = Percentage::fromScaled(70000); // 50.00 at 7 %
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    auto note = t.ledger->issueCreditNote(gross(str("INV-1"), 10000, t));
    QVERIFY2(note.ok(), qPrintable(note.error()));
    // 100.00 over 119.00 and 53.50: 68.99 and 31.01; net at 19 % 57.97, at 7 % 28.98.
    QCOMPARE(t.rows("SELECT position, quantity_milli, rate, tax_rate_e4, total, tax "
                    "FROM credit_note_lines ORDER BY position"),
        QStringList({str("0|1000|5797|190000|5797|1102"), str("1|1000|2898|70000|2898|203")}));
    QCOMPARE(t.rows("SELECT subtotal, tax_total, grand_total FROM credit_notes"),
        QStringList({str("8695|1305|10000")}));
}

void TestCreditNotes::untaxedShippingIsCreditedWithoutTax()
{
    TestDb t;
    Invoice invoice = sampleInvoice();
    invoice.lines[0].taxRate = Percentage::fromScaled(190000); // 100.00 + 19.00
    invoice.lines[1].quantity = Quantity::fromWhole(5);
    invoice.lines[1].rate = 1000;
    invoice.lines[1].taxRate = Percentage::fromScaled(70000); // 50.00 + 3.50
    invoice.shippingTotal = 700;
    invoice.discountTotal = 200; // 2.00 off the 7.00 of shipping: 5.00 untaxed
    auto created = t.ledger->createInvoice(invoice);
    QVERIFY(created.ok());
    QCOMPARE(t.rows("SELECT grand_total FROM invoices"), QStringList {str("17750")});
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 1000)).ok());
    CancelSettlement keep;
    keep.money = CancelSettlement::Money::KeepAsCredit;
    keep.date = QDate(2026, 3, 25);
    QVERIFY(t.ledger->cancelInvoice(created->id, keep).ok());
    // Each rate's net and tax exactly as charged, the shipping less the discount untaxed.
    QCOMPARE(t.rows("SELECT position, rate, tax_rate_e4, tax FROM credit_note_lines "
                    "ORDER BY position"),
        QStringList({str("0|10000|190000|1900"), str("1|5000|70000|350"), str("2|500||0")}));
    QCOMPARE(t.rows("SELECT subtotal, tax_total, grand_total, applied FROM credit_notes"),
        QStringList({str("15500|2250|17750|16750")}));
}

void TestCreditNotes::refusalsWriteNothing()
{
    TestDb t;
    Invoice draft = sampleInvoice(str("INV-2"));
    draft.lifecycle = InvoiceLifecycle::Draft;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    QVERIFY(t.ledger->createInvoice(draft).ok());
    CreditNote note = gross(str("INV-1"), 100, t);
    note.reason = str("  ");
    QCOMPARE(t.ledger->issueCreditNote(note).error(), str("reason: a credit note needs a reason"));
    note = gross(str("INV-2"), 100, t);
    QCOMPARE(t.ledger->issueCreditNote(note).error(),
        str("invoiceNumber: invoice INV-2 is a draft: change its lines instead"));
    note.invoiceNumber = str("NOPE");
    QCOMPARE(t.ledger->issueCreditNote(note).error(),
        str("invoiceNumber: there is no invoice numbered \"NOPE\""));
    note.invoiceNumber.clear();
    note.customerName = str("Nobody");
    QCOMPARE(t.ledger->issueCreditNote(note).error(),
        str("customer: there is no customer named \"Nobody\"; "
            "currency: a credit note needs a currency"));
    QVERIFY(t.ledger->issueCreditNote(gross(str("INV-1"), 100, t)).ok());
    note = gross(str("INV-1"), 100, t);
    note.number = str("cn-0001");
    QCOMPARE(t.ledger->issueCreditNote(note).error(),
        str("number: credit note number cn-0001 is already used"));
    QCOMPARE(t.scalar("SELECT count(*) FROM credit_notes").toInt(), 1);
}

void TestCreditNotes::neverMoreCreditThanTheInvoiceHasLeft()
{
    // A note beyond what the invoice has left to credit would make customer credit out of
    // nothing: the 115.50 invoice, unpaid, can be credited 115.50 in all, no more.
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    QCOMPARE(t.ledger->issueCreditNote(gross(str("INV-1"), 11551, t)).error(),
        str("grandTotal: the credit note's total 115.51 is more than the 115.50 of invoice INV-1 "
            "not credited yet"));
    QVERIFY(t.ledger->issueCreditNote(gross(str("INV-1"), 1550, t)).ok());
    QCOMPARE(t.ledger->issueCreditNote(gross(str("INV-1"), 10001, t)).error(),
        str("grandTotal: the credit note's total 100.01 is more than the 100.00 of invoice INV-1 "
            "not credited yet"));
    QVERIFY(t.ledger->issueCreditNote(gross(str("INV-1"), 10000, t)).ok());
    QCOMPARE(t.ledger->issueCreditNote(gross(str("INV-1"), 100, t)).error(),
        str("grandTotal: invoice INV-1 is credited in full already: there is nothing left to "
            "credit"));
    // A cancelled invoice owes nothing and its money was settled when it was cancelled.
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-2"))).ok());
    const qint64 second = (*t.ledger->invoiceByNumber(str("INV-2")))->id;
    QVERIFY(t.ledger->cancelInvoice(second));
    QCOMPARE(t.ledger->issueCreditNote(gross(str("INV-2"), 1000, t)).error(),
        str("invoiceNumber: invoice INV-2 is cancelled: it owes nothing and its payments were "
            "settled when it was cancelled, so there is nothing left to credit"));
    QCOMPARE(t.scalar("SELECT count(*) FROM credit_notes").toInt(), 2);
    ReceiptBook book(*t.ledger);
    QVERIFY(book.receipts().credits()->isEmpty()); // no customer credit from nothing
    QVERIFY(t.ledger->reopenInvoice(second)); // nothing credited it
}

void TestCreditNotes::paidInvoiceLinesAreLocked()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 1000)).ok());
    Invoice changed = *created;
    changed.lines[0].rate = 6000;
    QCOMPARE(t.ledger->updateInvoice(changed).error(),
        str("line.rate: invoice INV-1 has payments or credit notes: correct it with a credit "
            "note, not by changing its lines"));
    changed = *created;
    changed.note = str("call before delivery");
    QVERIFY(t.ledger->updateInvoice(changed).ok());
}

void TestCreditNotes::cancellingAskWhereTheMoneyGoes()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 4000)).ok());
    QCOMPARE(t.ledger->cancelInvoice(created->id).error(),
        str("invoice INV-1 holds 40.00 USD of payments: refund the money or keep it as the "
            "customer's credit"));
    QCOMPARE(
        t.rows("SELECT lifecycle, status FROM invoices"), QStringList({str("issued|Pending")}));
}

void TestCreditNotes::cancelKeepingTheMoneyAsCredit()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 4000)).ok());
    CancelSettlement keep;
    keep.money = CancelSettlement::Money::KeepAsCredit;
    keep.date = QDate(2026, 3, 25);
    QVERIFY(t.ledger->cancelInvoice(created->id, keep).ok());
    QCOMPARE(outstanding(t, str("INV-1")), str("0|Cancelled"));
    QCOMPARE(t.rows("SELECT number, grand_total, applied, reason FROM credit_notes"),
        QStringList({str("CN-0001|11550|7550|Invoice INV-1 cancelled")}));
    ReceiptBook book(*t.ledger);
    QCOMPARE(*book.receipts().credits(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 4000}}));
    QCOMPARE(t.ledger->reopenInvoice(created->id).error(),
        str("invoice INV-1 was credited by a credit note and cannot be reopened"));
    QCOMPARE(t.rows("SELECT action FROM audit_log WHERE entity_type = 'invoice' ORDER BY id"),
        QStringList({str("created"), str("cancelled")}));
}

void TestCreditNotes::refundAndCredit()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 11550)).ok());
    CancelSettlement refund;
    refund.money = CancelSettlement::Money::Refund;
    refund.credited = true;
    refund.refund.method = PaymentMethod::Cash;
    refund.date = QDate(2026, 3, 25);
    QVERIFY(t.ledger->cancelInvoice(created->id, refund).ok());
    QCOMPARE(outstanding(t, str("INV-1")), str("0|Refunded"));
    QCOMPARE(t.rows("SELECT amount, method, paid_on FROM payments ORDER BY id"),
        QStringList({str("11550|cash|2026-03-10"), str("-11550|cash|2026-03-25")}));
    QCOMPARE(
        t.rows("SELECT grand_total, applied FROM credit_notes"), QStringList({str("11550|11550")}));
    ReceiptBook book(*t.ledger);
    QVERIFY(book.receipts().credits()->isEmpty());
    QVERIFY(!t.ledger->recordPayment(samplePayment(str("INV-1"), 100)).ok());
}

void TestCreditNotes::refundAndOwedAgain()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 11550)).ok());
    CancelSettlement refund;
    refund.money = CancelSettlement::Money::Refund;
    refund.credited = false;
    refund.refund.method = PaymentMethod::Cash;
    QVERIFY(t.ledger->cancelInvoice(created->id, refund).ok());
    QCOMPARE(outstanding(t, str("INV-1")), str("11550|Pending"));
    QCOMPARE(t.scalar("SELECT count(*) FROM credit_notes").toInt(), 0);
    InvoiceListFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2026, 4, 1);
    auto rows = t.ledger->invoiceListing().rows(overdue);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().outstanding(), 11550);
}

void TestCreditNotes::reopenWhileNothingWasCredited()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QCOMPARE(t.ledger->reopenInvoice(created->id).error(), str("invoice INV-1 is not cancelled"));
    QVERIFY(t.ledger->cancelInvoice(created->id).ok());
    QCOMPARE(outstanding(t, str("INV-1")), str("0|Cancelled"));
    QVERIFY(t.ledger->reopenInvoice(created->id).ok());
    QCOMPARE(outstanding(t, str("INV-1")), str("11550|Pending"));
    QCOMPARE(t.rows("SELECT action FROM audit_log WHERE entity_type = 'invoice' ORDER BY id"),
        QStringList({str("created"), str("cancelled"), str("reopened")}));
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 100)).ok());
}

QTEST_GUILESS_MAIN(TestCreditNotes)
#include "tst_creditnotes.moc"
