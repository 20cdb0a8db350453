// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: the main window on a company file, from opening the file to the first
// paint of the invoice list, and when the background integrity check lets writes through.
//   bench_startup FILE [FILE ...]   (e.g. an empty company file and bench_browse's 1M file)
#include "database.h"
#include "integritygate.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace InvoiceDesk;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** One start: file opened, window built, shown and painted; then the check's verdict. */
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
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QApplication::processEvents();
    const double shown = ms(timer);
    auto gate = window.database().integrityGate();
    while (gate->state() == IntegrityGate::State::Checking) {
        QApplication::processEvents();
        QThread::msleep(1);
    }
    std::printf("%-50s window shown %8.1f ms (file open %.1f, window built %.1f); writes "
                "released after %8.1f ms (%s)\n",
        qPrintable(path), shown, opened, built, ms(timer),
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
