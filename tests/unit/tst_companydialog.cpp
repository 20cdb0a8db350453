// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companydialog.h"
#include "invoiceeditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * File → Company… (issue 14 item 1) and the editor's EN 16931 fields under More (item 5),
 * driven with keys offscreen.
 */
class TestCompanyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedProfileIsSavedWithEnter();
    void wrongIbanKeepsTheDialogAndChangesNothing();
    void editorKeepsTheEInvoiceFields();
};

void TestCompanyDialog::typedProfileIsSavedWithEnter()
{
    TestDb t;
    CompanyDialog dialog(*t.ledger);
    dialog.show();
    QTest::keyClicks(dialog.field(str("name")), str("Acme GmbH"));
    QTest::keyClicks(dialog.field(str("iban")), str("de89 3704 0044 0532 0130 00"));
    QTest::keyClicks(dialog.field(str("countryId")), str("de"));
    // INVOICEDESK_SCREENSHOTS=docs/screenshots refreshes the README's picture.
    const QString pictures = qEnvironmentVariable("INVOICEDESK_SCREENSHOTS");
    if (!pictures.isEmpty())
        QVERIFY(dialog.grab().save(pictures + str("/company.png")));
    QTest::keyClick(dialog.field(str("countryId")), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(t.rows("SELECT key, value FROM company_profile ORDER BY key"),
        QStringList(
            {str("countryId|DE"), str("iban|DE89370400440532013000"), str("name|Acme GmbH")}));
    CompanyDialog again(*t.ledger);
    QCOMPARE(again.field(str("name"))->text(), str("Acme GmbH"));
}

void TestCompanyDialog::wrongIbanKeepsTheDialogAndChangesNothing()
{
    TestDb t;
    CompanyDialog dialog(*t.ledger);
    dialog.show();
    QTest::keyClicks(dialog.field(str("iban")), str("DE00 1234"));
    QString warned;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        // Answered on every tick while it stays open: a key that reaches the box before it is
        // ready to take it is lost, and the box would wait for ever.
        warned = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    answer.start();
    QTest::keyClick(dialog.field(str("iban")), Qt::Key_Return);
    QCOMPARE(
        warned, str("The company profile was not saved: iban: \"DE001234\" is not a valid IBAN"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(t.scalar("SELECT count(*) FROM company_profile").toInt(), 0);
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log").toInt(), 0);
}

void TestCompanyDialog::editorKeepsTheEInvoiceFields()
{
    TestDb t;
    Invoice invoice = sampleInvoice();
    invoice.buyerReference = str("04011000-1");
    invoice.deliveryDate = QDate(2026, 2, 27);
    invoice.paymentMeansCode = str("58");
    auto created = t.ledger->createInvoice(invoice);
    QVERIFY(created.ok());
    auto loaded = t.ledger->invoice(created->id);
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->buyerReference, str("04011000-1"));
    QCOMPARE((*loaded)->deliveryDate, QDate(2026, 2, 27));
    QCOMPARE((*loaded)->paymentMeansCode, str("58"));

    InvoiceEditor editor(*t.ledger, created->id);
    editor.show();
    auto *reference = editor.findChild<QLineEdit *>(str("buyerReference"));
    QVERIFY(reference);
    QCOMPARE(reference->text(), str("04011000-1"));
    const QString pictures = qEnvironmentVariable("INVOICEDESK_SCREENSHOTS");
    if (!pictures.isEmpty()) {
        for (QTabWidget *tabs : editor.findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->widget(i)->isAncestorOf(reference))
                    tabs->setCurrentIndex(i);
        QVERIFY(editor.grab().save(pictures + str("/invoice-editor-more.png")));
    }
    reference->selectAll();
    QTest::keyClicks(reference, str("991-X"));
    QVERIFY(editor.save());
    QCOMPARE(t.scalar("SELECT buyer_reference FROM invoices").toString(), str("991-X"));
    QCOMPARE(t.scalar("SELECT delivery_date FROM invoices").toString(), str("2026-02-27"));
}

QTEST_MAIN(TestCompanyDialog)
#include "tst_companydialog.moc"
