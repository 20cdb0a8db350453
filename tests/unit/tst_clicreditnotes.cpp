// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** credit-note, cancel and reopen from the command line (issue 13 item 3, issue 10 item 7). */
class TestCliCreditNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void creditNoteByAmountAndByLines();
    void customerCreditNoteShowsInCreditList();
    void cancelAsksWhereTheMoneyGoesThenReopen();
    void refundGoesBackTheWayTheMoneyCame();

private:
    Run cli(QStringList arguments);
    void twoInvoices();

    std::unique_ptr<CliCompany> mCompany;
};

Run TestCliCreditNotes::cli(QStringList arguments)
{
    return mCompany->cli(std::move(arguments));
}

void TestCliCreditNotes::init()
{
    mCompany = std::make_unique<CliCompany>(QStringLiteral(INVOICEDESK_CLI));
}

void TestCliCreditNotes::twoInvoices()
{
    const auto database = mCompany->open();
    Ledger ledger(*database);
    QVERIFY(ledger.createInvoice(sampleInvoice(str("INV-1"))).ok());
    QVERIFY(ledger.createInvoice(sampleInvoice(str("INV-2"))).ok());
    QVERIFY(ledger.recordPayment(samplePayment(str("INV-2"), 11550)).ok());
}

void TestCliCreditNotes::creditNoteByAmountAndByLines()
{
    twoInvoices();
    Run run = cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--amount"),
        str("15.50"), str("--reason"), str("Damaged"), str("--date"), str("2026-03-20")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("Credit note CN-0001 for INV-1: net 15.50, tax 0.00, total 15.50 USD\n"
            "Taken off the invoice: 15.50; credit for Analytical Engines Ltd: 0.00\n"));
    const QString lines = mCompany->filePath(str("lines.csv"));
    writeFile(lines,
        "line.description,line.quantity,line.rate,line.taxRate\r\n"
        "Returned part,2,10.00,19\r\n");
    run = cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--lines"), lines,
        str("--reason"), str("Returned")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Credit note CN-0002 for INV-1: net 20.00, tax 3.80, total 23.80 USD\n"
            "Taken off the invoice: 23.80; credit for Analytical Engines Ltd: 0.00\n"));
    run = cli({str("list"), str("invoices"), str("--format"), str("csv")});
    QVERIFY2(run.out.contains(str("INV-1,2026-03-01,2026-03-31,Analytical Engines Ltd,Pending,USD,"
                                  "115.50,0.00,76.20")),
        qPrintable(run.out));
    writeFile(lines, "line.description,line.rate\r\nBad,ten\r\n");
    run = cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--lines"), lines,
        str("--reason"), str("Returned")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(lines + str(", line 2, column line.rate: ")), qPrintable(run.err));
    run = cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--amount"), str("1")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("credit-note needs --reason\n"));
}

void TestCliCreditNotes::customerCreditNoteShowsInCreditList()
{
    twoInvoices();
    Run run = cli({str("credit-note"), str("--customer"), str("Analytical Engines Ltd"),
        str("--amount"), str("30"), str("--reason"), str("Goodwill")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Credit note CN-0001 for Analytical Engines Ltd: net 30.00, tax 0.00, total 30.00 USD\n"
            "Taken off the invoice: 0.00; credit for Analytical Engines Ltd: 30.00\n"));
    run = cli({str("credit"), str("list")});
    QCOMPARE(run.out,
        str("customer                currency  amount\n"
            "Analytical Engines Ltd  USD        30.00\n"));

    // A goodwill credit with VAT in it: the amount is split at the rate given.
    run = cli(
        {str("credit-note"), str("--customer"), str("Analytical Engines Ltd"), str("--amount"),
            str("11.90"), str("--tax-rate"), str("19"), str("--reason"), str("Goodwill")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("Credit note CN-0002 for Analytical Engines Ltd: net 10.00, tax 1.90, total 11.90 USD\n"
            "Taken off the invoice: 0.00; credit for Analytical Engines Ltd: 11.90\n"));
    {
        const auto database = mCompany->open();
        QCOMPARE(rowsOf(database->connection(),
                     "SELECT n.number, l.rate, l.tax_rate_e4, l.tax FROM credit_note_lines l JOIN "
                     "credit_notes n ON n.id = l.credit_note_id ORDER BY n.number"),
            QStringList({str("CN-0001|3000||0"), str("CN-0002|1000|190000|190")}));
    }
    run = cli(
        {str("credit-note"), str("--customer"), str("Analytical Engines Ltd"), str("--amount"),
            str("11.90"), str("--tax-rate"), str("nineteen"), str("--reason"), str("Goodwill")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(str("tax rate \"nineteen\": ")), qPrintable(run.err));
    run = cli({str("credit-note"), str("--invoice"), str("INV-1"), str("--amount"), str("5"),
        str("--tax-rate"), str("19"), str("--reason"), str("Goodwill")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("--tax-rate goes with --customer and --amount: a note on an invoice is split over "
            "the invoice's rates, and --lines gives each line's rate\n"));
}

void TestCliCreditNotes::cancelAsksWhereTheMoneyGoesThenReopen()
{
    twoInvoices();
    Run run = cli({str("cancel"), str("INV-2")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("invoice INV-2 holds 115.50 USD of payments: refund the money or keep it as the "
            "customer's credit\n"));
    run = cli({str("cancel"), str("INV-2"), str("--refund"), str("owed")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, str("Invoice INV-2: Pending, outstanding 115.50 USD\n"));
    run = cli({str("cancel"), str("INV-1")});
    QCOMPARE(run.out, str("Invoice INV-1: Cancelled, outstanding 0.00 USD\n"));
    run = cli({str("reopen"), str("INV-1")});
    QCOMPARE(run.out, str("Invoice INV-1 reopened\n"));
    run = cli({str("list"), str("invoices"), str("--status"), str("Pending"), str("--format"),
        str("csv")});
    QCOMPARE(run.out.count(QLatin1Char('\n')), 3); // header, INV-1, INV-2
}

void TestCliCreditNotes::refundGoesBackTheWayTheMoneyCame()
{
    {
        const auto database = mCompany->open();
        Ledger ledger(*database);
        QVERIFY(ledger.createInvoice(sampleInvoice(str("INV-3"))).ok());
        QVERIFY(
            ledger.recordPayment(samplePayment(str("INV-3"), 11550, PaymentMethod::Cheque)).ok());
    }
    Run run = cli({str("cancel"), str("INV-3"), str("--refund"), str("owed"), str("--date"),
        str("2026-03-25")});
    QCOMPARE(run.err, QString());
    const auto database = mCompany->open();
    Ledger ledger(*database);
    auto invoice = ledger.invoiceByNumber(str("INV-3"));
    const QList<Payment> payments = *ledger.payments((*invoice)->id);
    QCOMPARE(payments.size(), 2);
    QCOMPARE(payments.last().amount, -11550);
    QCOMPARE(payments.last().date, QDate(2026, 3, 25));
    QCOMPARE(payments.last().method, PaymentMethod::Cheque); // the README's "last payment's method"
    QCOMPARE(payments.last().cheque.number, str("000123"));
}

QTEST_GUILESS_MAIN(TestCliCreditNotes)
#include "tst_clicreditnotes.moc"
