// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "xlsxbuilder.h"
#include "xlsxreader.h"
#include "xlsxvalues.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** Every row of the sheet as "row: cell|cell|…", then "error: …" when reading failed. */
QStringList readAll(const QByteArray &bytes, const QString &sheet = {})
{
    XlsxReader reader;
    if (auto opened = reader.open(bytes, sheet); !opened)
        return {str("open: ") + opened.error()};
    QStringList rows;
    QStringList fields;
    while (reader.readRecord(fields))
        rows.append(QString::number(reader.recordLine()) + str(": ") + fields.join(u'|'));
    if (reader.hasError())
        rows.append(str("error: ") + reader.errorString());
    return rows;
}

const QByteArray kDateStyles = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                               "<xf numFmtId=\"165\"/>";
const QByteArray kNumFmts = "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                            "<numFmt numFmtId=\"165\" formatCode=\"#,##0.000\"/>";

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedStringsWithRichTextAndPhonetics();
    void inlineStringsBooleansFormulasAndGaps();
    void numbersAreReadAsDecimalText();
    void dates1900IncludingTheInventedLeapDay();
    void dates1904();
    void secondSheetByName();
    void damagedWorkbooks();
    void normaliseNumber_data();
    void normaliseNumber();
    void dateFormatCodes();
    void percentagesAreReadAsShown();
    void percentFormatCodes();
};

void TestXlsxReader::sharedStringsWithRichTextAndPhonetics()
{
    const QByteArray strings = "<si><t>number</t></si><si><t>billing.zip</t></si>"
                               "<si><r><t>00</t></r><r><rPr><b/></rPr><t>123</t></r></si>"
                               "<si><t>01067</t><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                               "<si><t xml:space=\"preserve\"> Line one_x000D_\nline two </t></si>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                            "t=\"s\"><v>1</v></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" "
                            "t=\"s\"><v>3</v></c><c r=\"C2\" t=\"s\"><v>4</v></c></row>";
    QCOMPARE(readAll(XlsxBuilder::workbook({{str("Sheet1"), rows}}, strings)),
        QStringList({str("1: number|billing.zip"), str("2: 00123|01067| Line one\r\nline two ")}));
}

void TestXlsxReader::inlineStringsBooleansFormulasAndGaps()
{
    const QByteArray rows
        = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
          "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"b\"><v>0</v></c></row>"
          "<row r=\"3\"><c r=\"A3\"/><c r=\"B3\" t=\"inlineStr\"><is><r><t>x</t></r><r><t>y</t></r>"
          "</is></c></row>"
          "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t></t></is></c></row>"
          "<row r=\"6\"><c r=\"B6\" t=\"str\"><f>A1&amp;\"!\"</f><v>a!</v></c>"
          "<c r=\"C6\" t=\"e\"><v>#N/A</v></c><c r=\"AA6\"><v>7</v></c></row>";
    // Row 2 and 5 are missing and row 4 is blank: skipped, with the rows numbered as the sheet.
    QStringList expected = {
        str("1: a|||TRUE|FALSE"), str("3: |xy"), str("6: |a!|#N/A") + QString(24, u'|') + str("7")};
    QCOMPARE(readAll(XlsxBuilder::workbook({{str("Sheet1"), rows}})), expected);
}

void TestXlsxReader::numbersAreReadAsDecimalText()
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\"><v>1580.0000000000002</v></c>"
                            "<c r=\"B1\" t=\"n\"><v>1.23456789012346E+20</v></c>"
                            "<c r=\"C1\"><v>-0.1</v></c><c r=\"D1\"><v>9.9499999999999993</v></c>"
                            "<c r=\"E1\" s=\"3\"><v>123456789.125</v></c>"
                            "<c r=\"F1\"><v>1E-3</v></c><c r=\"G1\"><v>12345678901234567</v></c>"
                            "<c r=\"H1\"><v>0.30000000000000004</v></c></row>";
    QCOMPARE(
        readAll(XlsxBuilder::workbook({{str("Sheet1"), rows}}, {}, false, kNumFmts, kDateStyles)),
        QStringList({str("1: 1580|123456789012346000000|-0.1|9.95|123456789.125|0.001|"
                         "12345678901234600|0.3")}));
}

void TestXlsxReader::dates1900IncludingTheInventedLeapDay()
{
    const QByteArray rows
        = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c>"
          "<c r=\"B1\" s=\"1\"><v>59</v></c><c r=\"C1\" s=\"1\"><v>60</v></c>"
          "<c r=\"D1\" s=\"2\"><v>61</v></c><c r=\"E1\" s=\"2\"><v>46082.75</v></c>"
          "<c r=\"F1\" s=\"0\"><v>46082</v></c></row>";
    // Style 1 is built-in format 14, style 2 the custom yyyy-mm-dd, style 0 General.
    QCOMPARE(
        readAll(XlsxBuilder::workbook({{str("Sheet1"), rows}}, {}, false, kNumFmts, kDateStyles)),
        QStringList({str("1: 1900-01-01|1900-02-28|1900-02-29|1900-03-01|2026-03-01|46082")}));
}

void TestXlsxReader::dates1904()
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                            "<c r=\"B1\" s=\"1\"><v>1</v></c><c r=\"C1\" s=\"2\"><v>44620</v></c>"
                            "</row>";
    QCOMPARE(
        readAll(XlsxBuilder::workbook({{str("Sheet1"), rows}}, {}, true, kNumFmts, kDateStyles)),
        QStringList({str("1: 1904-01-01|1904-01-02|2026-03-01")}));
}

void TestXlsxReader::secondSheetByName()
{
    const QByteArray workbook = XlsxBuilder::workbook(
        {{str("Notes"),
             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>read me</t></is></c></row>"},
            {str("Invoices 2026"),
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>A-1</t></is></c></row>"}});
    QCOMPARE(readAll(workbook), QStringList({str("1: read me")}));
    QCOMPARE(readAll(workbook, str("invoices 2026")), QStringList({str("2: |A-1")}));
    QCOMPARE(readAll(workbook, str("Payments")),
        QStringList({str("open: the workbook has no sheet \"Payments\"; its sheets are: Notes, "
                         "Invoices 2026")}));
    XlsxReader reader;
    QVERIFY(reader.open(workbook).ok());
    QCOMPARE(reader.sheetNames(), QStringList({str("Notes"), str("Invoices 2026")}));
}

void TestXlsxReader::damagedWorkbooks()
{
    QCOMPARE(readAll("PK\x03\x04 not really"),
        QStringList({str("open: this is not an Excel workbook (.xlsx)")}));
    QCOMPARE(readAll(XlsxBuilder::zip({{str("hello.txt"), "hi"}})),
        QStringList({str("open: the workbook has no part xl/_rels/workbook.xml.rels")}));
    const QByteArray broken = XlsxBuilder::workbook(
        {{str("S"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\">"}});
    QCOMPARE(readAll(broken),
        QStringList({str("1: 1"),
            str("error: the sheet is damaged near row 2: Opening and ending tag mismatch.")}));
    const QByteArray outOfOrder = XlsxBuilder::workbook(
        {{str("S"), "<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>"}});
    QCOMPARE(readAll(outOfOrder),
        QStringList({str("error: row 1: a cell is out of order or beyond column XFD")}));
}

void TestXlsxReader::normaliseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << str("1580") << str("1580");
    QTest::newRow("binary noise") << str("1580.0000000000002") << str("1580");
    QTest::newRow("noise below") << str("540.99999999999989") << str("541");
    QTest::newRow("21 digits") << str("1.23456789012346E+20") << str("123456789012346000000");
    QTest::newRow("tiny") << str("1.5e-7") << str("0.00000015");
    QTest::newRow("negative zero") << str("-0") << str("0");
    QTest::newRow("carry") << str("9.9999999999999999") << str("10");
    QTest::newRow("plus sign") << str("+12.50") << str("12.5");
    QTest::newRow("not a number") << str("12a") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestXlsxReader::normaliseNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(XlsxValues::normaliseNumber(text).value_or(QString()), expected);
}

void TestXlsxReader::dateFormatCodes()
{
    QVERIFY(XlsxValues::isDateFormatCode(u"yyyy\\-mm\\-dd"));
    QVERIFY(XlsxValues::isDateFormatCode(u"[$-407]DD.MM.YYYY"));
    QVERIFY(XlsxValues::isDateFormatCode(u"h:mm"));
    QVERIFY(!XlsxValues::isDateFormatCode(u"General"));
    QVERIFY(!XlsxValues::isDateFormatCode(u"#,##0.00\\ [$€-407]"));
    QVERIFY(!XlsxValues::isDateFormatCode(u"0.00E+00"));
    QVERIFY(!XlsxValues::isDateFormatCode(u"\"days\" 0"));
    QVERIFY(!XlsxValues::isDateFormatCode(u"@"));
    QCOMPARE(XlsxReader::columnOf(u"A1"), 0);
    QCOMPARE(XlsxReader::columnOf(u"AA6"), 26);
    QCOMPARE(XlsxReader::columnOf(u"XFD1048576"), 16383);
    QCOMPARE(XlsxReader::columnOf(u"17"), -1);
}

void TestXlsxReader::percentagesAreReadAsShown()
{
    // Style 1 is built-in 9 "0%", 2 built-in 10 "0.00%", 3 a custom "0.0%" (LibreOffice writes
    // its own ids), 4 a custom format with a quoted "%" (a number, not a percentage), 0 General.
    const QByteArray numFmts = "<numFmt numFmtId=\"166\" formatCode=\"0.0%\"/>"
                               "<numFmt numFmtId=\"167\" formatCode=\"0&quot;%&quot;\"/>";
    const QByteArray styles = "<xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"10\"/>"
                              "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.1</v></c>"
                            "<c r=\"B1\" s=\"1\"><v>7.0000000000000007E-2</v></c>"
                            "<c r=\"C1\" s=\"2\"><v>0.19</v></c>"
                            "<c r=\"D1\" s=\"3\"><v>0.125</v></c>"
                            "<c r=\"E1\" s=\"2\"><v>-0.0005</v></c>"
                            "<c r=\"F1\" s=\"1\"><v>1.5</v></c>"
                            "<c r=\"G1\" s=\"4\"><v>0.1</v></c>"
                            "<c r=\"H1\" s=\"0\"><v>0.1</v></c>"
                            "<c r=\"I1\" s=\"1\" t=\"inlineStr\"><is><t>0.1</t></is></c>"
                            "<c r=\"J1\" s=\"1\"><v>0.56999999999999995</v></c></row>";
    QCOMPARE(readAll(XlsxBuilder::workbook({{str("Sheet1"), rows}}, {}, false, numFmts, styles)),
        QStringList({str("1: 10|7|19|12.5|-0.05|150|0.1|0.1|0.1|57")}));
}

void TestXlsxReader::percentFormatCodes()
{
    QVERIFY(XlsxValues::isPercentFormatCode(u"0%"));
    QVERIFY(XlsxValues::isPercentFormatCode(u"0.00%"));
    QVERIFY(XlsxValues::isPercentFormatCode(u"[$-407]0.0\\ %;[RED]-0.0\\ %"));
    QVERIFY(!XlsxValues::isPercentFormatCode(u"0\"%\""));
    QVERIFY(!XlsxValues::isPercentFormatCode(u"0\\%"));
    QVERIFY(!XlsxValues::isPercentFormatCode(u"General"));
    QVERIFY(!XlsxValues::isPercentFormatCode(u"#,##0.00"));
    QVERIFY(XlsxValues::isBuiltinPercentFormat(9));
    QVERIFY(XlsxValues::isBuiltinPercentFormat(10));
    QVERIFY(!XlsxValues::isBuiltinPercentFormat(11));
    QCOMPARE(XlsxValues::percentNumber(u"0.07"), std::optional<QString>(str("7")));
    QCOMPARE(XlsxValues::percentNumber(u"0.125"), std::optional<QString>(str("12.5")));
    QCOMPARE(XlsxValues::percentNumber(u"x"), std::optional<QString>());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
