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
        // Text cells carry the export's formula guard (README, CSV); amounts stay numbers.
        QStringList fields = {FormulaGuard::neutralise(row.customer), row.currency};
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
        csv.writeRecord({l.date.toString(Qt::ISODate), l.type, FormulaGuard::neutralise(l.number),
            FormulaGuard::neutralise(statementLineText(l)),
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

QString statementLineText(const CustomerStatementLine &line)
{
    const QString text = lineType(line.type);
    return text.isEmpty() ? line.description : text;
}

} // namespace InvoiceDesk
