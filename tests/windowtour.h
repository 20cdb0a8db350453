// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens every window and dialog of the desktop app, each in every state that shows other
// widgets (editor tabs, payment method pages, wizard pages, connection kinds), for the tests
// that check what all of them have in common: mnemonics and tab order (issue 10).
#pragma once

#include "agingwindow.h"
#include "connectionsdialog.h"
#include "creditnotedialog.h"
#include "customerdialog.h"
#include "customerswindow.h"
#include "einvoicedialog.h"
#include "exportdialog.h"
#include "firstrundialog.h"
#include "importwizard.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "lineitemsmodel.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "receiptbook.h"
#include "receivepaymentwindow.h"
#include "statementwindow.h"
#include "syncpanel.h"
#include "taxcodesdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>

#include <functional>

namespace InvoiceDesk::Test {

/** One state of one window: its name ("payment dialog, Cheque") and the window, shown. */
struct WindowState
{
    QString name;
    QWidget *window = nullptr;
};

/**
 * A company file with an invoice, a payment and a connection, the main window over it, and
 * a way to visit every window in every state. Windows are created in the current language.
 */
class WindowTour
{
public:
    WindowTour()
    {
        mPath = mDir.filePath(str("tour.invoicedesk"));
        {
            auto db = Database::open(mPath);
            Ledger ledger(*db.value());
            Connection connection {0, str("crm"), str("upgradechat"),
                QUrl(str("https://crm.example.com")), {{str("tokenEnv"), str("UC_TOKEN")}}};
            (void)ledger.connections().add(connection);
            mInvoiceId = ledger.createInvoice(sampleInvoice())->id;
            (void)ledger.recordPayment(samplePayment(str("INV-1"), 1000));
        }
        mCsv = mDir.filePath(str("bad.csv"));
        writeFile(mCsv,
            "number,date,currency,billing.company,line.quantity,line.rate,line.description\r\n"
            "W-1,2026-02-01,EUR,Acme,1,10.00,One\r\n"
            "W-2,2026-02-30,EUR,Beta,2,5.00,Two\r\n");
        main = std::make_unique<MainWindow>(std::move(Database::open(mPath)).value());
    }
    ~WindowTour()
    {
        // Editors ask about unsaved changes on close; nothing here is worth keeping.
        for (InvoiceEditor *editor : main->findChildren<InvoiceEditor *>())
            editor->undoStack()->setClean();
        main.reset(); // before its folder goes
    }

    /** Calls `visit` with every state of every window, one at a time. */
    void visitAll(const std::function<void(const WindowState &)> &visit)
    {
        main->show();
        visit({str("main window"), main.get()});
        visitEditor(visit);
        visitPaymentDialog(visit);
        {
            CreditNoteDialog dialog(main->ledger(), mInvoiceId, main.get());
            dialog.show();
            visit({str("credit note dialog"), &dialog});
        }
        visitReceivePayment(visit);
        visitCustomers(visit);
        visitWizard(visit);
        {
            ExportDialog dialog(main->ledger(), true, main.get());
            dialog.show();
            visit({str("export dialog"), &dialog});
        }
        {
            EInvoiceDialog dialog(main->ledger(), str("INV-1"), main.get());
            dialog.show();
            visit({str("e-invoice dialog"), &dialog});
        }
        {
            TaxCodesDialog dialog(main->ledger(), main.get());
            dialog.show();
            visit({str("tax codes dialog"), &dialog});
        }
        visitConnections(visit);
        {
            SyncPanel panel(main->database(), main.get());
            panel.show();
            visit({str("sync panel"), &panel});
        }
        {
            AgingWindow aging(main->database(), main.get());
            aging.show();
            visit({str("A/R aging"), &aging});
            StatementWindow statement(main->database(), main.get());
            statement.show();
            visit({str("customer statement"), &statement});
        }
        {
            FirstRunDialog dialog(mDir.filePath(str("new.invoicedesk")));
            dialog.show();
            visit({str("first-run dialog"), &dialog});
        }
    }

    std::unique_ptr<MainWindow> main;

private:
    void visitEditor(const std::function<void(const WindowState &)> &visit)
    {
        InvoiceEditor *editor = main->openEditor(mInvoiceId);
        auto *tabs = editor->findChild<QTabWidget *>(str("addressTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            visit({str("invoice editor, tab %1").arg(tabs->tabText(i)), editor});
        }
        editor->close();
        delete editor;
    }

    void visitPaymentDialog(const std::function<void(const WindowState &)> &visit)
    {
        PaymentDialog dialog(main->ledger(), mInvoiceId, main.get());
        dialog.show();
        auto *method = dialog.findChild<QComboBox *>(str("method"));
        for (PaymentMethod choice : {PaymentMethod::Cheque, PaymentMethod::CreditCard,
                 PaymentMethod::Eft, PaymentMethod::Upi}) {
            method->setCurrentIndex(method->findData(int(choice)));
            visit({str("payment dialog, %1").arg(method->currentText()), &dialog});
        }
    }

    void visitReceivePayment(const std::function<void(const WindowState &)> &visit)
    {
        ReceivePaymentWindow window(main->ledger(), main.get());
        window.show();
        window.setCustomer(str("Analytical Engines Ltd"));
        auto *method = window.findChild<QComboBox *>(str("method"));
        for (PaymentMethod choice : {PaymentMethod::Cheque, PaymentMethod::CreditCard,
                 PaymentMethod::Eft, PaymentMethod::Upi}) {
            method->setCurrentIndex(method->findData(int(choice)));
            visit({str("receive payment, %1").arg(method->currentText()), &window});
        }
    }

    void visitCustomers(const std::function<void(const WindowState &)> &visit)
    {
        {
            CustomersWindow window(main->ledger(), main.get());
            window.show();
            visit({str("customers window"), &window});
        }
        ReceiptBook book(main->ledger());
        CustomerDialog dialog(book, Customer(), main.get());
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(str("addressTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            visit({str("customer dialog, tab %1").arg(tabs->tabText(i)), &dialog});
        }
    }

    void visitWizard(const std::function<void(const WindowState &)> &visit)
    {
        ImportWizard wizard(main->ledger(), main.get());
        wizard.show();
        wizard.findChild<QLineEdit *>(str("path"))->setText(mCsv);
        const char *names[] = {"file", "format", "mapping", "problems", "confirmation"};
        for (const char *name : names) {
            visit({str("import wizard, %1 page").arg(QLatin1String(name)), &wizard});
            wizard.next();
            if (wizard.currentId() == ImportWizard::CheckPage)
                wizard.findChild<QWidget *>(str("skipInvalid"))
                    ->setProperty("checked", true); // so that Next leads on
        }
        QTRY_VERIFY(wizard.currentId() == ImportWizard::SummaryPage);
        visit({str("import wizard, summary page"), &wizard});
    }

    void visitConnections(const std::function<void(const WindowState &)> &visit)
    {
        ConnectionsDialog dialog(main->ledger(), main.get());
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(str("kind"));
        for (int i = 0; i < kind->count(); ++i) {
            kind->setCurrentIndex(i);
            visit({str("connections, %1").arg(kind->currentText()), &dialog});
        }
    }

    QTemporaryDir mDir;
    QString mPath;
    QString mCsv;
    qint64 mInvoiceId = 0;
};

} // namespace InvoiceDesk::Test
