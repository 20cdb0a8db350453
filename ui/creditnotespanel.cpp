// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnotespanel.h"
#include "creditnotelistmodel.h"
#include "ledger.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace InvoiceDesk {

CreditNotesPanel::CreditNotesPanel(QWidget *parent)
    : QWidget(parent)
    , mModel(new CreditNoteListModel(this))
    , mView(new QTableView(this))
{
    setObjectName(QStringLiteral("creditNotesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *title = new QLabel(tr("Credit notes (negative: they reduce what is owed)"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    mModel->setLocale(locale());
    mView->setObjectName(QStringLiteral("creditNotes"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setTabKeyNavigation(false);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setSectionResizeMode(
        CreditNoteListModel::Reason, QHeaderView::Stretch);
    layout->addWidget(mView);
}

QStringList CreditNotesPanel::selectedNumbers() const
{
    QModelIndexList rows = mView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList numbers;
    for (const QModelIndex &row : std::as_const(rows))
        numbers.append(mModel->creditNote(row.row()).number);
    return numbers;
}

void CreditNotesPanel::refresh(Ledger &ledger)
{
    if (auto notes = ledger.creditNotes().list())
        mModel->setCreditNotes(*notes);
    mView->resizeColumnsToContents();
    mView->horizontalHeader()->setSectionResizeMode(
        CreditNoteListModel::Reason, QHeaderView::Stretch);
}

} // namespace InvoiceDesk
