// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"
#include "xlsxpackage.h"
#include "xlsxvalues.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace InvoiceDesk {

namespace {

/** A sheet wider than this is damaged or hostile; Excel's own limit is 16384 columns. */
constexpr int kMaxColumns = 16384;

} // namespace

struct XlsxReader::Private
{
    XlsxPackage package;
    XlsxWorkbook workbook;
    QXmlStreamReader xml;
    qint64 bytesFed = 0;
    bool streamEnded = false;
    int line = 0;
    int lastRow = 0;
    QString error;

    /** Reads on to the next token, feeding the parser from the zip stream as it runs dry. */
    bool advance();
    bool readRow(QStringList &fields);
    QString readCell(int &column);
    QString readText();
    QString cellText(const QString &type, int style, const QString &value) const;
    void fail(const QString &message) { error = message; }
};

bool XlsxReader::Private::advance()
{
    for (;;) {
        xml.readNext();
        if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return !xml.hasError() && !xml.atEnd();
        if (streamEnded)
            return false;
        auto chunk = package.next();
        if (!chunk) {
            fail(chunk.error());
            return false;
        }
        if (chunk->isEmpty())
            streamEnded = true;
        bytesFed += chunk->size();
        xml.addData(*chunk);
    }
}

QString XlsxReader::Private::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < workbook.sharedStrings.size()
            ? workbook.sharedStrings.at(index)
            : QString();
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                     : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e")
        || type == QLatin1String("inlineStr"))
        return XlsxValues::unescapeText(value);
    if (value.isEmpty())
        return {};
    if (workbook.dateStyles.contains(style)) {
        if (const auto date = XlsxValues::dateTextFromSerial(value, workbook.date1904))
            return *date;
    }
    // A percentage as the sheet shows it: 0.1 formatted "0%" is the 10 of "10%".
    if (workbook.percentStyles.contains(style))
        return XlsxValues::percentNumber(value).value_or(value);
    return XlsxValues::normaliseNumber(value).value_or(value);
}

/**
 * The text of the current element, read token by token: readElementText() would give up
 * where a chunk of the zip stream ends in the middle of the element.
 */
QString XlsxReader::Private::readText()
{
    const QString name = xml.name().toString();
    QString text;
    while (advance()) {
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && xml.name() == name)
            break;
    }
    return text;
}

QString XlsxReader::Private::readCell(int &column)
{
    const auto attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    const auto reference = attributes.value(QLatin1String("r"));
    if (!reference.isEmpty())
        column = XlsxReader::columnOf(reference);
    QString value;
    while (advance()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("c"))
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("v")) {
            value = readText();
        } else if (xml.name() == QLatin1String("is")) {
            // Inline text: the <t> runs inside, without phonetic guides.
            int phonetic = 0;
            while (advance() && !(xml.isEndElement() && xml.name() == QLatin1String("is"))) {
                if (xml.name() == QLatin1String("rPh"))
                    phonetic += xml.isStartElement() ? 1 : -1;
                else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
                    value += readText();
            }
        }
    }
    return cellText(type, style, value);
}

bool XlsxReader::Private::readRow(QStringList &fields)
{
    const auto rowNumber = xml.attributes().value(QLatin1String("r"));
    line = rowNumber.isEmpty() ? lastRow + 1 : rowNumber.toInt();
    lastRow = line;
    int next = 0;
    while (advance()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("row"))
            return true;
        if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
            continue;
        int column = next;
        const QString text = readCell(column);
        if (column < 0 || column >= kMaxColumns || column < next) {
            fail(QCoreApplication::translate(
                "Xlsx", "row %1: a cell is out of order or beyond column XFD")
                     .arg(line));
            return false;
        }
        if (!text.isEmpty()) {
            while (fields.size() < column)
                fields.append(QString());
            fields.append(text);
        }
        next = column + 1;
    }
    return false;
}

XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{
}

XlsxReader::~XlsxReader() = default;

Status XlsxReader::open(const QByteArray &bytes, const QString &sheet)
{
    if (auto opened = d->package.open(bytes); !opened)
        return opened;
    auto workbook = XlsxWorkbook::load(d->package);
    if (!workbook)
        return Error {workbook.error()};
    d->workbook = std::move(workbook).value();
    QString part = d->workbook.sheets.first().part;
    if (!sheet.isEmpty()) {
        part.clear();
        for (const XlsxWorkbook::Sheet &candidate : d->workbook.sheets) {
            if (candidate.name.compare(sheet, Qt::CaseInsensitive) == 0)
                part = candidate.part;
        }
        if (part.isEmpty())
            return Error {QCoreApplication::translate(
                "Xlsx", "the workbook has no sheet \"%1\"; its sheets are: %2")
                              .arg(sheet, sheetNames().join(QStringLiteral(", ")))};
    }
    return d->package.openStream(part);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : d->workbook.sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxReader::readRecord(QStringList &fields)
{
    fields.clear();
    while (d->error.isEmpty() && d->advance()) {
        if (!d->xml.isStartElement() || d->xml.name() != QLatin1String("row"))
            continue;
        if (!d->readRow(fields))
            break;
        if (!fields.isEmpty())
            return true; // a row without a filled cell is blank, as a blank CSV line
    }
    if (d->error.isEmpty() && d->xml.hasError())
        d->fail(QCoreApplication::translate("Xlsx", "the sheet is damaged near row %1: %2")
                    .arg(d->lastRow)
                    .arg(d->xml.errorString()));
    return false;
}

int XlsxReader::recordLine() const
{
    return d->line;
}

QString XlsxReader::errorString() const
{
    return d->error;
}

qint64 XlsxReader::progressDone() const
{
    return d->bytesFed;
}

qint64 XlsxReader::progressTotal() const
{
    return std::max(d->bytesFed, d->package.streamSize());
}

int XlsxReader::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    while (i < reference.size() && reference.at(i).isLetter() && i < 3) {
        const QChar c = reference.at(i).toUpper();
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return -1;
        column = column * 26 + (c.unicode() - 'A' + 1);
        ++i;
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace InvoiceDesk
