// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creditnote.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace InvoiceDesk {

class DateEdit;
class Ledger;

/**
 * Issues a credit note on one invoice (issue 13 item 3): a gross amount split over the invoice's
 * tax rates, or lines typed with their net rate and tax rate; a reason and a date. What is
 * beyond what the invoice owes becomes the customer's credit, as the dialog says before.
 */
class CreditNoteDialog : public QDialog
{
    Q_OBJECT

public:
    CreditNoteDialog(Ledger &ledger, qint64 invoiceId, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return mAmount; }
    QLineEdit *reasonEdit() const { return mReason; }
    QTableWidget *linesTable() const { return mLinesTable; }
    QRadioButton *linesChoice() const { return mByLines; }
    /** The problem shown after a refused Issue, empty when none. */
    QString problem() const;
    /** The credit note issued, once accepted. */
    const CreditNote &issued() const { return mIssued; }

public Q_SLOTS:
    void accept() override;

private:
    void buildLayout();
    void updateMode();
    /** The lines typed (amount or table); false with the problem shown when one does not parse. */
    bool collectLines(CreditNote &note);
    bool collectTableLines(CreditNote &note);

    Ledger &mLedger;
    Invoice mInvoice;
    qint64 mOwed = 0;
    CreditNote mIssued;
    QLabel *mSummary = nullptr;
    QRadioButton *mByAmount = nullptr;
    QRadioButton *mByLines = nullptr;
    QLineEdit *mAmount = nullptr;
    QTableWidget *mLinesTable = nullptr;
    QLineEdit *mReason = nullptr;
    DateEdit *mDate = nullptr;
    QLabel *mProblem = nullptr;
    QPushButton *mIssue = nullptr;
};

} // namespace InvoiceDesk
