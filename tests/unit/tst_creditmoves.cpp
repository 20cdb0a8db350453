// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The credit a credit note left stands on the money its invoice holds: a payment voided takes it
// back onto the invoice, a refund pays it out, a refund voided gives it back; where that credit
// has paid other invoices the change is refused. No customer keeps credit from money that never
// arrived or was paid back (a tester's find: a receipt voided after its invoice was cancelled
// keeping the money as credit left the credit standing).
#include "booksfiles.h"
#include "booksimporter.h"
#include "csvexporter.h"
#include "receiptbook.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestCreditMoves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aVoidedPaymentTakesTheCreditBackOntoTheInvoice();
    void aPartPaymentVoidedTakesOnlyTheCreditItCovered();
    void aRefundPaysOutTheCreditAndItsVoidGivesItBack();
    void aVoidedRefundLeavesTheNotesCreditAsCredit();
    void aRefundPaysOutTheNotesBeforeIt();
    void creditThatPaidAnotherInvoiceIsNotTakenBack();
    void aVoidedReceiptTakesTheCreditWithIt();
    void theBooksBringTheMovesBack();
    void aRefundOnOrBeforeTheNotesDayComesFirstInTheBooks();
    void aRefundOfUsedCreditIsTheImportRowsProblem();
    void aRefundThatPaidOutCreditAgesAsCredit();

private:
    /** Exports `t`'s books and imports them into `copy`. */
    static bool copyBooks(TestDb &t, TestDb &copy);
    /** Invoice `number` of 100.00 USD for Acme Inc, issued 2026-01-05. */
    static void invoice(TestDb &t, const char *number);
    static Result<Payment> pay(TestDb &t, const char *number, qint64 amount, int day);
    static Status cancelKeepingCredit(TestDb &t, const char *number);
    /** A credit note of `gross` on the invoice, dated 2026-02-05. */
    static Result<CreditNote> issue(TestDb &t, const char *number, qint64 gross);
    /** Each note: number, applied, taken back; then the customer's credit. */
    static QStringList notesAndCredit(const TestDb &t);
};

void TestCreditMoves::invoice(TestDb &t, const char *number)
{
    QVERIFY(
        t.ledger->createInvoice(invoiceFor(number, "Acme Inc", "USD", {2026, 1, 5}, 10000)).ok());
}

Result<Payment> TestCreditMoves::pay(TestDb &t, const char *number, qint64 amount, int day)
{
    Payment payment = samplePayment(QString::fromUtf8(number), amount);
    payment.date = QDate(2026, 2, day);
    // As an import does: a refund on a cancelled invoice pays the customer back.
    return t.ledger->recordPayment(payment, {.allowCancelledInvoice = true});
}

Status TestCreditMoves::cancelKeepingCredit(TestDb &t, const char *number)
{
    auto header = t.ledger->invoices().headerByNumber(QString::fromUtf8(number));
    CancelSettlement settlement;
    settlement.money = CancelSettlement::Money::KeepAsCredit;
    settlement.date = QDate(2026, 2, 10);
    return t.ledger->cancelInvoice((*header)->id, settlement);
}

Result<CreditNote> TestCreditMoves::issue(TestDb &t, const char *number, qint64 gross)
{
    CreditNote note;
    note.invoiceNumber = QString::fromUtf8(number);
    note.reason = str("Damaged");
    note.date = QDate(2026, 2, 5);
    note.lines
        = *creditLinesForGross(gross, **t.ledger->invoiceByNumber(note.invoiceNumber), note.reason);
    return t.ledger->issueCreditNote(note);
}

QStringList TestCreditMoves::notesAndCredit(const TestDb &t)
{
    QStringList rows = t.rows(
        "SELECT n.number, n.applied, coalesce((SELECT sum(m.amount) FROM credit_moves m "
        "JOIN payments p ON p.id = m.payment_id WHERE m.credit_note_id = n.id AND m.paid_out = 1 "
        "AND p.voided_at IS NULL), 0) FROM credit_notes n ORDER BY n.id");
    ReceiptBook book(*t.ledger);
    auto credits = book.receipts().credits();
    for (const CreditBalance &credit : *credits)
        rows.append(QStringLiteral("credit %1 %2 %3")
                        .arg(credit.customer, credit.currency)
                        .arg(credit.amount));
    return rows;
}

void TestCreditMoves::aVoidedPaymentTakesTheCreditBackOntoTheInvoice()
{
    TestDb t;
    invoice(t, "C1");
    auto paid = pay(t, "C1", 10000, 1);
    QVERIFY(paid.ok());
    QVERIFY(cancelKeepingCredit(t, "C1").ok());
    QCOMPARE(
        notesAndCredit(t), QStringList({str("CN-0001|0|0"), str("credit Acme Inc USD 10000")}));
    // The payment never arrived: the invoice owes it again, and the note takes it off there.
    QVERIFY(t.ledger->voidPayment(paid->id, str("Bounced")).ok());
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|10000|0")}));
    QCOMPARE(t.rows("SELECT paid_total, refunded_total, credited_total, status FROM invoices"),
        QStringList({str("0|0|10000|Cancelled")}));
    QCOMPARE(t.rows("SELECT action, json_extract(details, '$.applied'), "
                    "json_extract(details, '$.credit') FROM audit_log "
                    "WHERE entity_type = 'credit_note' ORDER BY id"),
        QStringList({str("issued|0.00|"), str("credit_moved|100.00|0.00")}));
}

void TestCreditMoves::aPartPaymentVoidedTakesOnlyTheCreditItCovered()
{
    TestDb t;
    invoice(t, "C1");
    auto paid = pay(t, "C1", 6000, 1);
    QVERIFY(paid.ok());
    QVERIFY(issue(t, "C1", 5000).ok());
    // 40.00 was owed: the note took that off, 10.00 is credit.
    QCOMPARE(
        notesAndCredit(t), QStringList({str("CN-0001|4000|0"), str("credit Acme Inc USD 1000")}));
    QVERIFY(t.ledger->voidPayment(paid->id, str("Bounced")).ok());
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|5000|0")}));
    auto header = t.ledger->invoices().headerByNumber(str("C1"));
    QCOMPARE((*header)->outstanding(), 5000);
}

void TestCreditMoves::aRefundPaysOutTheCreditAndItsVoidGivesItBack()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 1).ok());
    QVERIFY(cancelKeepingCredit(t, "C1").ok());
    // The customer wants the money, not the credit: the refund pays the credit out.
    auto refund = pay(t, "C1", -10000, 20);
    QVERIFY2(refund.ok(), qPrintable(refund.error()));
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|0|10000")}));
    QVERIFY(t.ledger->voidPayment(refund->id, str("Not sent after all")).ok());
    QCOMPARE(
        notesAndCredit(t), QStringList({str("CN-0001|0|0"), str("credit Acme Inc USD 10000")}));
    QCOMPARE(t.rows("SELECT payment_id, credit_note_id, amount, paid_out FROM credit_moves"),
        QStringList({str("2|1|10000|1")})); // kept: the voided refund's no longer counts
}

void TestCreditMoves::aVoidedRefundLeavesTheNotesCreditAsCredit()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 1).ok());
    auto refund = pay(t, "C1", -3000, 2);
    QVERIFY(issue(t, "C1", 3000).ok()); // owed again: taken off the invoice
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|3000|0")}));
    // The refund was never sent: the invoice is paid in full, so the note is credit (as had it
    // been issued then), not money paid beyond the total.
    QVERIFY(t.ledger->voidPayment(refund->id, str("Not sent")).ok());
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|0|0"), str("credit Acme Inc USD 3000")}));
    QVERIFY(issue(t, "C1", 2000).ok());
    // Later refunds pay the credit out, the latest note's first.
    QVERIFY(pay(t, "C1", -3000, 20).ok());
    QCOMPARE(notesAndCredit(t),
        QStringList(
            {str("CN-0001|0|1000"), str("CN-0002|0|2000"), str("credit Acme Inc USD 2000")}));
}

/**
 * A tester's find: a refund dated between two notes paid out the later note's credit, which the
 * books' replay could not bring back (the later note was refused there).
 */
void TestCreditMoves::aRefundPaysOutTheNotesBeforeIt()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 1).ok());
    QVERIFY(issue(t, "C1", 2000).ok()); // 2026-02-05
    CreditNote later;
    later.invoiceNumber = str("C1");
    later.reason = str("Late delivery");
    later.date = QDate(2026, 2, 25);
    later.lines = *creditLinesForGross(3000, **t.ledger->invoiceByNumber(str("C1")), later.reason);
    QVERIFY(t.ledger->issueCreditNote(later).ok());
    QVERIFY(pay(t, "C1", -2500, 22).ok());
    // 20.00 of the first note's credit is paid out; the 5.00 more came before the second note.
    const QStringList books = notesAndCredit(t);
    QCOMPARE(books,
        QStringList(
            {str("CN-0001|0|2000"), str("CN-0002|500|0"), str("credit Acme Inc USD 2500")}));
    TestDb copy;
    QVERIFY(copyBooks(t, copy));
    QCOMPARE(notesAndCredit(copy), books);
}

void TestCreditMoves::creditThatPaidAnotherInvoiceIsNotTakenBack()
{
    TestDb t;
    invoice(t, "C1");
    invoice(t, "C2");
    auto paid = pay(t, "C1", 10000, 1);
    QVERIFY(cancelKeepingCredit(t, "C1").ok());
    ReceiptBook book(*t.ledger);
    QVERIFY(book.applyCredit(str("Acme Inc"), str("C2"), 6000, QDate(2026, 2, 12)).ok());
    const QStringList before = everything(t) + notesAndCredit(t);
    const QString expected = str(
        "voiding this payment takes back the 100.00 USD of credit that credit note CN-0001 left "
        "on invoice C1 (the invoice owes it again), but 60.00 USD of that credit has paid "
        "invoice(s) C2: void those payments first");
    const Status voidable = t.ledger->canVoidPayment(paid->id);
    QVERIFY(!voidable.ok());
    QCOMPARE(voidable.error(), expected);
    QCOMPARE(t.ledger->voidPayment(paid->id, str("Bounced")).error(), expected);
    Problems problems;
    Payment refund = samplePayment(str("C1"), -5000);
    QVERIFY(!t.ledger->recordPayment(refund, {.allowCancelledInvoice = true}, &problems).ok());
    QCOMPARE(describe(problems),
        str("amount: this refund pays out the 50.00 USD of credit that credit note CN-0001 left "
            "on invoice C1, but 10.00 USD of that credit has paid invoice(s) C2: void those "
            "payments first"));
    QCOMPARE(everything(t) + notesAndCredit(t), before);
    // 40.00 of it is left: that much may be paid out.
    refund.amount = -4000;
    QVERIFY(t.ledger->recordPayment(refund, {.allowCancelledInvoice = true}).ok());
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|0|4000")}));
}

void TestCreditMoves::aVoidedReceiptTakesTheCreditWithIt()
{
    TestDb t;
    invoice(t, "C1");
    invoice(t, "C2");
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request request;
    request.customer = str("Acme Inc");
    request.currency = currency("USD");
    request.date = QDate(2026, 2, 1);
    request.amount = 10000;
    request.method.method = PaymentMethod::Cash;
    request.allocations = {{str("C1"), 10000}};
    auto received = book.receive(request);
    QVERIFY2(received.ok(), qPrintable(received.error()));
    const qint64 receiptId = received->receipt.id;
    QVERIFY(cancelKeepingCredit(t, "C1").ok());
    QVERIFY(book.applyCredit(str("Acme Inc"), str("C2"), 6000, QDate(2026, 2, 12)).ok());
    QCOMPARE(book.voidReceipt(receiptId, str("Bounced")).error(),
        str("receipt R-000001 cannot be voided: 60.00 USD of Acme Inc's credit from it, or from "
            "credit note CN-0001 on the money it paid, has paid invoice(s) C2; void those "
            "payments first, then the receipt"));
    auto fromCredit
        = t.ledger->payments(t.ledger->invoices().headerByNumber(str("C2"))->value().id);
    QVERIFY(t.ledger->voidPayment(fromCredit->first().id, str("Wrong invoice")).ok());
    QVERIFY(book.voidReceipt(receiptId, str("Bounced")).ok());
    QCOMPARE(notesAndCredit(t), QStringList({str("CN-0001|10000|0")}));
}

void TestCreditMoves::theBooksBringTheMovesBack()
{
    TestDb t;
    invoice(t, "C1");
    invoice(t, "C2");
    auto voided = pay(t, "C1", 10000, 1);
    QVERIFY(cancelKeepingCredit(t, "C1").ok());
    QVERIFY(t.ledger->voidPayment(voided->id, str("Bounced")).ok());
    QVERIFY(pay(t, "C2", 10000, 2).ok());
    QVERIFY(cancelKeepingCredit(t, "C2").ok());
    QVERIFY(pay(t, "C2", -2500, 20).ok());
    const QStringList books = notesAndCredit(t);
    QCOMPARE(books,
        QStringList(
            {str("CN-0001|10000|0"), str("CN-0002|0|2500"), str("credit Acme Inc USD 7500")}));
    TestDb copy;
    QVERIFY(copyBooks(t, copy));
    QCOMPARE(notesAndCredit(copy), books);
}

/**
 * A tester's find: a refund on the note's day (or dated before it) comes first in the books'
 * replay, so it paid nothing out there: the note took it off the invoice. So it does live.
 */
void TestCreditMoves::aRefundOnOrBeforeTheNotesDayComesFirstInTheBooks()
{
    TestDb t;
    invoice(t, "C1");
    invoice(t, "C2");
    QVERIFY(pay(t, "C1", 10000, 1).ok());
    QVERIFY(cancelKeepingCredit(t, "C1").ok()); // 2026-02-10
    auto sameDay = pay(t, "C1", -10000, 10);
    QVERIFY2(sameDay.ok(), qPrintable(sameDay.error()));
    QVERIFY(pay(t, "C2", 10000, 1).ok());
    QVERIFY(cancelKeepingCredit(t, "C2").ok());
    QVERIFY(pay(t, "C2", -4000, 9).ok()); // entered after the note, dated before it
    const QStringList books = notesAndCredit(t);
    QCOMPARE(books,
        QStringList(
            {str("CN-0001|10000|0"), str("CN-0002|4000|0"), str("credit Acme Inc USD 6000")}));
    const char *invoices = "SELECT number, paid_total, refunded_total, credited_total, status "
                           "FROM invoices ORDER BY number";
    TestDb copy;
    QVERIFY(copyBooks(t, copy));
    QCOMPARE(notesAndCredit(copy), books);
    QCOMPARE(copy.rows(invoices), t.rows(invoices));
    // Voided, the refund gives back what it moved, in the copy too (a tester's find).
    const QStringList afterVoid {
        str("CN-0001|0|0"), str("CN-0002|4000|0"), str("credit Acme Inc USD 16000")};
    QVERIFY(t.ledger->voidPayment(sameDay->id, str("Not sent")).ok());
    QCOMPARE(notesAndCredit(t), afterVoid);
    auto copied
        = copy.ledger->payments(copy.ledger->invoices().headerByNumber(str("C1"))->value().id);
    QVERIFY(copy.ledger->voidPayment(copied->last().id, str("Not sent")).ok());
    QCOMPARE(notesAndCredit(copy), afterVoid);
}

bool TestCreditMoves::copyBooks(TestDb &t, TestDb &copy)
{
    QTemporaryDir dir;
    if (!CsvExporter(*t.ledger).exportBooks(dir.path()))
        return false;
    ImportOptions options;
    options.writeErrorFile = false;
    const BooksReport report = BooksImporter(*copy.ledger).run(dir.path(), options);
    if (!report.succeeded() || !report.committed)
        qWarning() << report.problemTexts() << report.fatalError;
    return report.succeeded() && report.committed;
}

/** Refused as the row's problem; `void-payment` does what the refusal asks. */
void TestCreditMoves::aRefundOfUsedCreditIsTheImportRowsProblem()
{
    CliCompany company(QStringLiteral(INVOICEDESK_CLI));
    const QString invoices = company.filePath(str("invoices.csv"));
    writeFile(invoices,
        "number,date,currency,customer,line.quantity,line.rate,line.description\n"
        "U-1,2026-01-01,USD,Acme Inc,1,100.00,Work\nU-2,2026-01-01,USD,Acme Inc,1,100.00,Work\n");
    QCOMPARE(company.cli({str("import"), str("invoices"), invoices}).exitCode, 0);
    const QString payments = company.filePath(str("p.csv"));
    writeFile(payments, "invoiceNumber,date,amount,method\nU-1,2026-01-02,100.00,cash\n");
    QCOMPARE(company.cli({str("import"), str("payments"), payments}).exitCode, 0);
    QCOMPARE(company
                 .cli({str("cancel"), str("U-1"), str("--keep-credit"), str("--date"),
                     str("2026-01-03")})
                 .exitCode,
        0);
    QCOMPARE(company
                 .cli({str("credit"), str("apply"), str("--customer"), str("Acme Inc"),
                     str("--invoice"), str("U-2"), str("--amount"), str("100.00")})
                 .exitCode,
        0);
    writeFile(payments, "invoiceNumber,date,amount,method\nU-1,2026-01-05,-100.00,cash\n");
    const Run run = company.cli({str("import"), str("payments"), payments});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(str(
                 "p.csv: line 2, column amount (\"-100.00\"): this refund pays out the 100.00 USD "
                 "of credit that credit note CN-0001 left on invoice U-1, but 100.00 USD of that "
                 "credit has paid invoice(s) U-2: void those payments first\n")),
        qPrintable(run.err));
    QString marker;
    {
        const auto database = company.open();
        QCOMPARE(rowsOf(database->connection(), "SELECT amount FROM payments ORDER BY id"),
            QStringList({str("10000"), str("10000")}));
        marker
            = rowsOf(database->connection(), "SELECT marker FROM payments WHERE id = 2").value(0);
    }
    // What the refusal names can be done here too: void the payment from credit, then refund.
    Run voided = company.cli({str("void-payment"), marker, str("--reason"), str("Wrong invoice")});
    QCOMPARE(voided.err, QString());
    QCOMPARE(voided.out, str("Voided payment %1 (100.00 USD on U-2).\n").arg(marker));
    QCOMPARE(company.cli({str("import"), str("payments"), payments}).exitCode, 0);
    const auto database = company.open();
    QCOMPARE(rowsOf(database->connection(),
                 "SELECT p.id, p.amount, p.voided_at IS NOT NULL, coalesce(m.amount, 0), "
                 "coalesce(m.paid_out, '') FROM payments p LEFT JOIN credit_moves m "
                 "ON m.payment_id = p.id ORDER BY p.id"),
        QStringList({str("1|10000|0|0|"), str("2|10000|1|0|"), str("3|-10000|0|10000|1")}));
}

/**
 * A tester's find: aging counted a refund that paid out a note's credit as money owed again on
 * the (paid) invoice, beside the credit it had paid out.
 */
void TestCreditMoves::aRefundThatPaidOutCreditAgesAsCredit()
{
    CliCompany company(QStringLiteral(INVOICEDESK_CLI));
    const QString file = company.filePath(str("f.csv"));
    const auto import = [&](const char *kind, const QByteArray &rows) {
        writeFile(file, rows);
        return company.cli({str("import"), QString::fromUtf8(kind), file}).exitCode;
    };
    QCOMPARE(import("invoices",
                 "number,date,dueDate,currency,customer,line.quantity,line.rate,line.description\n"
                 "INV-1,2026-01-10,2026-01-10,USD,Acme,1,100.00,Work\n"),
        0);
    QCOMPARE(
        import("payments", "invoiceNumber,date,amount,method\nINV-1,2026-01-15,100.00,eft\n"), 0);
    QCOMPARE(
        company
            .cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--amount"), str("30.00"),
                str("--reason"), str("Discount"), str("--date"), str("2026-01-20")})
            .exitCode,
        0);
    QCOMPARE(
        import("payments", "invoiceNumber,date,amount,method\nINV-1,2026-01-25,-30.00,eft\n"), 0);
    const auto aging = [&](const char *asOf) {
        return company
            .cli({str("aging"), str("--as-of"), QString::fromUtf8(asOf), str("--format"),
                str("csv")})
            .out;
    };
    const QString header = str("customer,currency,current,d1_30,d31_60,d61_90,over90,total\r\n");
    QCOMPARE(aging("2026-01-22"), header + str("Acme,USD,-30.00,0.00,0.00,0.00,0.00,-30.00\r\n"));
    QCOMPARE(aging("2026-02-28"), header);
}

QTEST_GUILESS_MAIN(TestCreditMoves)
#include "tst_creditmoves.moc"
