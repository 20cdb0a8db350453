// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace InvoiceDesk {

class BankLinesModel;
class BankStore;
class Database;
class KeyboardTableView;
class Ledger;
class Matcher;
class MatchCandidatesModel;
class Reconciler;
struct BankLine;
struct MatchCandidate;

/**
 * Banking > Reconcile (issue 15, item 4): the statement lines of an account (unmatched first)
 * beside the candidates of the current line with their scores and reasons, the statement and
 * book balances and their difference at the top. Keyboard only: the arrow keys walk the lines
 * (Tab moves to the candidates), Enter accepts the current candidate, Alt+S skips to the next
 * unmatched line, Ctrl+F searches the open invoices (Enter on one records the line as its
 * payment), Ctrl+Z undoes the current line's match, Alt+E matches every exact one.
 */
class ReconcileWindow : public QDialog
{
    Q_OBJECT

public:
    ReconcileWindow(Ledger &ledger, Database &database, QWidget *parent = nullptr);
    ~ReconcileWindow() override;

    /** Reads the accounts, lines and payments again, keeping the current line when it can. */
    void reload();
    /** Accepts the current candidate of the current line; false (with why) when it cannot. */
    bool acceptCurrent();
    /** Moves to the next unmatched line after the current one. */
    void skip();
    /** Undoes the current line's match. */
    bool undoCurrent();
    /** Records the current line as a payment for the invoice chosen in the search results. */
    bool recordForChosenInvoice();
    bool recordReceipt(const BankLine &line, const MatchCandidate &candidate);
    void matchExact();
    QString message() const;

Q_SIGNALS:
    /** Payments were matched, recorded or unmatched: other windows may show them anew. */
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    QHBoxLayout *buildBalances();
    QWidget *buildCandidatesPane();
    QDialogButtonBox *buildButtons();
    void connectSignals();
    void loadAccount();
    void showCandidates();
    void showBalances();
    void searchInvoices(const QString &text);
    void selectLine(int row);
    std::optional<qint64> currentAccountId() const;
    void showOutcome(const QString &message, std::optional<qint64> nextAfterLine = std::nullopt);
    void fail(const QString &message);

    Ledger &mLedger;
    std::unique_ptr<BankStore> mStore;
    std::unique_ptr<Reconciler> mReconciler;
    std::unique_ptr<Matcher> mMatcher;
    BankLinesModel *mLines = nullptr;
    MatchCandidatesModel *mCandidates = nullptr;
    QComboBox *mAccount = nullptr;
    QLabel *mStatementBalance = nullptr;
    QLabel *mBookBalance = nullptr;
    QLabel *mDifference = nullptr;
    KeyboardTableView *mLineView = nullptr;
    KeyboardTableView *mCandidateView = nullptr;
    QLabel *mNotes = nullptr;
    QLabel *mWhy = nullptr; ///< the current candidate's reasons
    QLineEdit *mSearch = nullptr;
    QListWidget *mInvoices = nullptr;
    QPushButton *mAccept = nullptr;
    QPushButton *mSkip = nullptr;
    QPushButton *mUndo = nullptr;
    QPushButton *mExact = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace InvoiceDesk
