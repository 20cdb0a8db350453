// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Browse benchmark: a 1,000,000-invoice company file, opened in the invoice
// list model; times the first page, a sort by customer and a filter, beside
// the raw SQLite query for the same page, and prints the peak memory.
//   bench_browse [DB_PATH] [INVOICES]     (the file is built once and reused)
#include "database.h"
#include "invoicelistmodel.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <sys/resource.h>

using namespace InvoiceDesk;

namespace {

bool build(Database &db, int count)
{
    QSqlDatabase c = db.connection();
    Sql::Transaction transaction(c);
    if (!transaction.begin())
        return false;
    QSqlQuery insert(c);
    insert.prepare(QStringLiteral("INSERT INTO invoices (uuid, number, lifecycle, status, "
                                  "issue_date, due_date, currency, subtotal, grand_total, "
                                  "paid_total, customer, description, created_at, updated_at) "
                                  "VALUES (?, ?, 'issued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDate start(2020, 1, 1);
    for (int n = 0; n < count; ++n) {
        const qint64 total = 1000 + (qint64(n) * 7919) % 500000;
        const bool paid = n % 3 != 0;
        insert.addBindValue(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("B-%1").arg(n + 1, 7, 10, QLatin1Char('0')));
        insert.addBindValue(paid ? QStringLiteral("Paid") : QStringLiteral("Pending"));
        insert.addBindValue(start.addDays(n % 2000).toString(Qt::ISODate));
        insert.addBindValue(start.addDays(n % 2000 + 30).toString(Qt::ISODate));
        insert.addBindValue(n % 5 ? QStringLiteral("USD") : QStringLiteral("EUR"));
        insert.addBindValue(total);
        insert.addBindValue(total);
        insert.addBindValue(paid ? total : 0);
        insert.addBindValue(QStringLiteral("Company %1 Ltd").arg((qint64(n) * 104729) % 20000));
        insert.addBindValue(QStringLiteral("Services %1").arg(n % 12));
        insert.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        insert.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        if (!insert.exec())
            return false;
    }
    return bool(transaction.commit());
}

/** Touches every column of the first `rows` rows, as a view showing them would. */
void showFirstPage(const InvoiceListModel &model, int rows = 40)
{
    for (int row = 0; row < std::min(rows, model.rowCount()); ++row) {
        for (int column = 0; column < InvoiceListModel::ColumnCount; ++column)
            model.index(row, column).data();
    }
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral("/tmp/invoicedesk-browse.invoicedesk");
    const int count = argc > 2 ? atoi(argv[2]) : 1000000;

    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path);
        if (!db || !build(*db.value(), count)) {
            std::fprintf(stderr, "could not build %s\n", qPrintable(path));
            return 1;
        }
        std::printf("built %d invoices in %.1f s\n", count, ms(timer) / 1000);
    }

    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db)
        return 1;
    InvoiceListModel model(db.value()->connection());
    showFirstPage(model);
    std::printf("open + first page:      %7.1f ms  (%d invoices; target < 150 ms)\n", ms(timer),
        model.rowCount());

    timer.restart();
    model.sort(InvoiceListModel::Customer, Qt::AscendingOrder);
    showFirstPage(model);
    std::printf("sort by customer:       %7.1f ms  (target < 300 ms)\n", ms(timer));

    timer.restart();
    model.setFilter({QStringLiteral("Company 1234 "), std::nullopt, false});
    showFirstPage(model);
    std::printf("filter \"Company 1234 \": %7.1f ms  (%d rows; target < 300 ms)\n", ms(timer),
        model.rowCount());

    timer.restart();
    model.setFilter({QString(), InvoiceStatus::Pending, true});
    showFirstPage(model);
    std::printf("overdue filter:         %7.1f ms  (%d rows)\n", ms(timer), model.rowCount());

    timer.restart();
    QSqlQuery raw(db.value()->connection());
    raw.setForwardOnly(true);
    raw.exec(QStringLiteral("SELECT id, number, issue_date, due_date, customer, status, currency, "
                            "grand_total, paid_total "
                            "FROM invoices ORDER BY customer COLLATE NOCASE, id LIMIT 200"));
    int rows = 0;
    while (raw.next())
        ++rows;
    std::printf("raw SQLite page query:  %7.1f ms  (%d rows, same sort)\n", ms(timer), rows);

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "peak memory:            %7.1f MB  (target < 150 MB)\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
