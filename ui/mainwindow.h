// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QThread;
class QTimer;
class QToolBar;

namespace InvoiceDesk {

class Database;
class InvoiceListModel;
class InvoiceListView;
class InvoiceListDecorator;
class Ledger;
class SyncWorker;

/**
 * The main window: the invoice list with its filters, menus with standard
 * shortcuts, and a status bar with counts and the sync state.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    InvoiceListModel *invoiceModel() const { return mModel; }
    Database &database() const { return *mDatabase; }
    Ledger &ledger() const { return *mLedger; }
    InvoiceListView *invoiceView() const { return mView; }
    QLineEdit *filterEdit() const { return mFilterEdit; }

    /** Opens the editor on an invoice (0 for a new one) and returns it. */
    class InvoiceEditor *openEditor(qint64 invoiceId);
    /** The invoice of the current row, or 0. */
    qint64 currentInvoiceId() const;

Q_SIGNALS:
    /** A sync pass in the background ended (whatever its outcome). */
    void syncPassFinished();

public Q_SLOTS:
    void refresh();
    void newInvoice();
    void editCurrent();
    void deleteCurrent();
    void recordPaymentForCurrent();
    void syncNow();
    void showSyncPanel();
    void showConnections();
    void backUp();
    void restore();

private:
    void createActions();
    void createFileMenu();
    QToolBar *createInvoiceMenu();
    void createSyncMenu(QToolBar *tools);
    void createViewMenu();
    void createFilterBar();
    void setDatabase(std::unique_ptr<Database> database);
    /** The filter the controls show, read here and now (a file just opened). */
    void applyFilter();
    /** The same, read in the background while the list stays (a person changing it). */
    void requestFilter();
    void showAppliedFilter();
    void updateStatusBar();
    QString syncStatusText();
    void openDatabase();
    void importCsv(bool invoices);
    void exportCsv(bool invoices);
    void showAbout();
    void startSync();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void stopSync();
    void updateOnlineState();
    /** Record Payment (Ctrl+Shift+P) only where the invoice takes one: not when cancelled. */
    void updatePaymentAction();

    std::unique_ptr<Database> mDatabase;
    std::unique_ptr<Ledger> mLedger;
    InvoiceListModel *mModel = nullptr;
    InvoiceListDecorator *mDecorator = nullptr;
    InvoiceListView *mView = nullptr;
    QLineEdit *mFilterEdit = nullptr;
    QComboBox *mStatusFilter = nullptr;
    QCheckBox *mOverdueOnly = nullptr;
    QTimer *mFilterDelay = nullptr;
    bool mNewFilterRequested = false; ///< until the model shows it: then the list's top
    QLabel *mCountLabel = nullptr;
    QLabel *mSyncLabel = nullptr;
    QLabel *mOnlineLabel = nullptr;
    QProgressBar *mSyncProgress = nullptr;
    QThread *mSyncThread = nullptr;
    SyncWorker *mSyncWorker = nullptr;
    QString mLastSync;
};

} // namespace InvoiceDesk
