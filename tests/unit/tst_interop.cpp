// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The spreadsheet round trip of issue 12 with a real spreadsheet: LibreOffice Calc re-saves
// the XLSX export, and what comes back imports to the very same data.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(timeoutMs))
        return {-1, QString(), str("did not finish: ") + program};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QString &db, const QStringList &arguments)
{
    return run(str(INVOICEDESK_CLI), QStringList({str("--db"), db}) + arguments);
}

/** CSV bytes with CR LF inside quoted cells turned into LF: what a spreadsheet may do. */
QByteArray crlfInsideCellsAsLf(const QByteArray &csv)
{
    QByteArray out;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (c == '"')
            quoted = !quoted;
        if (quoted && c == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n')
            continue;
        out.append(c);
    }
    return out;
}

/** The first line where two files differ, both versions, for a readable failure. */
QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i))
            return "line " + QByteArray::number(i + 1) + ":\n  got      " + a.value(i)
                + "\n  expected " + e.value(i);
    }
    return {};
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calcResavedXlsxImportsToTheSameData();
};

void TestInterop::calcResavedXlsxImportsToTheSameData()
{
    const QString soffice = QStandardPaths::findExecutable(str("soffice"));
    QVERIFY2(!soffice.isEmpty(),
        "soffice is needed: scripts/install-deps.sh installs libreoffice-calc-nogui");
    QTemporaryDir dir;
    const QString source = dir.filePath(str("source.invoicedesk"));
    QCOMPARE(cli(source, {str("demo")}).exitCode, 0);
    // Besides the demo company, what spreadsheets damage: leading zeros, a long transaction
    // id, an identifier that reads as a number, 3 decimals, CR LF and a formula in a cell.
    writeFile(dir.filePath(str("extra.csv")),
        "number,date,currency,billing.company,billing.zip,billing.countryId,billing.phone,note,"
        "line.quantity,line.rate,line.description\r\n"
        "00123,2026-03-01,EUR,M\xC3\xBCller GmbH,01067,DE,0049 351 000,\"Line one\r\nline "
        "two\",1.5,1234.56,'=SUM(A1)\r\n"
        "K-1,2026-03-02,KWD,Gulf Co,,KW,,,2,123456789.125,Big\r\n"
        "1E5,2026-03-03,JPY,Tanaka,,JP,,,1,1000,x\r\n");
    writeFile(dir.filePath(str("extra-payments.csv")),
        "invoiceNumber,date,amount,method,cheque.number,eft.reference,gateway.transactionId\r\n"
        "00123,2026-03-05,100.00,cheque,000456,,\r\n"
        "K-1,2026-03-06,1.000,eft,,000789,\r\n"
        "1E5,2026-03-07,1000,paypal,,,123456789012345678901\r\n");
    for (const auto &[kind, file] :
        {std::pair {"invoices", "extra.csv"}, {"payments", "extra-payments.csv"}}) {
        const Run extra = cli(source,
            {str("import"), QString::fromLatin1(kind), dir.filePath(QString::fromLatin1(file))});
        QVERIFY2(extra.exitCode == 0, qPrintable(extra.err));
    }
    for (const char *kind : {"invoices", "payments"}) {
        const QString name = QString::fromLatin1(kind);
        QCOMPARE(cli(source, {str("export"), name, dir.filePath(name + str(".csv"))}).exitCode, 0);
        QCOMPARE(cli(source, {str("export"), name, dir.filePath(name + str(".xlsx"))}).exitCode, 0);
    }

    // Calc opens each workbook and saves it again as XLSX, with a profile of its own.
    const QString profile = QUrl::fromLocalFile(dir.filePath(str("profile"))).toString();
    const Run converted = run(soffice,
        {str("-env:UserInstallation=") + profile, str("--headless"), str("--convert-to"),
            str("xlsx"), str("--outdir"), dir.filePath(str("resaved")),
            dir.filePath(str("invoices.xlsx")), dir.filePath(str("payments.xlsx"))},
        240000);
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    QVERIFY2(QFile::exists(dir.filePath(str("resaved/payments.xlsx"))), qPrintable(converted.out));
    QVERIFY(readFile(dir.filePath(str("resaved/invoices.xlsx")))
        != readFile(dir.filePath(str("invoices.xlsx"))));

    const QString target = dir.filePath(str("target.invoicedesk"));
    for (const char *kind : {"invoices", "payments"}) {
        const QString name = QString::fromLatin1(kind);
        const Run imported = cli(
            target, {str("import"), name, dir.filePath(str("resaved/") + name + str(".xlsx"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    // Invoices first, then their payments (the status follows them), then both exports.
    for (const char *kind : {"invoices", "payments"}) {
        const QString name = QString::fromLatin1(kind);
        const QString again = dir.filePath(name + str(".again.csv"));
        QCOMPARE(cli(target, {str("export"), name, again}).exitCode, 0);
        const QByteArray direct = readFile(dir.filePath(name + str(".csv")));
        QVERIFY(direct.count('\n') > 50);
        const QByteArray roundTrip = crlfInsideCellsAsLf(readFile(again));
        QVERIFY2(roundTrip == crlfInsideCellsAsLf(direct),
            firstDifference(roundTrip, crlfInsideCellsAsLf(direct)).constData());
    }
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
