// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace InvoiceDesk {

/**
 * A table that never traps the keyboard (issue 10): Tab moves across the cells and leaves
 * the table after its last cell (Shift+Tab before its first), Ctrl+Tab and Ctrl+Shift+Tab
 * always leave it, also from an open cell editor. A read-only list (tab key navigation
 * off) is left by Tab at once and walked with the arrow keys; focused with nothing
 * current, it makes its first row current so that row commands work from the keyboard.
 */
class KeyboardTableView : public QTableView
{
    Q_OBJECT

public:
    explicit KeyboardTableView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    /** Moves the focus to the next (or previous) widget of the window, out of the table. */
    void leave(bool forward);
    bool atLastCell() const;
    bool atFirstCell() const;
};

} // namespace InvoiceDesk
