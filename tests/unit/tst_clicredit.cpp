// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's credit through the command line: kept within what 64 bits can sum, summed
// exactly, and refused before anything is written where it would go beyond (in a command, or as
// an import row's problem).
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestCliCredit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void creditBeyondSumsIsRefused();
    void creditBeyondSumsInAnImportIsTheRowsProblem();
    void largeReceiptsAreSummedExactly();
    void aReceiptAtTheBoundCanBeVoided();
    void anInvoicesPaymentsStayWithinSums();

private:
    Run cli(QStringList arguments) { return mCompany->cli(std::move(arguments)); }
    /** Imports `rows` (an invoices CSV, header first) through the command line. */
    bool importInvoices(const QByteArray &rows)
    {
        const QString file = mCompany->filePath(str("invoices.csv"));
        writeFile(file, rows);
        return cli({str("import"), str("invoices"), file}).exitCode == 0;
    }
    QStringList rows(const char *sql) const
    {
        const auto database = mCompany->open();
        return rowsOf(database->connection(), sql);
    }

    std::unique_ptr<CliCompany> mCompany;
};

void TestCliCredit::init()
{
    mCompany = std::make_unique<CliCompany>(QStringLiteral(INVOICEDESK_CLI));
}

void TestCliCredit::creditBeyondSumsIsRefused()
{
    createCompanyFile(mCompany->path());
    QCOMPARE(
        cli({str("customer"), str("add"), str("Other KK"), str("--currency"), str("JPY")}).exitCode,
        0);
    const QStringList receive {str("receive"), str("--customer"), str("Other KK"), str("--date"),
        str("2026-04-01"), str("--amount"), str("6000000000000000000"), str("--method"),
        str("cash")};
    QCOMPARE(cli(receive).exitCode, 0);
    // A second credit of that size could no longer be summed: refused before anything is
    // written.
    const QString beyond = str("this would take the JPY credit of Other KK past what can be "
                               "summed (over 9,223,372,036,854,775,807 minor units; it is "
                               "6000000000000000000 JPY before this)");
    Run run = cli(receive);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("%1; nothing was recorded\n").arg(beyond));
    run = cli({str("credit-note"), str("--customer"), str("Other KK"), str("--currency"),
        str("JPY"), str("--amount"), str("6000000000000000000"), str("--reason"), str("Goodwill")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("--amount: %1; nothing was recorded\n").arg(beyond));
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(str("6000000000000000000")), qPrintable(run.out));
    {
        const auto database = mCompany->open();
        QSqlQuery count(database->connection());
        QVERIFY(count.exec(str("SELECT (SELECT count(*) FROM receipts) || '|' || "
                               "(SELECT count(*) FROM credit_notes)"))
            && count.next());
        QCOMPARE(count.value(0).toString(), str("1|0"));
        // Books written before the check: the credit is named, not a database's own words.
        QSqlQuery copy(database->connection());
        QVERIFY2(copy.exec(str("INSERT INTO receipts (uuid, receipt_key, customer_id, currency, "
                               "received_on, amount, method, details, created_at) SELECT uuid || "
                               "'x', receipt_key || 'x', customer_id, currency, received_on, "
                               "amount, method, details, created_at FROM receipts")),
            qPrintable(copy.lastError().text()));
    }
    run = cli({str("credit"), str("list")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(str("the JPY credit of Other KK: more than can be summed (over "
                                  "9,223,372,036,854,775,807 minor units)")),
        qPrintable(run.err));
}

/**
 * A tester's find: an imported receipt or credit note that would take a credit past the bound
 * stopped the whole import; it is the row's problem, in the errors file, and --skip-invalid
 * imports the rest.
 */
void TestCliCredit::creditBeyondSumsInAnImportIsTheRowsProblem()
{
    createCompanyFile(mCompany->path());
    QCOMPARE(
        cli({str("customer"), str("add"), str("Other KK"), str("--currency"), str("JPY")}).exitCode,
        0);
    QCOMPARE(
        cli({str("receive"), str("--customer"), str("Other KK"), str("--date"), str("2026-04-01"),
                str("--amount"), str("9000000000000000000"), str("--method"), str("cash")})
            .exitCode,
        0);
    const QString beyondFrom = str("this would take the JPY credit of Other KK past what can be "
                                   "summed (over 9,223,372,036,854,775,807 minor units; it is "
                                   "%1 JPY before this)");
    QString beyond = beyondFrom.arg(str("9000000000000000000"));
    const QString payments = mCompany->filePath(str("payments.csv"));
    writeFile(payments,
        "invoiceNumber,date,amount,method,receipt,customer,currency\n"
        ",2026-04-02,300000000000000000,cash,R-BIG,Other KK,JPY\n"
        ",2026-04-02,5,cash,R-SMALL,Other KK,JPY\n");
    Run run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("payments.csv: line 2, column amount (\"300000000000000000\"): receipt R-BIG: %1\n"
            "Nothing was imported: payments with problems: 1. The rows and their problems are "
            "in %2.\n")
            .arg(beyond, mCompany->filePath(str("payments.errors.csv"))));
    QCOMPARE(rows("SELECT receipt_key || ' ' || amount FROM receipts ORDER BY id"),
        QStringList({str("R-000001 9000000000000000000")}));
    run = cli({str("import"), str("payments"), payments, str("--skip-invalid")});
    QCOMPARE(run.exitCode, 1); // rows were rejected
    QCOMPARE(run.out,
        str("Imported payments.csv (payments): 1 created, 0 updated, 0 skipped, 1 rejected.\n"));
    QCOMPARE(rows("SELECT receipt_key || ' ' || amount FROM receipts ORDER BY id"),
        QStringList({str("R-000001 9000000000000000000"), str("R-SMALL 5")}));
    QVERIFY2(readFile(mCompany->filePath(str("payments.errors.csv"))).contains(beyond.toUtf8()),
        readFile(mCompany->filePath(str("payments.errors.csv"))).constData());

    beyond = beyondFrom.arg(str("9000000000000000005"));
    const QString notes = mCompany->filePath(str("creditnotes.csv"));
    writeFile(notes,
        "number,date,customer,currency,reason,line.description,line.rate\n"
        "CN-BIG,2026-04-03,Other KK,JPY,Goodwill,Rebate,300000000000000000\n"
        "CN-SMALL,2026-04-03,Other KK,JPY,Goodwill,Rebate,7\n");
    run = cli({str("import"), str("creditnotes"), notes, str("--skip-invalid")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
        str("Imported creditnotes.csv (credit notes): 1 created, 0 updated, 0 skipped, 1 "
            "rejected.\n"));
    QCOMPARE(rows("SELECT number || ' ' || grand_total FROM credit_notes ORDER BY id"),
        QStringList({str("CN-SMALL 7")}));
    QVERIFY2(readFile(mCompany->filePath(str("creditnotes.errors.csv"))).contains(beyond.toUtf8()),
        readFile(mCompany->filePath(str("creditnotes.errors.csv"))).constData());
}

/**
 * A tester's finds: SQLite added a customer's receipts before the allocations taken from them,
 * so receipts over 9.2e18 in all, though allocated, made further receipts fail ("integer
 * overflow"); an import refused allocations over 2^62; a receipt's rows adding up beyond 64 bits
 * were called "not more than zero".
 */
void TestCliCredit::largeReceiptsAreSummedExactly()
{
    QVERIFY(
        importInvoices("number,date,currency,customer,line.quantity,line.rate,line.description\n"
                       "J-1,2026-04-01,JPY,Other KK,1,1000,Engine\n"
                       "J-BIG,2026-04-01,JPY,Other KK,1,5000000000000000000,Engine\n"
                       "J-B2,2026-04-01,JPY,Other KK,1,3000000000000000000,Engine\n"
                       "J-B3,2026-04-01,JPY,Other KK,1,3000000000000000000,Engine\n"));
    const QString payments = mCompany->filePath(str("payments.csv"));
    writeFile(payments,
        "invoiceNumber,date,amount,method,receipt\n"
        "J-B2,2026-04-02,3000000000000000000,cash,R-1\n"
        "J-B3,2026-04-02,3000000000000000000,cash,R-1\n");
    Run run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QStringList receive {str("receive"), str("--customer"), str("Other KK"), str("--date"),
        str("2026-04-03"), str("--method"), str("cash"), str("--amount"),
        str("5000000000000000000")};
    QCOMPARE(
        cli(receive + QStringList({str("--allocate"), str("J-BIG=5000000000000000000")})).exitCode,
        0);
    // 1.1e19 received in all, all of it allocated: the credit is nothing, and more may come.
    run = cli(receive);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(str("\"5000000000000000000\"")), qPrintable(run.out));
    // Up to the largest credit exactly, a receipt allocated in part.
    writeFile(payments,
        "invoiceNumber,date,amount,method,receipt,customer,currency\n"
        "J-1,2026-04-04,1000,cash,R-2,Other KK,JPY\n"
        ",2026-04-04,4223372036854775807,cash,R-2,Other KK,JPY\n");
    run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(rows("SELECT sum(amount) FROM receipts"), QStringList({str("SQL ERROR")}));
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QVERIFY2(run.out.contains(str("\"9223372036854775807\"")), qPrintable(run.out));

    writeFile(payments,
        "invoiceNumber,date,amount,method,receipt,customer,currency\n"
        "J-BIG,2026-04-05,1,cash,R-3,Other KK,JPY\n"
        ",2026-04-05,9223372036854775807,cash,R-3,Other KK,JPY\n");
    run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(str("payments.csv: line 3, column amount "
                                    "(\"9223372036854775807\"): the rows of receipt R-3 add up "
                                    "to more than an amount can be (over "
                                    "9,223,372,036,854,775,807 minor units)\n")),
        qPrintable(run.err));
}

/**
 * A tester's find: voiding a receipt gave each payment's money back to the credit while the
 * receipt still counted, so at the bound it was refused.
 */
void TestCliCredit::aReceiptAtTheBoundCanBeVoided()
{
    QVERIFY(
        importInvoices("number,date,currency,customer,line.quantity,line.rate,line.description\n"
                       "U-1,2026-01-01,USD,Acme Inc,1,100.00,Work\n"));
    QCOMPARE(cli({str("receive"), str("--customer"), str("Acme Inc"), str("--date"),
                     str("2026-01-02"), str("--amount"), str("92233720368547758.07"),
                     str("--method"), str("cash"), str("--allocate"), str("U-1=100.00")})
                 .exitCode,
        0);
    QCOMPARE(cli({str("cancel"), str("U-1"), str("--keep-credit")}).exitCode, 0);
    Run run = cli({str("credit"), str("list")});
    QVERIFY2(run.out.contains(str("92233720368547758.07")), qPrintable(run.out));
    run = cli({str("void-receipt"), str("R-000001"), str("--reason"), str("Bounced")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(rows("SELECT receipt_key, voided_at IS NOT NULL FROM receipts"),
        QStringList({str("R-000001|1")}));
    // The credit the cancelled invoice's payment left went with the receipt (tst_creditmoves).
    QCOMPARE(rows("SELECT applied FROM credit_notes"), QStringList({str("10000")}));
    run = cli({str("credit"), str("list"), str("--format"), str("json")});
    QCOMPARE(run.out.trimmed(), str("{\n    \"credits\": [\n    ]\n}"));
}

/** A tester's find: paid in full, refunded 1, paid 1 again wrapped the paid total round. */
void TestCliCredit::anInvoicesPaymentsStayWithinSums()
{
    QVERIFY(
        importInvoices("number,date,currency,customer,line.quantity,line.rate,line.description\n"
                       "J-MAX,2026-01-01,JPY,Nippon KK,1,9223372036854775807,Work\n"));
    const QString payments = mCompany->filePath(str("p.csv"));
    writeFile(payments,
        "invoiceNumber,date,amount,method\n"
        "J-MAX,2026-01-02,9223372036854775807,cash\n"
        "J-MAX,2026-01-03,-1,cash\n");
    QCOMPARE(cli({str("import"), str("payments"), payments}).exitCode, 0);
    writeFile(payments, "invoiceNumber,date,amount,method\nJ-MAX,2026-01-04,1,cash\n");
    const Run run = cli({str("import"), str("payments"), payments});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(str("p.csv: line 2, column amount (\"1\"): invoice J-MAX's "
                                    "payments and refunds would add up to more than can be summed "
                                    "(over 9,223,372,036,854,775,807 minor units)\n")),
        qPrintable(run.err));
    QCOMPARE(rows("SELECT paid_total, refunded_total, status FROM invoices"),
        QStringList({str("9223372036854775807|1|Pending")}));
}

QTEST_GUILESS_MAIN(TestCliCredit)
#include "tst_clicredit.moc"
