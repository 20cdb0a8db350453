// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How printed documents are cut into pages (documents/pagebreaks): through the CLI's PDFs, read
// back with pdftotext.
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The PDF's pages as pdftotext reads them (laid out as on the page); none if it fails. */
QStringList pdfPages(const QString &pdf)
{
    const Run text = runProgram(str("pdftotext"), {str("-layout"), pdf, str("-")},
        QProcessEnvironment::systemEnvironment());
    if (text.exitCode != 0)
        return {};
    return text.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

/** The words matching `pattern` on the pages, in the order printed. */
QStringList wordsOn(const QStringList &pages, const QString &pattern)
{
    const QRegularExpression word(pattern);
    QStringList printed;
    for (const QString &page : pages) {
        for (auto it = word.globalMatch(page); it.hasNext();)
            printed.append(it.next().captured());
    }
    return printed;
}

} // namespace

class TestPdfPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineItemIsNeverSplitAcrossPages();
    void aParagraphCutBetweenPagesIsPrintedOnce();
    void lineBreaksTypedInTheTextArePrinted();
    void aStatementRowTallerThanAPageIsPrintedOnce();

private:
    Run cli(const QStringList &arguments) const { return mCompany.cli(arguments); }

    CliCompany mCompany {QStringLiteral(INVOICEDESK_CLI)};
};

/**
 * A line whose description wraps over several lines used to start at the bottom of one page
 * and end on the next, its amount on one page and the rest of its text on the other.
 */
void TestPdfPages::aLineItemIsNeverSplitAcrossPages()
{
    QByteArray csv = "number,date,currency,customer,line.quantity,line.rate,line.description\n";
    const QByteArray words = " consulting work on the ledger migration";
    for (int i = 1; i <= 40; ++i)
        csv += QStringLiteral("P-1,2026-01-01,EUR,Foo GmbH,1,%1.00,\"start%2 %3 end%2\"\n")
                   .arg(i)
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .arg(QString::fromUtf8(words.repeated(4 + i % 3)))
                   .toUtf8();
    writeFile(mCompany.filePath(str("long.csv")), csv);
    QCOMPARE(cli({str("import"), str("invoices"), mCompany.filePath(str("long.csv"))}).exitCode, 0);
    for (const QString &layout : {str("default"), str("compact")}) {
        const QString pdf = mCompany.filePath(layout + str(".pdf"));
        const Run run
            = cli({str("pdf"), str("P-1"), str("--output"), pdf, str("--template"), layout});
        QCOMPARE(run.exitCode, 0);
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(pages.size() >= 3, qPrintable(layout));
        int found = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const QString &page = pages.at(p);
            for (int i = 1; i <= 40; ++i) {
                const QString number = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
                const bool starts = page.contains(str("start") + number);
                QVERIFY2(starts == page.contains(str("end") + number),
                    qPrintable(str("%1: line %2 split on page %3").arg(layout, number).arg(p + 1)));
                found += starts ? 1 : 0;
            }
            // Each page that continues the lines starts with their header, nothing above it.
            if (p > 0 && page.contains(str("start")))
                QVERIFY2(
                    page.trimmed().section(QLatin1Char('\n'), 0, 0).contains(str("Unit price")),
                    qPrintable(page));
            QVERIFY(page.contains(str("Page %1 of %2").arg(p + 1).arg(pages.size())));
        }
        QCOMPARE(found, 40);
    }
    // A template's own page break is kept.
    const QString folder = mCompany.filePath(str("xdg/InvoiceDesk/InvoiceDesk/templates"));
    QVERIFY(QDir().mkpath(folder));
    writeFile(folder + str("/terms.html"),
        "<p>Invoice {{number}}</p><p style=\"page-break-before: always\">Our terms</p>");
    const QString pdf = mCompany.filePath(str("terms.pdf"));
    QCOMPARE(cli({str("pdf"), str("P-1"), str("--output"), pdf, str("--template"), str("terms")})
                 .exitCode,
        0);
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 2);
    QVERIFY2(pages.at(0).contains(str("Invoice P-1")) && !pages.at(0).contains(str("terms")),
        qPrintable(pages.at(0)));
    QVERIFY2(pages.at(1).contains(str("Our terms")), qPrintable(pages.at(1)));
    // A break after a paragraph right above a table: the table starts the next page whole.
    writeFile(folder + str("/after.html"),
        "<p style=\"page-break-after: always\">Our terms</p><table border=\"0.5\"><thead><tr>"
        "<th>H1</th><th>H2</th><th>H3</th><th>H4</th><th>H5</th><th>H6</th><th>H7</th></tr>"
        "</thead>{{lineRows}}</table>");
    QCOMPARE(cli({str("pdf"), str("P-1"), str("--output"), pdf, str("--template"), str("after")})
                 .exitCode,
        0);
    const QStringList after = pdfPages(pdf);
    QVERIFY2(after.size() >= 3, qPrintable(after.join(QString())));
    QVERIFY2(after.at(0).contains(str("Our terms")) && !after.at(0).contains(str("H1")),
        qPrintable(after.at(0)));
    for (qsizetype p = 1; p < after.size(); ++p)
        QVERIFY2(after.at(p).trimmed().startsWith(str("H1")) && !after.at(p).contains(str("terms")),
            qPrintable(after.at(p)));
}

/**
 * A tester's find: Qt draws the line above a page's top as well, unseen, so the PDF's text held
 * the last line of a page twice.
 */
void TestPdfPages::aParagraphCutBetweenPagesIsPrintedOnce()
{
    QStringList words;
    for (int i = 1; i < 1500; ++i)
        words.append(QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0')));
    // N-1 wraps its words; N-2 has a line break typed after every tenth (a <br> each).
    QString typed;
    for (qsizetype i = 0; i < words.size(); ++i)
        typed += words.at(i) + (i % 10 == 9 ? str("\n") : str(" "));
    writeFile(mCompany.filePath(str("note.csv")),
        "number,date,currency,customer,line.quantity,line.rate,line.description,note\n"
        "N-1,2026-01-01,EUR,Foo GmbH,1,10.00,Work,\""
            + words.join(QLatin1Char(' ')).toUtf8()
            + "\"\nN-2,2026-01-01,EUR,Foo GmbH,1,10.00,Work,\"" + typed.trimmed().toUtf8()
            + "\"\n");
    QCOMPARE(cli({str("import"), str("invoices"), mCompany.filePath(str("note.csv"))}).exitCode, 0);
    for (const QString &number : {str("N-1"), str("N-2")})
        for (const QString &layout : {str("default"), str("compact")}) {
            const QString pdf = mCompany.filePath(layout + str(".pdf"));
            QCOMPARE(
                cli({str("pdf"), number, str("--output"), pdf, str("--template"), layout}).exitCode,
                0);
            const QStringList pages = pdfPages(pdf);
            QVERIFY(pages.size() >= 2);
            QCOMPARE(wordsOn(pages, QStringLiteral("w\\d{4}")), words);
        }
}

void TestPdfPages::lineBreaksTypedInTheTextArePrinted()
{
    writeFile(mCompany.filePath(str("breaks.csv")),
        "number,date,currency,customer,line.quantity,line.rate,line.description,note\n"
        "B-1,2026-01-01,EUR,Foo GmbH,1,10.00,\"Phase one\r\nPhase two\",\"Thanks\nSee you\"\n");
    QCOMPARE(
        cli({str("import"), str("invoices"), mCompany.filePath(str("breaks.csv"))}).exitCode, 0);
    const QString pdf = mCompany.filePath(str("breaks.pdf"));
    QCOMPARE(cli({str("pdf"), str("B-1"), str("--output"), pdf}).exitCode, 0);
    const QString text = pdfPages(pdf).join(QString());
    QVERIFY2(!text.contains(str("Phase one Phase two")) && text.contains(str("Phase two")),
        qPrintable(text));
    QVERIFY2(
        !text.contains(str("Thanks See you")) && text.contains(str("See you")), qPrintable(text));
}

/** A tester's find: a statement's description cell cut between pages repeated a line, unseen. */
void TestPdfPages::aStatementRowTallerThanAPageIsPrintedOnce()
{
    QStringList words;
    for (int i = 1; i < 1200; ++i)
        words.append(QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0')));
    writeFile(mCompany.filePath(str("tall.csv")),
        "number,date,currency,customer,line.quantity,line.rate,line.description,description\n"
        "S-1,2026-02-01,EUR,Tall Stmt,1,10.00,Work,\""
            + words.join(QLatin1Char(' ')).toUtf8() + "\"\n");
    QCOMPARE(cli({str("import"), str("invoices"), mCompany.filePath(str("tall.csv"))}).exitCode, 0);
    const QString pdf = mCompany.filePath(str("statement.pdf"));
    const Run run = cli({str("statement"), str("--customer"), str("Tall Stmt"), str("--from"),
        str("2026-01-01"), str("--to"), str("2026-12-31"), str("--output"), pdf});
    QCOMPARE(run.exitCode, 0);
    const QStringList pages = pdfPages(pdf);
    QVERIFY(pages.size() >= 2);
    QCOMPARE(wordsOn(pages, QStringLiteral("s\\d{4}")), words);
}

QTEST_GUILESS_MAIN(TestPdfPages)
#include "tst_pdfpages.moc"
