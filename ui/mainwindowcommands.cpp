// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's commands beyond the list itself: payments, deletion, open, import, export,
// back up, restore, about, the sync panel and the Connections dialog.
#include "companyfileupdate.h"
#include "connectionsdialog.h"
#include "creditnotesmenu.h"
#include "exportdialog.h"
#include "importwizard.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "remotelimits.h"
#include "syncpanel.h"

#include "database.h"
#include "ledger.h"
#include "messagetext.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRadioButton>
#include <QStatusBar>

namespace InvoiceDesk {

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Company File"),
        QFileInfo(mDatabase->path()).absolutePath(),
        tr("InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = openCompanyFile(path, this);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot Open Company File"), asSentence(opened.error()));
        return;
    }
    setDatabase(std::move(opened).value());
}

void MainWindow::importCsv(bool invoices)
{
    auto *wizard = new ImportWizard(*mLedger, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->options().kind = invoices ? ImportKind::Invoices : ImportKind::Payments;
    if (!invoices)
        wizard->findChild<QRadioButton *>(QStringLiteral("payments"))->setChecked(true);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refresh);
    wizard->show();
}

void MainWindow::exportCsv(bool invoices)
{
    auto *dialog = new ExportDialog(*mLedger, invoices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::backUp()
{
    const QString suggested = QFileInfo(mDatabase->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(mDatabase->path()).completeBaseName()
        + QDate::currentDate().toString(QStringLiteral("-yyyy-MM-dd"))
        + QStringLiteral(".backup.invoicedesk");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up"), suggested, tr("InvoiceDesk backups (*.invoicedesk)"));
    if (path.isEmpty())
        return;
    QFile::remove(path); // the dialog already asked before overwriting
    if (auto done = mDatabase->backupTo(path); !done)
        QMessageBox::critical(this, tr("Back Up"), asSentence(done.error()));
    else
        statusBar()->showMessage(tr("Backed up to %1.").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::restore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a Backup"),
        QFileInfo(mDatabase->path()).absolutePath(),
        tr("InvoiceDesk backups (*.invoicedesk *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    int pending = 0;
    if (const auto counts = mLedger->outbox().activeCountsByState()) {
        for (const int count : *counts)
            pending += count;
    }
    const QString warning = pending == 0 ? QString()
        : pending == 1
        ? tr("<p><b>1 sync operation has not finished.</b> Restoring replaces it with the "
             "backup's: what it carried may be sent again or never. Finish syncing first "
             "if you can.</p>")
        : tr("<p><b>%n sync operations have not finished.</b> Restoring replaces them with the "
             "backup's: what they carried may be sent again or never. Finish syncing first "
             "if you can.</p>",
            nullptr, pending);
    if (QMessageBox::warning(this, tr("Restore from a Backup"),
            warning
                + tr("<p>Replace everything in this company file with %1? The current data is kept "
                     "in a copy beside the file.</p>")
                      .arg(QFileInfo(path).fileName().toHtmlEscaped()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    stopSync();
    auto restored = mDatabase->restoreFrom(path);
    startSync();
    if (!restored) {
        QMessageBox::critical(this, tr("Restore from a Backup"), asSentence(restored.error()));
        return;
    }
    refresh();
    statusBar()->showMessage(tr("Restored from %1; the replaced data is in %2.")
                                 .arg(QFileInfo(path).fileName(), QFileInfo(*restored).fileName()),
        15000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InvoiceDesk"),
        tr("<h3>InvoiceDesk %1</h3><p>Offline invoice and payment entry for bookkeepers, "
           "with CSV import and export and sync to remote invoicing systems.</p>"
           "<p>Company file: %2</p>")
            .arg(QApplication::applicationVersion(), mDatabase->path().toHtmlEscaped()));
}

void MainWindow::updatePaymentAction()
{
    auto *action = findChild<QAction *>(QStringLiteral("recordPaymentAction"));
    if (!action)
        return;
    const QModelIndex current = mView->currentIndex();
    const int status = current.isValid() ? current.data(InvoiceListModel::StatusRole).toInt() : -1;
    const bool cancelled = status == int(InvoiceStatus::Cancelled);
    const bool credited = status == int(InvoiceStatus::Refunded); // credited in full: owes nothing
    // Issue 10: the command is off where the payment would be refused, and says why.
    action->setEnabled(current.isValid() && !cancelled && !credited);
    action->setToolTip(cancelled ? tr("A cancelled invoice takes no payments")
            : credited           ? tr("An invoice credited in full takes no payments")
                                 : action->text().remove(u'&'));
    CreditNotesMenu::updateActions(this);
}

void MainWindow::recordPaymentForCurrent()
{
    const qint64 id = currentInvoiceId();
    auto *action = findChild<QAction *>(QStringLiteral("recordPaymentAction"));
    if (!id || (action && !action->isEnabled()))
        return;
    auto *dialog = new PaymentDialog(*mLedger, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::deleteCurrent()
{
    const qint64 id = currentInvoiceId();
    if (!id)
        return;
    auto invoice = mLedger->invoice(id);
    auto payments = mLedger->payments(id);
    if (!invoice || !invoice->has_value() || !payments)
        return;
    const QString number = (*invoice)->number;
    if (payments->isEmpty()) {
        // No is the default: Enter alone never deletes (issue 10).
        QString question = tr("Delete invoice %1? The audit log keeps a copy.").arg(number);
        const QString limit = remoteLimitNote(
            *mLedger, (*invoice)->connectionName, RemoteOperation::DeleteInvoice, number);
        if (!limit.isEmpty())
            question += QStringLiteral("\n\n") + limit;
        if (QMessageBox::question(this, tr("Delete Invoice"), question,
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        if (auto deleted = mLedger->deleteInvoice(id); !deleted)
            QMessageBox::warning(this, tr("Cannot Delete"), asSentence(deleted.error()));
    } else {
        if ((*invoice)->lifecycle == InvoiceLifecycle::Cancelled)
            return;
        // Issue 10 item 7: asks what becomes of the money before cancelling.
        CreditNotesMenu::cancelInvoice(this, id);
    }
    refresh();
}

void MainWindow::showSyncPanel()
{
    auto *panel = findChild<SyncPanel *>();
    if (!panel) {
        panel = new SyncPanel(*mDatabase, this);
        panel->setAttribute(Qt::WA_DeleteOnClose);
        connect(panel, &SyncPanel::changed, this, [this] {
            refresh();
            syncNow();
        });
        connect(panel, &SyncPanel::connectionsRequested, this, &MainWindow::showConnections);
        connect(panel, &SyncPanel::editInvoiceRequested, this, [this](qint64 id) {
            if (id)
                openEditor(id);
        });
    }
    panel->refresh();
    panel->show();
    panel->raise();
}

void MainWindow::showConnections()
{
    auto *dialog = findChild<ConnectionsDialog *>();
    if (!dialog) {
        dialog = new ConnectionsDialog(*mLedger, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConnectionsDialog::connectionsChanged, this, [this] {
            refresh();
            syncNow();
        });
    }
    dialog->show();
    dialog->raise();
}

InvoiceEditor *MainWindow::openEditor(qint64 invoiceId)
{
    auto *editor = new InvoiceEditor(*mLedger, invoiceId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &InvoiceEditor::saved, this, &MainWindow::refresh);
    editor->show();
    editor->activateWindow();
    return editor;
}

void MainWindow::newInvoice()
{
    openEditor(0);
}

void MainWindow::editCurrent()
{
    if (const qint64 id = currentInvoiceId())
        openEditor(id);
}

} // namespace InvoiceDesk
