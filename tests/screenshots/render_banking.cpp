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
#include "statementimporter.h"
#include "translations.h"

#include <QApplication>
#include <QLineEdit>

#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

bool save(QWidget *widget, const QDir &dir, const char *name)
{
    widget->show();
    QApplication::processEvents();
    const QString path = dir.filePath(QLatin1String(name) + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Translations::install(app, QLocale::system(), QStringLiteral(INVOICEDESK_QM_DIR));
    if (argc < 2) {
        std::fprintf(stderr, "usage: render_banking OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
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
        ok &= save(&importer, out, "bank-import");
    }
    ok &= bool(Reconciler(*t.ledger, store).matchAutomatically());
    BankAccountsDialog accounts(*t.ledger, *t.db);
    ok &= save(&accounts, out, "bank-accounts");
    ReconcileWindow reconcile(*t.ledger, *t.db);
    reconcile.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("INV-10"));
    ok &= save(&reconcile, out, "bank-reconcile");
    return ok ? 0 : 1;
}
