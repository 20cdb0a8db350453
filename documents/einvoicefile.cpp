// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "einvoicefile.h"

#include "documentrenderer.h"
#include "documentsource.h"
#include "einvoice.h"
#include "facturx.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace InvoiceDesk::EInvoiceFile {

namespace {

/** The invoice PDF of template `name` as PDF/A-3b with `cii` attached as factur-x.xml. */
Result<QByteArray> facturX(const EInvoice &einvoice, const QByteArray &cii, const QString &name)
{
    const auto html = DocumentRenderer::loadTemplate(name);
    if (!html)
        return Error {html.error()};
    const InvoiceDocument document(einvoice.data);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    if (auto written = DocumentRenderer::writePdfA({&document}, *html, pdf); !written)
        return Error {written.error()};
    return FacturX::attach(pdf.data(), cii, QDateTime::currentDateTimeUtc());
}

} // namespace

std::optional<EInvoiceSyntax> syntaxNamed(const QString &name)
{
    if (name == QLatin1String("ubl"))
        return EInvoiceSyntax::Ubl;
    if (name == QLatin1String("cii"))
        return EInvoiceSyntax::Cii;
    if (name == QLatin1String("zugferd"))
        return EInvoiceSyntax::Zugferd;
    return std::nullopt;
}

Result<QByteArray> content(
    Ledger &ledger, const QString &number, EInvoiceSyntax syntax, const QString &templateName)
{
    auto data = DocumentSource::forNumber(ledger, number);
    if (!data)
        return Error {data.error()};
    auto vatId = DocumentSource::buyerVatId(ledger, *data);
    if (!vatId)
        return Error {vatId.error()};
    const auto einvoice = EInvoice::from(*data, *vatId);
    if (!einvoice && data->type == DocumentType::CreditNote)
        return Error {
            QCoreApplication::translate("EInvoiceFile", "Credit note %1 was not exported: %2")
                .arg(number, einvoice.error())};
    if (!einvoice)
        return Error {QCoreApplication::translate("EInvoiceFile", "Invoice %1 was not exported: %2")
                          .arg(number, einvoice.error())};
    switch (syntax) {
    case EInvoiceSyntax::Ubl:
        return writeUbl(*einvoice);
    case EInvoiceSyntax::Cii:
        break;
    case EInvoiceSyntax::Zugferd:
        return facturX(*einvoice, writeCii(*einvoice), templateName);
    }
    return writeCii(*einvoice);
}

Status write(Ledger &ledger, const QString &number, EInvoiceSyntax syntax, const QString &path,
    const QString &templateName)
{
    const auto bytes = content(ledger, number, syntax, templateName);
    if (!bytes)
        return Error {bytes.error()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error {QCoreApplication::translate("EInvoiceFile", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    return {};
}

} // namespace InvoiceDesk::EInvoiceFile
