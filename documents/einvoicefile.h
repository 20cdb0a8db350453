// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace InvoiceDesk {

class Ledger;

/** The e-invoice syntaxes InvoiceDesk writes (issue 14 item 5). */
enum class EInvoiceSyntax {
    Ubl, ///< XRechnung UBL 2.1 XML
    Cii, ///< UN/CEFACT Cross Industry Invoice XML
    Zugferd, ///< ZUGFeRD/Factur-X: the invoice PDF (PDF/A-3b) with the CII attached
};

/**
 * The one sequence from an invoice number to an e-invoice file, shared by the CLI's einvoice
 * and File → Export E-Invoice…: the invoice from the books, the EN 16931 checks (the refusal
 * names what is missing in the bookkeeper's words), the XML or the Factur-X PDF, and the file
 * written whole or not at all.
 */
namespace EInvoiceFile {

/** The syntax named ubl, cii or zugferd (as the CLI spells them); nothing for another name. */
std::optional<EInvoiceSyntax> syntaxNamed(const QString &name);

/**
 * The file's bytes: the XML, or for ZUGFeRD the PDF (which needs a QGuiApplication) printed with
 * template `templateName`. `number` is an invoice's or a credit note's (UBL CreditNote, type 381).
 */
Result<QByteArray> content(Ledger &ledger, const QString &number, EInvoiceSyntax syntax,
    const QString &templateName = QStringLiteral("default"));

/** Writes the e-invoice of invoice (or credit note) `number` to `path`; on an error nothing is
 * written. */
Status write(Ledger &ledger, const QString &number, EInvoiceSyntax syntax, const QString &path,
    const QString &templateName = QStringLiteral("default"));

} // namespace EInvoiceFile

} // namespace InvoiceDesk
