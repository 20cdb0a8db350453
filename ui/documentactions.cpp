// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"
#include "companydialog.h"
#include "creditnotespanel.h"
#include "einvoicedialog.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "taxcodesdialog.h"

#include "documentrenderer.h"
#include "documentsource.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include <memory>
#include <vector>

namespace InvoiceDesk::DocumentActions {

namespace {

/** The documents of `numbers`, kept alive for as long as the batch is. */
struct Batch
{
    std::vector<std::unique_ptr<InvoiceDocument>> owned;
    QList<const InvoiceDocument *> documents;
    QString html;
};

/** Loads the invoices; false (after telling the bookkeeper) when one cannot be. */
bool load(QWidget *parent, Ledger &ledger, const QStringList &numbers, Batch &batch)
{
    if (numbers.isEmpty()) {
        QMessageBox::information(parent, QCoreApplication::translate("DocumentActions", "Print"),
            QCoreApplication::translate(
                "DocumentActions", "Select the invoices or credit notes to print first."));
        return false;
    }
    const auto html = DocumentRenderer::loadTemplate(QStringLiteral("default"));
    if (!html) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("DocumentActions", "Print"), html.error());
        return false;
    }
    batch.html = *html;
    for (const QString &number : numbers) {
        auto data = DocumentSource::forNumber(ledger, number);
        if (!data) {
            QMessageBox::warning(
                parent, QCoreApplication::translate("DocumentActions", "Print"), data.error());
            return false;
        }
        batch.owned.push_back(std::make_unique<InvoiceDocument>(*data));
        batch.documents.append(batch.owned.back().get());
    }
    return true;
}

} // namespace

QStringList selectedNumbers(MainWindow *window)
{
    auto *panel = window->findChild<CreditNotesPanel *>();
    if (panel && panel->isVisible() && window->focusWidget() == panel->view())
        return panel->selectedNumbers();
    QStringList numbers;
    const auto rows = window->invoiceView()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        auto invoice = window->ledger().invoice(window->invoiceModel()->invoiceId(row.row()));
        if (invoice && invoice->has_value())
            numbers.append((*invoice)->number);
    }
    return numbers;
}

namespace {

/** The editor's invoice as stored, saved first when it has changes; empty when it is not. */
QStringList editorNumber(InvoiceEditor *editor, Ledger &ledger)
{
    if ((editor->isModified() || editor->invoiceId() == 0) && !editor->save())
        return {};
    auto invoice = ledger.invoice(editor->invoiceId());
    return invoice && invoice->has_value() ? QStringList {(*invoice)->number} : QStringList {};
}

} // namespace

void print(QWidget *parent, Ledger &ledger, const QStringList &numbers)
{
    Batch batch;
    if (!load(parent, ledger, numbers, batch))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = DocumentRenderer::print(batch.documents, batch.html, printer); !s)
        QMessageBox::warning(
            parent, QCoreApplication::translate("DocumentActions", "Print"), s.error());
}

void preview(QWidget *parent, Ledger &ledger, const QStringList &numbers)
{
    Batch batch;
    if (!load(parent, ledger, numbers, batch))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, parent, [&batch](QPrinter *device) {
            // The preview shows what could be drawn; a printer that cannot start shows nothing.
            static_cast<void>(DocumentRenderer::print(batch.documents, batch.html, *device));
        });
    dialog.exec();
}

void exportPdf(QWidget *parent, Ledger &ledger, const QStringList &numbers)
{
    Batch batch;
    if (!load(parent, ledger, numbers, batch))
        return;
    bool eachOwnFile = false;
    if (numbers.size() > 1) {
        QMessageBox ask(QMessageBox::Question,
            QCoreApplication::translate("DocumentActions", "Export PDF"),
            QCoreApplication::translate("DocumentActions",
                "Export the %n documents into one PDF, or one file each?", nullptr,
                int(numbers.size())),
            QMessageBox::Cancel, parent);
        QPushButton *one = ask.addButton(
            QCoreApplication::translate("DocumentActions", "&One PDF"), QMessageBox::AcceptRole);
        QPushButton *each
            = ask.addButton(QCoreApplication::translate("DocumentActions", "One File &Each"),
                QMessageBox::AcceptRole);
        ask.exec();
        if (ask.clickedButton() != one && ask.clickedButton() != each)
            return;
        eachOwnFile = ask.clickedButton() == each;
    }
    Status written;
    if (eachOwnFile) {
        const QString folder = QFileDialog::getExistingDirectory(
            parent, QCoreApplication::translate("DocumentActions", "Export PDF"));
        if (folder.isEmpty())
            return;
        for (qsizetype i = 0; i < numbers.size() && written; ++i)
            written = DocumentRenderer::writePdf({batch.documents.at(i)}, batch.html,
                QDir(folder).filePath(numbers.at(i) + QStringLiteral(".pdf")));
    } else {
        const QString path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("DocumentActions", "Export PDF"),
            numbers.first() + QStringLiteral(".pdf"),
            QCoreApplication::translate("DocumentActions", "PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        written = DocumentRenderer::writePdf(batch.documents, batch.html, path);
    }
    if (!written)
        QMessageBox::warning(
            parent, QCoreApplication::translate("DocumentActions", "Export PDF"), written.error());
}

void exportEInvoice(QWidget *parent, Ledger &ledger, const QStringList &numbers)
{
    if (numbers.size() != 1) {
        QMessageBox::information(parent,
            QCoreApplication::translate("DocumentActions", "Export E-Invoice"),
            QCoreApplication::translate("DocumentActions",
                "Select one invoice or credit note first: an e-invoice holds one document."));
        return;
    }
    EInvoiceDialog dialog(ledger, numbers.first(), parent);
    dialog.exec();
}

void addTo(MainWindow *window, QMenu *file)
{
    file->addAction(QCoreApplication::translate("DocumentActions", "Company…"), window, [window] {
        CompanyDialog dialog(window->ledger(), window);
        dialog.exec();
    });
    file->addAction(QCoreApplication::translate("DocumentActions", "Tax Codes…"), window, [window] {
        TaxCodesDialog dialog(window->ledger(), window);
        dialog.exec();
    });
    QAction *printAction = file->addAction(QCoreApplication::translate("DocumentActions", "Print…"),
        window, [window] { print(window, window->ledger(), selectedNumbers(window)); });
    printAction->setShortcut(QKeySequence::Print);
    file->addAction(QCoreApplication::translate("DocumentActions", "Print Preview…"), window,
        [window] { preview(window, window->ledger(), selectedNumbers(window)); });
    file->addAction(QCoreApplication::translate("DocumentActions", "Export PDF…"), window,
        [window] { exportPdf(window, window->ledger(), selectedNumbers(window)); });
    file->addAction(QCoreApplication::translate("DocumentActions", "Export E-Invoice…"), window,
        [window] { exportEInvoice(window, window->ledger(), selectedNumbers(window)); });
}

void addTo(MainWindow *window, CreditNotesPanel *panel)
{
    QWidget *view = panel->view();
    const auto add = [window, panel, view](const char *text, auto run) {
        auto *action = new QAction(QCoreApplication::translate("DocumentActions", text), view);
        QObject::connect(action, &QAction::triggered, window,
            [window, panel, run] { run(window, window->ledger(), panel->selectedNumbers()); });
        view->addAction(action);
        return action;
    };
    add(QT_TRANSLATE_NOOP("DocumentActions", "Print…"), &print)
        ->setObjectName(QStringLiteral("printCreditNotes"));
    add(QT_TRANSLATE_NOOP("DocumentActions", "Print Preview…"), &preview)
        ->setObjectName(QStringLiteral("previewCreditNotes"));
    add(QT_TRANSLATE_NOOP("DocumentActions", "Export PDF…"), &exportPdf)
        ->setObjectName(QStringLiteral("exportPdfCreditNotes"));
    add(QT_TRANSLATE_NOOP("DocumentActions", "Export E-Invoice…"), &exportEInvoice)
        ->setObjectName(QStringLiteral("exportEInvoiceCreditNotes"));
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void addTo(InvoiceEditor *editor, Ledger &ledger, QDialogButtonBox *buttons)
{
    QPushButton *button = buttons->addButton(
        QCoreApplication::translate("DocumentActions", "Print"), QDialogButtonBox::ActionRole);
    button->setObjectName(QStringLiteral("printMenu"));
    // Enter in the editor's fields never opens this menu (as Save, it is no default button).
    button->setAutoDefault(false);
    button->setDefault(false);
    auto *menu = new QMenu(button);
    QAction *printAction = menu->addAction(QCoreApplication::translate("DocumentActions", "Print…"),
        editor, [editor, &ledger] { print(editor, ledger, editorNumber(editor, ledger)); });
    printAction->setShortcut(QKeySequence::Print);
    editor->addAction(printAction);
    menu->addAction(QCoreApplication::translate("DocumentActions", "Print Preview…"), editor,
        [editor, &ledger] { preview(editor, ledger, editorNumber(editor, ledger)); });
    menu->addAction(QCoreApplication::translate("DocumentActions", "Export PDF…"), editor,
        [editor, &ledger] { exportPdf(editor, ledger, editorNumber(editor, ledger)); });
    menu->addAction(QCoreApplication::translate("DocumentActions", "Export E-Invoice…"), editor,
        [editor, &ledger] {
            // Nothing to export when the editor's changes could not be saved (it said why).
            if (const QStringList number = editorNumber(editor, ledger); !number.isEmpty())
                exportEInvoice(editor, ledger, number);
        });
    button->setMenu(menu);
}

} // namespace InvoiceDesk::DocumentActions
