// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicedocument.h"
#include "documenttext.h"
#include "epcqr.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace InvoiceDesk {

namespace {

// The fixed words of a document, translated into the invoice's language (not the program's).
const DocumentText::Label kLabels[] = {
    {"invoice", QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice")},
    {"creditNote", QT_TRANSLATE_NOOP("InvoiceDocument", "Credit note")},
    {"number", QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice number")},
    {"date", QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice date")},
    {"dueDate", QT_TRANSLATE_NOOP("InvoiceDocument", "Due date")},
    {"paymentTerms", QT_TRANSLATE_NOOP("InvoiceDocument", "Payment terms")},
    {"billTo", QT_TRANSLATE_NOOP("InvoiceDocument", "Bill to")},
    {"shipTo", QT_TRANSLATE_NOOP("InvoiceDocument", "Ship to")},
    {"quantity", QT_TRANSLATE_NOOP("InvoiceDocument", "Qty")},
    {"unit", QT_TRANSLATE_NOOP("InvoiceDocument", "Unit")},
    {"description", QT_TRANSLATE_NOOP("InvoiceDocument", "Description")},
    {"rate", QT_TRANSLATE_NOOP("InvoiceDocument", "Unit price")},
    {"discount", QT_TRANSLATE_NOOP("InvoiceDocument", "Discount")},
    {"tax", QT_TRANSLATE_NOOP("InvoiceDocument", "Tax")},
    {"amount", QT_TRANSLATE_NOOP("InvoiceDocument", "Amount")},
    {"taxRate", QT_TRANSLATE_NOOP("InvoiceDocument", "Tax rate")},
    {"taxBase", QT_TRANSLATE_NOOP("InvoiceDocument", "Net amount")},
    {"taxAmount", QT_TRANSLATE_NOOP("InvoiceDocument", "Tax amount")},
    {"subtotal", QT_TRANSLATE_NOOP("InvoiceDocument", "Subtotal")},
    {"shipping", QT_TRANSLATE_NOOP("InvoiceDocument", "Shipping")},
    {"taxTotal", QT_TRANSLATE_NOOP("InvoiceDocument", "Tax total")},
    {"grandTotal", QT_TRANSLATE_NOOP("InvoiceDocument", "Total")},
    {"paid", QT_TRANSLATE_NOOP("InvoiceDocument", "Paid")},
    {"outstanding", QT_TRANSLATE_NOOP("InvoiceDocument", "Outstanding")},
    {"credited", QT_TRANSLATE_NOOP("InvoiceDocument", "Credited")},
    {"cancelled", QT_TRANSLATE_NOOP("InvoiceDocument", "Cancelled")},
    {"vatId", QT_TRANSLATE_NOOP("InvoiceDocument", "VAT ID")},
    {"registration", QT_TRANSLATE_NOOP("InvoiceDocument", "Registration")},
    {"iban", QT_TRANSLATE_NOOP("InvoiceDocument", "IBAN")},
    {"bic", QT_TRANSLATE_NOOP("InvoiceDocument", "BIC")},
    {"bank", QT_TRANSLATE_NOOP("InvoiceDocument", "Bank")},
    {"email", QT_TRANSLATE_NOOP("InvoiceDocument", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("InvoiceDocument", "Phone")},
    {"scanToPay", QT_TRANSLATE_NOOP("InvoiceDocument", "Scan to pay")},
    {"note", QT_TRANSLATE_NOOP("InvoiceDocument", "Note")},
    {"reason", QT_TRANSLATE_NOOP("InvoiceDocument", "Reason")},
    {"creditNoteTitle", QT_TRANSLATE_NOOP("InvoiceDocument", "Credit Note")},
};

// A credit note's number and date under their own names, in every template.
const char *const kCreditNumber = QT_TRANSLATE_NOOP("InvoiceDocument", "Credit note number");
const char *const kCreditDate = QT_TRANSLATE_NOOP("InvoiceDocument", "Credit note date");
// What a credit note credits: an invoice (with or without its date) or the customer's account.
const char *const kCreditsInvoice = QT_TRANSLATE_NOOP("InvoiceDocument", "Credits invoice %1");
const char *const kCreditsInvoiceDated
    = QT_TRANSLATE_NOOP("InvoiceDocument", "Credits invoice %1 dated %2");
const char *const kCreditsAccount
    = QT_TRANSLATE_NOOP("InvoiceDocument", "Credit to the customer's account");

// The notices of lines without VAT (taxNotice()).
const char *const kReverseCharge = QT_TRANSLATE_NOOP(
    "InvoiceDocument", "Reverse charge: VAT to be accounted for by the customer");
const char *const kIntraCommunity
    = QT_TRANSLATE_NOOP("InvoiceDocument", "Exempt intra-community supply");
const char *const kExport = QT_TRANSLATE_NOOP("InvoiceDocument", "Exempt export outside the EU");
const char *const kNotSubject = QT_TRANSLATE_NOOP("InvoiceDocument", "Not subject to VAT");

const char *const kUnits[] = {"", QT_TRANSLATE_NOOP("InvoiceDocument", "day"),
    QT_TRANSLATE_NOOP("InvoiceDocument", "month"), QT_TRANSLATE_NOOP("InvoiceDocument", "year")};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

InvoiceDocument::InvoiceDocument(InvoiceDocumentData data)
    : mData(std::move(data))
{
    const QString language = mData.locale.name().section(QLatin1Char('_'), 0, 0);
    if (language != QLatin1String("en"))
        mTranslated = mTranslator.load(QStringLiteral(":/i18n/invoicedesk_%1.qm").arg(language));
}

QLocale InvoiceDocument::localeFor(const Invoice &invoice)
{
    const QString country = invoice.billing.countryId.isEmpty() ? invoice.shipping.countryId
                                                                : invoice.billing.countryId;
    const QLocale::Territory territory = QLocale::codeToTerritory(country.trimmed().toUpper());
    if (territory == QLocale::AnyTerritory)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QLocale locale(QLocale::AnyLanguage, territory);
    return locale.language() == QLocale::C ? QLocale(QLocale::English, territory) : locale;
}

QString InvoiceDocument::label(const char *source) const
{
    if (mTranslated) {
        const QString text = mTranslator.translate("InvoiceDocument", source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString InvoiceDocument::money(qint64 minorUnits) const
{
    return Money::fromMinorUnits(minorUnits, mData.invoice.currency).toLocaleString(mData.locale);
}

QString InvoiceDocument::date(const QDate &day) const
{
    return DocumentText::date(day, mData.locale);
}

QString InvoiceDocument::title() const
{
    return label(isCreditNote() ? "Credit Note" : "Invoice") + QLatin1Char(' ')
        + mData.invoice.number;
}

qint64 InvoiceDocument::lineTax(const InvoiceDocumentData &data, qsizetype index)
{
    if (index < data.lineTax.size())
        return data.lineTax.at(index);
    const LineItem &line = data.invoice.lines.at(index);
    return line.taxRate ? line.taxRate->applyTo(line.total().value_or(0)).value_or(0) : 0;
}

QString InvoiceDocument::sections(const QString &htmlTemplate, DocumentType type)
{
    static const QRegularExpression section(
        QStringLiteral("\\{\\{#(invoice|creditNote)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    const QLatin1String shown(type == DocumentType::CreditNote ? "creditNote" : "invoice");
    QString out;
    qsizetype last = 0;
    auto it = section.globalMatch(htmlTemplate);
    while (it.hasNext()) {
        const auto match = it.next();
        out += htmlTemplate.mid(last, match.capturedStart() - last);
        if (match.captured(1) == shown)
            out += match.captured(2);
        last = match.capturedEnd();
    }
    return out + htmlTemplate.mid(last);
}

qint64 InvoiceDocument::outstanding(const InvoiceDocumentData &data)
{
    if (data.type == DocumentType::CreditNote
        || data.invoice.lifecycle == InvoiceLifecycle::Cancelled)
        return 0;
    const auto totals = data.invoice.totals();
    return totals ? outstandingOf(
               totals->grandTotal, data.payments.paid, data.payments.refunded, data.credited)
                  : 0;
}

qint64 InvoiceDocument::cancelledAmount(const InvoiceDocumentData &data)
{
    if (data.type == DocumentType::CreditNote
        || data.invoice.lifecycle != InvoiceLifecycle::Cancelled)
        return 0;
    const auto totals = data.invoice.totals();
    return totals ? outstandingOf(
               totals->grandTotal, data.payments.paid, data.payments.refunded, data.credited)
                  : 0;
}

QString InvoiceDocument::epcPayload() const
{
    const CompanyProfile &c = mData.company;
    if (mData.type != DocumentType::Invoice)
        return {};
    return EpcQr::payload(c.value(QStringLiteral("name")), c.value(QStringLiteral("iban")),
        c.value(QStringLiteral("bic")),
        Money::fromMinorUnits(outstanding(), mData.invoice.currency), mData.invoice.number);
}

QImage InvoiceDocument::epcQr() const
{
    return EpcQr::image(epcPayload());
}

QImage InvoiceDocument::logo() const
{
    const QString path = mData.company.value(QStringLiteral("logo"));
    return path.isEmpty() ? QImage() : QImage(path);
}

void InvoiceDocument::addCompany(QHash<QString, QString> &values) const
{
    DocumentText::addCompany(values, mData.company);
    values.insert(QStringLiteral("logo"),
        logo().isNull() ? QString() : QStringLiteral("<img src=\"logo\" height=\"60\">"));
}

void InvoiceDocument::addAddresses(QHash<QString, QString> &values) const
{
    const Invoice &i = mData.invoice;
    values.insert(QStringLiteral("billing.block"), DocumentText::addressHtml(i.billing));
    values.insert(QStringLiteral("shipping.block"),
        DocumentText::addressHtml(i.shipping.isEmpty() ? i.billing : i.shipping));
    values.insert(QStringLiteral("customer.name"), escaped(i.customerName()));
    values.insert(QStringLiteral("number"), escaped(i.number));
    values.insert(QStringLiteral("date"), escaped(date(i.date)));
    values.insert(QStringLiteral("dueDate"), escaped(date(i.dueDate)));
    values.insert(QStringLiteral("currency"), escaped(i.currency.code()));
    values.insert(QStringLiteral("description"), DocumentText::multiline(i.description));
    values.insert(QStringLiteral("note"), DocumentText::multiline(i.note));
    values.insert(QStringLiteral("paymentTerms"),
        escaped(mData.company.value(QStringLiteral("paymentTerms"))));
    values.insert(QStringLiteral("footer"), escaped(mData.company.value(QStringLiteral("footer"))));
    values.insert(
        QStringLiteral("title"), escaped(label(isCreditNote() ? "Credit Note" : "Invoice")));
    values.insert(QStringLiteral("documentType"), QString::number(int(mData.type)));
}

void InvoiceDocument::addTotals(QHash<QString, QString> &values) const
{
    const auto totals = mData.invoice.totals();
    const InvoiceTotals t = totals ? *totals : InvoiceTotals {};
    values.insert(QStringLiteral("subtotal"), money(t.subtotal));
    values.insert(QStringLiteral("discount"), t.discount ? money(t.discount) : QString());
    values.insert(QStringLiteral("shipping"), t.shipping ? money(t.shipping) : QString());
    values.insert(QStringLiteral("taxTotal"), money(t.tax));
    values.insert(QStringLiteral("grandTotal"), money(t.grandTotal));
    // A credit note is no demand for money: nothing paid, nothing outstanding.
    values.insert(QStringLiteral("paid"), isCreditNote() ? QString() : money(mData.payments.net()));
    values.insert(QStringLiteral("outstanding"), isCreditNote() ? QString() : money(outstanding()));
    values.insert(QStringLiteral("credited"), mData.credited ? money(mData.credited) : QString());
    values.insert(QStringLiteral("creditRows"), creditRows());
    values.insert(QStringLiteral("adjustmentRows"), adjustmentRows(t));
    values.insert(QStringLiteral("lineRows"), lineRows());
    values.insert(QStringLiteral("taxRows"), taxRows());
    values.insert(QStringLiteral("epcQr"),
        epcPayload().isEmpty()
            ? QString()
            : QStringLiteral("<img src=\"epcqr\" width=\"110\" height=\"110\"><br>")
                + escaped(label("Scan to pay")));
}

void InvoiceDocument::addLabels(QHash<QString, QString> &values) const
{
    for (const DocumentText::Label &l : kLabels)
        values.insert(QStringLiteral("label.") + QLatin1String(l.key), escaped(label(l.source)));
    if (isCreditNote()) {
        values.insert(QStringLiteral("label.number"), escaped(label(kCreditNumber)));
        values.insert(QStringLiteral("label.date"), escaped(label(kCreditDate)));
    }
}

void InvoiceDocument::addCredit(QHash<QString, QString> &values) const
{
    const CreditReference &c = mData.credit;
    values.insert(QStringLiteral("creditedInvoice"), escaped(c.invoiceNumber));
    values.insert(QStringLiteral("creditedInvoiceDate"), escaped(date(c.invoiceDate)));
    values.insert(QStringLiteral("reason"), DocumentText::multiline(c.reason));
    QString credits;
    if (isCreditNote() && c.invoiceNumber.isEmpty())
        credits = label(kCreditsAccount);
    else if (isCreditNote() && c.invoiceDate.isValid())
        credits = label(kCreditsInvoiceDated).arg(c.invoiceNumber, date(c.invoiceDate));
    else if (isCreditNote())
        credits = label(kCreditsInvoice).arg(c.invoiceNumber);
    values.insert(QStringLiteral("credits"), escaped(credits));
}

QString InvoiceDocument::lineRows() const
{
    const DecimalFormat format = decimalFormatFor(mData.locale);
    QString rows;
    for (const LineItem &line : mData.invoice.lines) {
        QString discount;
        if (line.discountPercent)
            discount = line.discountPercent->toString(format) + QStringLiteral(" %");
        else if (line.discountAmount)
            discount = money(*line.discountAmount);
        QString tax;
        if (line.taxRate)
            tax = line.taxRate->toString(format) + QStringLiteral(" %");
        const auto total = line.total();
        rows += QStringLiteral("<tr>")
            + DocumentText::cell(escaped(line.quantity.toString(format)), "num")
            + DocumentText::cell(escaped(label(kUnits[int(line.unit)])))
            + DocumentText::cell(DocumentText::multiline(
                line.description.isEmpty() ? line.productCode : line.description))
            + DocumentText::cell(money(line.rate), "num")
            + DocumentText::cell(escaped(discount), "num") + DocumentText::cell(escaped(tax), "num")
            + DocumentText::cell(total ? money(*total) : QString(), "num")
            + QStringLiteral("</tr>\n");
    }
    return rows;
}

QString InvoiceDocument::adjustmentRows(const InvoiceTotals &totals) const
{
    // Only what the invoice has: an empty "Discount" row reads as a discount forgotten.
    QString rows;
    if (totals.discount != 0)
        rows += totalRow(label("Discount"), money(-totals.discount)); // comes off: −10.00
    if (totals.shipping != 0)
        rows += totalRow(label("Shipping"), money(totals.shipping));
    return rows;
}

QString InvoiceDocument::totalRow(const QString &text, const QString &amount) const
{
    return QStringLiteral("<tr><td>") + escaped(text) + QStringLiteral("</td><td class=\"num\">")
        + amount + QStringLiteral("</td></tr>\n");
}

QString InvoiceDocument::creditRows() const
{
    // Between "Paid" and "Outstanding", so that the totals add up: Total − Paid − Credited
    // (− Cancelled) = Outstanding.
    QString rows;
    const auto row = [this](const char *source, qint64 amount) {
        return totalRow(label(source), money(amount));
    };
    if (!isCreditNote() && mData.credited != 0)
        rows += row("Credited", mData.credited);
    if (const qint64 cancelled = cancelledAmount(mData); cancelled != 0)
        rows += row("Cancelled", cancelled);
    return rows;
}

QString InvoiceDocument::taxNotice(const QString &category) const
{
    // What the law asks a printed invoice to say of a line without VAT (VAT directive art. 226
    // (11), (11a)), in the invoice's language; the e-invoice carries the same in BT-120.
    if (category == QLatin1String("AE"))
        return label(kReverseCharge);
    if (category == QLatin1String("K"))
        return label(kIntraCommunity);
    if (category == QLatin1String("G"))
        return label(kExport);
    if (category == QLatin1String("O"))
        return label(kNotSubject);
    return {};
}

QString InvoiceDocument::taxRows() const
{
    struct Group
    {
        qint64 base = 0;
        qint64 tax = 0;
        QString note;
    };
    // By rate, highest last, and within a rate by VAT category: a reverse-charge line and an
    // exempt line at 0 % are two rows, each with its legal notice or exemption reason.
    QMap<std::pair<qint64, QString>, Group> groups;
    for (qsizetype i = 0; i < mData.invoice.lines.size(); ++i) {
        const LineItem &line = mData.invoice.lines.at(i);
        if (!line.taxRate)
            continue;
        const auto code = TaxCodes::byName(mData.taxCodes, line.taxCode);
        const QString category = code ? code->category : TaxCodes::defaultCategory(*line.taxRate);
        Group &g = groups[{line.taxRate->scaled(), category}];
        g.base += line.total().value_or(0);
        g.tax += lineTax(mData, i);
        if (code && !code->exemptionReason.isEmpty())
            g.note = code->exemptionReason;
        else if (g.note.isEmpty())
            g.note = taxNotice(category);
    }
    const DecimalFormat format = decimalFormatFor(mData.locale);
    QString rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QString rate
            = Percentage::fromScaled(it.key().first).toString(format) + QStringLiteral(" %");
        rows += QStringLiteral("<tr>") + DocumentText::cell(escaped(rate))
            + DocumentText::cell(money(it->base), "num") + DocumentText::cell(money(it->tax), "num")
            + QStringLiteral("</tr>\n");
        // The notice under its rate, across the table: a narrow rate column would break
        // "Steuerschuldnerschaft des Leistungsempfängers" inside its words.
        if (!it->note.isEmpty())
            rows += QStringLiteral("<tr><td colspan=\"3\">") + escaped(it->note)
                + QStringLiteral("</td></tr>\n");
    }
    return rows;
}

QHash<QString, QString> InvoiceDocument::placeholders() const
{
    QHash<QString, QString> values;
    addCompany(values);
    addAddresses(values);
    addTotals(values);
    addLabels(values);
    addCredit(values);
    DocumentText::addCompanyLines(values);
    return values;
}

QString InvoiceDocument::fill(const QString &htmlTemplate) const
{
    return DocumentText::fill(sections(htmlTemplate, mData.type), placeholders());
}

} // namespace InvoiceDesk
