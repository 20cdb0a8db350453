// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The statements an import repeats, bound through SQLite's own API (issue 16 item 1): the same
// values as QtSql binds, by name, prepared once, with SQLite's words in every failure.
#include "preparedqueries.h"
#include "sqlitestatement.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsByNameAsQtSqlDoes();
    void reportsSqliteErrorsAndRunsAgain();
    void preparesOncePerConnection();
    void boundTextOutlivesTheCallersString();
    void utf8IsBoundAsText();
    void queriesReadRowsByName();
    void qtSqlRowsReadColumnsByName();
    void countsTheRowsARunChanged();
};

namespace {

QSqlDatabase scratch(const QTemporaryDir &dir, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(str("QSQLITE"), name);
    db.setDatabaseName(dir.filePath(name + str(".db")));
    if (!db.open())
        qFatal("cannot open scratch database");
    QSqlQuery(db).exec(str("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, "
                           "amount INTEGER, note TEXT, flag INTEGER)"));
    return db;
}

/** Rows a, b and c: an amount, a negative one and none; a NULL note, an empty one and text. */
void insertThreeRows(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(str("INSERT INTO t (name, amount, note) VALUES ('a', 5, NULL), "
                           "('b', -7, ''), ('c', NULL, 'Zoë')"));
}

} // namespace

void TestSqliteStatement::bindsByNameAsQtSqlDoes()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("bind"));
        auto statement = SqliteStatement::prepare(db,
            str("INSERT INTO t (name, amount, note, flag) VALUES (:name, :amount, :note, :flag)"));
        QVERIFY(statement.ok());
        SqliteStatement &insert = *statement.value();
        // Out of order, a name the statement lacks, a null QString (NULL) and an empty one ('').
        insert.bind(u"flag", true);
        insert.bind(u"missing", 7);
        insert.bind(u"amount", QVariant(qint64(-9007199254740993)));
        insert.bind(u"name", str("Müller 😀"));
        insert.bind(u"note", QString());
        QVERIFY(insert.run([] { return str("first"); }).ok());
        QCOMPARE(insert.lastInsertId(), 1);
        insert.bind(
            {{str("name"), str("second")}, {str("amount"), QVariant(QMetaType::fromType<qint64>())},
                {str("note"), str("")}, {str("flag"), 0}});
        QVERIFY(insert.run([] { return str("second"); }).ok());
        QCOMPARE(insert.lastInsertId(), 2);
        // Bindings do not outlive a run.
        QVERIFY(insert.run([] { return str("third"); }).ok());
        QCOMPARE(
            rowsOf(db,
                "SELECT id, name, amount, quote(note), flag, typeof(amount) FROM t ORDER BY id"),
            QStringList({str("1|Müller 😀|-9007199254740993|NULL|1|integer"),
                str("2|second||''|0|null"), str("3|||NULL||null")}));
    }
    QSqlDatabase::removeDatabase(str("bind"));
}

void TestSqliteStatement::reportsSqliteErrorsAndRunsAgain()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("errors"));
        auto bad = SqliteStatement::prepare(db, str("INSERT INTO nowhere VALUES (:x)"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), str("Preparing a statement failed: no such table: nowhere"));
        auto statement = SqliteStatement::prepare(db, str("INSERT INTO t (name) VALUES (:name)"));
        QVERIFY(statement.ok());
        SqliteStatement &insert = *statement.value();
        insert.bind(u"name", str("twice"));
        QVERIFY(insert.run([] { return str("Saving"); }).ok());
        insert.bind(u"name", str("twice"));
        const Status failed = insert.run([] { return str("Saving twice"); });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), str("Saving twice failed: UNIQUE constraint failed: t.name"));
        // The statement was reset: it runs again at once.
        insert.bind(u"name", str("after"));
        QVERIFY(insert.run([] { return str("Saving after"); }).ok());
        QCOMPARE(rowsOf(db, "SELECT name FROM t ORDER BY id"),
            QStringList({str("twice"), str("after")}));
    }
    QSqlDatabase::removeDatabase(str("errors"));
}

void TestSqliteStatement::preparesOncePerConnection()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("cache"));
        PreparedQueries queries(db);
        const QString sql = str("INSERT INTO t (name) VALUES (:name)");
        auto first = queries.statement(sql);
        auto again = queries.statement(sql);
        QVERIFY(first.ok() && again.ok());
        QCOMPARE(first.value(), again.value());
        // The connection opened again (a restored backup): a statement of the new handle.
        db.close();
        QVERIFY(db.open());
        auto reopened = queries.statement(sql);
        QVERIFY(reopened.ok());
        (*reopened)->bind(u"name", str("new handle"));
        QVERIFY((*reopened)->run([] { return str("Saving"); }).ok());
        QCOMPARE(rowsOf(db, "SELECT name FROM t"), QStringList({str("new handle")}));
    }
    QSqlDatabase::removeDatabase(str("cache"));
}

void TestSqliteStatement::boundTextOutlivesTheCallersString()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("kept"));
        auto statement
            = SqliteStatement::prepare(db, str("INSERT INTO t (name, note) VALUES (:name, :note)"));
        QVERIFY(statement.ok());
        SqliteStatement &insert = *statement.value();
        // SQLite reads the text only at the run (SQLITE_STATIC): the statement keeps the bytes.
        {
            QString name = str("gone before the run ").repeated(50);
            insert.bind(u"name", name);
            name.fill(QLatin1Char('x'));
            insert.bind(u"note", QVariant(str("ünïcode ") + QString::number(42)));
        }
        QVERIFY(insert.run([] { return str("Saving"); }).ok());
        QCOMPARE(rowsOf(db, "SELECT length(name), substr(name, 1, 20), note FROM t"),
            QStringList({str("1000|gone before the run |ünïcode 42")}));
    }
    QSqlDatabase::removeDatabase(str("kept"));
}

void TestSqliteStatement::utf8IsBoundAsText()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("utf8"));
        auto statement
            = SqliteStatement::prepare(db, str("INSERT INTO t (name, note) VALUES (:name, :note)"));
        QVERIFY(statement.ok());
        SqliteStatement &insert = *statement.value();
        insert.bindUtf8(u"name", QByteArray("{\"a\":\"Grüße\"}"));
        insert.bindUtf8(u"note", QByteArray());
        QVERIFY(insert.run([] { return str("Saving"); }).ok());
        insert.bindUtf8(u"name", QByteArray(""));
        QVERIFY(insert.run([] { return str("Saving"); }).ok());
        // Text, not a blob (json_extract reads it); a null QByteArray is NULL, an empty one ''.
        QCOMPARE(rowsOf(db,
                     "SELECT typeof(name), json_extract(name, '$.a'), quote(note) FROM t "
                     "WHERE id = 1 UNION ALL SELECT typeof(name), quote(name), '' FROM t "
                     "WHERE id = 2"),
            QStringList({str("text|Grüße|NULL"), str("text|''|")}));
    }
    QSqlDatabase::removeDatabase(str("utf8"));
}

void TestSqliteStatement::queriesReadRowsByName()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("query"));
        insertThreeRows(db);
        PreparedQueries queries(db);
        const QString sql = str("SELECT note, amount, name FROM t WHERE id >= :from ORDER BY id");
        QStringList read;
        const auto readAll = [&](qint64 from) {
            auto q = queries.statement(sql);
            QVERIFY(q.ok());
            (*q)->bind(u"from", from);
            QVERIFY((*q)->query([] { return str("Reading"); },
                            [&](const SqliteStatement::Row &row) {
                                const auto amount = row.optionalInteger("amount");
                                read.append(row.text("name") + QLatin1Char('|')
                                    + (amount ? QString::number(*amount) : str("none"))
                                    + QLatin1Char('|') + QString::number(row.integer("amount"))
                                    + QLatin1Char('|')
                                    + (row.text("note").isNull() ? str("null") : row.text("note")));
                            })
                        .ok());
        };
        readAll(1);
        QCOMPARE(read, QStringList({str("a|5|5|null"), str("b|-7|-7|"), str("c|none|0|Zoë")}));
        // Reset at its end: no read stays open, and the statement runs again with new values.
        read.clear();
        readAll(3);
        QCOMPARE(read, QStringList({str("c|none|0|Zoë")}));
        QVERIFY(QSqlQuery(db).exec(str("BEGIN IMMEDIATE")));
        QVERIFY(QSqlQuery(db).exec(str("COMMIT")));
        // A failing query names what it did.
        auto bad = queries.statement(str("SELECT abs(:x) AS v"));
        QVERIFY(bad.ok());
        (*bad)->bind(u"x", QVariant(std::numeric_limits<qint64>::min()));
        const Status failed
            = (*bad)->query([] { return str("Reading"); }, [](const SqliteStatement::Row &) {});
        QCOMPARE(failed.error(), str("Reading failed: integer overflow"));
    }
    QSqlDatabase::removeDatabase(str("query"));
}

void TestSqliteStatement::qtSqlRowsReadColumnsByName()
{
    // Sql::Row remembers each column's position: made before the query runs, kept across its
    // rows, and right again after the query runs once more.
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("row"));
        insertThreeRows(db);
        QSqlQuery q(db);
        QVERIFY(q.prepare(str("SELECT note, amount, name AS label FROM t WHERE id >= :from "
                              "ORDER BY id")));
        const Sql::Row row(q);
        QStringList read;
        const auto readAll = [&](qint64 from) {
            q.bindValue(str(":from"), from);
            QVERIFY(q.exec());
            while (q.next()) {
                const auto amount = row.optionalInteger("amount");
                read.append(row.text("label") + QLatin1Char('|')
                    + (amount ? QString::number(*amount) : str("none")) + QLatin1Char('|')
                    + (row.value("note").isNull() ? str("null") : row.text("note")));
            }
        };
        QVERIFY(!row.value("label").isValid()); // nothing run yet: no column, nothing remembered
        readAll(1);
        QCOMPARE(read, QStringList({str("a|5|null"), str("b|-7|"), str("c|none|Zoë")}));
        read.clear();
        readAll(2);
        QCOMPARE(read, QStringList({str("b|-7|"), str("c|none|Zoë")}));
        QVERIFY(!row.value("name").isValid()); // selected AS label: no column of that name
    }
    QSqlDatabase::removeDatabase(str("row"));
}

void TestSqliteStatement::countsTheRowsARunChanged()
{
    // The sync's claim relies on it: an op claimed by nobody else changes exactly one row.
    QTemporaryDir dir;
    {
        QSqlDatabase db = scratch(dir, str("changes"));
        insertThreeRows(db);
        PreparedQueries queries(db);
        const auto flag = [&](qint64 from) {
            auto update = queries.statement(str("UPDATE t SET flag = 1 WHERE id >= :from AND "
                                                "flag IS NULL"));
            if (!update)
                return -1;
            (*update)->bind(u"from", from);
            if (!(*update)->run([] { return str("Flagging"); }))
                return -1;
            return (*update)->changes();
        };
        auto update = queries.statement(str("UPDATE t SET flag = 1 WHERE id >= :from AND "
                                            "flag IS NULL"));
        QVERIFY(update.ok());
        (*update)->bind(u"from", 2);
        QVERIFY((*update)->run([] { return str("Flagging"); }).ok());
        QCOMPARE((*update)->changes(), 2);
        (*update)->bind(u"from", 1);
        QVERIFY((*update)->run([] { return str("Flagging"); }).ok());
        QCOMPARE((*update)->changes(), 1); // only the row nobody flagged yet
        QCOMPARE(flag(1), 0);
    }
    QSqlDatabase::removeDatabase(str("changes"));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
