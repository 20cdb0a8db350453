// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice editor's form: header, more fields, line items, totals and payments.
#include "dateedit.h"
#include "invoiceeditor.h"
#include "keyboardtableview.h"
#include "lineitemsview.h"
#include "undocommands.h"

#include "ledger.h"
#include "paymentsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

DateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *edit = new DateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLineEdit *amountEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    QLineEdit *edit = lineEdit(parent, name, accessibleName);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

} // namespace

QWidget *InvoiceEditor::createHeader()
{
    auto *box = new QWidget(this);
    auto *form = new QGridLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    mNumber = lineEdit(box, "number", tr("Number"));
    // Long labels (German) must not squeeze the number out of sight.
    mNumber->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("INV-000000")) + 12);
    mDraft = new QCheckBox(tr("Dra&ft"), box);
    mDraft->setObjectName(QStringLiteral("draft"));
    mDate = dateEdit(box, "date");
    mDueDate = dateEdit(box, "dueDate");
    mCurrency = new QComboBox(box);
    mCurrency->setObjectName(QStringLiteral("currency"));
    mCurrency->addItems(Currency::allCodes());
    mConnection = new QComboBox(box);
    mConnection->setObjectName(QStringLiteral("connection"));
    mConnection->addItem(tr("(none, keep local)"), QString());
    if (auto connections = mLedger.connections().all()) {
        for (const Connection &connection : *connections)
            mConnection->addItem(connection.name, connection.name);
    }

    const auto label = [box](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Number"), mNumber), 0, 0);
    form->addWidget(mNumber, 0, 1);
    form->addWidget(mDraft, 0, 2);
    form->addWidget(label(tr("&Date"), mDate), 0, 3);
    form->addWidget(mDate, 0, 4);
    form->addWidget(label(tr("D&ue"), mDueDate), 0, 5);
    form->addWidget(mDueDate, 0, 6);
    form->addWidget(label(tr("&Currency"), mCurrency), 0, 7);
    form->addWidget(mCurrency, 0, 8);
    form->addWidget(label(tr("S&ync with"), mConnection), 0, 9);
    form->addWidget(mConnection, 0, 10);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(10, 1);
    mFieldWidgets.insert(QStringLiteral("number"), mNumber);
    mFieldWidgets.insert(QStringLiteral("date"), mDate);
    mFieldWidgets.insert(QStringLiteral("dueDate"), mDueDate);
    mFieldWidgets.insert(QStringLiteral("currency"), mCurrency);
    mFieldWidgets.insert(QStringLiteral("connection"), mConnection);
    return box;
}

QWidget *InvoiceEditor::createMoreFields()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    mContactId = lineEdit(page, "contactId", tr("Contact id"));
    mGroupId = lineEdit(page, "groupId", tr("Group id"));
    mOrderId = lineEdit(page, "orderId", tr("Order id"));
    mOrderNumber = lineEdit(page, "orderNumber", tr("Order number"));
    mLeadId = lineEdit(page, "leadId", tr("Lead id"));
    mCouponCode = lineEdit(page, "couponCode", tr("Coupon code"));
    mHasSubscription = new QCheckBox(tr("Subscription st&arts"), page);
    mHasSubscription->setObjectName(QStringLiteral("hasSubscription"));
    mSubscriptionStart = dateEdit(page, "subscriptionStartOn");
    mDescription = lineEdit(page, "description", tr("Description"));
    mNote = lineEdit(page, "note", tr("Note"));
    mForbiddenMethods = lineEdit(page, "forbiddenPaymentMethods", tr("Forbidden payment methods"));
    const std::pair<QString, QWidget *> fields[] = {
        {tr("Con&tact id"), mContactId},
        {tr("&Group id"), mGroupId},
        {tr("Order id"), mOrderId},
        {tr("Order number"), mOrderNumber},
        {tr("&Lead id"), mLeadId},
        {tr("Coupon"), mCouponCode},
        {tr("D&escription"), mDescription},
        {tr("Note"), mNote},
        {tr("Forbidden &methods"), mForbiddenMethods},
    };
    int index = 0;
    for (const auto &[text, widget] : fields) {
        auto *l = new QLabel(text, page);
        l->setBuddy(widget);
        grid->addWidget(l, index % 5, index / 5 * 2);
        grid->addWidget(widget, index % 5, index / 5 * 2 + 1);
        mFieldWidgets.insert(widget->objectName(), widget);
        ++index;
    }
    grid->addWidget(mHasSubscription, 4, 2);
    grid->addWidget(mSubscriptionStart, 4, 3);
    return page;
}

QWidget *InvoiceEditor::createLines()
{
    auto *group = new QGroupBox(tr("Line items"), this);
    auto *layout = new QVBoxLayout(group);
    mLinesView = new LineItemsView(group);
    mLinesView->setObjectName(QStringLiteral("lines"));
    mLinesView->setModel(mLines);
    QHeaderView *header = mLinesView->horizontalHeader();
    header->setSectionResizeMode(LineItemsModel::Description, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (auto [column, width] : {std::pair {LineItemsModel::Quantity, 8},
             std::pair {LineItemsModel::Unit, 9}, std::pair {LineItemsModel::ProductCode, 10},
             std::pair {LineItemsModel::Rate, 12}, std::pair {LineItemsModel::TaxRate, 7},
             std::pair {LineItemsModel::Commissionable, 13}, std::pair {LineItemsModel::Total, 13}})
        mLinesView->setColumnWidth(column, width * digit + 12);
    layout->addWidget(mLinesView);
    return group;
}

QWidget *InvoiceEditor::createTotals()
{
    auto *group = new QGroupBox(tr("Totals"), this);
    auto *grid = new QGridLayout(group);
    mSubtotalLabel = new QLabel(group);
    mSubtotalLabel->setObjectName(QStringLiteral("subtotal"));
    mDiscount = amountEdit(group, "discountTotal", tr("Discount"));
    mShippingTotal = amountEdit(group, "shippingTotal", tr("Shipping"));
    mTax = amountEdit(group, "taxTotal", tr("Tax"));
    mTax->setPlaceholderText(tr("from line rates"));
    mTaxLabel = new QLabel(group);
    mGrandTotalLabel = new QLabel(group);
    mGrandTotalLabel->setObjectName(QStringLiteral("grandTotal"));
    QFont bold = mGrandTotalLabel->font();
    bold.setBold(true);
    mGrandTotalLabel->setFont(bold);
    mPaidLabel = new QLabel(group);
    mPaidLabel->setObjectName(QStringLiteral("paid"));
    mOutstandingLabel = new QLabel(group);
    mOutstandingLabel->setObjectName(QStringLiteral("outstanding"));
    mOutstandingLabel->setFont(bold);
    for (QLabel *value :
        {mSubtotalLabel, mTaxLabel, mGrandTotalLabel, mPaidLabel, mOutstandingLabel})
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Two columns, so that the totals leave the line items room on a small screen (issue 10).
    const std::pair<QString, QWidget *> left[] = {{tr("Subtotal"), mSubtotalLabel},
        {tr("D&iscount"), mDiscount}, {tr("S&hipping"), mShippingTotal}, {tr("Ta&x"), mTax}};
    const std::pair<QString, QWidget *> right[]
        = {{tr("Tax applied"), mTaxLabel}, {tr("Grand total"), mGrandTotalLabel},
            {tr("Paid"), mPaidLabel}, {tr("Outstanding"), mOutstandingLabel}};
    for (int row = 0; row < 4; ++row) {
        int column = 0;
        for (const auto &[text, widget] : {left[row], right[row]}) {
            auto *label = new QLabel(text, group);
            label->setBuddy(widget);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(label, row, column);
            grid->addWidget(widget, row, column + 1);
            column += 2;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    mFieldWidgets.insert(QStringLiteral("discountTotal"), mDiscount);
    mFieldWidgets.insert(QStringLiteral("shippingTotal"), mShippingTotal);
    mFieldWidgets.insert(QStringLiteral("taxTotal"), mTax);
    return group;
}

QWidget *InvoiceEditor::createPayments()
{
    auto *group = new QGroupBox(tr("Payments"), this);
    auto *layout = new QVBoxLayout(group);
    mPaymentsView = new KeyboardTableView(group);
    mPaymentsView->setObjectName(QStringLiteral("payments"));
    mPaymentsView->setModel(mPayments);
    mPaymentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mPaymentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    mPaymentsView->verticalHeader()->hide();
    mPaymentsView->horizontalHeader()->setStretchLastSection(true);
    // Room for three payments; more scroll, and the line items keep the height.
    mPaymentsView->setMaximumHeight(mPaymentsView->horizontalHeader()->sizeHint().height()
        + 3 * mPaymentsView->verticalHeader()->defaultSectionSize() + 4);
    // Reachable by Tab, so that Void Payment works from the keyboard (issue 10).
    mPaymentsView->setTabKeyNavigation(false);
    layout->addWidget(mPaymentsView);
    auto *buttons = new QHBoxLayout;
    mRecordPayment = new QPushButton(tr("Record &Payment…"), group);
    mRecordPayment->setObjectName(QStringLiteral("recordPayment"));
    mVoidPayment = new QPushButton(tr("&Void Payment…"), group);
    mVoidPayment->setObjectName(QStringLiteral("voidPayment"));
    for (QPushButton *button : {mRecordPayment, mVoidPayment}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(mRecordPayment, &QPushButton::clicked, this, &InvoiceEditor::recordPayment);
    connect(mVoidPayment, &QPushButton::clicked, this, &InvoiceEditor::voidSelectedPayment);
    return group;
}

} // namespace InvoiceDesk
