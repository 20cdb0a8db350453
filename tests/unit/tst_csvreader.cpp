// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankcsvreader.h"
#include "columnplaces.h"
#include "creditnotecsv.h"
#include "csvreader.h"
#include "formatdetector.h"
#include "invoicecsv.h"
#include "paymentcsv.h"
#include "testsupport.h"
#include "textencoding.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace InvoiceDesk;
using InvoiceDesk::Test::str;

namespace {

QList<QStringList> readAll(
    const QByteArray &bytes, QChar separator = QLatin1Char(','), QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const TextEncoding encoding = detectEncoding(&buffer);
    CsvReader reader(&buffer, encoding, separator);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    if (error)
        *error = reader.errorString();
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvSpectrum_data();
    void csvSpectrum();
    void encodings_data();
    void encodings();
    void separatorDetection_data();
    void separatorDetection();
    void lineNumbers();
    void malformed();
    void unpairedSurrogatesBecomeReplacementCharacters();
    void leadingZeroWidthNoBreakSpaceSurvivesTheRoundTrip();
    void chunkBoundaries();
    void writerRoundTrip();
    void formulaGuard_data();
    void formulaGuard();
    void columnPlacesFindEveryColumnOfEveryFile_data();
    void columnPlacesFindEveryColumnOfEveryFile();
    void columnPlacesTellNamesApartThatLookAlike();
    void formatDetectorTellsTheDecimalMark_data();
    void formatDetectorTellsTheDecimalMark();
    void twoDigitYearsAreReadInTheCenturyAroundToday();
    void formatDetectorTellsTwoDigitYears();
};

void TestCsvReader::csvSpectrum_data()
{
    QTest::addColumn<QString>("csvPath");
    QTest::addColumn<QString>("jsonPath");
    const QDir dir(QStringLiteral(INVOICEDESK_TEST_DATA "/csv-spectrum"));
    const QDir csvs(dir.filePath(QStringLiteral("csvs")));
    const QStringList names = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 11);
    for (const QString &name : names) {
        const QString base = name.chopped(4);
        QTest::newRow(qPrintable(base)) << csvs.filePath(
            name) << dir.filePath(QStringLiteral("json/") + base + QStringLiteral(".json"));
    }
}

void TestCsvReader::csvSpectrum()
{
    QFETCH(QString, csvPath);
    QFETCH(QString, jsonPath);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(json.readAll()).array();

    QString error;
    const QList<QStringList> records = readAll(csv.readAll(), QLatin1Char(','), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!records.isEmpty());
    const QStringList header = records.first();
    QCOMPARE(records.size() - 1, expected.size());
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QJsonObject object = expected.at(i - 1).toObject();
        QCOMPARE(records.at(i).size(), header.size());
        QCOMPARE(qsizetype(object.size()), header.size());
        for (qsizetype c = 0; c < header.size(); ++c)
            QCOMPARE(records.at(i).at(c), object.value(header.at(c)).toString());
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text = str("name,city\r\nJosé,Köln\r\n");

    QTest::newRow("utf8") << text.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                              << int(TextEncoding::Utf8Bom);
    QByteArray le("\xFF\xFE");
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xFF));
        le.append(char(c.unicode() >> 8));
    }
    QTest::newRow("utf16 le bom") << le << int(TextEncoding::Utf16LE);
    QByteArray be("\xFE\xFF");
    for (QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf16 be bom") << be << int(TextEncoding::Utf16BE);
    QTest::newRow("windows-1252") << QByteArray("name,city\r\nJos\xE9,K\xF6ln\r\n")
                                  << int(TextEncoding::Windows1252);
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(int(detectEncoding(&buffer)), encoding);
    QCOMPARE(buffer.pos(), qint64(0));
    const QList<QStringList> records = readAll(bytes);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), QStringList({str("name"), str("city")}));
    QCOMPARE(records.at(1), QStringList({str("José"), str("Köln")}));
}

void TestCsvReader::separatorDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << str(",");
    QTest::newRow("semicolon excel") << QByteArray("a;b;c\n1,5;2;3\n") << str(";");
    QTest::newRow("tab") << QByteArray("a\tb\tc\n") << str("\t");
    QTest::newRow("quoted separators ignored") << QByteArray("\"a,b,c\";d;e\n") << str(";");
    QTest::newRow("single column") << QByteArray("a\n1\n") << str(",");
}

void TestCsvReader::separatorDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(QString(CsvReader::detectSeparator(&buffer, TextEncoding::Utf8)), separator);
}

void TestCsvReader::lineNumbers()
{
    QByteArray bytes("h1,h2\n\"multi\nline\",x\n\nnext,y\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::Utf8);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(reader.recordLine(), 2);
    QCOMPARE(fields.first(), str("multi\nline"));
    QVERIFY(reader.readRecord(fields)); // the blank line is skipped
    QCOMPARE(reader.recordLine(), 5);
    QCOMPARE(fields, QStringList({str("next"), str("y")}));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(!reader.hasError());
}

void TestCsvReader::malformed()
{
    QString error;
    readAll("a,b\n1,\"never closed\n2,3\n", QLatin1Char(','), &error);
    QCOMPARE(error, str("line 2: a quoted field that starts here is never closed"));

    readAll("a,b\n\"x\"y,2\n", QLatin1Char(','), &error);
    QCOMPARE(error, str("line 2, field 1: text after the closing quote"));
}

void TestCsvReader::unpairedSurrogatesBecomeReplacementCharacters()
{
    // Found by the fuzzer: UTF-16 with a lone high surrogate and an odd trailing byte.
    const QList<QStringList> records = readAll(QByteArray::fromBase64("//5i2mOBYQ=="));
    QCOMPARE(records, QList<QStringList>({{QString(QChar::ReplacementCharacter) + QChar(0x8163)}}));
}

void TestCsvReader::leadingZeroWidthNoBreakSpaceSurvivesTheRoundTrip()
{
    // Found by the fuzzer: UTF-16 with two BOMs; the second is data (U+FEFF), and written
    // unquoted at the start of a UTF-8 file it would be taken for a BOM and dropped.
    const QList<QStringList> records = {{QString(QChar(0xFEFF)) + str("x"), str("y")}};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter(&buffer).writeRecord(records.first());
    buffer.close();
    QVERIFY(bytes.startsWith("\"\xEF\xBB\xBF"));
    QCOMPARE(readAll(bytes), records);
}

void TestCsvReader::chunkBoundaries()
{
    // Records and multi-byte characters that straddle the 64 KiB read chunks.
    QByteArray bytes("id,text\r\n");
    QList<QStringList> expected;
    for (int i = 0; i < 20000; ++i) {
        const QString text = QStringLiteral("ä€ \"q\" %1").arg(i);
        expected.append({QString::number(i), text});
        bytes += QByteArray::number(i) + ",\"" + text.toUtf8().replace("\"", "\"\"") + "\"\r\n";
    }
    const QList<QStringList> records = readAll(bytes);
    QCOMPARE(records.size(), expected.size() + 1);
    QCOMPARE(records.mid(1), expected);
}

void TestCsvReader::writerRoundTrip()
{
    const QList<QStringList> records = {
        {str("plain"), str("with,comma"), str("with \"quote\""), str("multi\r\nline"), str("")},
        {str("ünïcödé"), str(" spaced "), str("\n"), str("\""), str(",")},
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &record : records)
        writer.writeRecord(record);
    buffer.close();
    QVERIFY(bytes.startsWith("plain,\"with,comma\",\"with \"\"quote\"\"\",\"multi\r\nline\",\r\n"));
    QCOMPARE(readAll(bytes), records);
}

void TestCsvReader::formulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("equals") << str("=SUM(A1)") << str("'=SUM(A1)");
    QTest::newRow("plus") << str("+1") << str("'+1");
    QTest::newRow("minus") << str("-x") << str("'-x");
    QTest::newRow("at") << str("@cmd") << str("'@cmd");
    QTest::newRow("tab") << str("\tx") << str("'\tx");
    QTest::newRow("cr") << str("\rx") << str("'\rx");
    QTest::newRow("plain") << str("hello") << str("hello");
    QTest::newRow("apostrophe text") << str("'quoted") << str("'quoted");
    QTest::newRow("apostrophe then equals") << str("'=x") << str("''=x");
    QTest::newRow("empty") << str("") << str("");
}

void TestCsvReader::formulaGuard()
{
    QFETCH(QString, text);
    QFETCH(QString, guarded);
    QCOMPARE(FormulaGuard::neutralise(text), guarded);
    QCOMPARE(FormulaGuard::restore(guarded), text);
}

void TestCsvReader::columnPlacesFindEveryColumnOfEveryFile_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("invoices") << InvoiceCsv::columns();
    QTest::newRow("payments") << PaymentCsv::columns();
    QTest::newRow("credit notes") << CreditNoteCsv::columns();
    QTest::newRow("bank lines") << BankCsvReader::columns();
}

void TestCsvReader::columnPlacesFindEveryColumnOfEveryFile()
{
    QFETCH(QStringList, names);
    ColumnPlaces places;
    for (int i = 0; i < names.size(); ++i)
        places.insert(names.at(i), int(names.size()) - 1 - i); // not in the order given
    QCOMPARE(places.size(), int(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        const QString copy = QString(name.constData(), name.size()); // text of its own
        QCOMPARE(places.place(name), int(names.size()) - 1 - i);
        QCOMPARE(places.place(copy), int(names.size()) - 1 - i);
        QVERIFY(places.contains(copy));
        QCOMPARE(places.place(QString(name + u'x')), -1);
        QCOMPARE(places.place(QStringView(name).chopped(1)), -1);
        QCOMPARE(places.place(name.toUpper()), name.toUpper() == name ? places.place(name) : -1);
    }
    QCOMPARE(places.place(QString()), -1);
    QCOMPARE(places.place(str("unknown")), -1);
}

void TestCsvReader::columnPlacesTellNamesApartThatLookAlike()
{
    // The same length, first, middle and last character: the same slot, told apart by the text.
    const QStringList alike
        = {str("a1x2z"), str("a3x4z"), str("a5x6z"), str("a7x8z"), str("a9x0z")};
    ColumnPlaces places;
    for (int i = 0; i < alike.size(); ++i)
        places.insert(alike.at(i), i);
    places.insert(alike.at(2), 40); // a name given again takes its new place
    QCOMPARE(places.size(), 5);
    QCOMPARE(places.place(str("a1x2z")), 0);
    QCOMPARE(places.place(str("a3x4z")), 1);
    QCOMPARE(places.place(str("a5x6z")), 40);
    QCOMPARE(places.place(str("a7x8z")), 3);
    QCOMPARE(places.place(str("a9x0z")), 4);
    QCOMPARE(places.place(str("a2x1z")), -1);
    for (int i = 0; i < 100; ++i) // past the first table's size
        places.insert(str("column%1").arg(i), 100 + i);
    QCOMPARE(places.size(), 105);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(places.place(str("column%1").arg(i)), 100 + i);
    QCOMPARE(places.place(str("a9x0z")), 4);
}

void TestCsvReader::formatDetectorTellsTheDecimalMark_data()
{
    QTest::addColumn<QStringList>("amounts");
    QTest::addColumn<QString>("decimalPoint"); ///< "" when a value leaves the mark open
    QTest::addColumn<QString>("openValue");
    QTest::addColumn<bool>("sawNumbers");
    QTest::newRow("whole numbers tell nothing")
        << QStringList {str("100"), str("7")} << str(".") << QString() << false;
    QTest::newRow("a point") << QStringList {str("12.50"), str("1.234")} << str(".") << QString()
                             << true;
    QTest::newRow("a group or a point, told later")
        << QStringList {str("1.234"), str("100"), str("12.50")} << str(".") << QString() << true;
    QTest::newRow("a group or a point, never told")
        << QStringList {str("1.234"), str("5.678")} << QString() << str("1.234") << true;
    QTest::newRow("a comma") << QStringList {str("3,5"), str("1.234")} << str(",") << QString()
                             << true;
    QTest::newRow("a point, then a comma")
        << QStringList {str("12.50"), str("100"), str("3,5"), str("4,5")} << QString() << str("3,5")
        << true;
    QTest::newRow("a point, then grouped with a comma")
        << QStringList {str("12.50"), str("1.234,56")} << QString() << str("1.234,56") << true;
    QTest::newRow("a point, then grouped with commas")
        << QStringList {str("12.50"), str("1,234.50")} << str(".") << QString() << true;
    QTest::newRow("grouped by a comma, never told")
        << QStringList {str("1,500"), str("100")} << QString() << str("1,500") << true;
    QTest::newRow("grouped by a comma, then a point")
        << QStringList {str("1,500"), str("12.50")} << str(".") << QString() << true;
    QTest::newRow("grouped by a comma, then a comma")
        << QStringList {str("1,500"), str("3,5")} << str(",") << QString() << true;
}

void TestCsvReader::formatDetectorTellsTheDecimalMark()
{
    QFETCH(QStringList, amounts);
    QFETCH(QString, decimalPoint);
    QFETCH(QString, openValue);
    QFETCH(bool, sawNumbers);
    FormatDetector detector;
    for (int i = 0; i < amounts.size(); ++i)
        detector.add(str("amount"), amounts.at(i), i + 2);
    QCOMPARE(detector.sawNumbers(), sawNumbers);
    const auto found = detector.decimalFormat();
    if (const auto *open = std::get_if<FormatDetector::Ambiguous>(&found)) {
        QCOMPARE(open->value, openValue);
        QCOMPARE(open->line, int(amounts.indexOf(openValue)) + 2);
        QVERIFY(decimalPoint.isEmpty());
    } else {
        const DecimalFormat format = std::get<DecimalFormat>(found);
        QCOMPARE(QString(format.decimalPoint), decimalPoint);
        // Thousands are grouped by the other mark: 1,234.56 or 1.234,56.
        QCOMPARE(QString(format.groupSeparator), decimalPoint == str(".") ? str(",") : str("."));
    }
}

void TestCsvReader::twoDigitYearsAreReadInTheCenturyAroundToday()
{
    QList<ImportIssue> issues;
    const CsvHeader header = CsvHeader::map({str("date")}, {str("date")}, {}, {}, issues);
    const int year = QDate::currentDate().year();
    const auto read = [&](const QString &value, const QString &format) {
        FieldFormat fileFormat;
        fileFormat.dateFormat = format;
        return CsvRow(header, {value}, 2, fileFormat).date(str("date"), issues);
    };
    const QString thisYear = QString::number(year % 100).rightJustified(2, u'0');
    QCOMPARE(read(str("15.01.") + thisYear, str("dd.MM.yy")), QDate(year, 1, 15));
    QCOMPARE(read(str("1/15/") + thisYear, str("M/d/yy")), QDate(year, 1, 15));
    // Fifty years back and forth, as a date typed in the editor.
    const int past = year - 49;
    QCOMPARE(
        read(str("31.12.") + QString::number(past % 100).rightJustified(2, u'0'), str("dd.MM.yy")),
        QDate(past, 12, 31));
    // Four-digit years stay as written.
    QCOMPARE(read(str("15.01.1926"), str("dd.MM.yyyy")), QDate(1926, 1, 15));
    QVERIFY(issues.isEmpty());
    QVERIFY(!read(str("31.02.26"), str("dd.MM.yy")).isValid());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.constFirst().toString(),
        str("line 2, column date (\"31.02.26\"): is not a real date in the form dd.MM.yy"));
}

void TestCsvReader::formatDetectorTellsTwoDigitYears()
{
    const auto found = [](const QStringList &dates) -> QString {
        FormatDetector detector;
        for (int i = 0; i < dates.size(); ++i)
            detector.add(str("date"), dates.at(i), i + 2);
        const auto format = detector.dateFormat();
        if (const auto *open = std::get_if<FormatDetector::Ambiguous>(&format))
            return str("open at ") + open->value;
        return std::get<QString>(format);
    };
    QCOMPARE(found({str("15.01.26"), str("02.02.26")}), str("d.M.yy"));
    QCOMPARE(found({str("13/02/26"), str("01/03/26")}), str("d/M/yy"));
    QCOMPARE(found({str("02/13/26"), str("03/01/26")}), str("M/d/yy"));
    QCOMPARE(found({str("01/02/26")}), str("open at 01/02/26"));
    // Four-digit years are still read as they were.
    QCOMPARE(found({str("15.01.2026")}), str("d.M.yyyy"));
    QCOMPARE(found({str("2026-01-15")}), QString());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
