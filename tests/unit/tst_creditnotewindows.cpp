// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 3 and issue 10 item 7 on the desktop: the Credit Note dialog typed with keys, the
// editor's locked lines and payment button, the list's credit notes and Reopen.
#include "creditnotedialog.h"
#include "creditnotelistmodel.h"
#include "creditnotespanel.h"
#include "documentactions.h"
#include "invoiceeditor.h"
#include "invoicelistview.h"
#include "lineitemsmodel.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "undocommands.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** The credit-note windows, offscreen. */
class TestCreditNoteWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialogIssuesACreditNoteFromTheKeyboard();
    void editorLocksLinesAndRefusesPaymentWhenCredited();
    void voidingTheOnlyPaymentUnlocksTheLines();
    void listShowsCreditNotesAndReopens();
    void modelIsSound();
    void deleteOnAPaidInvoiceAsksWhereTheMoneyGoes_data();
    void deleteOnAPaidInvoiceAsksWhereTheMoneyGoes();
    void panelPrintsAndExportsTheSelectedCreditNote();
    void showCreditNotesIsTabbedToWithTheFilters();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<MainWindow> mMain;
    qint64 mInvoiceId = 0;
};

void TestCreditNoteWindows::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    const QString path = mDir->filePath(str("c.invoicedesk"));
    {
        auto db = Database::open(path);
        Ledger ledger(*db.value());
        mInvoiceId = ledger.createInvoice(sampleInvoice())->id;
        QVERIFY(ledger.recordPayment(samplePayment(str("INV-1"), 1000)).ok());
        QVERIFY(ledger.createInvoice(sampleInvoice(str("INV-2"))).ok());
    }
    mMain = std::make_unique<MainWindow>(std::move(Database::open(path)).value());
    mMain->show();
}

void TestCreditNoteWindows::cleanup()
{
    for (InvoiceEditor *editor : mMain->findChildren<InvoiceEditor *>())
        editor->undoStack()->setClean();
    mMain.reset();
    mDir.reset();
}

void TestCreditNoteWindows::dialogIssuesACreditNoteFromTheKeyboard()
{
    CreditNoteDialog dialog(mMain->ledger(), mInvoiceId, mMain.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QApplication::setActiveWindow(&dialog);
    dialog.amountEdit()->setFocus();
    QTest::keyClicks(dialog.amountEdit(), str("20.00"));
    QTest::keyClick(dialog.amountEdit(), Qt::Key_Return); // no reason yet: refused, stays open
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.problem(), str("reason: a credit note needs a reason"));
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QVERIFY(dialog.reasonEdit()->hasFocus());
    QTest::keyClicks(dialog.reasonEdit(), str("Damaged"));
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.issued().number, str("CN-0001"));
    auto header = mMain->ledger().invoices().header(mInvoiceId);
    QCOMPARE((*header)->credited, 2000);
    QCOMPARE((*header)->outstanding(), 11550 - 1000 - 2000);
}

void TestCreditNoteWindows::editorLocksLinesAndRefusesPaymentWhenCredited()
{
    InvoiceEditor *editor = mMain->openEditor(mInvoiceId);
    QVERIFY(editor->linesModel()->isReadOnly());
    QVERIFY(!(editor->linesModel()->flags(editor->linesModel()->index(0, LineItemsModel::Rate))
        & Qt::ItemIsEditable));
    QVERIFY(editor->findChild<QLabel *>(str("linesLocked"))->isVisible());
    auto *record = editor->findChild<QPushButton *>(str("recordPayment"));
    QVERIFY(record->isEnabled());
    CreditNote rest;
    rest.invoiceId = mInvoiceId;
    rest.reason = str("Withdrawn");
    rest.date = QDate(2026, 3, 20);
    rest.lines = {{str("Withdrawn"), Quantity::fromWhole(1), 11550, std::nullopt, 0}};
    QVERIFY(mMain->ledger().issueCreditNote(rest).ok());
    editor->close();
    delete editor;
    editor = mMain->openEditor(mInvoiceId);
    record = editor->findChild<QPushButton *>(str("recordPayment"));
    QVERIFY(!record->isEnabled());
    QCOMPARE(record->toolTip(), str("An invoice credited in full takes no payments"));
    QCOMPARE(editor->findChild<QLabel *>(str("credited"))->text(), str("115.50"));
    QCOMPARE(editor->findChild<QLabel *>(str("outstanding"))->text(), str("0.00 USD"));
    // Ctrl+Shift+P opens no payment dialog either.
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(editor->findChildren<QDialog *>().isEmpty());
    editor->close();
    delete editor;
    mMain->refresh();
    QAbstractItemModel *list = mMain->invoiceView()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->index(row, 0).data().toString() == str("INV-1"))
            mMain->invoiceView()->setCurrentIndex(list->index(row, 0));
    }
    auto *payment = mMain->findChild<QAction *>(str("recordPaymentAction"));
    QVERIFY(!payment->isEnabled());
    QCOMPARE(payment->toolTip(), str("An invoice credited in full takes no payments"));
}

void TestCreditNoteWindows::voidingTheOnlyPaymentUnlocksTheLines()
{
    auto payments = mMain->ledger().payments(mInvoiceId);
    QVERIFY(payments && payments->size() == 1);
    QVERIFY(mMain->ledger().voidPayment(payments->first().id, str("Bounced")).ok());
    InvoiceEditor *editor = mMain->openEditor(mInvoiceId);
    LineItemsModel *lines = editor->linesModel();
    QVERIFY(!lines->isReadOnly());
    QVERIFY(editor->findChild<QLabel *>(str("linesLocked"))->isHidden());
    QVERIFY(!editor->findChild<QPushButton *>(str("voidPayment"))->isEnabled());
    // The ledger agrees: the corrected line is saved.
    QVERIFY(lines->setData(lines->index(0, LineItemsModel::Rate), str("120.00")));
    QVERIFY(editor->save());
    auto stored = mMain->ledger().invoices().load(mInvoiceId);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((**stored).lines.first().rate, 12000);
}

void TestCreditNoteWindows::listShowsCreditNotesAndReopens()
{
    CreditNote note;
    note.invoiceId = mInvoiceId;
    note.reason = str("Damaged");
    note.date = QDate(2026, 3, 20);
    note.lines = {{str("Damaged"), Quantity::fromWhole(1), 11000, std::nullopt, 0}};
    QVERIFY(mMain->ledger().issueCreditNote(note).ok()); // 105.50 owed, 4.50 to credit
    auto *toggle = mMain->findChild<QCheckBox *>(str("showCreditNotes"));
    auto *panel = mMain->findChild<CreditNotesPanel *>();
    QVERIFY(!panel->isVisible());
    toggle->setChecked(true);
    QVERIFY(panel->isVisible());
    const QAbstractItemModel *model = panel->view()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CreditNoteListModel::Number).data().toString(), str("CN-0001"));
    QCOMPARE(model->index(0, CreditNoteListModel::Invoice).data().toString(), str("INV-1"));
    QCOMPARE(model->index(0, CreditNoteListModel::Effect).data().toString(),
        str("−105.50 USD off INV-1; +4.50 USD credit"));

    // INV-2 has nothing paid or credited: cancelled, then reopened from the list.
    auto two = mMain->ledger().invoiceByNumber(str("INV-2"));
    QVERIFY(mMain->ledger().cancelInvoice((*two)->id).ok());
    mMain->refresh();
    auto *reopen = mMain->findChild<QAction *>(str("reopenAction"));
    QAbstractItemModel *list = mMain->invoiceView()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->index(row, 0).data().toString() == str("INV-2"))
            mMain->invoiceView()->setCurrentIndex(list->index(row, 0));
    }
    QVERIFY(reopen->isEnabled());
    QVERIFY(mMain->invoiceView()->actions().contains(reopen)); // in the context menu
    reopen->trigger();
    auto after = mMain->ledger().invoices().header((*two)->id);
    QCOMPARE((*after)->status(), InvoiceStatus::Pending);
    QCOMPARE(model->rowCount(), 1);
}

void TestCreditNoteWindows::modelIsSound()
{
    CreditNoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto notes = mMain->ledger().creditNotes().list();
    model.setCreditNotes(*notes);
    QCOMPARE(model.rowCount(), 0);
}

/** Runs `handle` on the next modal dialog as soon as it shows (a file or preview dialog). */
static void whenModal(const std::function<void(QWidget *)> &handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

void TestCreditNoteWindows::panelPrintsAndExportsTheSelectedCreditNote()
{
    CreditNote note;
    note.invoiceId = mInvoiceId;
    note.reason = str("Damaged in transit");
    note.date = QDate(2026, 3, 20);
    note.lines = {{str("Broken casing"), Quantity::fromWhole(2), 1250, std::nullopt, 0}};
    QVERIFY(mMain->ledger().issueCreditNote(note).ok());
    mMain->findChild<QCheckBox *>(str("showCreditNotes"))->setChecked(true);
    auto *panel = mMain->findChild<CreditNotesPanel *>();
    panel->view()->setFocus();
    panel->view()->selectionModel()->select(panel->view()->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(DocumentActions::selectedNumbers(mMain.get()), QStringList {str("CN-0001")});
    mMain->invoiceView()->setFocus(); // the File menu acts on the list again
    QAbstractItemModel *list = mMain->invoiceView()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->index(row, 0).data().toString() == str("INV-1"))
            mMain->invoiceView()->selectionModel()->select(list->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QCOMPARE(DocumentActions::selectedNumbers(mMain.get()), QStringList {str("INV-1")});

    QString shown;
    whenModal([&shown](QWidget *modal) {
        shown = QString::fromLatin1(modal->metaObject()->className());
        static_cast<QDialog *>(modal)->reject();
    });
    mMain->findChild<QAction *>(str("previewCreditNotes"))->trigger();
    QCOMPARE(shown, str("QPrintPreviewDialog"));

    const QString pdf = mDir->filePath(str("CN-0001.pdf"));
    whenModal([pdf](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        QVERIFY(files);
        files->selectFile(pdf);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as its Save button
    });
    auto *exportPdf = mMain->findChild<QAction *>(str("exportPdfCreditNotes"));
    QVERIFY(panel->view()->actions().contains(exportPdf)); // in the panel's context menu
    exportPdf->trigger();
    const Run text = runProgram(str("pdftotext"), {str("-layout"), pdf, str("-")},
        QProcessEnvironment::systemEnvironment());
    QCOMPARE(text.exitCode, 0);
    QStringList lines = text.out.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    for (const QString &expected : {str("Credit Note"), str("Credit note number: CN-0001"),
             str("Credit note date: 20/03/2026"), str("Credits invoice INV-1 dated 01/03/2026"),
             str("Reason: Damaged in transit"), str("2 Broken casing 12.50 25.00"),
             str("Tax rate Net amount Tax amount Subtotal 25.00"), str("Tax total 0.00"),
             str("Total (USD) 25.00")})
        QVERIFY2(lines.contains(expected), qPrintable(expected + str(" in\n") + text.out));
    QVERIFY2(!text.out.contains(str("Outstanding")) && !text.out.contains(str("Paid")),
        qPrintable(text.out));
}

void TestCreditNoteWindows::deleteOnAPaidInvoiceAsksWhereTheMoneyGoes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QList<int>>("keys"); // the mnemonic pressed in each question, in turn
    QTest::addColumn<QString>("firstQuestion");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("payments");
    QTest::addColumn<QStringList>("creditNotes");
    QTest::newRow("keep as credit")
        << str("en") << QList<int> {Qt::Key_K}
        << str("Invoice INV-1 holds 10.00 USD of payments, so it cannot be deleted. Before it is "
               "cancelled: is the money refunded, or kept as the customer's credit?")
        << str("Cancelled") << QStringList {str("1000")}
        << QStringList {str("CN-0001|11550|10550")};
    QTest::newRow("refund, credited")
        << str("en") << QList<int> {Qt::Key_R, Qt::Key_C} << QString() << str("Refunded")
        << QStringList {str("1000"), str("-1000")} << QStringList {str("CN-0001|11550|11550")};
    QTest::newRow("refund, owed again")
        << str("en") << QList<int> {Qt::Key_R, Qt::Key_O} << QString() << str("Pending")
        << QStringList {str("1000"), str("-1000")} << QStringList();
    QTest::newRow("don't cancel") << str("en") << QList<int> {Qt::Key_D} << QString()
                                  << str("Pending") << QStringList {str("1000")} << QStringList();
    // The questions in German (their tr() context once differed from the catalogue's).
    QTest::newRow("German, keep as credit")
        << str("de") << QList<int> {Qt::Key_G}
        << str("Auf Rechnung INV-1 sind 10.00 USD bezahlt, daher kann sie nicht gelöscht werden. "
               "Vor dem Stornieren: wird das Geld erstattet oder als Guthaben des Kunden "
               "behalten?")
        << str("Cancelled") << QStringList {str("1000")}
        << QStringList {str("CN-0001|11550|10550")};
}

void TestCreditNoteWindows::deleteOnAPaidInvoiceAsksWhereTheMoneyGoes()
{
    QFETCH(QString, language);
    QFETCH(QList<int>, keys);
    QFETCH(QString, firstQuestion);
    QFETCH(QString, status);
    QTranslator translator;
    if (language != str("en")) {
        QVERIFY(translator.load(str(INVOICEDESK_QM_DIR "/invoicedesk_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator); // the window keeps its en_US numbers
    }
    auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    // Each question is answered by its mnemonic on every tick while it stays open: a key that
    // arrives before the box takes keys is lost, and the box would wait for ever.
    QStringList asked;
    QMessageBox *last = nullptr;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (box != last) {
            last = box;
            asked.append(box->text());
        }
        if (asked.size() <= keys.size())
            QTest::keyClick(box, Qt::Key(keys.at(asked.size() - 1)), Qt::AltModifier);
    });
    answer.start();
    mMain->refresh();
    QAbstractItemModel *list = mMain->invoiceView()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->index(row, 0).data().toString() == str("INV-1"))
            mMain->invoiceView()->setCurrentIndex(list->index(row, 0));
    }
    mMain->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mMain.get()));
    mMain->invoiceView()->setFocus();
    QTest::keyClick(mMain->invoiceView(), Qt::Key_Delete);
    answer.stop();
    QCOMPARE(asked.size(), keys.size());
    if (!firstQuestion.isEmpty())
        QCOMPARE(asked.first(), firstQuestion);
    QCOMPARE(rowsOf(mMain->database().connection(),
                 "SELECT status FROM invoices WHERE number = 'INV-1'"),
        QStringList({status}));
    QTEST(rowsOf(mMain->database().connection(),
              "SELECT amount FROM payments WHERE invoice_id = (SELECT id FROM invoices WHERE "
              "number = 'INV-1') ORDER BY id"),
        "payments");
    QTEST(rowsOf(mMain->database().connection(),
              "SELECT number, grand_total, applied FROM credit_notes ORDER BY id"),
        "creditNotes");
}

QTEST_MAIN(TestCreditNoteWindows)
void TestCreditNoteWindows::showCreditNotesIsTabbedToWithTheFilters()
{
    auto *overdue = mMain->findChild<QCheckBox *>(str("overdueOnly"));
    auto *toggle = mMain->findChild<QCheckBox *>(str("showCreditNotes"));
    QVERIFY(overdue && toggle);
    QCOMPARE(overdue->nextInFocusChain(), toggle);
    QWidget *next = toggle->nextInFocusChain();
    while (next && (next->focusPolicy() == Qt::NoFocus || !next->isVisibleTo(mMain.get())))
        next = next->nextInFocusChain();
    QCOMPARE(next, static_cast<QWidget *>(mMain->invoiceView()));
}

#include "tst_creditnotewindows.moc"
