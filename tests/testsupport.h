// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"

#include <QString>
#include <QTest>

namespace InvoiceDesk::Test {

inline Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace InvoiceDesk::Test

#include "database.h"
#include "invoice.h"
#include "ledger.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace InvoiceDesk::Test {

/** Every row of `sql` on `connection`, each as its columns joined with '|'. */
inline QStringList rowsOf(const QSqlDatabase &connection, const char *sql)
{
    QSqlQuery query(connection);
    QStringList result;
    if (!query.exec(QString::fromUtf8(sql)))
        return {QStringLiteral("SQL ERROR")};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        result.append(columns.join(QLatin1Char('|')));
    }
    return result;
}

/**
 * Runs `statements` on the file with a connection of its own, as an older program or another
 * tool would. Returns the first statement that failed with SQLite's message, empty when all ran.
 */
inline QString rawExec(const QString &path, const QStringList &statements)
{
    QString failure;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            failure = db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (failure.isEmpty() && !query.exec(sql))
                failure = sql + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return failure;
}

/** What a finished child process (the CLI) printed and returned. */
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * Runs a program to its end and returns what it said. The event loop keeps running while it
 * works, so fakes in this process can answer it.
 */
inline Run runProgram(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!finished.wait(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

/**
 * A company file in a fresh temporary folder and the command line run on it (with
 * XDG_DATA_HOME in the folder, so never the shared default company file). The CLI tests
 * share it; they name the program with INVOICEDESK_CLI.
 */
class CliCompany
{
public:
    explicit CliCompany(const QString &program)
        : mProgram(program)
    {
    }

    QString path() const { return mDir.filePath(QStringLiteral("c.invoicedesk")); }
    /** A path in the folder. */
    QString filePath(const QString &name) const { return mDir.filePath(name); }
    /** The CLI on the company file: `--db PATH arguments...`. */
    Run cli(QStringList arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("INVOICEDESK_DB"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir.filePath(QStringLiteral("xdg")));
        arguments.prepend(path());
        arguments.prepend(QStringLiteral("--db"));
        return runProgram(mProgram, arguments, environment);
    }
    /** Opens the company file for a test to fill or read; stops the test when it cannot. */
    std::unique_ptr<Database> open() const
    {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open %s: %s", qPrintable(path()), qPrintable(opened.error()));
        return std::move(opened).value();
    }

private:
    QTemporaryDir mDir;
    QString mProgram;
};

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
}

/** A fresh database file in a temporary folder, with a Ledger over it. */
/** Creates an empty company file at `path`, as the desktop app's "empty company" does. */
inline void createCompanyFile(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(opened.error()));
}

struct TestDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Ledger> ledger;

    TestDb()
    {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error()));
        db = std::move(opened).value();
        ledger = std::make_unique<Ledger>(*db);
    }

    QString path() const { return dir.filePath(QStringLiteral("company.invoicedesk")); }

    /** The first column of the first row of `sql`. */
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db->connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QVariant scalar(const char *sql) const { return scalar(QString::fromUtf8(sql)); }

    /** Every row of `sql`, each as its columns joined with '|'. */
    QStringList rows(const char *sql) const { return rowsOf(db->connection(), sql); }
};

/** A valid two-line invoice in USD: 2 × 50.00 + 1.5 × 10.33 = 115.50. */
inline Invoice sampleInvoice(const QString &number = QStringLiteral("INV-1"))
{
    Invoice invoice;
    invoice.number = number;
    invoice.date = QDate(2026, 3, 1);
    invoice.dueDate = QDate(2026, 3, 31);
    invoice.currency = currency("USD");
    invoice.billing.firstName = QStringLiteral("Ada");
    invoice.billing.lastName = QStringLiteral("Lovelace");
    invoice.billing.company = QStringLiteral("Analytical Engines Ltd");
    invoice.billing.email = QStringLiteral("ada@example.org");
    invoice.billing.countryId = QStringLiteral("GB");
    LineItem consulting;
    consulting.quantity = Quantity::fromWhole(2);
    consulting.rate = 5000;
    consulting.unit = LineUnit::Day;
    consulting.description = QStringLiteral("Consulting");
    LineItem hours;
    hours.quantity = Quantity::fromThousandths(1500);
    hours.rate = 1033;
    hours.description = QStringLiteral("Support hours");
    invoice.lines = {consulting, hours};
    return invoice;
}

inline Payment samplePayment(
    const QString &invoiceNumber, qint64 amount, PaymentMethod method = PaymentMethod::Cash)
{
    Payment payment;
    payment.invoiceNumber = invoiceNumber;
    payment.date = QDate(2026, 3, 10);
    payment.amount = amount;
    payment.method = method;
    if (method == PaymentMethod::Cheque)
        payment.cheque.number = QStringLiteral("000123");
    return payment;
}

/**
 * `count` issued USD invoices Q-00001… straight into the file (no Ledger: a list test's bulk),
 * customer "Firma k % 7", every tenth Paid, the rest Pending.
 */
inline bool insertFirmaInvoices(const QSqlDatabase &connection, int count)
{
    QSqlQuery fill(connection);
    fill.prepare(str("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE "
                     "k < :count) INSERT INTO invoices (uuid, number, number_key, lifecycle, "
                     "status, issue_date, due_date, currency, subtotal, grand_total, customer, "
                     "search_text, created_at, updated_at) SELECT printf('u-%d', k), "
                     "printf('Q-%05d', k), printf('Q-%02d%d', length(k), k), 'issued', CASE WHEN k "
                     "% 10 = 0 THEN 'Paid' ELSE "
                     "'Pending' END, '2026-01-01', '2026-03-01', 'USD', 100, 100, "
                     "printf('Firma %d', k % 7), printf('q-%05d firma %d', k, k % 7), 't', "
                     "'t' FROM n"));
    fill.bindValue(str(":count"), count);
    if (fill.exec())
        return true;
    qWarning("insertFirmaInvoices: %s", qPrintable(fill.lastError().text()));
    return false;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace InvoiceDesk::Test
