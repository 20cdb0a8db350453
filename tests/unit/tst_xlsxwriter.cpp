// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "xlsxpackage.h"
#include "xlsxreader.h"
#include "xlsxsheetwriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

using Kind = XlsxWriter::CellKind;

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsAreTypedByColumn();
};

void TestXlsxWriter::cellsAreTypedByColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("typed.xlsx"));
    {
        XlsxWriter writer(path, str("invoices"));
        writer.setColumnKinds(
            {Kind::Text, Kind::Text, Kind::Amount, Kind::Number, Kind::Date, Kind::Text});
        QVERIFY(writer
                    .writeHeader({str("number"), str("billing.zip"), str("amount"),
                        str("line.quantity"), str("date"), str("note")})
                    .ok());
        QVERIFY(writer
                    .writeRow({str("00123"), str("01067"), str("1234.500"), str("1.5"),
                                  str("2026-03-01"), str("'=SUM(A1)")},
                        3)
                    .ok());
        // 17 significant digits do not survive a double: the amount is written as text.
        QVERIFY(writer.writeRow({str("1E5"), QString(), str("123456789012345.67")}, 2).ok());
        QVERIFY(writer.close().ok());
    }
    const QByteArray bytes = readFile(path);

    XlsxReader reader;
    QVERIFY(reader.open(bytes).ok());
    QCOMPARE(reader.sheetNames(), QStringList({str("invoices")}));
    QStringList fields;
    QStringList rows;
    while (reader.readRecord(fields))
        rows.append(fields.join(u'|'));
    QCOMPARE(rows,
        QStringList({str("number|billing.zip|amount|line.quantity|date|note"),
            str("00123|01067|1234.5|1.5|2026-03-01|'=SUM(A1)"), str("1E5||123456789012345.67")}));

    // The cells themselves: text as strings, the amount a number with three decimals shown,
    // the date a serial day number with a date format.
    XlsxPackage package;
    QVERIFY(package.open(bytes).ok());
    const QString sheet = QString::fromUtf8(*package.read(str("xl/worksheets/sheet1.xml")));
    const QString styles = QString::fromUtf8(*package.read(str("xl/styles.xml")));
    QVERIFY2(sheet.contains(str("<c r=\"A2\" s=\""))
            && sheet.contains(str("t=\"inlineStr\"><is><t>00123</t>")),
        qPrintable(sheet));
    const auto amount
        = QRegularExpression(str("<c r=\"C2\" s=\"(\\d+)\"><v>1234.5</v></c>")).match(sheet);
    QVERIFY2(amount.hasMatch(), qPrintable(sheet));
    QVERIFY(
        QRegularExpression(str("<c r=\"E2\" s=\"\\d+\"><v>46082</v></c>")).match(sheet).hasMatch());
    QVERIFY(sheet.contains(str("<c r=\"D2\"><v>1.5</v></c>")));
    QVERIFY(sheet.contains(str("t=\"inlineStr\"><is><t>123456789012345.67</t>")));
    QVERIFY(styles.contains(str("formatCode=\"#,##0.000\"")));
    QVERIFY(styles.contains(str("formatCode=\"yyyy\\-mm\\-dd\""))
        || styles.contains(str("formatCode=\"yyyy-mm-dd\"")));
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
