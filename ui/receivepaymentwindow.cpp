// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivepaymentwindow.h"
#include "allocationtablemodel.h"
#include "amountfield.h"
#include "completion.h"
#include "dateedit.h"
#include "formalignment.h"
#include "keyboardtableview.h"
#include "ledger.h"
#include "methodpages.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtNumeric>

#include <limits>

namespace InvoiceDesk {

namespace {

/**
 * The payment and the credit together, at most the largest amount: near that bound the sum
 * must not wrap to a negative one (the book refuses a credit beyond it with its own words).
 */
qint64 paymentAndCredit(qint64 amount, qint64 credit)
{
    qint64 sum = 0;
    return qAddOverflow(amount, credit, &sum) ? std::numeric_limits<qint64>::max() : sum;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReceivePaymentWindow::ReceivePaymentWindow(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mBook(ledger)
{
    setObjectName(QStringLiteral("receivePaymentWindow"));
    setWindowTitle(tr("Receive Payment"));
    new QVBoxLayout(this);
    buildForm();
    buildTable();
    connectSignals();
    alignFormLabels(this);
    mMethodPages->showMethod(PaymentMethod::Cash);
    updateSummary();
    resize(760, 640);
    mCustomerEdit->setFocus();
}

ReceivePaymentWindow::~ReceivePaymentWindow()
{
    // The fields lose the focus while they are destroyed; nothing may reach the book by then.
    mCustomerEdit->disconnect(this);
    mCurrency->disconnect(this);
    mModel->disconnect(this);
}

void ReceivePaymentWindow::buildForm()
{
    auto *form = new QFormLayout;
    mCustomerEdit = new QLineEdit(this);
    mCustomerEdit->setObjectName(QStringLiteral("customer"));
    QStringList names;
    if (auto customers = mBook.customers().all()) {
        for (const Customer &customer : *customers)
            names.append(customer.displayName);
    }
    auto *completer = new QCompleter(names, mCustomerEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mCustomerEdit->setCompleter(completer);
    takeFirstProposalOnEnter(completer);
    mCurrency = new QComboBox(this);
    mCurrency->setObjectName(QStringLiteral("currency"));
    mDate = new DateEdit(QDate::currentDate(), this);
    mDate->setObjectName(QStringLiteral("date"));
    mAmount = new QLineEdit(this);
    mAmount->setObjectName(QStringLiteral("amount"));
    mAmount->setAlignment(Qt::AlignRight);
    mMethod = new QComboBox(this);
    mMethod->setObjectName(QStringLiteral("method"));
    for (PaymentMethod method : allPaymentMethods()) {
        if (method != PaymentMethod::AccountsReceivable && method != PaymentMethod::WriteOff)
            mMethod->addItem(methodDisplayName(method), int(method));
    }
    mMethodPages = new MethodPages(this);
    mCreditLabel = new QLabel(this);
    mCreditLabel->setObjectName(QStringLiteral("creditAvailable"));
    mCreditLabel->setWordWrap(true);
    form->addRow(buddyLabel(tr("Cus&tomer"), mCustomerEdit, this), mCustomerEdit);
    form->addRow(buddyLabel(tr("Cu&rrency"), mCurrency, this), mCurrency);
    form->addRow(buddyLabel(tr("&Date"), mDate, this), mDate);
    form->addRow(buddyLabel(tr("&Amount"), mAmount, this), mAmount);
    form->addRow(buddyLabel(tr("&Method"), mMethod, this), mMethod);
    form->addRow(mMethodPages);
    form->addRow(mCreditLabel);
    static_cast<QVBoxLayout *>(layout())->addLayout(form);
}

void ReceivePaymentWindow::buildTable()
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    mModel = new AllocationTableModel(this);
    mTable = new KeyboardTableView(this);
    mTable->setObjectName(QStringLiteral("invoices"));
    mTable->setModel(mModel);
    mTable->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::DoubleClicked);
    mTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    box->addWidget(buddyLabel(tr("Open in&voices"), mTable, this));
    box->addWidget(mTable, 1);
    auto *buttons = new QHBoxLayout;
    mOldestFirst = new QPushButton(tr("Apply o&ldest first"), this);
    mOldestFirst->setObjectName(QStringLiteral("applyOldestFirst"));
    mUseCredit = new QPushButton(tr("Use &credit"), this);
    mUseCredit->setObjectName(QStringLiteral("useCredit"));
    mUseCredit->setEnabled(false); // until a customer with credit is chosen
    mClear = new QPushButton(tr("Clear a&pplied"), this);
    mClear->setObjectName(QStringLiteral("clearApplied"));
    for (QPushButton *button : {mOldestFirst, mUseCredit, mClear}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    box->addLayout(buttons);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("summary"));
    mProblems = new QLabel(this);
    mProblems->setObjectName(QStringLiteral("problems"));
    mProblems->setWordWrap(true);
    mProblems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    box->addWidget(mSummary);
    box->addWidget(mProblems);
    auto *dialogButtons
        = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    dialogButtons->setObjectName(QStringLiteral("buttons"));
    // Enter in a field never saves half a payment: Save is Alt+S, Ctrl+S or a click.
    QPushButton *saveButton = dialogButtons->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save"));
    for (QAbstractButton *button : dialogButtons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(dialogButtons, &QDialogButtonBox::accepted, this, &ReceivePaymentWindow::accept);
    connect(dialogButtons, &QDialogButtonBox::rejected, this, &ReceivePaymentWindow::reject);
    box->addWidget(dialogButtons);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &ReceivePaymentWindow::accept);
}

void ReceivePaymentWindow::connectSignals()
{
    connect(
        mCustomerEdit, &QLineEdit::editingFinished, this, &ReceivePaymentWindow::customerChosen);
    connect(mCustomerEdit, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });
    connect(mCustomerEdit->completer(), qOverload<const QString &>(&QCompleter::activated), this,
        [this](const QString &name) {
            mCustomerEdit->setText(name);
            customerChosen();
        });
    connect(
        mCurrency, &QComboBox::currentIndexChanged, this, &ReceivePaymentWindow::currencyChosen);
    connect(mMethod, &QComboBox::currentIndexChanged, this,
        [this] { mMethodPages->showMethod(PaymentMethod(mMethod->currentData().toInt())); });
    connect(mAmount, &QLineEdit::textChanged, this, &ReceivePaymentWindow::updateSummary);
    // "800" reads back as "800.00": what was understood, in the currency's decimals.
    formatAmountWhenLeft(mAmount, [this] { return mModel->currency(); });
    mMethodPages->formatAmountsIn([this] { return mModel->currency(); });
    mMethodPages->followPaymentDate(mDate);
    connect(
        mModel, &AllocationTableModel::appliedChanged, this, &ReceivePaymentWindow::updateSummary);
    connect(mModel, &AllocationTableModel::entryRefused, this, &ReceivePaymentWindow::showProblem);
    // A refused entry that was corrected is no problem any more.
    connect(
        mModel, &AllocationTableModel::appliedChanged, this, [this] { showProblem(QString()); });
    connect(mOldestFirst, &QPushButton::clicked, this, &ReceivePaymentWindow::applyOldestFirst);
    connect(mUseCredit, &QPushButton::clicked, this, &ReceivePaymentWindow::useCredit);
    connect(mClear, &QPushButton::clicked, mModel, &AllocationTableModel::clearApplied);
}

void ReceivePaymentWindow::setCustomer(const QString &name)
{
    mCustomerEdit->setText(name);
    customerChosen();
}

void ReceivePaymentWindow::customerChosen()
{
    const QString name = mCustomerEdit->text().trimmed();
    if (mCustomer && mCustomer->displayName.compare(name, Qt::CaseInsensitive) == 0)
        return;
    mCustomer.reset();
    const QSignalBlocker blocker(mCurrency);
    mCurrency->clear();
    if (auto found = mBook.customers().byName(name); found && found->has_value()) {
        mCustomer = **found;
        mCustomerEdit->setText(mCustomer->displayName);
        QStringList codes;
        if (auto open = mBook.customers().openCurrencies(mCustomer->id))
            codes = *open;
        if (!mCustomer->defaultCurrency.isEmpty() && !codes.contains(mCustomer->defaultCurrency))
            codes.prepend(mCustomer->defaultCurrency);
        mCurrency->addItems(codes);
        mCurrency->setCurrentIndex(std::max(0, int(codes.indexOf(mCustomer->defaultCurrency))));
        showProblem(QString());
    } else if (!name.isEmpty()) {
        showProblem(tr("There is no customer named \"%1\". Add it in Customers first.").arg(name));
    }
    currencyChosen();
}

void ReceivePaymentWindow::currencyChosen()
{
    const auto currency = Currency::fromCode(mCurrency->currentText());
    mCreditAvailable = 0;
    mUseCredit->setEnabled(false);
    if (!mCustomer || !currency) {
        mModel->setInvoices({}, Currency());
        mCreditLabel->clear();
        return;
    }
    QList<OwedInvoice> open;
    if (auto found = mBook.customers().openInvoices(mCustomer->id, currency->code()))
        open = *found;
    mModel->setLocale(locale());
    mModel->setInvoices(open, *currency);
    // A credit that cannot be read is said so and cannot be used, never shown as none.
    const auto credit = mBook.receipts().creditOf(mCustomer->id, currency->code());
    mCreditAvailable = credit ? *credit : 0;
    mCreditLabel->setText(credit
            ? tr("Credit available: %1 %2")
                  .arg(Money::fromMinorUnits(mCreditAvailable, *currency).toLocaleString(locale()),
                      currency->code())
            : tr("Credit available: unknown (%1)").arg(credit.error()));
    mUseCredit->setEnabled(mCreditAvailable > 0);
    if (mTable->model()->rowCount() > 0)
        mTable->setCurrentIndex(mModel->index(0, AllocationTableModel::Apply));
}

std::optional<qint64> ReceivePaymentWindow::typedAmount() const
{
    const QString text = mAmount->text().trimmed();
    if (text.isEmpty())
        return qint64(0);
    auto parsed = Money::parseLocale(text, mModel->currency(), locale());
    if (!parsed || parsed->minorUnits() < 0)
        return std::nullopt;
    return parsed->minorUnits();
}

void ReceivePaymentWindow::applyOldestFirst()
{
    mModel->applyOldestFirst(typedAmount().value_or(0));
}

void ReceivePaymentWindow::useCredit()
{
    // The payment and the credit available together, oldest first.
    mModel->applyOldestFirst(paymentAndCredit(typedAmount().value_or(0), mCreditAvailable));
}

void ReceivePaymentWindow::updateSummary()
{
    const Currency &currency = mModel->currency();
    const qint64 amount = typedAmount().value_or(0);
    const qint64 applied = mModel->appliedTotal();
    const qint64 fromCredit = std::max<qint64>(applied - amount, 0);
    const qint64 leftAsCredit = std::max<qint64>(amount - applied, 0);
    const auto text = [&](qint64 minor) {
        return Money::fromMinorUnits(minor, currency).toLocaleString(locale());
    };
    mSummary->setText(
        tr("Applied %1 · from this payment %2 · from credit %3 · left as credit %4")
            .arg(text(applied), text(applied - fromCredit), text(fromCredit), text(leftAsCredit)));
}

QString ReceivePaymentWindow::summaryText() const
{
    return mSummary->text();
}

void ReceivePaymentWindow::showProblem(const QString &text)
{
    mProblems->setText(text);
}

QString ReceivePaymentWindow::problemText() const
{
    return mProblems->text();
}

Result<std::pair<ReceiptBook::Request, QList<Allocation>>> ReceivePaymentWindow::collect() const
{
    if (!mCustomer)
        return Error {tr("Choose the customer first.")};
    const Currency &currency = mModel->currency();
    auto amount = Money::parseLocale(mAmount->text().trimmed(), currency, locale());
    if (!mAmount->text().trimmed().isEmpty() && !amount)
        return Error {tr("Amount: %1").arg(amount.error())};
    if (!mDate->problem().isEmpty() || !mDate->date().isValid())
        return Error {tr("Date: %1").arg(mDate->problem())};
    ReceiptBook::Request request;
    request.customer = mCustomer->displayName;
    request.currency = currency;
    request.date = mDate->date();
    request.amount = amount ? amount->minorUnits() : 0;
    request.method.method = PaymentMethod(mMethod->currentData().toInt());
    Problems problems;
    mMethodPages->collect(request.method, currency, locale(), problems);
    if (!problems.isEmpty())
        return Error {problems.first().message};
    const qint64 applied = mModel->appliedTotal();
    const qint64 available = paymentAndCredit(request.amount, mCreditAvailable);
    if (applied > available)
        return Error {tr("%1 is applied, more than the amount received and the credit available "
                         "together (%2).")
                          .arg(Money::fromMinorUnits(applied, currency).toLocaleString(locale()),
                              Money::fromMinorUnits(available, currency).toLocaleString(locale()))};
    // The payment covers the rows in the table's order; what it does not cover is credit.
    qint64 left = request.amount;
    QList<Allocation> fromCredit;
    for (const Allocation &allocation : mModel->allocations()) {
        const qint64 paid = std::min(left, allocation.amount);
        left -= paid;
        if (paid > 0)
            request.allocations.append({allocation.invoiceNumber, paid});
        if (allocation.amount > paid)
            fromCredit.append({allocation.invoiceNumber, allocation.amount - paid});
    }
    return std::pair {request, fromCredit};
}

void ReceivePaymentWindow::accept()
{
    auto collected = collect();
    if (!collected) {
        showProblem(collected.error());
        return;
    }
    auto outcome = mBook.receiveAndApply(collected->first, collected->second);
    if (!outcome) {
        showProblem(outcome.error());
        return;
    }
    Q_EMIT changed();
    QDialog::accept();
}

} // namespace InvoiceDesk
