// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnotedialog.h"
#include "dateedit.h"
#include "ledger.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

enum Column { DescriptionColumn, QuantityColumn, RateColumn, TaxRateColumn, ColumnCount };

} // namespace

CreditNoteDialog::CreditNoteDialog(Ledger &ledger, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    if (auto loaded = ledger.invoice(invoiceId); loaded && loaded->has_value())
        mInvoice = **loaded;
    if (auto header = ledger.invoices().header(invoiceId); header && header->has_value())
        mOwed = (*header)->outstanding();
    setWindowTitle(tr("Credit Note for Invoice %1").arg(mInvoice.number));
    buildLayout();
    updateMode();
}

void CreditNoteDialog::buildLayout()
{
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    mSummary
        = new QLabel(tr("Invoice %1 owes %2 %3. A credit note takes that much off it; the "
                        "rest becomes %4's credit.")
                         .arg(mInvoice.number,
                             Money::fromMinorUnits(mOwed, mInvoice.currency).toLocaleString(locale),
                             mInvoice.currency.code(), mInvoice.customerName()),
            this);
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);
    auto *form = new QFormLayout;
    mByAmount = new QRadioButton(tr("&Amount, tax included:"), this);
    mByAmount->setChecked(true);
    mAmount = new QLineEdit(this);
    mAmount->setObjectName(QStringLiteral("amount"));
    form->addRow(mByAmount, mAmount);
    mByLines = new QRadioButton(tr("&Lines (rate without tax):"), this);
    form->addRow(mByLines);
    layout->addLayout(form);
    mLinesTable = new QTableWidget(3, ColumnCount, this);
    mLinesTable->setObjectName(QStringLiteral("lines"));
    mLinesTable->setHorizontalHeaderLabels(
        {tr("Description"), tr("Quantity"), tr("Rate"), tr("Tax %")});
    mLinesTable->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    mLinesTable->setTabKeyNavigation(false); // Tab leaves the table (issue 10 item 5)
    layout->addWidget(mLinesTable);
    auto *details = new QFormLayout;
    mReason = new QLineEdit(this);
    mReason->setObjectName(QStringLiteral("reason"));
    details->addRow(tr("&Reason:"), mReason);
    mDate = new DateEdit(QDate::currentDate(), this);
    details->addRow(tr("&Date:"), mDate);
    layout->addLayout(details);
    mProblem = new QLabel(this);
    mProblem->setObjectName(QStringLiteral("problem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(mProblem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mIssue = buttons->addButton(tr("&Issue Credit Note"), QDialogButtonBox::AcceptRole);
    mIssue->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mByAmount, &QRadioButton::toggled, this, &CreditNoteDialog::updateMode);
    setTabOrder(mByAmount, mAmount);
    setTabOrder(mAmount, mByLines);
    setTabOrder(mByLines, mLinesTable);
    setTabOrder(mLinesTable, mReason);
    setTabOrder(mReason, mDate);
    resize(560, 420);
}

void CreditNoteDialog::updateMode()
{
    mAmount->setEnabled(mByAmount->isChecked());
    mLinesTable->setEnabled(mByLines->isChecked());
}

QString CreditNoteDialog::problem() const
{
    return mProblem->text();
}

bool CreditNoteDialog::collectLines(CreditNote &note)
{
    if (mByLines->isChecked())
        return collectTableLines(note);
    auto amount = Money::parseLocale(mAmount->text().trimmed(), mInvoice.currency, QLocale());
    if (!amount) {
        mProblem->setText(tr("Amount: %1").arg(amount.error()));
        return false;
    }
    auto lines = creditLinesForGross(amount->minorUnits(), mInvoice, note.reason);
    if (!lines) {
        mProblem->setText(tr("Amount: %1").arg(lines.error()));
        return false;
    }
    note.lines = *lines;
    return true;
}

bool CreditNoteDialog::collectTableLines(CreditNote &note)
{
    const QLocale locale;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = mLinesTable->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < mLinesTable->rowCount(); ++row) {
        if (text(row, DescriptionColumn).isEmpty() && text(row, RateColumn).isEmpty())
            continue;
        CreditNoteLine line;
        line.description = text(row, DescriptionColumn);
        QStringList problems;
        if (!text(row, QuantityColumn).isEmpty()) {
            auto quantity = Quantity::parse(text(row, QuantityColumn), decimalFormatFor(locale));
            quantity ? void(line.quantity = *quantity) : problems.append(quantity.error());
        }
        auto rate = Money::parseLocale(text(row, RateColumn), mInvoice.currency, locale);
        rate ? void(line.rate = rate->minorUnits()) : problems.append(rate.error());
        if (!text(row, TaxRateColumn).isEmpty()) {
            auto tax = Percentage::parse(text(row, TaxRateColumn), decimalFormatFor(locale));
            tax ? void(line.taxRate = *tax) : problems.append(tax.error());
        }
        auto taxed = problems.isEmpty() ? creditLineWithTax(line) : Result<CreditNoteLine>(line);
        if (!taxed)
            problems.append(taxed.error());
        if (!problems.isEmpty()) {
            mProblem->setText(
                tr("Line %1: %2").arg(row + 1).arg(problems.join(QStringLiteral("; "))));
            return false;
        }
        note.lines.append(*taxed);
    }
    return true;
}

void CreditNoteDialog::accept()
{
    mProblem->clear();
    CreditNote note;
    note.invoiceId = mInvoice.id;
    note.invoiceNumber = mInvoice.number;
    note.reason = mReason->text().trimmed();
    note.date = mDate->date();
    if (!collectLines(note))
        return;
    auto issued = mLedger.issueCreditNote(note);
    if (!issued) {
        mProblem->setText(issued.error());
        return;
    }
    mIssued = *issued;
    QDialog::accept();
}

} // namespace InvoiceDesk
