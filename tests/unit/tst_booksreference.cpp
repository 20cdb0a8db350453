// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Moving the books to a new company file keeps the tax codes (taxcodes.csv) and every field of
// the customers (customers.csv): export -> import books -> export is byte-identical, and the
// copy's codes and customers are the source's.
#include "booksfiles.h"
#include "booksimporter.h"
#include "csvexporter.h"
#include "receiptbook.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

const char *const kBookFiles[] = {"company.csv", "taxcodes.csv", "customers.csv", "invoices.csv",
    "payments.csv", "creditnotes.csv"};

const char kTaxCodeRows[]
    = "SELECT name, rate_e4, category, exemption_reason FROM tax_codes ORDER BY name";
const char kCustomerRows[]
    = "SELECT display_name, billing, shipping, default_currency, payment_terms_days, tax_id, "
      "email FROM customers ORDER BY display_name";

QStringList issueTexts(const BooksReport &books)
{
    QStringList texts = books.problemTexts();
    const ImportReport all = books.summary();
    if (!all.fatalError.isEmpty())
        texts.append(all.fatalError);
    return texts;
}

ImportOptions booksOptions()
{
    ImportOptions options;
    options.writeErrorFile = false;
    return options;
}

bool addTaxCode(
    Ledger &ledger, const char *name, qint64 rate, const char *category, const char *reason = "")
{
    TaxCode code;
    code.name = str(name);
    code.rate = Percentage::fromScaled(rate);
    code.category = str(category);
    code.exemptionReason = str(reason);
    return ledger.saveTaxCode(code).ok();
}

/** Tax codes (one with an exemption reason) and customers with every field, in use. */
CompanyProfile sellerProfile()
{
    CompanyProfile profile;
    profile.setValue(str("name"), str("Ginza Tools GK"));
    profile.setValue(str("address1"), str("4-5-6 Ginza, Chūō"));
    profile.setValue(str("city"), str("Tokyo"));
    profile.setValue(str("countryId"), str("jp"));
    profile.setValue(str("vatId"), str("T9876543210987"));
    profile.setValue(str("iban"), str("DE89 3704 0044 0532 0130 00"));
    profile.setValue(str("bic"), str("COBADEFFXXX"));
    profile.setValue(str("email"), str("office@ginza-tools.example"));
    profile.setValue(str("footer"), str("=Thank you, \"valued\" customer"));
    return profile;
}

void fillSource(TestDb &t)
{
    Ledger &ledger = *t.ledger;
    QVERIFY(ledger.saveCompanyProfile(sellerProfile()).ok());
    QVERIFY(addTaxCode(ledger, "JP 10", 100000, "S"));
    QVERIFY(addTaxCode(ledger, "JP 8", 80000, "S"));
    QVERIFY(addTaxCode(ledger, "Exempt", 0, "E", "=Article 132(1)(i), \"education\""));
    Customer sakura;
    sakura.displayName = str("Sakura KK");
    sakura.email = str("ap@sakura.example");
    sakura.defaultCurrency = str("JPY");
    sakura.paymentTermsDays = 45;
    sakura.taxId = str("T1234567890123");
    sakura.billing.company = str("Sakura KK");
    sakura.billing.address1 = str("1-2-3 Ginza, Chūō");
    sakura.billing.city = str("Tokyo");
    sakura.billing.zip = str("0104");
    sakura.billing.countryId = str("JP");
    sakura.shipping.company = str("Sakura Warehouse");
    sakura.shipping.phone = str("+81 3 1234 5678");
    sakura.shipping.countryId = str("JP");
    ReceiptBook book(ledger);
    QVERIFY(book.customers().insert(sakura).ok());
    Customer zero;
    zero.displayName = str("Zero Terms GmbH");
    zero.paymentTermsDays = 0;
    zero.taxId = str("DE123456789");
    QVERIFY(book.customers().insert(zero).ok());

    Invoice invoice = invoiceFor("J1", "Sakura KK", "JPY", {2026, 1, 5}, 10000);
    invoice.lines[0].taxCode = str("JP 10");
    LineItem reduced = invoice.lines[0];
    reduced.taxCode = str("JP 8");
    LineItem exempt = invoice.lines[0];
    exempt.taxCode = str("Exempt");
    invoice.lines += {reduced, exempt};
    QVERIFY2(ledger.createInvoice(invoice).ok(), "J1");
    // The invoice gives Zero Terms its address; the customer's is cleared later: the import
    // must not hand it the invoice's address again.
    QVERIFY(
        ledger.createInvoice(invoiceFor("Z1", "Zero Terms GmbH", "EUR", {2026, 1, 6}, 5000)).ok());
    auto stored = book.customers().byName(str("Zero Terms GmbH"));
    QVERIFY(stored && stored->has_value() && !(*stored)->billing.isEmpty());
    zero = **stored;
    zero.billing = {};
    zero.email.clear();
    QVERIFY(book.customers().update(zero).ok());
}

} // namespace

class TestBooksReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsTaxCodesAndCustomers();
    void olderFolderWithoutTheNewFiles();
    void badRowsAreNamedAndWriteNothing();
    void existingCodesAndCustomers();
    void dryRunWritesNothing();
    void aLineKeepsTheRateItWasIssuedAt();
};

void TestBooksReference::roundTripKeepsTaxCodesAndCustomers()
{
    TestDb source;
    fillSource(source);
    QTemporaryDir dir;
    auto exported = CsvExporter(*source.ledger).exportBooksInPlace(dir.path());
    QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error()));
    QCOMPARE(exported->tableCounts, QList<int>({1, 3, 2}));
    QCOMPARE(readFile(QDir(dir.path()).filePath(str("company.csv"))),
        QByteArray("name,address1,address2,city,zip,countryId,vatId,registration,iban,bic,"
                   "bankName,email,phone,logo,paymentTerms,footer\r\n"
                   "Ginza Tools GK,\"4-5-6 Ginza, Ch\xc5\xab\xc5\x8d\",,Tokyo,,JP,T9876543210987,,"
                   "DE89370400440532013000,COBADEFFXXX,,office@ginza-tools.example,,,,"
                   "\"'=Thank you, \"\"valued\"\" customer\"\r\n"));
    QCOMPARE(readFile(QDir(dir.path()).filePath(str("taxcodes.csv"))),
        QByteArray("name,rate,category,exemptionReason\r\n"
                   "Exempt,0,E,\"'=Article 132(1)(i), \"\"education\"\"\"\r\n"
                   "JP 10,10,S,\r\n"
                   "JP 8,8,S,\r\n"));
    const QByteArray customers = readFile(QDir(dir.path()).filePath(str("customers.csv")));
    QVERIFY(customers.startsWith("name,email,currency,paymentTermsDays,taxId,billing.firstName,"));
    QVERIFY(customers.contains(
        "Sakura KK,ap@sakura.example,JPY,45,T1234567890123,,,Sakura KK,,,\"1-2-3 Ginza, Ch"));
    QVERIFY(customers.contains("\r\nZero Terms GmbH,,,0,DE123456789,,,,,,,,,,,,,"));

    TestDb target;
    const BooksReport books = BooksImporter(*target.ledger).run(dir.path(), booksOptions());
    QVERIFY2(books.succeeded() && books.committed,
        qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    QCOMPARE(books.tables,
        QList<BooksTable>({BooksTable::Company, BooksTable::TaxCodes, BooksTable::Customers}));
    QCOMPARE(books.tableFiles.at(0).created, 1);
    QCOMPARE(books.tableFiles.at(1).created, 3);
    QCOMPARE(books.tableFiles.at(2).created, 2);
    QCOMPARE(*target.ledger->companyProfile(), sellerProfile());
    QCOMPARE(target.rows(kTaxCodeRows),
        QStringList({str("Exempt|0|E|=Article 132(1)(i), \"education\""), str("JP 10|100000|S|"),
            str("JP 8|80000|S|")}));
    QCOMPARE(target.rows(kTaxCodeRows), source.rows(kTaxCodeRows));
    QCOMPARE(target.rows(kCustomerRows), source.rows(kCustomerRows));
    QCOMPARE(target.rows(kCustomerRows).at(1), str("Zero Terms GmbH|{}|{}||0|DE123456789|"));
    QCOMPARE(target.rows("SELECT l.tax_code FROM invoice_lines l JOIN invoices i ON "
                         "i.id = l.invoice_id WHERE i.number = 'J1' ORDER BY l.position"),
        QStringList({str("JP 10"), str("JP 8"), str("Exempt")}));

    QTemporaryDir again;
    QVERIFY(CsvExporter(*target.ledger).exportBooksInPlace(again.path()).ok());
    // J1 names only its customer: the books keep it so, not billed as the record says.
    for (const char *name : kBookFiles)
        QCOMPARE(readFile(QDir(again.path()).filePath(str(name))),
            readFile(QDir(dir.path()).filePath(str(name))));
}

void TestBooksReference::olderFolderWithoutTheNewFiles()
{
    TestDb source;
    QVERIFY(
        source.ledger->createInvoice(invoiceFor("A1", "Acme", "USD", {2026, 1, 5}, 10000)).ok());
    QTemporaryDir dir;
    QVERIFY(CsvExporter(*source.ledger).exportBooks(dir.path()).ok());
    for (const char *name : {"company.csv", "taxcodes.csv", "customers.csv"})
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(str(name))));
    TestDb target;
    const BooksReport books = BooksImporter(*target.ledger).run(dir.path(), booksOptions());
    QVERIFY2(books.succeeded() && books.committed,
        qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    QVERIFY(books.tables.isEmpty());
    QCOMPARE(target.rows("SELECT display_name FROM customers"), QStringList {str("Acme")});
}

void TestBooksReference::badRowsAreNamedAndWriteNothing()
{
    TestDb source;
    fillSource(source);
    QTemporaryDir dir;
    QVERIFY(CsvExporter(*source.ledger).exportBooks(dir.path()).ok());
    writeFile(QDir(dir.path()).filePath(str("taxcodes.csv")),
        "name,rate,category,exemptionReason\r\n"
        "Exempt,0,E,Education\r\n"
        "JP 10,ten,S,\r\n"
        "JP 8,8,X,\r\n"
        "exempt,0,E,\r\n"
        "Zero,5,Z,\r\n"
        "Short,1\r\n");
    writeFile(QDir(dir.path()).filePath(str("company.csv")),
        "name,countryId,iban\r\n"
        "Ginza Tools GK,Japan,DE00 1234\r\n"
        "Second Profile,JP,\r\n");
    QByteArray customers = readFile(QDir(dir.path()).filePath(str("customers.csv")));
    customers.replace("ap@sakura.example,JPY,45,", "ap.sakura.example,JPX,forty,");
    writeFile(QDir(dir.path()).filePath(str("customers.csv")), customers);

    TestDb target;
    const QStringList before = everything(target);
    ImportOptions options = booksOptions();
    options.writeErrorFile = true;
    const BooksReport books = BooksImporter(*target.ledger).run(dir.path(), options);
    const QStringList problems = issueTexts(books);
    QCOMPARE(problems,
        QStringList({str("company.csv: line 2, column countryId (\"Japan\"): the country is a "
                         "two-letter ISO 3166 code, e.g. DE"),
            str("company.csv: line 2, column iban (\"DE00 1234\"): \"DE001234\" is not a valid "
                "IBAN"),
            str("company.csv: line 3: the company has one profile, on the first row: this row "
                "is another"),
            str("taxcodes.csv: line 3, column rate (\"ten\"): is not a number"),
            str("taxcodes.csv: line 4, column category (\"X\"): the category must be one of S, "
                "Z, E, AE, K, G, O"),
            str("taxcodes.csv: line 5, column name (\"exempt\"): line 2 has this name too"),
            str("taxcodes.csv: line 6, column rate (\"5\"): a code of category Z has a rate of "
                "0 %"),
            str("taxcodes.csv: line 7: the row has a different number of fields from the header "
                "(2 here, 4 in the header)"),
            str("customers.csv: line 2, column paymentTermsDays (\"forty\"): must be a whole "
                "number"),
            str("customers.csv: line 2, column currency (\"JPX\"): \"JPX\" is not a currency "
                "code"),
            str("customers.csv: line 2, column email (\"ap.sakura.example\"): "
                "\"ap.sakura.example\" is not an e-mail address"),
            // The invoices are checked against the codes the file does have.
            str("invoices.csv: line 2, column line.taxCode (\"JP 10\"): there is no tax code "
                "named \"JP 10\""),
            str("invoices.csv: line 3, column line.taxCode (\"JP 8\"): there is no tax code "
                "named \"JP 8\"")}));
    QVERIFY(!books.committed);
    QCOMPARE(books.tableFiles.at(0).rejected, 2);
    QCOMPARE(books.tableFiles.at(1).rejected, 5);
    QCOMPARE(books.tableFiles.at(2).rejected, 1);
    QCOMPARE(everything(target), before);
    QCOMPARE(target.rows(kTaxCodeRows), QStringList());

    // The refused rows of every file go beside it, to be corrected and imported again.
    QCOMPARE(target.rows("SELECT count(*) FROM company_profile"), QStringList({str("0")}));
    QCOMPARE(books.tableFiles.at(1).errorFilePath,
        QDir(dir.path()).filePath(str("taxcodes.errors.csv")));
    QCOMPARE(readFile(books.tableFiles.at(1).errorFilePath),
        QByteArray("name,rate,category,exemptionReason,error\r\n"
                   "JP 10,ten,S,,\"line 3, column rate (\"\"ten\"\"): is not a number\"\r\n"
                   "JP 8,8,X,,\"line 4, column category (\"\"X\"\"): the category must be one "
                   "of S, Z, E, AE, K, G, O\"\r\n"
                   "exempt,0,E,,\"line 5, column name (\"\"exempt\"\"): line 2 has this name "
                   "too\"\r\n"
                   "Zero,5,Z,,\"line 6, column rate (\"\"5\"\"): a code of category Z has a rate "
                   "of 0 %\"\r\n"
                   "Short,1,,,\"line 7: the row has a different number of fields from the "
                   "header (2 here, 4 in the header)\"\r\n"));
    const QList<QByteArray> refusedCustomers
        = readFile(QDir(dir.path()).filePath(str("customers.errors.csv"))).split('\n');
    QCOMPARE(refusedCustomers.size(), 3); // the header, Sakura KK's row and the end
    QVERIFY(refusedCustomers.at(0).endsWith(",error\r"));
    QVERIFY(refusedCustomers.at(1).startsWith("Sakura KK,ap.sakura.example,JPX,forty,"));
    QVERIFY2(refusedCustomers.at(1).endsWith(
                 "\"line 2, column paymentTermsDays (\"\"forty\"\"): must be a whole number; "
                 "line 2, column currency (\"\"JPX\"\"): \"\"JPX\"\" is not a currency code; "
                 "line 2, column email (\"\"ap.sakura.example\"\"): \"\"ap.sakura.example\"\" is "
                 "not an e-mail address\"\r"),
        refusedCustomers.at(1).constData());
}

void TestBooksReference::existingCodesAndCustomers()
{
    TestDb source;
    fillSource(source);
    QTemporaryDir dir;
    QVERIFY(CsvExporter(*source.ledger).exportBooks(dir.path()).ok());
    QVERIFY(QFile::remove(QDir(dir.path()).filePath(str("invoices.csv"))));
    TestDb target;
    QVERIFY(addTaxCode(*target.ledger, "JP 10", 100000, "S")); // the same: left alone
    QVERIFY(addTaxCode(*target.ledger, "jp 8", 70000, "S")); // another rate
    CompanyProfile other = sellerProfile();
    other.setValue(str("name"), str("Other KK"));
    QVERIFY(target.ledger->saveCompanyProfile(other).ok());
    const QStringList before = target.rows(kTaxCodeRows);
    BooksReport books = BooksImporter(*target.ledger).run(dir.path(), booksOptions());
    QCOMPARE(issueTexts(books),
        QStringList({str("company.csv: line 2, column name (\"Ginza Tools GK\"): the company "
                         "profile here has \"Other KK\" (choose update or skip for existing "
                         "records)"),
            str("taxcodes.csv: line 4, column name (\"JP 8\"): there is already a tax "
                "code of that name with other fields (choose update or skip for "
                "existing records)")}));
    QVERIFY(!books.committed);
    QCOMPARE(target.rows(kTaxCodeRows), before);
    QCOMPARE(*target.ledger->companyProfile(), other);

    ImportOptions skip = booksOptions();
    skip.onExisting = OnExisting::Skip;
    books = BooksImporter(*target.ledger).run(dir.path(), skip);
    QVERIFY2(books.committed, qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    QCOMPARE(books.tableFiles.at(0).skipped, 1);
    QCOMPARE(*target.ledger->companyProfile(), other);
    QCOMPARE(books.tableFiles.at(1).created, 1);
    QCOMPARE(books.tableFiles.at(1).skipped, 2);
    QCOMPARE(target.rows(kTaxCodeRows).at(2), str("jp 8|70000|S|"));

    ImportOptions update = booksOptions();
    update.onExisting = OnExisting::Update;
    books = BooksImporter(*target.ledger).run(dir.path(), update);
    QVERIFY2(books.committed, qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    QCOMPARE(books.tableFiles.at(0).updated, 1);
    QCOMPARE(*target.ledger->companyProfile(), sellerProfile());
    QCOMPARE(books.tableFiles.at(1).updated, 1);
    QCOMPARE(books.tableFiles.at(2).skipped, 2); // the customers are as the file has them
    QCOMPARE(target.rows(kTaxCodeRows), source.rows(kTaxCodeRows));
    QCOMPARE(target.rows(kCustomerRows), source.rows(kCustomerRows));

    // A company.csv of a few columns changes those and keeps the rest.
    writeFile(QDir(dir.path()).filePath(str("company.csv")), "name,bic\r\nGinza Tools KK,\r\n");
    books = BooksImporter(*target.ledger).run(dir.path(), update);
    QVERIFY2(books.committed, qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    CompanyProfile renamed = sellerProfile();
    renamed.setValue(str("name"), str("Ginza Tools KK"));
    renamed.setValue(str("bic"), QString());
    QCOMPARE(*target.ledger->companyProfile(), renamed);
    QCOMPARE(target.ledger->companyProfile()->value(str("iban")), str("DE89370400440532013000"));
}

void TestBooksReference::dryRunWritesNothing()
{
    TestDb source;
    fillSource(source);
    QTemporaryDir dir;
    QVERIFY(CsvExporter(*source.ledger).exportBooks(dir.path()).ok());
    TestDb target;
    const QStringList before = everything(target);
    ImportOptions options = booksOptions();
    options.dryRun = true;
    const BooksReport books = BooksImporter(*target.ledger).run(dir.path(), options);
    QVERIFY2(books.succeeded(), qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    QVERIFY(!books.committed);
    QCOMPARE(books.tableFiles.at(0).created, 1);
    QCOMPARE(books.tableFiles.at(1).created, 3);
    QCOMPARE(books.files.at(0).created, 2);
    QCOMPARE(everything(target), before);
    QCOMPARE(target.rows(kTaxCodeRows), QStringList());
}

void TestBooksReference::aLineKeepsTheRateItWasIssuedAt()
{
    TestDb source;
    QVERIFY(addTaxCode(*source.ledger, "Reduced", 70000, "S"));
    Invoice invoice = invoiceFor("R1", "Acme", "EUR", {2026, 1, 5}, 10000);
    invoice.lines[0].taxCode = str("Reduced");
    QVERIFY(source.ledger->createInvoice(invoice).ok());
    // The rate changes: the invoice issued at 7 % stays so, and can still be saved unchanged.
    auto codes = source.ledger->taxCodes().all();
    TaxCode reduced = codes->first();
    reduced.rate = Percentage::fromScaled(80000);
    QVERIFY(source.ledger->saveTaxCode(reduced).ok());
    auto stored = source.ledger->invoice(
        source.scalar("SELECT id FROM invoices WHERE number = 'R1'").toLongLong());
    Invoice edited = **stored;
    edited.note = str("Paid by transfer");
    auto saved = source.ledger->updateInvoice(edited);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error()));
    // A new line at the old rate is a mistake the check still catches.
    LineItem added = edited.lines.first();
    edited.lines.append(added);
    edited.lines.last().description = str("More work");
    edited.lines.last().taxRate = Percentage::fromScaled(75000);
    QVERIFY(!source.ledger->updateInvoice(edited).ok());

    QTemporaryDir dir;
    QVERIFY(CsvExporter(*source.ledger).exportBooks(dir.path()).ok());
    TestDb target;
    const BooksReport books = BooksImporter(*target.ledger).run(dir.path(), booksOptions());
    QVERIFY2(books.committed, qPrintable(issueTexts(books).join(QLatin1Char('\n'))));
    const char *lines = "SELECT i.number, l.tax_code, l.tax_rate_e4 FROM invoice_lines l "
                        "JOIN invoices i ON i.id = l.invoice_id";
    QCOMPARE(target.rows(lines), QStringList({str("R1|Reduced|70000")}));
    QCOMPARE(target.rows(kTaxCodeRows), source.rows(kTaxCodeRows));
    QTemporaryDir again;
    QVERIFY(CsvExporter(*target.ledger).exportBooks(again.path()).ok());
    for (const char *name : kBookFiles)
        QCOMPARE(readFile(QDir(again.path()).filePath(str(name))),
            readFile(QDir(dir.path()).filePath(str(name))));
}

QTEST_GUILESS_MAIN(TestBooksReference)
#include "tst_booksreference.moc"
