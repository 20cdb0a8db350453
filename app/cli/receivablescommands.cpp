// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// aging, statement: what customers owe and for how long (issue 14 items 3, 4).
#include "clitable.h"
#include "commands.h"

#include "database.h"
#include "ledger.h"
#include "receivablesformat.h"
#include "receivablesstore.h"
#include "statementexport.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

int refuse(Output &io, const QString &message, int code = Failure)
{
    io.err << message << Qt::endl;
    return code;
}

/** On standard error, where a report leaves out currencies whose amounts cannot be summed. */
void warnLeftOut(const QString &leftOut, Output &io)
{
    if (!leftOut.isEmpty())
        io.err << QCoreApplication::translate("Cli", "warning: %1").arg(leftOut) << Qt::endl;
}

/** The ISO date of option `name`; nothing (and `error` set) when missing or not a date. */
std::optional<QDate> dateOption(const Arguments &args, const QString &name, QString &error)
{
    const QDate date = QDate::fromString(args.value(name), Qt::ISODate);
    if (!date.isValid()) {
        error = QCoreApplication::translate("Cli", "--%1 must be a date such as 2026-11-15")
                    .arg(name);
        return std::nullopt;
    }
    return date;
}

void printAgingTable(const AgingReport &report, Output &io)
{
    QStringList header = {QCoreApplication::translate("Cli", "Customer"),
        QCoreApplication::translate("Cli", "Currency")};
    for (int b = 0; b < BucketCount; ++b)
        header.append(bucketTitle(AgingBucket(b)));
    header.append(QCoreApplication::translate("Cli", "Total"));
    QList<QStringList> rows;
    const auto add = [&](const QString &customer, const AgingRow &row) {
        QStringList fields = {customer, row.currency};
        for (const qint64 amount : row.buckets)
            fields.append(amountText(amount, row.currency));
        fields.append(amountText(row.total(), row.currency));
        rows.append(fields);
    };
    for (const AgingRow &row : report.rows)
        add(row.customer, row);
    for (const AgingRow &row : report.totals)
        add(QCoreApplication::translate("Cli", "Total"), row);
    QList<int> amounts;
    for (int c = 2; c < header.size(); ++c)
        amounts.append(c);
    printTable(io.out, header, rows, amounts);
}

/** Writes the statements to `output` (.csv: one file per currency when several; .pdf) and
 * prints the files written. */
int writeStatements(
    Ledger &ledger, const QList<CustomerStatement> &statements, const QString &output, Output &io)
{
    auto company = ledger.companyProfile();
    if (!company)
        return refuse(io, company.error());
    const auto written = StatementExport::write(statements, *company, QLocale(), output);
    if (!written)
        return refuse(io, written.error());
    for (const QString &path : *written)
        io.out << path << Qt::endl;
    return Success;
}

} // namespace

int runAging(Ledger &, Database &database, const Arguments &args, Output &io)
{
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return refuse(io, QCoreApplication::translate("Cli", "--format must be table, csv or json"),
            BadUsage);
    QString error;
    const auto asOf = dateOption(args, QStringLiteral("as-of"), error);
    if (!asOf)
        return refuse(io, error, BadUsage);
    ReceivablesStore store(database.connection());
    auto entries = store.entries(*asOf);
    if (!entries)
        return refuse(io, entries.error());
    warnLeftOut(leftOutOfReport(leaveOutBeyondReportSums(entries.value())), io);
    const AgingReport report = AgingCalculator::age(*entries, *asOf);
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(agingJson(report));
    else if (format == QLatin1String("csv"))
        io.out << QString::fromUtf8(agingCsv(report));
    else
        printAgingTable(report, io);
    return Success;
}

int runStatement(Ledger &ledger, Database &database, const Arguments &args, Output &io)
{
    QString error;
    const auto from = dateOption(args, QStringLiteral("from"), error);
    const auto to = from ? dateOption(args, QStringLiteral("to"), error) : std::nullopt;
    if (!from || !to)
        return refuse(io, error, BadUsage);
    if (*to < *from)
        return refuse(io, QCoreApplication::translate("Cli", "--to is before --from"), BadUsage);
    const QString output = args.value(QStringLiteral("output"));
    if (!output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return refuse(io,
            QCoreApplication::translate("Cli", "--output must name a .csv or .pdf file"), BadUsage);
    ReceivablesStore store(database.connection());
    auto customer = store.customerNamed(args.value(QStringLiteral("customer")));
    if (!customer)
        return refuse(io, customer.error());
    if (customer->isEmpty())
        return refuse(io,
            QCoreApplication::translate("Cli", "no customer named \"%1\"")
                .arg(args.value(QStringLiteral("customer"))));
    auto entries = store.entries(*to);
    if (!entries)
        return refuse(io, entries.error());
    QStringList leftOut;
    const QList<CustomerStatement> statements
        = StatementBuilder::build(*entries, *customer, *from, *to, &leftOut);
    // A customer whose every currency is left out has a statement that cannot be made, not none.
    if (statements.isEmpty() && !leftOut.isEmpty())
        return refuse(io, leftOutOfStatement(*customer, leftOut));
    warnLeftOut(leftOutOfStatement(*customer, leftOut), io);
    if (statements.isEmpty())
        return refuse(io,
            QCoreApplication::translate("Cli", "%1 has no invoices or payments up to %2")
                .arg(*customer, to->toString(Qt::ISODate)));
    return writeStatements(ledger, statements, output, io);
}

} // namespace InvoiceDesk::Cli
