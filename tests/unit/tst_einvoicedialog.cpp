// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "einvoicedialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * File → Export E-Invoice… (issue 14 item 5), driven with keys offscreen: the file it writes is
 * the CLI's, byte for byte, and a refusal names the missing element and writes nothing.
 */
class TestEInvoiceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enterWritesWhatTheCliWrites();
    void refusalNamesTheMissingElementAndWritesNothing();
    void extensionFollowsTheSyntax();
    void creditNoteAsZugferdWithTheChosenTemplate();

private:
    /** The CLI's output for `number` in `format`; the company file must be closed. */
    QByteArray cliOutput(
        const QString &number, const QString &format, const QStringList &more = {});
    Ledger &open();

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDatabase;
    std::unique_ptr<Ledger> mLedger;
};

Ledger &TestEInvoiceDialog::open()
{
    if (!mLedger) {
        auto opened = Database::open(mDir.filePath(str("c.invoicedesk")));
        if (!opened)
            qFatal("cannot open the company file: %s", qPrintable(opened.error()));
        mDatabase = std::move(opened).value();
        mLedger = std::make_unique<Ledger>(*mDatabase);
    }
    return *mLedger;
}

QByteArray TestEInvoiceDialog::cliOutput(
    const QString &number, const QString &format, const QStringList &more)
{
    mLedger.reset();
    mDatabase.reset();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir.filePath(str("xdg")));
    const QString file = mDir.filePath(number + str(".cli.") + format + more.join(QString()));
    const Run run = runProgram(QStringLiteral(INVOICEDESK_CLI),
        QStringList {str("--db"), mDir.filePath(str("c.invoicedesk")), str("einvoice"), number,
            str("--format"), format, str("--output"), file}
            + more,
        environment);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return readFile(file);
}

void TestEInvoiceDialog::initTestCase()
{
    CompanyProfile company;
    for (const auto &[key, value] : {std::pair {"name", "Acme GmbH"}, {"address1", "Hauptstraße 5"},
             {"city", "Berlin"}, {"zip", "10115"}, {"countryId", "DE"}, {"vatId", "DE123456789"},
             {"iban", "DE89370400440532013000"}, {"email", "billing@acme.example"},
             {"paymentTerms", "30 days net"}})
        company.setValue(QString::fromLatin1(key), QString::fromUtf8(value));
    QVERIFY(open().saveCompanyProfile(company).ok());
    Invoice good = sampleInvoice(str("EX-1"));
    good.currency = currency("EUR");
    good.billing.countryId = str("DE");
    good.buyerReference = str("04011000-12345-34");
    for (LineItem &line : good.lines)
        line.taxRate = Percentage::fromScaled(190000);
    QVERIFY(open().createInvoice(good).ok());
    Invoice bad = good;
    bad.number = str("EX-2");
    bad.billing.countryId.clear();
    QVERIFY(open().createInvoice(bad).ok());
    // EX-3: 4 × 1005 JPY at 10 %, 404 JPY tax line by line; EN 16931's 402 is two yen away.
    Invoice yen = good;
    yen.number = str("EX-3");
    yen.currency = currency("JPY");
    yen.lines.resize(1);
    yen.lines[0].quantity = Quantity::fromWhole(1);
    yen.lines[0].rate = 1005;
    yen.lines[0].taxRate = Percentage::fromScaled(100000);
    for (int i = 0; i < 3; ++i)
        yen.lines.append(yen.lines.at(0));
    QVERIFY(open().createInvoice(yen).ok());
    CreditNote note;
    note.invoiceNumber = str("EX-1");
    note.reason = str("Returned goods");
    note.date = QDate(2026, 3, 20);
    note.lines = *creditLinesForGross(2380, good, note.reason);
    QVERIFY(open().issueCreditNote(note).ok()); // CN-0001
}

/** The height in points of the company's name, "Acme", on the PDF's first page (pdftotext
 * -bbox): the compact template's body type is 7.5 pt, the default's 9 pt; -1 when absent. */
static double nameHeight(const QByteArray &pdf, const QString &folder)
{
    const QString file = folder + str("/boxes.pdf");
    writeFile(file, pdf);
    const Run run
        = runProgram(str("pdftotext"), {str("-bbox"), str("-l"), str("1"), file, str("-")},
            QProcessEnvironment::systemEnvironment());
    static const QRegularExpression word(str("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" "
                                             "xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">Acme</word>"));
    const auto match = word.match(run.out);
    return match.hasMatch() ? match.captured(2).toDouble() - match.captured(1).toDouble() : -1;
}

void TestEInvoiceDialog::creditNoteAsZugferdWithTheChosenTemplate()
{
    const QByteArray compact
        = cliOutput(str("CN-0001"), str("zugferd"), {str("--template"), str("compact")});
    const QByteArray byDefault = cliOutput(str("CN-0001"), str("zugferd"));
    QVERIFY(compact.startsWith("%PDF") && byDefault.startsWith("%PDF"));
    EInvoiceDialog dialog(open(), str("CN-0001"));
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(str("documentKind"))->text() == str("Credit note"));
    auto *syntax = dialog.findChild<QComboBox *>(str("syntax"));
    auto *chosen = dialog.findChild<QComboBox *>(str("template"));
    auto *path = dialog.findChild<QLineEdit *>(str("path"));
    QVERIFY(!chosen->isEnabled()); // XRechnung UBL: no PDF, no template
    syntax->setFocus();
    QTest::keyClick(syntax, Qt::Key_End);
    QVERIFY(chosen->isEnabled());
    QCOMPARE(chosen->currentText(), str("default"));
    QTest::keyClick(syntax, Qt::Key_Tab);
    QTRY_VERIFY(chosen->hasFocus());
    QTest::keyClick(chosen, Qt::Key_Home); // compact, default
    QCOMPARE(chosen->currentText(), str("compact"));
    QTest::keyClick(chosen, Qt::Key_Tab);
    QTRY_VERIFY(path->hasFocus());
    const QString file = mDir.filePath(str("CN-0001.pdf"));
    QTest::keyClicks(path, file);
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(dialog.resultText(), str("Wrote the e-invoice of CN-0001 to CN-0001.pdf."));
    const QByteArray written = readFile(file);
    QVERIFY(written.startsWith("%PDF"));
    const double name = nameHeight(written, mDir.path());
    QVERIFY2(name > 0 && qAbs(name - nameHeight(compact, mDir.path())) < 0.1,
        qPrintable(QString::number(name)));
    QVERIFY2(name * 10 < nameHeight(byDefault, mDir.path()) * 9, qPrintable(QString::number(name)));
}

void TestEInvoiceDialog::enterWritesWhatTheCliWrites()
{
    const QByteArray expected = cliOutput(str("EX-1"), str("cii"));
    QVERIFY(expected.startsWith("<?xml"));
    EInvoiceDialog dialog(open(), str("EX-1"));
    dialog.show();
    auto *syntax = dialog.findChild<QComboBox *>(str("syntax"));
    auto *path = dialog.findChild<QLineEdit *>(str("path"));
    syntax->setFocus();
    QTest::keyClick(syntax, Qt::Key_Down);
    QCOMPARE(syntax->currentText(), str("UN/CEFACT CII (XML)"));
    const QString file = mDir.filePath(str("EX-1.xml"));
    QTest::keyClick(syntax, Qt::Key_Tab);
    QTRY_VERIFY(path->hasFocus());
    QTest::keyClicks(path, file);
    // INVOICEDESK_SCREENSHOTS=docs/screenshots refreshes the README's picture.
    const QString pictures = qEnvironmentVariable("INVOICEDESK_SCREENSHOTS");
    if (!pictures.isEmpty())
        QVERIFY(dialog.grab().save(pictures + str("/einvoice-dialog.png")));
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(dialog.resultText(), str("Wrote the e-invoice of EX-1 to EX-1.xml."));
    QCOMPARE(readFile(file), expected);
}

void TestEInvoiceDialog::refusalNamesTheMissingElementAndWritesNothing()
{
    EInvoiceDialog dialog(open(), str("EX-2"));
    dialog.show();
    auto *path = dialog.findChild<QLineEdit *>(str("path"));
    const QString file = mDir.filePath(str("EX-2.xml"));
    path->setFocus();
    QTest::keyClicks(path, file);
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(dialog.resultText(),
        str("Invoice EX-2 was not exported: The e-invoice needs the customer's country "
            "(billing address)."));
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(file));

    // Tax rounded line by line further from EN 16931's than the rules allow: refused as the
    // CLI refuses it.
    EInvoiceDialog yen(open(), str("EX-3"));
    yen.show();
    auto *yenPath = yen.findChild<QLineEdit *>(str("path"));
    const QString yenFile = mDir.filePath(str("EX-3.xml"));
    yenPath->setFocus();
    QTest::keyClicks(yenPath, yenFile);
    QTest::keyClick(yenPath, Qt::Key_Return);
    QCOMPARE(yen.resultText(),
        str("Invoice EX-3 was not exported: its tax at 10% is 404 JPY, rounded line by line; "
            "EN 16931 requires the tax of a rate on the sum of its lines (402 JPY), and the "
            "official rules (BR-CO-17) refuse a difference of one JPY or more. Issue it with the "
            "tax of each rate rounded once (an import profile's \"taxRounding\": \"per-rate\"), "
            "or send the PDF."));
    QVERIFY(!QFile::exists(yenFile));
}

void TestEInvoiceDialog::extensionFollowsTheSyntax()
{
    EInvoiceDialog dialog(open(), str("EX-1"));
    dialog.show();
    auto *syntax = dialog.findChild<QComboBox *>(str("syntax"));
    auto *path = dialog.findChild<QLineEdit *>(str("path"));
    path->setFocus();
    QTest::keyClicks(path, str("EX-1.xml"));
    syntax->setFocus();
    QTest::keyClick(syntax, Qt::Key_End);
    QCOMPARE(path->text(), str("EX-1.pdf"));
    QTest::keyClick(syntax, Qt::Key_Home);
    QCOMPARE(path->text(), str("EX-1.xml"));
}

QTEST_MAIN(TestEInvoiceDialog)
#include "tst_einvoicedialog.moc"
