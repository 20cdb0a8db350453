// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undocommands.h"
#include "dateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QUndoStack>

namespace InvoiceDesk {

FormUndoBinder::FormUndoBinder(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , mStack(stack)
{
}

void FormUndoBinder::bind(QWidget *widget)
{
    mValues.insert(widget, valueOf(widget));
    const auto record = [this, widget] { recordChange(widget); };
    // A DateEdit is a line edit: undo takes back what was typed, as in any other field.
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, record);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, record);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, record);
}

QVariant FormUndoBinder::valueOf(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentIndex();
    if (auto *check = qobject_cast<QCheckBox *>(widget))
        return check->isChecked();
    return {};
}

void FormUndoBinder::applyValue(QWidget *widget, const QVariant &value)
{
    auto *date = qobject_cast<DateEdit *>(widget);
    if (date && value.metaType() == QMetaType::fromType<QDate>())
        date->setDate(value.toDate());
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        combo->setCurrentIndex(value.toInt());
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        check->setChecked(value.toBool());
}

void FormUndoBinder::setValue(QWidget *widget, const QVariant &value)
{
    mApplying = true;
    applyValue(widget, value);
    mValues.insert(widget, valueOf(widget));
    mApplying = false;
}

void FormUndoBinder::resetBaseline()
{
    for (auto it = mValues.begin(); it != mValues.end(); ++it)
        it.value() = valueOf(it.key());
}

void FormUndoBinder::recordChange(QWidget *widget)
{
    if (mApplying)
        return;
    const QVariant before = mValues.value(widget);
    const QVariant after = valueOf(widget);
    if (before == after)
        return;
    mValues.insert(widget, after);
    mStack->push(new FormFieldCommand(this, widget, before, after));
}

FormFieldCommand::FormFieldCommand(
    FormUndoBinder *binder, QWidget *widget, QVariant before, QVariant after)
    : mBinder(binder)
    , mWidget(widget)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
    setText(QObject::tr("Edit %1").arg(
        widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName()));
}

void FormFieldCommand::undo()
{
    if (mWidget)
        mBinder->setValue(mWidget, mBefore);
}

void FormFieldCommand::redo()
{
    // The first redo runs as the command is pushed: the widget already shows the value.
    if (mFirstRedo) {
        mFirstRedo = false;
        return;
    }
    if (mWidget)
        mBinder->setValue(mWidget, mAfter);
}

bool FormFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FormFieldCommand *>(other);
    if (next->mWidget != mWidget || !qobject_cast<QLineEdit *>(mWidget.data()))
        return false;
    mAfter = next->mAfter;
    // A word typed back as it was is no change: the stack drops the step and, where it was
    // clean before, is clean again (the editor no longer says it was modified).
    setObsolete(mAfter == mBefore);
    return true;
}

namespace {

/** A change to one line, or the insertion or removal of one. */
class LineCommand : public QUndoCommand
{
public:
    enum Kind { Edit, Insert, Remove, Move };

    LineCommand(
        LineItemsModel *model, Kind kind, int row, LineItem before, LineItem after, int to = -1)
        : mModel(model)
        , mKind(kind)
        , mRow(row)
        , mTo(to)
        , mBefore(std::move(before))
        , mAfter(std::move(after))
    {
        static const char *const texts[] = {QT_TRANSLATE_NOOP("LineCommand", "Edit line"),
            QT_TRANSLATE_NOOP("LineCommand", "Add line"),
            QT_TRANSLATE_NOOP("LineCommand", "Remove line"),
            QT_TRANSLATE_NOOP("LineCommand", "Move line")};
        setText(QCoreApplication::translate("LineCommand", texts[kind]));
    }

    void redo() override
    {
        switch (mKind) {
        case Edit:
            mModel->replaceLine(mRow, mAfter);
            break;
        case Insert:
            mModel->insertLine(mRow, mAfter);
            break;
        case Remove:
            mModel->removeLine(mRow);
            break;
        case Move:
            mModel->moveLine(mRow, mTo);
            break;
        }
    }
    void undo() override
    {
        switch (mKind) {
        case Edit:
            mModel->replaceLine(mRow, mBefore);
            break;
        case Insert:
            mModel->removeLine(mRow);
            break;
        case Remove:
            mModel->insertLine(mRow, mBefore);
            break;
        case Move:
            mModel->moveLine(mTo, mRow);
            break;
        }
    }

private:
    LineItemsModel *mModel;
    Kind mKind;
    int mRow;
    int mTo;
    LineItem mBefore;
    LineItem mAfter;
};

} // namespace

UndoableLineItemsModel::UndoableLineItemsModel(QUndoStack *stack, QObject *parent)
    : LineItemsModel(parent)
    , mStack(stack)
{
}

void UndoableLineItemsModel::applyLine(int row, const LineItem &before, const LineItem &after)
{
    mStack->push(new LineCommand(this, LineCommand::Edit, row, before, after));
}

void UndoableLineItemsModel::addLine(int row)
{
    if (isReadOnly())
        return;
    mStack->push(new LineCommand(this, LineCommand::Insert, row, {}, LineItem()));
}

void UndoableLineItemsModel::deleteLine(int row)
{
    if (!isReadOnly() && row >= 0 && row < rowCount())
        mStack->push(new LineCommand(this, LineCommand::Remove, row, line(row), {}));
}

void UndoableLineItemsModel::duplicateLine(int row)
{
    if (!isReadOnly() && row >= 0 && row < rowCount())
        mStack->push(new LineCommand(this, LineCommand::Insert, row + 1, {}, line(row)));
}

void UndoableLineItemsModel::moveLineBy(int row, int delta)
{
    const int to = row + delta;
    if (!isReadOnly() && row >= 0 && row < rowCount() && to >= 0 && to < rowCount())
        mStack->push(new LineCommand(this, LineCommand::Move, row, {}, {}, to));
}

} // namespace InvoiceDesk
