// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <utility>

namespace InvoiceDesk::Test {

/** Hand-made workbooks for the reader's tests: a zip (stored, no compression) of given parts. */
namespace XlsxBuilder {

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xFF)).append(char(value >> 8));
}

inline void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xFFFF));
    put16(out, quint16(value >> 16));
}

/** A zip archive holding `parts` (name, bytes) uncompressed. */
inline QByteArray zip(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray out;
    QByteArray central;
    for (const auto &[name, data] : parts) {
        const QByteArray key = name.toUtf8();
        const quint32 crc = crc32(data);
        const auto offset = quint32(out.size());
        for (QByteArray *header : {&out, &central}) {
            const bool local = header == &out;
            put32(*header, local ? 0x04034b50u : 0x02014b50u);
            if (!local)
                put16(*header, 20); // made by
            put16(*header, 20); // needed
            put16(*header, 0); // flags
            put16(*header, 0); // stored
            put16(*header, 0); // time
            put16(*header, 0x21); // 1980-01-01
            put32(*header, crc);
            put32(*header, quint32(data.size()));
            put32(*header, quint32(data.size()));
            put16(*header, quint16(key.size()));
            put16(*header, 0); // extra
            if (!local) {
                put16(*header, 0); // comment
                put16(*header, 0); // disk
                put16(*header, 0); // internal attributes
                put32(*header, 0); // external attributes
                put32(*header, offset);
            }
            header->append(key);
        }
        out.append(data);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50u);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(parts.size()));
    put16(out, quint16(parts.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

/** One sheet: its name and the XML inside <sheetData>. */
struct Sheet
{
    QString name;
    QByteArray rows;
};

/**
 * A workbook of the given sheets. `sharedStrings` is the inside of <sst>, `numFmts` and
 * `cellXfs` the inside of those elements of styles.xml.
 */
inline QByteArray workbook(const QList<Sheet> &sheets, const QByteArray &sharedStrings = {},
    bool date1904 = false, const QByteArray &numFmts = {}, const QByteArray &cellXfs = {})
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships\"";
    QByteArray sheetList;
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\">";
    QList<std::pair<QString, QByteArray>> parts;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + sheets.at(i).name.toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"worksheet\" Target=\"worksheets/sheet" + n
            + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
            "<worksheet " + ns + "><sheetData>" + sheets.at(i).rows + "</sheetData></worksheet>"});
    }
    rels += "<Relationship Id=\"rS\" Type=\"sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "<Relationship Id=\"rT\" Type=\"styles\" Target=\"styles.xml\"/></Relationships>";
    parts.append({QStringLiteral("xl/workbook.xml"),
        "<workbook " + ns + "><workbookPr" + (date1904 ? " date1904=\"1\"" : "") + "/><sheets>"
            + sheetList + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    parts.append({QStringLiteral("xl/sharedStrings.xml"),
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings
            + "</sst>"});
    parts.append({QStringLiteral("xl/styles.xml"),
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts>"
            + numFmts + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>"
            + cellXfs + "</cellXfs></styleSheet>"});
    parts.append({QStringLiteral("_rels/.rels"),
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>"});
    return zip(parts);
}

} // namespace XlsxBuilder

} // namespace InvoiceDesk::Test
