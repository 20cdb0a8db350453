// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard with the files of issue 12, driven by keys: a workbook previewed like a CSV
// (its first sheet or a chosen one), a header-less file mapped by position, the header-less
// GnuCash preset, and profiles that are the very files the command line reads.
#include "importprofilestore.h"
#include "importwizard.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QStandardItemModel *modelOf(QWidget *parent, const char *view)
{
    return qobject_cast<QStandardItemModel *>(
        parent->findChild<QTableView *>(QLatin1String(view))->model());
}

QStringList rowTexts(QStandardItemModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->item(r, c) ? model->item(r, c)->text() : QString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList headerTexts(QStandardItemModel *model)
{
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header.append(model->headerData(c, Qt::Horizontal).toString());
    return header;
}

/** Whether the form row of `field` is shown (QFormLayout hides label and field together). */
bool rowShown(QWidget *field)
{
    return field->isVisibleTo(field->window());
}

} // namespace

class TestImportWizardFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workbookPreviewedLikeACsvAndItsSheetChosen();
    void headerlessFileMappedByPosition();
    void gnuCashPresetChosenByKeys();
    void profilesAreTheFilesTheCommandLineReads();
    void detectedFormatIsShownAndSet();
    void ambiguousDatesAreNamed();
    void creditNotesLeftOutAreNamedInTheSummary();

private:
    QString writeFile(TestDb &t, const char *name, const QByteArray &content);
    void goToMapping(ImportWizard &wizard, const QString &path);
};

void TestImportWizardFiles::initTestCase()
{
    QCoreApplication::setOrganizationName(str("InvoiceDeskTests"));
    QCoreApplication::setApplicationName(str("tst_importwizardfiles"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDir(ImportProfileStore().folder()).removeRecursively();
}

void TestImportWizardFiles::goToMapping(ImportWizard &wizard, const QString &path)
{
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
}

void TestImportWizardFiles::workbookPreviewedLikeACsvAndItsSheetChosen()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    goToMapping(wizard, str(INVOICEDESK_TEST_DATA "/wizard/two-sheets.xlsx"));
    auto *sheet = wizard.findChild<QComboBox *>(str("sheet"));
    QVERIFY(rowShown(sheet));
    QVERIFY(!rowShown(wizard.findChild<QComboBox *>(str("encoding"))));
    QVERIFY(!rowShown(wizard.findChild<QComboBox *>(str("separator"))));
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), str("Notes")); // the first sheet, as the command line reads
    QStandardItemModel *preview = modelOf(&wizard, "rawPreview");
    QCOMPARE(headerTexts(preview), QStringList {str("Exported by the shop")});
    sheet->setFocus();
    QTest::keyClick(sheet, Qt::Key_Down);
    QCOMPARE(sheet->currentText(), str("Invoices"));
    QCOMPARE(headerTexts(preview),
        (QStringList {str("number"), str("date"), str("currency"), str("billing.company"),
            str("line.description"), str("line.quantity"), str("line.rate")}));
    QCOMPARE(rowTexts(preview),
        (QStringList {str("00123|2026-03-01|EUR|Müller & Söhne|Hosting, March|1|120.50"),
            str("00123||||Setup|2|30"),
            str("00124|2026-03-02|EUR|Ridgeway GmbH|Consulting|3|95.25")}));
    QCOMPARE(preview->verticalHeaderItem(0)->text(), str("2")); // the sheet's row numbers
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("00123|18050"), str("00124|28575")}));
}

void TestImportWizardFiles::headerlessFileMappedByPosition()
{
    TestDb t;
    const QString path = t.dir.filePath(str("headerless.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("H-1,2026-04-01,EUR,\"Tea, green\",2,3.50\r\nH-2,2026-04-02,EUR,Cups,1,8.00\r\n");
    file.close();
    ImportWizard wizard(*t.ledger);
    goToMapping(wizard, path);
    auto *hasHeader = wizard.findChild<QCheckBox *>(str("hasHeader"));
    QVERIFY(hasHeader->isChecked());
    hasHeader->setFocus();
    QTest::keyClick(hasHeader, Qt::Key_Space);
    QVERIFY(!hasHeader->isChecked());
    QStandardItemModel *preview = modelOf(&wizard, "rawPreview");
    QCOMPARE(headerTexts(preview).value(2), str("column 3"));
    QCOMPARE(preview->rowCount(), 2); // the first row is data
    QCOMPARE(preview->verticalHeaderItem(0)->text(), str("1"));
    wizard.next();
    QStandardItemModel *mapping = modelOf(&wizard, "mapping");
    QCOMPARE(mapping->rowCount(), 6);
    QCOMPARE(mapping->item(3, 0)->text(), str("column 4"));
    const char *const ours[]
        = {"number", "date", "currency", "line.description", "line.quantity", "line.rate"};
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(mapping->item(row, 1)->data(Qt::UserRole).toString(), QString()); // no header
        mapping->item(row, 1)->setData(QString::fromLatin1(ours[row]), Qt::UserRole);
    }
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("H-1|700"), str("H-2|800")}));
    QCOMPARE(t.rows("SELECT description FROM invoice_lines ORDER BY invoice_id"),
        (QStringList {str("Tea, green"), str("Cups")}));
}

void TestImportWizardFiles::gnuCashPresetChosenByKeys()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    goToMapping(wizard, str(INVOICEDESK_TEST_DATA "/presets/gnucash-invoices.csv"));
    wizard.next(); // the file has no header, and the format page was not told so
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *profiles = wizard.findChild<QComboBox *>(str("profiles"));
    QCOMPARE(profiles->itemText(1), str("gnucash"));
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Down);
    QCOMPARE(profiles->currentText(), str("gnucash"));
    QStandardItemModel *mapping = modelOf(&wizard, "mapping");
    QCOMPARE(mapping->rowCount(), 22);
    QCOMPARE(mapping->item(0, 0)->text(), str("column 1"));
    QCOMPARE(mapping->item(0, 1)->data(Qt::UserRole).toString(), str("number"));
    QCOMPARE(mapping->item(16, 1)->data(Qt::UserRole).toString(), str("line.taxCode"));
    // GnuCash writes no currency: without one the import cannot go on, and says why.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("mappingError"))->text(),
        str("No column is mapped to Currency, which an import needs."));
    auto *currency = wizard.findChild<QComboBox *>(str("currency"));
    currency->setFocus();
    QTest::keyClicks(currency, str("EUR"));
    QCOMPARE(currency->currentText(), str("EUR"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    // GnuCash's own totals, to the cent, as the command line imports them.
    QCOMPARE(t.rows("SELECT number, currency, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("INV-101|EUR|84480"), str("INV-102|EUR|39400")}));
}

void TestImportWizardFiles::profilesAreTheFilesTheCommandLineReads()
{
    QTemporaryDir home;
    // The command line's folders: the wizard runs with them as the program would.
    QStandardPaths::setTestModeEnabled(false);
    qputenv("XDG_DATA_HOME", home.filePath(str("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(str("config")).toUtf8());
    QCoreApplication::setOrganizationName(str("InvoiceDesk"));
    QCoreApplication::setApplicationName(str("InvoiceDesk"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(str("LC_ALL"), str("C.UTF-8"));
    environment.insert(str("LANGUAGE"), QString());
    const QString theirs = home.filePath(str("theirs.csv"));
    QFile file(theirs);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Inv;Day;Cur;What;Qty;Price\r\nS-1;01.05.2026;EUR;Pens;2;1,25\r\n");
    file.close();

    // The wizard saves a profile ...
    TestDb t;
    {
        ImportWizard wizard(*t.ledger);
        goToMapping(wizard, theirs);
        wizard.findChild<QComboBox *>(str("dateFormat"))->setCurrentText(str("dd.MM.yyyy"));
        wizard.next();
        QStandardItemModel *mapping = modelOf(&wizard, "mapping");
        const char *const ours[]
            = {"number", "date", "currency", "line.description", "line.quantity", "line.rate"};
        for (int row = 0; row < 6; ++row)
            mapping->item(row, 1)->setData(QString::fromLatin1(ours[row]), Qt::UserRole);
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(str("Shop export"));
            dialog->accept();
        });
        wizard.findChild<QPushButton *>(str("saveProfile"))->click();
    }
    // ... which the command line reads by name.
    const Run run = runProgram(str(INVOICEDESK_CLI),
        {str("--db"), home.filePath(str("c.invoicedesk")), str("import"), str("invoices"), theirs,
            str("--profile"), str("shop export"), str("--dry-run")},
        environment);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("There is no company file at %1: the dry run checks against empty books and "
            "creates no file.\n"
            "Dry run of theirs.csv (invoices): 1 created, 0 updated, 0 skipped, 0 rejected; "
            "nothing was written.\n")
            .arg(home.filePath(str("c.invoicedesk"))));

    // A profile written for the command line is offered by the wizard.
    const ImportProfileStore store;
    ImportProfile written = *store.load(str("Shop export"));
    written.name = str("From the CLI");
    QVERIFY(store.save(written));
    ImportWizard wizard(*t.ledger);
    goToMapping(wizard, theirs);
    wizard.next();
    auto *profiles = wizard.findChild<QComboBox *>(str("profiles"));
    QVERIFY(profiles->findText(str("From the CLI")) > 0);
    profiles->setCurrentIndex(profiles->findText(str("From the CLI")));
    Q_EMIT profiles->textActivated(profiles->currentText());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    QStandardPaths::setTestModeEnabled(true);
}

/** A tester's find: the summary named the payments left out, never the credit notes. */
void TestImportWizardFiles::creditNotesLeftOutAreNamedInTheSummary()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(writeFile(t, "notes.csv",
            "number,date,customer,currency,reason,line.description,line.rate\n"
            "CN-1,2026-04-03,Foo GmbH,EUR,Goodwill,Rebate,7.00\n"
            "CN-2,2026-04-03,,EUR,Goodwill,Rebate,5.00\n"));
    wizard.findChild<QRadioButton *>(str("creditNotes"))->setChecked(true);
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    wizard.findChild<QCheckBox *>(str("skipInvalid"))->setChecked(true);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("summary"))->text(),
        str("Imported 1 credit note. 1 credit note with problems was left out; its rows can be "
            "saved to fix them."));
    QCOMPARE(
        t.rows("SELECT number, grand_total FROM credit_notes"), QStringList({str("CN-1|700")}));
}

QString TestImportWizardFiles::writeFile(TestDb &t, const char *name, const QByteArray &content)
{
    const QString path = t.dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestImportWizardFiles::detectedFormatIsShownAndSet()
{
    TestDb t;
    // A semicolon file (usually a decimal-comma spreadsheet) whose values use a decimal point,
    // with German dates: the values decide, and the page says what it found.
    const QString path = writeFile(t, "points.csv",
        "Invoice No;Invoice Date;currency;Description;Qty;line.rate\r\n"
        "P-1;15.11.2026;EUR;Tea;2;3.50\r\nP-2;03.12.2026;EUR;Cups;1;1234.25\r\n");
    ImportWizard wizard(*t.ledger);
    goToMapping(wizard, path);
    QVERIFY(!wizard.findChild<QCheckBox *>(str("decimalComma"))->isChecked());
    QCOMPARE(wizard.findChild<QComboBox *>(str("dateFormat"))->currentText(), str("d.M.yyyy"));
    QCOMPARE(wizard.findChild<QLabel *>(str("detectedFormat"))->text(),
        str("Found in the file: numbers with a decimal point (1,234.56).\n"
            "Found in the file: dates written d.M.yyyy."));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(modelOf(&wizard, "issues")->rowCount(), 0);
    wizard.next();
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(t.rows("SELECT number, issue_date, grand_total FROM invoices ORDER BY number"),
        (QStringList {str("P-1|2026-11-15|700"), str("P-2|2026-12-03|123425")}));
}

void TestImportWizardFiles::ambiguousDatesAreNamed()
{
    TestDb t;
    const QString path = writeFile(t, "slashes.csv",
        "number,date,currency,line.description,line.quantity,line.rate\r\n"
        "A-1,01/02/2026,EUR,\"1,5 kg\",1,\"1,50\"\r\n");
    ImportWizard wizard(*t.ledger);
    goToMapping(wizard, path);
    QVERIFY(wizard.findChild<QCheckBox *>(str("decimalComma"))->isChecked());
    QCOMPARE(wizard.findChild<QComboBox *>(str("dateFormat"))->currentText(),
        str("yyyy-MM-dd")); // left as it was: a person must choose
    QCOMPARE(wizard.findChild<QLabel *>(str("detectedFormat"))->text(),
        str("Found in the file: numbers with a decimal comma (1.234,56).\n"
            "The dates could be read as day/month or as month/day (line 2, Date: "
            "\"01/02/2026\"): choose their format below."));
}

QTEST_MAIN(TestImportWizardFiles)
#include "tst_importwizardfiles.moc"
