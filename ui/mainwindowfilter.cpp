// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's filter bar: the text, the status and "Overdue only", read in the
// background as a person changes them (issue 16 item 4).
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace InvoiceDesk {

namespace {

/** The list's filter as the filter bar shows it. */
InvoiceListModel::Filter filterOf(
    const QLineEdit *text, const QComboBox *status, const QCheckBox *overdueOnly)
{
    InvoiceListModel::Filter filter;
    filter.text = text->text();
    if (const int chosen = status->currentData().toInt(); chosen >= 0)
        filter.status = InvoiceStatus(chosen);
    filter.overdueOnly = overdueOnly->isChecked();
    return filter;
}

} // namespace

void MainWindow::createFilterBar()
{
    auto *bar = addToolBar(tr("Filter"));
    bar->setObjectName(QStringLiteral("filterBar"));
    bar->setMovable(false);

    mFilterEdit = new QLineEdit(bar);
    mFilterEdit->setObjectName(QStringLiteral("filterEdit"));
    mFilterEdit->setPlaceholderText(tr("Filter by number, customer, e-mail or the text of a line"));
    mFilterEdit->setClearButtonEnabled(true);
    mFilterEdit->setMinimumWidth(320);
    bar->addWidget(mFilterEdit);

    mStatusFilter = new QComboBox(bar);
    mStatusFilter->setObjectName(QStringLiteral("statusFilter"));
    mStatusFilter->addItem(tr("All statuses"), -1);
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Pending, InvoiceStatus::Paid,
             InvoiceStatus::Cancelled, InvoiceStatus::Refunded})
        mStatusFilter->addItem(statusDisplayName(status), int(status));
    bar->addWidget(mStatusFilter);

    mOverdueOnly = new QCheckBox(tr("&Overdue only"), bar);
    mOverdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    bar->addWidget(mOverdueOnly);

    // Filter as you type, but not on every keystroke of a fast typist.
    mFilterDelay = new QTimer(this);
    mFilterDelay->setSingleShot(true);
    mFilterDelay->setInterval(150);
    connect(mFilterDelay, &QTimer::timeout, this, &MainWindow::requestFilter);
    connect(mFilterEdit, &QLineEdit::textChanged, mFilterDelay, qOverload<>(&QTimer::start));
    connect(mStatusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::requestFilter);
    connect(mOverdueOnly, &QCheckBox::toggled, this, &MainWindow::requestFilter);
}

void MainWindow::applyFilter()
{
    mModel->setFilter(filterOf(mFilterEdit, mStatusFilter, mOverdueOnly));
    updateStatusBar();
}

void MainWindow::requestFilter()
{
    mNewFilterRequested = true; // filterApplied: the status bar, and the top of the list
    mModel->requestFilter(filterOf(mFilterEdit, mStatusFilter, mOverdueOnly));
}

void MainWindow::showAppliedFilter()
{
    // Another filter's matches start at the top, not where the list before was scrolled.
    if (std::exchange(mNewFilterRequested, false))
        mView->scrollToTop();
    updateStatusBar();
}

} // namespace InvoiceDesk
