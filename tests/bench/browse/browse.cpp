// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Browse benchmark: company files of 10,000 and 1,000,000 invoices (search column filled as
// the store fills it), opened in the invoice list model; times the first page, a sort, the
// text filter (whole and typed letter by letter) and "Overdue only" on both, beside the
// LIKE scan the filter used before the trigram index (issue 16), and prints the ratios and
// the peak memory. Each figure is the best of five runs, with the slowest beside it.
//   bench_browse [FOLDER] [SMALL] [LARGE]   (files FOLDER/browse-N.invoicedesk, built once)
#include "database.h"
#include "invoicelistmodel.h"
#include "invoicenumbering.h"
#include "searchtext.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
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
    insert.prepare(QStringLiteral(
        "INSERT INTO invoices (uuid, number, number_key, lifecycle, status, issue_date, due_date, "
        "currency, subtotal, grand_total, paid_total, customer, description, search_text, "
        "created_at, updated_at) VALUES (:uuid, :number, :numberKey, 'issued', :status, :issued, "
        ":due, :currency, :total, :total, :paid, :customer, :description, :search, :at, :at)"));
    const QDate start(2020, 1, 1);
    for (int n = 0; n < count; ++n) {
        const qint64 total = 1000 + (qint64(n) * 7919) % 500000;
        const bool paid = n % 3 != 0;
        const QString number = QStringLiteral("B-%1").arg(n + 1, 7, 10, QLatin1Char('0'));
        const QString customer = QStringLiteral("Company %1 Ltd").arg((qint64(n) * 104729) % 20000);
        const QString description = QStringLiteral("Services %1").arg(n % 12);
        // As SearchText::forInvoice: number, customer, description, company, e-mail.
        const QString search = SearchText::fold(
            QStringList {number, customer, description, QString(), QString()}.join(
                QLatin1Char(' ')));
        Sql::bind(insert,
            QVariantMap {
                {QStringLiteral("uuid"),
                    QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'))},
                {QStringLiteral("number"), number},
                {QStringLiteral("numberKey"), InvoiceNumbering::sortKey(number)},
                {QStringLiteral("status"),
                    paid ? QStringLiteral("Paid") : QStringLiteral("Pending")},
                {QStringLiteral("issued"), start.addDays(n % 2000).toString(Qt::ISODate)},
                {QStringLiteral("due"), start.addDays(n % 2000 + 30).toString(Qt::ISODate)},
                {QStringLiteral("currency"), n % 5 ? QStringLiteral("USD") : QStringLiteral("EUR")},
                {QStringLiteral("total"), total}, {QStringLiteral("paid"), paid ? total : 0},
                {QStringLiteral("customer"), customer},
                {QStringLiteral("description"), description}, {QStringLiteral("search"), search},
                {QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00.000Z")}});
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

/** Best and slowest of five runs of `work`, in ms. */
struct Timing
{
    double best = 1e9;
    double worst = 0;
};

Timing timed(const std::function<void()> &work)
{
    Timing t;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        t.best = std::min(t.best, ms(timer));
        t.worst = std::max(t.worst, ms(timer));
    }
    return t;
}

std::unique_ptr<Database> openBuilt(const QString &path, int count)
{
    const bool exists = QFileInfo::exists(path);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db || (!exists && !build(*db.value(), count))) {
        std::fprintf(stderr, "could not open or build %s\n", qPrintable(path));
        return nullptr;
    }
    if (!exists)
        std::printf("built %d invoices in %.1f s\n", count, ms(timer) / 1000);
    return std::move(db).value();
}

/** The figures of one file. */
struct Figures
{
    int invoices = 0;
    Timing open, sort, filter, typed, overdue, likeScan;
    int filtered = 0, overdueRows = 0;
};

void typeLetterByLetter(InvoiceListModel &model, const QString &text)
{
    for (qsizetype length = 1; length <= text.size(); ++length) {
        model.setFilter({text.left(length), std::nullopt, false});
        showFirstPage(model);
    }
}

Figures measure(Database &db)
{
    Figures f;
    QSqlDatabase c = db.connection();
    f.open = timed([&] {
        InvoiceListModel model(c);
        showFirstPage(model);
        f.invoices = model.rowCount();
    });
    InvoiceListModel model(c);
    f.sort = timed([&] {
        model.sort(InvoiceListModel::Customer, Qt::AscendingOrder);
        showFirstPage(model);
        model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
    });
    f.filter = timed([&] {
        model.setFilter({QStringLiteral("Company 1234 "), std::nullopt, false});
        showFirstPage(model);
        f.filtered = model.rowCount();
    });
    f.typed = timed([&] { typeLetterByLetter(model, QStringLiteral("Company 1234 ")); });
    f.overdue = timed([&] {
        model.setFilter({QString(), InvoiceStatus::Pending, true});
        showFirstPage(model);
        f.overdueRows = model.rowCount();
    });
    // The reference: the LIKE scan of the folded column the filter was before issue 16.
    f.likeScan = timed([&] {
        QSqlQuery raw(c);
        raw.setForwardOnly(true);
        raw.exec(QStringLiteral("SELECT id, count(*) OVER () AS matching FROM invoices WHERE "
                                "search_text LIKE '%company 1234 %' ORDER BY number LIMIT 200"));
        while (raw.next()) { }
    });
    return f;
}

void line(const char *what, const Timing &small, const Timing &large, const char *target)
{
    std::printf("%-30s %8.1f (%6.1f) %9.1f (%7.1f) %7.2f   %s\n", what, small.best, small.worst,
        large.best, large.worst, large.best / std::max(small.best, 0.001), target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    const int small = argc > 2 ? atoi(argv[2]) : 10000;
    const int large = argc > 3 ? atoi(argv[3]) : 1000000;
    auto path = [&](int n) -> QString {
        return folder + QStringLiteral("/browse-%1.invoicedesk").arg(n);
    };
    auto smallDb = openBuilt(path(small), small);
    auto largeDb = openBuilt(path(large), large);
    if (!smallDb || !largeDb)
        return 1;
    const Figures s = measure(*smallDb);
    const Figures l = measure(*largeDb);
    std::printf("%-30s %17s %19s %7s\n", "ms: best (slowest of 5)",
        qPrintable(QString::number(small)), qPrintable(QString::number(large)), "ratio");
    line("open + first page", s.open, l.open, "target < 150 ms");
    line("sort by customer + back", s.sort, l.sort, "target < 300 ms");
    line("text filter, first page", s.filter, l.filter, "target <= 30 ms, ratio <= 2");
    line("  typed letter by letter", s.typed, l.typed, "13 letters, 1 to 13 characters");
    line("overdue only, first page", s.overdue, l.overdue, "target <= 30 ms");
    line("reference: LIKE scan (old)", s.likeScan, l.likeScan, "the filter before issue 16");
    std::printf("rows: %d / %d invoices; text filter %d / %d; overdue %d / %d\n", s.invoices,
        l.invoices, s.filtered, l.filtered, s.overdueRows, l.overdueRows);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory: %.1f MB (target < 150 MB)\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
