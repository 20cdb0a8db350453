// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 5: a discount and a tax code per line, the company's tax codes, and totals.
#include "csvexporter.h"
#include "csvimporter.h"
#include "ledger.h"
#include "taxcode.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

LineItem line(qint64 thousandths, qint64 rate, const char *description = "Work")
{
    LineItem item;
    item.quantity = Quantity::fromThousandths(thousandths);
    item.rate = rate;
    item.description = str(description);
    return item;
}

Percentage percent(const char *text)
{
    return *Percentage::parse(str(text));
}

TaxCode code(const char *name, const char *rate, const char *category = "S")
{
    TaxCode c;
    c.name = str(name);
    c.rate = percent(rate);
    c.category = str(category);
    return c;
}

Invoice invoiceIn(const char *currencyCode, const QList<LineItem> &lines)
{
    Invoice invoice;
    invoice.number = str("T-1");
    invoice.date = QDate(2026, 3, 1);
    invoice.currency = currency(currencyCode);
    invoice.lines = lines;
    return invoice;
}

QByteArray exportInvoices(Ledger &ledger)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter(ledger);
    if (auto count = exporter.exportInvoices(&buffer); !count)
        qWarning() << count.error();
    return bytes;
}

} // namespace

class TestTaxCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineNetAmount_data();
    void lineNetAmount();
    void totalsWithoutDiscountsUnchanged();
    void validationOfDiscounts();
    void codeForRate();
    void resolveLines();
    void savedCodesAreAudited();
    void invoiceSavesResolvedCodes();
    void csvRoundTripIsByteIdentical();
    void csvChecksCodesAndTotals();
};

void TestTaxCodes::lineNetAmount_data()
{
    QTest::addColumn<QString>("currencyCode");
    QTest::addColumn<qint64>("quantity"); // thousandths
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<QString>("discountPercent");
    QTest::addColumn<qint64>("discountAmount"); // -1: none
    QTest::addColumn<qint64>("net");

    // 3 × 19.99 = 59.97; −15 % = 50.9745 → 50.97
    QTest::newRow("EUR percent") << str("EUR") << qint64(3000) << qint64(1999) << str("15")
                                 << qint64(-1) << qint64(5097);
    // 1.5 × 33.33 = 49.995; −10 % = 44.9955 → 45.00 (one rounding, half away from zero)
    QTest::newRow("EUR one rounding")
        << str("EUR") << qint64(1500) << qint64(3333) << str("10") << qint64(-1) << qint64(4500);
    QTest::newRow("EUR amount") << str("EUR") << qint64(2000) << qint64(5000) << QString()
                                << qint64(1250) << qint64(8750);
    // JPY: 7 × 1234 = 8638; −12.5 % = 7558.25 → 7558
    QTest::newRow("JPY percent") << str("JPY") << qint64(7000) << qint64(1234) << str("12.5")
                                 << qint64(-1) << qint64(7558);
    // KWD: 2.5 × 1.235 = 3.0875; −3.75 % = 2.97171875 → 2.972
    QTest::newRow("KWD percent") << str("KWD") << qint64(2500) << qint64(1235) << str("3.75")
                                 << qint64(-1) << qint64(2972);
    QTest::newRow("KWD amount") << str("KWD") << qint64(1000) << qint64(10000) << QString()
                                << qint64(125) << qint64(9875);
    QTest::newRow("100 %") << str("USD") << qint64(1000) << qint64(999) << str("100") << qint64(-1)
                           << qint64(0);
}

void TestTaxCodes::lineNetAmount()
{
    QFETCH(QString, currencyCode);
    QFETCH(qint64, quantity);
    QFETCH(qint64, rate);
    QFETCH(QString, discountPercent);
    QFETCH(qint64, discountAmount);
    QFETCH(qint64, net);
    LineItem item = line(quantity, rate);
    if (!discountPercent.isEmpty())
        item.discountPercent = *Percentage::parse(discountPercent);
    if (discountAmount >= 0)
        item.discountAmount = discountAmount;
    QCOMPARE(item.total(), std::optional<qint64>(net));

    // Tax goes on the net amount; the invoice adds them up exactly.
    item.taxRate = percent("20");
    Invoice invoice = invoiceIn(currencyCode.toLatin1().constData(), {item});
    const auto totals = invoice.totals();
    QVERIFY(totals.ok());
    QCOMPARE(totals->subtotal, net);
    QCOMPARE(totals->tax, *percent("20").applyTo(net));
    QCOMPARE(totals->grandTotal, net + *percent("20").applyTo(net));
}

void TestTaxCodes::totalsWithoutDiscountsUnchanged()
{
    LineItem a = line(1500, 3333);
    a.taxRate = percent("7.25");
    const LineItem b = line(2000, 1999);
    Invoice invoice = invoiceIn("USD", {a, b});
    invoice.shippingTotal = 500;
    invoice.discountTotal = 100;
    const auto totals = invoice.totals();
    QVERIFY(totals.ok());
    QCOMPARE(totals->subtotal, qint64(5000 + 3998)); // 49.995 → 50.00, 39.98
    QCOMPARE(totals->tax, qint64(363)); // 7.25 % of 50.00 = 3.625 → 3.63
    QCOMPARE(totals->grandTotal, qint64(8998 - 100 + 500 + 363));
}

void TestTaxCodes::validationOfDiscounts()
{
    LineItem both = line(1000, 1000);
    both.discountPercent = percent("5");
    both.discountAmount = 10;
    LineItem tooMuch = line(1000, 1000);
    tooMuch.discountAmount = 1001;
    LineItem over = line(1000, 1000);
    over.discountPercent = percent("100.5");
    const Problems problems = invoiceIn("EUR", {both, tooMuch, over}).validate();
    QCOMPARE(problems,
        (Problems {{str("line.discountAmount"),
                       str("a line takes a discount percentage or a discount amount, not both"), 0},
            {str("line.discountAmount"), str("the discount is larger than quantity × rate"), 1},
            {str("line.discountPercent"), str("a discount must be between 0 and 100 %"), 2}}));
}

void TestTaxCodes::codeForRate()
{
    const QList<TaxCode> codes = {code("Exempt", "0", "E"), code("VAT 20", "20"),
        code("Zero", "0", "Z"), code("Reduced", "7", "S")};
    QCOMPARE(TaxCodes::codeForRate(codes, percent("20"))->name, str("VAT 20"));
    // A 0 % line is zero-rated (Z) unless a code says otherwise.
    QCOMPARE(TaxCodes::codeForRate(codes, percent("0"))->name, str("Zero"));
    QCOMPARE(TaxCodes::codeForRate({code("Exempt", "0", "E")}, percent("0"))->name, str("Exempt"));
    QVERIFY(!TaxCodes::codeForRate(codes, percent("19")));
    QCOMPARE(TaxCodes::byName(codes, str("vat 20"))->name, str("VAT 20"));
    // Of several 0 % codes none zero-rated, none is the one meant: an exempt, a reverse-charge
    // or an export code taken by a line without one would change what its invoice says.
    QVERIFY(!TaxCodes::codeForRate(
        {code("Exempt", "0", "E"), code("RC", "0", "AE"), code("Export", "0", "G")}, percent("0")));
    // Standard rating at 0 % is no category EN 16931 knows (BR-S-05).
    QCOMPARE(code("Null S", "0", "S").validate(),
        (Problems {{str("rate"),
            str("a standard-rated code (S) has a rate above 0 %; 0 % is category Z")}}));
    // Reverse charge, intra-community supply and export are 0 % too (BR-AE-05, BR-IC-05,
    // BR-G-05); a taxed code has no exemption reason (BR-S-10, BR-Z-10).
    for (const char *category : {"AE", "K", "G"})
        QCOMPARE(code("Five", "5", category).validate(),
            (Problems {{str("rate"),
                str("a code of category %1 has a rate of 0 %").arg(QLatin1String(category))}}));
    TaxCode reasoned = code("VAT 20", "20");
    reasoned.exemptionReason = str("Article 132");
    QCOMPARE(reasoned.validate(),
        (Problems {{str("exemptionReason"),
            str("a code of category S is taxed: it has no exemption reason (the reason is for E, "
                "AE, K, G and O)")}}));
}

void TestTaxCodes::resolveLines()
{
    const QList<TaxCode> codes = {code("VAT 20", "20"), code("Zero", "0", "Z")};
    LineItem byRate = line(1000, 100);
    byRate.taxRate = percent("20");
    LineItem byCode = line(1000, 100);
    byCode.taxCode = str("zero");
    LineItem unknown = line(1000, 100);
    unknown.taxCode = str("GST");
    LineItem disagrees = line(1000, 100);
    disagrees.taxCode = str("VAT 20");
    disagrees.taxRate = percent("19");
    LineItem noRate = line(1000, 100);
    QList<LineItem> lines = {byRate, byCode, unknown, disagrees, noRate};
    const Problems problems = TaxCodes::resolve(lines, codes);
    QCOMPARE(lines.at(0).taxCode, str("VAT 20"));
    QCOMPARE(lines.at(1).taxCode, str("Zero"));
    QCOMPARE(lines.at(1).taxRate, std::optional<Percentage>(percent("0")));
    QCOMPARE(lines.at(4).taxCode, QString());
    QCOMPARE(lines.at(4).taxRate, std::optional<Percentage>());
    QCOMPARE(problems,
        (Problems {{str("line.taxCode"), str("there is no tax code named \"GST\""), 2},
            {str("line.taxCode"),
                str("tax code \"VAT 20\" is 20 %, but the line's tax rate is 19 %"), 3}}));
}

void TestTaxCodes::savedCodesAreAudited()
{
    TestDb t;
    auto saved = t.ledger->saveTaxCode(code("VAT 20", "20"));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved->id > 0);
    TaxCode exempt = code("Exempt", "0", "E");
    exempt.exemptionReason = str("Article 135(1)(g)");
    QVERIFY(t.ledger->saveTaxCode(exempt).ok());
    QCOMPARE(t.ledger->saveTaxCode(code("vat 20", "19")).error(),
        str("name: there is already a tax code named \"VAT 20\""));
    QCOMPARE(t.ledger->saveTaxCode(code("Bad", "5", "E")).error(),
        str("rate: a code of category E has a rate of 0 %"));
    QCOMPARE(t.ledger->saveTaxCode(code("Bad", "5", "X")).error(),
        str("category: the category must be one of S, Z, E, AE, K, G, O"));

    // A line carries the code; renaming the code renames it on the line.
    Invoice invoice = invoiceIn("EUR", {line(1000, 10000)});
    invoice.lines[0].taxRate = percent("20");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    TaxCode renamed = *saved;
    renamed.name = str("Standard");
    QVERIFY(t.ledger->saveTaxCode(renamed).ok());
    QCOMPARE(
        t.rows("SELECT tax_code, total FROM invoice_lines"), QStringList {str("Standard|10000")});
    QCOMPARE(
        t.rows("SELECT name, rate_e4, category, exemption_reason FROM tax_codes ORDER BY name"),
        (QStringList {str("Exempt|0|E|Article 135(1)(g)"), str("Standard|200000|S|")}));
    QCOMPARE(t.rows("SELECT action, details FROM audit_log WHERE entity_type = 'tax_code' "
                    "ORDER BY id"),
        (QStringList {str("created|{\"name\":\"VAT 20\",\"rate\":20,\"category\":\"S\"}"),
            str("created|{\"name\":\"Exempt\",\"rate\":0,\"category\":\"E\",\"exemptionReason\":"
                "\"Article 135(1)(g)\"}"),
            str("updated|{\"name\":\"Standard\",\"rate\":20,\"category\":\"S\"}")}));
}

void TestTaxCodes::invoiceSavesResolvedCodes()
{
    TestDb t;
    QVERIFY(t.ledger->saveTaxCode(code("VAT 20", "20")).ok());
    QVERIFY(t.ledger->saveTaxCode(code("Zero", "0", "Z")).ok());
    LineItem a = line(2000, 5000, "Consulting");
    a.taxRate = percent("20");
    a.discountPercent = percent("10");
    LineItem b = line(1000, 2500, "Books");
    b.taxCode = str("zero");
    b.discountAmount = 500;
    LineItem c = line(1000, 1000, "Postage");
    auto created = t.ledger->createInvoice(invoiceIn("EUR", {a, b, c}));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(t.rows("SELECT position, total, tax_rate_e4, discount_percent_e4, discount_amount, "
                    "tax_code FROM invoice_lines ORDER BY position"),
        (QStringList {
            str("0|9000|200000|100000||VAT 20"), str("1|2000|0||500|Zero"), str("2|1000||||")}));
    // 90.00 + 20.00 + 10.00 = 120.00; tax 18.00 → 138.00
    QCOMPARE(t.scalar("SELECT grand_total FROM invoices").toLongLong(), qint64(13800));
    auto loaded = t.ledger->invoice(created->id);
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->lines.at(0).discountPercent, std::optional<Percentage>(percent("10")));
    QCOMPARE((*loaded)->lines.at(1).discountAmount, std::optional<qint64>(500));
    QCOMPARE((*loaded)->lines.at(1).taxCode, str("Zero"));
    QCOMPARE((*loaded)->lines.at(2).taxCode, QString());

    Invoice bad = invoiceIn("EUR", {line(1000, 100)});
    bad.number = str("T-2");
    bad.lines[0].taxCode = str("GST 5");
    QCOMPARE(t.ledger->createInvoice(bad).error(),
        str("line.taxCode (line 1): there is no tax code named \"GST 5\""));
}

void TestTaxCodes::csvRoundTripIsByteIdentical()
{
    TestDb first;
    QVERIFY(first.ledger->saveTaxCode(code("VAT 20", "20")).ok());
    LineItem a = line(2000, 5000, "Consulting");
    a.taxRate = percent("20");
    a.discountPercent = percent("12.5");
    LineItem b = line(1500, 3333, "=cmd");
    b.discountAmount = 99;
    QVERIFY(first.ledger->createInvoice(invoiceIn("EUR", {a, b})).ok());
    const QByteArray exported = exportInvoices(*first.ledger);
    QVERIFY(exported.startsWith("number,status,"));
    QVERIFY(exported.contains(
        ",line.taxRate,line.discountPercent,line.discountAmount,line.taxCode,buyerReference,"
        "deliveryDate,paymentMeansCode\r\n"));
    QVERIFY(exported.contains(",2,50.00,87.50,,,Consulting,,20,12.5,,VAT 20,,,\r\n"));
    QVERIFY(exported.contains(",1.5,33.33,49.01,,,'=cmd,,,,0.99,,,,\r\n"));

    TestDb second;
    QVERIFY(second.ledger->saveTaxCode(code("VAT 20", "20")).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(str("invoices.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();
    CsvImporter importer(*second.ledger);
    ImportOptions options;
    const ImportReport report = importer.run(path, options);
    QVERIFY2(report.succeeded(), qPrintable(report.issues.value(0).toString() + report.fatalError));
    QCOMPARE(exportInvoices(*second.ledger), exported);
}

void TestTaxCodes::csvChecksCodesAndTotals()
{
    TestDb t;
    QVERIFY(t.ledger->saveTaxCode(code("VAT 20", "20")).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(str("invoices.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The code gives the rate, so the file's total (with tax) is checked after it is resolved.
    file.write("number,date,currency,line.quantity,line.rate,line.description,"
               "line.discountPercent,line.discountAmount,line.taxCode,grandTotal\r\n"
               "A-1,2026-03-01,EUR,2,50.00,Work,10,,VAT 20,108.00\r\n"
               "A-2,2026-03-01,EUR,1,10.00,Work,5,1.00,,\r\n"
               "A-3,2026-03-01,EUR,1,10.00,Work,,,GST,10.00\r\n"
               "A-4,2026-03-01,EUR,1,10.00,Work,,,VAT 20,10.00\r\n");
    file.close();
    CsvImporter importer(*t.ledger);
    const ImportReport report = importer.run(path, ImportOptions {});
    QStringList texts;
    for (const ImportIssue &issue : report.issues)
        texts.append(issue.toString());
    QCOMPARE(texts,
        (QStringList {str("line 3, column line.discountAmount (\"1.00\"): a line takes "
                          "line.discountPercent or line.discountAmount, not both"),
            str("line 4, column line.taxCode (\"GST\"): there is no tax code named \"GST\""),
            str("line 5, column grandTotal (\"10.00\"): the file's total 10.00 differs from "
                "12.00, the total of the lines, discount, shipping and tax")}));
    QVERIFY(!report.committed);
}

QTEST_GUILESS_MAIN(TestTaxCodes)
#include "tst_taxcodes.moc"
