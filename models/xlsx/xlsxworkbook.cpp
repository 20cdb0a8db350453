// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbook.h"
#include "xlsxpackage.h"
#include "xlsxvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace InvoiceDesk {

namespace {

QString damagedPart(const QString &part)
{
    return QCoreApplication::translate("Xlsx", "the workbook is damaged (%1)").arg(part);
}

/** A relationship's attribute "r:id", whatever the prefix of its namespace. */
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.prefix().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

/** Resolves a relationship target against the folder of the part that names it. */
QString resolve(const QString &folder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &step : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (step == QLatin1String(".."))
            parts.removeLast();
        else if (step != QLatin1String("."))
            parts.append(step);
    }
    return parts.join(QLatin1Char('/'));
}

/** Relationship id -> target part, from a .rels part. */
Result<QHash<QString, QString>> relationships(
    const XlsxPackage &package, const QString &relsPart, const QString &folder)
{
    auto bytes = package.read(relsPart);
    if (!bytes)
        return Error {bytes.error()};
    QHash<QString, QString> targets;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto attributes = xml.attributes();
            targets.insert(attributes.value(QLatin1String("Id")).toString(),
                resolve(folder, attributes.value(QLatin1String("Target")).toString()));
        }
    }
    if (xml.hasError())
        return Error {damagedPart(relsPart)};
    return targets;
}

/** The text of an <si> or <is> element: its <t> runs, without phonetic guides (<rPh>). */
QString readRichText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return XlsxValues::unescapeText(text);
}

Status readSharedStrings(const XlsxPackage &package, const QString &part, QStringList &strings)
{
    auto bytes = package.read(part);
    if (!bytes)
        return Error {bytes.error()};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return Error {damagedPart(part)};
    return {};
}

Status readStyles(const XlsxPackage &package, const QString &part, XlsxWorkbook &workbook)
{
    auto bytes = package.read(part);
    if (!bytes)
        return Error {bytes.error()};
    QSet<int> customDates;
    QSet<int> customPercents;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            const auto attributes = xml.attributes();
            const auto code = attributes.value(QLatin1String("formatCode"));
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            if (XlsxValues::isDateFormatCode(code))
                customDates.insert(id);
            else if (XlsxValues::isPercentFormatCode(code))
                customPercents.insert(id);
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = xml.isStartElement();
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int format = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            if (XlsxValues::isBuiltinDateFormat(format) || customDates.contains(format))
                workbook.dateStyles.insert(index);
            else if (XlsxValues::isBuiltinPercentFormat(format) || customPercents.contains(format))
                workbook.percentStyles.insert(index);
            ++index;
        }
    }
    if (xml.hasError())
        return Error {damagedPart(part)};
    return {};
}

/** Reads workbook.xml: the sheets in order and the date system. */
Status readWorkbookPart(const XlsxPackage &package, const QString &part,
    const QHash<QString, QString> &targets, XlsxWorkbook &workbook)
{
    auto bytes = package.read(part);
    if (!bytes)
        return Error {bytes.error()};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto value = attributes.value(QLatin1String("date1904"));
            workbook.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            const QString target = targets.value(relationshipId(attributes));
            if (!target.isEmpty())
                workbook.sheets.append(
                    {attributes.value(QLatin1String("name")).toString(), target});
        }
    }
    if (xml.hasError())
        return Error {damagedPart(part)};
    return {};
}

/** The folder of a part ("xl" for "xl/workbook.xml"), and its .rels part. */
std::pair<QString, QString> folderAndRels(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : part.left(slash);
    const QString file = part.mid(slash + 1);
    return {folder,
        (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/") + file
            + QStringLiteral(".rels")};
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::load(const XlsxPackage &package)
{
    auto root = relationships(package, QStringLiteral("_rels/.rels"), QString());
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (root) {
        for (auto it = root->cbegin(); it != root->cend(); ++it) {
            if (it.value().endsWith(QLatin1String("workbook.xml")))
                workbookPart = it.value();
        }
    }
    const auto [folder, relsPart] = folderAndRels(workbookPart);
    auto targets = relationships(package, relsPart, folder);
    if (!targets)
        return Error {targets.error()};
    XlsxWorkbook workbook;
    if (auto read = readWorkbookPart(package, workbookPart, *targets, workbook); !read)
        return Error {read.error()};
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    QString strings = prefix + QStringLiteral("sharedStrings.xml");
    QString styles = prefix + QStringLiteral("styles.xml");
    for (const QString &target : *targets) {
        if (target.endsWith(QLatin1String("sharedStrings.xml")))
            strings = target;
        else if (target.endsWith(QLatin1String("styles.xml")))
            styles = target;
    }
    if (package.contains(strings)) {
        if (auto read = readSharedStrings(package, strings, workbook.sharedStrings); !read)
            return Error {read.error()};
    }
    if (package.contains(styles)) {
        if (auto read = readStyles(package, styles, workbook); !read)
            return Error {read.error()};
    }
    if (workbook.sheets.isEmpty())
        return Error {QCoreApplication::translate("Xlsx", "the workbook has no sheet")};
    return workbook;
}

} // namespace InvoiceDesk
