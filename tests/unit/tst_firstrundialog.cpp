// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 2: every new company file is offered empty, as the demo or as an existing
// file; demo data only on request.
#include "firstrundialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPushButton>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** Shows the dialog and presses the button named `name` with the keyboard (Return on it). */
std::function<int(FirstRunDialog &)> press(const char *name)
{
    return [name](FirstRunDialog &dialog) {
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
        if (!button)
            return int(QDialog::Rejected);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        return dialog.result();
    };
}

} // namespace

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNewPathIsAskedAbout();
    void emptyIsTheDefaultAndCreatesTheNamedFile();
    void demoGoesToAFileOfItsOwn();
    void openAnExistingFileInstead();
    void scriptsAskForTheDemoExplicitly();
    void titleFitsTheWindow();
};

void TestFirstRunDialog::everyNewPathIsAskedAbout()
{
    QTemporaryDir dir;
    // --db acme.invoicedesk (or INVOICEDESK_DB) used to fill itself with 60 demo invoices.
    const QString named = dir.filePath(str("acme.invoicedesk"));
    int asked = 0;
    const CompanyFileChoice choice = chooseCompanyFile(named, false, true, [&](FirstRunDialog &d) {
        ++asked;
        return press("empty")(d);
    });
    QCOMPARE(asked, 1);
    QCOMPARE(choice.path, named);
    QVERIFY(!choice.fillDemo);

    // A file that exists opens as it is, without a question.
    writeFile(named, QByteArray());
    asked = 0;
    const CompanyFileChoice existing
        = chooseCompanyFile(named, false, true, [&](FirstRunDialog &) { return ++asked; });
    QCOMPARE(asked, 0);
    QCOMPARE(existing.path, named);
    QVERIFY(!existing.fillDemo);

    // Cancel quits without creating anything.
    const CompanyFileChoice cancelled = chooseCompanyFile(dir.filePath(str("other.invoicedesk")),
        false, true, [](FirstRunDialog &) { return int(QDialog::Rejected); });
    QVERIFY(cancelled.cancelled);
}

void TestFirstRunDialog::emptyIsTheDefaultAndCreatesTheNamedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("company.invoicedesk"));
    FirstRunDialog dialog(path);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return); // the default button: empty, not the demo
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::EmptyCompany);
    QCOMPARE(dialog.selectedPath(), path);
}

void TestFirstRunDialog::demoGoesToAFileOfItsOwn()
{
    QTemporaryDir dir;
    const QString named = dir.filePath(str("acme.invoicedesk"));
    const CompanyFileChoice choice = chooseCompanyFile(named, false, true, press("demo"));
    QCOMPARE(choice.path, dir.filePath(str("demo.invoicedesk")));
    QVERIFY(choice.fillDemo);
    // The demo file of an earlier start keeps what was done in it.
    writeFile(dir.filePath(str("demo.invoicedesk")), QByteArray());
    const CompanyFileChoice again = chooseCompanyFile(named, false, true, press("demo"));
    QCOMPARE(again.path, dir.filePath(str("demo.invoicedesk")));
    QVERIFY(!again.fillDemo);
}

void TestFirstRunDialog::openAnExistingFileInstead()
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(str("books.invoicedesk"));
    const CompanyFileChoice choice = chooseCompanyFile(
        dir.filePath(str("typo.invoicedesk")), false, true, [&](FirstRunDialog &dialog) {
            dialog.setFileChooser([&] { return existing; });
            return press("open")(dialog);
        });
    QCOMPARE(choice.path, existing);
    QVERIFY(!choice.fillDemo);
    QVERIFY(!choice.cancelled);
}

void TestFirstRunDialog::scriptsAskForTheDemoExplicitly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("new.invoicedesk"));
    const auto never = [](FirstRunDialog &) -> int {
        qFatal("a non-interactive start must not ask");
        return 0;
    };
    // invoicedesk --db new.invoicedesk --demo --screenshot out.png
    const CompanyFileChoice demo = chooseCompanyFile(path, true, false, never);
    QCOMPARE(demo.path, path);
    QVERIFY(demo.fillDemo);
    // --screenshot alone: a new file stays empty.
    const CompanyFileChoice plain = chooseCompanyFile(path, false, false, never);
    QVERIFY(!plain.fillDemo);
    // --demo never fills a file that exists.
    writeFile(path, QByteArray());
    QVERIFY(!chooseCompanyFile(path, true, false, never).fillDemo);
}

void TestFirstRunDialog::titleFitsTheWindow()
{
    FirstRunDialog dialog(str("/home/ada/company.invoicedesk"));
    dialog.show();
    // A title bar spends room on its buttons and margins; the title needs its own width twice.
    const int title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle());
    QVERIFY2(dialog.width() >= 2 * title, qPrintable(QString::number(dialog.width())));
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
