// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsource.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * company show|set and pdf from the command line (issue 14 items 1, 2 and 6): the PDF's text,
 * read back with pdftotext (poppler-utils), holds every field item 2 lists.
 */
class TestCliDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void companyShowAndSet();
    void companySetRefusals();
    void multiPageInvoiceHasEveryField();
    void germanInvoiceInGermanFormats();
    void linesWithoutVatCarryTheirNotices();
    void japaneseTextIsInThePdf();
    void severalInvoicesInOnePdfAndTemplates();
    void creditNotePdfNamesTheCreditedInvoice();
    void creditedAndCancelledInvoicesAskForWhatIsOwed();
    void discountAndShippingRowsOnlyWhenThere();

private:
    Run cli(QStringList arguments);
    /** The PDF's text: laid out as on the page (rows on one line), or in reading order. */
    QString pdfText(const QString &pdf, bool layout = true);
    /** The company of the documents: Acme GmbH in Berlin with an IBAN. */
    void company();
    /** 60 lines over several pages, at 19 %, 7 % and exempt, discounts, a payment. */
    Invoice longInvoice();

    std::unique_ptr<QTemporaryDir> mDir;
};

Run TestCliDocuments::cli(QStringList arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir->filePath(str("xdg")));
    arguments.prepend(mDir->filePath(str("c.invoicedesk")));
    arguments.prepend(str("--db"));
    return runProgram(QStringLiteral(INVOICEDESK_CLI), arguments, environment);
}

QString TestCliDocuments::pdfText(const QString &pdf, bool layout)
{
    const QString text = mDir->filePath(str("out.txt"));
    QStringList arguments = {pdf, text};
    if (layout)
        arguments.prepend(str("-layout"));
    const Run run
        = runProgram(str("pdftotext"), arguments, QProcessEnvironment::systemEnvironment());
    if (run.exitCode != 0)
        return {};
    return QString::fromUtf8(readFile(text));
}

void TestCliDocuments::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    createCompanyFile(mDir->filePath(str("c.invoicedesk")));
}

void TestCliDocuments::company()
{
    const Run run = cli({str("company"), str("set"), str("name=Acme GmbH"),
        str("address1=Hauptstraße 5"), str("address2=Hof 2"), str("city=Berlin"), str("zip=10115"),
        str("countryId=de"), str("vatId=DE123456789"), str("registration=HRB 12345 B"),
        str("iban=DE89 3704 0044 0532 0130 00"), str("bic=COBADEFFXXX"),
        str("bankName=Commerzbank"), str("email=billing@acme.example"), str("phone=+49 30 123456"),
        str("paymentTerms=30 days net"), str("footer=Thank you for your business")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCliDocuments::companyShowAndSet()
{
    company();
    Run run = cli({str("company"), str("show")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("key           value\n"
            "name          Acme GmbH\n"
            "address1      Hauptstraße 5\n"
            "address2      Hof 2\n"
            "city          Berlin\n"
            "zip           10115\n"
            "countryId     DE\n"
            "vatId         DE123456789\n"
            "registration  HRB 12345 B\n"
            "iban          DE89370400440532013000\n"
            "bic           COBADEFFXXX\n"
            "bankName      Commerzbank\n"
            "email         billing@acme.example\n"
            "phone         +49 30 123456\n"
            "logo\n"
            "paymentTerms  30 days net\n"
            "footer        Thank you for your business\n"));
    QCOMPARE(cli({str("company"), str("set"), str("address2=")}).exitCode, 0);
    run = cli({str("company"), str("show"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(str("\"address2\": \"\"")));
    QVERIFY(run.out.contains(str("\"city\": \"Berlin\"")));
}

void TestCliDocuments::companySetRefusals()
{
    company();
    Run run = cli({str("company"), str("set"), str("town=Paris")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("town=Paris: the keys are name, address1, address2, city, zip, countryId, vatId, "
            "registration, iban, bic, bankName, email, phone, logo, paymentTerms, footer\n"));
    run = cli({str("company"), str("set"), str("city=Paris"), str("iban=FR00 1234")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("The company profile was not changed: iban: \"FR001234\" is not a valid IBAN\n"));
    QVERIFY(cli({str("company"), str("show")}).out.contains(str("\ncity          Berlin\n")));
}

Invoice TestCliDocuments::longInvoice()
{
    Invoice invoice = sampleInvoice(str("INV-2026-042"));
    invoice.currency = currency("EUR");
    invoice.billing.address1 = str("12 Babbage Street");
    invoice.billing.city = str("London");
    invoice.billing.zip = str("EC1A 1BB");
    invoice.shipping.company = str("Engine Works");
    invoice.shipping.address1 = str("3 Dock Road");
    invoice.shipping.city = str("Manchester");
    invoice.shipping.zip = str("M1 2AB");
    invoice.shipping.countryId = str("GB");
    invoice.lines.clear();
    for (int i = 1; i <= 60; ++i) {
        LineItem line;
        line.quantity = Quantity::fromWhole(i);
        line.rate = 1000 + i;
        line.unit = i % 5 == 0 ? LineUnit::Month : LineUnit::None;
        line.description = str("Item %1").arg(i, 2, 10, QLatin1Char('0'));
        line.taxRate = Percentage::fromScaled(i % 2 ? 190000 : 70000);
        invoice.lines.append(line);
    }
    invoice.lines[2].discountPercent = Percentage::fromScaled(100000); // 10 % of 3 × 10.03
    invoice.lines[3].discountAmount = 104; // 1.04 off 4 × 10.04
    invoice.lines[59].taxRate = Percentage::fromScaled(0);
    invoice.lines[59].taxCode = str("Exempt");
    return invoice;
}

void TestCliDocuments::multiPageInvoiceHasEveryField()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        TaxCode exempt {0, {}, str("Exempt"), Percentage::fromScaled(0), str("E"),
            str("Exempt under section 4 UStG")};
        QVERIFY(ledger.saveTaxCode(exempt).ok());
        QVERIFY(ledger.createInvoice(longInvoice()).ok());
        QVERIFY(ledger.recordPayment(samplePayment(str("INV-2026-042"), 50000)).ok());
    }
    // Amounts computed here, apart from the program: net per line, tax per line rounded half
    // away from zero, summed per rate.
    qint64 net19 = 0, net7 = 0, tax19 = 0, tax7 = 0, subtotal = 0;
    for (int i = 1; i <= 60; ++i) {
        qint64 net = i * (1000 + i);
        if (i == 3)
            net = 2708; // 30.09 − 3.009 = 27.081
        if (i == 4)
            net -= 104;
        subtotal += net;
        if (i == 60)
            continue;
        (i % 2 ? net19 : net7) += net;
        (i % 2 ? tax19 : tax7) += (net * (i % 2 ? 19 : 7) * 2 + 100) / 200;
    }
    const qint64 grand = subtotal + tax19 + tax7;
    const auto eur = [](qint64 cents) {
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(double(cents) / 100.0, 'f', 2);
    };
    const QString pdf = mDir->filePath(str("inv.pdf"));
    const Run run = cli({str("pdf"), str("INV-2026-042"), str("--output"), pdf});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Wrote 1 document(s) to %1\n").arg(pdf));
    const QString text = pdfText(pdf);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(text));
    const int pageCount = int(pages.size());
    for (int p = 0; p < pageCount; ++p) {
        // The table header on every page with lines, and the page number under each page.
        if (pages.at(p).contains(str("Item ")))
            QVERIFY2(pages.at(p).contains(str("Unit price")), qPrintable(pages.at(p)));
        QVERIFY(pages.at(p).contains(str("Page %1 of %2").arg(p + 1).arg(pageCount)));
    }
    QVERIFY(pages.at(1).contains(str("Item ")));
    const QStringList expected = {str("Acme GmbH"), str("Hauptstraße 5"), str("Hof 2"),
        str("10115 Berlin"), str("billing@acme.example"), str("+49 30 123456"),
        str("VAT ID: DE123456789"), str("HRB 12345 B"), str("DE89 3704 0044 0532 0130 00"),
        str("COBADEFFXXX"), str("Commerzbank"), str("Thank you for your business"), str("Invoice"),
        str("INV-2026-042"), str("01/03/2026"), str("31/03/2026"), str("30 days net"),
        str("Analytical Engines Ltd"), str("Ada Lovelace"), str("12 Babbage Street"),
        str("EC1A 1BB London"), str("Engine Works"), str("3 Dock Road"), str("M1 2AB Manchester"),
        str("10 %"), str("1.04"), str("27.08"), str("month"), str("Exempt under section 4 UStG"),
        str("Scan to pay")};
    // In reading order, a cell that wraps (the exemption reason) reads as one phrase.
    const QString reading = pdfText(pdf, false).simplified();
    for (const QString &field : expected)
        QVERIFY2(reading.contains(field), qPrintable(field));
    // Every line: quantity, description, rate, tax and amount on one row.
    for (int i = 1; i <= 60; ++i) {
        const qint64 net = i == 3 ? 2708 : i == 4 ? 4 * 1004 - 104 : qint64(i) * (1000 + i);
        // pdftotext's layout may close up "7 %" to "7%"; the number and the sign are what count.
        const QString tax = i == 60 ? str("0 ?%") : i % 2 ? str("19 ?%") : str("7 ?%");
        const QRegularExpression row(str("\\b%1 .*Item %2 +%3 .*%4 +%5\\n")
                                         .arg(i)
                                         .arg(i, 2, 10, QLatin1Char('0'))
                                         .arg(QRegularExpression::escape(eur(1000 + i)), tax,
                                             QRegularExpression::escape(eur(net))));
        const qsizetype at = text.indexOf(str("Item %1").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY2(row.match(text).hasMatch(),
            qPrintable(
                row.pattern() + str(" in: ") + text.mid(std::max<qsizetype>(0, at - 120), 240)));
    }
    const QStringList totals = {str("19 ?% +%1 +%2").arg(eur(net19), eur(tax19)),
        str("7 ?% +%1 +%2").arg(eur(net7), eur(tax7)), str("Subtotal +%1").arg(eur(subtotal)),
        str("Tax total +%1").arg(eur(tax19 + tax7)), str("Total \\(EUR\\) +%1").arg(eur(grand)),
        str("Paid +500.00"), str("Outstanding \\(EUR\\) +%1").arg(eur(grand - 50000))};
    for (const QString &total : totals)
        QVERIFY2(QRegularExpression(total).match(text).hasMatch(), qPrintable(total));

    // The compact template holds the same fields. INVOICEDESK_SCREENSHOTS=DIR keeps both PDFs
    // there for the pictures in docs/documents (pdftoppm).
    const QString compact = mDir->filePath(str("compact.pdf"));
    QCOMPARE(cli({str("pdf"), str("INV-2026-042"), str("--output"), compact, str("--template"),
                     str("compact")})
                 .exitCode,
        0);
    QVERIFY(pdfText(compact).contains(str("Outstanding (EUR)")));
    const QString pictures = qEnvironmentVariable("INVOICEDESK_SCREENSHOTS");
    if (!pictures.isEmpty()) {
        QFile::remove(pictures + str("/default.pdf"));
        QFile::remove(pictures + str("/compact.pdf"));
        QVERIFY(QFile::copy(pdf, pictures + str("/default.pdf")));
        QVERIFY(QFile::copy(compact, pictures + str("/compact.pdf")));
    }
}

void TestCliDocuments::germanInvoiceInGermanFormats()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        Invoice invoice = sampleInvoice(str("RE-7"));
        invoice.currency = currency("EUR");
        invoice.billing.countryId = str("DE");
        invoice.lines[0].rate = 123456;
        invoice.lines[0].taxRate = Percentage::fromScaled(190000);
        QVERIFY(ledger.createInvoice(invoice).ok());
    }
    const QString pdf = mDir->filePath(str("de.pdf"));
    QCOMPARE(cli({str("pdf"), str("RE-7"), str("--output"), pdf}).exitCode, 0);
    const QString text = pdfText(pdf);
    // 2 × 1.234,56 + 1,5 × 10,33 = 2.484,62; 19 % of 2.469,12 = 469,13.
    for (const char *field : {"Rechnung", "Rechnungsnummer", "01.03.2026", "2.469,12", "469,13",
             "2.953,75", "Seite 1 von 1", "Tag"})
        QVERIFY2(text.contains(QString::fromUtf8(field)), field);
}

void TestCliDocuments::linesWithoutVatCarryTheirNotices()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        TaxCode reverse;
        reverse.name = str("RC");
        reverse.category = str("AE");
        QVERIFY(ledger.saveTaxCode(reverse).ok());
        TaxCode exempt;
        exempt.name = str("EX");
        exempt.category = str("E");
        exempt.exemptionReason = str("Article 135 of the VAT directive");
        QVERIFY(ledger.saveTaxCode(exempt).ok());
        for (const char *country : {"DE", "GB"}) {
            Invoice invoice = sampleInvoice(str("RC-%1").arg(QLatin1String(country)));
            invoice.currency = currency("EUR");
            invoice.billing.countryId = QLatin1String(country);
            invoice.lines[0].taxRate = Percentage();
            invoice.lines[0].taxCode = str("RC");
            invoice.lines[1].taxRate = Percentage();
            invoice.lines[1].taxCode = str("EX");
            QVERIFY(ledger.createInvoice(invoice).ok());
        }
    }
    // One tax row each, both at 0 %, and under each its notice: the reverse charge's in the
    // invoice's language, the exempt line's reason as the tax code has it.
    const QString de = mDir->filePath(str("rc-de.pdf"));
    QCOMPARE(cli({str("pdf"), str("RC-DE"), str("--output"), de}).exitCode, 0);
    QString text = pdfText(de, false).simplified();
    QVERIFY2(text.contains(str("Steuerschuldnerschaft des Leistungsempfängers")), qPrintable(text));
    QVERIFY2(text.contains(str("Article 135 of the VAT directive")), qPrintable(text));
    const QString en = mDir->filePath(str("rc-en.pdf"));
    QCOMPARE(cli({str("pdf"), str("RC-GB"), str("--output"), en}).exitCode, 0);
    text = pdfText(en, false).simplified();
    QVERIFY2(text.contains(str("Reverse charge: VAT to be accounted for by the customer")),
        qPrintable(text));
    QVERIFY2(text.contains(str("Article 135 of the VAT directive")), qPrintable(text));
}

void TestCliDocuments::japaneseTextIsInThePdf()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        Invoice invoice = sampleInvoice(str("JP-1"));
        invoice.currency = currency("JPY");
        invoice.billing.company = str("株式会社サクラ");
        invoice.billing.city = str("東京都");
        invoice.billing.countryId = str("JP");
        invoice.lines.resize(1);
        invoice.lines[0].rate = 12500;
        invoice.lines[0].description = str("コンサルティング");
        QVERIFY(ledger.createInvoice(invoice).ok());
    }
    // DejaVu Sans has no kana or kanji: the PDF falls back to a font that has them (Droid Sans
    // Fallback, scripts/install-deps.sh), so the name is text, not empty boxes.
    const QString pdf = mDir->filePath(str("jp.pdf"));
    const Run run = cli({str("pdf"), str("JP-1"), str("--output"), pdf});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QString text = pdfText(pdf, false);
    for (const char *word : {"株式会社サクラ", "東京都", "コンサルティング"})
        QVERIFY2(text.contains(QString::fromUtf8(word)), qPrintable(text));
}

void TestCliDocuments::severalInvoicesInOnePdfAndTemplates()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        QVERIFY(ledger.createInvoice(sampleInvoice(str("A-1"))).ok());
        QVERIFY(ledger.createInvoice(sampleInvoice(str("A-2"))).ok());
    }
    const QString pdf = mDir->filePath(str("two.pdf"));
    Run run = cli({str("pdf"), str("A-1"), str("A-2"), str("--output"), pdf, str("--template"),
        str("compact")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Wrote 2 document(s) to %1\n").arg(pdf));
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages.at(0).contains(str("A-1")));
    QVERIFY(pages.at(1).contains(str("A-2")));
    // A USD invoice has no GiroCode.
    QVERIFY(!pages.at(0).contains(str("Scan to pay")));

    // A user's copy in the data folder's templates/ overrides by name.
    const QString folder = mDir->filePath(str("xdg/InvoiceDesk/InvoiceDesk/templates"));
    QVERIFY(QDir().mkpath(folder));
    writeFile(folder + str("/mine.html"), "<p>Custom {{number}} for {{customer.name}}</p>");
    run = cli({str("pdf"), str("A-2"), str("--output"), pdf, str("--template"), str("mine")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(pdfText(pdf).contains(str("Custom A-2 for Analytical Engines Ltd")));

    run = cli({str("pdf"), str("A-2"), str("--output"), pdf, str("--template"), str("fancy")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("There is no template named \"fancy\"; the templates are compact, default, mine (your "
            "own go in %1)\n")
            .arg(folder));
    run = cli({str("pdf"), str("NOPE"), str("--output"), pdf});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("There is no invoice or credit note NOPE\n"));
}

void TestCliDocuments::creditNotePdfNamesTheCreditedInvoice()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        Invoice invoice = sampleInvoice(str("INV-0007")); // 100.00 + 15.50 net, GB: English
        for (LineItem &line : invoice.lines)
            line.taxRate = Percentage::fromScaled(200000);
        QVERIFY(ledger.createInvoice(invoice).ok());
    }
    // 60.00 gross at 20 %: 50.00 net and 10.00 tax.
    Run run = cli({str("credit-note"), str("--invoice"), str("INV-0007"), str("--amount"),
        str("60.00"), str("--reason"), str("Two consulting hours not delivered"), str("--date"),
        str("2026-03-20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString pdf = mDir->filePath(str("cn.pdf"));
    run = cli(
        {str("pdf"), str("CN-0001"), str("--output"), pdf, str("--template"), str("compact")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, str("Wrote 1 document(s) to %1\n").arg(pdf));
    QStringList lines = pdfText(pdf).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    for (const QString &expected : {str("Credit Note"), str("Credit note number: CN-0001"),
             str("Credit note date: 20/03/2026"), str("Credits invoice INV-0007 dated 01/03/2026"),
             str("Reason: Two consulting hours not delivered"), str("Bill to"),
             str("1 Two consulting hours not delivered 50.00 20 % 50.00"),
             str("Tax rate Net amount Tax amount Subtotal 50.00"),
             str("20 % 50.00 10.00 Tax total 10.00"), str("Total (USD) 60.00"), str("Page 1 of 1")})
        QVERIFY2(lines.contains(expected),
            qPrintable(expected + str(" in:\n") + lines.join(QLatin1Char('\n'))));
    const QString text = lines.join(QLatin1Char('\n'));
    for (const char *absent :
        {"Outstanding", "Paid", "Due date", "Ship to", "Scan to pay", "Shipping"})
        QVERIFY2(!text.contains(QLatin1String(absent)), absent);
}

void TestCliDocuments::creditedAndCancelledInvoicesAskForWhatIsOwed()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        // 115.50 net at 20 %: 138.60 each, in EUR (a GiroCode), GB: English.
        for (const QString &number : {str("OWED-1"), str("CANC-1"), str("KEPT-1")}) {
            Invoice invoice = sampleInvoice(number);
            invoice.currency = currency("EUR");
            for (LineItem &line : invoice.lines)
                line.taxRate = Percentage::fromScaled(200000);
            QVERIFY(ledger.createInvoice(invoice).ok());
        }
        QVERIFY(ledger.recordPayment(samplePayment(str("OWED-1"), 5000)).ok());
        QVERIFY(ledger.recordPayment(samplePayment(str("KEPT-1"), 5000)).ok());
    }
    Run run = cli({str("credit-note"), str("--invoice"), str("OWED-1"), str("--amount"),
        str("60.00"), str("--reason"), str("Damaged goods")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({str("cancel"), str("CANC-1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The books: 138.60 − 50.00 paid − 60.00 credited = 28.60; the cancelled one owes nothing.
    const QString listing = cli({str("list"), str("invoices")}).out;
    QVERIFY2(QRegularExpression(str("OWED-1 .* 138.60 +50.00 +28.60\n")).match(listing).hasMatch(),
        qPrintable(listing));

    const QString pdf = mDir->filePath(str("owed.pdf"));
    run = cli({str("pdf"), str("OWED-1"), str("--output"), pdf});
    QCOMPARE(run.err, QString());
    QString text = pdfText(pdf);
    for (const char *total : {"Total \\(EUR\\) +138.60\n", "Paid +50.00\n", "Credited +60.00\n",
             "Outstanding \\(EUR\\) +28.60\n", "Scan to pay"})
        QVERIFY2(QRegularExpression(QLatin1String(total)).match(text).hasMatch(),
            qPrintable(QLatin1String(total) + str(" in:\n") + text));
    QVERIFY(!text.contains(str("Cancelled")));

    run = cli({str("pdf"), str("CANC-1"), str("--output"), pdf, str("--template"), str("compact")});
    QCOMPARE(run.err, QString());
    text = pdfText(pdf);
    for (const char *total : {"Total \\(EUR\\) +138.60\n", "Paid +0.00\n", "Cancelled +138.60\n",
             "Outstanding \\(EUR\\) +0.00\n"})
        QVERIFY2(QRegularExpression(QLatin1String(total)).match(text).hasMatch(),
            qPrintable(QLatin1String(total) + str(" in:\n") + text));
    QVERIFY2(!text.contains(str("Scan to pay")), qPrintable(text));

    // Cancelled keeping the 50.00 paid as the customer's credit: the note took 88.60 off the
    // invoice (the rest of it is that credit), and the rows add up on paper.
    run = cli({str("cancel"), str("KEPT-1"), str("--keep-credit")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({str("pdf"), str("KEPT-1"), str("--output"), pdf});
    QCOMPARE(run.err, QString());
    text = pdfText(pdf);
    for (const char *total : {"Total \\(EUR\\) +138.60\n", "Paid +50.00\n", "Credited +88.60\n",
             "Outstanding \\(EUR\\) +0.00\n"})
        QVERIFY2(QRegularExpression(QLatin1String(total)).match(text).hasMatch(),
            qPrintable(QLatin1String(total) + str(" in:\n") + text));

    // The GiroCode asks for what is owed, and there is none when nothing is.
    auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
    QVERIFY(opened.ok());
    Ledger ledger(*opened.value());
    auto owed = DocumentSource::forNumber(ledger, str("OWED-1"));
    QVERIFY(owed.ok());
    QCOMPARE(owed->credited, 6000);
    const InvoiceDocument owedDocument(*owed);
    QCOMPARE(owedDocument.outstanding(), 2860);
    QVERIFY2(owedDocument.epcPayload().contains(str("\nEUR28.60\n")),
        qPrintable(owedDocument.epcPayload()));
    auto cancelled = DocumentSource::forNumber(ledger, str("CANC-1"));
    QVERIFY(cancelled.ok());
    const InvoiceDocument cancelledDocument(*cancelled);
    QCOMPARE(cancelledDocument.outstanding(), 0);
    QCOMPARE(cancelledDocument.epcPayload(), QString());
    QVERIFY(cancelledDocument.epcQr().isNull());
}

void TestCliDocuments::discountAndShippingRowsOnlyWhenThere()
{
    company();
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        Invoice adjusted = sampleInvoice(str("ADJ-1")); // 115.50 of lines, untaxed
        adjusted.discountTotal = 1000;
        adjusted.shippingTotal = 500;
        QVERIFY(ledger.createInvoice(adjusted).ok());
        QVERIFY(ledger.createInvoice(sampleInvoice(str("PLAIN-1"))).ok());
    }
    for (const QString &templateName : {str("default"), str("compact")}) {
        const QString pdf = mDir->filePath(templateName + str(".pdf"));
        QCOMPARE(cli({str("pdf"), str("ADJ-1"), str("PLAIN-1"), str("--output"), pdf,
                         str("--template"), templateName})
                     .exitCode,
            0);
        const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 2);
        const QRegularExpression discountRow(str("Discount +-10.00\n"));
        const QRegularExpression shippingRow(str("Shipping +5.00\n"));
        QVERIFY2(discountRow.match(pages.at(0)).hasMatch(), qPrintable(pages.at(0)));
        QVERIFY2(shippingRow.match(pages.at(0)).hasMatch(), qPrintable(pages.at(0)));
        QVERIFY2(QRegularExpression(str("Total \\(USD\\) +110.50\n")).match(pages.at(0)).hasMatch(),
            qPrintable(pages.at(0)));
        // An invoice without them has no empty rows for them.
        QVERIFY2(!QRegularExpression(str("\n *Discount *\n")).match(pages.at(1)).hasMatch()
                && !pages.at(1).contains(str("Shipping")),
            qPrintable(pages.at(1)));
        QVERIFY2(QRegularExpression(str("Total \\(USD\\) +115.50\n")).match(pages.at(1)).hasMatch(),
            qPrintable(pages.at(1)));
    }
}

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_clidocuments.moc"
