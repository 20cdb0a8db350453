// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineitemsmodel.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

class QUndoStack;
class QWidget;

namespace InvoiceDesk {

/**
 * Puts the edits of form widgets (line edits, date edits, combo boxes, check
 * boxes) on an undo stack. Consecutive edits of one widget merge into one
 * step, so undo takes back a typed word, not a keystroke.
 */
class FormUndoBinder : public QObject
{
    Q_OBJECT

public:
    FormUndoBinder(QUndoStack *stack, QObject *parent = nullptr);

    void bind(QWidget *widget);
    /** Sets a widget's value without recording it (loading a record, undo, redo). */
    void setValue(QWidget *widget, const QVariant &value);
    /** Forgets recorded values: call after loading a record. */
    void resetBaseline();

private:
    void recordChange(QWidget *widget);
    static QVariant valueOf(QWidget *widget);
    static void applyValue(QWidget *widget, const QVariant &value);

    QUndoStack *mStack;
    QHash<QWidget *, QVariant> mValues;
    bool mApplying = false;

    friend class FormFieldCommand;
};

/** One change to one form widget. */
class FormFieldCommand : public QUndoCommand
{
public:
    FormFieldCommand(FormUndoBinder *binder, QWidget *widget, QVariant before, QVariant after);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    FormUndoBinder *mBinder;
    QPointer<QWidget> mWidget;
    QVariant mBefore;
    QVariant mAfter;
    bool mFirstRedo = true;
};

/** The line items model whose edits, additions, removals and moves are undoable. */
class UndoableLineItemsModel : public LineItemsModel
{
    Q_OBJECT

public:
    UndoableLineItemsModel(QUndoStack *stack, QObject *parent = nullptr);

    void addLine(int row);
    void deleteLine(int row);
    void duplicateLine(int row);
    void moveLineBy(int row, int delta);

protected:
    void applyLine(int row, const LineItem &before, const LineItem &after) override;

private:
    QUndoStack *mStack;
};

} // namespace InvoiceDesk
