// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxcode.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

Problems TaxCode::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"),
            QCoreApplication::translate("TaxCode", "a tax code needs a name")});
    else if (name != name.trimmed())
        problems.append({QStringLiteral("name"),
            QCoreApplication::translate("TaxCode", "the name has spaces at its start or end")});
    if (rate.scaled() < 0 || rate.scaled() > 100 * 10000)
        problems.append({QStringLiteral("rate"),
            QCoreApplication::translate("TaxCode", "a tax rate must be between 0 and 100 %")});
    if (!TaxCodes::categories().contains(category))
        problems.append({QStringLiteral("category"),
            QCoreApplication::translate("TaxCode", "the category must be one of %1")
                .arg(TaxCodes::categories().join(QStringLiteral(", ")))});
    // EN 16931: only the standard rate taxes (BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05, BR-G-05,
    // BR-O-05: the others are 0 %), and only an exemption gives a reason (BR-S-10, BR-Z-10).
    else if (category != QLatin1String("S") && rate.scaled() != 0)
        problems.append({QStringLiteral("rate"),
            QCoreApplication::translate("TaxCode", "a code of category %1 has a rate of 0 %")
                .arg(category)});
    else if (category == QLatin1String("S") && rate.scaled() == 0)
        problems.append({QStringLiteral("rate"),
            QCoreApplication::translate(
                "TaxCode", "a standard-rated code (S) has a rate above 0 %; 0 % is category Z")});
    if ((category == QLatin1String("S") || category == QLatin1String("Z"))
        && !exemptionReason.trimmed().isEmpty())
        problems.append({QStringLiteral("exemptionReason"),
            QCoreApplication::translate("TaxCode",
                "a code of category %1 is taxed: it has no exemption reason (the reason is for "
                "E, AE, K, G and O)")
                .arg(category)});
    return problems;
}

namespace TaxCodes {

const QStringList &categories()
{
    static const QStringList all = {QStringLiteral("S"), QStringLiteral("Z"), QStringLiteral("E"),
        QStringLiteral("AE"), QStringLiteral("K"), QStringLiteral("G"), QStringLiteral("O")};
    return all;
}

QString defaultCategory(const Percentage &rate)
{
    return rate.scaled() == 0 ? QStringLiteral("Z") : QStringLiteral("S");
}

std::optional<TaxCode> codeForRate(const QList<TaxCode> &codes, const Percentage &rate)
{
    QList<TaxCode> matching;
    for (const TaxCode &code : codes) {
        if (code.rate == rate)
            matching.append(code);
    }
    if (matching.isEmpty())
        return std::nullopt;
    std::sort(matching.begin(), matching.end(), [](const TaxCode &a, const TaxCode &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    const QString preferred = defaultCategory(rate);
    for (const TaxCode &code : std::as_const(matching)) {
        if (code.category == preferred)
            return code;
    }
    // Only the one code of the rate stands for it: of an exemption, a reverse charge and an
    // export at 0 %, none is the one a line without a code meant (its category stays Z).
    if (matching.size() == 1)
        return matching.first();
    return std::nullopt;
}

std::optional<TaxCode> byName(const QList<TaxCode> &codes, const QString &name)
{
    for (const TaxCode &code : codes) {
        if (code.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return code;
    }
    return std::nullopt;
}

bool IssuedRates::keeps(const LineItem &line) const
{
    if (all)
        return true;
    return line.taxRate && std::any_of(pairs.cbegin(), pairs.cend(), [&line](const auto &pair) {
        return pair.first.compare(line.taxCode, Qt::CaseInsensitive) == 0
            && pair.second == *line.taxRate;
    });
}

Problems resolve(QList<LineItem> &lines, const QList<TaxCode> &codes, const IssuedRates &issued)
{
    Problems problems;
    for (int i = 0; i < lines.size(); ++i) {
        LineItem &line = lines[i];
        if (line.taxCode.trimmed().isEmpty()) {
            line.taxCode.clear();
            if (line.taxRate) {
                if (const auto code = codeForRate(codes, *line.taxRate))
                    line.taxCode = code->name;
            }
            continue;
        }
        const auto code = byName(codes, line.taxCode);
        if (!code) {
            problems.append({QStringLiteral("line.taxCode"),
                QCoreApplication::translate("TaxCode", "there is no tax code named \"%1\"")
                    .arg(line.taxCode),
                i});
            continue;
        }
        line.taxCode = code->name; // as the company spells it
        if (!line.taxRate)
            line.taxRate = code->rate;
        else if (*line.taxRate != code->rate && !issued.keeps(line))
            problems.append({QStringLiteral("line.taxCode"),
                QCoreApplication::translate(
                    "TaxCode", "tax code \"%1\" is %2 %, but the line's tax rate is %3 %")
                    .arg(code->name, code->rate.toString(), line.taxRate->toString()),
                i});
    }
    return problems;
}

} // namespace TaxCodes

} // namespace InvoiceDesk
