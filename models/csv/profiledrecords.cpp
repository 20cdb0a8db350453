// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledrecords.h"
#include "columnkinds.h"
#include "profilevalues.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

const QString kTaxRate = QStringLiteral("line.taxRate");
const QString kTaxCode = QStringLiteral("line.taxCode");
const QString kDiscountPercent = QStringLiteral("line.discountPercent");
const QString kDiscountAmount = QStringLiteral("line.discountAmount");

bool isPercentColumn(const QString &column)
{
    return column == kTaxRate || column == kDiscountPercent
        || column == QLatin1String("card.feePercentage");
}

bool isCountryColumn(const QString &column)
{
    return column == QLatin1String("billing.countryId")
        || column == QLatin1String("shipping.countryId");
}

std::optional<QString> findCaseInsensitive(const QStringList &list, const QString &value)
{
    for (const QString &item : list) {
        if (item.trimmed().compare(value.trimmed(), Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

} // namespace

ProfiledRecords::ProfiledRecords(RecordSource &inner, ImportProfile profile, QStringList canonical)
    : mInner(inner)
    , mProfile(std::move(profile))
    , mCanonical(std::move(canonical))
{
}

std::unique_ptr<ProfiledRecords> ProfiledRecords::wrap(
    RecordSource &inner, const std::optional<ImportProfile> &profile, const QStringList &canonical)
{
    if (!profile)
        return nullptr;
    return std::make_unique<ProfiledRecords>(inner, *profile, canonical);
}

QHash<QString, QString> ProfiledRecords::mappingFor(
    const ProfiledRecords *records, QHash<QString, QString> mapping)
{
    if (records)
        mapping.insert(records->mapping());
    return mapping;
}

int ProfiledRecords::recordLine() const
{
    return mPendingLine > 0 ? mPendingLine : mInner.recordLine();
}

QString ProfiledRecords::errorString() const
{
    return mError.isEmpty() ? mInner.errorString() : mError;
}

bool ProfiledRecords::readRecord(QStringList &fields)
{
    if (!mHeaderDone) {
        mHeaderDone = true;
        return readHeader(fields);
    }
    mPendingLine = 0;
    if (mPending) {
        fields = *std::exchange(mPending, std::nullopt);
        mPendingLine = mInner.recordLine();
    } else if (!mInner.readRecord(fields)) {
        return false;
    }
    rewrite(fields);
    return true;
}

QString ProfiledRecords::targetOf(const QString &cell, int position) const
{
    // nullptr-like "?" marks a column nobody named: the import reports it as unknown.
    const QString unknown = QStringLiteral("?");
    if (mProfile.hasHeader) {
        for (auto it = mProfile.columns.cbegin(); it != mProfile.columns.cend(); ++it) {
            if (it.key().trimmed().compare(cell.trimmed(), Qt::CaseInsensitive) == 0)
                return it.value();
        }
        if (findCaseInsensitive(mProfile.ignoredColumns, cell))
            return {};
    } else {
        if (mProfile.positions.contains(position))
            return mProfile.positions.value(position);
        if (mProfile.ignoredColumns.contains(QString::number(position)))
            return {};
    }
    const DiscountColumns &d = mProfile.discount;
    if (d.isSet() && (position == d.value || position == d.type || position == d.how))
        return {}; // read by rewriteDiscount
    if (mProfile.hasHeader) {
        if (const auto name = findCaseInsensitive(mCanonical, cell))
            return *name;
    }
    return mProfile.ignoreUnknownColumns ? QString() : unknown;
}

bool ProfiledRecords::readHeader(QStringList &fields)
{
    QStringList raw;
    if (!mInner.readRecord(raw))
        return false;
    if (!raw.isEmpty() && raw.first().startsWith(QChar(0xFEFF)))
        raw.first().remove(0, 1);
    if (!mProfile.hasHeader) {
        mPending = raw;
        mPendingLine = mInner.recordLine();
        for (int i = 0; i < raw.size(); ++i)
            raw[i] = QCoreApplication::translate("ImportProfile", "column %1").arg(i + 1);
    }
    mRawCount = int(raw.size());
    fields.clear();
    for (int i = 0; i < raw.size(); ++i) {
        QString target = targetOf(raw.at(i), i + 1);
        if (target == QLatin1String("?")) {
            fields.append(raw.at(i)); // unknown: the import names it and the columns there are
            mTargets.append(QString());
            continue;
        }
        if (!target.isEmpty() && !mCanonical.contains(target)) {
            mError = QCoreApplication::translate("ImportProfile",
                "the profile maps \"%1\" to \"%2\", which is not a column; the columns are: %3")
                         .arg(raw.at(i), target, mCanonical.join(QStringLiteral(", ")));
            return false;
        }
        if (target.isEmpty())
            mIgnored.insert(raw.at(i).trimmed().toLower(), QString());
        fields.append(target.isEmpty() ? raw.at(i) : target);
        mTargets.append(target);
    }
    appendSynthetic(fields);
    for (int i = 0; i < fields.size(); ++i) {
        if (mCanonical.contains(fields.at(i)) && !mOut.contains(fields.at(i)))
            mOut.insert(fields.at(i), i);
    }
    return mError.isEmpty();
}

void ProfiledRecords::appendSynthetic(QStringList &header)
{
    for (auto it = mProfile.constants.cbegin(); it != mProfile.constants.cend(); ++it) {
        if (!mCanonical.contains(it.key())) {
            mError = QCoreApplication::translate("ImportProfile",
                "a constant is set for \"%1\", which is not a column; the columns are: %2")
                         .arg(it.key(), mCanonical.join(QStringLiteral(", ")));
            return;
        }
        if (!mTargets.contains(it.key()))
            header.append(it.key());
    }
    const bool codes = !mProfile.taxCodes.isEmpty() || mTargets.contains(kTaxCode);
    if (codes && !mTargets.contains(kTaxRate) && mCanonical.contains(kTaxRate))
        header.append(kTaxRate);
    if (mProfile.discount.isSet()) {
        for (const QString &column : {kDiscountPercent, kDiscountAmount}) {
            if (!mTargets.contains(column))
                header.append(column);
        }
    }
}

void ProfiledRecords::rewrite(QStringList &fields)
{
    if (fields.size() != mRawCount)
        return; // the import reports the row's shape; nothing here would be right
    const QStringList raw = fields;
    for (int i = 0; i < mRawCount; ++i) {
        const QString &target = mTargets.at(i);
        if (target.isEmpty() || fields.at(i).trimmed().isEmpty())
            continue;
        if (columnKindOf(target) == ColumnKind::Amount)
            fields[i] = ProfileValues::plainAmount(
                fields.at(i), mProfile.currencySymbols, mProfile.parenthesesNegative);
        else if (isPercentColumn(target))
            fields[i] = ProfileValues::percentNumber(fields.at(i)).value_or(fields.at(i));
        else if (target == QLatin1String("line.quantity"))
            fields[i] = ProfileValues::withoutTrailingZeros(fields.at(i), mProfile.decimalPoint);
        else if (isCountryColumn(target) && mProfile.countryNames)
            fields[i] = ProfileValues::countryCode(fields.at(i)).value_or(fields.at(i));
        if (const auto table = mProfile.values.constFind(target); table != mProfile.values.cend())
            fields[i] = table->value(fields.at(i).trimmed().toLower(), fields.at(i));
    }
    for (auto it = mOut.cbegin(); it != mOut.cend(); ++it) {
        while (fields.size() <= it.value())
            fields.append(QString());
    }
    for (auto it = mProfile.constants.cbegin(); it != mProfile.constants.cend(); ++it) {
        const int index = mOut.value(it.key(), -1);
        if (index >= 0 && fields.at(index).trimmed().isEmpty())
            fields[index] = it.value(); // also fills a column the file leaves blank
    }
    if (const int index = mOut.value(kTaxCode, -1); index >= 0)
        rewriteTaxCode(fields, index);
    if (mProfile.discount.isSet())
        rewriteDiscount(raw, fields);
}

void ProfiledRecords::rewriteTaxCode(QStringList &fields, int index)
{
    const QString source = fields.at(index).trimmed();
    if (source.isEmpty())
        return;
    const int rateIndex = mOut.value(kTaxRate, -1);
    const bool rateBlank = rateIndex >= 0 && fields.at(rateIndex).trimmed().isEmpty();
    const auto mapped = mProfile.taxCodes.constFind(source.toLower());
    if (mapped != mProfile.taxCodes.cend()) {
        fields[index] = mapped->name;
        if (rateBlank)
            fields[rateIndex] = mapped->rate.toString(DecimalFormat {mProfile.decimalPoint, {}});
        if (!mUsedCodes.contains(*mapped))
            mUsedCodes.append(*mapped);
        return;
    }
    // "8.875%" names a rate, not a code: the line takes the company's code for that rate.
    if (const auto number = ProfileValues::percentNumber(source)) {
        fields[index].clear();
        if (rateBlank)
            fields[rateIndex] = *number;
    }
}

} // namespace InvoiceDesk
