// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard, driven as a person would: a file with problems, fixed in place or skipped.
#include "exportdialog.h"
#include "importwizard.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return file.fileName();
}

QStandardItemModel *modelOf(QWidget *parent, const char *view)
{
    return qobject_cast<QStandardItemModel *>(
        parent->findChild<QTableView *>(QLatin1String(view))->model());
}

const QByteArray kBadFile
    = "number,date,currency,billing.company,line.quantity,line.rate,line.description\r\n"
      "W-1,2026-02-01,EUR,Acme,1,10.00,One\r\n"
      "W-2,2026-02-30,EUR,Beta,2,5.00,Two\r\n"
      "W-3,2026-02-03,EUR,Gamma,1,7.50,Three\r\n";

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixARowInPlaceThenImport();
    void skipTheBadRows();
    void mapUnknownColumnsByHand();
    void rawPreviewOfTheConformanceEdgeCases_data();
    void rawPreviewOfTheConformanceEdgeCases();
    void exportFilteredByStatusAndDates();
    void exportDialogEncodingAndWorkbook();
};

void TestImportWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(str("InvoiceDeskTests"));
    QCoreApplication::setApplicationName(str("tst_importwizard"));
    QSettings().clear();
}

void TestImportWizard::fixARowInPlaceThenImport()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(writeFile(t.dir, str("bad.csv"), kBadFile));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(modelOf(&wizard, "rawPreview")->rowCount(), 3);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));

    QStandardItemModel *issues = modelOf(&wizard, "issues");
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->item(0, 0)->text(), str("3"));
    QCOMPARE(issues->item(0, 1)->text(), str("date"));
    QCOMPARE(issues->item(0, 3)->text(), str("is not a real date"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    QStandardItemModel *rows = modelOf(&wizard, "badRows");
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->verticalHeaderItem(0)->text(), str("3"));
    QCOMPARE(rows->item(0, 1)->text(), str("2026-02-30"));
    QVERIFY(rows->item(0, 1)->background().color() != QColor(Qt::white)); // the bad cell is marked
    rows->item(0, 1)->setText(str("2026-02-28"));
    QTest::mouseClick(wizard.findChild<QPushButton *>(str("checkAgain")), Qt::LeftButton);
    QCOMPARE(issues->rowCount(), 0);
    QCOMPARE(wizard.findChild<QLabel *>(str("checkSummary"))->text(),
        str("No problems: 3 rows are ready to import."));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0); // checking writes nothing

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QCOMPARE(wizard.findChild<QLabel *>(str("summary"))->text(),
        str("Imported 3 invoices (0 updated, 0 skipped); 0 rejected rows were left out."));
    QCOMPARE(t.rows("SELECT number, issue_date, grand_total FROM invoices ORDER BY id"),
        QStringList(
            {str("W-1|2026-02-01|1000"), str("W-2|2026-02-28|1000"), str("W-3|2026-02-03|750")}));
}

void TestImportWizard::skipTheBadRows()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))->setText(writeFile(t.dir, str("bad.csv"), kBadFile));
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.findChild<QCheckBox *>(str("skipInvalid"))->setChecked(true);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.findChild<QLabel *>(str("summary"))->text(),
        str("Imported 2 invoices (0 updated, 0 skipped); 1 rejected rows were left out."));
    QVERIFY(wizard.findChild<QPushButton *>(str("saveErrors"))->isVisibleTo(&wizard));
    QCOMPARE(
        t.rows("SELECT number FROM invoices ORDER BY id"), QStringList({str("W-1"), str("W-3")}));
}

void TestImportWizard::mapUnknownColumnsByHand()
{
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(writeFile(t.dir, str("other.csv"),
            "Invoice No;Date;Currency;Qty;Price;Text\r\nX-1;2026-03-01;EUR;2;1,50;Pens\r\n"));
    wizard.next();
    wizard.next();
    QStandardItemModel *mapping = modelOf(&wizard, "mapping");
    QCOMPARE(mapping->rowCount(), 6);
    QCOMPARE(mapping->item(1, 1)->data(Qt::UserRole).toString(), str("date")); // matched by header
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage)); // number is required and unmapped
    const std::pair<int, const char *> choices[]
        = {{0, "number"}, {3, "line.quantity"}, {4, "line.rate"}, {5, "line.description"}};
    for (const auto &[row, name] : choices)
        mapping->item(row, 1)->setData(QString::fromLatin1(name), Qt::UserRole);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QCOMPARE(
        modelOf(&wizard, "issues")->rowCount(), 0); // semicolon file: decimal comma was assumed
    wizard.next();
    wizard.next();
    QCOMPARE(t.rows("SELECT number, grand_total FROM invoices"), QStringList({str("X-1|300")}));
}

void TestImportWizard::rawPreviewOfTheConformanceEdgeCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("cell");
    QTest::newRow("newlines") << str("newlines") << 1 << 0 << str("Once upon \na time");
    QTest::newRow("quotes and newlines")
        << str("quotes_and_newlines") << 0 << 1 << str("ha \n\"ha\" \nha");
    QTest::newRow("comma in quotes") << str("comma_in_quotes") << 0 << 3 << str("Anytown, WW");
    QTest::newRow("utf8") << str("utf8") << 1 << 2 << str("ʤ");
}

void TestImportWizard::rawPreviewOfTheConformanceEdgeCases()
{
    QFETCH(QString, name);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, cell);
    TestDb t;
    ImportWizard wizard(*t.ledger);
    wizard.show();
    wizard.findChild<QLineEdit *>(str("path"))
        ->setText(str(INVOICEDESK_TEST_DATA "/csv-spectrum/csvs/") + name + str(".csv"));
    wizard.next();
    QCOMPARE(modelOf(&wizard, "rawPreview")->item(row, column)->text(), cell);
}

void TestImportWizard::exportFilteredByStatusAndDates()
{
    TestDb t;
    for (int day = 1; day <= 4; ++day) {
        Invoice invoice = sampleInvoice(QStringLiteral("E-%1").arg(day));
        invoice.date = QDate(2026, 5, day);
        invoice.dueDate = invoice.date;
        QVERIFY(t.ledger->createInvoice(invoice).ok());
    }
    QVERIFY(t.ledger->recordPayment(samplePayment(str("E-2"), 11550)).ok());
    ExportDialog dialog(*t.ledger, true);
    dialog.show();
    const QString path = t.dir.filePath(str("out.csv"));
    dialog.findChild<QLineEdit *>(str("path"))->setText(path);
    auto *status = dialog.findChild<QComboBox *>(str("status"));
    status->setCurrentIndex(status->findData(int(InvoiceStatus::Pending)));
    dialog.findChild<QCheckBox *>(str("limitDates"))->setChecked(true);
    dialog.findChild<QDateEdit *>(str("from"))->setDate(QDate(2026, 5, 2));
    dialog.findChild<QDateEdit *>(str("to"))->setDate(QDate(2026, 5, 3));
    QVERIFY(dialog.exportNow());
    QCOMPARE(dialog.resultText(), str("Exported 1 invoices to out.csv."));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\r\nE-3,Pending,2026-05-03,"));
    QVERIFY(!bytes.contains("E-2,"));
}

void TestImportWizard::exportDialogEncodingAndWorkbook()
{
    TestDb t;
    Invoice invoice = sampleInvoice(str("Ü-1"));
    invoice.billing.company = str("Müller GmbH");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    ExportDialog dialog(*t.ledger, true);
    dialog.show();
    auto *path = dialog.findChild<QLineEdit *>(str("path"));
    auto *encoding = dialog.findChild<QComboBox *>(str("encoding"));
    path->setText(t.dir.filePath(str("excel.csv")));
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8Bom)));
    QVERIFY(dialog.exportNow());
    QVERIFY(readFile(t.dir.filePath(str("excel.csv"))).startsWith("\xEF\xBB\xBFnumber,status,"));
    // A workbook has no encoding to choose.
    path->setText(t.dir.filePath(str("book.xlsx")));
    QVERIFY(!encoding->isEnabled());
    QVERIFY(dialog.exportNow());
    QCOMPARE(dialog.resultText(), str("Exported 1 invoices to book.xlsx."));
    QVERIFY(readFile(t.dir.filePath(str("book.xlsx"))).startsWith("PK\x03\x04"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
