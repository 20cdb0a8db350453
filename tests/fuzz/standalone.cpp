// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A small driver that runs a libFuzzer target without libFuzzer, so that every ctest run
// fuzzes the statement readers briefly (issue 15) with the ordinary compiler: each seed file
// as it is, then mutations of them (bytes flipped, inserted, removed, cut, spliced) from a
// fixed random seed until the time is up. A broken promise aborts, as under libFuzzer.
//   standalone_fuzz_X SECONDS SEED...
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

QByteArray mutated(const QList<QByteArray> &seeds, QRandomGenerator &random)
{
    QByteArray bytes = seeds.at(int(random.bounded(int(seeds.size()))));
    const int edits = 1 + int(random.bounded(8));
    static const char interesting[] = "<>/:-+,.;\"\n\r\t 0912CDRT";
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const int at = int(random.bounded(int(bytes.size())));
        switch (random.bounded(6)) {
        case 0:
            bytes[at] = char(random.bounded(256));
            break;
        case 1:
            bytes.insert(at, interesting[random.bounded(int(sizeof interesting - 1))]);
            break;
        case 2:
            bytes.remove(at, 1 + int(random.bounded(16)));
            break;
        case 3:
            bytes.truncate(at);
            break;
        case 4: {
            const QByteArray &other = seeds.at(int(random.bounded(int(seeds.size()))));
            const int from = int(random.bounded(int(std::max<qsizetype>(other.size(), 1))));
            bytes.insert(at, other.mid(from, 1 + int(random.bounded(64))));
            break;
        }
        default:
            bytes.insert(at, bytes.mid(at, 1 + int(random.bounded(32))));
            break;
        }
    }
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s SECONDS SEED...\n", argv[0]);
        return 2;
    }
    const qint64 budget = qint64(std::atof(argv[1]) * 1000);
    QList<QByteArray> seeds;
    for (int i = 2; i < argc; ++i) {
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the seed %s\n", argv[i]);
            return 2;
        }
        seeds.append(file.readAll());
        run(seeds.last());
    }
    QRandomGenerator random(15);
    QElapsedTimer timer;
    timer.start();
    qint64 executions = 0;
    while (timer.elapsed() < budget) {
        run(mutated(seeds, random));
        ++executions;
    }
    std::printf(
        "%lld mutated inputs in %.1f s, no broken promise\n", executions, timer.elapsed() / 1000.0);
    return 0;
}
