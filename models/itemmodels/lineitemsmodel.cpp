// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineitemsmodel.h"

namespace InvoiceDesk {

LineItemsModel::LineItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LineItemsModel::setCurrency(const Currency &currency)
{
    mCurrency = currency;
    if (!mLines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString LineItemsModel::unitDisplayName(LineUnit unit)
{
    switch (unit) {
    case LineUnit::None:
        return {};
    case LineUnit::Day:
        return tr("Day");
    case LineUnit::Month:
        return tr("Month");
    case LineUnit::Year:
        return tr("Year");
    }
    return {};
}

void LineItemsModel::setLocale(const QLocale &locale)
{
    mLocale = locale;
    if (!mLines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LineItemsModel::columnForField(const QString &field)
{
    if (field == QLatin1String("line.discountAmount"))
        return Discount; // one cell holds either discount
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldForColumn(column) == field)
            return column;
    }
    return -1;
}

QString LineItemsModel::fieldForColumn(int column)
{
    switch (Column(column)) {
    case Quantity:
        return QStringLiteral("line.quantity");
    case Unit:
        return QStringLiteral("line.unit");
    case ProductCode:
        return QStringLiteral("line.productCode");
    case Description:
        return QStringLiteral("line.description");
    case Rate:
        return QStringLiteral("line.rate");
    case Discount:
        return QStringLiteral("line.discountPercent");
    case TaxCode:
        return QStringLiteral("line.taxCode");
    case TaxRate:
        return QStringLiteral("line.taxRate");
    case Commissionable:
        return QStringLiteral("line.commissionableAmount");
    case Total:
        return QStringLiteral("line.total");
    case ColumnCount:
        break;
    }
    return {};
}

void LineItemsModel::setCellProblems(const QMap<std::pair<int, int>, QString> &problems)
{
    if (problems == mCellProblems)
        return;
    mCellProblems = problems;
    if (!mLines.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ProblemRole, Qt::ToolTipRole});
}

QString LineItemsModel::problemAt(int row, int column) const
{
    const auto refused = mRefused.find({row, column});
    if (refused != mRefused.end())
        return refused->second;
    return mCellProblems.value({row, column});
}

Problems LineItemsModel::refusedCells() const
{
    Problems problems;
    for (auto it = mRefused.cbegin(); it != mRefused.cend(); ++it)
        problems.append({fieldForColumn(it.key().second), it.value().second, it.key().first});
    return problems;
}

void LineItemsModel::clearRefused()
{
    // Rows move or go: a refused text belongs to the cell it was typed in, so it is dropped.
    mRefused.clear();
}

void LineItemsModel::setLines(const QList<LineItem> &lines)
{
    beginResetModel();
    clearRefused();
    mLines = lines;
    endResetModel();
    Q_EMIT linesChanged();
}

void LineItemsModel::replaceLine(int row, const LineItem &line)
{
    mLines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT linesChanged();
}

void LineItemsModel::insertLine(int row, const LineItem &line)
{
    clearRefused();
    beginInsertRows(QModelIndex(), row, row);
    mLines.insert(row, line);
    endInsertRows();
    Q_EMIT linesChanged();
}

void LineItemsModel::removeLine(int row)
{
    clearRefused();
    beginRemoveRows(QModelIndex(), row, row);
    mLines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

void LineItemsModel::moveLine(int from, int to)
{
    clearRefused();
    if (from == to)
        return;
    // beginMoveRows wants the destination as "the row before which to insert".
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    mLines.move(from, to);
    endMoveRows();
    Q_EMIT linesChanged();
}

int LineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mLines.size());
}

int LineItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LineItemsModel::money(const std::optional<qint64> &minor) const
{
    if (!minor)
        return {};
    return Money::fromMinorUnits(*minor, mCurrency).toLocaleString(mLocale);
}

QVariant LineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LineItem &line = mLines.at(index.row());
    if (role == ProblemRole || role == Qt::ToolTipRole)
        return problemAt(index.row(), index.column());
    const auto refused = mRefused.find({index.row(), index.column()});
    if (refused != mRefused.end() && (role == Qt::DisplayRole || role == Qt::EditRole))
        return refused->first; // as typed, until corrected
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Quantity || index.column() == Rate
            || index.column() == Discount || index.column() == TaxRate
            || index.column() == Commissionable || index.column() == Total;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const DecimalFormat format = decimalFormatFor(mLocale);
    DecimalFormat plain = format;
    plain.groupSeparator = QChar();
    switch (Column(index.column())) {
    case Quantity:
        return line.quantity.toString(role == Qt::EditRole ? plain : format);
    case Unit:
        return role == Qt::EditRole ? lineUnitName(line.unit) : unitDisplayName(line.unit);
    case ProductCode:
        return line.productCode;
    case Description:
        return line.description;
    case Rate:
        return money(line.rate);
    case Discount:
    case TaxCode:
        return extraCellText(line, index.column(), role);
    case TaxRate:
        return line.taxRate ? line.taxRate->toString(plain) : QString();
    case Commissionable:
        return money(line.commissionableAmount);
    case Total:
        return money(line.total());
    case ColumnCount:
        break;
    }
    return {};
}

namespace {

/** A rate in the currency's minor units; a refusal says how many decimals the currency has. */
Result<qint64> parseRate(
    const QString &trimmed, const Currency &currency, const DecimalFormat &format)
{
    auto rate = Money::parse(trimmed, currency, format);
    if (rate)
        return rate->minorUnits();
    const int exponent = currency.exponent();
    const QString decimals = exponent == 1
        ? LineItemsModel::tr("1 decimal place")
        : LineItemsModel::tr("%n decimal places", nullptr, exponent);
    return Error {LineItemsModel::tr(
        "Rate \"%1\" %2: %3 amounts have %4. The text is kept so that you can correct it.")
                      .arg(trimmed, rate.error(), currency.code(), decimals)};
}

/** The commissionable amount in minor units, nothing when the cell is empty. */
Result<std::optional<qint64>> parseCommissionable(
    const QString &trimmed, const Currency &currency, const DecimalFormat &format)
{
    if (trimmed.isEmpty())
        return std::optional<qint64>();
    auto amount = Money::parse(trimmed, currency, format);
    if (!amount)
        return Error {LineItemsModel::tr("Commissionable amount %1").arg(amount.error())};
    return std::optional<qint64>(amount->minorUnits());
}

/** A tax rate, with or without a percent sign; nothing when the cell is empty. */
Result<std::optional<Percentage>> parseTaxRate(const QString &trimmed, const DecimalFormat &format)
{
    if (trimmed.isEmpty())
        return std::optional<Percentage>();
    auto rate = Percentage::parse(QString(trimmed).remove(QLatin1Char('%')).trimmed(), format);
    if (!rate)
        return Error {LineItemsModel::tr("Tax rate %1").arg(rate.error())};
    return std::optional<Percentage>(*rate);
}

} // namespace

Result<LineItem> LineItemsModel::parseCell(
    const LineItem &line, int column, const QString &text) const
{
    LineItem changed = line;
    const DecimalFormat format = decimalFormatFor(mLocale);
    const QString trimmed = text.trimmed();
    switch (Column(column)) {
    case Quantity: {
        auto quantity = Quantity::parse(trimmed, format);
        if (!quantity)
            return Error {tr("Quantity %1").arg(quantity.error())};
        changed.quantity = *quantity;
        break;
    }
    case Unit: {
        const auto unit = lineUnitFromName(trimmed);
        if (!unit)
            return Error {tr("Unit must be Day, Month, Year or empty")};
        changed.unit = *unit;
        break;
    }
    case ProductCode:
        changed.productCode = text;
        break;
    case Description:
        changed.description = text;
        break;
    case Rate: {
        auto rate = parseRate(trimmed, mCurrency, format);
        if (!rate)
            return Error {rate.error()};
        changed.rate = *rate;
        break;
    }
    case Discount:
    case TaxCode:
        return parseExtraCell(line, column, text);
    case TaxRate: {
        auto rate = parseTaxRate(trimmed, format);
        if (!rate)
            return Error {rate.error()};
        changed.taxRate = *rate;
        break;
    }
    case Commissionable: {
        auto amount = parseCommissionable(trimmed, mCurrency, format);
        if (!amount)
            return Error {amount.error()};
        changed.commissionableAmount = *amount;
        break;
    }
    case Total:
    case ColumnCount:
        return Error {tr("The total is computed from quantity and rate")};
    }
    return changed;
}

bool LineItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const LineItem &before = mLines.at(index.row());
    auto after = parseCell(before, index.column(), value.toString());
    const std::pair<int, int> cell {index.row(), index.column()};
    if (!after) {
        mRefused.insert(cell, {value.toString(), after.error()});
        Q_EMIT dataChanged(index, index);
        Q_EMIT invalidInput(after.error());
        return false;
    }
    if (mRefused.remove(cell) > 0)
        Q_EMIT dataChanged(index, index);
    if (*after == before)
        return true;
    applyLine(index.row(), before, *after);
    return true;
}

void LineItemsModel::applyLine(int row, const LineItem &, const LineItem &after)
{
    replaceLine(row, after);
}

Qt::ItemFlags LineItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != Total && !mReadOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant LineItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Quantity:
        return tr("Qty");
    case Unit:
        return tr("Unit");
    case ProductCode:
        return tr("Product");
    case Description:
        return tr("Description");
    case Rate:
        return tr("Rate");
    case Discount:
        return tr("Discount");
    case TaxCode:
        return tr("Tax code");
    case TaxRate:
        return tr("Tax %");
    case Commissionable:
        return tr("Commissionable");
    case Total:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk
