// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Discount and Tax code cells of the line grid (issue 12 item 5).
#include "lineitemsmodel.h"

namespace InvoiceDesk {

QString LineItemsModel::extraCellText(const LineItem &line, int column, int role) const
{
    if (column == TaxCode)
        return line.taxCode;
    DecimalFormat format = decimalFormatFor(mLocale);
    if (role == Qt::EditRole)
        format.groupSeparator = QChar();
    if (line.discountPercent)
        return line.discountPercent->toString(format) + QStringLiteral(" %");
    return money(line.discountAmount);
}

Result<LineItem> LineItemsModel::parseExtraCell(
    const LineItem &line, int column, const QString &text) const
{
    LineItem changed = line;
    const QString trimmed = text.trimmed();
    if (column == TaxCode) {
        changed.taxCode.clear();
        if (trimmed.isEmpty())
            return changed;
        const auto code = TaxCodes::byName(mTaxCodes, trimmed);
        if (!code)
            return Error {tr("There is no tax code named \"%1\"").arg(trimmed)};
        changed.taxCode = code->name;
        changed.taxRate = code->rate; // the code decides the rate
        return changed;
    }
    changed.discountPercent.reset();
    changed.discountAmount.reset();
    if (trimmed.isEmpty())
        return changed;
    const DecimalFormat format = decimalFormatFor(mLocale);
    if (trimmed.endsWith(QLatin1Char('%'))) {
        auto percent = Percentage::parse(trimmed.chopped(1).trimmed(), format);
        if (!percent)
            return Error {tr("Discount %1").arg(percent.error())};
        if (percent->scaled() < 0 || percent->scaled() > 100 * 10000)
            return Error {tr("A discount must be between 0 and 100 %")};
        changed.discountPercent = *percent;
        return changed;
    }
    auto amount = Money::parse(trimmed, mCurrency, format);
    if (!amount)
        return Error {tr("Discount %1 (end it with %2 for a percentage)")
                          .arg(amount.error(), QStringLiteral("%"))};
    changed.discountAmount = amount->minorUnits();
    return changed;
}

} // namespace InvoiceDesk
