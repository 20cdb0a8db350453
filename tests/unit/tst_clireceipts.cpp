// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** customer, receive and credit from the command line, end to end (issue 13, item 5). */
class TestCliReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void customerListAddEdit();
    void receiveAllocatesAndLeavesCredit();
    void creditApplyAndRefusals();
    void receiptsAndCreditNotesThroughFiles();
    void voidReceiptVoidsEveryPaymentMadeFromIt();
    void wholeBooksExportAndImport();
    void wholeBooksImportedAgainWithSkip();
    void refusedBooksWriteNothing();
    void aFailedBooksExportLeavesTheFolderAsItWas();

private:
    Run cli(QStringList arguments);
    /** Three invoices of Analytical Engines Ltd in USD, 115.50 each, dated 1, 2, 3 March. */
    void threeInvoices();
    /** Three invoices, a receipt with credit, a credit note and credit applied: exported to
     * the folder `books` beside the company file. */
    void exportWholeBooks();

    std::unique_ptr<CliCompany> mCompany;
};

Run TestCliReceipts::cli(QStringList arguments)
{
    return mCompany->cli(std::move(arguments));
}

void TestCliReceipts::init()
{
    mCompany = std::make_unique<CliCompany>(QStringLiteral(INVOICEDESK_CLI));
}

void TestCliReceipts::threeInvoices()
{
    const auto database = mCompany->open();
    Ledger ledger(*database);
    for (int day = 1; day <= 3; ++day) {
        Invoice invoice = sampleInvoice(QStringLiteral("INV-%1").arg(day));
        invoice.date = QDate(2026, 3, day);
        QVERIFY(ledger.createInvoice(invoice).ok());
    }
}

void TestCliReceipts::customerListAddEdit()
{
    threeInvoices();
    Run run = cli({str("customer"), str("add"), str("Acme"), str("--currency"), str("eur"),
        str("--terms"), str("14"), str("--set"), str("billing.city=Berlin"), str("--email"),
        str("ap@acme.example")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Added customer Acme\n"));
    run = cli({str("customer"), str("add"), str("ACME")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("a customer named \"Acme\" exists\n"));
    run = cli({str("customer"), str("edit"), str("acme"), str("--tax-id"), str("DE1"), str("--set"),
        str("billing.town=Berlin")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("--set billing.town=Berlin: name billing.FIELD or shipping.FIELD, e.g. "
            "billing.city=Berlin\n"));
    QCOMPARE(
        cli({str("customer"), str("edit"), str("acme"), str("--tax-id"), str("DE1")}).exitCode, 0);
    run = cli({str("customer"), str("list")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("name                    currency  terms  taxId  email\n"
            "Acme                    EUR          14  DE1    ap@acme.example\n"
            "Analytical Engines Ltd  USD                     ada@example.org\n"));
    run = cli({str("customer"), str("list"), str("--format"), str("json")});
    const QJsonObject acme = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(str("customers"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(acme.value(str("billing")).toObject().value(str("city")).toString(), str("Berlin"));
    QCOMPARE(acme.value(str("terms")).toInt(), 14);
    // A Japanese name takes two columns a character in a terminal: the columns stay aligned.
    QCOMPARE(cli({str("customer"), str("add"), str("株式会社サクラ"), str("--currency"), str("JPY"),
                     str("--terms"), str("7")})
                 .exitCode,
        0);
    run = cli({str("customer"), str("list")});
    QCOMPARE(run.out,
        str("name                    currency  terms  taxId  email\n"
            "Acme                    EUR          14  DE1    ap@acme.example\n"
            "Analytical Engines Ltd  USD                     ada@example.org\n"
            "株式会社サクラ          JPY           7\n"));
}

void TestCliReceipts::receiveAllocatesAndLeavesCredit()
{
    threeInvoices();
    Run run = cli({str("receive"), str("--customer"), str("analytical engines ltd"), str("--date"),
        str("2026-04-01"), str("--amount"), str("300.00"), str("--method"), str("cheque"),
        str("--set"), str("cheque.number=000451"), str("--allocate"), str("INV-3=20.00"),
        str("--oldest-first")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Receipt R-000001: 300.00 USD from Analytical Engines Ltd\n"
            "  INV-3\t20.00\n  INV-1\t115.50\n  INV-2\t115.50\n"
            "Left as credit: 49.00 USD (Analytical Engines Ltd's credit: 49.00 USD)\n"));
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
        QJsonDocument::fromJson(R"({"credits": [{"customer": "Analytical Engines Ltd",
            "currency": "USD", "amount": "49.00"}]})")
            .object());
    run = cli({str("list"), str("payments"), str("--format"), str("csv")});
    QCOMPARE(run.out.count(str("cheque,000451")), 3);

    // Over what is owed: refused, nothing written.
    run = cli({str("receive"), str("--customer"), str("Analytical Engines Ltd"), str("--date"),
        str("2026-04-02"), str("--amount"), str("100"), str("--method"), str("cash"),
        str("--allocate"), str("INV-3=95.51")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("allocating 95.51 to invoice INV-3 is more than the 95.50 it owes\n"));
    run = cli({str("receive"), str("--customer"), str("Analytical Engines Ltd")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("receive needs --date\n"));
    run = cli({str("credit"), str("list")});
    QCOMPARE(run.out,
        str("customer                currency  amount\n"
            "Analytical Engines Ltd  USD        49.00\n"));
    // A second receipt says what it left and what the customer's credit comes to now.
    run = cli({str("receive"), str("--customer"), str("Analytical Engines Ltd"), str("--date"),
        str("2026-04-03"), str("--amount"), str("11.00"), str("--method"), str("cash")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Receipt R-000002: 11.00 USD from Analytical Engines Ltd\n"
            "Left as credit: 11.00 USD (Analytical Engines Ltd's credit: 60.00 USD)\n"));
}

void TestCliReceipts::creditApplyAndRefusals()
{
    threeInvoices();
    QCOMPARE(cli({str("receive"), str("--customer"), str("Analytical Engines Ltd"), str("--date"),
                     str("2026-04-01"), str("--amount"), str("60.00"), str("--method"),
                     str("wire_transfer"), str("--set"), str("eft.reference=TT-9")})
                 .exitCode,
        0);
    Run run = cli({str("credit"), str("apply"), str("--customer"), str("Analytical Engines Ltd"),
        str("--invoice"), str("INV-2"), str("--amount"), str("60.01")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.err, str("Analytical Engines Ltd has 60.00 USD of credit; 60.01 cannot be applied\n"));
    run = cli({str("credit"), str("apply"), str("--customer"), str("Analytical Engines Ltd"),
        str("--invoice"), str("INV-2"), str("--amount"), str("-10")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("the credit to apply must be more than zero, not -10.00\n"));
    run = cli({str("credit"), str("apply"), str("--customer"), str("Analytical Engines Ltd"),
        str("--invoice"), str("INV-2"), str("--amount"), str("60.00"), str("--date"),
        str("2026-04-02")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Applied 60.00 USD of credit to invoice INV-2\n"));
    run = cli({str("list"), str("payments"), str("--format"), str("csv")});
    QVERIFY2(run.out.contains(str("INV-2,2026-04-02,60.00")), qPrintable(run.out));
    run = cli({str("list"), str("invoices"), str("--format"), str("csv")});
    QVERIFY2(run.out.contains(str("INV-2,2026-03-02,2026-03-31,Analytical Engines Ltd,Pending,"
                                  "USD,115.50,60.00,55.50")),
        qPrintable(run.out));
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(str("credits")).toArray(),
        QJsonArray());
}

void TestCliReceipts::receiptsAndCreditNotesThroughFiles()
{
    threeInvoices();
    const QString payments = mCompany->filePath(str("payments.csv"));
    // Rows of one receipt that disagree: refused naming the file, the rows and the field.
    writeFile(payments,
        "invoiceNumber,date,amount,method,cheque.number,receipt\n"
        "INV-1,2026-03-10,100.00,cheque,000451,CHQ-1\n"
        "INV-2,2026-03-10,100.00,cheque,000452,CHQ-1\n");
    Run run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("payments.csv: line 3, column cheque.number (\"000452\"): differs from line 2 "
            "(\"000451\"): the rows of receipt CHQ-1 share its date, method and method fields\n"
            "Nothing was imported: payments with problems: 1. The rows and their problems are "
            "in %1.\n")
            .arg(mCompany->filePath(str("payments.errors.csv"))));
    // Agreeing rows: one receipt of 250.00, 50.00 of it credit; then a credit note.
    writeFile(payments,
        "invoiceNumber,date,amount,method,cheque.number,receipt\n"
        "INV-1,2026-03-10,100.00,cheque,000451,CHQ-1\n"
        "INV-2,2026-03-10,100.00,cheque,000451,CHQ-1\n"
        ",2026-03-10,50.00,cheque,000451,CHQ-1\n");
    run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("Imported payments.csv (payments): 3 created, 0 updated, 0 skipped, 0 rejected.\n"));
    const QString notes = mCompany->filePath(str("creditnotes.csv"));
    writeFile(notes,
        "number,date,invoiceNumber,reason,line.description,line.rate\n"
        "CN-0007,2026-03-12,INV-3,Damaged,Broken part,10.00\n");
    run = cli({str("import"), str("creditnotes"), notes});
    QCOMPARE(run.out,
        str("Imported creditnotes.csv (credit notes): 1 created, 0 updated, 0 skipped, 0 "
            "rejected.\n"));
    run = cli({str("export"), str("creditnotes"), str("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(str("number,status,date,dueDate,currency,customer,")),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(str("CN-0007,,2026-03-12,,USD,Analytical Engines Ltd,")),
        qPrintable(run.out));
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
        QJsonDocument::fromJson(R"({"credits": [{"customer": "Analytical Engines Ltd",
            "currency": "USD", "amount": "50.00"}]})")
            .object());
}

/** void-receipt KEY --reason R: the money never arrived; the receipt's payments go with it. */
void TestCliReceipts::voidReceiptVoidsEveryPaymentMadeFromIt()
{
    threeInvoices();
    QCOMPARE(
        cli({str("receive"), str("--customer"), str("Analytical Engines Ltd"), str("--date"),
                str("2026-04-01"), str("--amount"), str("250.00"), str("--method"), str("cheque"),
                str("--set"), str("cheque.number=000452"), str("--oldest-first")})
            .exitCode,
        0);
    Run run = cli({str("void-receipt"), str("R-000001")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("usage: void-receipt KEY --reason R\n"));
    run = cli({str("void-receipt"), str("R-9"), str("--reason"), str("Cheque returned unpaid")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("there is no receipt \"R-9\"\n"));
    run = cli(
        {str("void-receipt"), str("R-000001"), str("--reason"), str("Cheque returned unpaid")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Voided receipt R-000001 (250.00 USD from Analytical Engines Ltd) and every payment "
            "made from it.\n"));
    run = cli({str("list"), str("payments"), str("--format"), str("json")});
    const QJsonArray payments = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(payments.size(), 3);
    for (const QJsonValue &payment : payments)
        QCOMPARE(
            payment.toObject().value(str("voidReason")).toString(), str("Cheque returned unpaid"));
    run = cli({str("credit"), str("list")});
    QCOMPARE(run.out, str("customer  currency  amount\n"));
    run = cli(
        {str("void-receipt"), str("R-000001"), str("--reason"), str("Cheque returned unpaid")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("receipt R-000001 is already voided\n"));
}

void TestCliReceipts::exportWholeBooks()
{
    threeInvoices();
    // 250.00 by cheque over INV-1 and INV-2 (50.00 credit), a credit note on INV-1, which is
    // paid, so all credit; then 60.00 of that credit on INV-3.
    QCOMPARE(cli({str("receive"), str("--customer"), str("Analytical Engines Ltd"), str("--date"),
                     str("2026-03-10"), str("--amount"), str("250.00"), str("--method"),
                     str("cheque"), str("--set"), str("cheque.number=000451"), str("--allocate"),
                     str("INV-1=115.50"), str("--allocate"), str("INV-2=84.50")})
                 .exitCode,
        0);
    QCOMPARE(cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--amount"), str("20.00"),
                     str("--reason"), str("Damaged"), str("--date"), str("2026-03-12")})
                 .exitCode,
        0);
    QCOMPARE(cli({str("credit"), str("apply"), str("--customer"), str("Analytical Engines Ltd"),
                     str("--invoice"), str("INV-3"), str("--amount"), str("60.00")})
                 .exitCode,
        0);
    const QString books = mCompany->filePath(str("books"));
    const Run run = cli({str("export"), str("books"), books});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("Exported 0 company profile to %1/company.csv.\n"
            "Exported 0 tax codes to %1/taxcodes.csv.\nExported 1 customers to "
            "%1/customers.csv.\nExported 3 invoices to %1/invoices.csv.\nExported 4 payments to "
            "%1/payments.csv.\nExported 1 credit notes to %1/creditnotes.csv.\n")
            .arg(books));
}

void TestCliReceipts::wholeBooksExportAndImport()
{
    exportWholeBooks();
    if (QTest::currentTestFailed())
        return;
    const QString books = mCompany->filePath(str("books"));
    Run run;
    CliCompany copy(QStringLiteral(INVOICEDESK_CLI));
    run = copy.cli({str("import"), str("books"), books, str("--dry-run")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("There is no company file at %1: the dry run checks against empty books and "
            "creates no file.\n"
            "Dry run of company.csv (company profile): 0 created, 0 updated, 0 skipped, 0 "
            "rejected; nothing was written.\n"
            "Dry run of taxcodes.csv (tax codes): 0 created, 0 updated, 0 skipped, 0 rejected; "
            "nothing was written.\n"
            "Dry run of customers.csv (customers): 1 created, 0 updated, 0 skipped, 0 rejected; "
            "nothing was written.\n"
            "Dry run of invoices.csv (invoices): 3 created, 0 updated, 0 skipped, 0 rejected; "
            "nothing was written.\n"
            "Dry run of payments.csv (payments): 4 created, 0 updated, 0 skipped, 0 rejected; "
            "nothing was written.\n"
            "Dry run of creditnotes.csv (credit notes): 1 created, 0 updated, 0 skipped, 0 "
            "rejected; nothing was written.\n"
            "The import would add these customers (1): Analytical Engines Ltd.\n")
            .arg(copy.path()));
    QVERIFY(!QFile::exists(copy.path())); // the dry run created no company file
    run = copy.cli({str("import"), str("books"), books});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Imported company.csv (company profile): 0 created, 0 updated, 0 skipped, 0 "
            "rejected.\n"
            "Imported taxcodes.csv (tax codes): 0 created, 0 updated, 0 skipped, 0 rejected.\n"
            "Imported customers.csv (customers): 1 created, 0 updated, 0 skipped, 0 rejected.\n"
            "Imported invoices.csv (invoices): 3 created, 0 updated, 0 skipped, 0 rejected.\n"
            "Imported payments.csv (payments): 4 created, 0 updated, 0 skipped, 0 rejected.\n"
            "Imported creditnotes.csv (credit notes): 1 created, 0 updated, 0 skipped, 0 "
            "rejected.\n"));
    const QString again = mCompany->filePath(str("again"));
    QCOMPARE(copy.cli({str("export"), str("books"), again}).exitCode, 0);
    for (const char *name : {"/company.csv", "/taxcodes.csv", "/customers.csv", "/invoices.csv",
             "/payments.csv", "/creditnotes.csv"})
        QCOMPARE(readFile(again + str(name)), readFile(books + str(name)));
    run = copy.cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
        QJsonDocument::fromJson(R"({"credits": [{"customer": "Analytical Engines Ltd",
            "currency": "USD", "amount": "10.00"}]})")
            .object());
}

/** The same books imported again with --on-existing skip: nothing is written twice. */
void TestCliReceipts::wholeBooksImportedAgainWithSkip()
{
    exportWholeBooks();
    if (QTest::currentTestFailed())
        return;
    const QString books = mCompany->filePath(str("books"));
    CliCompany copy(QStringLiteral(INVOICEDESK_CLI));
    QCOMPARE(copy.cli({str("import"), str("books"), books}).exitCode, 0);
    const QString again = mCompany->filePath(str("again"));
    Run run;
    // The same books again: skip leaves every record as it is, receipts and credit included.
    run = copy.cli({str("import"), str("books"), books, str("--on-existing"), str("skip")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Imported company.csv (company profile): 0 created, 0 updated, 0 skipped, 0 "
            "rejected.\n"
            "Imported taxcodes.csv (tax codes): 0 created, 0 updated, 0 skipped, 0 rejected.\n"
            "Imported customers.csv (customers): 0 created, 0 updated, 1 skipped, 0 rejected.\n"
            "Imported invoices.csv (invoices): 0 created, 0 updated, 3 skipped, 0 rejected.\n"
            "Imported payments.csv (payments): 0 created, 0 updated, 4 skipped, 0 rejected.\n"
            "Imported creditnotes.csv (credit notes): 0 created, 0 updated, 1 skipped, 0 "
            "rejected.\n"));
    QCOMPARE(copy.cli({str("export"), str("books"), again}).exitCode, 0);
    for (const char *name : {"/company.csv", "/taxcodes.csv", "/customers.csv", "/invoices.csv",
             "/payments.csv", "/creditnotes.csv"})
        QCOMPARE(readFile(again + str(name)), readFile(books + str(name)));
    // Update rewrites the invoices and leaves money received and credit notes as they are.
    run = copy.cli({str("import"), str("books"), books, str("--on-existing"), str("update")});
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(str("Imported payments.csv (payments): 0 created, 0 updated, 4 "
                                  "skipped, 0 rejected.\nImported creditnotes.csv (credit notes): "
                                  "0 created, 0 updated, 1 skipped, 0 rejected.\n")),
        qPrintable(run.out));
    QCOMPARE(copy.cli({str("export"), str("books"), again}).exitCode, 0);
    for (const char *name : {"/payments.csv", "/creditnotes.csv"})
        QCOMPARE(readFile(again + str(name)), readFile(books + str(name)));
    // Fail, the default, names what is there, the credit note too.
    run = copy.cli({str("import"), str("books"), books});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(str("creditnotes.csv: line 2, column number (\"CN-0001\"): credit "
                                  "note CN-0001 is already issued (choose skip or update for "
                                  "credit notes already issued)\n")),
        qPrintable(run.err));
}

/** Books with a refused record or an unknown column: nothing of any file is written. */
void TestCliReceipts::refusedBooksWriteNothing()
{
    exportWholeBooks();
    if (QTest::currentTestFailed())
        return;
    const QString books = mCompany->filePath(str("books"));
    Run run;
    // A credit note that applies more than it is: refused, and so is the credit it would have
    // given; nothing of any file is written.
    QByteArray notes = readFile(books + str("/creditnotes.csv"));
    QVERIFY(notes.contains(",0.00\r\n"));
    notes.replace(",0.00\r\n", ",20.01\r\n");
    writeFile(books + str("/creditnotes.csv"), notes);
    CliCompany third(QStringLiteral(INVOICEDESK_CLI));
    run = third.cli({str("import"), str("books"), books});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("payments.csv: line 5, column amount (\"60.00\"): Analytical Engines Ltd has 50.00 USD "
            "of credit; 60.00 cannot be applied\n"
            "Nothing was imported: payments with problems: 1. The rows and their problems are in "
            "%1/payments.errors.csv.\n"
            "creditnotes.csv: line 2, column applied (\"20.01\"): 20.01 is more than the credit "
            "note's total 20.00\n"
            "Nothing was imported: credit notes with problems: 1. The rows and their problems are "
            "in %1/creditnotes.errors.csv.\n")
            .arg(books));
    QCOMPARE(run.out, QString());
    QVERIFY(!QFile::exists(third.path())); // refused: no company file was made
    // A column the books do not have: renamed or removed, as the books take no --map.
    QByteArray customers = readFile(books + str("/customers.csv"));
    customers.replace("name,email,", "name,Notes,");
    writeFile(books + str("/customers.csv"), customers);
    run = third.cli({str("import"), str("books"), books});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(str("customers.csv: line 1, column Notes: unknown column; the "
                                  "columns are: name, email, ")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(str("\nThe books' files name their columns as export books writes "
                                  "them: rename or remove the column.\nNothing was imported: "
                                  "problems in the header row: 1.\n")),
        qPrintable(run.err));
    QVERIFY(!run.err.contains(str("--map")));
    QVERIFY(!QFile::exists(third.path()));
    run = third.cli({str("import"), str("books"), mCompany->filePath(str("nothing"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("%1 holds none of the files of the books (company.csv, taxcodes.csv, customers.csv, "
            "invoices.csv, payments.csv, creditnotes.csv)\n")
            .arg(mCompany->filePath(str("nothing"))));
}

/** export books writes its files aside and moves them in only when all were written. */
void TestCliReceipts::aFailedBooksExportLeavesTheFolderAsItWas()
{
    threeInvoices();
    const QString books = mCompany->filePath(str("books"));
    // In UTF-16: any file the failed export below wrote in place would differ.
    QCOMPARE(
        cli({str("export"), str("books"), books, str("--encoding"), str("utf-16")}).exitCode, 0);
    QHash<QString, QByteArray> before;
    for (const QString &name : {str("invoices.csv"), str("payments.csv"), str("creditnotes.csv")})
        before.insert(name, readFile(books + u'/' + name));
    // A credit note whose reason Windows-1252 cannot hold: its file, written last, fails.
    QCOMPARE(cli({str("credit-note"), str("--invoice"), str("INV-2"), str("--amount"), str("5.00"),
                     str("--reason"), str("Schaden \u03a9"), str("--date"), str("2026-03-12")})
                 .exitCode,
        0);
    const Run run
        = cli({str("export"), str("books"), books, str("--encoding"), str("windows-1252")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("creditnotes.csv: row 2, column line.description: the character \"\u03a9\" (U+03a9) "
            "cannot be written in Windows-1252; choose UTF-8 or UTF-16\n"));
    QCOMPARE(QDir(books).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList({str("company.csv"), str("creditnotes.csv"), str("customers.csv"),
            str("invoices.csv"), str("payments.csv"), str("taxcodes.csv")}));
    for (auto file = before.cbegin(); file != before.cend(); ++file)
        QCOMPARE(readFile(books + u'/' + file.key()), file.value());
}

QTEST_GUILESS_MAIN(TestCliReceipts)
#include "tst_clireceipts.moc"
