// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "ledger.h"
#include "olderschemas.h"
#include "searchtext.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The statements that take a file back to before migration 0007 (customers, receipts). */
/** Migration 0012's objects dropped (issue 16: the search index). */
QStringList beforeMigration12()
{
    return {str("DROP TRIGGER invoices_search_on_insert"),
        str("DROP TRIGGER invoices_search_queued_on_insert"),
        str("DROP TABLE invoices_search_queue"), str("DROP TRIGGER invoice_count_on_insert"),
        str("DROP TRIGGER invoice_count_on_delete"), str("DROP TABLE invoice_count"),
        str("DROP TRIGGER invoices_search_on_delete"),
        str("DROP TRIGGER invoices_search_on_update"), str("DROP TABLE invoices_search"),
        str("DROP INDEX invoices_status_due"),
        str("CREATE INDEX invoices_status ON invoices(status)")};
}

QStringList beforeMigration7()
{
    return beforeMigration12()
        + QStringList {str("DROP TRIGGER invoices_customer_on_insert"),
            str("DROP TRIGGER invoices_customer_on_rename"), str("DROP TABLE allocations"),
            str("DROP TABLE receipts"), str("DROP INDEX invoices_customer_id"),
            str("ALTER TABLE invoices DROP COLUMN customer_id"), str("DROP TABLE customers")};
}

/** Undoes migration 0014 (issue 16 item 4: an index per sortable column) and 0020 (the number
 * sort key: its index is one of them). */
QStringList beforeMigration14()
{
    return {str("DROP INDEX invoices_status_id"), str("DROP INDEX invoices_currency_id"),
        str("DROP INDEX invoices_total_scaled"), str("DROP INDEX invoices_paid_scaled"),
        str("DROP INDEX invoices_outstanding_scaled"), str("DROP INDEX invoices_number_key"),
        str("ALTER TABLE invoices DROP COLUMN number_key")};
}

/** Undoes migration 0013 (credit notes), and 0014, whose index reads credited_total. */
QStringList beforeMigration13()
{
    return beforeMigration14()
        + QStringList {str("DROP TABLE credit_note_lines"), str("DROP TABLE credit_notes"),
            str("ALTER TABLE invoices DROP COLUMN credited_total")};
}

/** Undoes migration 0011 (issue 14: the company profile and the e-invoice columns), and 0013. */
QStringList beforeMigration11()
{
    return beforeMigration13()
        + QStringList {str("DROP TABLE company_profile"),
            str("ALTER TABLE invoices DROP COLUMN buyer_reference"),
            str("ALTER TABLE invoices DROP COLUMN delivery_date"),
            str("ALTER TABLE invoices DROP COLUMN payment_means_code")};
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyFile();
    void reopensWithoutMigrating();
    void refusesAFileThatIsNotSqlite();
    void refusesAnotherProgramsDatabase();
    void refusesANewerSchema();
    void refusesASecondOpenOfTheSameFile();
    void backsUpBeforeMigratingExistingData();
    void backupToCopiesTheLiveDatabase();
    void restoreReplacesTheDataAndKeepsACopy();
    void restoreRefusesAForeignFile();
    void migrationFillsTheSearchColumnOfExistingInvoices();
    void migrationBuildsTheSearchIndexOfExistingInvoices();
    void migrationKeepsOnlyTheRowsOfEachTrigram();
    void migrationFindsInvoicesByTheirRecordsName();
};

void TestDatabase::migratesAnEmptyFile()
{
    TestDb t;
    QCOMPARE(t.db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(t.scalar("PRAGMA user_version").toInt(), Database::latestSchemaVersion());
    QCOMPARE(t.scalar("PRAGMA application_id").toInt(), Database::ApplicationId);
    QCOMPARE(t.scalar("PRAGMA journal_mode").toString(), str("wal"));
    QCOMPARE(t.scalar("PRAGMA synchronous").toInt(), 2); // FULL
    QCOMPARE(t.scalar("PRAGMA foreign_keys").toInt(), 1);
    // The first Database of the process turned SQLite's memory count off (no global mutex on
    // each of its allocations, issue 16): SQLite, already in use, reports none.
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    QCOMPARE(t.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite_%' ORDER BY name"),
        QStringList({str("addresses"), str("allocations"), str("audit_log"), str("bank_accounts"),
            str("bank_lines"), str("bank_matches"), str("bank_statements"), str("company_profile"),
            str("connections"), str("credit_moves"), str("credit_note_lines"), str("credit_notes"),
            str("customers"), str("invoice_count"), str("invoice_lines"), str("invoices"),
            str("invoices_search"), str("invoices_search_config"), str("invoices_search_data"),
            str("invoices_search_idx"), str("invoices_search_queue"), str("op_attempts"),
            str("outbox"), str("payments"), str("receipts"), str("remote_links"),
            str("tax_codes")}));
    QVERIFY(t.db->migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

void TestDatabase::reopensWithoutMigrating()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("a.db"));
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
    }
    auto again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value()->migrationBackupPath().isEmpty());
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::refusesAFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("number,date\nINV-1,2026-01-01\n");
    file.close();
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error(),
        path
            + str(" is not an InvoiceDesk database (it is not an SQLite file); it was left "
                  "untouched"));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + str("-wal")));
}

void TestDatabase::refusesAnotherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("other.sqlite"));
    QCOMPARE(rawExec(path,
                 {str("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"),
                     str("INSERT INTO recipes (name) VALUES ('bread')")}),
        QString());
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error(),
        path
            + str(" is an SQLite file of another program, not an InvoiceDesk database; it was left "
                  "untouched"));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesANewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("future.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    QCOMPARE(rawExec(path, {str("PRAGMA user_version = 999")}), QString());
    const QByteArray before = fileHash(path);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error(),
        path
            + str(" was written by a newer InvoiceDesk (schema 999; this program knows up to %1). "
                  "Update InvoiceDesk to open it; the file was left untouched")
                  .arg(Database::latestSchemaVersion()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesASecondOpenOfTheSameFile()
{
    TestDb t;
    auto second = Database::open(t.path());
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(str("is already open in another InvoiceDesk process")),
        qPrintable(second.error()));
    // The first stays usable.
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
}

void TestDatabase::backsUpBeforeMigratingExistingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("old.db"));
    // A file of ours from before any migration ran, holding data of its own.
    QCOMPARE(rawExec(path,
                 {str("PRAGMA application_id = %1").arg(Database::ApplicationId),
                     str("CREATE TABLE legacy_notes (text TEXT)"),
                     str("INSERT INTO legacy_notes VALUES ('keep me')")}),
        QString());

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString backup = db.value()->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    db.value().reset();

    QSqlDatabase copy
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
    copy.setDatabaseName(backup);
    QVERIFY(copy.open());
    {
        QSqlQuery query(copy);
        QVERIFY(query.exec(str("SELECT text FROM legacy_notes")) && query.next());
        QCOMPARE(query.value(0).toString(), str("keep me"));
        QVERIFY(query.exec(str("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    copy.close();
    copy = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

void TestDatabase::backupToCopiesTheLiveDatabase()
{
    TestDb t;
    auto created = t.ledger->createInvoice(sampleInvoice());
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const QString target = t.dir.filePath(str("copy.db"));
    QVERIFY(t.db->backupTo(target).ok());
    QVERIFY(!t.db->backupTo(target).ok()); // never overwrites

    t.ledger.reset();
    t.db.reset();
    auto copy = Database::open(target);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    Ledger ledger(*copy.value());
    auto invoice = ledger.invoiceByNumber(str("INV-1"));
    QVERIFY(invoice.ok() && invoice->has_value());
    QCOMPARE((*invoice)->lines.size(), 2);
}

void TestDatabase::restoreReplacesTheDataAndKeepsACopy()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("KEEP-1"))).ok());
    const QString backup = t.dir.filePath(str("monday.bak"));
    QVERIFY(t.db->backupTo(backup).ok());
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("LATER-2"))).ok());
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 2);

    auto restored = t.db->restoreFrom(backup);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(t.rows("SELECT number FROM invoices"), QStringList({str("KEEP-1")}));
    // What was replaced is kept beside the file.
    QSqlDatabase copy
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("safety"));
    copy.setDatabaseName(*restored);
    QVERIFY(copy.open());
    {
        QSqlQuery query(copy);
        QVERIFY(query.exec(str("SELECT count(*) FROM invoices")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    copy.close();
    copy = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("safety"));
    // The ledger keeps working on the restored data.
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("AFTER-3"))).ok());
}

void TestDatabase::restoreRefusesAForeignFile()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice()).ok());
    const QString other = t.dir.filePath(str("other.sqlite"));
    QCOMPARE(rawExec(other, {str("CREATE TABLE recipes (name TEXT)")}), QString());
    auto restored = t.db->restoreFrom(other);
    QVERIFY(!restored.ok());
    QVERIFY(restored.error().contains(str("is an SQLite file of another program")));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 1);
}

void TestDatabase::migrationFillsTheSearchColumnOfExistingInvoices()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0004.invoicedesk"));
    Invoice invoice = sampleInvoice(str("Ü-1"));
    invoice.billing.company = str("Müller & Söhne");
    invoice.description = str("Straße");
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Ledger ledger(*db.value());
        QVERIFY(ledger.createInvoice(invoice).ok());
    }
    // As a file written before migration 0004: no search column, nothing of 0005, 0007, 0008 or
    // 0012, schema 3.
    QCOMPARE(rawExec(path, beforeMigration11()), QString());
    QCOMPARE(rawExec(path, beforeMigration7()), QString());
    QCOMPARE(rawExec(path,
                 {str("ALTER TABLE invoices DROP COLUMN search_text"),
                     str("DROP TABLE bank_matches"), str("DROP TABLE bank_lines"),
                     str("DROP TABLE bank_statements"), str("DROP INDEX payments_unreconciled"),
                     str("ALTER TABLE payments DROP COLUMN bank_account_id"),
                     str("DROP TABLE bank_accounts"), str("DROP TABLE tax_codes"),
                     str("ALTER TABLE invoice_lines DROP COLUMN discount_percent_e4"),
                     str("ALTER TABLE invoice_lines DROP COLUMN discount_amount"),
                     str("ALTER TABLE invoice_lines DROP COLUMN tax_code"),
                     str("PRAGMA user_version = 3")}),
        QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(str("SELECT search_text FROM invoices")) && query.next());
    const QString filled = query.value(0).toString();
    QCOMPARE(filled, SearchText::forInvoice(invoice)); // the same as the store writes
    QCOMPARE(filled,
        str("u-1 muller & sohne strasse muller & sohne ada@example.org consulting support hours"));
}

void TestDatabase::migrationBuildsTheSearchIndexOfExistingInvoices()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0012.invoicedesk"));
    Invoice invoice = sampleInvoice(str("S-1"));
    invoice.billing.company = str("Søren Åberg AB");
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Ledger ledger(*db.value());
        QVERIFY(ledger.createInvoice(invoice).ok());
    }
    // As the release before the index wrote it: schema 11, which a migration numbered below 11
    // would never reach (the index was 0009 on its branch).
    QCOMPARE(rawExec(path,
                 beforeMigration13() + beforeMigration12()
                     + QStringList {str("ALTER TABLE bank_lines DROP COLUMN reversal"),
                         str("PRAGMA user_version = 11")}),
        QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.value()->checkIntegrity().ok());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(str("SELECT i.number AS number FROM invoices_search s JOIN invoices i ON "
                           "i.id = s.rowid WHERE invoices_search MATCH '\"abe\" AND \"erg\" AND "
                           "\"g a\"'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("number")).toString(), str("S-1"));
    QVERIFY(!query.next());
    QVERIFY(query.exec(str("SELECT count(*) AS indexes FROM sqlite_master WHERE name IN "
                           "('invoices_status_due', 'invoices_status')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("indexes")).toInt(), 1); // the new one only
    QVERIFY(query.exec(str("SELECT invoices FROM invoice_count")) && query.next());
    QCOMPARE(query.value(QStringLiteral("invoices")).toInt(), 1); // counted once, then kept
    // ... and the migrations after it (0013: credit notes) ran too.
    QVERIFY(query.exec(str("SELECT count(*) AS tables FROM sqlite_master WHERE type = 'table' AND "
                           "name IN ('credit_notes', 'credit_note_lines')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("tables")).toInt(), 2);
    QVERIFY(query.exec(str("SELECT credited_total FROM invoices")) && query.next());
    QCOMPARE(query.value(QStringLiteral("credited_total")).toLongLong(), 0);
}

void TestDatabase::migrationKeepsOnlyTheRowsOfEachTrigram()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0018.invoicedesk"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Ledger ledger(*db.value());
        Invoice invoice = sampleInvoice(str("T-1"));
        invoice.billing.company = str("Tromsø Fiskeri");
        QVERIFY(ledger.createInvoice(invoice).ok());
        QVERIFY(ledger.createInvoice(sampleInvoice(str("T-2"))).ok());
    }
    // As 0012 left it in schema 17: positions and column sizes kept.
    QCOMPARE(rawExec(path, backToSchema17()), QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db.value()->migrationBackupPath().isEmpty());
    QVERIFY(db.value()->checkIntegrity().ok());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(str("SELECT sql FROM sqlite_master WHERE name = 'invoices_search'")));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(str("detail = none")),
        qPrintable(query.value(0).toString()));
    QVERIFY(query.exec(str("SELECT count(*) FROM sqlite_master WHERE name = "
                           "'invoices_search_docsize'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // The existing invoices are in the new index, and later changes reach it.
    const auto indexed = [&](const QString &match) {
        QStringList numbers;
        QSqlQuery q(db.value()->connection());
        if (!q.exec(str("SELECT i.number FROM invoices_search s JOIN invoices i ON i.id = s.rowid "
                        "WHERE invoices_search MATCH '%1' ORDER BY i.number")
                        .arg(match)))
            return QStringList {q.lastError().text()};
        while (q.next())
            numbers.append(q.value(0).toString());
        return numbers;
    };
    QCOMPARE(indexed(str("\"tro\" AND \"eri\"")), QStringList {str("T-1")});
    QCOMPARE(indexed(str("\"t-2\"")), QStringList {str("T-2")});
    Ledger ledger(*db.value());
    QVERIFY(ledger.createInvoice(sampleInvoice(str("T-3"))).ok());
    QCOMPARE(indexed(str("\"t-3\"")), QStringList {str("T-3")});
    QVERIFY(query.exec(str("INSERT INTO invoices_search(invoices_search) VALUES "
                           "('integrity-check')")));
}

void TestDatabase::migrationFindsInvoicesByTheirRecordsName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0021.invoicedesk"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Ledger ledger(*db.value());
        Invoice invoice = sampleInvoice(str("G-1"));
        invoice.billing.company = str("Initech Services");
        QVERIFY(ledger.createInvoice(invoice, nullptr, {0, str("Globex Holdings")}).ok());
        QVERIFY(ledger.createInvoice(sampleInvoice(str("A-1"))).ok()); // billed to its record
    }
    // As schema 20 wrote it: the invoice's own text only.
    QCOMPARE(rawExec(path,
                 {str("UPDATE invoices SET search_text = substr(search_text, 1, "
                      "instr(search_text, char(31)) - 1) WHERE instr(search_text, char(31)) > 0"),
                     str("INSERT INTO invoices_search(invoices_search) VALUES ('rebuild')"),
                     str("PRAGMA user_version = 20")}),
        QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()->checkIntegrity().ok());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(str("SELECT i.number AS number FROM invoices_search s JOIN invoices i ON "
                           "i.id = s.rowid WHERE invoices_search MATCH '\"glo\" AND \"bex\"'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("number")).toString(), str("G-1"));
    QVERIFY(!query.next());
    QVERIFY(query.exec(str("SELECT count(*) AS marked FROM invoices "
                           "WHERE instr(search_text, char(31)) > 0")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("marked")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
