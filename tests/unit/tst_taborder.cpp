// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 5: Tab reaches every control of every window and is trapped nowhere; tables
// are left after their last cell (Ctrl+Tab always); a payment is voided by keyboard alone.
#include "keyboardtableview.h"
#include "lineitemsview.h"
#include "windowtour.h"

#include <QAbstractItemView>
#include <QInputDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QWidget *focus()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
}

/**
 * Every widget of `window` that Tab must reach: shown, enabled and taking Tab focus. Radio
 * buttons are checked as groups: Tab reaches the checked one, the arrow keys the others.
 */
QList<QWidget *> focusable(QWidget *window)
{
    QList<QWidget *> result;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->window() != window || w->focusProxy())
            continue;
        if (qobject_cast<QRadioButton *>(w)) // a group: see radioGroupsReached()
            continue;
        bool cellEditor = false; // editors live in a view's viewport; the view counts
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            cellEditor |= qobject_cast<QAbstractItemView *>(p) != nullptr;
        if (!cellEditor)
            result.append(w);
    }
    return result;
}

QString describe(const QWidget *w)
{
    if (!w)
        return str("(nothing)");
    const QString text = w->property("text").toString();
    return str("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()),
            w->objectName().isEmpty() ? text : w->objectName());
}

/** The focusable widget that is, or holds, `w`. */
QWidget *owner(QWidget *w, const QList<QWidget *> &candidates)
{
    for (; w; w = w->parentWidget()) {
        if (candidates.contains(w))
            return w;
    }
    return nullptr;
}

} // namespace

class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlOfEveryWindowIsReachedAndNoneTraps();
    void lineItemsAreLeftAfterTheLastCellAndByCtrlTab();
    void aPaymentIsVoidedByKeyboardAlone();
};

void TestTabOrder::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTabOrder::everyControlOfEveryWindowIsReachedAndNoneTraps()
{
    WindowTour tour;
    QStringList failures;
    tour.visitAll([&](const WindowState &state) {
        QWidget *window = state.window;
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window)) {
            failures.append(state.name + str(": the window does not become active"));
            return;
        }
        const QList<QWidget *> targets = focusable(window);
        if (targets.isEmpty())
            return;
        if (!owner(focus(), targets))
            targets.first()->setFocus(Qt::TabFocusReason);
        QWidget *start = owner(focus(), targets);
        QList<QWidget *> reached {start};
        QStringList trail;
        QList<QWidget *> focused;
        bool back = false;
        for (int i = 0; i < 400 && !back; ++i) {
            press(Qt::Key_Tab);
            QWidget *now = owner(focus(), targets);
            trail.append(describe(focus()));
            focused.append(focus());
            if (now && !reached.contains(now))
                reached.append(now);
            back = now == start && !trail.isEmpty() && reached.size() > 1;
        }
        if (!back)
            failures.append(str("%1: Tab is trapped; it ends in %2")
                                .arg(state.name, trail.mid(trail.size() - 6).join(str(", "))));
        for (QRadioButton *radio : window->findChildren<QRadioButton *>()) {
            if (!radio->isVisible())
                continue;
            bool groupReached = false;
            for (auto *sibling : radio->parentWidget()->findChildren<QRadioButton *>())
                groupReached |= focused.contains(sibling);
            if (!groupReached)
                failures.append(
                    str("%1: Tab never reaches the group of %2").arg(state.name, describe(radio)));
        }
        for (QWidget *w : targets) {
            if (!reached.contains(w))
                failures.append(str("%1: Tab never reaches %2 (Tab went %3)")
                                    .arg(state.name, describe(w), trail.join(str(", "))));
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTabOrder::lineItemsAreLeftAfterTheLastCellAndByCtrlTab()
{
    WindowTour tour;
    tour.main->show();
    InvoiceEditor *editor = tour.main->openEditor(0);
    QApplication::setActiveWindow(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    LineItemsView *lines = editor->linesView();
    lines->setFocus(Qt::TabFocusReason);
    QCOMPARE(lines->currentIndex().row(), 0);
    // Every cell of the one line, then out: Tab is not trapped in the grid.
    for (int column = 0; column < LineItemsModel::ColumnCount; ++column)
        press(Qt::Key_Tab);
    QVERIFY2(!lines->isAncestorOf(focus()) && focus() != lines, qPrintable(describe(focus())));
    // From an open cell editor in the middle of the grid, Ctrl+Tab leaves at once.
    lines->setFocus(Qt::OtherFocusReason);
    lines->setCurrentIndex(lines->model()->index(0, LineItemsModel::ProductCode));
    QTRY_VERIFY(lines->isAncestorOf(focus()));
    press(Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY2(!lines->isAncestorOf(focus()) && focus() != lines, qPrintable(describe(focus())));
    // Discount and Save are reachable on from there.
    bool discount = false;
    bool save = false;
    for (int i = 0; i < 20; ++i) {
        discount |= focus()->objectName() == str("discountTotal");
        save |= qobject_cast<QPushButton *>(focus())
            && qobject_cast<QPushButton *>(focus())->text().contains(str("Save"));
        press(Qt::Key_Tab);
    }
    QVERIFY(discount);
    QVERIFY(save);
    editor->undoStack()->setClean();
}

void TestTabOrder::aPaymentIsVoidedByKeyboardAlone()
{
    WindowTour tour;
    tour.main->show();
    InvoiceEditor *editor = tour.main->openEditor(tour.main->invoiceModel()->invoiceId(0));
    QApplication::setActiveWindow(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    bool inPayments = false;
    for (int i = 0; i < 80 && !inPayments; ++i) {
        press(Qt::Key_Tab);
        inPayments = focus()->objectName() == str("payments");
    }
    QVERIFY(inPayments); // the payments table takes focus (it did not)
    auto *payments = qobject_cast<QAbstractItemView *>(focus());
    QCOMPARE(payments->currentIndex().row(), 0);
    press(Qt::Key_Tab);
    while (focus()->objectName() != str("voidPayment"))
        press(Qt::Key_Tab);
    QString asked;
    // The reason is asked in a modal dialog: answer it, by keyboard, once it is up.
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *input = qobject_cast<QInputDialog *>(w);
            if (!input || !input->isVisible())
                continue;
            answer.stop();
            asked = input->labelText();
            auto *edit = input->findChild<QLineEdit *>();
            QTest::keyClicks(edit, str("bounced"));
            QTest::keyClick(edit, Qt::Key_Return);
        }
    });
    answer.start();
    press(Qt::Key_Space);
    QVERIFY2(asked.startsWith(str("Why is payment BK-")), qPrintable(asked));
    QTRY_COMPARE(rowsOf(tour.main->database().connection(), "SELECT void_reason FROM payments"),
        QStringList({str("bounced")}));
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
