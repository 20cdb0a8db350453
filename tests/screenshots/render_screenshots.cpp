// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every window of the desktop app to PNG files, on a demo database, in the
// environment's language (LANGUAGE=de LC_ALL=de_DE.UTF-8 for German):
//   render_screenshots OUTPUT_DIR
// Run with QT_QPA_PLATFORM=offscreen (render.sh does).
#include "connectionsdialog.h"
#include "database.h"
#include "dateedit.h"
#include "demodata.h"
#include "exportdialog.h"
#include "firstrundialog.h"
#include "importwizard.h"
#include "invoiceeditor.h"
#include "invoicelisting.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "receiptbook.h"
#include "rendersupport.h"
#include "syncpanel.h"
#include "syncsession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace InvoiceDesk;

/** The demo company, with a connection nobody answers on, synced once. */
bool fillDemo(Database &database)
{
    Ledger ledger(database);
    DemoData::Options options;
    options.today = QDate(2026, 11, 22);
    if (!DemoData::fill(ledger, options))
        return false;
    // A connection nobody answers on, so the sync panel has something to show.
    qputenv("SCREENSHOT_TOKEN", "token");
    Connection connection {0, QStringLiteral("Upgrade.Chat CRM"), QStringLiteral("upgradechat"),
        QUrl(QStringLiteral("http://127.0.0.1:9")),
        {{QStringLiteral("tokenEnv"), QStringLiteral("SCREENSHOT_TOKEN")}}};
    if (!ledger.connections().add(connection) || !ledger.assignConnection(1, connection.name)
        || !ledger.assignConnection(3, connection.name))
        return false;
    SystemClock clock;
    SyncSession session(database, clock, SyncPolicy());
    if (!session.engine().start())
        return false;
    session.engine().runOnce();
    return true;
}

/** The payment dialog, one method page after another. */
bool savePaymentPages(MainWindow &window, const QDir &out)
{
    bool ok = true;
    const std::pair<PaymentMethod, const char *> pages[]
        = {{PaymentMethod::Cheque, "payment-cheque"}, {PaymentMethod::CreditCard, "payment-card"},
            {PaymentMethod::Eft, "payment-transfer"}, {PaymentMethod::Upi, "payment-reference"}};
    for (const auto &[method, name] : pages) {
        window.invoiceView()->setCurrentIndex(window.invoiceView()->model()->index(6, 0));
        window.recordPaymentForCurrent();
        auto *dialog = window.findChild<PaymentDialog *>();
        if (!dialog)
            return false;
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("method"));
        combo->setCurrentIndex(combo->findData(int(method)));
        ok &= Screenshots::save(dialog, out, name);
        dialog->reject(); // deletes itself on close
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return ok;
}

/** The import wizard's pages on a file with problems. */
bool saveImportWizard(MainWindow &window, const QTemporaryDir &work, const QDir &out)
{
    bool ok = true;
    const QString bad = work.filePath(QStringLiteral("invoices-to-fix.csv"));
    QFile file(bad);
    file.open(QIODevice::WriteOnly);
    file.write("number;date;currency;billing.company;line.quantity;line.rate;line.description\r\n"
               "W-1;01.02.2026;EUR;Acme;1;10,00;Consulting\r\n"
               "W-2;30.02.2026;EUR;Beta;2;5,005;Licences\r\n"
               "W-3;03.02.2026;EUD;Gamma;1;7,50;Support\r\n");
    file.close();
    {
        // The first page, payments chosen: duplicates may be allowed.
        ImportWizard first(window.ledger(), &window);
        first.findChild<QLineEdit *>(QStringLiteral("path"))
            ->setText(work.filePath(QStringLiteral("bank-statement.csv")));
        first.findChild<QWidget *>(QStringLiteral("payments"))->setProperty("checked", true);
        first.show();
        ok &= Screenshots::save(&first, out, "import-file");
    }
    ImportWizard wizard(window.ledger(), &window);
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(bad);
    wizard.show();
    wizard.next(); // the decimal comma and the dates are found in the file's values
    ok &= Screenshots::save(&wizard, out, "import-format");
    wizard.next();
    ok &= Screenshots::save(&wizard, out, "import-mapping");
    wizard.next();
    ok &= Screenshots::save(&wizard, out, "import-problems");
    wizard.findChild<QWidget *>(QStringLiteral("skipInvalid"))->setProperty("checked", true);
    wizard.next();
    ok &= Screenshots::save(&wizard, out, "import-confirm");
    wizard.close();

    return ok;
}

/** The wizard on another tool's files: a workbook's sheet, a preset, a header-less layout. */
bool saveImportWizardFiles(MainWindow &window, const QDir &out)
{
    bool ok = true;
    const QString data = QStringLiteral(INVOICEDESK_TEST_DATA);
    {
        ImportWizard wizard(window.ledger(), &window);
        wizard.findChild<QLineEdit *>(QStringLiteral("path"))
            ->setText(data + QStringLiteral("/wizard/two-sheets.xlsx"));
        wizard.show();
        wizard.next();
        wizard.findChild<QComboBox *>(QStringLiteral("sheet"))->setCurrentIndex(1);
        ok &= Screenshots::save(&wizard, out, "import-xlsx");
    }
    const auto choose = [](ImportWizard &wizard, const QString &preset) {
        auto *profiles = wizard.findChild<QComboBox *>(QStringLiteral("profiles"));
        profiles->setCurrentIndex(profiles->findText(preset));
        Q_EMIT profiles->textActivated(preset);
    };
    {
        ImportWizard wizard(window.ledger(), &window);
        wizard.findChild<QLineEdit *>(QStringLiteral("path"))
            ->setText(data + QStringLiteral("/presets/xero-sales-invoices.csv"));
        wizard.show();
        wizard.next();
        wizard.next();
        choose(wizard, QStringLiteral("xero"));
        ok &= Screenshots::save(&wizard, out, "import-preset");
    }
    ImportWizard wizard(window.ledger(), &window);
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))
        ->setText(data + QStringLiteral("/presets/gnucash-invoices.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    choose(wizard, QStringLiteral("gnucash"));
    auto *currency = wizard.findChild<QComboBox *>(QStringLiteral("currency"));
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    ok &= Screenshots::save(&wizard, out, "import-headerless");
    return ok;
}

/** The dialogs that open on their own: export, first run, connections. */
bool saveDialogs(MainWindow &window, const QTemporaryDir &work, const QDir &out)
{
    bool ok = true;
    ExportDialog exporter(window.ledger(), true, &window);
    ok &= Screenshots::save(&exporter, out, "export");
    exporter.close();
    // The whole books into a folder: no status, no dates.
    ExportDialog books(window.ledger(), true, &window);
    books.findChild<QRadioButton *>(QStringLiteral("books"))->setChecked(true);
    books.findChild<QLineEdit *>(QStringLiteral("path"))
        ->setText(work.filePath(QStringLiteral("books")));
    ok &= Screenshots::save(&books, out, "export-books");
    books.close();
    // The import wizard's first page given a folder: the whole books.
    ImportWizard booksWizard(window.ledger(), &window);
    booksWizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(work.path());
    booksWizard.show();
    ok &= Screenshots::save(&booksWizard, out, "import-books");
    booksWizard.close();

    FirstRunDialog welcome(work.filePath(QStringLiteral("acme.invoicedesk")));
    ok &= Screenshots::save(&welcome, out, "first-run");
    welcome.close();

    ConnectionsDialog connections(window.ledger(), &window);
    connections.show();
    auto *list = connections.findChild<QListWidget *>(QStringLiteral("connectionList"));
    list->setCurrentRow(0);
    ok &= Screenshots::save(&connections, out, "connections");
    return ok;
}

/** The payment dialog's note on a part payment for a system that takes only whole ones. */
bool saveSyncNote(MainWindow &window, const QDir &out)
{
    Connection crm {0, QStringLiteral("CRM.COM"), QStringLiteral("crmcom"),
        QUrl(QStringLiteral("https://crm.example.com")),
        {{QStringLiteral("username"), QStringLiteral("clerk")},
            {QStringLiteral("passwordEnv"), QStringLiteral("SCREENSHOT_TOKEN")},
            {QStringLiteral("organisation"), QStringLiteral("ACME")}}};
    const qint64 invoiceId = window.invoiceModel()->invoiceId(6);
    if (!window.ledger().connections().add(crm)
        || !window.ledger().assignConnection(invoiceId, crm.name))
        return false;
    PaymentDialog dialog(window.ledger(), invoiceId, &window);
    dialog.findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("200"));
    bool ok = Screenshots::save(&dialog, out, "payment-sync-note");
    dialog.close();
    // A refund asks what it does to the invoice (issue 10 item 7).
    PaymentDialog refund(window.ledger(), invoiceId, &window);
    refund.findChild<QCheckBox *>(QStringLiteral("refund"))->setChecked(true);
    ok &= Screenshots::save(&refund, out, "payment-refund");
    refund.close();
    // Money beyond what is owed is kept as the customer's credit when ticked, and credit the
    // customer has is offered first (issue 13 items 2 and 4).
    ReceiptBook book(window.ledger());
    ReceiptBook::Request credit;
    credit.customer = QStringLiteral("Analytical Engines Ltd");
    credit.date = QDate::currentDate();
    credit.amount = 2000;
    if (auto currency = book.currencyFor(credit.customer, QStringLiteral("GBP")))
        credit.currency = *currency;
    if (!book.receive(credit))
        return false;
    PaymentDialog over(window.ledger(), invoiceId, &window);
    over.findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("600"));
    over.findChild<QCheckBox *>(QStringLiteral("keepAsCredit"))->setChecked(true);
    ok &= Screenshots::save(&over, out, "payment-keep-credit");
    over.close();
    // A credit note on the synced invoice stays here, and the sync panel says so.
    CreditNote note;
    note.invoiceId = invoiceId;
    note.reason = QCoreApplication::translate("Screenshots", "Damaged in transit");
    note.date = QDate::currentDate();
    note.lines = {{note.reason, Quantity::fromWhole(1), 2500, std::nullopt, 0}};
    if (!window.ledger().issueCreditNote(note))
        return false;
    window.showSyncPanel();
    auto *panel = window.findChild<SyncPanel *>();
    panel->refresh();
    auto *groups = panel->findChild<QTabBar *>(QStringLiteral("groups"));
    groups->setCurrentIndex(groups->count() - 1);
    panel->keptView()->selectRow(0);
    ok &= Screenshots::save(panel, out, "sync-panel-kept");
    panel->close();
    return ok;
}

/**
 * The company's tax codes, and a discount on the first line of every invoice (issue 12 item 5),
 * so that the editor shows its Discount and Tax code columns.
 */
void showLineDiscounts(Database &database)
{
    Ledger ledger(database);
    for (const auto &[name, rate] : {std::pair {"VAT 20", "20"}, std::pair {"Sales tax", "7.25"}}) {
        TaxCode code;
        code.name = QString::fromUtf8(name);
        code.rate = *Percentage::parse(QString::fromUtf8(rate));
        (void)ledger.saveTaxCode(code);
    }
    const auto rows = ledger.invoiceListing().rows({}, InvoiceListOrder::Entered);
    for (const InvoiceListRow &row : rows ? *rows : QList<InvoiceListRow>()) {
        auto invoice = ledger.invoice(row.id);
        if (!invoice || !invoice->has_value() || (*invoice)->lines.isEmpty())
            continue;
        // A list price 10 % higher with the difference as the discount: the totals stay, so a paid
        // invoice takes it too.
        Invoice changed = **invoice;
        LineItem &line = changed.lines[0];
        const auto before = line.total();
        const LineItem original = line;
        line.rate += line.rate / 10;
        line.discountAmount = lineTotal(line.quantity, original.rate / 10);
        if (original.rate % 10 != 0 || line.total() != before)
            line = original;
        (void)ledger.updateInvoice(changed); // the lines' tax codes are resolved as it saves
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The catalogues the build compiled, in the environment's language (LANGUAGE=de ...).
    const auto folder = Screenshots::start(app, argc, argv, "render_screenshots");
    if (qEnvironmentVariableIsSet("INVOICEDESK_RTL"))
        QApplication::setLayoutDirection(Qt::RightToLeft); // what -reverse does
    if (!folder)
        return 2;
    const QDir &out = *folder;
    QTemporaryDir work;
    auto database = Database::open(work.filePath(QStringLiteral("demo.invoicedesk")));
    if (!database)
        return 1;
    if (!fillDemo(*database.value()))
        return 1;
    showLineDiscounts(*database.value());
    bool ok = true;
    MainWindow window(std::move(database).value());
    ok &= Screenshots::save(&window, out, "main-window");

    const qint64 invoiceId = window.invoiceModel()->invoiceId(3);
    InvoiceEditor *editor = window.openEditor(invoiceId);
    ok &= Screenshots::save(editor, out, "invoice-editor");
    editor->close();
    InvoiceEditor *fresh = window.openEditor(0);
    ok &= Screenshots::save(fresh, out, "invoice-editor-new");
    fresh->close();

    ok &= savePaymentPages(window, out);
    window.showSyncPanel();
    auto *syncPanel = window.findChild<SyncPanel *>();
    syncPanel->selectRow(0);
    ok &= Screenshots::save(syncPanel, out, "sync-panel");
    syncPanel->close();

    ok &= saveImportWizard(window, work, out);
    ok &= saveImportWizardFiles(window, out);

    // A refused date at its field, in the editor.
    InvoiceEditor *dated = window.openEditor(0);
    auto *date = dated->findChild<DateEdit *>(QStringLiteral("date"));
    date->setFocus();
    date->setText(QLocale().dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('d'))
            ? QStringLiteral("30.02.26")
            : QStringLiteral("02/30/26"));
    Q_EMIT date->editingFinished();
    ok &= Screenshots::save(dated, out, "invoice-editor-date");
    dated->undoStack()->setClean();
    dated->close();

    ok &= saveDialogs(window, work, out);
    ok &= saveSyncNote(window, out); // last: it adds a connection the other windows do not show
    return ok ? 0 : 1;
}
