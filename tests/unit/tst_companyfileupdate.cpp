// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a company file from the windows: a file an older InvoiceDesk wrote is brought up to
// date on a thread of its own (its backup and migrations take seconds when it is large), then
// opened as Database::open() opens it; a current file opens at once; a foreign one is refused
// untouched with open()'s own words.
#include "companyfileupdate.h"
#include "ledger.h"
#include "olderschemas.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestCompanyFileUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOlderFileIsBroughtUpToDateFirst();
    void aCurrentFileOpensAsItIs();
    void aForeignFileIsRefusedUntouched();
};

void TestCompanyFileUpdate::anOlderFileIsBroughtUpToDateFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older.invoicedesk"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Ledger ledger(*db.value());
        QVERIFY(ledger.createInvoice(sampleInvoice(QStringLiteral("O-1"))).ok());
    }
    // As the release before migration 0018 left it.
    QCOMPARE(rawExec(path, backToSchema17()), QString());
    QVERIFY(Database::needsMigration(path));

    auto opened = openCompanyFile(path, nullptr);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.migrationBackupPath().isEmpty()); // the update came before this open
    QCOMPARE(QDir(dir.path())
                 .entryList({QStringLiteral("older.invoicedesk.before-v%1-*.bak")
                                 .arg(Database::latestSchemaVersion())})
                 .size(),
        1);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT number FROM invoices")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("O-1"));
    QVERIFY(!query.next());
    QVERIFY(!Database::needsMigration(path));
}

void TestCompanyFileUpdate::aCurrentFileOpensAsItIs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("current.invoicedesk"));
    QVERIFY(!Database::needsMigration(path)); // missing: a new file
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    QVERIFY(!Database::needsMigration(path));
    auto opened = openCompanyFile(path, nullptr);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}), QStringList());
}

void TestCompanyFileUpdate::aForeignFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.invoicedesk"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a company file\n");
    file.close();
    QVERIFY(!Database::needsMigration(path));
    auto opened = openCompanyFile(path, nullptr);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("is not an InvoiceDesk database")),
        qPrintable(opened.error()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("these are my notes, not a company file\n"));
}

QTEST_MAIN(TestCompanyFileUpdate)
#include "tst_companyfileupdate.moc"
