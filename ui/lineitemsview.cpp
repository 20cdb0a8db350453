// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineitemsview.h"
#include "lineitemsmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScopedValueRollback>

namespace InvoiceDesk {

QWidget *LineItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == LineItemsModel::Unit) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), QString());
        for (auto unit : {LineUnit::Day, LineUnit::Month, LineUnit::Year})
            combo->addItem(LineItemsModel::unitDisplayName(unit), lineUnitName(unit));
        return combo;
    }
    if (index.column() == LineItemsModel::TaxCode) {
        // Typed like any cell (Return commits once), completed inline from the company's codes;
        // empty removes the code.
        auto *edit = new QLineEdit(parent);
        QStringList names;
        if (const auto *lines = qobject_cast<const LineItemsModel *>(index.model())) {
            for (const TaxCode &code : lines->taxCodes())
                names.append(code.name);
        }
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::InlineCompletion);
        edit->setCompleter(completer);
        return edit;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const int column = index.column();
        if (column == LineItemsModel::Quantity || column == LineItemsModel::Rate
            || column == LineItemsModel::Discount || column == LineItemsModel::TaxRate
            || column == LineItemsModel::Commissionable)
            edit->setAlignment(Qt::AlignRight);
    }
    return editor;
}

void LineItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void LineItemDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void LineItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(LineItemsModel::ProblemRole).toString().isEmpty())
        return;
    painter->save();
    painter->setPen(QPen(QColor(0xC6, 0x28, 0x28), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

LineItemsView::LineItemsView(QWidget *parent)
    : KeyboardTableView(parent)
{
    setItemDelegate(new LineItemDelegate(this));
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    verticalHeader()->setSectionsClickable(false);
    horizontalHeader()->setStretchLastSection(false);
}

void LineItemsView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && model()
        && (model()->rowCount() == 0 || currentIndex().row() == model()->rowCount() - 1)) {
        Q_EMIT appendRequested();
        return;
    }
    KeyboardTableView::keyPressEvent(event);
}

void LineItemsView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    KeyboardTableView::closeEditor(editor, hint);
    // Enter in an editor ends it with SubmitModelCache; on the last line that means "next line".
    // Moving to another line ends it with the same hint (the line removed from under it, a click
    // on the last line): no new line then.
    if (hint == QAbstractItemDelegate::SubmitModelCache && !mMovingCurrent && model()
        && currentIndex().row() == model()->rowCount() - 1)
        Q_EMIT appendRequested();
}

void LineItemsView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    const QScopedValueRollback<bool> moving(mMovingCurrent, true);
    KeyboardTableView::currentChanged(current, previous);
}

} // namespace InvoiceDesk
