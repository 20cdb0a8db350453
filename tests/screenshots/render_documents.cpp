// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders File → Export E-Invoice… (issue 14 item 5) to PNG files in the environment's
// language: ready to export, and refusing an invoice without the customer's country.
//   render_documents OUTPUT_DIR
// Run with QT_QPA_PLATFORM=offscreen (render.sh does).
#include "einvoicedialog.h"
#include "rendersupport.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** A seller with a VAT ID, INV-2026-042 ready for EN 16931 and INV-2026-043 without a country. */
bool fill(Ledger &ledger)
{
    CompanyProfile company;
    company.setValue(QStringLiteral("name"), QStringLiteral("Acme GmbH"));
    company.setValue(QStringLiteral("countryId"), QStringLiteral("DE"));
    company.setValue(QStringLiteral("vatId"), QStringLiteral("DE123456789"));
    company.setValue(QStringLiteral("paymentTerms"), QStringLiteral("30 days net"));
    if (!ledger.saveCompanyProfile(company))
        return false;
    Invoice invoice = sampleInvoice(QStringLiteral("INV-2026-042"));
    invoice.currency = currency("EUR");
    invoice.billing.countryId = QStringLiteral("DE");
    for (LineItem &line : invoice.lines)
        line.taxRate = Percentage::fromScaled(190000);
    if (!ledger.createInvoice(invoice))
        return false;
    invoice.number = QStringLiteral("INV-2026-043");
    invoice.billing.countryId.clear();
    return ledger.createInvoice(invoice).ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Translations::install(app, QLocale::system(), QStringLiteral(INVOICEDESK_QM_DIR));
    if (argc < 2) {
        std::fprintf(stderr, "usage: render_documents OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    TestDb t;
    bool ok = fill(*t.ledger);
    {
        EInvoiceDialog dialog(*t.ledger, QStringLiteral("INV-2026-042"));
        auto *syntax = dialog.findChild<QComboBox *>(QStringLiteral("syntax"));
        syntax->setCurrentIndex(syntax->count() - 1);
        dialog.findChild<QLineEdit *>(QStringLiteral("path"))
            ->setText(QStringLiteral("/home/anna/Invoices/INV-2026-042.pdf"));
        ok &= Screenshots::save(&dialog, out, "einvoice-dialog");
    }
    {
        EInvoiceDialog dialog(*t.ledger, QStringLiteral("INV-2026-043"));
        dialog.findChild<QLineEdit *>(QStringLiteral("path"))
            ->setText(t.dir.filePath(QStringLiteral("INV-2026-043.xml")));
        dialog.exportNow();
        dialog.findChild<QLineEdit *>(QStringLiteral("path"))
            ->setText(QStringLiteral("/home/anna/Invoices/INV-2026-043.xml"));
        ok &= Screenshots::save(&dialog, out, "einvoice-refused");
    }
    return ok ? 0 : 1;
}
