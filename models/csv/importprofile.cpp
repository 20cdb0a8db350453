// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk {

namespace {

QJsonObject numbersJson(const ImportProfile &p)
{
    QJsonObject numbers {{QStringLiteral("decimalMark"), QString(p.decimalPoint)}};
    if (!p.groupSeparator.isNull())
        numbers.insert(QStringLiteral("grouping"), QString(p.groupSeparator));
    if (!p.currencySymbols.isEmpty())
        numbers.insert(
            QStringLiteral("currencySymbols"), QJsonArray::fromStringList(p.currencySymbols));
    if (p.parenthesesNegative)
        numbers.insert(QStringLiteral("parenthesesNegative"), true);
    return numbers;
}

/** One character from a JSON string, or an error naming the key. */
Result<QChar> oneChar(const QJsonValue &value, const QString &key, const QString &where)
{
    const QString text = value.toString();
    if (!value.isString() || text.size() != 1)
        return Error {
            QCoreApplication::translate("ImportProfile", "%1: \"%2\" must be one character")
                .arg(where, key)};
    return text.at(0);
}

Status readNumbers(const QJsonObject &numbers, ImportProfile &p, const QString &where)
{
    if (numbers.contains(QStringLiteral("decimalMark"))) {
        auto mark = oneChar(numbers.value(QStringLiteral("decimalMark")),
            QStringLiteral("numbers.decimalMark"), where);
        if (!mark)
            return Error {mark.error()};
        if (*mark != QLatin1Char('.') && *mark != QLatin1Char(','))
            return Error {QCoreApplication::translate(
                "ImportProfile", "%1: \"numbers.decimalMark\" must be \".\" or \",\"")
                              .arg(where)};
        p.decimalPoint = *mark;
    }
    if (numbers.contains(QStringLiteral("grouping"))) {
        auto group = oneChar(
            numbers.value(QStringLiteral("grouping")), QStringLiteral("numbers.grouping"), where);
        if (!group)
            return Error {group.error()};
        if (*group == p.decimalPoint)
            return Error {QCoreApplication::translate(
                "ImportProfile", "%1: \"numbers.grouping\" cannot be the decimal mark")
                              .arg(where)};
        p.groupSeparator = *group;
    }
    for (const QJsonValue &symbol : numbers.value(QStringLiteral("currencySymbols")).toArray())
        p.currencySymbols.append(symbol.toString());
    p.parenthesesNegative = numbers.value(QStringLiteral("parenthesesNegative")).toBool();
    return {};
}

Status readTaxCodes(const QJsonObject &table, ImportProfile &p, const QString &where)
{
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QJsonObject row = it.value().toObject();
        TaxCodeMapping mapping;
        mapping.name = row.value(QStringLiteral("code")).toString().trimmed();
        mapping.category = row.value(QStringLiteral("category")).toString();
        auto rate = Percentage::parse(row.value(QStringLiteral("rate")).toString());
        if (mapping.name.isEmpty() || !rate)
            return Error {QCoreApplication::translate("ImportProfile",
                "%1: the tax code \"%2\" needs a \"code\" and a \"rate\" such as "
                "\"20\"")
                              .arg(where, it.key())};
        if (!mapping.category.isEmpty() && !TaxCodes::categories().contains(mapping.category))
            return Error {
                QCoreApplication::translate(
                    "ImportProfile", "%1: the category of tax code \"%2\" must be one of %3")
                    .arg(where, it.key(), TaxCodes::categories().join(QStringLiteral(", ")))};
        mapping.rate = *rate;
        p.taxCodes.insert(it.key().trimmed().toLower(), mapping);
    }
    return {};
}

QJsonObject valuesJson(const ImportProfile &p)
{
    QJsonObject json;
    for (auto column = p.values.cbegin(); column != p.values.cend(); ++column) {
        QJsonObject table;
        for (auto it = column->cbegin(); it != column->cend(); ++it)
            table.insert(it.key(), it.value());
        json.insert(column.key(), table);
    }
    return json;
}

void readValues(const QJsonObject &json, ImportProfile &p)
{
    for (auto column = json.begin(); column != json.end(); ++column) {
        const QJsonObject table = column.value().toObject();
        for (auto it = table.begin(); it != table.end(); ++it)
            p.values[column.key()].insert(it.key().trimmed().toLower(), it.value().toString());
    }
}

/** The "detect" array: what a bank statement's profile leaves to the file's values. */
QJsonArray detectJson(const ImportProfile &p)
{
    QJsonArray detect;
    if (p.detectDecimalMark)
        detect.append(QStringLiteral("decimalMark"));
    if (p.detectDateFormat)
        detect.append(QStringLiteral("dateFormat"));
    return detect;
}

Result<ProfileKind> readKind(const QJsonObject &json, const QString &where)
{
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty() || kind == ImportProfile::kindName(ProfileKind::Records))
        return ProfileKind::Records;
    if (kind == ImportProfile::kindName(ProfileKind::BankStatement))
        return ProfileKind::BankStatement;
    return Error {QCoreApplication::translate(
        "ImportProfile", "%1: \"kind\" must be \"records\" or \"bank-statement\", not \"%2\"")
                      .arg(where, kind)};
}

} // namespace

QString ImportProfile::kindName(ProfileKind kind)
{
    return kind == ProfileKind::BankStatement ? QStringLiteral("bank-statement")
                                              : QStringLiteral("records");
}

QJsonObject ImportProfile::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name}, {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("header"), hasHeader}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    QJsonObject columnsJson;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsJson.insert(it.key(), it.value());
    if (!columnsJson.isEmpty())
        json.insert(QStringLiteral("columns"), columnsJson);
    QJsonObject positionsJson;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        positionsJson.insert(QString::number(it.key()), it.value());
    if (!positionsJson.isEmpty())
        json.insert(QStringLiteral("positions"), positionsJson);
    QJsonObject constantsJson;
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        constantsJson.insert(it.key(), it.value());
    if (!constantsJson.isEmpty())
        json.insert(QStringLiteral("constants"), constantsJson);
    if (!ignoredColumns.isEmpty())
        json.insert(QStringLiteral("ignore"), QJsonArray::fromStringList(ignoredColumns));
    if (ignoreUnknownColumns)
        json.insert(QStringLiteral("ignoreUnknownColumns"), true);
    json.insert(QStringLiteral("numbers"), numbersJson(*this));
    json.insert(QStringLiteral("dateFormat"),
        dateFormat.isEmpty() ? QStringLiteral("yyyy-MM-dd") : dateFormat);
    if (const QJsonArray detect = detectJson(*this); !detect.isEmpty())
        json.insert(QStringLiteral("detect"), detect);
    if (countryNames)
        json.insert(QStringLiteral("countryNames"), true);
    QJsonObject table;
    for (auto it = taxCodes.cbegin(); it != taxCodes.cend(); ++it) {
        QJsonObject row {
            {QStringLiteral("code"), it->name}, {QStringLiteral("rate"), it->rate.toString()}};
        if (!it->category.isEmpty())
            row.insert(QStringLiteral("category"), it->category);
        table.insert(it.key(), row);
    }
    if (!table.isEmpty())
        json.insert(QStringLiteral("taxCodes"), table);
    if (!values.isEmpty())
        json.insert(QStringLiteral("values"), valuesJson(*this));
    if (discount.isSet())
        json.insert(QStringLiteral("discount"),
            QJsonObject {{QStringLiteral("value"), discount.value},
                {QStringLiteral("type"), discount.type}, {QStringLiteral("how"), discount.how}});
    return json;
}

Result<ImportProfile> ImportProfile::fromJson(const QJsonObject &json, const QString &where)
{
    ImportProfile p;
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return Error {QCoreApplication::translate("ImportProfile", "%1: a profile needs a \"name\"")
                          .arg(where)};
    p.description = json.value(QStringLiteral("description")).toString();
    auto kind = readKind(json, where);
    if (!kind)
        return Error {kind.error()};
    p.kind = *kind;
    p.hasHeader = json.value(QStringLiteral("header")).toBool(true);
    const QJsonObject columnsJson = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columnsJson.begin(); it != columnsJson.end(); ++it)
        p.columns.insert(it.key(), it.value().toString());
    const QJsonObject positionsJson = json.value(QStringLiteral("positions")).toObject();
    for (auto it = positionsJson.begin(); it != positionsJson.end(); ++it) {
        bool ok = false;
        const int column = it.key().toInt(&ok);
        if (!ok || column < 1)
            return Error {QCoreApplication::translate("ImportProfile",
                "%1: \"positions\" counts columns from 1; \"%2\" is not a column "
                "number")
                              .arg(where, it.key())};
        p.positions.insert(column, it.value().toString());
    }
    const QJsonObject constantsJson = json.value(QStringLiteral("constants")).toObject();
    for (auto it = constantsJson.begin(); it != constantsJson.end(); ++it)
        p.constants.insert(it.key(), it.value().toString());
    for (const QJsonValue &ignored : json.value(QStringLiteral("ignore")).toArray())
        p.ignoredColumns.append(ignored.toString());
    p.ignoreUnknownColumns = json.value(QStringLiteral("ignoreUnknownColumns")).toBool();
    if (auto s = readNumbers(json.value(QStringLiteral("numbers")).toObject(), p, where); !s)
        return Error {s.error()};
    const QString dates = json.value(QStringLiteral("dateFormat")).toString();
    p.dateFormat = dates == QLatin1String("yyyy-MM-dd") ? QString() : dates;
    const QJsonArray detect = json.value(QStringLiteral("detect")).toArray();
    p.detectDecimalMark = detect.contains(QStringLiteral("decimalMark"));
    p.detectDateFormat = detect.contains(QStringLiteral("dateFormat"));
    p.countryNames = json.value(QStringLiteral("countryNames")).toBool();
    readValues(json.value(QStringLiteral("values")).toObject(), p);
    if (auto s = readTaxCodes(json.value(QStringLiteral("taxCodes")).toObject(), p, where); !s)
        return Error {s.error()};
    const QJsonObject discountJson = json.value(QStringLiteral("discount")).toObject();
    p.discount = {discountJson.value(QStringLiteral("value")).toInt(),
        discountJson.value(QStringLiteral("type")).toInt(),
        discountJson.value(QStringLiteral("how")).toInt()};
    return p;
}

FieldFormat ImportProfile::fieldFormat() const
{
    return {DecimalFormat {decimalPoint, groupSeparator}, dateFormat};
}

} // namespace InvoiceDesk
