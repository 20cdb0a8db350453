// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard, driven as a person would: a file with problems, fixed in place or skipped.
#include "exportdialog.h"
#include "fieldlabels.h"
#include "importjob.h"
#include "importprofilestore.h"
#include "importwizard.h"
#include "invoicelistmodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include "dateedit.h"
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return file.fileName();
}

QStandardItemModel *modelOf(QWidget *parent, const char *view)
{
    return qobject_cast<QStandardItemModel *>(
        parent->findChild<QTableView *>(QLatin1String(view))->model());
}

const QByteArray kBadFile
    = "number,date,currency,billing.company,line.quantity,line.rate,line.description\r\n"
      "W-1,2026-02-01,EUR,Acme,1,10.00,One\r\n"
      "W-2,2026-02-30,EUR,Beta,2,5.00,Two\r\n"
      "W-3,2026-02-03,EUR,Gamma,1,7.50,Three\r\n";

/** Starts the dialog's export and waits for its worker to end; false when it did not start. */
bool exportAndWait(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    return dialog.exportNow() && finished.wait(60000);
}

/** `count` invoices written straight into the file (an export's worth of rows, quickly). */
void fillInvoices(TestDb &t, int count)
{
    QSqlQuery fill(t.db->connection());
    QVERIFY(fill.exec(QStringLiteral(
        "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < %1) INSERT "
        "INTO invoices (uuid, number, lifecycle, status, issue_date, currency, subtotal, "
        "grand_total, customer, created_at, updated_at) SELECT printf('u-%d', k), "
        "printf('X-%05d', k), 'issued', 'Pending', '2026-01-01', 'USD', 100, 100, 'Firma', 't', "
        "'t' FROM n")
                          .arg(count)));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixARowInPlaceThenImport();
    void skipTheBadRows();
    void invoicesAlreadyThereAreUpdatedWhenAsked();
    void anInvoiceWhoseRowsAreApartIsLeftOutWhole();
    void mapUnknownColumnsByHand();
    void rawPreviewOfTheConformanceEdgeCases_data();
    void rawPreviewOfTheConformanceEdgeCases();
    void exportFilteredByStatusAndDates();
    void mappingShowsLabelsAndKnowsCommonHeaders();
    void profileKeepsItsDateFormat();
    void cancelOnAnyPageLeavesTheFileByteIdentical_data();
    void cancelOnAnyPageLeavesTheFileByteIdentical();
    void stopTheImportWhileItRuns();
    void exportDialogEncodingAndWorkbook();
    void exportRunsInAWorkerAndStopLeavesTheFileAsItWas();
    void importFromTheWindowRunsInAWorkerAndRefreshesTheList();
};

void TestImportWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(str("InvoiceDeskTests"));
    QCoreApplication::setApplicationName(str("tst_importwizard"));
    QSettings().clear();
    // The profiles are files in the application data folder: a test folder of its own.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ImportProfileStore().folder()).removeRecursively();
}

void TestImportWizard::fixARowInPlaceThenImport()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(writeFile(t.dir, str("bad.csv"), kBadFile));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(modelOf(&wizard, "rawPreview")->rowCount(), 3);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));

    QStandardItemModel *issues = modelOf(&wizard, "issues");
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->item(0, 0)->text(), str("3"));
    QCOMPARE(issues->item(0, 1)->text(), str("Date")); // the label, not the internal name
    QCOMPARE(issues->item(0, 3)->text(), str("is not a real date"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    QStandardItemModel *rows = modelOf(&wizard, "badRows");
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->verticalHeaderItem(0)->text(), str("3"));
    QCOMPARE(rows->item(0, 1)->text(), str("2026-02-30"));
    QVERIFY(rows->item(0, 1)->background().color() != QColor(Qt::white)); // the bad cell is marked
    rows->item(0, 1)->setText(str("2026-02-28"));
    QTest::mouseClick(wizard.findChild<QPushButton *>(str("checkAgain")), Qt::LeftButton);
    QCOMPARE(issues->rowCount(), 0);
    QCOMPARE(wizard.findChild<QLabel *>(str("checkSummary"))->text(),
        str("No problems: 3 rows are ready to import.\nNew customers (3): Acme, Beta, Gamma."));
    // INVOICEDESK_SCREENSHOTS=DIR: the page as a person sees it after the fix.
    if (const QString pictures = qEnvironmentVariable("INVOICEDESK_SCREENSHOTS");
        !pictures.isEmpty())
        QVERIFY(wizard.grab().save(pictures + str("/import-checked.png")));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0); // checking writes nothing
    QCOMPARE(t.scalar("SELECT count(*) FROM customers").toInt(), 0);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("plan"))->text(), str("3 invoices will be imported."));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0); // not before Import is pressed
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("summary"))->text(), str("Imported 3 invoices."));
    // Done: no Cancel, which would read as undoing what was imported.
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QCOMPARE(t.rows("SELECT number, issue_date, grand_total FROM invoices ORDER BY id"),
        QStringList(
            {str("W-1|2026-02-01|1000"), str("W-2|2026-02-28|1000"), str("W-3|2026-02-03|750")}));

    // The same invoices again, to be skipped: the check says so and names no new customer.
    QByteArray fixed = kBadFile;
    fixed.replace("2026-02-30", "2026-02-28");
    ImportWizard again(*t.ledger);
    again.show();
    again.findChild<QLineEdit *>(str("path"))->setText(writeFile(t.dir, str("good.csv"), fixed));
    auto *existing = again.findChild<QComboBox *>(str("onExisting"));
    existing->setCurrentIndex(existing->findData(int(OnExisting::Skip)));
    again.next();
    again.next();
    again.next();
    QCOMPARE(again.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(again.findChild<QLabel *>(str("checkSummary"))->text(),
        str("No problems: 3 rows are ready to import.\nAlready in the books, left as they are: "
            "3."));
}

void TestImportWizard::skipTheBadRows()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(writeFile(t.dir, str("bad.csv"), kBadFile));
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.findChild<QCheckBox *>(str("skipInvalid"))->setChecked(true);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.findChild<QLabel *>(str("plan"))->text(),
        str("2 invoices will be imported. 1 with problems is left out."));
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("summary"))->text(),
        str("Imported 2 invoices. 1 invoice with problems was left out; its rows can be saved "
            "to fix them."));
    QVERIFY(wizard.findChild<QPushButton *>(str("saveErrors"))->isVisibleTo(&wizard));
    QCOMPARE(
        t.rows("SELECT number FROM invoices ORDER BY id"), QStringList({str("W-1"), str("W-3")}));
}

void TestImportWizard::invoicesAlreadyThereAreUpdatedWhenAsked()
{
    // The problem said "choose update or skip for existing invoices", a choice the wizard did
    // not have.
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("U-1"))).ok());
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(writeFile(t.dir, str("again.csv"),
            "number,date,currency,line.quantity,line.rate,line.description\r\n"
            "U-1,2026-02-01,EUR,2,7.50,Pens\r\nU-2,2026-02-02,EUR,1,3.00,Ink\r\n"));
    auto *existing = wizard.findChild<QComboBox *>(str("onExisting"));
    QCOMPARE(existing->currentText(), str("Report them as problems"));
    existing->setCurrentIndex(existing->findData(int(OnExisting::Update)));
    for (int page = 0; page < 4; ++page)
        wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, issue_date, grand_total FROM invoices ORDER BY id"),
        QStringList({str("U-1|2026-02-01|1500"), str("U-2|2026-02-02|300")}));
}

void TestImportWizard::anInvoiceWhoseRowsAreApartIsLeftOutWhole()
{
    // Seven invoices: A-1, B-1 and F-1 have rows apart, E-1 a bad rate. The plan counts as the
    // import does (a bookkeeper saw "6 invoices will be imported" here, and 3 imported).
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(writeFile(t.dir, str("apart.csv"),
            "number,date,currency,line.quantity,line.rate,line.description\n"
            "A-1,2026-01-05,USD,1,100.00,A1\nB-1,2026-01-05,USD,1,10.00,B1\nA-1,,,1,1.00,A2\n"
            "C-1,2026-01-05,USD,1,5.00,C1\nB-1,,,1,2.00,B2\nD-1,2026-01-05,USD,1,7.00,D1\n"
            "E-1,2026-01-05,USD,2,x,E1\nF-1,2026-01-05,USD,1,3.00,F1\nF-1,,,1,4.00,F2\n"
            "G-1,2026-01-05,USD,1,9.00,G1\nF-1,,,1,5.00,F3\n"));
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.findChild<QCheckBox *>(str("skipInvalid"))->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.findChild<QLabel *>(str("plan"))->text(),
        str("3 invoices will be imported. 4 with problems are left out."));
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, grand_total FROM invoices ORDER BY id"),
        QStringList({str("C-1|500"), str("D-1|700"), str("G-1|900")}));
}

void TestImportWizard::mapUnknownColumnsByHand()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(writeFile(t.dir, str("other.csv"),
            "Invoice No;Date;Currency;Qty;Price;Text\r\nX-1;2026-03-01;EUR;2;1,50;Pens\r\n"));
    wizard.next();
    wizard.next();
    QStandardItemModel *mapping = modelOf(&wizard, "mapping");
    QCOMPARE(mapping->rowCount(), 6);
    // Matched by the names other programs use: "Invoice No", "Qty", "Price".
    const char *const matched[] = {"number", "date", "currency", "line.quantity", "line.rate", ""};
    for (int row = 0; row < 6; ++row)
        QCOMPARE(mapping->item(row, 1)->data(Qt::UserRole).toString(),
            QString::fromLatin1(matched[row]));
    QCOMPARE(mapping->item(3, 1)->text(), str("Quantity"));
    mapping->item(5, 1)->setData(str("line.description"), Qt::UserRole);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(
        modelOf(&wizard, "issues")->rowCount(), 0); // semicolon file: decimal comma was assumed
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, grand_total FROM invoices"), QStringList({str("X-1|300")}));
}

void TestImportWizard::rawPreviewOfTheConformanceEdgeCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("cell");
    QTest::newRow("newlines") << str("newlines") << 1 << 0 << str("Once upon \na time");
    QTest::newRow("quotes and newlines")
        << str("quotes_and_newlines") << 0 << 1 << str("ha \n\"ha\" \nha");
    QTest::newRow("comma in quotes") << str("comma_in_quotes") << 0 << 3 << str("Anytown, WW");
    QTest::newRow("utf8") << str("utf8") << 1 << 2 << str("ʤ");
}

void TestImportWizard::rawPreviewOfTheConformanceEdgeCases()
{
    QFETCH(QString, name);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, cell);
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(str(INVOICEDESK_TEST_DATA "/csv-spectrum/csvs/") + name + str(".csv"));
    wizard.next();
    QCOMPARE(modelOf(&wizard, "rawPreview")->item(row, column)->text(), cell);
}

void TestImportWizard::exportFilteredByStatusAndDates()
{
    TestDb t;
    for (int day = 1; day <= 4; ++day) {
        Invoice invoice = sampleInvoice(QStringLiteral("E-%1").arg(day));
        invoice.date = QDate(2026, 5, day);
        invoice.dueDate = invoice.date;
        QVERIFY(t.ledger->createInvoice(invoice).ok());
    }
    QVERIFY(t.ledger->recordPayment(samplePayment(str("E-2"), 11550)).ok());
    ExportDialog dialog(*t.ledger, true);
    dialog.show();
    const QString path = t.dir.filePath(str("out.csv"));
    dialog.findChild<QLineEdit *>(str("path"))->setText(path);
    auto *status = dialog.findChild<QComboBox *>(str("status"));
    status->setCurrentIndex(status->findData(int(InvoiceStatus::Pending)));
    dialog.findChild<QCheckBox *>(str("limitDates"))->setChecked(true);
    dialog.findChild<DateEdit *>(str("from"))->setDate(QDate(2026, 5, 2));
    dialog.findChild<DateEdit *>(str("to"))->setDate(QDate(2026, 5, 3));
    QVERIFY(exportAndWait(dialog));
    QCOMPARE(dialog.resultText(), str("Exported 1 invoice to out.csv."));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\r\nE-3,Pending,2026-05-03,"));
    QVERIFY(!bytes.contains("E-2,"));
}

void TestImportWizard::mappingShowsLabelsAndKnowsCommonHeaders()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(writeFile(t.dir, str("export.csv"),
            "Invoice #,Invoice Date,Due Date,Customer,Billing country,Description,Qty,Unit "
            "price,Currency\r\nA-1,2026-03-01,2026-03-31,Acme,DE,Pens,2,1.50,EUR\r\n"));
    wizard.next();
    wizard.next();
    QStandardItemModel *mapping = modelOf(&wizard, "mapping");
    // Another tool's "Customer" is now the invoice's customer column (issue 13 item 5).
    const QStringList expected
        = {str("number"), str("date"), str("dueDate"), str("customer"), str("billing.countryId"),
            str("line.description"), str("line.quantity"), str("line.rate"), str("currency")};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(mapping->item(row, 1)->data(Qt::UserRole).toString(), expected.at(row));
    QCOMPARE(mapping->item(4, 1)->text(), str("Billing country")); // a label, not countryId
    QCOMPARE(mapping->item(5, 1)->text(), str("Line description"));
    QCOMPARE(mapping->item(3, 1)->text(), str("Customer")); // was shown as "customer"
    // Every column an import knows has a label (a tester saw line.taxCode and its kin raw).
    for (const ImportKind kind :
        {ImportKind::Invoices, ImportKind::Payments, ImportKind::CreditNotes})
        for (const QString &column : importColumns(kind))
            QVERIFY2(FieldLabels::englishLabel(column) != column, qPrintable(column));
    // A required column left out is named by its label.
    mapping->item(0, 1)->setData(QString(), Qt::UserRole);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    bool named = false;
    for (QLabel *label : wizard.findChildren<QLabel *>())
        named |= label->text() == str("No column is mapped to Number, which an import needs.");
    QVERIFY(named);
    mapping->item(0, 1)->setData(str("number"), Qt::UserRole);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, due_date, customer FROM invoices"),
        QStringList({str("A-1|2026-03-31|Acme")}));
    QCOMPARE(t.rows("SELECT description, quantity_milli, rate FROM invoice_lines"),
        QStringList({str("Pens|2000|150")}));
}

void TestImportWizard::profileKeepsItsDateFormat()
{
    TestDb t;
    const QString file = writeFile(t.dir, str("monthly.csv"),
        "Nr;Datum;Currency;Qty;Rate;Text\r\nM-1;15.03.2026;EUR;1;2,50;Tea\r\n");
    {
        ImportWizard wizard(*t.ledger);
        wizard.show();
        wizard.findChild<QLineEdit *>(str("path"))->setText(file);
        wizard.next();
        wizard.findChild<QComboBox *>(str("dateFormat"))->setCurrentText(str("dd.MM.yyyy"));
        wizard.next();
        QStandardItemModel *mapping = modelOf(&wizard, "mapping");
        mapping->item(0, 1)->setData(str("number"), Qt::UserRole);
        mapping->item(1, 1)->setData(str("date"), Qt::UserRole);
        mapping->item(5, 1)->setData(str("line.description"), Qt::UserRole);
        QTimer::singleShot(0, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(str("Monthly"));
            input->accept();
        });
        QTest::mouseClick(wizard.findChild<QPushButton *>(str("saveProfile")), Qt::LeftButton);
    }
    // Next month: the profile brings the mapping and the date format back.
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(file);
    wizard.next();
    wizard.next(); // the date format is left at its default here
    auto *profiles = wizard.findChild<QComboBox *>(str("profiles"));
    profiles->setCurrentIndex(profiles->findText(str("Monthly")));
    Q_EMIT profiles->textActivated(str("Monthly"));
    QCOMPARE(wizard.options().format.dateFormat, str("dd.MM.yyyy"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(
        t.rows("SELECT number, issue_date FROM invoices"), QStringList({str("M-1|2026-03-15")}));
}

void TestImportWizard::cancelOnAnyPageLeavesTheFileByteIdentical_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("whileImporting");
    QTest::newRow("file") << int(ImportWizard::FilePage) << false;
    QTest::newRow("format") << int(ImportWizard::FormatPage) << false;
    QTest::newRow("mapping") << int(ImportWizard::MappingPage) << false;
    QTest::newRow("problems") << int(ImportWizard::CheckPage) << false;
    QTest::newRow("confirmation") << int(ImportWizard::ImportPage) << false;
    QTest::newRow("while importing") << int(ImportWizard::ImportPage) << true;
}

void TestImportWizard::cancelOnAnyPageLeavesTheFileByteIdentical()
{
    QFETCH(int, page);
    QFETCH(bool, whileImporting);
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("KEEP-1"))).ok());
    // Many invoices, so that an import is still running when Cancel is pressed.
    QByteArray csv = "number,date,currency,billing.company,line.quantity,line.rate,"
                     "line.description\r\n";
    for (int i = 1; i <= (whileImporting ? 3000 : 3); ++i)
        csv += "C-" + QByteArray::number(i) + ",2026-02-01,EUR,Acme,1,10.00,One\r\n";
    const QString file = writeFile(t.dir, str("many.csv"), csv);
    const QString wal = t.path() + str("-wal");
    const QByteArray database = fileHash(t.path());
    const QByteArray log = fileHash(wal);

    {
        ImportWizard wizard(*t.ledger);
        wizard.show();
        wizard.findChild<QLineEdit *>(str("path"))->setText(file);
        while (wizard.currentId() != page)
            wizard.next();
        if (whileImporting) {
            wizard.next(); // Import: the job starts in its own thread
            QVERIFY(wizard.importJob() && wizard.importJob()->isRunning());
        }
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
        if (whileImporting)
            QVERIFY(wizard.lastReport().cancelled || !wizard.importJob()->isRunning());
    }
    QCOMPARE(fileHash(t.path()), database);
    QCOMPARE(fileHash(wal), log);
    QCOMPARE(t.rows("SELECT number FROM invoices"), QStringList({str("KEEP-1")}));
}

void TestImportWizard::stopTheImportWhileItRuns()
{
    TestDb t;
    QByteArray csv = "number,date,currency,billing.company,line.quantity,line.rate,"
                     "line.description\r\n";
    for (int i = 1; i <= 3000; ++i)
        csv += "S-" + QByteArray::number(i) + ",2026-02-01,EUR,Acme,1,10.00,One\r\n";
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(writeFile(t.dir, str("s.csv"), csv));
    while (wizard.currentId() != ImportWizard::ImportPage)
        wizard.next();
    QCOMPARE(
        wizard.findChild<QLabel *>(str("plan"))->text(), str("3000 invoices will be imported."));
    wizard.next();
    auto *stop = wizard.findChild<QPushButton *>(str("cancelImport"));
    QVERIFY(stop->isVisible());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled()); // no second start meanwhile
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!wizard.importJob()->isRunning());
    QTRY_COMPARE(wizard.findChild<QLabel *>(str("result"))->text(),
        str("Stopped: nothing was imported. Import starts again; Back changes the settings."));
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
}

void TestImportWizard::exportDialogEncodingAndWorkbook()
{
    TestDb t;
    Invoice invoice = sampleInvoice(str("Ü-1"));
    invoice.billing.company = str("Müller GmbH");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    ExportDialog dialog(*t.ledger, true);
    dialog.show();
    auto *path = dialog.findChild<QLineEdit *>(str("path"));
    auto *encoding = dialog.findChild<QComboBox *>(str("encoding"));
    path->setText(t.dir.filePath(str("excel.csv")));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8Bom)));
    QVERIFY(exportAndWait(dialog));
    QVERIFY(readFile(t.dir.filePath(str("excel.csv"))).startsWith("\xEF\xBB\xBFnumber,status,"));
    // A workbook has no encoding to choose.
    path->setText(t.dir.filePath(str("book.xlsx")));
    QVERIFY(!encoding->isEnabled());
    QVERIFY(exportAndWait(dialog));
    QCOMPARE(dialog.resultText(), str("Exported 1 invoice to book.xlsx."));
    QVERIFY(readFile(t.dir.filePath(str("book.xlsx"))).startsWith("PK\x03\x04"));
}

void TestImportWizard::exportRunsInAWorkerAndStopLeavesTheFileAsItWas()
{
    TestDb t;
    fillInvoices(t, 3000);
    const QString path = writeFile(t.dir, str("out.csv"), "an older export\n");
    ExportDialog dialog(*t.ledger, true);
    dialog.show();
    dialog.findChild<QLineEdit *>(str("path"))->setText(path);
    auto *progress = dialog.findChild<QProgressBar *>(str("progress"));
    auto *stop = dialog.findChild<QPushButton *>(str("stopExport"));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.exportNow());
    // The export runs in its worker: the window is free, with a busy bar and Stop.
    QVERIFY(dialog.isExporting());
    QVERIFY(progress->isVisible());
    QVERIFY(stop->isVisible());
    QCOMPARE(dialog.resultText(), str("Exporting…"));
    QVERIFY(!dialog.exportNow()); // no second export meanwhile
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.resultText(), str("Stopped: nothing was written."));
    QCOMPARE(readFile(path), QByteArray("an older export\n"));
    QVERIFY(!progress->isVisible());
    QCOMPARE(
        QDir(t.dir.path()).entryList({str("*.part")}, QDir::Files | QDir::Hidden), QStringList());
    // Not stopped, it replaces the file.
    QVERIFY(exportAndWait(dialog));
    QCOMPARE(dialog.resultText(), str("Exported 3000 invoices to out.csv."));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("number,status,"));
    QVERIFY(bytes.contains("\r\nX-03000,Pending,2026-01-01,"));
}

void TestImportWizard::importFromTheWindowRunsInAWorkerAndRefreshesTheList()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("OLD-1"))).ok());
    const QString csv = writeFile(
        t.dir, str("new.csv"), QByteArray(kBadFile).replace("2026-02-30", "2026-02-03"));
    t.ledger.reset(); // the window brings its own
    MainWindow window(std::move(t.db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.invoiceModel()->rowCount(), 1);
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            action->trigger(); // File > Import Invoices…
    }
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(str("path"))->setText(csv);
    while (wizard->currentId() != ImportWizard::ImportPage)
        wizard->next();
    auto *progress = wizard->findChild<QProgressBar *>(str("progress"));
    wizard->next(); // the last confirmation: the worker starts
    QVERIFY(wizard->importJob());
    QVERIFY(progress->isVisible());
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard->lastReport().committed);
    // The list was refreshed when the worker's import was committed.
    QCOMPARE(window.invoiceModel()->rowCount(), 4);
    QCOMPARE(
        window.invoiceModel()->index(3, InvoiceListModel::Number).data().toString(), str("W-3"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
