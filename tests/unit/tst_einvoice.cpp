// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptbook.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * EN 16931 e-invoices from the command line (issue 14 item 5): every tax case in UBL and CII,
 * validated with the official CEN rules (tests/data/einvoice, Saxon-HE) with no fatal failed
 * assertion, exact totals in the XML, and refusals that name what is missing.
 */
class TestEInvoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTaxCaseValidatesInBothSyntaxes();
    void totalsAreExact();
    void refusalNamesWhatIsMissing();
    void facturXCarriesTheCiiInAPdfA3();
    void creditNotesValidateInBothSyntaxes();
    void creditNoteFacturXWithTheCompactTemplate();
    void creditedAndCancelledInvoicesAskForWhatIsOwed();
    void taxRoundedPerLineBeyondTheRulesIsRefused();

private:
    Run cli(QStringList arguments);
    Invoice invoice(const QString &number, const QList<std::pair<qint64, QString>> &lines);
    void store(const Invoice &invoice, const QString &buyerVatId = {});
    /** Issues a credit note through the ledger, as the desktop and the CLI do. */
    void issue(CreditNote note);
    /** Exports `numbers` in UBL and CII into ubl/ and cii/ under `folder`, then validates them. */
    void exportAndValidate(const QString &folder, const QStringList &numbers);

    /** The company file, open until close(): the CLI refuses a file another process holds. */
    Ledger &open();
    void close();

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDatabase;
    std::unique_ptr<Ledger> mLedger;
};

Ledger &TestEInvoice::open()
{
    if (!mLedger) {
        auto opened = Database::open(mDir.filePath(str("c.invoicedesk")));
        if (!opened)
            qFatal("cannot open the company file: %s", qPrintable(opened.error()));
        mDatabase = std::move(opened).value();
        mLedger = std::make_unique<Ledger>(*mDatabase);
    }
    return *mLedger;
}

void TestEInvoice::close()
{
    mLedger.reset();
    mDatabase.reset();
}

Run TestEInvoice::cli(QStringList arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir.filePath(str("xdg")));
    arguments.prepend(mDir.filePath(str("c.invoicedesk")));
    arguments.prepend(str("--db"));
    return runProgram(QStringLiteral(INVOICEDESK_CLI), arguments, environment);
}

/** Lines of 2 × 100.00 each, at the given rate (ten-thousandths) and tax code. */
Invoice TestEInvoice::invoice(const QString &number, const QList<std::pair<qint64, QString>> &lines)
{
    Invoice i = sampleInvoice(number);
    i.currency = currency("EUR");
    i.billing.address1 = str("Kaiserstraße 1");
    i.billing.city = str("Frankfurt");
    i.billing.zip = str("60311");
    i.billing.countryId = str("DE");
    i.buyerReference = str("04011000-12345-34");
    i.deliveryDate = QDate(2026, 2, 27);
    i.lines.clear();
    for (const auto &[rate, code] : lines) {
        LineItem line;
        line.quantity = Quantity::fromWhole(2);
        line.rate = 10000;
        line.description = str("Service at %1").arg(code.isEmpty() ? QString::number(rate) : code);
        line.taxRate = Percentage::fromScaled(rate);
        line.taxCode = code;
        i.lines.append(line);
    }
    return i;
}

void TestEInvoice::store(const Invoice &invoice, const QString &buyerVatId)
{
    auto created = open().createInvoice(invoice);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    if (buyerVatId.isEmpty())
        return;
    ReceiptBook book(open());
    Customer customer;
    customer.displayName = invoice.number + str(" customer");
    customer.taxId = buyerVatId;
    QVERIFY(book.customers().insert(customer).ok());
    QVERIFY(book.customers().assignInvoice(created->id, customer.id).ok());
}

void TestEInvoice::initTestCase()
{
    CompanyProfile company;
    for (const auto &[key, value] : {std::pair {"name", "Acme GmbH"}, {"address1", "Hauptstraße 5"},
             {"city", "Berlin"}, {"zip", "10115"}, {"countryId", "DE"}, {"vatId", "DE123456789"},
             {"registration", "HRB 12345 B"}, {"iban", "DE89370400440532013000"},
             {"bic", "COBADEFFXXX"}, {"email", "billing@acme.example"}, {"phone", "+49 30 123456"},
             {"paymentTerms", "30 days net"}})
        company.setValue(QString::fromLatin1(key), QString::fromUtf8(value));
    QVERIFY(open().saveCompanyProfile(company).ok());
    for (const TaxCode &code :
        {TaxCode {0, {}, str("VAT 19"), Percentage::fromScaled(190000), str("S"), {}},
            TaxCode {0, {}, str("VAT 7"), Percentage::fromScaled(70000), str("S"), {}},
            TaxCode {0, {}, str("Zero"), Percentage::fromScaled(0), str("Z"), {}},
            TaxCode {0, {}, str("Exempt"), Percentage::fromScaled(0), str("E"),
                str("Exempt under section 4 no. 14 UStG")},
            TaxCode {0, {}, str("Reverse"), Percentage::fromScaled(0), str("AE"), {}}})
        QVERIFY(open().saveTaxCode(code).ok());
    close();
}

void TestEInvoice::everyTaxCaseValidatesInBothSyntaxes()
{
    store(invoice(str("STD-1"), {{190000, {}}}));
    store(invoice(str("ZERO-1"), {{0, {}}}));
    store(invoice(str("EXEMPT-1"), {{0, str("Exempt")}}));
    store(invoice(str("RC-1"), {{0, str("Reverse")}}), str("FR12345678901"));
    store(invoice(str("MIX-1"), {{190000, {}}, {70000, {}}, {0, {}}, {190000, {}}}));
    Invoice discounts = invoice(str("DISC-1"), {{190000, {}}, {70000, {}}});
    discounts.lines[0].discountPercent = Percentage::fromScaled(125000); // 12.5 %
    discounts.lines[1].discountAmount = 333;
    store(discounts);
    QVERIFY(open().recordPayment(samplePayment(str("DISC-1"), 5000)).ok());
    close();

    const QString ubl = mDir.filePath(str("ubl"));
    const QString cii = mDir.filePath(str("cii"));
    QVERIFY(QDir().mkpath(ubl) && QDir().mkpath(cii));
    for (const char *number : {"STD-1", "ZERO-1", "EXEMPT-1", "RC-1", "MIX-1", "DISC-1"}) {
        for (const auto &[format, folder] : {std::pair {str("ubl"), ubl}, {str("cii"), cii}}) {
            const QString file = folder + QLatin1Char('/') + QLatin1String(number) + str(".xml");
            const Run run = cli({str("einvoice"), QLatin1String(number), str("--format"), format,
                str("--output"), file});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }
    const Run validation
        = runProgram(QStringLiteral(INVOICEDESK_TEST_DATA "/einvoice/validate-batch.sh"),
            {ubl, cii}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));
    for (const char *folder : {"ubl", "cii"})
        for (const char *number : {"STD-1", "ZERO-1", "EXEMPT-1", "RC-1", "MIX-1", "DISC-1"})
            QVERIFY2(
                validation.out.contains(
                    str("%1/%2.xml: 0 fatal").arg(QLatin1String(folder), QLatin1String(number))),
                qPrintable(validation.out));
}

void TestEInvoice::totalsAreExact()
{
    // DISC-1: 200.00 − 12.5 % = 175.00 at 19 % (33.25); 200.00 − 3.33 = 196.67 at 7 % (13.77).
    const QString ubl = QString::fromUtf8(readFile(mDir.filePath(str("ubl/DISC-1.xml"))));
    for (const char *element : {"<cbc:LineExtensionAmount currencyID=\"EUR\">371.67<",
             "<cbc:TaxAmount currencyID=\"EUR\">47.02<",
             "<cbc:TaxableAmount currencyID=\"EUR\">175.00<",
             "<cbc:TaxAmount currencyID=\"EUR\">33.25<", "<cbc:Amount currencyID=\"EUR\">25.00<",
             "<cbc:TaxableAmount currencyID=\"EUR\">196.67<",
             "<cbc:TaxAmount currencyID=\"EUR\">13.77<", "<cbc:Amount currencyID=\"EUR\">3.33<",
             "<cbc:TaxInclusiveAmount currencyID=\"EUR\">418.69<",
             "<cbc:PrepaidAmount currencyID=\"EUR\">50.00<",
             "<cbc:PayableAmount currencyID=\"EUR\">368.69<",
             "<cbc:BuyerReference>04011000-12345-34<", "<cbc:ID>DE89370400440532013000<",
             "<cbc:PaymentMeansCode>58<", "<cbc:EndpointID schemeID=\"EM\">billing@acme.example<"})
        QVERIFY2(ubl.contains(QString::fromUtf8(element)), element);
    const QString cii = QString::fromUtf8(readFile(mDir.filePath(str("cii/RC-1.xml"))));
    for (const char *element : {"<ram:CategoryCode>AE</ram:CategoryCode>",
             "<ram:ExemptionReason>Reverse charge</ram:ExemptionReason>",
             "<ram:ID schemeID=\"VA\">FR12345678901</ram:ID>",
             "<ram:GrandTotalAmount>200.00</ram:GrandTotalAmount>",
             "<ram:DuePayableAmount>200.00</ram:DuePayableAmount>"})
        QVERIFY2(cii.contains(QString::fromUtf8(element)), element);
}

void TestEInvoice::refusalNamesWhatIsMissing()
{
    Invoice rc = invoice(str("RC-2"), {{0, str("Reverse")}, {190000, {}}});
    rc.lines[1].taxRate.reset();
    rc.billing.countryId.clear();
    rc.billing.company.clear();
    store(rc);
    close();
    const QString file = mDir.filePath(str("refused.xml"));
    const Run run
        = cli({str("einvoice"), str("RC-2"), str("--format"), str("ubl"), str("--output"), file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("Invoice RC-2 was not exported: The e-invoice needs a tax rate or tax code on line 2; "
            "the customer's country (billing address); the customer's VAT ID, which reverse "
            "charge and intra-community supplies need (the customer's tax ID).\n"));
    QVERIFY(!QFile::exists(file));
    const QString pdf = mDir.filePath(str("refused.pdf"));
    const Run zugferd = cli(
        {str("einvoice"), str("RC-2"), str("--format"), str("zugferd"), str("--output"), pdf});
    QCOMPARE(zugferd.exitCode, 1);
    QCOMPARE(zugferd.err, run.err);
    QVERIFY(!QFile::exists(pdf));
}

void TestEInvoice::creditedAndCancelledInvoicesAskForWhatIsOwed()
{
    // OWED-1: 200.00 at 19 % = 238.00; paid 100.00, credited 59.50 (50.00 + 9.50): 78.50 owed.
    store(invoice(str("OWED-1"), {{190000, {}}}));
    QVERIFY(open().recordPayment(samplePayment(str("OWED-1"), 10000)).ok());
    auto owed = open().invoiceByNumber(str("OWED-1"));
    CreditNote note;
    note.invoiceNumber = str("OWED-1");
    note.reason = str("Damaged goods");
    note.lines = *creditLinesForGross(5950, **owed, note.reason);
    issue(note);
    // CANC-1: 238.00, nothing paid, cancelled: nothing owed.
    store(invoice(str("CANC-1"), {{190000, {}}}));
    auto cancelled = open().invoiceByNumber(str("CANC-1"));
    QVERIFY(open().cancelInvoice((*cancelled)->id).ok());
    close();

    const QString folder = mDir.filePath(str("owed"));
    exportAndValidate(folder, {str("OWED-1"), str("CANC-1")});
    const auto file = [&](const char *syntax, const char *number) {
        return QString::fromUtf8(readFile(
            str("%1/%2/%3.xml").arg(folder, QLatin1String(syntax), QLatin1String(number))));
    };
    const QString owedUbl = file("ubl", "OWED-1");
    for (const char *element : {"<cbc:TaxInclusiveAmount currencyID=\"EUR\">238.00<",
             "<cbc:PrepaidAmount currencyID=\"EUR\">159.50<",
             "<cbc:PayableAmount currencyID=\"EUR\">78.50<"})
        QVERIFY2(owedUbl.contains(QString::fromUtf8(element)), element);
    const QString owedCii = file("cii", "OWED-1");
    for (const char *element : {"<ram:TotalPrepaidAmount>159.50</ram:TotalPrepaidAmount>",
             "<ram:DuePayableAmount>78.50</ram:DuePayableAmount>"})
        QVERIFY2(owedCii.contains(QString::fromUtf8(element)), element);
    const QString cancelledUbl = file("ubl", "CANC-1");
    for (const char *element : {"<cbc:PrepaidAmount currencyID=\"EUR\">238.00<",
             "<cbc:PayableAmount currencyID=\"EUR\">0.00<"})
        QVERIFY2(cancelledUbl.contains(QString::fromUtf8(element)), element);
    QVERIFY(
        file("cii", "CANC-1").contains(str("<ram:DuePayableAmount>0.00</ram:DuePayableAmount>")));
}

void TestEInvoice::taxRoundedPerLineBeyondTheRulesIsRefused()
{
    // J-2: 4 × 1005 JPY at 10 %: 101 tax per line, 404; on the sum, 4020 × 10 % = 402.
    Invoice yen = invoice(str("J-2"), {});
    yen.currency = currency("JPY");
    for (int i = 0; i < 4; ++i)
        yen.lines.append(LineItem {});
    // EUR-R: 250 lines of 1.50 at 7 %: 0.11 tax per line, 27.50; on the sum, 375.00 × 7 % = 26.25.
    Invoice euro = invoice(str("EUR-R"), {});
    for (int i = 0; i < 250; ++i)
        euro.lines.append(LineItem {});
    for (Invoice *each : {&yen, &euro}) {
        const bool isYen = each == &yen;
        for (LineItem &line : each->lines) {
            line.quantity = Quantity::fromWhole(1);
            line.rate = isYen ? 1005 : 150;
            line.description = str("Part");
            line.taxRate = Percentage::fromScaled(isYen ? 100000 : 70000);
        }
        store(*each);
    }
    // EUR-P: EUR-R's lines with the tax rounded per rate, as a per-rate import profile stores it.
    Invoice perRate = euro;
    perRate.number = str("EUR-P");
    perRate.taxTotal = 2625;
    store(perRate);
    close();

    const QStringList refusals = {
        str("Invoice J-2 was not exported: its tax at 10% is 404 JPY, rounded line by line; "
            "EN 16931 requires the tax of a rate on the sum of its lines (402 JPY), and the "
            "official rules (BR-CO-17) refuse a difference of one JPY or more. Issue it with the "
            "tax of each rate rounded once (an import profile's \"taxRounding\": \"per-rate\"), "
            "or send the PDF.\n"),
        str("Invoice EUR-R was not exported: its tax at 7% is 27.50 EUR, rounded line by line; "
            "EN 16931 requires the tax of a rate on the sum of its lines (26.25 EUR), and the "
            "official rules (BR-CO-17) refuse a difference of one EUR or more. Issue it with the "
            "tax of each rate rounded once (an import profile's \"taxRounding\": \"per-rate\"), "
            "or send the PDF.\n")};
    const QStringList numbers = {str("J-2"), str("EUR-R")};
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        for (const char *format : {"ubl", "cii", "zugferd"}) {
            const QString file = mDir.filePath(numbers.at(i) + str(".refused"));
            const Run run = cli({str("einvoice"), numbers.at(i), str("--format"),
                QLatin1String(format), str("--output"), file});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err, refusals.at(i));
            QCOMPARE(run.out, QString());
            QVERIFY(!QFile::exists(file));
        }
    }
    // The invoice whose tax was rounded per rate is exported with it, and passes the rules.
    const QString folder = mDir.filePath(str("per-rate"));
    exportAndValidate(folder, {str("EUR-P")});
    const QString ubl = QString::fromUtf8(readFile(folder + str("/ubl/EUR-P.xml")));
    for (const char *element : {"<cbc:TaxableAmount currencyID=\"EUR\">375.00<",
             "<cbc:TaxAmount currencyID=\"EUR\">26.25<",
             "<cbc:TaxInclusiveAmount currencyID=\"EUR\">401.25<",
             "<cbc:PayableAmount currencyID=\"EUR\">401.25<"})
        QVERIFY2(ubl.contains(QString::fromUtf8(element)), element);
}

/** A tool of poppler-utils (or qpdf) on the exported PDF. */
static Run tool(const char *program, const QStringList &arguments)
{
    return runProgram(
        QString::fromLatin1(program), arguments, QProcessEnvironment::systemEnvironment());
}

void TestEInvoice::facturXCarriesTheCiiInAPdfA3()
{
    close();
    const QString folder = mDir.filePath(str("zugferd"));
    QVERIFY(QDir().mkpath(folder + str("/cii")));
    const QString pdf = folder + str("/DISC-1.pdf");
    const QString cii = folder + str("/DISC-1.cii");
    for (const auto &[format, file] : {std::pair {str("zugferd"), pdf}, {str("cii"), cii}}) {
        const Run run
            = cli({str("einvoice"), str("DISC-1"), str("--format"), format, str("--output"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    QCOMPARE(
        tool("pdfdetach", {str("-list"), pdf}).out, str("1 embedded files\n1: factur-x.xml\n"));
    const QString attached = folder + str("/cii/DISC-1.xml");
    QCOMPARE(tool("pdfdetach", {str("-save"), str("1"), str("-o"), attached, pdf}).exitCode, 0);
    QCOMPARE(readFile(attached), readFile(cii));
    const Run validation
        = runProgram(QStringLiteral(INVOICEDESK_TEST_DATA "/einvoice/validate-batch.sh"),
            {str("-"), folder + str("/cii")}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));
    QVERIFY2(validation.out.contains(str("cii/DISC-1.xml: 0 fatal")), qPrintable(validation.out));

    const QString meta = tool("pdfinfo", {str("-meta"), pdf}).out;
    for (const char *xmp : {"pdfaid:part=\"3\"", "pdfaid:conformance=\"B\"",
             "<fx:DocumentType>INVOICE</fx:DocumentType>",
             "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
             "<fx:Version>1.0</fx:Version>", "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
             "<pdfaSchema:prefix>fx</pdfaSchema:prefix>"})
        QVERIFY2(meta.contains(QString::fromUtf8(xmp)), xmp);
    const QString info = tool("pdfinfo", {pdf}).out;
    QVERIFY2(info.contains(QRegularExpression(str("PDF version: +1\\.7\n"))), qPrintable(info));
    const Run check = tool("qpdf", {str("--check"), pdf});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    // The attachment as PDF/A-3 and Factur-X want it, read in qpdf's uncompressed QDF form.
    const QString qdf = folder + str("/DISC-1.qdf");
    QCOMPARE(tool("qpdf", {str("--qdf"), str("--object-streams=disable"), pdf, qdf}).exitCode, 0);
    const QString objects = QString::fromLatin1(readFile(qdf));
    for (const char *entry : {"/AF [", "/EmbeddedFiles ", "/AFRelationship /Alternative",
             "/Subtype /text#2fxml", "/ModDate (D:", "/UF (factur-x.xml)"})
        QVERIFY2(objects.contains(QLatin1String(entry)), entry);
    // The printed invoice: its number and its total, 418.69 in German (the buyer is in DE).
    const QString text = tool("pdftotext", {pdf, str("-")}).out;
    QVERIFY2(text.contains(str("DISC-1")), qPrintable(text));
    QVERIFY2(text.contains(str("418,69")), qPrintable(text));
}

void TestEInvoice::issue(CreditNote note)
{
    note.date = QDate(2026, 3, 20);
    auto issued = open().issueCreditNote(note);
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error()));
}

void TestEInvoice::exportAndValidate(const QString &folder, const QStringList &numbers)
{
    QVERIFY(QDir().mkpath(folder + str("/ubl")) && QDir().mkpath(folder + str("/cii")));
    for (const QString &number : numbers) {
        for (const QString &format : {str("ubl"), str("cii")}) {
            const QString file = str("%1/%2/%3.xml").arg(folder, format, number);
            const Run run
                = cli({str("einvoice"), number, str("--format"), format, str("--output"), file});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.out, str("Wrote the e-invoice of %1 to %2\n").arg(number, file));
        }
    }
    const Run validation
        = runProgram(QStringLiteral(INVOICEDESK_TEST_DATA "/einvoice/validate-batch.sh"),
            {folder + str("/ubl"), folder + str("/cii")}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.out + validation.err));
    for (const char *syntax : {"ubl", "cii"})
        for (const QString &number : numbers)
            QVERIFY2(validation.out.contains(
                         str("%1/%2.xml: 0 fatal").arg(QLatin1String(syntax), number)),
                qPrintable(validation.out));
}

void TestEInvoice::creditNotesValidateInBothSyntaxes()
{
    // CRED-1: 200.00 at 19 % and 200.00 at 7 %; 59.50 gross credited in proportion: 31.33 at
    // 19 % (26.33 + 5.00) and 28.17 at 7 % (26.33 + 1.84).
    store(invoice(str("CRED-1"), {{190000, {}}, {70000, {}}}));
    auto credited = open().invoiceByNumber(str("CRED-1"));
    CreditNote onInvoice;
    onInvoice.invoiceNumber = str("CRED-1");
    onInvoice.reason = str("Damaged goods");
    onInvoice.lines = *creditLinesForGross(5950, **credited, onInvoice.reason);
    issue(onInvoice); // CN-0001
    // RC-1 (reverse charge, its customer has a VAT ID): the credit keeps the AE category.
    auto reverse = open().invoiceByNumber(str("RC-1"));
    CreditNote reverseCharge = onInvoice;
    reverseCharge.invoiceNumber = str("RC-1");
    reverseCharge.lines = *creditLinesForGross(5000, **reverse, onInvoice.reason);
    issue(reverseCharge); // CN-0002
    // A credit note for a customer, not for an invoice: goodwill of 20.00 + 19 %.
    Customer customer;
    customer.displayName = str("Babbage & Co");
    customer.billing.company = str("Babbage & Co");
    customer.billing.address1 = str("Zeil 10");
    customer.billing.city = str("Frankfurt");
    customer.billing.zip = str("60313");
    customer.billing.countryId = str("DE");
    QVERIFY(ReceiptBook(open()).customers().insert(customer).ok());
    CreditNote goodwill;
    goodwill.customerName = customer.displayName;
    goodwill.currency = currency("EUR");
    goodwill.reason = str("Goodwill for the late delivery");
    goodwill.lines = {*creditLineWithTax(
        {str("Goodwill"), Quantity::fromWhole(1), 2000, Percentage::fromScaled(190000), 0})};
    issue(goodwill); // CN-0003
    // SPLIT-1: 200.00 at 19 % = 238.00, 200.00 paid, 38.00 owed: a note of 119.00 settles 38.00
    // of it and leaves 81.00 as the customer's credit, and says so.
    store(invoice(str("SPLIT-1"), {{190000, {}}}));
    QVERIFY(open().recordPayment(samplePayment(str("SPLIT-1"), 20000)).ok());
    auto split = open().invoiceByNumber(str("SPLIT-1"));
    CreditNote partly = onInvoice;
    partly.invoiceNumber = str("SPLIT-1");
    partly.lines = *creditLinesForGross(11900, **split, onInvoice.reason);
    issue(partly); // CN-0004
    close();

    exportAndValidate(mDir.filePath(str("credit")),
        {str("CN-0001"), str("CN-0002"), str("CN-0003"), str("CN-0004")});
    QVERIFY(QString::fromUtf8(readFile(mDir.filePath(str("credit/ubl/CN-0004.xml"))))
                .contains(str("<cbc:Note>38.00 settled against invoice SPLIT-1, 81.00 credited "
                              "to the customer's account</cbc:Note>")));
    QVERIFY(QString::fromUtf8(readFile(mDir.filePath(str("credit/cii/CN-0004.xml"))))
                .contains(str("<ram:Description>38.00 settled against invoice SPLIT-1, 81.00 "
                              "credited to the customer's account</ram:Description>")));
    const QString ubl = QString::fromUtf8(readFile(mDir.filePath(str("credit/ubl/CN-0001.xml"))));
    for (const char *element :
        {"<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"",
            "<cbc:ID>CN-0001</cbc:ID>", "<cbc:IssueDate>2026-03-20</cbc:IssueDate>",
            "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
            "<cbc:Note>Damaged goods</cbc:Note>",
            "<cac:BillingReference>\n        <cac:InvoiceDocumentReference>\n"
            "            <cbc:ID>CRED-1</cbc:ID>\n"
            "            <cbc:IssueDate>2026-03-01</cbc:IssueDate>",
            "<cbc:PaymentMeansCode>97<", "<cbc:Note>Settled against invoice CRED-1<",
            "<cbc:TaxableAmount currencyID=\"EUR\">26.33<",
            "<cbc:TaxAmount currencyID=\"EUR\">5.00<", "<cbc:TaxAmount currencyID=\"EUR\">1.84<",
            "<cbc:TaxExclusiveAmount currencyID=\"EUR\">52.66<",
            "<cbc:TaxAmount currencyID=\"EUR\">6.84<",
            "<cbc:PayableAmount currencyID=\"EUR\">59.50<",
            "<cbc:CreditedQuantity unitCode=\"C62\">1</cbc:CreditedQuantity>"})
        QVERIFY2(ubl.contains(QString::fromUtf8(element)), element);
    QVERIFY(!ubl.contains(str("<Invoice")) && !ubl.contains(str(">-"))); // amounts positive
    const QString cii = QString::fromUtf8(readFile(mDir.filePath(str("credit/cii/CN-0002.xml"))));
    for (const char *element :
        {"<ram:TypeCode>381</ram:TypeCode>", "<ram:CategoryCode>AE</ram:CategoryCode>",
            "<ram:ID schemeID=\"VA\">FR12345678901</ram:ID>",
            "<ram:InvoiceReferencedDocument>\n                <ram:IssuerAssignedID>RC-1<",
            "<qdt:DateTimeString format=\"102\">20260301</qdt:DateTimeString>",
            "<ram:GrandTotalAmount>50.00</ram:GrandTotalAmount>",
            "<ram:DuePayableAmount>50.00</ram:DuePayableAmount>"})
        QVERIFY2(cii.contains(QString::fromUtf8(element)), element);
    const QString customerNote
        = QString::fromUtf8(readFile(mDir.filePath(str("credit/cii/CN-0003.xml"))));
    for (const char *element : {"<ram:Name>Babbage &amp; Co</ram:Name>",
             "<ram:Description>Credited to the customer's account</ram:Description>",
             "<ram:TaxBasisTotalAmount>20.00</ram:TaxBasisTotalAmount>",
             "<ram:GrandTotalAmount>23.80</ram:GrandTotalAmount>"})
        QVERIFY2(customerNote.contains(QString::fromUtf8(element)), element);
    QVERIFY(!customerNote.contains(str("InvoiceReferencedDocument")));
}

/** The height in points of the company's name, "Acme", on the PDF's first page (pdftotext
 * -bbox): the compact template's body type is 7.5 pt, the default's 9 pt; -1 when absent. */
static double nameHeight(const QString &pdf)
{
    const QString boxes = tool("pdftotext", {str("-bbox"), str("-l"), str("1"), pdf, str("-")}).out;
    static const QRegularExpression word(
        str("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">"
            "Acme</word>"));
    const auto match = word.match(boxes);
    return match.hasMatch() ? match.captured(2).toDouble() - match.captured(1).toDouble() : -1;
}

void TestEInvoice::creditNoteFacturXWithTheCompactTemplate()
{
    close();
    const QString folder = mDir.filePath(str("credit-zugferd"));
    QVERIFY(QDir().mkpath(folder));
    const QString pdf = folder + str("/CN-0001.pdf");
    const QString byDefault = folder + str("/CN-0001-default.pdf");
    Run run = cli({str("einvoice"), str("CN-0001"), str("--format"), str("zugferd"),
        str("--output"), pdf, str("--template"), str("compact")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({str("einvoice"), str("CN-0001"), str("--format"), str("zugferd"), str("--output"),
        byDefault});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(
        tool("pdfdetach", {str("-list"), pdf}).out, str("1 embedded files\n1: factur-x.xml\n"));
    const QString text = tool("pdftotext", {str("-layout"), pdf, str("-")}).out;
    // In German: CRED-1's customer is in Germany.
    for (const char *expected : {"Gutschrift", "Gutschriftnummer:", "CN-0001",
             "Gutschrift zu Rechnung CRED-1 vom 01.03.2026", "Grund: Damaged goods", "59,50"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
    // The compact template's smaller type: the same word, lower.
    const double compact = nameHeight(pdf);
    QVERIFY2(compact > 0 && compact * 10 < nameHeight(byDefault) * 9,
        qPrintable(str("%1 %2").arg(compact).arg(nameHeight(byDefault))));
    const QString xmlFile = folder + str("/factur-x.xml");
    QCOMPARE(tool("pdfdetach", {str("-save"), str("1"), str("-o"), xmlFile, pdf}).exitCode, 0);
    QVERIFY(readFile(xmlFile).contains("<ram:TypeCode>381</ram:TypeCode>"));
    run = cli({str("einvoice"), str("CN-0001"), str("--format"), str("ubl"), str("--output"),
        folder + str("/x.xml"), str("--template"), str("compact")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--template belongs to --format zugferd, whose PDF it prints\n"));
    run = cli({str("einvoice"), str("CN-0001"), str("--format"), str("zugferd"), str("--output"),
        pdf, str("--template"), str("fancy")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(str("There is no template named \"fancy\"")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestEInvoice)
#include "tst_einvoice.moc"
