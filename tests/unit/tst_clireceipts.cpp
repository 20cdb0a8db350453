// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

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

private:
    Run cli(QStringList arguments);
    /** Three invoices of Analytical Engines Ltd in USD, 115.50 each, dated 1, 2, 3 March. */
    void threeInvoices();

    std::unique_ptr<QTemporaryDir> mDir;
};

Run TestCliReceipts::cli(QStringList arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir->filePath(str("xdg")));
    arguments.prepend(mDir->filePath(str("c.invoicedesk")));
    arguments.prepend(str("--db"));
    return runProgram(QStringLiteral(INVOICEDESK_CLI), arguments, environment);
}

void TestCliReceipts::init()
{
    mDir = std::make_unique<QTemporaryDir>();
}

void TestCliReceipts::threeInvoices()
{
    auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
    QVERIFY(opened.ok());
    Ledger ledger(*opened.value());
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
        str("name\tcurrency\tterms\ttaxId\temail\n"
            "Acme\tEUR\t14\tDE1\tap@acme.example\n"
            "Analytical Engines Ltd\tUSD\t\t\t\n"));
    run = cli({str("customer"), str("list"), str("--format"), str("json")});
    const QJsonObject acme = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(str("customers"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(acme.value(str("billing")).toObject().value(str("city")).toString(), str("Berlin"));
    QCOMPARE(acme.value(str("terms")).toInt(), 14);
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
            "  INV-3\t20.00\n  INV-1\t115.50\n  INV-2\t115.50\nCredit left: 49.00 USD\n"));
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
    QCOMPARE(run.out, str("customer\tcurrency\tamount\nAnalytical Engines Ltd\tUSD\t49.00\n"));
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
        str("--invoice"), str("INV-2"), str("--amount"), str("60.00")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Applied 60.00 USD of credit to invoice INV-2\n"));
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
    const QString payments = mDir->filePath(str("payments.csv"));
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
            .arg(mDir->filePath(str("payments.errors.csv"))));
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
    const QString notes = mDir->filePath(str("creditnotes.csv"));
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
    QCOMPARE(run.out, str("customer\tcurrency\tamount\n"));
    run = cli(
        {str("void-receipt"), str("R-000001"), str("--reason"), str("Cheque returned unpaid")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("receipt R-000001 is already voided\n"));
}

QTEST_GUILESS_MAIN(TestCliReceipts)
#include "tst_clireceipts.moc"
