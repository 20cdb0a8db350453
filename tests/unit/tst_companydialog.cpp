// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companydialog.h"
#include "invoiceeditor.h"
#include "taxcodesdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * File → Company… (issue 14 item 1), File → Tax Codes… and the editor's EN 16931 fields
 * under More (item 5), driven with keys offscreen.
 */
class TestCompanyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedProfileIsSavedWithEnter();
    void wrongIbanKeepsTheDialogAndChangesNothing();
    void editorKeepsTheEInvoiceFields();
    void taxCodesAreAddedAndChangedWithTheKeyboard();
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

void TestCompanyDialog::taxCodesAreAddedAndChangedWithTheKeyboard()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    TestDb t;
    TaxCodesDialog dialog(*t.ledger);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *category = dialog.findChild<QComboBox *>(str("category"));
    auto *table = dialog.findChild<QTableWidget *>(str("taxCodes"));
    const auto type = [&](const char *field, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(str(field));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    };
    type("name", str("DE 7"));
    type("rate", str("7,5")); // the locale's decimal comma
    QCOMPARE(category->currentData().toString(), str("S"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Save Code is the default
    QCOMPARE(dialog.problemText(), QString());
    QCOMPARE(t.rows("SELECT name, rate_e4, category FROM tax_codes"),
        QStringList({str("DE 7|75000|S")}));

    // A new code: its category follows a rate of 0 (zero rated) until one is chosen.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier); // Ne&w Code
    // A mnemonic clicks its button after a short animation.
    QTRY_COMPARE(dialog.findChild<QLineEdit *>(str("name"))->text(), QString());
    type("name", str("Export"));
    type("rate", str("0"));
    QCOMPARE(category->currentData().toString(), str("Z"));
    category->setCurrentIndex(category->findData(str("G")));
    type("exemptionReason", str("Ausfuhrlieferung"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(table->rowCount(), 2);
    if (const QString pictures = qEnvironmentVariable("INVOICEDESK_SCREENSHOTS");
        !pictures.isEmpty())
        QVERIFY(dialog.grab().save(pictures + str("/tax-codes.png")));

    // A standard-rated code at 0 % is refused and nothing changes.
    table->selectRow(0);
    QCOMPARE(dialog.findChild<QLineEdit *>(str("name"))->text(), str("DE 7"));
    type("rate", str("0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(dialog.problemText().startsWith(str("Tax code DE 7 was not saved: ")),
        qPrintable(dialog.problemText()));
    type("rate", str("sieben"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(dialog.problemText().startsWith(str("Rate: ")), qPrintable(dialog.problemText()));
    QCOMPARE(
        t.rows("SELECT name, rate_e4, category, exemption_reason FROM tax_codes ORDER BY name"),
        QStringList({str("DE 7|75000|S|"), str("Export|0|G|Ausfuhrlieferung")}));

    // Changing the chosen code keeps its identity (the lines that carry it follow its name).
    type("rate", str("7"));
    type("name", str("DE 7 reduced"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.problemText(), QString());
    QCOMPARE(t.rows("SELECT id, name, rate_e4 FROM tax_codes ORDER BY id"),
        QStringList({str("1|DE 7 reduced|70000"), str("2|Export|0")}));
    QCOMPARE(table->item(0, 1)->text(), str("7"));
    QLocale::setDefault(before);
}

QTEST_MAIN(TestCompanyDialog)
#include "tst_companydialog.moc"
