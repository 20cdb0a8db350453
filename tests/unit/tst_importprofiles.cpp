// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 items 3 and 4: profiles as JSON files, and the presets for Xero, QuickBooks Online
// and GnuCash, whose files import with the source's own totals to the minor unit.
#include "csvimporter.h"
#include "importprofilestore.h"
#include "ledger.h"
#include "profilevalues.h"
#include "testsupport.h"

#include <QSettings>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(INVOICEDESK_TEST_DATA "/presets/") + QString::fromUtf8(name);
}

ImportOptions presetOptions(const char *preset, const QTemporaryDir &dir)
{
    ImportOptions options;
    options.profile = *ImportProfileStore(dir.filePath(str("profiles"))).load(str(preset));
    options.format = options.profile->fieldFormat();
    options.writeErrorFile = false;
    return options;
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

class TestImportProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values();
    void profilesAreJsonFiles();
    void settingsProfilesMoveOnce();
    void presetsAreListedAndReadOnly();
    void xeroTotalsMatchXero();
    void xeroVoidedInvoiceIsCancelled();
    void xeroTotalMismatchIsRefused();
    void quickBooksTotalsMatch();
    void gnuCashDiscountsBeforeAndAfterTax();
};

void TestImportProfiles::values()
{
    using namespace ProfileValues;
    QCOMPARE(countryCode(str("Germany")), std::optional<QString>(str("DE")));
    QCOMPARE(countryCode(str("Deutschland")), std::optional<QString>(str("DE")));
    QCOMPARE(countryCode(str("united kingdom")), std::optional<QString>(str("GB")));
    QCOMPARE(countryCode(str("USA")), std::optional<QString>(str("US")));
    QCOMPARE(countryCode(str("fr")), std::optional<QString>(str("FR")));
    QCOMPARE(countryCode(str("Atlantis")), std::optional<QString>());
    QCOMPARE(percentNumber(str("20% (VAT on Income)")), std::optional<QString>(str("20")));
    QCOMPARE(percentNumber(str("8.875%")), std::optional<QString>(str("8.875")));
    QCOMPARE(percentNumber(str("Tax Exempt")), std::optional<QString>());
    QCOMPARE(plainAmount(str("($1,234.50)"), {str("$")}, true), str("-1,234.50"));
    QCOMPARE(plainAmount(str("€ 12,00"), {str("€")}, false), str("12,00"));
    QCOMPARE(withoutTrailingZeros(str("10.0000"), QLatin1Char('.')), str("10"));
    QCOMPARE(withoutTrailingZeros(str("2,5000"), QLatin1Char(',')), str("2,5"));
}

void TestImportProfiles::profilesAreJsonFiles()
{
    QTemporaryDir dir;
    ImportProfileStore store(dir.filePath(str("profiles")));
    ImportProfile profile;
    profile.name = str("Our bank / 2026");
    profile.columns = {{str("Inv #"), str("number")}, {str("Notes"), QString()}};
    profile.constants = {{str("currency"), str("EUR")}};
    profile.decimalPoint = QLatin1Char(',');
    profile.groupSeparator = QLatin1Char('.');
    profile.dateFormat = str("dd.MM.yyyy");
    profile.taxCodes.insert(
        str("ust 19"), {str("USt 19"), *Percentage::parse(str("19")), str("S")});
    QVERIFY(store.save(profile).ok());
    QVERIFY(QFile::exists(store.pathFor(profile.name)));
    QVERIFY(store.names().contains(profile.name));
    QCOMPARE(*store.load(str("our bank / 2026")), profile);

    QFile broken(dir.filePath(str("profiles/broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"name": "broken", "numbers": {"decimalMark": ";"}})");
    broken.close();
    QCOMPARE(store.load(str("broken")).error(),
        broken.fileName() + str(": \"numbers.decimalMark\" must be \".\" or \",\""));
    QCOMPARE(store.load(str("nothing")).error(),
        str("there is no import profile named \"nothing\"; the profiles are: gnucash, "
            "quickbooks-online, xero, Our bank / 2026"));
}

void TestImportProfiles::settingsProfilesMoveOnce()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(str("settings.ini")), QSettings::IniFormat);
    settings.setValue(str("importProfiles/Old bank"),
        QByteArray(R"({"columns":{"Inv":"number","Junk":""},"dateFormat":"dd/MM/yyyy",)"
                   R"("decimalComma":true})"));
    ImportProfileStore store(dir.filePath(str("profiles")));
    QCOMPARE(*store.migrateSettings(settings), 1);
    QCOMPARE(*store.migrateSettings(settings), 0);
    const auto moved = store.load(str("Old bank"));
    QVERIFY(moved.ok());
    QCOMPARE(moved->columns.value(str("Inv")), str("number"));
    QCOMPARE(moved->columns.value(str("Junk")), QString());
    QCOMPARE(moved->dateFormat, str("dd/MM/yyyy"));
    QCOMPARE(moved->decimalPoint, QLatin1Char(','));
}

void TestImportProfiles::presetsAreListedAndReadOnly()
{
    QTemporaryDir dir;
    ImportProfileStore store(dir.filePath(str("profiles")));
    QCOMPARE(ImportProfileStore::presetNames(),
        (QStringList {str("gnucash"), str("quickbooks-online"), str("xero")}));
    const auto xero = store.load(str("Xero"));
    QVERIFY2(xero.ok(), qPrintable(xero.error()));
    QVERIFY(xero->preset);
    QCOMPARE(store.save(*xero).error(),
        str("\"xero\" is a profile shipped with InvoiceDesk and cannot be changed; save it under "
            "another name"));
}

void TestImportProfiles::xeroTotalsMatchXero()
{
    TestDb t;
    QTemporaryDir dir;
    ImportOptions options = presetOptions("xero", dir);
    options.profile->constants.insert(str("currency"), str("GBP")); // Xero: blank = base currency
    const ImportReport report
        = CsvImporter(*t.ledger).run(fixture("xero-sales-invoices.csv"), options);
    QCOMPARE(issueTexts(report), QStringList());
    QCOMPARE(report.created, 2);
    QCOMPARE(report.createdTaxCodes, (QStringList {str("VAT 20"), str("Zero rated")}));
    QCOMPARE(t.rows("SELECT number, currency, subtotal, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("INV-0001|GBP|132000|158000"), str("INV-0002|GBP|45000|54000")}));
    QCOMPARE(t.rows("SELECT l.total, l.discount_percent_e4, l.tax_code, l.tax_rate_e4 FROM "
                    "invoice_lines l ORDER BY l.invoice_id, l.position"),
        (QStringList {str("90000|100000|VAT 20|200000"), str("40000||VAT 20|200000"),
            str("2000||Zero rated|0"), str("45000|100000|VAT 20|200000")}));
    QCOMPARE(t.rows("SELECT company, city, zip, country_id FROM addresses WHERE kind = 'billing' "
                    "ORDER BY invoice_id"),
        (QStringList {
            str("Bayside Club|London|SW1A 1AA|GB"), str("Ridgeway GmbH|Berlin|10115|DE")}));
    QCOMPARE(t.rows("SELECT name, rate_e4, category FROM tax_codes ORDER BY name"),
        (QStringList {str("VAT 20|200000|S"), str("Zero rated|0|Z")}));
}

void TestImportProfiles::xeroVoidedInvoiceIsCancelled()
{
    // Xero's export of "All" invoices holds voided ones: they must not become money owed.
    TestDb t;
    QTemporaryDir dir;
    QFile source(fixture("xero-sales-invoices.csv"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const qsizetype last = bytes.lastIndexOf("Awaiting Payment"); // INV-0002's one row
    bytes.replace(last, qsizetype(qstrlen("Awaiting Payment")), "Voided");
    const QString path = dir.filePath(str("voided.csv"));
    QFile changed(path);
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(bytes);
    changed.close();
    ImportOptions options = presetOptions("xero", dir);
    options.profile->constants.insert(str("currency"), str("GBP"));
    const ImportReport report = CsvImporter(*t.ledger).run(path, options);
    QCOMPARE(issueTexts(report), QStringList());
    QCOMPARE(t.rows("SELECT number, lifecycle, status FROM invoices ORDER BY number"),
        (QStringList {str("INV-0001|issued|Pending"), str("INV-0002|cancelled|Cancelled")}));
    // A status Xero does not write is refused by row, never guessed.
    bytes.replace("Voided", "Archived");
    QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write(bytes);
    changed.close();
    TestDb other;
    const ImportReport refused = CsvImporter(*other.ledger).run(path, options);
    QCOMPARE(issueTexts(refused),
        QStringList {str("line 5, column status (\"Archived\"): must be Draft, Pending, Paid, "
                         "Cancelled or Refunded")});
}

void TestImportProfiles::xeroTotalMismatchIsRefused()
{
    TestDb t;
    QTemporaryDir dir;
    QFile source(fixture("xero-sales-invoices.csv"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace(",540.00,90.00,0.00,540.00,", ",545.00,90.00,0.00,545.00,");
    const QString path = dir.filePath(str("changed.csv"));
    QFile changed(path);
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(bytes);
    changed.close();
    ImportOptions options = presetOptions("xero", dir);
    options.profile->constants.insert(str("currency"), str("GBP"));
    const ImportReport report = CsvImporter(*t.ledger).run(path, options);
    QCOMPARE(issueTexts(report),
        QStringList {str("line 5, column grandTotal (\"545.00\"): the file's total 545.00 differs "
                         "from 540.00, the total of the lines, discount, shipping and tax")});
    QVERIFY(!report.committed);
    QCOMPARE(t.scalar("SELECT count(*) FROM tax_codes").toInt(), 0); // all or nothing
}

void TestImportProfiles::quickBooksTotalsMatch()
{
    TestDb t;
    QTemporaryDir dir;
    const ImportReport report = CsvImporter(*t.ledger).run(
        fixture("quickbooks-online-invoices.csv"), presetOptions("quickbooks-online", dir));
    QCOMPARE(issueTexts(report), QStringList());
    QCOMPARE(t.rows("SELECT number, issue_date, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("1001|2026-03-15|166981"), str("1002|2026-03-20|21775")}));
    QCOMPARE(t.rows("SELECT country_id FROM addresses ORDER BY invoice_id"),
        (QStringList {str("US"), str("US")}));
}

void TestImportProfiles::gnuCashDiscountsBeforeAndAfterTax()
{
    TestDb t;
    QTemporaryDir dir;
    ImportOptions options = presetOptions("gnucash", dir);
    const ImportReport missing
        = CsvImporter(*t.ledger).run(fixture("gnucash-invoices.csv"), options);
    QCOMPARE(issueTexts(missing),
        QStringList {str("line 1, column currency: the required column currency is missing")});

    options.profile->constants.insert(str("currency"), str("EUR"));
    const ImportReport report
        = CsvImporter(*t.ledger).run(fixture("gnucash-invoices.csv"), options);
    QCOMPARE(issueTexts(report), QStringList());
    // GnuCash's totals: INV-101 648.00 + 136.80 + 60.00; INV-102 363.00 + 31.00.
    QCOMPARE(t.rows("SELECT number, due_date, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("INV-101|2026-03-31|84480"), str("INV-102|2026-04-04|39400")}));
    QCOMPARE(t.rows("SELECT total, discount_percent_e4, discount_amount FROM invoice_lines "
                    "ORDER BY invoice_id, position"),
        (QStringList {str("54000|100000|"), str("11400|50000|"), str("5000||1000"),
            str("30250||2750"), str("3100||")}));
}

QTEST_GUILESS_MAIN(TestImportProfiles)
#include "tst_importprofiles.moc"
