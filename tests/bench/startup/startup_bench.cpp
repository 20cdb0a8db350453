// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: the main window on a company file, from opening the file to the first
// paint of the invoice list, then every row listed, and when the background integrity check
// lets writes through.
//   bench_startup FILE [FILE ...]   (e.g. an empty company file and bench_browse's 1M file)
//   bench_startup --process FILE [FILE ...]
//       start-up as a person sees it: a new process started, until the list's first paint
//       (the files taken in turn, seven rounds; the median and the fastest of each)
#include "database.h"
#include "integritygate.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace InvoiceDesk;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Notes when the list's first paint is done: a queued call runs once the paint has returned. */
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *viewport, const QElapsedTimer &timer, std::function<void()> then = {})
        : mTimer(timer)
        , mThen(std::move(then))
    {
        viewport->installEventFilter(this);
    }
    double at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                at = ms(mTimer);
                if (mThen)
                    mThen(); // at once: other work queued behind the paint is not counted
            });
        }
        return false;
    }

private:
    const QElapsedTimer &mTimer;
    std::function<void()> mThen;
};

/**
 * One start: file opened, window built, shown, the list's first page painted (the figure);
 * then every row listed (the rows of a large file come after the first paint) and the
 * integrity check's verdict.
 */
bool measure(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return false;
    }
    const double opened = ms(timer);
    MainWindow window(std::move(database).value());
    const double built = ms(timer);
    FirstPaint painted(window.invoiceView()->viewport(), timer);
    window.show();
    while (painted.at < 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    const double listed = ms(timer);
    const int rows = window.invoiceView()->model()->rowCount();
    auto gate = window.database().integrityGate();
    while (gate->state() == IntegrityGate::State::Checking) {
        QApplication::processEvents();
        QThread::msleep(1);
    }
    std::printf("%-50s first page painted %8.1f ms (file open %.1f, window built %.1f); %d rows "
                "listed after %.1f ms; writes released after %8.1f ms (%s)\n",
        qPrintable(path), painted.at, opened, built, rows, listed, ms(timer),
        gate->state() == IntegrityGate::State::Open ? "intact" : "damaged");
    return true;
}

/** The child of --process: the window on `path`, "painted" written at its first paint. */
int showUntilFirstPaint(const QString &path)
{
    initUiResources();
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    MainWindow window(std::move(database).value());
    FirstPaint painted(window.invoiceView()->viewport(), timer, [] {
        std::printf("painted\n");
        std::fflush(stdout);
    });
    window.show();
    while (painted.at < 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return 0;
}

/** Milliseconds from starting a new process on `path` until it painted its list's first page. */
double newProcessUntilFirstPaint(const QString &program, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(program, {QStringLiteral("--child"), path});
    QByteArray said;
    while (!said.contains("painted\n") && child.waitForReadyRead(60000))
        said += child.readAllStandardOutput();
    const double at = ms(timer);
    child.waitForFinished(60000);
    return said.contains("painted\n") ? at : -1;
}

int measureNewProcesses(const QString &program, const QStringList &paths)
{
    constexpr int rounds = 7;
    QHash<QString, QList<double>> times;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &path : paths) {
            const double at = newProcessUntilFirstPaint(program, path);
            if (at < 0) {
                std::fprintf(stderr, "%s: the new process did not paint\n", qPrintable(path));
                return 1;
            }
            times[path].append(at);
        }
    }
    for (const QString &path : paths) {
        QList<double> sorted = times.value(path);
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-50s new process until first paint %8.1f ms median (fastest %.1f, %d "
                    "starts)\n",
            qPrintable(path), sorted.at(sorted.size() / 2), sorted.first(), rounds);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("--child") && argc == 3) {
        QApplication app(argc, argv);
        return showUntilFirstPaint(QString::fromLocal8Bit(argv[2]));
    }
    if (mode == QLatin1String("--process")) {
        QCoreApplication app(argc, argv);
        return measureNewProcesses(
            QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(2));
    }
    QApplication app(argc, argv);
    initUiResources();
    for (int i = 1; i < argc; ++i) {
        // Twice: the second run has the operating system's page cache warm, as a daily start.
        if (!measure(QString::fromLocal8Bit(argv[i])) || !measure(QString::fromLocal8Bit(argv[i])))
            return 1;
    }
    return 0;
}
