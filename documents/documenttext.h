// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"
#include "companyprofile.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

namespace InvoiceDesk {

/**
 * What every printed document (invoice, credit note, statement) writes the same way: template
 * placeholders, the company block, addresses, and money and dates in the document's locale.
 */
namespace DocumentText {

/** A fixed word of a template: {{label.KEY}} and its source text, marked for translation. */
struct Label
{
    const char *key;
    const char *source;
};

/** The template with each {{name}} replaced by values[name]; unknown ones are left as written. */
QString fill(const QString &htmlTemplate, const QHash<QString, QString> &values);

/** The address as HTML lines: company or name, street, zip and city, country. */
QString addressHtml(const Address &address);

/** company.KEY for every profile key (HTML-escaped), company.iban grouped in fours, and
 * company.block, the company's address as HTML lines. */
void addCompany(QHash<QString, QString> &values, const CompanyProfile &company);

/**
 * company.legalLine (name, VAT id, registration) and company.bankLine (bank, IBAN, BIC): each
 * "label: value" the company has, joined by " · ", so a field left empty leaves no bare label.
 * Needs the label.* and company.* values already in `values`.
 */
void addCompanyLines(QHash<QString, QString> &values);

/** The locale's short date with a four-digit year (01.03.2026), as the app shows dates. */
QString date(const QDate &day, const QLocale &locale);

/** A table cell with a CSS class ("num" right-aligns). */
QString cell(const QString &html, const char *cssClass = "");
/** `text` HTML-escaped, its line breaks (as typed: \n, \r\n or \r) kept as line breaks. */
QString multiline(const QString &text);

} // namespace DocumentText

} // namespace InvoiceDesk
