// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync tables' schema (issue 16 item 3): migrations 0015 and 0016 keep every attempt and
// every operation; a change of an operation's state is checked without temporary tables; the
// SQL conditions of opstate.h read the partial indexes written with the same comparisons.
#include "database.h"
#include "opstate.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** outbox as schema 15 had it: 0001's table, 0002's columns and index, 0003's trigger. */
QStringList outboxBefore16()
{
    return {str("DROP TABLE outbox"),
        str("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL "
            "UNIQUE, connection_id INTEGER NOT NULL REFERENCES connections(id), kind TEXT NOT "
            "NULL CHECK (kind IN ('create_invoice', 'update_invoice', 'delete_invoice', "
            "'add_payment', 'void_payment')), entity_type TEXT NOT NULL CHECK (entity_type IN "
            "('invoice', 'payment')), entity_uuid TEXT NOT NULL, lane_key TEXT NOT NULL, "
            "depends_on_op_id TEXT REFERENCES outbox(op_id), marker TEXT NOT NULL, payload TEXT "
            "NOT NULL DEFAULT '{}', state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN "
            "('pending', 'sending', 'retry_wait', 'in_doubt', 'reconciling', 'needs_attention', "
            "'conflict', 'paused', 'acked', 'discarded', 'superseded')), attempts INTEGER NOT "
            "NULL DEFAULT 0, next_attempt_at TEXT, lease_until TEXT, first_sent_at TEXT, "
            "last_sent_at TEXT, in_doubt_since TEXT, last_error_class TEXT NOT NULL DEFAULT '', "
            "last_http_status INTEGER, last_error_text TEXT NOT NULL DEFAULT '', "
            "result_remote_id TEXT NOT NULL DEFAULT '', generation INTEGER NOT NULL DEFAULT 0, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (connection_id, "
            "marker))"),
        str("ALTER TABLE outbox ADD COLUMN not_found_at TEXT"),
        str("ALTER TABLE outbox ADD COLUMN resends INTEGER NOT NULL DEFAULT 0"),
        str("CREATE INDEX outbox_active ON outbox(state, next_attempt_at) WHERE state NOT IN "
            "('acked', 'discarded', 'superseded')"),
        str("CREATE INDEX outbox_lane ON outbox(lane_key, seq)"),
        str("CREATE INDEX outbox_ready ON outbox(seq) WHERE state IN ('pending', 'retry_wait', "
            "'in_doubt')"),
        str("CREATE TRIGGER outbox_in_doubt_is_kept BEFORE UPDATE OF state, in_doubt_since ON "
            "outbox WHEN OLD.in_doubt_since IS NOT NULL AND OLD.state NOT IN ('acked', "
            "'discarded', 'superseded') AND ((NEW.in_doubt_since IS NOT NULL AND NEW.state NOT "
            "IN ('in_doubt', 'reconciling', 'needs_attention', 'conflict', 'acked', "
            "'discarded')) OR (NEW.in_doubt_since IS NULL AND NEW.state NOT IN ('acked', "
            "'discarded') AND NEW.last_error_class NOT IN ('not_found', "
            "'confirmed_not_landed'))) BEGIN SELECT RAISE(ABORT, 'an operation in doubt leaves "
            "that state only through a read-back verdict or a person''s decision'); END")};
}

/** A connection and three operations of schema 15; the sequence has passed a removed fourth. */
QStringList threeOperations()
{
    return {str("INSERT INTO connections (id, name, kind, url, created_at) VALUES (1, 'Shop', "
                "'firma', 'http://127.0.0.1:1', '2026-11-01T09:00:00Z')"),
        str("INSERT INTO outbox (op_id, connection_id, kind, entity_type, entity_uuid, "
            "lane_key, marker, payload, created_at, updated_at) VALUES ('op-a', 1, "
            "'create_invoice', 'invoice', 'i-1', 'i-1', 'INV-1', '{\"n\":1}', "
            "'2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z')"),
        str("INSERT INTO outbox (op_id, connection_id, kind, entity_type, entity_uuid, "
            "lane_key, depends_on_op_id, marker, state, attempts, last_sent_at, in_doubt_since, "
            "last_error_class, last_http_status, last_error_text, created_at, updated_at, "
            "not_found_at, resends) VALUES ('op-b', 1, 'add_payment', 'payment', 'p-1', 'i-1', "
            "'op-a', 'PAY-1', 'in_doubt', 2, '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z', "
            "'timeout', 504, 'Gateway Timeout', '2026-11-01T09:00:00Z', "
            "'2026-11-02T09:00:00Z', '2026-11-03T09:00:00Z', 1)"),
        str("INSERT INTO outbox (op_id, connection_id, kind, entity_type, entity_uuid, "
            "lane_key, marker, state, result_remote_id, created_at, updated_at) VALUES "
            "('op-c', 1, 'void_payment', 'payment', 'p-2', 'i-2', 'VOID-1', 'acked', 'r-9', "
            "'2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z')"),
        str("UPDATE sqlite_sequence SET seq = 4 WHERE name = 'outbox'"),
        str("INSERT INTO op_attempts (op_id, attempt_no, request_method, request_url, "
            "intent_committed_at, outcome_class) VALUES ('op-b', 1, 'POST', "
            "'http://127.0.0.1:1/p', '2026-11-02T09:00:00Z', 'in_doubt')"),
        str("ALTER TABLE bank_lines DROP COLUMN reversal"), str("DROP INDEX invoices_number_key"),
        str("ALTER TABLE invoices DROP COLUMN number_key"), str("PRAGMA user_version = 15")};
}

const char *const kEveryOutboxColumn
    = "SELECT seq, op_id, connection_id, kind, entity_type, entity_uuid, lane_key, "
      "coalesce(depends_on_op_id, '-'), marker, payload, state, attempts, "
      "coalesce(next_attempt_at, '-'), coalesce(lease_until, '-'), coalesce(first_sent_at, '-'), "
      "coalesce(last_sent_at, '-'), coalesce(in_doubt_since, '-'), last_error_class, "
      "coalesce(last_http_status, '-'), last_error_text, result_remote_id, generation, "
      "created_at, updated_at, coalesce(not_found_at, '-'), resends FROM outbox ORDER BY seq";

/** Every row of `sql` read from the file with a connection of its own. */
QStringList rowsOfFile(const QString &path, const char *sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(str("QSQLITE"), str("peek"));
        db.setDatabaseName(path);
        if (db.open())
            rows = rowsOf(db, sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(str("peek"));
    return rows;
}

QString lastError(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql) ? QString() : query.lastError().text();
}

/**
 * The opcodes of the statement `sql` itself, one per entry. EXPLAIN lists a trigger's program
 * after the statement's, from address 0 again; that program runs its lists only for an
 * operation in doubt (migration 0003), and is not read here.
 */
QStringList opcodes(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery explain(connection);
    QStringList result;
    if (!explain.exec(QStringLiteral("EXPLAIN ") + sql))
        return {QStringLiteral("SQL ERROR ") + explain.lastError().text()};
    int lastAddress = -1;
    while (explain.next() && explain.value(0).toInt() > lastAddress) {
        lastAddress = explain.value(0).toInt();
        result.append(explain.value(1).toString());
    }
    return result;
}

QString queryPlan(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery explain(connection);
    QStringList steps;
    if (!explain.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("SQL ERROR ") + explain.lastError().text();
    while (explain.next())
        steps.append(explain.value(3).toString());
    return steps.join(QStringLiteral("; "));
}

} // namespace

class TestSyncSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migration15KeepsEveryAttemptInTheAppendedTable();
    void migration16KeepsEveryOperationItsSequenceAndItsRules();
    void migration16RefusesAnAttemptWithoutItsOperationAndChangesNothing();
    void stateChangesBuildNoTemporaryTables();
    void conditionsReadTheirPartialIndexes();
};

void TestSyncSchema::migration15KeepsEveryAttemptInTheAppendedTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0015.invoicedesk"));
    QVERIFY(Database::open(path).ok());
    // As schema 14 wrote it: op_attempts WITHOUT ROWID, keyed by (op_id, attempt_no).
    QCOMPARE(
        rawExec(path,
            {str("DROP TABLE op_attempts"),
                str("CREATE TABLE op_attempts (op_id TEXT NOT NULL REFERENCES outbox(op_id), "
                    "attempt_no INTEGER NOT NULL, request_method TEXT NOT NULL, request_url TEXT "
                    "NOT "
                    "NULL, request_headers TEXT NOT NULL DEFAULT '', request_body BLOB, "
                    "pre_send_snapshot TEXT, intent_committed_at TEXT NOT NULL, finished_at TEXT, "
                    "outcome_class TEXT NOT NULL DEFAULT '', http_status INTEGER, response_body "
                    "BLOB, "
                    "transport_error TEXT NOT NULL DEFAULT '', PRIMARY KEY (op_id, attempt_no)) "
                    "WITHOUT ROWID"),
                str("INSERT INTO connections (id, name, kind, url, created_at) VALUES (1, 'Shop', "
                    "'firma', 'http://127.0.0.1:1', '2026-11-01T09:00:00Z')"),
                str("INSERT INTO outbox (op_id, connection_id, kind, entity_type, entity_uuid, "
                    "lane_key, marker, created_at, updated_at) VALUES ('op-b', 1, 'add_payment', "
                    "'payment', 'p-1', 'i-1', 'PAY-1', '2026-11-01T09:00:00Z', "
                    "'2026-11-01T09:00:00Z')"),
                str("INSERT INTO op_attempts VALUES ('op-b', 2, 'POST', 'http://127.0.0.1:1/p', "
                    "'Accept: */*', x'7B7D', NULL, '2026-11-02T09:00:00Z', "
                    "'2026-11-02T09:00:01Z', 'acked', 201, x'7B226964223A387D', '')"),
                str("INSERT INTO op_attempts VALUES ('op-b', 1, 'POST', 'http://127.0.0.1:1/p', "
                    "'Accept: */*', x'7B7D', NULL, '2026-11-01T09:00:00Z', NULL, 'in_doubt', NULL, "
                    "NULL, 'connection reset')"),
                str("ALTER TABLE bank_lines DROP COLUMN reversal"),
                str("DROP INDEX invoices_number_key"),
                str("ALTER TABLE invoices DROP COLUMN number_key"),
                str("PRAGMA user_version = 14")}),
        QString());
    const QStringList before {str("op-b|1|POST|http://127.0.0.1:1/p|Accept: */*|{}||"
                                  "2026-11-01T09:00:00Z||in_doubt|||connection reset"),
        str("op-b|2|POST|http://127.0.0.1:1/p|Accept: */*|{}||2026-11-02T09:00:00Z|"
            "2026-11-02T09:00:01Z|acked|201|{\"id\":8}|")};
    const char *const everyColumn
        = "SELECT op_id || '|' || attempt_no || '|' || request_method || '|' || request_url || "
          "'|' || request_headers || '|' || CAST(request_body AS TEXT) || '|' || "
          "coalesce(pre_send_snapshot, '') || '|' || intent_committed_at || '|' || "
          "coalesce(finished_at, '') || '|' || outcome_class || '|' || coalesce(http_status, '') "
          "|| '|' || coalesce(CAST(response_body AS TEXT), '') || '|' || transport_error FROM "
          "op_attempts ORDER BY rowid";
    for (int open = 0; open < 2; ++open) { // the second open runs 0015 again, over its own table
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.value()->checkIntegrity().ok());
        // A rowid table now, in the order the intents were committed, every column kept.
        QCOMPARE(rowsOf(db.value()->connection(), everyColumn), before);
        QCOMPARE(rowsOf(db.value()->connection(),
                     "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = "
                     "'op_attempts'"),
            QStringList {str("0")});
        // (op_id, attempt_no) is still unique.
        QSqlQuery again(db.value()->connection());
        QVERIFY(!again.exec(str("INSERT INTO op_attempts (op_id, attempt_no, request_method, "
                                "request_url, intent_committed_at) VALUES ('op-b', 2, 'POST', "
                                "'u', '2026-11-03T09:00:00Z')")));
        QVERIFY2(
            again.lastError().text().contains(str("UNIQUE")), qPrintable(again.lastError().text()));
        QVERIFY(QFile::remove(db.value()->migrationBackupPath())); // named by the second
        db.value().reset();
        QCOMPARE(rawExec(path,
                     {str("ALTER TABLE bank_lines DROP COLUMN reversal"),
                         str("DROP INDEX invoices_number_key"),
                         str("ALTER TABLE invoices DROP COLUMN number_key"),
                         str("PRAGMA user_version = 14")}),
            QString());
    }
}

void TestSyncSchema::migration16KeepsEveryOperationItsSequenceAndItsRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0016.invoicedesk"));
    QVERIFY(Database::open(path).ok());
    QCOMPARE(rawExec(path, outboxBefore16() + threeOperations()), QString());

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.value()->checkIntegrity().ok());
    const QSqlDatabase connection = db.value()->connection();
    QCOMPARE(rowsOf(connection, kEveryOutboxColumn),
        QStringList({str("1|op-a|1|create_invoice|invoice|i-1|i-1|-|INV-1|{\"n\":1}|pending|0|-|-|-"
                         "|-|-||-|||0|2026-11-01T09:00:00Z|2026-11-01T09:00:00Z|-|0"),
            str("2|op-b|1|add_payment|payment|p-1|i-1|op-a|PAY-1|{}|in_doubt|2|-|-|-|"
                "2026-11-02T09:00:00Z|2026-11-02T09:00:00Z|timeout|504|Gateway Timeout||0|"
                "2026-11-01T09:00:00Z|2026-11-02T09:00:00Z|2026-11-03T09:00:00Z|1"),
            str("3|op-c|1|void_payment|payment|p-2|i-2|-|VOID-1|{}|acked|0|-|-|-|-|-||-||r-9|0|"
                "2026-11-01T09:00:00Z|2026-11-01T09:00:00Z|-|0")}));
    QCOMPARE(rowsOf(connection, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"),
        QStringList {str("4")});
    QCOMPARE(rowsOf(connection, "PRAGMA foreign_keys"), QStringList {str("1")});

    // The rules came with the table: the states, the in-doubt trigger, the keys.
    QSqlQuery q(connection);
    QVERIFY(lastError(q, str("UPDATE outbox SET state = 'lost' WHERE seq = 1"))
                .contains(str("CHECK constraint failed")));
    QVERIFY(lastError(q, str("UPDATE outbox SET state = 'pending' WHERE seq = 2"))
                .contains(str("an operation in doubt leaves that state only")));
    QVERIFY(lastError(q,
        str("INSERT INTO op_attempts (op_id, attempt_no, request_method, "
            "request_url, intent_committed_at) VALUES ('op-gone', 1, 'POST', "
            "'u', '2026-11-04T09:00:00Z')"))
                .contains(str("FOREIGN KEY constraint failed")));
    // A new operation takes the number after the sequence, not after the last row.
    QCOMPARE(lastError(q,
                 str("INSERT INTO outbox (op_id, connection_id, kind, entity_type, entity_uuid, "
                     "lane_key, marker, created_at, updated_at) VALUES ('op-d', 1, "
                     "'add_payment', 'payment', 'p-3', 'i-3', 'PAY-3', '2026-11-04T09:00:00Z', "
                     "'2026-11-04T09:00:00Z')")),
        QString());
    QCOMPARE(
        rowsOf(connection, "SELECT seq FROM outbox WHERE op_id = 'op-d'"), QStringList {str("5")});
}

void TestSyncSchema::migration16RefusesAnAttemptWithoutItsOperationAndChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("orphan.invoicedesk"));
    QVERIFY(Database::open(path).ok());
    // Another tool, with foreign keys off, removed an operation and left its attempt.
    QCOMPARE(rawExec(path,
                 outboxBefore16() + threeOperations()
                     + QStringList {str("DELETE FROM outbox WHERE op_id = 'op-b'")}),
        QString());

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error(),
        str("Migration 16 failed: row 1 of op_attempts refers to a missing row of outbox"));
    QCOMPARE(rowsOfFile(path,
                 "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM "
                 "outbox), (SELECT count(*) FROM op_attempts), (SELECT sql LIKE '%state IN (%' "
                 "FROM sqlite_master WHERE name = 'outbox')"),
        QStringList {str("15|2|1|1")}); // schema 15, both ops and the attempt, the old table
}

void TestSyncSchema::stateChangesBuildNoTemporaryTables()
{
    TestDb t;
    const QSqlDatabase connection = t.db->connection();
    for (const char *sql : {"UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE "
                            "op_id = 'x' AND state IN ('pending', 'retry_wait')",
             "UPDATE outbox SET state = 'acked', result_remote_id = 'r' WHERE op_id = 'x'",
             "INSERT INTO outbox (op_id, connection_id, kind, entity_type, entity_uuid, lane_key, "
             "marker, created_at, updated_at) VALUES ('x', 1, 'add_payment', 'payment', 'p', "
             "'i', 'm', 'now', 'now')"}) {
        const QStringList program = opcodes(connection, str(sql));
        QVERIFY2(program.contains(str("IdxInsert")), sql); // the partial indexes are kept
        QVERIFY2(!program.contains(str("OpenEphemeral")), sql);
    }
}

void TestSyncSchema::conditionsReadTheirPartialIndexes()
{
    TestDb t;
    const QSqlDatabase connection = t.db->connection();
    QCOMPARE(queryPlan(connection,
                 str("SELECT o.seq FROM outbox o WHERE %1 AND o.seq > 0 ORDER BY o.seq LIMIT 64")
                     .arg(readyOpCondition(str("o")))),
        str("SEARCH o USING INDEX outbox_ready (seq>?)"));
    QCOMPARE(queryPlan(connection,
                 str("SELECT state, count(*) FROM outbox WHERE %1 GROUP BY state")
                     .arg(activeOpCondition())),
        str("SCAN outbox USING COVERING INDEX outbox_active"));
}

QTEST_GUILESS_MAIN(TestSyncSchema)
#include "tst_syncschema.moc"
