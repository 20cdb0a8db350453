// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companyprofile.h"
#include "documentrenderer.h"
#include "receivables.h"

#include <QHash>
#include <QLocale>

namespace InvoiceDesk {

/**
 * Fills the statement template (resources/templates/statement.html, issue 14 item 3) with one
 * customer's statement in one currency: the company block, the period, every line with its
 * running balance, and the aging line; money and dates in the given locale, words in the
 * program's language.
 */
class StatementDocument
{
public:
    StatementDocument(CustomerStatement statement, CompanyProfile company, QLocale locale);

    /** Every placeholder's value, escaped for HTML. */
    QHash<QString, QString> placeholders() const;
    /** The template filled, with the company's logo, ready for DocumentRenderer. */
    FilledDocument filled(const QString &htmlTemplate) const;

private:
    QString money(qint64 minorUnits) const;
    QString lineRows() const;
    void addAging(QHash<QString, QString> &values) const;
    void addLabels(QHash<QString, QString> &values) const;

    CustomerStatement mStatement;
    CompanyProfile mCompany;
    QLocale mLocale;
};

} // namespace InvoiceDesk
