// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Banking windows (issue 15) to PNG files, on the March books of the bank tests
// with their statement imported and the exact lines matched, in the environment's language:
//   render_banking OUTPUT_DIR
// Run with QT_QPA_PLATFORM=offscreen (render.sh does).
#include "bankaccountsdialog.h"
#include "bankcompany.h"
#include "bankstore.h"
#include "importstatementdialog.h"
#include "reconciler.h"
#include "reconcilewindow.h"
#include "rendersupport.h"
#include "statementimporter.h"

#include <QApplication>
#include <QLineEdit>

#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const auto folder = Screenshots::start(app, argc, argv, "render_banking");
    if (!folder)
        return 2;
    const QDir &out = *folder;
    TestDb t;
    fillBankCompany(*t.ledger);
    const QString camt = t.dir.filePath(QStringLiteral("march.xml"));
    writeFile(camt, toCamt053(marchStatement(QStringLiteral("S1"), {2026, 3, 1}, {2026, 3, 31})));
    BankStore store(*t.db);
    bool ok = true;
    {
        ImportStatementDialog importer(*t.ledger, *t.db);
        importer.setPath(camt);
        ok &= importer.runImport();
        ok &= Screenshots::save(&importer, out, "bank-import");
    }
    ok &= bool(Reconciler(*t.ledger, store).matchAutomatically());
    BankAccountsDialog accounts(*t.ledger, *t.db);
    ok &= Screenshots::save(&accounts, out, "bank-accounts");
    ReconcileWindow reconcile(*t.ledger, *t.db);
    reconcile.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("INV-10"));
    ok &= Screenshots::save(&reconcile, out, "bank-reconcile");
    return ok ? 0 : 1;
}
