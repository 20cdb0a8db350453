// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyboardtableview.h"

#include <QStyledItemDelegate>

namespace InvoiceDesk {

/**
 * Editors for the line cells: a combo box for the unit, right-aligned line
 * edits for numbers (the model parses them exactly, in its locale).
 */
class LineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    /** Outlines a cell with a problem in red (issue 10: "a line's error at its cell"). */
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

/**
 * The line items table for keyboard entry: typing starts editing, Tab moves
 * across cells and leaves the table after the last one (Ctrl+Tab always), and Enter on
 * the last line asks for a new line.
 */
class LineItemsView : public KeyboardTableView
{
    Q_OBJECT

public:
    explicit LineItemsView(QWidget *parent = nullptr);

Q_SIGNALS:
    /** Enter was pressed on the last line. */
    void appendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    bool mMovingCurrent = false; ///< inside currentChanged()
};

} // namespace InvoiceDesk
