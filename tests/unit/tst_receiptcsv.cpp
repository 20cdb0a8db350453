// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 5: receipts, customer credit and credit notes through invoices.csv,
// payments.csv and creditnotes.csv, export -> import -> export byte-identical.
#include "booksfiles.h"
#include "csvexporter.h"
#include "csvimporter.h"
#include "receiptbook.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QByteArray exportOf(Ledger &ledger, ImportKind kind)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto count = CsvExporter(ledger).exportCsv(&buffer, kind, {}, TextEncoding::Utf8);
    if (!count)
        qWarning() << count.error();
    return bytes;
}

ImportReport importFile(Ledger &ledger, const QString &path, ImportKind kind)
{
    ImportOptions options;
    options.kind = kind;
    options.writeErrorFile = false;
    return CsvImporter(ledger).run(path, options);
}

QStringList issueTexts(const ImportReport &report)
{
    QStringList texts;
    for (const ImportIssue &issue : report.issues)
        texts.append(issue.toString());
    if (!report.fatalError.isEmpty())
        texts.append(report.fatalError);
    return texts;
}

} // namespace

/** Receipts, credit and credit notes through the CSV files. */
class TestReceiptCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical();
    void receiptRowsMustAgree();
    void allocationOverWhatIsOwed();
    void receiptOverAllocated();
    void creditNoteForUnknownInvoice();
    void customerColumnAssignsTheInvoice();
    void importedAgainOnlyWithSkipOrUpdate();
    void changedOrVoidedRecordsImportedAgain();

private:
    static void fillBooks(Ledger &ledger);
    /** fillBooks()'s invoices and payments exported and imported into `target`; the payments
     * file (also written as payments.csv in its folder). */
    static QByteArray copyBooks(TestDb &target);
    /** Two Acme invoices (A1 100.00, A2 50.00) and the payments file `csv` to import. */
    static ImportReport importPaymentsOverAcme(TestDb &t, const char *csv, QStringList &before);
};

void TestReceiptCsv::fillBooks(Ledger &ledger)
{
    QVERIFY(ledger.createInvoice(invoiceFor("A1", "Acme", "USD", {2026, 1, 5}, 100000)).ok());
    QVERIFY(ledger.createInvoice(invoiceFor("A2", "Acme", "USD", {2026, 2, 1}, 25000)).ok());
    QVERIFY(
        ledger.createInvoice(invoiceFor("A3", "Acme", "USD", {2026, 3, 1}, 30000, 190000)).ok());
    auto a4 = ledger.createInvoice(invoiceFor("A4", "Acme Trading", "USD", {2026, 3, 2}, 4000));
    QVERIFY(a4.ok());
    QVERIFY(ledger.createInvoice(invoiceFor("J1", "Nippon KK", "JPY", {2026, 1, 10}, 5000)).ok());
    QVERIFY(ledger.createInvoice(invoiceFor("J2", "Nippon KK", "JPY", {2026, 1, 11}, 7000, 100000))
                .ok());
    QVERIFY(
        ledger.createInvoice(invoiceFor("K1", "Gulf Trading", "KWD", {2026, 1, 20}, 1250)).ok());
    ReceiptBook book(ledger);
    // A4 says "Acme Trading" on paper but belongs to Acme: the customer column carries it.
    auto acme = book.customers().byName(str("Acme"));
    QVERIFY(book.customers().assignInvoice(a4->id, (**acme).id).ok());

    // A credit-only receipt in a 3-decimal currency, part of it applied later.
    ReceiptBook::Request gulf;
    gulf.customer = str("Gulf Trading");
    gulf.currency = currency("KWD");
    gulf.date = QDate(2026, 2, 1);
    gulf.amount = 500;
    gulf.key = str("GT-1");
    gulf.method.method = PaymentMethod::Cash;
    QVERIFY(book.receive(gulf).ok());
    Payment fromCredit;
    fromCredit.invoiceNumber = str("K1");
    fromCredit.date = QDate(2026, 2, 15);
    fromCredit.amount = 250;
    fromCredit.notes = str("Applied from the customer's credit");
    QVERIFY(book.applyCredit(str("Gulf Trading"), fromCredit).ok());
    QVERIFY(ledger.recordPayment(samplePayment(str("K1"), 300)).ok());

    // One cheque over three invoices with 50.00 left as credit; 30.00 of it applied later.
    ReceiptBook::Request cheque;
    cheque.customer = str("Acme");
    cheque.currency = currency("USD");
    cheque.date = QDate(2026, 3, 10);
    cheque.amount = 134000;
    cheque.key = str("CHQ-000451");
    cheque.method.method = PaymentMethod::Cheque;
    cheque.method.cheque = {str("000451"), str("First Bank"), str("Main St")};
    cheque.allocations = {{str("A1"), 100000}, {str("A2"), 25000}, {str("A4"), 4000}};
    auto received = book.receive(cheque);
    QVERIFY2(received.ok(), qPrintable(received.error()));
    fromCredit.invoiceNumber = str("A3");
    fromCredit.date = QDate(2026, 3, 20);
    fromCredit.amount = 3000;
    QVERIFY(book.applyCredit(str("Acme"), fromCredit).ok());

    // A transfer over two JPY invoices, its key minted.
    ReceiptBook::Request transfer;
    transfer.customer = str("Nippon KK");
    transfer.currency = currency("JPY");
    transfer.date = QDate(2026, 2, 2);
    transfer.amount = 8000;
    transfer.method.method = PaymentMethod::WireTransfer;
    transfer.method.eft = {QDate(2026, 2, 1), str("WT-77")};
    transfer.allocations = {{str("J1"), 5000}, {str("J2"), 3000}};
    QVERIFY(book.receive(transfer).ok());

    // A refund, and credit notes for invoices (a gross amount split over the tax) and a customer.
    Payment refund = samplePayment(str("A1"), -10000);
    refund.date = QDate(2026, 3, 31);
    QVERIFY(ledger.recordPayment(refund).ok());
    for (const auto &[number, gross] : {std::pair {"A3", 2000}, std::pair {"J2", 1000}}) {
        CreditNote note;
        note.invoiceNumber = str(number);
        note.reason = str("Damaged goods");
        note.date = QDate(2026, 3, 25);
        auto invoice = ledger.invoiceByNumber(note.invoiceNumber);
        note.lines = *creditLinesForGross(gross, **invoice, note.reason);
        QVERIFY(ledger.issueCreditNote(note).ok());
    }
    CreditNote goodwill;
    goodwill.customerName = str("Gulf Trading");
    goodwill.currency = currency("KWD");
    goodwill.reason = str("Goodwill");
    goodwill.date = QDate(2026, 2, 20);
    goodwill.lines = {{str("Goodwill"), Quantity::fromWhole(1), 125, std::nullopt, 0}};
    QVERIFY(ledger.issueCreditNote(goodwill).ok());
}

void TestReceiptCsv::roundTripIsByteIdentical()
{
    TestDb source;
    fillBooks(*source.ledger);
    if (QTest::currentTestFailed())
        return;
    const QByteArray invoices = exportOf(*source.ledger, ImportKind::Invoices);
    const QByteArray payments = exportOf(*source.ledger, ImportKind::Payments);
    const QByteArray notes = exportOf(*source.ledger, ImportKind::CreditNotes);
    // The receipts as the file says them, in date order (on one date money in before
    // applications of credit, a receipt that is all credit first): each receipt's rows
    // together with its unallocated credit after them, a payment from credit keyed "credit".
    const QList<QByteArray> lines = payments.split('\n');
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.at(0),
        QByteArray("invoiceNumber,date,amount,method,reference,notes,cheque.number,cheque.drawer,"
                   "cheque.bankBranch,card.type,card.feePercentage,card.feeAmount,gateway.name,"
                   "gateway.transactionId,eft.transferDate,eft.reference,tds,transactionCharge,"
                   "reconciledDate,receipt,customer,currency\r"));
    QCOMPARE(
        lines.at(1), QByteArray(",2026-02-01,0.500,cash,,,,,,,,,,,,,,,,GT-1,Gulf Trading,KWD\r"));
    QCOMPARE(lines.at(2),
        QByteArray("J1,2026-02-02,5000,wire_transfer,,,,,,,,,,,2026-02-01,WT-77,,,,R-000003,"
                   "Nippon KK,JPY\r"));
    QCOMPARE(lines.at(4),
        QByteArray("K1,2026-02-15,0.250,accounts_receivable,,Applied from the customer's "
                   "credit,,,,,,,,,,,,,,credit,Gulf Trading,KWD\r"));
    QCOMPARE(lines.at(5), QByteArray("K1,2026-03-10,0.300,cash,,,,,,,,,,,,,,,,,,KWD\r"));
    QCOMPARE(lines.at(6),
        QByteArray("A1,2026-03-10,1000.00,cheque,,,000451,First Bank,Main St,,,,,,,,,,,"
                   "CHQ-000451,Acme,USD\r"));
    QCOMPARE(lines.at(9),
        QByteArray(",2026-03-10,50.00,cheque,,,000451,First Bank,Main St,,,,,,,,,,,"
                   "CHQ-000451,Acme,USD\r"));
    QCOMPARE(notes.split('\n').size(), 5); // the header and one line for each credit note

    TestDb target;
    const QString dir = target.dir.path();
    writeFile(dir + str("/invoices.csv"), invoices);
    writeFile(dir + str("/payments.csv"), payments);
    writeFile(dir + str("/creditnotes.csv"), notes);
    for (const auto &[name, kind] : {std::pair {"/invoices.csv", ImportKind::Invoices},
             std::pair {"/payments.csv", ImportKind::Payments},
             std::pair {"/creditnotes.csv", ImportKind::CreditNotes}}) {
        const ImportReport report = importFile(*target.ledger, dir + str(name), kind);
        QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n')));
    }
    QCOMPARE(exportOf(*target.ledger, ImportKind::Invoices), invoices);
    QCOMPARE(exportOf(*target.ledger, ImportKind::Payments), payments);
    QCOMPARE(exportOf(*target.ledger, ImportKind::CreditNotes), notes);

    const char *money = "SELECT i.number, i.status, i.grand_total, i.paid_total, "
                        "i.refunded_total, i.credited_total, c.display_name FROM invoices i "
                        "JOIN customers c ON c.id = i.customer_id ORDER BY i.number";
    QCOMPARE(target.rows(money), source.rows(money));
    const char *receipts = "SELECT r.receipt_key, c.display_name, r.currency, r.received_on, "
                           "r.amount, r.method, r.details FROM receipts r JOIN customers c ON "
                           "c.id = r.customer_id ORDER BY r.receipt_key";
    QCOMPARE(target.rows(receipts), source.rows(receipts));
    const char *notesSql = "SELECT number, grand_total, applied, tax_total FROM credit_notes "
                           "ORDER BY number";
    QCOMPARE(target.rows(notesSql), source.rows(notesSql));
    ReceiptBook sourceBook(*source.ledger);
    ReceiptBook targetBook(*target.ledger);
    QCOMPARE(*targetBook.receipts().credits(), *sourceBook.receipts().credits());
    QCOMPARE(*targetBook.receipts().credits(),
        QList<CreditBalance>(
            {{str("Acme"), str("USD"), 2000}, {str("Gulf Trading"), str("KWD"), 375}}));
    // Every allocation kept its marker, audit row and (no connection) no outbox row.
    QCOMPARE(target.scalar("SELECT count(*) FROM payments WHERE marker <> ''").toInt(), 9);
    QCOMPARE(
        target.scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'payment'").toInt(), 9);
    // The series goes on after the highest number imported.
    CreditNote next;
    next.invoiceNumber = str("A2");
    next.reason = str("Late delivery");
    next.date = QDate(2026, 4, 1);
    next.lines = {{str("Late"), Quantity::fromWhole(1), 100, std::nullopt, 0}};
    auto issued = target.ledger->issueCreditNote(next);
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(issued->number, str("CN-0004"));
}

QByteArray TestReceiptCsv::copyBooks(TestDb &target)
{
    TestDb source;
    fillBooks(*source.ledger);
    const QString dir = target.dir.path();
    const QByteArray payments = exportOf(*source.ledger, ImportKind::Payments);
    writeFile(dir + str("/invoices.csv"), exportOf(*source.ledger, ImportKind::Invoices));
    writeFile(dir + str("/payments.csv"), payments);
    for (const auto &[name, kind] : {std::pair {"/invoices.csv", ImportKind::Invoices},
             std::pair {"/payments.csv", ImportKind::Payments}}) {
        const ImportReport report = importFile(*target.ledger, dir + str(name), kind);
        if (!report.succeeded())
            QTest::qFail(qPrintable(issueTexts(report).join(u'\n')), __FILE__, __LINE__);
    }
    return payments;
}

/** Update refuses a receipt told otherwise; what was voided since does not come back. */
void TestReceiptCsv::changedOrVoidedRecordsImportedAgain()
{
    TestDb target;
    const QByteArray payments = copyBooks(target);
    if (QTest::currentTestFailed())
        return;
    const QString dir = target.dir.path();
    ImportOptions options;
    options.kind = ImportKind::Payments;
    options.writeErrorFile = false;
    const auto import = [&](const QByteArray &file, OnExisting onExisting) {
        writeFile(dir + str("/again.csv"), file);
        options.onExisting = onExisting;
        return CsvImporter(*target.ledger).run(dir + str("/again.csv"), options);
    };
    // Fail names credit applied before as recorded, not as credit the customer lacks.
    QCOMPARE(issueTexts(import(payments, OnExisting::Fail)).filter(str("line 5,")),
        QStringList({str("line 5, column amount (\"0.250\"): credit of this date and amount is "
                         "already applied to invoice K1 (choose skip or update for payments "
                         "already recorded)")}));
    // The cheque split otherwise (the same total): refused by update.
    QByteArray split = payments;
    split.replace("A1,2026-03-10,1000.00,cheque,", "A1,2026-03-10,990.00,cheque,");
    split.replace(",2026-03-10,50.00,cheque,", ",2026-03-10,60.00,cheque,");
    const QStringList before = everything(target);
    QCOMPARE(issueTexts(import(split, OnExisting::Update)),
        QStringList({str("line 7, column receipt (\"CHQ-000451\"): receipt CHQ-000451 is "
                         "recorded as 1340.00 USD from Acme on 2026-03-10 and the file tells it "
                         "otherwise (amount, date, customer, method or allocations); an import "
                         "does not change a recorded receipt (void it and import it under a new "
                         "key)")}));
    QCOMPARE(everything(target), before);

    // Voided since the file was written: skip leaves them voided, update says why not.
    ReceiptBook book(*target.ledger);
    auto transfer = book.receipts().byKey(str("R-000003"));
    QVERIFY(transfer.ok() && transfer->has_value());
    QVERIFY(book.voidReceipt((*transfer)->id, str("Bounced")).ok());
    const char *cash = "SELECT p.id FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                       "WHERE i.number = 'K1' AND p.method = 'cash'";
    QVERIFY(target.ledger->voidPayment(target.scalar(cash).toLongLong(), str("Keyed twice")).ok());
    const QStringList voided = everything(target);
    const ImportReport skipped = import(payments, OnExisting::Skip);
    QVERIFY2(skipped.succeeded(), qPrintable(issueTexts(skipped).join(u'\n')));
    QCOMPARE(skipped.created, 0);
    QCOMPARE(everything(target), voided);
    QCOMPARE(issueTexts(import(payments, OnExisting::Update)).filter(str("R-000003")),
        QStringList({str("line 3, column receipt (\"R-000003\"): receipt R-000003 was voided on %1 "
                         "(Bounced); a voided receipt's key is not used again: give the receipt "
                         "a new key")
                         .arg(QDate::currentDate().toString(Qt::ISODate))}));
}

/** Payments, receipts and credit already here: skip and update leave them; fail names them. */
void TestReceiptCsv::importedAgainOnlyWithSkipOrUpdate()
{
    TestDb target;
    const QByteArray payments = copyBooks(target);
    if (QTest::currentTestFailed())
        return;
    const QString dir = target.dir.path();
    const QStringList before = everything(target);

    ImportOptions options;
    options.kind = ImportKind::Payments;
    options.writeErrorFile = false;
    for (const OnExisting onExisting : {OnExisting::Skip, OnExisting::Update}) {
        options.onExisting = onExisting;
        const ImportReport again
            = CsvImporter(*target.ledger).run(dir + str("/payments.csv"), options);
        QVERIFY2(again.succeeded(), qPrintable(issueTexts(again).join(u'\n')));
        QCOMPARE(again.created, 0);
        QCOMPARE(again.skipped, 11); // every row: receipts, credit, a payment, a refund
        QCOMPARE(everything(target), before);
    }

    // Asked to fail on what is here: each record named, nothing written.
    options.onExisting = OnExisting::Fail;
    const ImportReport refused
        = CsvImporter(*target.ledger).run(dir + str("/payments.csv"), options);
    QVERIFY(!refused.committed);
    QCOMPARE(issueTexts(refused).filter(str("receipt GT-1")),
        QStringList({str("line 2, column receipt (\"GT-1\"): receipt GT-1 is already recorded "
                         "(choose skip for receipts already recorded)")}));
    QCOMPARE(issueTexts(refused).filter(str("line 6,")),
        QStringList({str("line 6, column amount (\"0.300\"): a payment with the same date, "
                         "amount, method and reference is already recorded on invoice K1")}));
    QCOMPARE(everything(target), before);

    // A receipt the file tells differently is not changed by an update.
    QByteArray changed = payments;
    changed.replace(",2026-02-01,0.500,cash,", ",2026-02-01,0.600,cash,");
    writeFile(dir + str("/changed.csv"), changed);
    options.onExisting = OnExisting::Update;
    const ImportReport update = CsvImporter(*target.ledger).run(dir + str("/changed.csv"), options);
    QCOMPARE(issueTexts(update),
        QStringList({str("line 2, column receipt (\"GT-1\"): receipt GT-1 is recorded as 0.500 "
                         "KWD from Gulf Trading on 2026-02-01 and the file tells it otherwise "
                         "(amount, date, customer, method or allocations); an import does not "
                         "change a recorded receipt (void it and import it under a new key)")}));
    QCOMPARE(everything(target), before);

    // Two payments alike in the file, one of them here: the other is new, and refused as any
    // payment alike unless duplicates are allowed; then recorded.
    writeFile(dir + str("/twice.csv"),
        "invoiceNumber,date,amount,method\r\nK1,2026-03-10,0.300,cash\r\n"
        "K1,2026-03-10,0.300,cash\r\n");
    options.onExisting = OnExisting::Skip;
    const ImportReport twice = CsvImporter(*target.ledger).run(dir + str("/twice.csv"), options);
    QCOMPARE(issueTexts(twice),
        QStringList({str("line 3, column amount (\"0.300\"): a payment with the same date, "
                         "amount, method and reference is already recorded on invoice K1")}));
    QCOMPARE(everything(target), before);
    options.allowDuplicatePayments = true;
    const ImportReport allowed = CsvImporter(*target.ledger).run(dir + str("/twice.csv"), options);
    QVERIFY2(allowed.succeeded(), qPrintable(issueTexts(allowed).join(u'\n')));
    QCOMPARE(allowed.skipped, 1);
    QCOMPARE(allowed.created, 1);
    const char *cashOnK1 = "SELECT amount FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                           "WHERE i.number = 'K1' AND p.method = 'cash'";
    QCOMPARE(target.rows(cashOnK1), QStringList({str("300"), str("300")}));
    // ... and the same file once more: both are here now.
    const ImportReport third = CsvImporter(*target.ledger).run(dir + str("/twice.csv"), options);
    QVERIFY(third.succeeded());
    QCOMPARE(third.skipped, 2);
    QCOMPARE(third.created, 0);
    QCOMPARE(target.rows(cashOnK1), QStringList({str("300"), str("300")}));
}

ImportReport TestReceiptCsv::importPaymentsOverAcme(TestDb &t, const char *csv, QStringList &before)
{
    if (!t.ledger->createInvoice(invoiceFor("A1", "Acme", "USD", {2026, 1, 5}, 10000)).ok()
        || !t.ledger->createInvoice(invoiceFor("A2", "Acme", "USD", {2026, 2, 1}, 5000)).ok())
        qFatal("the invoices were refused");
    before = everything(t);
    const QString path = t.dir.filePath(str("payments.csv"));
    writeFile(path, QByteArray(csv));
    return importFile(*t.ledger, path, ImportKind::Payments);
}

void TestReceiptCsv::receiptRowsMustAgree()
{
    TestDb t;
    QStringList before;
    const ImportReport report = importPaymentsOverAcme(t,
        "invoiceNumber,date,amount,method,cheque.number,receipt\n"
        "A1,2026-03-10,60.00,cheque,000451,R-9\n"
        "A2,2026-03-11,20.00,cash,000452,R-9\n",
        before);
    QCOMPARE(issueTexts(report),
        QStringList({str("line 3, column date (\"2026-03-11\"): differs from line 2 "
                         "(\"2026-03-10\"): the rows of receipt R-9 share its date, method and "
                         "method fields"),
            str("line 3, column method (\"cash\"): differs from line 2 (\"cheque\"): "
                "the rows of receipt R-9 share its date, method and method fields"),
            str("line 3, column cheque.number (\"000452\"): differs from line 2 (\"000451\"): "
                "the rows of receipt R-9 share its date, method and method fields")}));
    QCOMPARE(report.rejected, 1);
    QVERIFY(!report.committed);
    QCOMPARE(everything(t), before);
}

void TestReceiptCsv::allocationOverWhatIsOwed()
{
    TestDb t;
    QStringList before;
    const ImportReport report = importPaymentsOverAcme(t,
        "invoiceNumber,date,amount,method,receipt\n"
        "A1,2026-03-10,60.00,cash,R-1\n"
        "A2,2026-03-10,60.00,cash,R-1\n",
        before);
    QCOMPARE(issueTexts(report),
        QStringList({str("line 3, column amount (\"60.00\"): allocating 60.00 to invoice A2 is "
                         "more than the 50.00 it owes")}));
    QCOMPARE(everything(t), before);
}

void TestReceiptCsv::receiptOverAllocated()
{
    TestDb t;
    QStringList before;
    // The row without an invoice is the receipt's credit: -20.00 says 40.00 was received.
    const ImportReport report = importPaymentsOverAcme(t,
        "invoiceNumber,date,amount,method,receipt,customer\n"
        "A1,2026-03-10,30.00,cash,R-1,Acme\n"
        "A2,2026-03-10,30.00,cash,R-1,Acme\n"
        ",2026-03-10,-20.00,cash,R-1,Acme\n",
        before);
    QCOMPARE(issueTexts(report),
        QStringList({str("line 4, column amount (\"-20.00\"): receipt R-1: the allocations "
                         "total 60.00, more than the 40.00 received")}));
    QCOMPARE(everything(t), before);
}

void TestReceiptCsv::creditNoteForUnknownInvoice()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(invoiceFor("A1", "Acme", "USD", {2026, 1, 5}, 10000)).ok());
    const QStringList before = everything(t);
    const QString path = t.dir.filePath(str("creditnotes.csv"));
    writeFile(path,
        "number,date,invoiceNumber,reason,line.quantity,line.rate\n"
        "CN-0001,2026-03-10,A1,Damaged,1,5.00\n"
        "CN-0002,2026-03-10,NOPE,Damaged,1,5.00\n");
    const ImportReport report = importFile(*t.ledger, path, ImportKind::CreditNotes);
    QCOMPARE(issueTexts(report),
        QStringList({str("line 3, column invoiceNumber (\"NOPE\"): there is no invoice numbered "
                         "\"NOPE\"")}));
    QCOMPARE(report.rejected, 1);
    QVERIFY(!report.committed);
    QCOMPARE(everything(t), before);
}

void TestReceiptCsv::customerColumnAssignsTheInvoice()
{
    TestDb t;
    const QString path = t.dir.filePath(str("invoices.csv"));
    writeFile(path,
        "number,date,currency,customer,billing.company,line.description,line.rate\n"
        "A1,2026-03-10,USD,,Acme Ltd,Work,5.00\n"
        "A2,2026-03-10,USD,Acme Holdings,Acme Ltd,Work,7.00\n"
        "A3,2026-03-10,USD,acme ltd,Other Name,Work,9.00\n");
    const ImportReport report = importFile(*t.ledger, path, ImportKind::Invoices);
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n')));
    // Blank derives the customer from the billing name; a name is the customer (created when
    // unknown, with the invoice's currency; found case aside otherwise).
    QCOMPARE(t.rows("SELECT i.number, c.display_name FROM invoices i JOIN customers c ON "
                    "c.id = i.customer_id ORDER BY i.number"),
        QStringList({str("A1|Acme Ltd"), str("A2|Acme Holdings"), str("A3|Acme Ltd")}));
    QCOMPARE(t.rows("SELECT default_currency FROM customers WHERE display_name = 'Acme Holdings'"),
        QStringList({str("USD")}));
}

QTEST_GUILESS_MAIN(TestReceiptCsv)
#include "tst_receiptcsv.moc"
