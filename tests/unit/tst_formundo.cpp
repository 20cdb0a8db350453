// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The undo steps of a form's fields: a word a step, and no step for a word typed back as it was.
#include "undocommands.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace InvoiceDesk;

class TestFormUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWordIsOneStep();
    void aWordTypedBackAsItWasIsNoChange();
    void aCheckBoxToggledTwiceIsTwoSteps();
};

namespace {

/** Selects the whole field and types `text` over it, a key at a time. */
void retype(QLineEdit &edit, const QString &text)
{
    edit.selectAll();
    QTest::keyClicks(&edit, text);
}

} // namespace

void TestFormUndo::aWordIsOneStep()
{
    QUndoStack stack;
    FormUndoBinder binder(&stack);
    QLineEdit number;
    binder.bind(&number);
    retype(number, QStringLiteral("INV-7"));
    QCOMPARE(stack.count(), 1);
    QVERIFY(!stack.isClean());
    stack.undo();
    QCOMPARE(number.text(), QString());
    QVERIFY(stack.isClean());
    stack.redo();
    QCOMPARE(number.text(), QStringLiteral("INV-7"));
}

void TestFormUndo::aWordTypedBackAsItWasIsNoChange()
{
    QUndoStack stack;
    FormUndoBinder binder(&stack);
    QLineEdit number;
    binder.setValue(&number, QStringLiteral("INV-1")); // a record loaded
    binder.bind(&number);
    stack.setClean();

    retype(number, QStringLiteral("INV-1"));
    QCOMPARE(number.text(), QStringLiteral("INV-1"));
    QCOMPARE(stack.count(), 0);
    QVERIFY(stack.isClean());

    // A real change after it is still one step, and undo brings the loaded text back.
    retype(number, QStringLiteral("INV-2"));
    QCOMPARE(stack.count(), 1);
    QVERIFY(!stack.isClean());
    stack.undo();
    QCOMPARE(number.text(), QStringLiteral("INV-1"));
    QVERIFY(stack.isClean());
}

void TestFormUndo::aCheckBoxToggledTwiceIsTwoSteps()
{
    QUndoStack stack;
    FormUndoBinder binder(&stack);
    QCheckBox sameAsBilling;
    binder.bind(&sameAsBilling);
    sameAsBilling.setChecked(true);
    sameAsBilling.setChecked(false);
    QCOMPARE(stack.count(), 2); // only typed text merges
    stack.undo();
    QVERIFY(sameAsBilling.isChecked());
}

QTEST_MAIN(TestFormUndo)
#include "tst_formundo.moc"
