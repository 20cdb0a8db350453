// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 item 3: the payment dialog says what the invoice's remote system will not take,
// from the same capabilities the sync engine refuses by, and still records the payment.
#include "dateedit.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "receiptbook.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** A company file with one invoice (115.50 USD) assigned to a connection of `kind`. */
struct Assigned
{
    TestDb t;
    qint64 invoiceId = 0;

    explicit Assigned(const QString &kind)
    {
        if (!kind.isEmpty()) {
            Connection connection {0, str("remote"), kind, QUrl(str("https://remote.example")),
                {{str("username"), str("clerk")}, {str("organisation"), str("ACME")}}};
            if (!t.ledger->connections().add(connection))
                qFatal("cannot add the connection");
        }
        Invoice invoice = sampleInvoice();
        invoice.connectionName = kind.isEmpty() ? QString() : str("remote");
        invoiceId = t.ledger->createInvoice(invoice)->id;
    }
};

} // namespace

class TestPaymentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void partPaymentAndRefundOnASystemThatTakesNeither();
    void methodTheSystemLacks();
    void everythingGoesWhereTheSystemTakesIt();
    void voidAndDeleteSayWhatTheSystemWillNotDo();
    void refundSaysWhatItDoesToTheInvoice();
    void aPaymentIsAReceiptOfOneAllocation();
    void theCustomersCreditIsOfferedFirst();
    void amountsReadBackAndTheTransferDateFollows();
    void voidingAReceiptsPaymentAsksWhereTheMoneyGoes_data();
    void voidingAReceiptsPaymentAsksWhereTheMoneyGoes();
};

void TestPaymentDialog::partPaymentAndRefundOnASystemThatTakesNeither()
{
    Assigned a(str("crmcom"));
    PaymentDialog dialog(*a.t.ledger, a.invoiceId);
    dialog.show();
    auto *note = dialog.findChild<QLabel *>(str("syncNote"));
    auto *amount = dialog.findChild<QLineEdit *>(str("amount"));
    QCOMPARE(amount->text(), str("115.50")); // the whole outstanding amount: CRM.COM takes it
    QCOMPARE(dialog.syncNoteText(), QString());
    QVERIFY(!note->isVisible());
    amount->setText(str("50.00"));
    QCOMPARE(dialog.syncNoteText(),
        str("Recorded here, this payment will not go to remote by itself: CRM.COM takes only a "
            "payment of the whole outstanding amount (115.50 USD), and this payment is 50.00 "
            "USD: record part payments in CRM.COM"));
    QVERIFY(note->isVisible());

    // The books follow what happened: the part payment is recorded all the same.
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.recorded().amount, 5000);

    PaymentDialog refund(*a.t.ledger, a.invoiceId);
    refund.show();
    refund.findChild<QCheckBox *>(str("refund"))->setChecked(true);
    QCOMPARE(refund.findChild<QLineEdit *>(str("amount"))->text(), str("50.00"));
    QCOMPARE(refund.syncNoteText(),
        str("Recorded here, this payment will not go to remote by itself: CRM.COM takes no "
            "refunds through its API: record the refund in CRM.COM"));
}

void TestPaymentDialog::methodTheSystemLacks()
{
    Assigned a(str("ivvy"));
    PaymentDialog dialog(*a.t.ledger, a.invoiceId);
    dialog.show();
    auto *method = dialog.findChild<QComboBox *>(str("method"));
    method->setCurrentIndex(method->findData(int(PaymentMethod::Upi)));
    QCOMPARE(dialog.syncNoteText(),
        str("Recorded here, this payment will not go to remote by itself: iVvy has no payment "
            "method for \"upi\""));
    method->setCurrentIndex(method->findData(int(PaymentMethod::Cheque)));
    QCOMPARE(dialog.syncNoteText(), QString()); // a part payment is fine for iVvy
}

void TestPaymentDialog::everythingGoesWhereTheSystemTakesIt()
{
    for (const QString &kind : {str("upgradechat"), QString()}) {
        Assigned a(kind);
        PaymentDialog dialog(*a.t.ledger, a.invoiceId);
        dialog.show();
        dialog.findChild<QLineEdit *>(str("amount"))->setText(str("10.00"));
        auto *method = dialog.findChild<QComboBox *>(str("method"));
        method->setCurrentIndex(method->findData(int(PaymentMethod::Upi)));
        QCOMPARE(dialog.syncNoteText(), QString());
        QVERIFY(!dialog.findChild<QLabel *>(str("syncNote"))->isVisible());
    }
}

void TestPaymentDialog::voidAndDeleteSayWhatTheSystemWillNotDo()
{
    Assigned a(str("ivvy"));
    const Payment payment = *a.t.ledger->recordPayment(samplePayment(str("INV-1"), 1000));
    // The question a modal dialog asks, read and answered No (or Cancel) when it shows.
    QString asked;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            asked = input->labelText();
            input->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = box->text();
            box->button(QMessageBox::No)->click();
        } else {
            return;
        }
        answer.stop();
    });
    {
        InvoiceEditor editor(*a.t.ledger, a.invoiceId);
        editor.show();
        auto *payments = editor.findChild<QTableView *>(str("payments"));
        payments->setCurrentIndex(payments->model()->index(0, 0));
        answer.start();
        editor.voidSelectedPayment();
        QCOMPARE(asked,
            str("Why is payment %1 being voided? It stays on record, marked void.\n\nIf it has "
                "already reached remote: iVvy takes no payment reversal through its API: reverse "
                "payment %1 in iVvy, then confirm here.")
                .arg(payment.marker));
    }
    Assigned b(str("crmcom"));
    b.t.ledger.reset(); // the window brings its own
    MainWindow window(std::move(b.t.db));
    window.show();
    window.invoiceView()->setCurrentIndex(window.invoiceModel()->index(0, 0));
    answer.start();
    window.deleteCurrent();
    QCOMPARE(asked,
        str("Delete invoice INV-1? The audit log keeps a copy.\n\nIf it has already reached "
            "remote: CRM.COM takes no invoice deletion through its API: delete or cancel invoice "
            "INV-1 in CRM.COM."));
}

/** Issue 10 item 7: a refund credits the invoice (a credit note) or leaves it owed again, as the
 * person says, typed with keys only; the refund and its credit note commit together. */
void TestPaymentDialog::refundSaysWhatItDoesToTheInvoice()
{
    Assigned a {QString()};
    QVERIFY(a.t.ledger->recordPayment(samplePayment(str("INV-1"), 11550)).ok());
    // A mnemonic clicks its button after a short animation: wait for the click to land.
    auto open = [&a] {
        auto dialog = std::make_unique<PaymentDialog>(*a.t.ledger, a.invoiceId);
        dialog->show();
        if (QTest::qWaitForWindowActive(dialog.get()))
            QTest::keyClick(dialog.get(), Qt::Key_R, Qt::AltModifier); // "This is a &refund"
        return dialog;
    };
    auto type = [](PaymentDialog *dialog, const QString &amount) {
        QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier); // "&Amount"
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), amount);
    };
    auto refundBox
        = [](PaymentDialog *dialog) { return dialog->findChild<QCheckBox *>(str("refund")); };
    auto effect = [](PaymentDialog *dialog, const char *name) {
        return dialog->findChild<QRadioButton *>(QString::fromLatin1(name));
    };

    // No choice made: refused, nothing written, the dialog stays open with the question.
    auto undecided = open();
    QTRY_VERIFY(refundBox(undecided.get())->isChecked());
    QVERIFY(undecided->findChild<QWidget *>(str("refundEffect"))->isVisible());
    type(undecided.get(), str("40.00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(undecided->isVisible());
    QCOMPARE(undecided->problemText(),
        str("Say what the refund does to invoice INV-1: credit it with a credit note, or leave "
            "it owed again"));
    QCOMPARE(a.t.rows("SELECT count(*) FROM payments"), QStringList({str("1")}));
    undecided.reset();

    // Credited: the refund and a credit note of the same 40.00; nothing more is owed.
    auto credited = open();
    QTRY_VERIFY(refundBox(credited.get())->isChecked());
    type(credited.get(), str("40.00"));
    QTest::keyClick(credited.get(), Qt::Key_E, Qt::AltModifier); // "Cr&edit the invoice"
    QTRY_VERIFY(effect(credited.get(), "creditInvoice")->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!credited->isVisible());
    QCOMPARE(a.t.rows("SELECT amount FROM payments ORDER BY id"),
        QStringList({str("11550"), str("-4000")}));
    QCOMPARE(a.t.rows("SELECT c.number, c.grand_total, c.applied, c.reason, i.number FROM "
                      "credit_notes c JOIN invoices i ON i.id = c.invoice_id"),
        QStringList({str("CN-0001|4000|4000|Refund on invoice INV-1|INV-1")}));
    auto header = a.t.ledger->invoices().header(a.invoiceId);
    QCOMPARE((*header)->outstanding(), 0);
    QCOMPARE((*header)->status(), InvoiceStatus::Paid);

    // Owed again: 10.00 back to the customer, 10.00 owed once more, no credit note.
    auto owed = open();
    QTRY_VERIFY(refundBox(owed.get())->isChecked());
    type(owed.get(), str("10.00"));
    QTest::keyClick(owed.get(), Qt::Key_L, Qt::AltModifier); // "&Leave the invoice owed again"
    QTRY_VERIFY(effect(owed.get(), "owedAgain")->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!owed->isVisible());
    QCOMPARE(a.t.rows("SELECT amount FROM payments ORDER BY id"),
        QStringList({str("11550"), str("-4000"), str("-1000")}));
    QCOMPARE(a.t.rows("SELECT count(*) FROM credit_notes"), QStringList({str("1")}));
    header = a.t.ledger->invoices().header(a.invoiceId);
    QCOMPARE((*header)->outstanding(), 1000);
    QCOMPARE((*header)->status(), InvoiceStatus::Pending);
}

/**
 * Issue 13 item 4: the per-invoice dialog records a receipt with one allocation. Money beyond
 * what the invoice owes is refused as an overpayment unless the person keeps it as the
 * customer's credit, which the dialog offers with the exact amount; typed with keys only.
 */
void TestPaymentDialog::aPaymentIsAReceiptOfOneAllocation()
{
    Assigned a {QString()};
    auto open = [&a] {
        auto dialog = std::make_unique<PaymentDialog>(*a.t.ledger, a.invoiceId);
        dialog->show();
        if (QTest::qWaitForWindowActive(dialog.get())) {
            QTest::keyClick(dialog.get(), Qt::Key_A, Qt::AltModifier); // "&Amount"
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        }
        return dialog;
    };
    auto keep
        = [](PaymentDialog *dialog) { return dialog->findChild<QCheckBox *>(str("keepAsCredit")); };

    // A minus sign is no refund: refused, nothing written.
    auto negative = open();
    QTest::keyClicks(QApplication::focusWidget(), str("-15.50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(negative->isVisible());
    QCOMPARE(negative->problemText(),
        str("type the amount without a minus sign; for money paid back, tick \"This is a "
            "refund\""));
    QCOMPARE(a.t.rows("SELECT count(*) FROM payments"), QStringList({str("0")}));
    negative.reset();

    // A part payment: one receipt, its one allocation is the payment.
    auto part = open();
    QTest::keyClicks(QApplication::focusWidget(), str("15.50"));
    QVERIFY(keep(part.get())->isHidden());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!part->isVisible());
    QCOMPARE(a.t.rows("SELECT r.receipt_key, r.amount, r.currency, c.display_name, p.amount "
                      "FROM receipts r JOIN customers c ON c.id = r.customer_id "
                      "JOIN allocations l ON l.receipt_id = r.id JOIN payments p ON p.id = "
                      "l.payment_id"),
        QStringList({str("R-000001|1550|USD|Analytical Engines Ltd|1550")}));

    // 150.00 on the 100.00 still owed: the dialog offers the 50.00 as credit, and refuses
    // the overpayment until the person takes the offer.
    auto over = open();
    QTest::keyClicks(QApplication::focusWidget(), str("150.00"));
    QVERIFY(!keep(over.get())->isHidden());
    QCOMPARE(keep(over.get())->text(),
        str("&Keep the 50.00 USD beyond what is owed as Analytical Engines Ltd's credit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(over->isVisible());
    QCOMPARE(over->problemText(),
        str("150.00 USD would overpay invoice INV-1, which has 100.00 outstanding"));
    QCOMPARE(a.t.rows("SELECT count(*) FROM payments"), QStringList({str("1")}));

    QTest::keyClick(over.get(), Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(keep(over.get())->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!over->isVisible());
    QCOMPARE(over->recorded().amount, 10000);
    QCOMPARE(a.t.rows("SELECT r.receipt_key, r.amount, p.amount FROM receipts r "
                      "JOIN allocations l ON l.receipt_id = r.id "
                      "JOIN payments p ON p.id = l.payment_id ORDER BY r.id"),
        QStringList({str("R-000001|1550|1550"), str("R-000002|15000|10000")}));
    auto credits = ReceiptBook(*a.t.ledger).receipts().credits();
    QVERIFY(credits.ok());
    QCOMPARE(*credits, QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 5000}}));
    auto header = a.t.ledger->invoices().header(a.invoiceId);
    QCOMPARE((*header)->outstanding(), 0);
    QCOMPARE((*header)->status(), InvoiceStatus::Paid);
    QCOMPARE(a.t.rows("SELECT count(*) FROM audit_log WHERE entity_type = 'payment'"),
        QStringList({str("2")}));
}

/** Issue 13 items 2 and 4: the customer's credit is offered in the payment dialog and, when
 * taken, goes on the invoice before the money received; typed with keys only. */
void TestPaymentDialog::theCustomersCreditIsOfferedFirst()
{
    Assigned a {QString()};
    ReceiptBook book(*a.t.ledger);
    ReceiptBook::Request request;
    request.customer = str("Analytical Engines Ltd");
    request.currency = currency("USD");
    request.date = QDate(2026, 3, 5);
    request.amount = 5000; // nothing allocated: all credit
    request.method = samplePayment(str("INV-1"), 5000);
    QVERIFY(book.receive(request).ok());

    PaymentDialog dialog(*a.t.ledger, a.invoiceId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *useCredit = dialog.findChild<QCheckBox *>(str("useCredit"));
    auto *amount = dialog.findChild<QLineEdit *>(str("amount"));
    QVERIFY(!useCredit->isHidden());
    QCOMPARE(useCredit->text(), str("Apply 50.00 USD of Analytical Engines Ltd's credit fir&st"));
    QCOMPARE(amount->text(), str("115.50"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(useCredit->isChecked());
    QCOMPARE(amount->text(), str("65.50")); // the proposal follows: what is left after the credit
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), str("100.00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.problemText(),
        str("100.00 USD would overpay invoice INV-1, which has 65.50 left to pay after the "
            "credit"));
    QCOMPARE(a.t.rows("SELECT count(*) FROM payments"), QStringList({str("0")}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), str("65.50"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());

    QCOMPARE(a.t.rows("SELECT p.amount, p.method, coalesce(r.receipt_key, '-') FROM payments p "
                      "JOIN allocations l ON l.payment_id = p.id "
                      "LEFT JOIN receipts r ON r.id = l.receipt_id ORDER BY p.id"),
        QStringList({str("6550|cash|R-000002"), str("5000|accounts_receivable|-")}));
    auto credits = book.receipts().credits();
    QVERIFY(credits.ok());
    QVERIFY(credits->isEmpty());
    auto header = a.t.ledger->invoices().header(a.invoiceId);
    QCOMPARE((*header)->outstanding(), 0);
    QCOMPARE((*header)->status(), InvoiceStatus::Paid);
}

void TestPaymentDialog::amountsReadBackAndTheTransferDateFollows()
{
    Assigned a {QString()};
    PaymentDialog dialog(*a.t.ledger, a.invoiceId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *amount = dialog.findChild<QLineEdit *>(str("amount"));
    auto *date = dialog.findChild<DateEdit *>(str("date"));
    auto *transfer = dialog.findChild<DateEdit *>(str("eftTransferDate"));
    auto typeInto = [](QWidget *field, const QString &text) {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Tab);
    };

    // What was understood, in the currency's decimals, once the field is left.
    typeInto(amount, str("30"));
    QCOMPARE(amount->text(), str("30.00"));
    typeInto(amount, str("1,234.5"));
    QCOMPARE(amount->text(), str("1,234.50"));
    typeInto(amount, str("30 dollars")); // no amount: stays as typed for its error
    QCOMPARE(amount->text(), str("30 dollars"));

    // The transfer date is the payment's date until one of its own is typed.
    auto *method = dialog.findChild<QComboBox *>(str("method"));
    method->setCurrentIndex(method->findData(int(PaymentMethod::WireTransfer)));
    QCOMPARE(transfer->date(), date->date());
    typeInto(date, str("2026-03-10"));
    QCOMPARE(transfer->date(), QDate(2026, 3, 10));
    typeInto(transfer, str("2026-03-09"));
    typeInto(date, str("2026-03-11"));
    QCOMPARE(transfer->date(), QDate(2026, 3, 9));
    typeInto(amount, str("30"));
    QTest::keyClick(amount, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(a.t.rows("SELECT amount, paid_on, method, eft_transfer_date "
                      "FROM payments"),
        QStringList({str("3000|2026-03-11|wire_transfer|2026-03-09")}));
}

void TestPaymentDialog::voidingAReceiptsPaymentAsksWhereTheMoneyGoes_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("voided"); // receipt voided, payment voided
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<QString>("reasonAsked"); // the reason dialog's title and question
    QTest::newRow("the money never arrived")
        << str("Void the &Receipt") << QStringList({str("1|1")}) << qint64(0)
        << str("Void Receipt|Why is receipt R-000001 being voided? It and every payment made from "
               "it stay on record, marked void.");
    QTest::newRow("put on the wrong invoice")
        << str("Void This &Payment Only") << QStringList({str("0|1")}) << qint64(5000)
        << str("Void Payment|Why is payment %1 being voided? It stays on record, marked void.");
    QTest::newRow("cancelled") << str("Cancel") << QStringList({str("0|0")}) << qint64(0)
                               << QString();
}

/**
 * A dialog payment is a receipt's allocation: voiding it asks whether the money never arrived
 * (the receipt is voided with it) or was put on the wrong invoice (it stays as credit), never
 * guessing; the reason is asked after.
 */
void TestPaymentDialog::voidingAReceiptsPaymentAsksWhereTheMoneyGoes()
{
    QFETCH(QString, button);
    QFETCH(QStringList, voided);
    QFETCH(qint64, credit);
    QFETCH(QString, reasonAsked);
    Assigned a {QString()};
    ReceiptBook book(*a.t.ledger);
    auto paid = book.payInvoice(
        str("Analytical Engines Ltd"), samplePayment(str("INV-1"), 5000, PaymentMethod::Cheque), 0);
    QVERIFY2(paid.ok(), qPrintable(paid.error()));
    QString reason;
    bool offeredWithoutReason = true;
    bool offeredWithReason = false;
    QString asked;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            reason = input->windowTitle() + u'|' + input->labelText();
            // OK waits for a reason: the ledger refuses a void without one.
            QPushButton *ok = input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            offeredWithoutReason = ok->isEnabled();
            input->setTextValue(str("   "));
            offeredWithoutReason = offeredWithoutReason || ok->isEnabled();
            input->setTextValue(str("Cheque returned unpaid"));
            offeredWithReason = ok->isEnabled();
            ok->click();
            answer.stop();
        }
    });
    InvoiceEditor editor(*a.t.ledger, a.invoiceId);
    editor.show();
    auto *payments = editor.findChild<QTableView *>(str("payments"));
    payments->setCurrentIndex(payments->model()->index(0, 0));
    answer.start();
    editor.voidSelectedPayment();
    answer.stop();
    QCOMPARE(asked,
        str("Payment %1 is part of receipt R-000001: 50.00 USD received from Analytical Engines "
            "Ltd, paying INV-1.\nIf the money never arrived (a cheque returned unpaid), void the "
            "receipt and "
            "every payment made from it. If it was put on the wrong invoice, void this payment "
            "only: its money stays as Analytical Engines Ltd's credit, to apply elsewhere.")
            .arg(paid->payments.first().marker));
    QCOMPARE(reason,
        reasonAsked.contains(u'%') ? reasonAsked.arg(paid->payments.first().marker) : reasonAsked);
    if (!reason.isEmpty()) {
        QVERIFY(!offeredWithoutReason);
        QVERIFY(offeredWithReason);
    }
    QCOMPARE(a.t.rows("SELECT r.voided_at IS NOT NULL, p.voided_at IS NOT NULL FROM receipts r, "
                      "payments p"),
        voided);
    auto balance = book.receipts().creditOf(paid->receipt.customerId, str("USD"));
    QVERIFY(balance.ok());
    QCOMPARE(*balance, credit);
}

QTEST_MAIN(TestPaymentDialog)
#include "tst_paymentdialog.moc"
