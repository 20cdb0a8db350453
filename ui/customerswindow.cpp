// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerswindow.h"
#include "customerdialog.h"
#include "customerlistmodel.h"
#include "dateinput.h"
#include "invoicestatus.h"
#include "keyboardtableview.h"
#include "ledger.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace InvoiceDesk {

CustomersWindow::CustomersWindow(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mBook(ledger)
{
    setObjectName(QStringLiteral("customersWindow"));
    setWindowTitle(tr("Customers"));
    auto *layout = new QVBoxLayout(this);
    mModel = new CustomerListModel(this);
    mModel->setLocale(locale());
    mTable = new KeyboardTableView(this);
    mTable->setObjectName(QStringLiteral("customers"));
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setTabKeyNavigation(false);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    auto *listLabel = new QLabel(tr("&Customers"), this);
    listLabel->setBuddy(mTable);
    layout->addWidget(listLabel);
    layout->addWidget(mTable, 2);
    buildButtons();

    mInvoices = new QStandardItemModel(this);
    mInvoiceTable = new QTableView(this);
    mInvoiceTable->setObjectName(QStringLiteral("customerInvoices"));
    mInvoiceTable->setModel(mInvoices);
    mInvoiceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mInvoiceTable->setTabKeyNavigation(false);
    mInvoiceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mInvoiceTable->verticalHeader()->hide();
    mInvoiceTable->horizontalHeader()->setStretchLastSection(true);
    mInvoicesLabel = new QLabel(this);
    mInvoicesLabel->setBuddy(mInvoiceTable);
    mCredit = new QLabel(this);
    mCredit->setObjectName(QStringLiteral("credit"));
    mCredit->setWordWrap(true);
    layout->addWidget(mInvoicesLabel);
    layout->addWidget(mInvoiceTable, 1);
    layout->addWidget(mCredit);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(mTable, &QAbstractItemView::doubleClicked, this, &CustomersWindow::editCurrent);
    reload();
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomersWindow::showDetails);
    showDetails();
    resize(900, 620);
}

CustomersWindow::~CustomersWindow() = default;

void CustomersWindow::buildButtons()
{
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New Customer…"), this);
    add->setObjectName(QStringLiteral("newCustomer"));
    auto *edit = new QPushButton(tr("&Edit Customer…"), this);
    edit->setObjectName(QStringLiteral("editCustomer"));
    auto *receive = new QPushButton(tr("Receive &Payment…"), this);
    receive->setObjectName(QStringLiteral("receivePayment"));
    for (QPushButton *button : {add, edit, receive}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(add, &QPushButton::clicked, this, &CustomersWindow::newCustomer);
    connect(edit, &QPushButton::clicked, this, &CustomersWindow::editCurrent);
    connect(receive, &QPushButton::clicked, this, [this] {
        const QModelIndex current = mTable->currentIndex();
        Q_EMIT receivePaymentRequested(
            current.isValid() ? mModel->customer(current.row()).displayName : QString());
    });
    // Enter on a row edits it, as in the invoice list.
    auto *enter = new QAction(this);
    enter->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    enter->setShortcutContext(Qt::WidgetShortcut);
    connect(enter, &QAction::triggered, this, &CustomersWindow::editCurrent);
    mTable->addAction(enter);
}

void CustomersWindow::reload()
{
    const QModelIndex current = mTable->currentIndex();
    const qint64 id = current.isValid() ? mModel->customer(current.row()).id : 0;
    auto customers = mBook.customers().all();
    auto credits = mBook.receipts().credits();
    mModel->setCustomers(
        customers ? *customers : QList<Customer>(), credits ? *credits : QList<CreditBalance>());
    const int row = std::max(0, mModel->rowOf(id));
    if (mModel->rowCount() > 0)
        mTable->setCurrentIndex(mModel->index(row, 0));
    mTable->resizeColumnsToContents();
    showDetails();
}

bool CustomersWindow::selectCustomer(const QString &name)
{
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (mModel->customer(row).displayName.compare(name, Qt::CaseInsensitive) == 0) {
            mTable->setCurrentIndex(mModel->index(row, 0));
            return true;
        }
    }
    return false;
}

void CustomersWindow::showDetails()
{
    mInvoices->clear();
    mInvoices->setHorizontalHeaderLabels(
        {tr("Number"), tr("Date"), tr("Currency"), tr("Status"), tr("Total"), tr("Owing")});
    const QModelIndex current = mTable->currentIndex();
    if (!current.isValid()) {
        mInvoicesLabel->setText(tr("&Invoices"));
        mCredit->setText(QString());
        return;
    }
    const Customer &customer = mModel->customer(current.row());
    mInvoicesLabel->setText(tr("&Invoices of %1").arg(customer.displayName));
    const DateInput dates(locale());
    if (auto invoices = mBook.customers().invoicesOf(customer.id)) {
        for (const CustomerInvoice &invoice : *invoices) {
            const auto currency = Currency::fromCode(invoice.currency).value_or(Currency());
            const auto amount = [&](qint64 minor) {
                auto *item = new QStandardItem(
                    Money::fromMinorUnits(minor, currency).toLocaleString(locale()));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                return item;
            };
            const auto status = statusFromName(invoice.status);
            mInvoices->appendRow({new QStandardItem(invoice.number),
                new QStandardItem(dates.format(invoice.issueDate)),
                new QStandardItem(invoice.currency),
                new QStandardItem(status ? statusDisplayName(*status) : invoice.status),
                amount(invoice.grandTotal), amount(invoice.owing)});
        }
    }
    // A credit that cannot be read is said so, never shown as none.
    const auto credits = mBook.receipts().credits(customer.id);
    if (!credits)
        mCredit->setText(tr("Credit: %1").arg(credits.error()));
    else
        mCredit->setText(credits->isEmpty()
                ? tr("No credit")
                : tr("Credit: %1").arg(CustomerListModel::creditText(*credits, locale())));
    mInvoiceTable->resizeColumnsToContents();
}

QString CustomersWindow::creditText() const
{
    return mCredit->text();
}

void CustomersWindow::newCustomer()
{
    runDialog(Customer());
}

void CustomersWindow::editCurrent()
{
    const QModelIndex current = mTable->currentIndex();
    if (current.isValid())
        runDialog(mModel->customer(current.row()));
}

void CustomersWindow::runDialog(const Customer &customer)
{
    CustomerDialog dialog(mBook, customer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCustomer(dialog.saved().displayName);
    Q_EMIT changed();
}

} // namespace InvoiceDesk
