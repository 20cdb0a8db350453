// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivablesformat.h"
#include "csvreader.h"
#include "jsonwriter.h"
#include "money.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace InvoiceDesk {

namespace {

const char *const kBucketKeys[BucketCount] = {"current", "d1_30", "d31_60", "d61_90", "over90"};

Currency currencyOf(const QString &code)
{
    return Currency::fromCode(code).value_or(Currency());
}

void writeAmounts(JsonWriter &json, const AgingRow &row)
{
    for (int b = 0; b < BucketCount; ++b)
        json.string(kBucketKeys[b], amountText(row.buckets[b], row.currency));
    json.string("total", amountText(row.total(), row.currency));
}

QString lineType(const QString &type)
{
    if (type == QLatin1String("opening"))
        return QCoreApplication::translate("Statement", "Opening balance");
    if (type == QLatin1String("closing"))
        return QCoreApplication::translate("Statement", "Closing balance");
    return {};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString statementSection(const CustomerStatement &s, const QLocale &locale)
{
    const auto money = [&](qint64 v) { return amountDisplay(v, s.currency, locale); };
    const auto date = [&](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    QString html
        = QStringLiteral("<h1>%1</h1><p><b>%2</b><br/>%3</p>")
              .arg(escaped(QCoreApplication::translate("Statement", "Statement of account")),
                  escaped(s.customer),
                  escaped(QCoreApplication::translate("Statement", "%1 to %2, in %3")
                              .arg(date(s.from), date(s.to), s.currency)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                           "border=\"1\"><thead><tr>");
    for (const char *title :
        {QT_TRANSLATE_NOOP("Statement", "Date"), QT_TRANSLATE_NOOP("Statement", "Number"),
            QT_TRANSLATE_NOOP("Statement", "Description"), QT_TRANSLATE_NOOP("Statement", "Debit"),
            QT_TRANSLATE_NOOP("Statement", "Credit"), QT_TRANSLATE_NOOP("Statement", "Balance")})
        html += QStringLiteral("<th>%1</th>")
                    .arg(escaped(QCoreApplication::translate("Statement", title)));
    html += QStringLiteral("</tr></thead>");
    for (const CustomerStatementLine &l : s.lines) {
        const QString text = lineType(l.type).isEmpty() ? l.description : lineType(l.type);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(date(l.date), escaped(l.number), escaped(text),
                        l.debit ? money(l.debit) : QString(),
                        l.credit ? money(l.credit) : QString(), money(l.balance));
    }
    html += QStringLiteral("</table><h3>%1</h3><table width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"3\" border=\"1\"><tr>")
                .arg(escaped(
                    QCoreApplication::translate("Statement", "Aging on %1").arg(date(s.to))));
    for (int b = 0; b < BucketCount; ++b)
        html += QStringLiteral("<th>%1</th>").arg(escaped(bucketTitle(AgingBucket(b))));
    html += QStringLiteral("<th>%1</th></tr><tr>")
                .arg(escaped(QCoreApplication::translate("Statement", "Total")));
    for (int b = 0; b < BucketCount; ++b)
        html += QStringLiteral("<td align=\"right\">%1</td>").arg(money(s.aging.buckets[b]));
    return html
        + QStringLiteral("<td align=\"right\">%1</td></tr></table>").arg(money(s.aging.total()));
}

} // namespace

QString amountText(qint64 minorUnits, const QString &currencyCode)
{
    return Money::fromMinorUnits(minorUnits, currencyOf(currencyCode)).toString();
}

QString amountDisplay(qint64 minorUnits, const QString &currencyCode, const QLocale &locale)
{
    return Money::fromMinorUnits(minorUnits, currencyOf(currencyCode)).toLocaleString(locale);
}

QString bucketTitle(AgingBucket bucket)
{
    switch (bucket) {
    case Current:
        return QCoreApplication::translate("Aging", "Current");
    case Days1To30:
        return QCoreApplication::translate("Aging", "1–30 days");
    case Days31To60:
        return QCoreApplication::translate("Aging", "31–60 days");
    case Days61To90:
        return QCoreApplication::translate("Aging", "61–90 days");
    case Over90:
    case BucketCount:
        break;
    }
    return QCoreApplication::translate("Aging", "Over 90 days");
}

QByteArray agingJson(const AgingReport &report)
{
    JsonWriter json;
    json.beginObject().string("asOf", report.asOf.toString(Qt::ISODate)).beginArray("rows");
    for (const AgingRow &row : report.rows) {
        json.beginObject().string("customer", row.customer).string("currency", row.currency);
        writeAmounts(json, row);
        json.endObject();
    }
    json.endArray().beginArray("totals");
    for (const AgingRow &row : report.totals) {
        json.beginObject().string("currency", row.currency);
        writeAmounts(json, row);
        json.endObject();
    }
    json.endArray().endObject();
    return json.take() + '\n';
}

QByteArray agingCsv(const AgingReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    QStringList header = {QStringLiteral("customer"), QStringLiteral("currency")};
    for (const char *key : kBucketKeys)
        header.append(QLatin1String(key));
    header.append(QStringLiteral("total"));
    csv.writeRecord(header);
    for (const AgingRow &row : report.rows) {
        QStringList fields = {row.customer, row.currency};
        for (const qint64 amount : row.buckets)
            fields.append(amountText(amount, row.currency));
        fields.append(amountText(row.total(), row.currency));
        csv.writeRecord(fields);
    }
    return buffer.data();
}

QByteArray statementCsv(const CustomerStatement &s)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.writeRecord({QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("number"),
        QStringLiteral("description"), QStringLiteral("debit"), QStringLiteral("credit"),
        QStringLiteral("balance")});
    for (const CustomerStatementLine &l : s.lines) {
        const QString text = lineType(l.type).isEmpty() ? l.description : lineType(l.type);
        csv.writeRecord({l.date.toString(Qt::ISODate), l.type, l.number, text,
            l.debit ? amountText(l.debit, s.currency) : QString(),
            l.credit ? amountText(l.credit, s.currency) : QString(),
            amountText(l.balance, s.currency)});
    }
    return buffer.data();
}

QString statementPath(const QString &path, const QString &currency, bool severalCurrencies)
{
    if (!severalCurrencies)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    if (suffix.isEmpty())
        return base + QLatin1Char('-') + currency;
    return base + QLatin1Char('-') + currency + QLatin1Char('.') + suffix;
}

QString statementHtml(const QList<CustomerStatement> &statements, const QLocale &locale)
{
    QString html = QStringLiteral("<html><body>");
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (i > 0)
            html += QStringLiteral("<p style=\"page-break-before: always\"></p>");
        html += statementSection(statements.at(i), locale);
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace InvoiceDesk
