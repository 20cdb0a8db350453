// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 5 (rest) in the desktop app: the Export dialog's credit notes and whole books,
// the import wizard's credit notes and whole-books folder, typed with the keyboard.
#include "booksfiles.h"
#include "booksimporter.h"
#include "csvexporter.h"
#include "exportdialog.h"
#include "importjob.h"
#include "importwizard.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** Two invoices of Analytical Engines Ltd, INV-1 paid, and a credit note on it (all credit). */
void fillBooks(Ledger &ledger)
{
    QVERIFY(ledger.createInvoice(sampleInvoice(str("INV-1"))).ok());
    QVERIFY(ledger.createInvoice(sampleInvoice(str("INV-2"))).ok());
    QVERIFY(ledger.recordPayment(samplePayment(str("INV-1"), 11550)).ok());
    CreditNote note;
    note.invoiceNumber = str("INV-1");
    note.reason = str("Damaged");
    note.date = QDate(2026, 3, 12);
    note.lines = {{str("Damaged part"), Quantity::fromWhole(1), 1000, std::nullopt, 0}};
    QVERIFY(ledger.issueCreditNote(note).ok());
}

/**
 * Presses Alt+key in the window and waits for what it does: the click of the enabled, visible
 * button whose mnemonic it is, or the focus on the buddy of such a label.
 */
void alt(QWidget *window, Qt::Key key)
{
    const QString mnemonic = QLatin1Char('&') + QChar(u'a' + (key - Qt::Key_A));
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->isEnabled()
            && button->text().contains(mnemonic, Qt::CaseInsensitive)) {
            // The mnemonic clicks its button after a short animation: wait for the click.
            QSignalSpy clicked(button, &QAbstractButton::clicked);
            QTest::keyClick(window, key, Qt::AltModifier);
            QVERIFY2(clicked.wait(2000), qPrintable(mnemonic));
            return;
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy()
            && label->text().contains(mnemonic, Qt::CaseInsensitive)) {
            QTest::keyClick(window, key, Qt::AltModifier);
            QTRY_VERIFY2(label->buddy()->hasFocus(), qPrintable(mnemonic));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no %1 in the window").arg(mnemonic)));
}

/** Types `text` into the widget Alt+`key` focuses, replacing what it held. */
void typeInto(QWidget *window, Qt::Key key, const QString &text)
{
    alt(window, key);
    auto *edit = qobject_cast<QLineEdit *>(window->focusWidget());
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

/** Shows the wizard, active, with the focus in its path (nothing when it never came up). */
QLineEdit *showWizard(ImportWizard &wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowActive(&wizard))
        return nullptr;
    QApplication::setActiveWindow(&wizard);
    auto *path = wizard.findChild<QLineEdit *>(str("path"));
    path->setFocus();
    return path;
}

} // namespace

class TestBooksWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportDialogWritesCreditNotesAndTheWholeBooks();
    void wizardImportsCreditNotes();
    void wizardImportsTheWholeBooksFromAFolder();
    void aPathTypedThroughFoldersKeepsTheKindChosen();
    void wizardImportsDuplicatePaymentsWhenAllowed();
    void wizardRefusesBooksWithProblems();
    void stoppingTheBooksImportWritesNothing();
};

void TestBooksWindows::exportDialogWritesCreditNotesAndTheWholeBooks()
{
    TestDb t;
    fillBooks(*t.ledger);
    ExportDialog dialog(*t.ledger, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QApplication::setActiveWindow(&dialog);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    alt(&dialog, Qt::Key_C);
    QVERIFY(dialog.findChild<QRadioButton *>(str("creditNotes"))->isChecked());
    QVERIFY(!dialog.findChild<QWidget *>(str("status"))->isEnabled());
    typeInto(&dialog, Qt::Key_F, t.dir.filePath(str("notes.csv")));
    alt(&dialog, Qt::Key_E);
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.resultText(), str("Exported 1 credit note to notes.csv."));
    QByteArray expected;
    QBuffer buffer(&expected);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvExporter(*t.ledger).exportCreditNotes(&buffer).ok());
    QCOMPARE(readFile(t.dir.filePath(str("notes.csv"))), expected);

    // The whole books: a folder, no status and no dates (the books are whole).
    alt(&dialog, Qt::Key_W);
    QVERIFY(dialog.findChild<QRadioButton *>(str("books"))->isChecked());
    QVERIFY(!dialog.findChild<QWidget *>(str("limitDates"))->isEnabled());
    const QString folder = t.dir.filePath(str("books"));
    typeInto(&dialog, Qt::Key_O, folder); // F&older now
    alt(&dialog, Qt::Key_E);
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.resultText(),
        str("Exported the whole books to %1: company.csv, taxcodes.csv, customers.csv, "
            "invoices.csv, payments.csv and creditnotes.csv.")
            .arg(QDir::toNativeSeparators(folder)));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
        QStringList({str("company.csv"), str("creditnotes.csv"), str("customers.csv"),
            str("invoices.csv"), str("payments.csv"), str("taxcodes.csv")}));
    QCOMPARE(readFile(folder + str("/creditnotes.csv")), expected);
}

void TestBooksWindows::wizardImportsCreditNotes()
{
    TestDb source;
    fillBooks(*source.ledger);
    QVERIFY(CsvExporter(*source.ledger).exportBooks(source.dir.filePath(str("books"))).ok());
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-1"))).ok());
    QVERIFY(t.ledger->recordPayment(samplePayment(str("INV-1"), 11550)).ok());
    ImportWizard wizard(*t.ledger);
    QLineEdit *path = showWizard(wizard);
    QVERIFY(path);
    // A file named creditnotes.csv says what it holds; Alt+C says it too.
    QTest::keyClicks(path, source.dir.filePath(str("books/creditnotes.csv")));
    QVERIFY(wizard.findChild<QRadioButton *>(str("creditNotes"))->isChecked());
    alt(&wizard, Qt::Key_C);
    for (int page = 0; page < 4 && wizard.currentId() != ImportWizard::ImportPage; ++page)
        alt(&wizard, Qt::Key_N);
    QVERIFY2(wizard.currentId() == ImportWizard::ImportPage,
        qPrintable(wizard.currentPage()->subTitle() + wizard.lastReport().fatalError
            + QString::number(wizard.currentId())));
    QCOMPARE(
        wizard.findChild<QLabel *>(str("plan"))->text(), str("1 credit note will be imported."));
    alt(&wizard, Qt::Key_I);
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard.lastReport().committed);
    QCOMPARE(t.rows("SELECT number, grand_total, applied FROM credit_notes"),
        QStringList({str("CN-0001|1000|0")}));
}

void TestBooksWindows::wizardImportsTheWholeBooksFromAFolder()
{
    TestDb source;
    fillBooks(*source.ledger);
    const QString folder = source.dir.filePath(str("books"));
    QVERIFY(CsvExporter(*source.ledger).exportBooks(folder).ok());
    TestDb t;
    ImportWizard wizard(*t.ledger);
    QLineEdit *path = showWizard(wizard);
    QVERIFY(path);
    QTest::keyClicks(path, folder);
    alt(&wizard, Qt::Key_W);
    QVERIFY(wizard.findChild<QRadioButton *>(str("books"))->isChecked());
    alt(&wizard, Qt::Key_N); // straight to the confirmation, checked there
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("plan"))->text(),
        str("The whole books will be imported in one step, dated records in date order:\n"
            "company.csv: 0 records\ntaxcodes.csv: 0 records\ncustomers.csv: 1 "
            "record\ninvoices.csv: 2 records\n"
            "payments.csv: 1 record\ncreditnotes.csv: 1 record\n"
            "New customers (1): Analytical Engines Ltd."));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0); // the check wrote nothing
    alt(&wizard, Qt::Key_I);
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(wizard.lastReport().committed);
    QCOMPARE(wizard.findChild<QLabel *>(str("summary"))->text(),
        str("Imported the whole books: 5 records.")); // with its customer
    const char *books = "SELECT i.number, i.status, i.paid_total, i.credited_total, n.applied "
                        "FROM invoices i LEFT JOIN credit_notes n ON n.invoice_id = i.id "
                        "ORDER BY i.number";
    QCOMPARE(t.rows(books), source.rows(books));

    // The same folder again, "Skip them": nothing is written twice.
    const QStringList before = everything(t);
    ImportWizard again(*t.ledger);
    again.show();
    again.findChild<QLineEdit *>(str("path"))->setText(folder);
    again.findChild<QRadioButton *>(str("books"))->setChecked(true);
    auto *existing = again.findChild<QComboBox *>(str("onExisting"));
    existing->setCurrentIndex(existing->findData(int(OnExisting::Skip)));
    again.next();
    QCOMPARE(again.currentId(), int(ImportWizard::ImportPage));
    QVERIFY(again.findChild<QLabel *>(str("plan"))
                ->text()
                .endsWith(str("\ncreditnotes.csv: 0 records\nAlready in the books, left as they "
                              "are: 5.")));
    again.next();
    QTRY_COMPARE(again.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY2(again.lastReport().committed, qPrintable(again.lastReport().fatalError));
    QCOMPARE(again.lastReport().skipped, 5);
    QCOMPARE(again.lastReport().created, 0);
    QCOMPARE(again.findChild<QLabel *>(str("summary"))->text(),
        str("Imported the whole books: 0 records. Already in the books and left as they were: "
            "5."));
    QCOMPARE(everything(t), before);
}

/**
 * A tester's find: with Payments chosen, typing a file's path letter by letter passed through its
 * folders, which chose the whole books, and the file then went back to Invoices.
 */
void TestBooksWindows::aPathTypedThroughFoldersKeepsTheKindChosen()
{
    TestDb t;
    const QString file = t.dir.filePath(str("bank_export.csv"));
    writeFile(file, "invoiceNumber,date,amount,method\n");
    ImportWizard wizard(*t.ledger);
    QLineEdit *path = showWizard(wizard);
    QVERIFY(path);
    alt(&wizard, Qt::Key_P);
    auto *payments = wizard.findChild<QRadioButton *>(str("payments"));
    QVERIFY(payments->isChecked());
    path->setFocus();
    QTest::keyClicks(path, t.dir.path());
    QVERIFY(wizard.findChild<QRadioButton *>(str("books"))->isChecked());
    QTest::keyClicks(path, str("/bank_export.csv"));
    QCOMPARE(path->text(), file);
    QVERIFY(payments->isChecked());
}

/** Two payments alike in one file: refused as such, imported both when allowed (Alt+D). */
void TestBooksWindows::wizardImportsDuplicatePaymentsWhenAllowed()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-1"))).ok()); // 115.50 USD
    const QString file = t.dir.filePath(str("bank.csv"));
    writeFile(file,
        "invoiceNumber,date,amount,method\nINV-1,2026-03-02,50.00,cash\n"
        "INV-1,2026-03-02,50.00,cash\n");
    for (const bool allowed : {false, true}) {
        ImportWizard wizard(*t.ledger);
        QLineEdit *path = showWizard(wizard);
        QVERIFY(path);
        auto *duplicates = wizard.findChild<QCheckBox *>(str("allowDuplicates"));
        QVERIFY(!duplicates->isEnabled()); // invoices chosen
        alt(&wizard, Qt::Key_P);
        QVERIFY(duplicates->isEnabled());
        if (allowed)
            alt(&wizard, Qt::Key_D);
        QCOMPARE(duplicates->isChecked(), allowed);
        path->setText(file);
        for (int page = 0; page < 3 && wizard.currentId() != ImportWizard::CheckPage; ++page)
            alt(&wizard, Qt::Key_N);
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        if (!allowed) {
            QCOMPARE(wizard.check().issues.size(), 1);
            QCOMPARE(wizard.check().issues.first().toString(),
                str("line 3, column amount (\"50.00\"): the payment on line 2 has the same "
                    "invoice, date, amount, method and reference: give each its own reference if "
                    "both were made, or allow duplicates"));
            continue;
        }
        alt(&wizard, Qt::Key_N);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
        alt(&wizard, Qt::Key_I);
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
        QVERIFY(wizard.lastReport().committed);
    }
    QCOMPARE(t.rows("SELECT paid_on, amount FROM payments ORDER BY id"),
        QStringList({str("2026-03-02|5000"), str("2026-03-02|5000")}));
}

void TestBooksWindows::wizardRefusesBooksWithProblems()
{
    TestDb source;
    fillBooks(*source.ledger);
    const QString folder = source.dir.filePath(str("books"));
    QVERIFY(CsvExporter(*source.ledger).exportBooks(folder).ok());
    QByteArray notes = readFile(folder + str("/creditnotes.csv"));
    notes.replace(",0.00\r\n", ",10.01\r\n");
    writeFile(folder + str("/creditnotes.csv"), notes);
    TestDb t;
    ImportWizard wizard(*t.ledger);
    QLineEdit *path = showWizard(wizard);
    QVERIFY(path);
    QTest::keyClicks(path, folder); // a folder chooses the whole books by itself
    QVERIFY(wizard.findChild<QRadioButton *>(str("books"))->isChecked());
    alt(&wizard, Qt::Key_N);
    QCOMPARE(wizard.findChild<QLabel *>(str("plan"))->text(),
        str("Nothing can be imported: fix these problems in the files first.\n"
            "creditnotes.csv: line 2, column applied (\"10.01\"): 10.01 is more than the credit "
            "note's total 10.00"));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
}

void TestBooksWindows::stoppingTheBooksImportWritesNothing()
{
    TestDb source;
    QVERIFY(source.ledger->beginBatch().ok());
    for (int i = 1; i <= 3000; ++i)
        QVERIFY(source.ledger->createInvoice(sampleInvoice(QStringLiteral("S-%1").arg(i))).ok());
    QVERIFY(source.ledger->commitBatch().ok());
    const QString folder = source.dir.filePath(str("books"));
    QVERIFY(CsvExporter(*source.ledger).exportBooks(folder).ok());
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QApplication::setActiveWindow(&wizard);
    wizard.findChild<QLineEdit *>(str("path"))->setText(folder);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    alt(&wizard, Qt::Key_I);
    auto *stop = wizard.findChild<QPushButton *>(str("cancelImport"));
    QVERIFY(stop->isVisible());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!wizard.importJob()->isRunning());
    QTRY_COMPARE(wizard.findChild<QLabel *>(str("result"))->text(),
        str("Stopped: nothing was imported. Import starts again; Back changes the settings."));
    QVERIFY(!wizard.lastReport().committed);
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
}

QTEST_MAIN(TestBooksWindows)
#include "tst_bookswindows.moc"
