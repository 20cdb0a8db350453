// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: the main window on a company file, from opening the file to the first
// paint of the invoice list, then every row listed, and when the background integrity check
// lets writes through.
//   bench_startup FILE [FILE ...]   (e.g. an empty company file and bench_browse's 1M file)
#include "database.h"
#include "integritygate.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <cstdio>

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
    FirstPaint(QWidget *viewport, const QElapsedTimer &timer)
        : mTimer(timer)
    {
        viewport->installEventFilter(this);
    }
    double at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { at = ms(mTimer); });
        }
        return false;
    }

private:
    const QElapsedTimer &mTimer;
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initUiResources();
    for (int i = 1; i < argc; ++i) {
        // Twice: the second run has the operating system's page cache warm, as a daily start.
        if (!measure(QString::fromLocal8Bit(argv[i])) || !measure(QString::fromLocal8Bit(argv[i])))
            return 1;
    }
    return 0;
}
