// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** taxcode list|set: the company's tax codes from the command line. */
class TestCliTaxCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        mCompany = std::make_unique<CliCompany>(QStringLiteral(INVOICEDESK_CLI));
        mCompany->open(); // the file exists: taxcode set creates none
    }
    void addListAndChange();
    void refusalsChangeNothing();

private:
    Run cli(QStringList arguments) { return mCompany->cli(std::move(arguments)); }
    /** Opened for the moment of reading: the command line refuses a file another holds. */
    QStringList codeRows() const
    {
        const auto database = mCompany->open();
        return rowsOf(database->connection(),
            "SELECT name, rate_e4, category, exemption_reason FROM tax_codes ORDER BY name");
    }

    std::unique_ptr<CliCompany> mCompany;
};

void TestCliTaxCodes::addListAndChange()
{
    Run run = cli({str("taxcode"), str("set"), str("DE 19"), str("--rate"), str("19")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, str("Added tax code DE 19: 19 %, category S\n"));
    run = cli({str("taxcode"), str("set"), str("Export"), str("--rate"), str("0%")});
    QCOMPARE(run.out, str("Added tax code Export: 0 %, category Z\n"));
    run = cli({str("taxcode"), str("set"), str("Exempt Med"), str("--rate"), str("0"),
        str("--category"), str("e"), str("--exemption-reason"), str("§ 4 Nr. 14 UStG")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(codeRows(),
        QStringList(
            {str("DE 19|190000|S|"), str("Exempt Med|0|E|§ 4 Nr. 14 UStG"), str("Export|0|Z|")}));

    // A code of that name (case aside) is changed, keeping what is not given.
    run = cli({str("taxcode"), str("set"), str("de 19"), str("--rate"), str("19.5")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, str("Saved tax code DE 19: 19.5 %, category S\n"));

    run = cli({str("taxcode"), str("list")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("name        rate  category  exemptionReason\n"
            "DE 19       19.5  S\n"
            "Exempt Med     0  E         § 4 Nr. 14 UStG\n"
            "Export         0  Z\n"));
    run = cli({str("taxcode"), str("list"), str("--format"), str("json")});
    QVERIFY2(run.out.contains(str("\"name\": \"Exempt Med\",\n            \"rate\": \"0\"")),
        qPrintable(run.out));
}

void TestCliTaxCodes::refusalsChangeNothing()
{
    QCOMPARE(cli({str("taxcode"), str("set"), str("DE 7"), str("--rate"), str("7")}).exitCode, 0);
    const QStringList before = codeRows();
    Run run = cli({str("taxcode"), str("set"), str("New")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("a new tax code needs --rate, e.g. --rate 19\n"));
    run = cli({str("taxcode"), str("set"), str("DE 7"), str("--rate"), str("seven")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(str("--rate \"seven\": ")), qPrintable(run.err));
    // A standard-rated code at 0 % makes e-invoices the CEN rules reject (BR-S-05).
    run = cli({str("taxcode"), str("set"), str("DE 7"), str("--rate"), str("0"), str("--category"),
        str("S")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(str("Tax code DE 7 was not saved: ")), qPrintable(run.err));
    run = cli({str("taxcode"), str("set"), str("  "), str("--rate"), str("5")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("a tax code needs a name\n"));
    run = cli({str("taxcode"), str("set"), str("Reverse"), str("--rate"), str("5"),
        str("--category"), str("AE")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("Tax code Reverse was not saved: rate: a code of category AE has a rate of 0 %\n"));
    run = cli({str("taxcode"), str("remove"), str("DE 7")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("taxcode takes list or set\n"));
    QCOMPARE(codeRows(), before);
}

QTEST_GUILESS_MAIN(TestCliTaxCodes)
#include "tst_clitaxcodes.moc"
