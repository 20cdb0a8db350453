// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9.5, 9.8 and 9.11 through the CLI: a damaged, empty or missing company file is refused
// with SQLite's finding and left byte-identical; report commands never write; the lock follows
// the file, not its name; report commands work where no lock file can be written.
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

#include <filesystem>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

Run cli(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(str("INVOICEDESK_DB"));
    return runProgram(str(INVOICEDESK_CLI), arguments, environment);
}

/** Every file in the folder, with its size and hash: what "nothing was written" means. */
QStringList folderState(const QString &folder)
{
    QStringList state;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        state.append(
            name + QLatin1Char(' ') + QString::fromLatin1(fileHash(dir.filePath(name)).toHex()));
    return state;
}

/** A real company file of 40 demo invoices, closed. */
QString companyFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(str("books.invoicedesk"));
    const Run demo = cli({str("--db"), path, str("demo"), str("--count"), str("40")});
    if (demo.exitCode != 0)
        qFatal("demo failed: %s", qPrintable(demo.err));
    return path;
}

int rootPageOf(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
    sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT rootpage FROM sqlite_master WHERE name = ?", -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
    const int page = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : 0;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return page;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(bytes) != bytes.size())
        qFatal("cannot damage %s", qPrintable(path));
}

void damage(const QString &path, const QString &how)
{
    const qint64 pageSize = 4096;
    if (how == QLatin1String("16 bytes flipped in a data page")) {
        const qint64 page = rootPageOf(path, "invoice_lines") - 1;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        file.seek(page * pageSize + 8);
        QByteArray bytes = file.read(16);
        for (char &byte : bytes)
            byte = char(~byte);
        file.close();
        overwrite(path, page * pageSize + 8, bytes);
    } else if (how == QLatin1String("a zeroed page")) {
        overwrite(path, (rootPageOf(path, "payments") - 1) * pageSize, QByteArray(pageSize, '\0'));
    } else if (how == QLatin1String("the outbox table dropped")) {
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(
            db, "PRAGMA foreign_keys = OFF; DROP TABLE outbox;", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
}

} // namespace

class TestCompanyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileIsRefusedByEveryCommand_data();
    void damagedFileIsRefusedByEveryCommand();
    void emptyOrMissingFileIsNeverACompany_data();
    void emptyOrMissingFileIsNeverACompany();
    void reportCommandsNeverWrite();
    void reportCommandsWorkWhereNoLockCanBeWritten();
    void lockFollowsTheFileNotItsName_data();
    void lockFollowsTheFileNotItsName();
};

void TestCompanyFile::damagedFileIsRefusedByEveryCommand_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("finding");
    const QList<std::pair<const char *, const char *>> damages {
        {"16 bytes flipped in a data page", "SQLite's integrity check found: "},
        {"a zeroed page", "SQLite's integrity check found: "},
        {"the outbox table dropped", "its table \"outbox\" is missing"}};
    const QList<QStringList> commands {{str("status")}, {str("list"), str("invoices")},
        {str("export"), str("invoices"), str("-")}, {str("sync"), str("--once")},
        {str("import"), str("payments"), str("PAYMENTS")}};
    for (const auto &[how, finding] : damages)
        for (const QStringList &command : commands)
            QTest::addRow("%s: %s", how, qPrintable(command.first()))
                << str(how) << command << str(finding);
}

void TestCompanyFile::damagedFileIsRefusedByEveryCommand()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, command);
    QFETCH(QString, finding);
    QTemporaryDir dir;
    const QString path = companyFile(dir);
    const QString payments = dir.filePath(str("payments.csv"));
    QCOMPARE(cli({str("--db"), path, str("export"), str("payments"), payments}).exitCode, 0);
    ::damage(path, damage);
    command.replaceInStrings(str("PAYMENTS"), payments);
    const QStringList before = folderState(dir.path());

    const Run run = cli(QStringList {str("--db"), path} + command);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(path + str(" is damaged: ") + finding), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(str("Nothing was read from it or written to it. Restore your last "
                                  "backup (File > Restore in InvoiceDesk, or copy the backup over "
                                  "this file)\n")),
        qPrintable(run.err));
    QVERIFY(!run.err.contains(u'\n') || run.err.indexOf(u'\n') == run.err.size() - 1);
    QCOMPARE(folderState(dir.path()), before);
}

void TestCompanyFile::emptyOrMissingFileIsNeverACompany_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QStringList>("command");
    for (const bool exists : {true, false}) {
        const char *what = exists ? "0-byte file" : "no file";
        QTest::addRow("%s: status", what) << exists << QStringList {str("status")};
        QTest::addRow("%s: list", what) << exists << QStringList {str("list"), str("invoices")};
        QTest::addRow("%s: export", what)
            << exists << QStringList {str("export"), str("invoices"), str("-")};
        QTest::addRow("%s: sync", what) << exists << QStringList {str("sync"), str("--once")};
    }
    QTest::addRow("0-byte file: import")
        << true << QStringList {str("import"), str("invoices"), str("/dev/null")};
}

void TestCompanyFile::emptyOrMissingFileIsNeverACompany()
{
    QFETCH(bool, exists);
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    const QString path = dir.filePath(str("acme.invoicedesk"));
    if (exists)
        writeFile(path, QByteArray());
    const Run run = cli(QStringList {str("--db"), path} + command);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        exists ? str("%1 is empty (0 bytes), so it is not a company file; it was left untouched. "
                     "If it should hold your books, restore your last backup over it\n")
                     .arg(path)
               : str("There is no company file at %1 (nothing was created)\n").arg(path));
    QCOMPARE(folderState(dir.path()),
        exists
            ? QStringList {str("acme.invoicedesk ") + QString::fromLatin1(fileHash(path).toHex())}
            : QStringList());
}

void TestCompanyFile::reportCommandsNeverWrite()
{
    QTemporaryDir dir;
    const QString path = companyFile(dir);
    const QStringList before = folderState(dir.path());
    for (const QStringList &command :
        {QStringList {str("status")}, QStringList {str("list"), str("invoices")},
            QStringList {str("list"), str("payments"), str("--format"), str("json")},
            QStringList {str("export"), str("invoices"), str("-")},
            QStringList {str("connection"), str("list")}}) {
        const Run run = cli(QStringList {str("--db"), path} + command);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(folderState(dir.path()), before);
    }
}

void TestCompanyFile::reportCommandsWorkWhereNoLockCanBeWritten()
{
    // As on a full disk: the lock file cannot be created (here a folder stands in its way).
    QTemporaryDir dir;
    const QString path = companyFile(dir);
    QVERIFY(QDir().mkdir(path + str(".lock")));
    const Run status = cli({str("--db"), path, str("status")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY(status.out.contains(str("Invoices:    40")));
    const Run exported = cli({str("--db"), path, str("export"), str("invoices"), str("-")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.startsWith(str("number,")));
    // A command that writes is refused, and says why.
    const Run import = cli({str("--db"), path, str("demo"), str("--count"), str("1")});
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err,
        str("Cannot create the lock file %1.lock: a folder of that name is in the way\n")
            .arg(path));
}

void TestCompanyFile::lockFollowsTheFileNotItsName_data()
{
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("symbolic link") << false;
    QTest::newRow("hard link") << true;
}

void TestCompanyFile::lockFollowsTheFileNotItsName()
{
    QFETCH(bool, hardLink);
    TestDb t; // holds the file
    const QString other = t.dir.filePath(str("elsewhere.invoicedesk"));
    std::error_code error;
    if (hardLink)
        std::filesystem::create_hard_link(t.path().toStdString(), other.toStdString(), error);
    else
        std::filesystem::create_symlink(t.path().toStdString(), other.toStdString(), error);
    QVERIFY2(!error, error.message().c_str());
    const Run run = cli({str("--db"), other, str("status")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(str(" is already open in another InvoiceDesk process (pid %1 on ")
                                  .arg(QCoreApplication::applicationPid())),
        qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCompanyFile)
#include "tst_companyfile.moc"
