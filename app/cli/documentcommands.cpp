// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// pdf: printed invoices and credit notes (issue 14 item 2); einvoice: EN 16931 files (item 5),
// of credit notes too. Runs under a QGuiApplication (see main.cpp).
#include "commands.h"

#include "documentrenderer.h"
#include "documentsource.h"
#include "einvoicefile.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace InvoiceDesk::Cli {

int runPdf(Ledger &ledger, const Arguments &args, Output &io)
{
    const QStringList numbers = args.words.mid(1);
    const QString output = args.value(QStringLiteral("output"));
    if (numbers.isEmpty() || output.isEmpty()) {
        io.err << QCoreApplication::translate(
            "Cli", "pdf needs an invoice or credit note number and --output FILE.pdf")
               << Qt::endl;
        return BadUsage;
    }
    const auto html = DocumentRenderer::loadTemplate(
        args.value(QStringLiteral("template"), QStringLiteral("default")));
    if (!html) {
        io.err << html.error() << Qt::endl;
        return BadUsage;
    }
    std::vector<std::unique_ptr<InvoiceDocument>> documents;
    QList<const InvoiceDocument *> pages;
    for (const QString &number : numbers) {
        auto data = DocumentSource::forNumber(ledger, number);
        if (!data) {
            io.err << data.error() << Qt::endl;
            return Failure;
        }
        documents.push_back(std::make_unique<InvoiceDocument>(*data));
        pages.append(documents.back().get());
    }
    if (auto written = DocumentRenderer::writePdf(pages, *html, output); !written) {
        io.err << written.error() << Qt::endl;
        return Failure;
    }
    io.out << QCoreApplication::translate(
        "Cli", "Wrote %n document(s) to %1", nullptr, int(pages.size()))
                  .arg(output)
           << Qt::endl;
    return Success;
}

int runEInvoice(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString number = args.word(1);
    const QString output = args.value(QStringLiteral("output"));
    const auto syntax = EInvoiceFile::syntaxNamed(args.value(QStringLiteral("format")));
    if (number.isEmpty() || output.isEmpty() || args.words.size() > 2 || !syntax) {
        io.err << QCoreApplication::translate("Cli",
            "einvoice needs an invoice or credit note number, --format ubl|cii|zugferd and "
            "--output FILE")
               << Qt::endl;
        return BadUsage;
    }
    const QString templateName = args.value(QStringLiteral("template"), QStringLiteral("default"));
    if (args.values.contains(QStringLiteral("template")) && *syntax != EInvoiceSyntax::Zugferd) {
        io.err << QCoreApplication::translate(
            "Cli", "--template belongs to --format zugferd, whose PDF it prints")
               << Qt::endl;
        return BadUsage;
    }
    if (const auto html = DocumentRenderer::loadTemplate(templateName); !html) {
        io.err << html.error() << Qt::endl;
        return BadUsage;
    }
    if (auto written = EInvoiceFile::write(ledger, number, *syntax, output, templateName);
        !written) {
        io.err << written.error() << Qt::endl;
        return Failure;
    }
    io.out
        << QCoreApplication::translate("Cli", "Wrote the e-invoice of %1 to %2").arg(number, output)
        << Qt::endl;
    return Success;
}

} // namespace InvoiceDesk::Cli
