// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Reports windows (issue 14 items 3, 4) to PNG files, on the books of
// tests/receivablesbooks.h as of 2026-04-30, in the environment's language:
//   render_reports OUTPUT_DIR
// Run with QT_QPA_PLATFORM=offscreen (render.sh does).
#include "agingwindow.h"
#include "receivablesbooks.h"
#include "rendersupport.h"
#include "statementwindow.h"

#include <QApplication>
#include <QComboBox>

#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const auto folder = Screenshots::start(app, argc, argv, "render_reports");
    if (!folder)
        return 2;
    const QDir &out = *folder;
    TestDb t;
    if (!fillReceivables(*t.ledger))
        return 1;
    bool ok = true;
    AgingWindow aging(*t.db);
    aging.setAsOf(QDate(2026, 4, 30));
    ok &= Screenshots::save(&aging, out, "ar-aging");
    StatementWindow statement(*t.db);
    statement.showStatement(QStringLiteral("Acme"), QDate(2026, 1, 1), QDate(2026, 4, 30));
    statement.currencies()->setCurrentIndex(
        statement.currencies()->findText(QStringLiteral("USD")));
    ok &= Screenshots::save(&statement, out, "customer-statement");
    return ok ? 0 : 1;
}
