// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoiceeditor.h"
#include "addressform.h"
#include "dateedit.h"
#include "fieldmark.h"
#include "keyboardtableview.h"
#include "lineitemsview.h"
#include "paymentdialog.h"
#include "undocommands.h"

#include "fieldlabels.h"
#include "invoicenumbering.h"
#include "ledger.h"
#include "messagetext.h"
#include "paymentsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDesk {

namespace {

std::optional<qint64> wholeNumber(const QLineEdit *edit, const QString &field, Problems &problems)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        problems.append({field, QObject::tr("must be a whole number")});
        return std::nullopt;
    }
    return value;
}

/** The problems of reading the form, then the invoice's own, each said once. */
Problems withValidation(Problems problems, const Invoice &invoice)
{
    // A refused date already says why at its field; "needs a date" would only repeat it.
    for (const Problem &problem : invoice.validate()) {
        const bool repeated = std::any_of(problems.cbegin(), problems.cend(),
            [&](const Problem &shown) { return shown.field == problem.field; });
        if (!repeated || problem.field != QLatin1String("date"))
            problems.append(problem);
    }
    return problems;
}

} // namespace

InvoiceEditor::InvoiceEditor(Ledger &ledger, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mUndoStack(new QUndoStack(this))
    , mBinder(new FormUndoBinder(mUndoStack, this))
    , mLines(new UndoableLineItemsModel(mUndoStack, this))
    , mPayments(new PaymentsModel(this))
{
    setObjectName(QStringLiteral("invoiceEditor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(createAddressTabs());
    layout->addWidget(createLines(), 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(createPayments(), 3);
    bottom->addWidget(createTotals(), 2);
    layout->addLayout(bottom);

    mProblemsLabel = new QLabel(this);
    mProblemsLabel->setObjectName(QStringLiteral("problems"));
    mProblemsLabel->setWordWrap(true);
    mProblemsLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(mProblemsLabel);

    layout->addWidget(createButtons());

    bindFields();
    createActions();
    setupCustomerCompleter();
    connect(mUndoStack, &QUndoStack::indexChanged, this, &InvoiceEditor::refresh);
    connect(mUndoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { setWindowModified(!clean); });
    // A refused cell keeps its text and is listed with the other problems.
    connect(mLines, &LineItemsModel::invalidInput, this, &InvoiceEditor::refresh);
    connect(mSameAsBilling, &QCheckBox::toggled, mShipping, &QWidget::setDisabled);
    connect(mHasSubscription, &QCheckBox::toggled, mSubscriptionStart, &QWidget::setEnabled);
    connect(mCurrency, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        if (const auto currency = Currency::fromCode(code))
            mLines->setCurrency(*currency);
    });
    connect(mLinesView, &LineItemsView::appendRequested, this, &InvoiceEditor::appendLine);
    if (const auto codes = mLedger.taxCodes().all())
        mLines->setTaxCodes(*codes); // the Tax code column offers them

    Invoice invoice;
    if (invoiceId != 0) {
        auto loaded = mLedger.invoice(invoiceId);
        if (loaded && loaded->has_value())
            invoice = **loaded;
    }
    load(invoice);
    resize(1000, 700);
}

InvoiceEditor::~InvoiceEditor()
{
    // Hiding commits an open cell editor; do it while this object is still whole,
    // then stop listening before the base class and children go.
    hide();
    disconnect(mUndoStack, nullptr, this, nullptr);
    disconnect(mLines, nullptr, this, nullptr);
}

bool InvoiceEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && !mCustomerNamesRead
        && watched == mBilling->field(QStringLiteral("company"))) {
        mCustomerNamesRead = true;
        mCustomerNames->setStringList(customerCompletions());
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)
            || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y))
            return true; // not accepted: the dialog's undo and redo actions take it
    }
    return QDialog::eventFilter(watched, event);
}

void InvoiceEditor::load(const Invoice &source)
{
    Invoice invoice = source;
    const bool isNew = invoice.id == 0;
    if (isNew)
        fillNewInvoice(invoice);
    mInvoice = invoice;
    mTermsDays.reset(); // another invoice: its due date is its own
    const QLocale locale;
    const auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Money::fromMinorUnits(*minor, invoice.currency).toLocaleString(locale)
                     : QString();
    };
    showHeader(invoice);
    const bool same = invoice.shipping.isEmpty() || invoice.shipping == invoice.billing;
    mBinder->setValue(mSameAsBilling, same);
    for (int i = 0; i < 13; ++i) {
        const Address::Field &field = Address::fields().at(i);
        mBinder->setValue(mBilling->fields()[i], invoice.billing.*field.member);
        mBinder->setValue(
            mShipping->fields()[i], same ? QString() : invoice.shipping.*field.member);
    }
    mBinder->setValue(mDiscount, invoice.discountTotal ? money(invoice.discountTotal) : QString());
    mBinder->setValue(
        mShippingTotal, invoice.shippingTotal ? money(invoice.shippingTotal) : QString());
    mBinder->setValue(mTax, money(invoice.taxTotal));
    mShipping->setDisabled(same);
    mSubscriptionStart->setEnabled(invoice.subscriptionStartOn.isValid());
    mLines->setCurrency(invoice.currency);
    mLines->setLines(invoice.lines);

    const bool cancelled = invoice.lifecycle == InvoiceLifecycle::Cancelled;
    mSave->setEnabled(!cancelled);
    setWindowTitle(isNew ? tr("New Invoice[*]")
            : cancelled  ? tr("Invoice %1 (cancelled)[*]").arg(invoice.number)
                         : tr("Invoice %1[*]").arg(invoice.number));
    mUndoStack->clear();
    mUndoStack->setClean();
    setWindowModified(false);
    refreshPayments();
    refresh();
    mNumber->setFocus();
    mNumber->selectAll();
}

Invoice InvoiceEditor::collect(Problems &problems) const
{
    Invoice invoice;
    invoice.id = mInvoice.id;
    invoice.uuid = mInvoice.uuid;
    invoice.version = mInvoice.version;
    invoice.remoteId = mInvoice.remoteId;
    invoice.number = mNumber->text().trimmed();
    invoice.lifecycle = mInvoice.lifecycle == InvoiceLifecycle::Cancelled
        ? InvoiceLifecycle::Cancelled
        : mDraft->isChecked() ? InvoiceLifecycle::Draft
                              : InvoiceLifecycle::Issued;
    // A refused entry ("02/30/26") is a problem at its field, never another date.
    const auto typedDate = [&problems](const DateEdit *edit, const QString &field) {
        if (!edit->text().trimmed().isEmpty() && !edit->problem().isEmpty())
            problems.append({field, edit->problem()});
        return edit->date();
    };
    invoice.date = typedDate(mDate, QStringLiteral("date"));
    invoice.dueDate = typedDate(mDueDate, QStringLiteral("dueDate"));
    invoice.currency = Currency::fromCode(mCurrency->currentText()).value_or(Currency());
    invoice.connectionName = mConnection->currentData().toString();
    invoice.contactId = wholeNumber(mContactId, QStringLiteral("contactId"), problems);
    invoice.groupId = mGroupId->text().trimmed();
    invoice.orderId = wholeNumber(mOrderId, QStringLiteral("orderId"), problems);
    invoice.orderNumber = mOrderNumber->text().trimmed();
    invoice.leadId = wholeNumber(mLeadId, QStringLiteral("leadId"), problems);
    invoice.couponCode = mCouponCode->text().trimmed();
    if (mHasSubscription->isChecked())
        invoice.subscriptionStartOn
            = typedDate(mSubscriptionStart, QStringLiteral("subscriptionStartOn"));
    invoice.description = mDescription->text().trimmed();
    invoice.note = mNote->text().trimmed();
    invoice.buyerReference = mBuyerReference->text().trimmed();
    invoice.deliveryDate = typedDate(mDeliveryDate, QStringLiteral("deliveryDate"));
    invoice.paymentMeansCode = mPaymentMeans->text().trimmed();
    invoice.forbiddenPaymentMethods
        = wholeNumber(mForbiddenMethods, QStringLiteral("forbiddenPaymentMethods"), problems);
    invoice.billing = mBilling->address();
    invoice.shipping = mSameAsBilling->isChecked() ? Address() : mShipping->address();

    collectTotals(invoice, problems);
    problems += mLines->refusedCells(); // kept as typed in its cell, and not saved so
    // A line nobody typed into is not a line.
    for (const LineItem &line : mLines->lines()) {
        if (!(line == LineItem()))
            invoice.lines.append(line);
    }
    return invoice;
}

void InvoiceEditor::fillNewInvoice(Invoice &invoice) const
{
    // Until a customer is chosen: the series and currency of the last invoice entered.
    const auto last = mLedger.invoices().lastNumberAndCurrency();
    const bool hasLast = last && last->has_value();
    const auto next = mLedger.invoices().nextFreeNumber(hasLast ? (*last)->first : QString());
    invoice.number = next ? *next : InvoiceNumbering::next(QString());
    invoice.date = QDate::currentDate();
    invoice.dueDate = invoice.date.addDays(30);
    invoice.currency = Currency::fromCode(
        hasLast ? (*last)->second : QLocale().currencySymbol(QLocale::CurrencyIsoCode))
                           .value_or(*Currency::fromCode(u"USD"));
    invoice.lines = {LineItem()};
}

void InvoiceEditor::showHeader(const Invoice &invoice)
{
    mBinder->setValue(mNumber, invoice.number);
    mBinder->setValue(mDraft, invoice.lifecycle == InvoiceLifecycle::Draft);
    mBinder->setValue(mDate, invoice.date);
    mBinder->setValue(mDueDate, invoice.dueDate.isValid() ? invoice.dueDate : invoice.date);
    mBinder->setValue(mCurrency, mCurrency->findText(invoice.currency.code()));
    mBinder->setValue(mConnection, std::max(0, mConnection->findData(invoice.connectionName)));
    mBinder->setValue(
        mContactId, invoice.contactId ? QString::number(*invoice.contactId) : QString());
    mBinder->setValue(mGroupId, invoice.groupId);
    mBinder->setValue(mOrderId, invoice.orderId ? QString::number(*invoice.orderId) : QString());
    mBinder->setValue(mOrderNumber, invoice.orderNumber);
    mBinder->setValue(mLeadId, invoice.leadId ? QString::number(*invoice.leadId) : QString());
    mBinder->setValue(mCouponCode, invoice.couponCode);
    mBinder->setValue(mHasSubscription, invoice.subscriptionStartOn.isValid());
    mBinder->setValue(mSubscriptionStart,
        invoice.subscriptionStartOn.isValid() ? invoice.subscriptionStartOn : invoice.date);
    mBinder->setValue(mDescription, invoice.description);
    mBinder->setValue(mNote, invoice.note);
    mBinder->setValue(mBuyerReference, invoice.buyerReference);
    mBinder->setValue(mDeliveryDate, invoice.deliveryDate);
    mBinder->setValue(mPaymentMeans, invoice.paymentMeansCode);
    mBinder->setValue(mForbiddenMethods,
        invoice.forbiddenPaymentMethods ? QString::number(*invoice.forbiddenPaymentMethods)
                                        : QString());
}

void InvoiceEditor::collectTotals(Invoice &invoice, Problems &problems) const
{
    const QLocale locale;
    const auto amount = [&](QLineEdit *edit, const QString &field) -> std::optional<qint64> {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        auto parsed = Money::parseLocale(text, invoice.currency, locale);
        if (!parsed) {
            problems.append({field, parsed.error()});
            return std::nullopt;
        }
        return parsed->minorUnits();
    };
    invoice.discountTotal = amount(mDiscount, QStringLiteral("discountTotal")).value_or(0);
    invoice.shippingTotal = amount(mShippingTotal, QStringLiteral("shippingTotal")).value_or(0);
    invoice.taxTotal = amount(mTax, QStringLiteral("taxTotal"));
}

void InvoiceEditor::refresh()
{
    Problems problems;
    const Invoice invoice = collect(problems);
    problems = withValidation(problems, invoice);
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Money::fromMinorUnits(minor, invoice.currency).toLocaleString(locale);
    };
    if (const auto totals = invoice.totals(); totals && invoice.currency.isValid()) {
        mSubtotalLabel->setText(money(totals->subtotal));
        mTaxLabel->setText(money(totals->tax));
        mGrandTotalLabel->setText(
            money(totals->grandTotal) + QLatin1Char(' ') + invoice.currency.code());
        qint64 net = 0;
        for (int row = 0; row < mPayments->rowCount(); ++row) {
            if (!mPayments->payment(row).isVoided())
                net += mPayments->payment(row).amount;
        }
        mPaidLabel->setText(money(net));
        mCreditedLabel->setText(money(mCredited));
        mOutstandingLabel->setText(money(std::max<qint64>(0, totals->grandTotal - net - mCredited))
            + QLatin1Char(' ') + invoice.currency.code());
    }
    showProblems(problems);
}

void InvoiceEditor::showProblems(const Problems &problems)
{
    for (QWidget *widget : std::as_const(mFieldWidgets)) {
        if (widget->property("invalid").toBool()) {
            widget->setProperty("invalid", false);
            widget->setToolTip(QString());
            showFieldMark(widget);
        }
    }
    mShownProblems.clear();
    QMap<std::pair<int, int>, QString> cells;
    for (const Problem &problem : problems) {
        // The field's label, as the form shows it, never its internal name (issue 10).
        QString where = FieldLabels::label(problem.field);
        if (problem.lineIndex >= 0) {
            const int column = LineItemsModel::columnForField(problem.field);
            const QString title = column >= 0
                ? mLines->headerData(column, Qt::Horizontal).toString()
                : FieldLabels::label(problem.field);
            where = tr("line %1, %2").arg(problem.lineIndex + 1).arg(title);
            if (column >= 0)
                cells.insert({problem.lineIndex, column}, problem.message);
        }
        mShownProblems.append(where + QStringLiteral(": ") + problem.message);
        if (QWidget *widget = mFieldWidgets.value(problem.field)) {
            widget->setProperty("invalid", true); // outlined in red
            widget->setToolTip(problem.message);
            showFieldMark(widget);
        }
    }
    mLines->setCellProblems(cells); // outlined at the cell itself
    mProblemsLabel->setText(mShownProblems.isEmpty()
            ? QString()
            : QStringLiteral("• ") + mShownProblems.join(QStringLiteral("\n• ")));
}

QStringList InvoiceEditor::shownProblems() const
{
    return mShownProblems;
}

bool InvoiceEditor::isModified() const
{
    return !mUndoStack->isClean();
}

bool InvoiceEditor::save()
{
    Problems problems;
    Invoice invoice = collect(problems);
    if (!problems.isEmpty()) {
        showProblems(withValidation(problems, invoice));
        return false;
    }
    if (!confirmNoLines(invoice))
        return false;
    // A new invoice belongs to the customer picked from the records from its first write, even
    // where its billing name differs (no customer is added by that name).
    auto stored = invoice.id == 0
        ? mLedger.createInvoice(invoice, &problems, {mChosenCustomerId, {}})
        : mLedger.updateInvoice(invoice, &problems);
    if (!stored) {
        if (!problems.isEmpty())
            showProblems(problems);
        else
            QMessageBox::critical(this, tr("Cannot Save"), asSentence(stored.error()));
        return false;
    }
    if (auto linked = linkChosenCustomer(stored->id); !linked)
        QMessageBox::warning(this, tr("Cannot Save"), asSentence(linked.error()));
    auto reloaded = mLedger.invoice(stored->id);
    load(reloaded && reloaded->has_value() ? **reloaded : *stored);
    Q_EMIT saved(mInvoice.id);
    return true;
}

void InvoiceEditor::revert()
{
    if (mInvoice.id == 0) {
        load(Invoice());
        return;
    }
    auto loaded = mLedger.invoice(mInvoice.id);
    if (loaded && loaded->has_value())
        load(**loaded);
}

void InvoiceEditor::appendLine()
{
    const int row = mLines->rowCount();
    mLines->addLine(row);
    // Focus first: making the cell current opens its editor, which must keep the focus.
    mLinesView->setFocus();
    mLinesView->setCurrentIndex(mLines->index(row, LineItemsModel::Quantity));
}

bool InvoiceEditor::confirmNoLines(const Invoice &invoice)
{
    // Asked when the invoice loses its last line or starts without one, not on every later save.
    if (!invoice.lines.isEmpty() || (mInvoice.id != 0 && mInvoice.lines.isEmpty()))
        return true;
    const auto totals = invoice.totals();
    const QString total = totals
        ? Money::fromMinorUnits(totals->grandTotal, invoice.currency).toLocaleString(locale())
        : QString();
    const auto answer = QMessageBox::question(this, tr("Invoice Without Lines"),
        tr("Invoice %1 has no lines: its total is %2 %3. Save it anyway?")
            .arg(invoice.number, total, invoice.currency.code()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return true;
    mLinesView->setFocus();
    return false;
}

bool InvoiceEditor::confirmDiscard()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("Save the changes to this invoice before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void InvoiceEditor::closeEvent(QCloseEvent *event)
{
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

void InvoiceEditor::reject()
{
    if (confirmDiscard()) {
        mUndoStack->setClean(); // answered: do not ask again on close
        QDialog::reject();
    }
}

} // namespace InvoiceDesk
