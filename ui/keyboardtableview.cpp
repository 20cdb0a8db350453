// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardtableview.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace InvoiceDesk {

namespace {

/** Tab or Backtab: whether it is one, and which way it goes. */
bool isTab(const QKeyEvent *event, bool *forward)
{
    if (event->key() != Qt::Key_Tab && event->key() != Qt::Key_Backtab)
        return false;
    *forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
    return true;
}

} // namespace

KeyboardTableView::KeyboardTableView(QWidget *parent)
    : QTableView(parent)
{
}

bool KeyboardTableView::atLastCell() const
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid())
        return true;
    const int lastColumn = horizontalHeader()->logicalIndex(model()->columnCount() - 1);
    return current.row() == model()->rowCount() - 1
        && (selectionBehavior() == SelectRows || current.column() == lastColumn);
}

bool KeyboardTableView::atFirstCell() const
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid())
        return true;
    return current.row() == 0
        && (selectionBehavior() == SelectRows
            || current.column() == horizontalHeader()->logicalIndex(0));
}

void KeyboardTableView::leave(bool forward)
{
    // The window's own focus chain, not QAbstractItemView's, which would move to a cell.
    QWidget::focusNextPrevChild(forward);
}

void KeyboardTableView::keyPressEvent(QKeyEvent *event)
{
    bool forward = true;
    if (isTab(event, &forward)) {
        if (event->modifiers() & Qt::ControlModifier) {
            leave(forward);
            event->accept();
            return;
        }
        // Not accepted: QAbstractItemView::focusNextPrevChild then leaves the table.
        if (!tabKeyNavigation() || (forward ? atLastCell() : atFirstCell())) {
            event->ignore();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void KeyboardTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (model() && !currentIndex().isValid() && model()->rowCount() > 0
        && (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason))
        setCurrentIndex(model()->index(0, 0));
}

bool KeyboardTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool editing = QTableView::edit(index, trigger, event);
    // Ctrl+Tab in a cell editor would otherwise move to the next cell (the delegate's filter).
    if (editing) {
        if (QWidget *editor = indexWidget(index))
            editor->installEventFilter(this);
    }
    return editing;
}

bool KeyboardTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        bool forward = true;
        auto *editor = qobject_cast<QWidget *>(watched);
        if (editor && isTab(key, &forward) && (key->modifiers() & Qt::ControlModifier)) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
            leave(forward);
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void KeyboardTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Tab in the editor of the last cell leaves the table instead of wrapping to the first.
    if ((hint == QAbstractItemDelegate::EditNextItem && atLastCell())
        || (hint == QAbstractItemDelegate::EditPreviousItem && atFirstCell())) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        leave(hint == QAbstractItemDelegate::EditNextItem);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

} // namespace InvoiceDesk
