// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The line grid's Discount and Tax code columns (issue 12 item 5), typed without the mouse.
#include "invoiceeditor.h"
#include "lineitemsmodel.h"
#include "lineitemsview.h"
#include "testsupport.h"
#include "undocommands.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QWidget *focus()
{
    return QApplication::focusWidget();
}

void type(const QString &text)
{
    QTest::keyClicks(focus(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
}

TaxCode code(const char *name, const char *rate, const char *category)
{
    TaxCode c;
    c.name = str(name);
    c.rate = *Percentage::parse(str(rate));
    c.category = str(category);
    return c;
}

} // namespace

class TestLineGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void discountAndTaxCodeByKeyboard();
    void cellsRefuseWhatTheyCannotHold();
    void removingALineLeavesTheOthers();
};

void TestLineGrid::discountAndTaxCodeByKeyboard()
{
    TestDb t;
    QVERIFY(t.ledger->saveTaxCode(code("VAT 20", "20", "S")).ok());
    QVERIFY(t.ledger->saveTaxCode(code("Zero", "0", "Z")).ok());
    InvoiceEditor editor(*t.ledger, 0);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.findChild<QLineEdit *>(str("number"))->setText(str("G-1"));
    editor.findChild<QComboBox *>(str("currency"))->setCurrentText(str("EUR"));
    LineItemsView *view = editor.linesView();
    view->setFocus();
    if (editor.linesModel()->rowCount() == 0)
        press(Qt::Key_Return); // on an empty grid: the first line
    QCOMPARE(editor.linesModel()->rowCount(), 1);
    // Quantity, unit, product, description, rate, discount, tax code: Tab between them.
    const QList<QStringList> lines
        = {{str("2"), str("Design"), str("50"), str("10%"), str("VAT 20")},
            {str("1"), str("Books"), str("25"), str("5.00"), str("zero")}};
    for (int i = 0; i < lines.size(); ++i) {
        QTRY_COMPARE(view->currentIndex().row(), i);
        QCOMPARE(view->currentIndex().column(), int(LineItemsModel::Quantity));
        type(lines[i][0]);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // unit: none
        press(Qt::Key_Tab); // product: none
        type(lines[i][1]);
        press(Qt::Key_Tab);
        type(lines[i][2]);
        press(Qt::Key_Tab);
        QCOMPARE(view->currentIndex().column(), int(LineItemsModel::Discount));
        type(lines[i][3]);
        press(Qt::Key_Tab);
        QCOMPARE(view->currentIndex().column(), int(LineItemsModel::TaxCode));
        type(lines[i][4]);
        if (i + 1 < lines.size()) {
            press(Qt::Key_Return);
            QTRY_COMPARE(editor.linesModel()->rowCount(), i + 2);
        } else {
            press(Qt::Key_Tab);
        }
    }
    const LineItemsModel *model = editor.linesModel();
    QCOMPARE(model->index(0, LineItemsModel::Discount).data().toString(), str("10 %"));
    QCOMPARE(model->index(0, LineItemsModel::TaxRate).data().toString(), str("20"));
    QCOMPARE(model->index(0, LineItemsModel::Total).data().toString(), str("90.00"));
    QCOMPARE(model->index(1, LineItemsModel::Discount).data().toString(), str("5.00"));
    QCOMPARE(model->index(1, LineItemsModel::TaxCode).data().toString(), str("Zero"));
    // 90.00 + 20.00, tax 18.00
    QCOMPARE(editor.findChild<QLabel *>(str("grandTotal"))->text(), str("128.00 EUR"));

    QSignalSpy saved(&editor, &InvoiceEditor::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(t.rows("SELECT total, discount_percent_e4, discount_amount, tax_code, tax_rate_e4 "
                    "FROM invoice_lines ORDER BY position"),
        (QStringList {str("9000|100000||VAT 20|200000"), str("2000||500|Zero|0")}));
}

void TestLineGrid::cellsRefuseWhatTheyCannotHold()
{
    LineItemsModel model;
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.setCurrency(currency("EUR"));
    model.setTaxCodes({code("USt 19", "19", "S")});
    model.setLines({LineItem()});
    QSignalSpy refused(&model, &LineItemsModel::invalidInput);
    QVERIFY(model.setData(model.index(0, LineItemsModel::Discount), str("12,5 %")));
    QCOMPARE(model.line(0).discountPercent, Percentage::parse(str("12.5")).value());
    QVERIFY(model.setData(model.index(0, LineItemsModel::Discount), str("1.234,50")));
    QCOMPARE(model.line(0).discountAmount, std::optional<qint64>(123450));
    QCOMPARE(model.line(0).discountPercent, std::optional<Percentage>());
    QVERIFY(!model.setData(model.index(0, LineItemsModel::Discount), str("120 %")));
    QCOMPARE(refused.takeFirst().first().toString(), str("A discount must be between 0 and 100 %"));
    QVERIFY(!model.setData(model.index(0, LineItemsModel::TaxCode), str("VAT 20")));
    QCOMPARE(refused.takeFirst().first().toString(), str("There is no tax code named \"VAT 20\""));
    QVERIFY(model.setData(model.index(0, LineItemsModel::TaxCode), str("ust 19")));
    QCOMPARE(model.line(0).taxCode, str("USt 19"));
    QCOMPARE(model.index(0, LineItemsModel::TaxRate).data().toString(), str("19"));
}

void TestLineGrid::removingALineLeavesTheOthers()
{
    // A tester: Ctrl+Delete on the middle of three lines left Paper, Pens and a new empty line,
    // and undoing it took two Ctrl+Z.
    TestDb t;
    InvoiceEditor editor(*t.ledger, 0);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    LineItemsView *view = editor.linesView();
    view->setFocus();
    if (editor.linesModel()->rowCount() == 0)
        press(Qt::Key_Return);
    const QStringList items = {str("Paper"), str("Delivery"), str("Pens")};
    for (int i = 0; i < items.size(); ++i) {
        QTRY_COMPARE(view->currentIndex().row(), i);
        type(str("1"));
        for (int tab = 0; tab < 3; ++tab)
            press(Qt::Key_Tab);
        type(items.at(i));
        press(Qt::Key_Tab);
        type(str("10"));
        press(i + 1 < items.size() ? Qt::Key_Return : Qt::Key_Tab);
    }
    const LineItemsModel *model = editor.linesModel();
    const auto descriptions = [model] {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->line(row).description);
        return texts;
    };
    QTRY_COMPARE(descriptions(), items);
    // In the middle line's description, typing (its editor open), then Ctrl+Delete.
    view->setCurrentIndex(model->index(1, LineItemsModel::Description));
    type(str("Deliv"));
    press(Qt::Key_Delete, Qt::ControlModifier);
    QTRY_COMPARE(descriptions(), QStringList({str("Paper"), str("Pens")}));
    QCoreApplication::processEvents();
    QCOMPARE(descriptions(), QStringList({str("Paper"), str("Pens")}));
    press(Qt::Key_Escape); // the next line's cell editor has its own undo
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(descriptions(), items);
    // A duplicate removed again, the cursor still on the original line.
    view->setCurrentIndex(model->index(0, LineItemsModel::Description));
    press(Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 4);
    press(Qt::Key_Delete, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 3);
    QCoreApplication::processEvents();
    QCOMPARE(descriptions(), items);
}

QTEST_MAIN(TestLineGrid)
#include "tst_linegrid.moc"
