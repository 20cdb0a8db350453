// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice editor's form: header, more fields, line items, totals and payments, its
// actions, the payments' commands and the customer completion.
#include "dateedit.h"
#include "documentactions.h"
#include "invoiceeditor.h"
#include "keyboardtableview.h"
#include "lineitemsview.h"
#include "paymentdialog.h"
#include "undocommands.h"

#include "addressform.h"
#include "ledger.h"
#include "paymentsmodel.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
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

QTabWidget *InvoiceEditor::createAddressTabs()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("addressTabs"));
    mBilling = new AddressForm(QStringLiteral("billing"), tabs);
    tabs->addTab(mBilling, tr("&Billing address"));
    auto *shippingPage = new QWidget(tabs);
    auto *shippingLayout = new QVBoxLayout(shippingPage);
    shippingLayout->setContentsMargins(0, 0, 0, 0);
    mSameAsBilling = new QCheckBox(tr("Same as billin&g"), shippingPage);
    mSameAsBilling->setObjectName(QStringLiteral("sameAsBilling"));
    mShipping = new AddressForm(QStringLiteral("shipping"), shippingPage);
    shippingLayout->addWidget(mSameAsBilling);
    shippingLayout->addWidget(mShipping);
    tabs->addTab(shippingPage, tr("&Shipping address"));
    tabs->addTab(createMoreFields(), tr("M&ore"));
    return tabs;
}

QDialogButtonBox *InvoiceEditor::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    mSave = buttons->addButton(QDialogButtonBox::Save);
    QPushButton *revertButton = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Close);
    DocumentActions::addTo(this, mLedger, buttons); // issue 14: Print…, Preview, Export PDF
    mSave->setDefault(false);
    mSave->setAutoDefault(false);
    connect(mSave, &QPushButton::clicked, this, &InvoiceEditor::save);
    connect(revertButton, &QPushButton::clicked, this, &InvoiceEditor::revert);
    connect(buttons, &QDialogButtonBox::rejected, this, &InvoiceEditor::reject);
    return buttons;
}

void InvoiceEditor::bindFields()
{
    // Every field's edits go through the undo stack (FormUndoBinder).
    for (QWidget *widget : {static_cast<QWidget *>(mNumber), static_cast<QWidget *>(mDraft),
             static_cast<QWidget *>(mDate), static_cast<QWidget *>(mDueDate),
             static_cast<QWidget *>(mCurrency), static_cast<QWidget *>(mConnection),
             static_cast<QWidget *>(mContactId), static_cast<QWidget *>(mGroupId),
             static_cast<QWidget *>(mOrderId), static_cast<QWidget *>(mOrderNumber),
             static_cast<QWidget *>(mLeadId), static_cast<QWidget *>(mCouponCode),
             static_cast<QWidget *>(mHasSubscription), static_cast<QWidget *>(mSubscriptionStart),
             static_cast<QWidget *>(mDescription), static_cast<QWidget *>(mNote),
             static_cast<QWidget *>(mForbiddenMethods), static_cast<QWidget *>(mSameAsBilling),
             static_cast<QWidget *>(mBuyerReference), static_cast<QWidget *>(mDeliveryDate),
             static_cast<QWidget *>(mPaymentMeans), static_cast<QWidget *>(mDiscount),
             static_cast<QWidget *>(mShippingTotal), static_cast<QWidget *>(mTax)})
        mBinder->bind(widget);
    for (AddressForm *form : {mBilling, mShipping}) {
        for (QLineEdit *edit : form->fields()) {
            mBinder->bind(edit);
            mFieldWidgets.insert(edit->objectName(), edit);
        }
    }
    // Ctrl+Z belongs to the form's undo stack, not to each line edit's own.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->installEventFilter(this);
}

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
    connect(mDate, &DateEdit::dateChanged, this, &InvoiceEditor::followTerms);
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
    addEInvoiceFields(grid);
    return page;
}

void InvoiceEditor::addEInvoiceFields(QGridLayout *grid)
{
    // What an EN 16931 e-invoice needs beyond the invoice (issue 14 item 5), in a third column.
    QWidget *page = grid->parentWidget();
    mBuyerReference = lineEdit(page, "buyerReference", tr("Leitweg-ID or the buyer's reference"));
    mDeliveryDate = dateEdit(page, "deliveryDate");
    mPaymentMeans
        = lineEdit(page, "paymentMeansCode", tr("58 SEPA transfer, 30 transfer, 10 cash"));
    const std::pair<QString, QWidget *> fields[] = {
        {tr("Buyer reference"), mBuyerReference},
        {tr("Delivery date"), mDeliveryDate},
        {tr("Payment means code"), mPaymentMeans},
    };
    int row = 0;
    for (const auto &[text, widget] : fields) {
        auto *l = new QLabel(text, page);
        l->setBuddy(widget);
        grid->addWidget(l, row, 4);
        grid->addWidget(widget, row, 5);
        mFieldWidgets.insert(widget->objectName(), widget);
        ++row;
    }
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
             std::pair {LineItemsModel::Rate, 12}, std::pair {LineItemsModel::Discount, 9},
             std::pair {LineItemsModel::TaxCode, 11}, std::pair {LineItemsModel::TaxRate, 7},
             std::pair {LineItemsModel::Commissionable, 13}, std::pair {LineItemsModel::Total, 13}})
        mLinesView->setColumnWidth(column, width * digit + 12);
    layout->addWidget(mLinesView);
    layout->addWidget(createLinesLockedNote(group));
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
    mCreditedLabel = new QLabel(group);
    mCreditedLabel->setObjectName(QStringLiteral("credited"));
    mOutstandingLabel = new QLabel(group);
    mOutstandingLabel->setObjectName(QStringLiteral("outstanding"));
    mOutstandingLabel->setFont(bold);
    for (QLabel *value : {mSubtotalLabel, mTaxLabel, mGrandTotalLabel, mPaidLabel, mCreditedLabel,
             mOutstandingLabel})
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Two columns, so that the totals leave the line items room on a small screen (issue 10).
    // Credit notes have their own row: beside Outstanding they squeezed the amount fields.
    const std::pair<QString, QWidget *> left[]
        = {{tr("Subtotal"), mSubtotalLabel}, {tr("D&iscount"), mDiscount},
            {tr("S&hipping"), mShippingTotal}, {tr("Ta&x"), mTax}, {QString(), nullptr}};
    const std::pair<QString, QWidget *> right[] = {{tr("Tax applied"), mTaxLabel},
        {tr("Grand total"), mGrandTotalLabel}, {tr("Paid"), mPaidLabel},
        {tr("Credited"), mCreditedLabel}, {tr("Outstanding"), mOutstandingLabel}};
    for (int row = 0; row < 5; ++row) {
        int column = 0;
        for (const auto &[text, widget] : {left[row], right[row]}) {
            if (widget) {
                auto *label = new QLabel(text, group);
                label->setBuddy(widget);
                label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                grid->addWidget(label, row, column);
                grid->addWidget(widget, row, column + 1);
            }
            column += 2;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(5, 1); // the rows stay together at the top
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
    // Three payments always in view (squeezed, it showed one); more scroll.
    mPaymentsView->setFixedHeight(mPaymentsView->horizontalHeader()->sizeHint().height()
        + 3 * mPaymentsView->verticalHeader()->defaultSectionSize()
        + mPaymentsView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
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
    buttons->addWidget(createCreditNoteButton(group));
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(mRecordPayment, &QPushButton::clicked, this, &InvoiceEditor::recordPayment);
    connect(mVoidPayment, &QPushButton::clicked, this, &InvoiceEditor::voidSelectedPayment);
    return group;
}

void InvoiceEditor::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(tr("Save"), QKeySequence::Save, [this] { save(); });
    QAction *undo = mUndoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = mUndoStack->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    addAction(redo);
    action(tr("Add line"), QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { appendLine(); });
    action(tr("Remove line"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
        [this] { mLines->deleteLine(mLinesView->currentIndex().row()); });
    action(tr("Duplicate line"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { mLines->duplicateLine(mLinesView->currentIndex().row()); });
    action(tr("Move line up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] {
        const QModelIndex current = mLinesView->currentIndex();
        mLines->moveLineBy(current.row(), -1);
        mLinesView->setCurrentIndex(
            mLines->index(std::max(0, current.row() - 1), current.column()));
    });
    action(tr("Move line down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] {
        const QModelIndex current = mLinesView->currentIndex();
        mLines->moveLineBy(current.row(), 1);
        mLinesView->setCurrentIndex(
            mLines->index(std::min(mLines->rowCount() - 1, current.row() + 1), current.column()));
    });
    action(tr("Record payment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { recordPayment(); });
}

void InvoiceEditor::refreshPayments()
{
    QList<Payment> payments;
    if (mInvoice.id != 0) {
        if (auto loaded = mLedger.payments(mInvoice.id))
            payments = *loaded;
    }
    mPayments->setPayments(payments, mInvoice.currency);
    applyMoneyLocks();
    mVoidPayment->setEnabled(mInvoice.id != 0
        && std::any_of(payments.cbegin(), payments.cend(),
            [](const Payment &payment) { return !payment.isVoided(); }));
    mPaymentsView->resizeColumnsToContents();
}

void InvoiceEditor::recordPayment()
{
    if (mInvoice.id != 0 && !mRecordPayment->isEnabled())
        return; // cancelled or credited in full: no payment is taken (issue 10 item 7)
    if (mInvoice.id == 0 || isModified()) {
        if (!save())
            return;
    }
    auto *dialog = new PaymentDialog(mLedger, mInvoice.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshPayments();
        refresh();
        Q_EMIT saved(mInvoice.id);
    });
    dialog->open();
}

void InvoiceEditor::setupCustomerCompleter()
{
    // Names read at the field's first focus, not as the editor opens (issue 16: 20,000 customers
    // were half of opening an invoice).
    mCustomerNames = new QStringListModel(this);
    auto *completer = new QCompleter(mCustomerNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    QLineEdit *company = mBilling->field(QStringLiteral("company"));
    company->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
        &InvoiceEditor::fillBillingFromCustomer);
    // A name typed over is no longer the customer picked (issue 13).
    connect(company, &QLineEdit::textEdited, this, [this] { mChosenCustomerId = 0; });
}

void InvoiceEditor::fillBillingFromCustomer(const QString &customer)
{
    const auto address = mLedger.invoices().lastBillingAddress(customer);
    mUndoStack->beginMacro(tr("Fill in %1's address").arg(customer));
    for (int i = 0; address && address->has_value() && i < 13; ++i) {
        QLineEdit *edit = mBilling->fields()[i];
        if (edit->text().trimmed().isEmpty() || i == 2)
            edit->setText((**address).*Address::fields().at(i).member);
    }
    // A new invoice continues the customer's number series and currency unless typed over (10).
    const auto last = mLedger.invoices().lastNumberAndCurrency(customer);
    if (mInvoice.id == 0 && last && last->has_value()) {
        if (mNumber->text() == mInvoice.number) {
            if (const auto next = mLedger.invoices().nextFreeNumber((*last)->first))
                mNumber->setText(*next);
        }
        if (mCurrency->currentText() == mInvoice.currency.code())
            mCurrency->setCurrentIndex(std::max(0, mCurrency->findText((*last)->second)));
    }
    applyCustomerRecord(customer);
    mUndoStack->endMacro();
}

} // namespace InvoiceDesk
