// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTabBar;
class QTableView;

namespace InvoiceDesk {

class Database;
class SyncOperationsModel;
class SyncStore;

/**
 * Every sync operation with its state, attempts, next try and the server's
 * own message, grouped as "Needs your decision", "Rejected", "Waiting for
 * sign-in" and "Conflicts"; the exact request and response of each attempt;
 * and the decisions only a person may take.
 */
class SyncPanel : public QDialog
{
    Q_OBJECT

public:
    SyncPanel(Database &database, QWidget *parent = nullptr);
    ~SyncPanel() override;

    SyncOperationsModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    /** What stays here because the remote systems cannot take it (the "Kept Here" tab). */
    QTableView *keptView() const { return mKeptView; }
    void selectRow(int row);

public Q_SLOTS:
    void refresh();
    void retrySelected();
    void confirmThere();
    void confirmNotThere();
    void discardSelected();
    /** Sync verify: the books against every remote, by marker. */
    void verifyWithRemote();

Q_SIGNALS:
    void editInvoiceRequested(qint64 invoiceId);
    /** A connection cannot run: the person wants to fix it in the Connections dialog. */
    void connectionsRequested();
    void changed();

private:
    QSplitter *createViews();
    QHBoxLayout *createButtons();
    void connectButtons();
    QString selectedOp() const;
    void updateDetails();
    void groupChanged(int index);
    void fillKeptHere();
    bool showsKeptHere() const;

    Database &mDatabase;
    std::unique_ptr<SyncStore> mStore;
    SyncOperationsModel *mModel;
    QTabBar *mGroups;
    QTableView *mView;
    QTableView *mKeptView;
    QStandardItemModel *mKept;
    QPlainTextEdit *mDetails;
    QLabel *mHint;
    QPushButton *mRetry;
    QPushButton *mThere;
    QPushButton *mNotThere;
    QPushButton *mEdit;
    QPushButton *mDiscard;
    QPushButton *mConnections;
    QPushButton *mVerify;
};

} // namespace InvoiceDesk
