// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// list and status: reading the ledger from the command line.
#include "commands.h"

#include "csvfields.h"
#include "csvreader.h"
#include "jsonformat.h"
#include "ledger.h"
#include "sqlutil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace InvoiceDesk::Cli {

namespace {

enum class Format { Table, Csv, Json };

std::optional<Format> formatOf(const Arguments &args, Output &io, bool allowCsv = true)
{
    const QString name = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("csv") && allowCsv)
        return Format::Csv;
    io.err << (allowCsv ? QCoreApplication::translate("Cli", "--format must be table, csv or json")
                        : QCoreApplication::translate("Cli", "--format must be table or json"))
           << Qt::endl;
    return std::nullopt;
}

/** Prints rows as aligned columns; numeric columns (by index) are right-aligned. */
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
    const QList<int> &rightAligned)
{
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header.at(c).size();
        for (const QStringList &row : rows)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded.append(rightAligned.contains(int(c)) ? cells.at(c).rightJustified(widths[c])
                                                        : cells.at(c).leftJustified(widths[c]));
        out << padded.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

void printCsv(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRecord(header);
    for (const QStringList &row : rows) {
        QStringList guarded;
        for (const QString &cell : row)
            guarded.append(FormulaGuard::neutralise(cell));
        writer.writeRecord(guarded);
    }
    out << QString::fromUtf8(bytes) << Qt::flush;
}

int listInvoices(Ledger &ledger, const Arguments &args, Format format, Output &io)
{
    QString sql = QStringLiteral(
        "SELECT number, issue_date, coalesce(due_date, ''), customer, status, currency, "
        "grand_total, paid_total - refunded_total FROM invoices");
    const QString status = args.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (!statusFromName(status)) {
            io.err << QCoreApplication::translate(
                "Cli", "--status must be Draft, Pending, Paid, Cancelled or Refunded")
                   << Qt::endl;
            return BadUsage;
        }
        sql += QStringLiteral(" WHERE status = ?");
    }
    QSqlQuery query(ledger.database().connection());
    query.setForwardOnly(true);
    query.prepare(sql + QStringLiteral(" ORDER BY id"));
    if (!status.isEmpty())
        query.addBindValue(statusName(*statusFromName(status)));
    if (!query.exec()) {
        io.err << Sql::error(query, QCoreApplication::translate("Cli", "Listing invoices")).message
               << Qt::endl;
        return Failure;
    }
    // Column names are the file format's, not translated: scripts read them.
    const QStringList header
        = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("dueDate"),
            QStringLiteral("customer"), QStringLiteral("status"), QStringLiteral("currency"),
            QStringLiteral("total"), QStringLiteral("paid"), QStringLiteral("outstanding")};
    QList<QStringList> rows;
    QJsonArray json;
    while (query.next()) {
        const Currency currency
            = Currency::fromCode(query.value(5).toString()).value_or(Currency());
        const qint64 total = query.value(6).toLongLong();
        const qint64 paid = query.value(7).toLongLong();
        const auto money
            = [&](qint64 minor) { return Money::fromMinorUnits(minor, currency).toString(); };
        const QStringList row = {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            currency.code(), money(total), money(paid), money(total - paid)};
        if (format == Format::Json) {
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c)
                object.insert(header.at(c), row.at(c));
            json.append(object);
        }
        rows.append(row);
    }
    if (format == Format::Json)
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
               << Qt::flush;
    else if (format == Format::Csv)
        printCsv(io.out, header, rows);
    else
        printTable(io.out, header, rows, {6, 7, 8});
    return Success;
}

int listPayments(Ledger &ledger, const Arguments &args, Format format, Output &io)
{
    QSqlQuery query(ledger.database().connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT p.id, i.currency FROM payments p JOIN invoices i ON i.id = p.invoice_id");
    const QString status = args.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (status != QLatin1String("voided") && status != QLatin1String("recorded")) {
            io.err << QCoreApplication::translate(
                "Cli", "--status for payments must be recorded or voided")
                   << Qt::endl;
            return BadUsage;
        }
        sql += status == QLatin1String("voided") ? QStringLiteral(" WHERE p.voided_at IS NOT NULL")
                                                 : QStringLiteral(" WHERE p.voided_at IS NULL");
    }
    if (!query.exec(sql + QStringLiteral(" ORDER BY p.id"))) {
        io.err << Sql::error(query, QCoreApplication::translate("Cli", "Listing payments")).message
               << Qt::endl;
        return Failure;
    }
    QList<std::pair<qint64, Currency>> ids;
    while (query.next())
        ids.append({query.value(0).toLongLong(),
            Currency::fromCode(query.value(1).toString()).value_or(Currency())});
    query.finish();

    const QStringList header = {QStringLiteral("invoiceNumber"), QStringLiteral("date"),
        QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("method"),
        QStringLiteral("reference"), QStringLiteral("marker"), QStringLiteral("voided")};
    QList<QStringList> rows;
    QJsonArray json;
    for (const auto &[id, currency] : ids) {
        auto payment = ledger.paymentRepository().load(id);
        if (!payment || !payment->has_value())
            continue;
        const Payment &p = **payment;
        QString reference = p.reference;
        if (reference.isEmpty())
            reference = !p.cheque.number.isEmpty() ? p.cheque.number
                : !p.eft.reference.isEmpty()       ? p.eft.reference
                                                   : p.gateway.transactionId;
        rows.append({p.invoiceNumber, fileDate(p.date),
            Money::fromMinorUnits(p.amount, currency).toString(), currency.code(),
            methodKey(p.method), reference, p.marker, p.isVoided() ? p.voidReason : QString()});
        json.append(Json::fromPayment(p, currency));
    }
    if (format == Format::Json)
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
               << Qt::flush;
    else if (format == Format::Csv)
        printCsv(io.out, header, rows);
    else
        printTable(io.out, header, rows, {2});
    return Success;
}

} // namespace

int runList(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() != 2
        || (args.words.at(1) != QLatin1String("invoices")
            && args.words.at(1) != QLatin1String("payments"))) {
        io.err << QCoreApplication::translate(
            "Cli", "usage: list invoices|payments [--status S] [--format table|csv|json]")
               << Qt::endl;
        return BadUsage;
    }
    const auto format = formatOf(args, io);
    if (!format)
        return BadUsage;
    return args.words.at(1) == QLatin1String("invoices") ? listInvoices(ledger, args, *format, io)
                                                         : listPayments(ledger, args, *format, io);
}

namespace {

/** What `status` reports. */
struct StatusFigures
{
    QString path;
    int schemaVersion = 0;
    QMap<QString, int> byStatus;
    int invoiceCount = 0;
    QMap<QString, qint64> outstanding; ///< by currency, in its minor units
    int payments = 0;
    int voided = 0;
    QMap<QString, int> active; ///< active operations by state
    QString syncLine;
};

StatusFigures statusFigures(Ledger &ledger)
{
    QSqlQuery query(ledger.database().connection());
    QMap<QString, int> byStatus;
    int invoiceCount = 0;
    query.exec(QStringLiteral("SELECT status, count(*) FROM invoices GROUP BY status"));
    while (query.next()) {
        byStatus.insert(query.value(0).toString(), query.value(1).toInt());
        invoiceCount += query.value(1).toInt();
    }
    QMap<QString, qint64> outstanding;
    query.exec(QStringLiteral(
        "SELECT currency, sum(grand_total - paid_total + refunded_total) FROM invoices "
        "WHERE status IN ('Pending') GROUP BY currency"));
    while (query.next())
        outstanding.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.exec(QStringLiteral("SELECT count(*), count(voided_at) FROM payments"));
    query.next();
    const int payments = query.value(0).toInt();
    const int voided = query.value(1).toInt();
    const auto ops = ledger.outbox().activeCountsByState();
    const QMap<QString, int> active = ops ? *ops : QMap<QString, int>();
    int waiting = 0;
    int attention = 0;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        const bool person = needsPerson(opStateFromKey(it.key()).value_or(OpState::NeedsAttention));
        (person ? attention : waiting) += it.value();
    }
    const QString syncLine = waiting + attention == 0
        ? QCoreApplication::translate("Cli", "All changes synced")
        : QCoreApplication::translate("Cli", "%1 waiting · %2 need attention")
              .arg(waiting)
              .arg(attention);
    return {ledger.database().path(), ledger.database().schemaVersion(), byStatus, invoiceCount,
        outstanding, payments, voided, active, syncLine};
}

void printStatusJson(const StatusFigures &f, Output &io)
{
    QJsonObject statuses;
    for (auto it = f.byStatus.cbegin(); it != f.byStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonObject owed;
    for (auto it = f.outstanding.cbegin(); it != f.outstanding.cend(); ++it)
        owed.insert(
            it.key(), Money::fromMinorUnits(it.value(), *Currency::fromCode(it.key())).toString());
    QJsonObject sync;
    for (auto it = f.active.cbegin(); it != f.active.cend(); ++it)
        sync.insert(it.key(), it.value());
    const QJsonObject root {{QStringLiteral("database"), f.path},
        {QStringLiteral("schemaVersion"), f.schemaVersion},
        {QStringLiteral("invoices"), f.invoiceCount},
        {QStringLiteral("invoicesByStatus"), statuses}, {QStringLiteral("outstanding"), owed},
        {QStringLiteral("payments"), f.payments}, {QStringLiteral("voidedPayments"), f.voided},
        {QStringLiteral("activeOperations"), sync}, {QStringLiteral("sync"), f.syncLine}};
    io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
}

void printStatusTable(const StatusFigures &f, Output &io)
{
    QStringList statusParts;
    for (auto it = f.byStatus.cbegin(); it != f.byStatus.cend(); ++it)
        statusParts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    QStringList owedParts;
    for (auto it = f.outstanding.cbegin(); it != f.outstanding.cend(); ++it)
        owedParts.append(Money::fromMinorUnits(it.value(), *Currency::fromCode(it.key())).toString()
            + QLatin1Char(' ') + it.key());
    io.out << QCoreApplication::translate("Cli", "Database:    %1 (schema %2)")
                  .arg(f.path)
                  .arg(f.schemaVersion)
           << Qt::endl
           << QCoreApplication::translate("Cli", "Invoices:    %1").arg(f.invoiceCount)
           << (statusParts.isEmpty()
                      ? QString()
                      : QStringLiteral(" (%1)").arg(statusParts.join(QStringLiteral(", "))))
           << Qt::endl
           << QCoreApplication::translate("Cli", "Outstanding: %1")
                  .arg(owedParts.isEmpty() ? QCoreApplication::translate("Cli", "nothing")
                                           : owedParts.join(QStringLiteral(", ")))
           << Qt::endl
           << QCoreApplication::translate("Cli", "Payments:    %1 (%2 voided)")
                  .arg(f.payments)
                  .arg(f.voided)
           << Qt::endl
           << QCoreApplication::translate("Cli", "Sync:        %1").arg(f.syncLine) << Qt::endl;
}

} // namespace

int runStatus(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() != 1) {
        io.err << QCoreApplication::translate("Cli", "usage: status [--format table|json]")
               << Qt::endl;
        return BadUsage;
    }
    const auto format = formatOf(args, io, false);
    if (!format)
        return BadUsage;
    const StatusFigures figures = statusFigures(ledger);
    if (*format == Format::Json)
        printStatusJson(figures, io);
    else
        printStatusTable(figures, io);
    return Success;
}

} // namespace InvoiceDesk::Cli
