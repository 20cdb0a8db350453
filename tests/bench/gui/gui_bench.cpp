// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI stall benchmark (issue 16 item 4): drives the main window on a large company file and
// measures, per step, the longest time the GUI thread could not run a 5 ms timer.
//   bench_gui FILE [INVOICES.CSV]
// FILE is copied first (the steps write to it). INVOICES.CSV, when given, is imported in a step.
// Last, 2,000 new invoices are synced to a fake remote (in a thread of its own) by the window.
#include "../queuedinvoices.h"
#include "database.h"
#include "fakeremotes.h"
#include "importjob.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "ledger.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace InvoiceDesk;

namespace {

/** A 5 ms timer; the longest gap between two of its ticks, less 5 ms, is the worst stall. */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        mTimer.setTimerType(Qt::PreciseTimer);
        mTimer.setInterval(5);
        connect(&mTimer, &QTimer::timeout, this, [this] {
            const double now = double(mClock.nsecsElapsed()) / 1e6;
            mWorst = std::max(mWorst, now - mLast - 5.0);
            mLast = now;
            ++mTicks;
        });
        mClock.start();
        mTimer.start();
    }
    void reset()
    {
        mLast = double(mClock.nsecsElapsed()) / 1e6;
        mWorst = 0;
    }
    double worst() const { return std::max(mWorst, 0.0); }
    /**
     * Lets the next tick in, so that a stall still running when a step's time was up is
     * counted in that step, not hidden by the next step's reset().
     */
    void settle()
    {
        const quint64 before = mTicks;
        while (mTicks == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }

private:
    QTimer mTimer;
    QElapsedTimer mClock;
    double mLast = 0;
    double mWorst = 0;
    quint64 mTicks = 0;
};

/** Runs the event loop for `ms`, or until `done` holds when given. */
void runFor(int ms, const std::function<bool()> &done = {})
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && !(done && done()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

struct Bench
{
    StallMeter meter;
    double worstOverall = 0;

    /** Posts `act` to the event loop, runs it until `done`, then 100 ms more; prints the row. */
    void step(
        const QString &name, const std::function<void()> &act,
        const std::function<bool()> &done = [] { return true; }, int timeoutMs = 120000)
    {
        QElapsedTimer clock;
        clock.start();
        meter.reset();
        bool started = false;
        QTimer::singleShot(0, [&] {
            act();
            started = true;
        });
        runFor(timeoutMs, [&] { return started && done(); });
        const double took = double(clock.nsecsElapsed()) / 1e6;
        runFor(100);
        meter.settle();
        report(name, meter.worst(), took);
    }

    void report(const QString &name, double stall, double took)
    {
        worstOverall = std::max(worstOverall, stall);
        std::printf("%-40s %10.1f %12.1f  %s\n", qPrintable(name), stall, took,
            stall <= 50 ? "ok" : "STALL");
        std::fflush(stdout);
    }
};

void scrollSteps(Bench &bench, MainWindow &window)
{
    InvoiceListView *view = window.invoiceView();
    bench.step(QStringLiteral("scroll to the end"), [view] { view->scrollToBottom(); });
    bench.step(QStringLiteral("scroll back to the top"), [view] { view->scrollToTop(); });
}

void sortSteps(Bench &bench, MainWindow &window)
{
    InvoiceListView *view = window.invoiceView();
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        const QString title = window.invoiceModel()->headerData(column, Qt::Horizontal).toString();
        bench.step(QStringLiteral("sort by %1").arg(title),
            [view, column] { view->sortByColumn(column, Qt::DescendingOrder); });
    }
    bench.step(QStringLiteral("sort by number again"),
        [view] { view->sortByColumn(InvoiceListModel::Number, Qt::AscendingOrder); });
}

/** Types the text a letter every 200 ms (the filter waits 150 ms for the next keystroke). */
void filterSteps(Bench &bench, MainWindow &window, const QString &text)
{
    QLineEdit *edit = window.filterEdit();
    double worst = 0;
    QString worstAt;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < text.size(); ++i) {
        bench.meter.reset();
        QTest::keyClick(edit, text.at(i).toLatin1());
        runFor(200);
        bench.meter.settle();
        if (qEnvironmentVariableIsSet("BENCH_GUI_KEYSTROKES"))
            std::printf("  \"%s\" %.1f ms\n", qPrintable(text.left(i + 1)), bench.meter.worst());
        if (bench.meter.worst() > worst) {
            worst = bench.meter.worst();
            worstAt = text.left(i + 1);
        }
    }
    const double typed = double(clock.nsecsElapsed()) / 1e6;
    InvoiceListModel *model = window.invoiceModel();
    runFor(2000, [&] { return !model->isFiltering() && model->isCountExact(); });
    const double shown = double(clock.nsecsElapsed()) / 1e6 - typed;
    bench.meter.settle(); // the exact count's rows arriving count as the last keystroke's
    if (bench.meter.worst() > worst) {
        worst = bench.meter.worst();
        worstAt = text + QStringLiteral(" (its count)");
    }
    bench.report(
        QStringLiteral("filter \"%1\" letter by letter").arg(text.trimmed()), worst, typed);
    std::printf("  (the worst keystroke: \"%s\"; %d invoices shown and counted %.0f ms after the "
                "last one's 200 ms)\n",
        qPrintable(worstAt), model->rowCount(), shown);
    bench.step(
        QStringLiteral("clear the filter"), [edit] { edit->clear(); },
        [model] { return model->filter().text.isEmpty() && !model->isFiltering(); });
    runFor(300);
}

/** Sorts the matches of a text whose rarest trigram leaves thousands of candidates. */
void filteredSortSteps(Bench &bench, MainWindow &window, const QString &text)
{
    QLineEdit *edit = window.filterEdit();
    InvoiceListModel *model = window.invoiceModel();
    const auto shown = [model, text] {
        return model->filter().text == text && !model->isFiltering() && model->isCountExact();
    };
    bench.step(
        QStringLiteral("filter \"%1\" pasted").arg(text), [edit, text] { edit->setText(text); },
        shown);
    std::printf("  (%d invoices)\n", model->rowCount());
    InvoiceListView *view = window.invoiceView();
    const auto sorted = [model] { return !model->isFiltering(); };
    bench.step(
        QStringLiteral("sort them by Total"),
        [view] { view->sortByColumn(InvoiceListModel::Total, Qt::DescendingOrder); }, sorted);
    bench.step(
        QStringLiteral("sort them by Customer"),
        [view] { view->sortByColumn(InvoiceListModel::Customer, Qt::AscendingOrder); }, sorted);
    bench.step(
        QStringLiteral("sort them by number again"),
        [view] { view->sortByColumn(InvoiceListModel::Number, Qt::AscendingOrder); }, sorted);
    bench.step(
        QStringLiteral("read them again (a save, a sync)"), [&window] { window.refresh(); },
        sorted);
    bench.step(
        QStringLiteral("clear the filter"), [edit] { edit->clear(); },
        [model] { return model->filter().text.isEmpty() && !model->isFiltering(); });
}

/** Scrolls to the middle of a text's matches when they are many (read in the order's index). */
void middleOfManyMatchesSteps(Bench &bench, MainWindow &window, const QString &text)
{
    QLineEdit *edit = window.filterEdit();
    InvoiceListModel *model = window.invoiceModel();
    bench.step(
        QStringLiteral("filter \"%1\" pasted").arg(text), [edit, text] { edit->setText(text); },
        [model, text] {
            return model->filter().text == text && !model->isFiltering() && model->isCountExact();
        });
    std::printf("  (%d invoices)\n", model->rowCount());
    InvoiceListView *view = window.invoiceView();
    // Done when the rows in sight are read (a page past the first comes in the background).
    const auto shownRows
        = [view] { return view->model()->index(view->rowAt(0), 0).data().isValid(); };
    bench.step(
        QStringLiteral("scroll to the middle of them"),
        [view] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2); },
        shownRows);
    bench.step(
        QStringLiteral("scroll to their end"), [view] { view->scrollToBottom(); }, shownRows);
    bench.step(
        QStringLiteral("clear the filter"), [edit] { edit->clear(); },
        [model] { return model->filter().text.isEmpty() && !model->isFiltering(); });
}

void editSteps(Bench &bench, MainWindow &window)
{
    InvoiceEditor *editor = nullptr;
    const qint64 id = window.invoiceModel()->invoiceId(0);
    bench.step(QStringLiteral("open an invoice"), [&] { editor = window.openEditor(id); });
    bench.step(QStringLiteral("save the invoice"), [&] {
        if (editor) {
            editor->save();
            editor->close();
        }
    });
}

void importStep(Bench &bench, MainWindow &window, const QString &csv)
{
    ImportOptions options;
    options.writeErrorFile = false;
    ImportJob job(window.database().path(), csv, options);
    bool finished = false;
    QObject::connect(&job, &ImportJob::finished, &window, [&](const ImportReport &report) {
        if (!report.committed)
            std::fprintf(stderr, "import: %s\n", qPrintable(report.fatalError));
        window.refresh();
        finished = true;
    });
    bench.step(
        QStringLiteral("import %1 (worker)").arg(QFileInfo(csv).fileName()), [&] { job.start(); },
        [&] { return finished; });
}

/** A fake remote in a thread of its own: its work is not the window's. */
class FakeInThread
{
public:
    FakeInThread()
    {
        mThread.start();
        mContext.moveToThread(&mThread);
        QMetaObject::invokeMethod(
            &mContext,
            [this] {
                mFake = new Fakes::FakeUpgradeChat(QStringLiteral("bench-token"));
                mStarted = mFake->start();
                mFake->server().setRequestLogLimit(1000);
                mUrl = mFake->url();
            },
            Qt::BlockingQueuedConnection);
    }
    ~FakeInThread()
    {
        QMetaObject::invokeMethod(
            &mContext, [this] { delete mFake; }, Qt::BlockingQueuedConnection);
        mThread.quit();
        mThread.wait();
    }
    bool started() const { return mStarted; }
    QUrl url() const { return mUrl; }

private:
    QThread mThread;
    QObject mContext;
    Fakes::FakeUpgradeChat *mFake = nullptr;
    bool mStarted = false;
    QUrl mUrl;
};

/** A sync pass of `count` new invoices to a fake, the window's worker doing it. */
void syncStep(Bench &bench, MainWindow &window, int count)
{
    FakeInThread fake;
    if (!fake.started()) {
        std::fprintf(stderr, "sync: the fake did not start\n");
        return;
    }
    qputenv("BENCH_TOKEN", "bench-token");
    Ledger &ledger = window.ledger();
    Connection connection {0, QStringLiteral("bench"), QStringLiteral("upgradechat"), fake.url(),
        {{QStringLiteral("tokenEnv"), QStringLiteral("BENCH_TOKEN")}}};
    if (!ledger.connections().add(connection)
        || !Benchmarks::createQueuedInvoices(
            ledger, connection.name, QStringLiteral("SYNC-"), 5, count))
        return;
    window.refresh();
    runFor(300);
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    bench.step(
        QStringLiteral("sync pass, %1 invoices to a fake").arg(count), [&] { window.syncNow(); },
        [&] {
            if (sinceCheck.elapsed() < 100) // the check is a query on the GUI thread
                return false;
            sinceCheck.restart();
            const auto waiting = ledger.outbox().activeCountsByState();
            return waiting && waiting->isEmpty();
        });
    QSqlQuery states(window.database().connection());
    states.exec(QStringLiteral("SELECT state, count(*) AS ops FROM outbox GROUP BY state"));
    while (states.next())
        std::printf("  outbox: %s %d\n",
            qPrintable(states.value(QStringLiteral("state")).toString()),
            states.value(QStringLiteral("ops")).toInt());
}

/**
 * A copy on disk before the steps start: QSaveFile::commit() flushes it, so no step's commit
 * waits for the writeback of the copy's hundreds of megabytes (a save once stalled 137 ms).
 */
bool copyToDisk(const QString &from, const QString &to)
{
    QFile source(from);
    QSaveFile target(to);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    while (!(chunk = source.read(8 << 20)).isEmpty())
        if (target.write(chunk) != chunk.size())
            return false;
    return source.error() == QFile::NoError && target.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initUiResources();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui FILE [INVOICES.CSV]\n");
        return 2;
    }
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("gui.invoicedesk"));
    if (!copyToDisk(QString::fromLocal8Bit(argv[1]), path)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 1;
    }
    std::printf("%-40s %10s %12s\n", "step", "stall ms", "took ms");
    QElapsedTimer clock;
    clock.start();
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    MainWindow window(std::move(database).value());
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    Bench bench;
    std::printf("%-40s %10s %12.1f  (first paint, not counted)\n", "open and first paint", "",
        double(clock.nsecsElapsed()) / 1e6);
    runFor(500);
    scrollSteps(bench, window);
    sortSteps(bench, window);
    filterSteps(bench, window, QStringLiteral("Company 1234 "));
    filteredSortSteps(bench, window, QStringLiteral("Company 123"));
    middleOfManyMatchesSteps(bench, window, QStringLiteral("Company 1"));
    editSteps(bench, window);
    if (argc > 2)
        importStep(bench, window, QString::fromLocal8Bit(argv[2]));
    syncStep(bench, window, 2000);
    std::printf("worst stall: %.1f ms (target: none over 50 ms)\n", bench.worstOverall);
    return 0;
}
