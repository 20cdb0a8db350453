// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementdocument.h"
#include "documenttext.h"
#include "receivablesformat.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

const DocumentText::Label kLabels[] = {
    {"period", QT_TRANSLATE_NOOP("StatementDocument", "Period")},
    {"currency", QT_TRANSLATE_NOOP("StatementDocument", "Currency")},
    {"customer", QT_TRANSLATE_NOOP("StatementDocument", "Customer")},
    {"date", QT_TRANSLATE_NOOP("StatementDocument", "Date")},
    {"number", QT_TRANSLATE_NOOP("StatementDocument", "Number")},
    {"description", QT_TRANSLATE_NOOP("StatementDocument", "Description")},
    {"debit", QT_TRANSLATE_NOOP("StatementDocument", "Debit")},
    {"credit", QT_TRANSLATE_NOOP("StatementDocument", "Credit")},
    {"balance", QT_TRANSLATE_NOOP("StatementDocument", "Balance")},
    {"vatId", QT_TRANSLATE_NOOP("StatementDocument", "VAT ID")},
    {"bank", QT_TRANSLATE_NOOP("StatementDocument", "Bank")},
    {"iban", QT_TRANSLATE_NOOP("StatementDocument", "IBAN")},
    {"bic", QT_TRANSLATE_NOOP("StatementDocument", "BIC")},
};

/** A label of the table above, marked for translation there. */
QString labelText(const char *source)
{
    return QCoreApplication::translate("StatementDocument", source);
}

} // namespace

StatementDocument::StatementDocument(
    CustomerStatement statement, CompanyProfile company, QLocale locale)
    : mStatement(std::move(statement))
    , mCompany(std::move(company))
    , mLocale(std::move(locale))
{
}

QString StatementDocument::money(qint64 minorUnits) const
{
    return amountDisplay(minorUnits, mStatement.currency, mLocale);
}

QString StatementDocument::lineRows() const
{
    using DocumentText::cell;
    QString rows;
    for (const CustomerStatementLine &l : mStatement.lines) {
        const bool edge = l.type == QLatin1String("opening") || l.type == QLatin1String("closing");
        QString text = DocumentText::multiline(statementLineText(l));
        if (edge)
            text = QStringLiteral("<b>%1</b>").arg(text);
        rows += QStringLiteral("<tr>") + cell(DocumentText::date(l.date, mLocale))
            + cell(l.number.toHtmlEscaped()) + cell(text)
            + cell(l.debit ? money(l.debit) : QString(), "num")
            + cell(l.credit ? money(l.credit) : QString(), "num")
            + cell(
                edge ? QStringLiteral("<b>%1</b>").arg(money(l.balance)) : money(l.balance), "num")
            + QStringLiteral("</tr>\n");
    }
    return rows;
}

void StatementDocument::addAging(QHash<QString, QString> &values) const
{
    QString header;
    QString row;
    for (int b = 0; b < BucketCount; ++b) {
        header += QStringLiteral("<th class=\"num\">%1</th>")
                      .arg(bucketTitle(AgingBucket(b)).toHtmlEscaped());
        row += DocumentText::cell(money(mStatement.aging.buckets[b]), "num");
    }
    header += QStringLiteral("<th class=\"num\">%1</th>")
                  .arg(QCoreApplication::translate("StatementDocument", "Total").toHtmlEscaped());
    row += DocumentText::cell(
        QStringLiteral("<b>%1</b>").arg(money(mStatement.aging.total())), "num");
    values.insert(QStringLiteral("agingHeader"), header);
    values.insert(QStringLiteral("agingRow"), row);
    values.insert(QStringLiteral("label.aging"),
        QCoreApplication::translate("StatementDocument", "Aging on %1")
            .arg(DocumentText::date(mStatement.to, mLocale))
            .toHtmlEscaped());
}

void StatementDocument::addLabels(QHash<QString, QString> &values) const
{
    for (const DocumentText::Label &l : kLabels)
        values.insert(
            QStringLiteral("label.") + QLatin1String(l.key), labelText(l.source).toHtmlEscaped());
}

QHash<QString, QString> StatementDocument::placeholders() const
{
    QHash<QString, QString> values;
    DocumentText::addCompany(values, mCompany);
    const bool hasLogo = !mCompany.value(QStringLiteral("logo")).isEmpty();
    values.insert(QStringLiteral("logo"),
        hasLogo ? QStringLiteral("<img src=\"logo\" height=\"60\">") : QString());
    values.insert(
        QStringLiteral("footer"), mCompany.value(QStringLiteral("footer")).toHtmlEscaped());
    values.insert(QStringLiteral("title"),
        QCoreApplication::translate("StatementDocument", "Statement of account").toHtmlEscaped());
    values.insert(QStringLiteral("customer"), mStatement.customer.toHtmlEscaped());
    values.insert(QStringLiteral("currency"), mStatement.currency.toHtmlEscaped());
    values.insert(QStringLiteral("from"), DocumentText::date(mStatement.from, mLocale));
    values.insert(QStringLiteral("to"), DocumentText::date(mStatement.to, mLocale));
    values.insert(QStringLiteral("lineRows"), lineRows());
    addAging(values);
    addLabels(values);
    DocumentText::addCompanyLines(values);
    return values;
}

FilledDocument StatementDocument::filled(const QString &htmlTemplate) const
{
    FilledDocument out {DocumentText::fill(htmlTemplate, placeholders()), mLocale, {}};
    const QString logo = mCompany.value(QStringLiteral("logo"));
    if (!logo.isEmpty())
        out.images.insert(QStringLiteral("logo"), QImage(logo));
    return out;
}

} // namespace InvoiceDesk
