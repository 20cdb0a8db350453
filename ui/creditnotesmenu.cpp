// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnotesmenu.h"
#include "creditnotedialog.h"
#include "creditnotespanel.h"
#include "documentactions.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "messagetext.h"
#include "receipt.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace InvoiceDesk::CreditNotesMenu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvoiceDesk::CreditNotesMenu", text);
}

} // namespace

void updateActions(MainWindow *window)
{
    const QModelIndex current = window->invoiceView()->currentIndex();
    const int status = current.isValid() ? current.data(InvoiceListModel::StatusRole).toInt() : -1;
    if (auto *credit = window->findChild<QAction *>(QStringLiteral("creditNoteAction")))
        credit->setEnabled(status != -1 && status != int(InvoiceStatus::Draft)
            && status != int(InvoiceStatus::Cancelled));
    if (auto *reopen = window->findChild<QAction *>(QStringLiteral("reopenAction")))
        reopen->setEnabled(status == int(InvoiceStatus::Cancelled));
}

namespace {

void installPanel(MainWindow *window)
{
    auto *panel = new CreditNotesPanel(window->centralWidget());
    panel->hide();
    window->centralWidget()->layout()->addWidget(panel);
    DocumentActions::addTo(window, panel);
    auto *toggle = new QCheckBox(tr("Show credit &notes"), window);
    toggle->setObjectName(QStringLiteral("showCreditNotes"));
    if (auto *bar = window->findChild<QToolBar *>(QStringLiteral("filterBar")))
        bar->addWidget(toggle);
    // With the filter bar's other controls, before the list (it came after the list).
    if (auto *overdue = window->findChild<QCheckBox *>(QStringLiteral("overdueOnly")))
        QWidget::setTabOrder(overdue, toggle);
    QObject::connect(toggle, &QCheckBox::toggled, panel, [window, panel](bool on) {
        panel->setVisible(on);
        if (on)
            panel->refresh(window->ledger());
    });
}

} // namespace

void install(MainWindow *window)
{
    auto *payment = window->findChild<QAction *>(QStringLiteral("recordPaymentAction"));
    QMenu *menu = nullptr;
    for (QObject *object : payment ? payment->associatedObjects() : QObjectList()) {
        if ((menu = qobject_cast<QMenu *>(object)))
            break;
    }
    auto *credit = new QAction(tr("Credi&t Note…"), window);
    credit->setObjectName(QStringLiteral("creditNoteAction"));
    QObject::connect(credit, &QAction::triggered, window, [window] { creditCurrent(window); });
    auto *reopen = new QAction(tr("Re&open Invoice"), window);
    reopen->setObjectName(QStringLiteral("reopenAction"));
    QObject::connect(reopen, &QAction::triggered, window, [window] { reopenCurrent(window); });
    if (menu)
        menu->addActions({credit, reopen});
    // The list's context menu: its own actions (Edit, Delete or Cancel) and these.
    InvoiceListView *view = window->invoiceView();
    view->addActions({credit, reopen});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    installPanel(window);
}

void refreshPanel(MainWindow *window)
{
    auto *panel = window->findChild<CreditNotesPanel *>();
    if (panel && panel->isVisible())
        panel->refresh(window->ledger());
}

void creditCurrent(MainWindow *window)
{
    const qint64 id = window->currentInvoiceId();
    auto *action = window->findChild<QAction *>(QStringLiteral("creditNoteAction"));
    if (!id || (action && !action->isEnabled()))
        return;
    auto *dialog = new CreditNoteDialog(window->ledger(), id, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, window, &MainWindow::refresh);
    dialog->open();
}

void reopenCurrent(MainWindow *window)
{
    const qint64 id = window->currentInvoiceId();
    if (!id)
        return;
    if (auto s = window->ledger().reopenInvoice(id); !s)
        QMessageBox::warning(window, tr("Cannot Reopen"), asSentence(s.error()));
    window->refresh();
}

} // namespace InvoiceDesk::CreditNotesMenu

namespace InvoiceDesk::CreditNotesMenu {

namespace {

/** Asks what becomes of the money held; false when the person keeps the invoice as it is. */
bool askSettlement(MainWindow *window, const InvoiceHeader &invoice, CancelSettlement &settlement)
{
    const QString held = Money::fromMinorUnits(invoice.paid - invoice.refunded, invoice.currency)
                             .toLocaleString(window->locale())
        + QLatin1Char(' ') + invoice.currency.code();
    QMessageBox money(QMessageBox::Question, tr("Cancel Invoice"),
        tr("Invoice %1 holds %2 of payments, so it cannot be deleted. Before it is cancelled: "
           "is the money refunded, or kept as the customer's credit?")
            .arg(invoice.number, held),
        QMessageBox::NoButton, window);
    QPushButton *refund = money.addButton(tr("&Refund It…"), QMessageBox::ActionRole);
    QPushButton *keep = money.addButton(tr("&Keep as Credit"), QMessageBox::ActionRole);
    QPushButton *stop = money.addButton(tr("&Don't Cancel"), QMessageBox::RejectRole);
    money.setDefaultButton(stop);
    money.exec();
    if (money.clickedButton() == keep) {
        settlement.money = CancelSettlement::Money::KeepAsCredit;
        return true;
    }
    if (money.clickedButton() != refund)
        return false;
    QMessageBox credited(QMessageBox::Question, tr("Refund"),
        tr("%1 goes back to the customer. Is invoice %2 credited (a credit note: nothing is "
           "owed) or owed again (Pending, overdue once due)?")
            .arg(held, invoice.number),
        QMessageBox::NoButton, window);
    QPushButton *credit = credited.addButton(tr("&Credit the Invoice"), QMessageBox::ActionRole);
    QPushButton *owed = credited.addButton(tr("&Owed Again"), QMessageBox::ActionRole);
    QPushButton *back = credited.addButton(QMessageBox::Cancel);
    credited.setDefaultButton(back);
    credited.exec();
    if (credited.clickedButton() != credit && credited.clickedButton() != owed)
        return false;
    settlement.money = CancelSettlement::Money::Refund;
    settlement.credited = credited.clickedButton() == credit;
    settlement.refund = window->ledger().refundMethodFor(invoice.id);
    return true;
}

} // namespace

bool cancelInvoice(MainWindow *window, qint64 id)
{
    auto header = window->ledger().invoices().header(id);
    if (!header || !header->has_value())
        return false;
    const InvoiceHeader invoice = **header;
    CancelSettlement settlement;
    if (invoice.paid - invoice.refunded > 0) {
        if (!askSettlement(window, invoice, settlement))
            return false;
    } else if (QMessageBox::question(window, tr("Cancel Invoice"),
                   tr("Invoice %1 has payments, so it cannot be deleted. Cancel it instead?")
                       .arg(invoice.number),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return false;
    }
    if (auto s = window->ledger().cancelInvoice(id, settlement); !s) {
        QMessageBox::warning(window, tr("Cannot Cancel"), asSentence(s.error()));
        return false;
    }
    window->refresh();
    return true;
}

} // namespace InvoiceDesk::CreditNotesMenu
