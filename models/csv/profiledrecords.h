// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"
#include "recordsource.h"

#include <QHash>

#include <memory>

namespace InvoiceDesk {

/**
 * Another tool's file read through an import profile (issue 12 item 3): the header row comes
 * out in our column names (made up from the profile's positions when the file has none),
 * columns to ignore keep their own names and are listed in mapping(), constants become
 * columns of their own, and each value is rewritten as our format writes it: amounts without
 * currency symbols, percentages as numbers, country names as ISO codes, the source's tax
 * codes as the company's with their rates, and GnuCash's discount columns as ours.
 */
class ProfiledRecords : public RecordSource
{
public:
    ProfiledRecords(RecordSource &inner, ImportProfile profile, QStringList canonical);

    /** `inner` through `profile`, or nothing (read `inner` itself) when there is none. */
    static std::unique_ptr<ProfiledRecords> wrap(RecordSource &inner,
        const std::optional<ImportProfile> &profile, const QStringList &canonical);
    /** `mapping` with what `records` (when there are any) ignores added. */
    static QHash<QString, QString> mappingFor(
        const ProfiledRecords *records, QHash<QString, QString> mapping);

    /** The first record is the header row (ours); the others are the rows, rewritten. */
    bool readRecord(QStringList &fields) override;
    int recordLine() const override;
    QString errorString() const override;
    qint64 progressDone() const override { return mInner.progressDone(); }
    qint64 progressTotal() const override { return mInner.progressTotal(); }
    bool rowsMayBeShort() const override { return mInner.rowsMayBeShort(); }

    /** Their header (lower case) -> "" for every column the import ignores. */
    QHash<QString, QString> mapping() const { return mIgnored; }
    /** The company's tax codes the rows name through the profile's table. */
    QList<TaxCodeMapping> usedTaxCodes() const { return mUsedCodes; }

private:
    bool readHeader(QStringList &fields);
    QString targetOf(const QString &cell, int position) const;
    void appendSynthetic(QStringList &header);
    void rewrite(QStringList &fields);
    void rewriteTaxCode(QStringList &fields, int index);
    void rewriteDiscount(const QStringList &raw, QStringList &fields);

    RecordSource &mInner;
    ImportProfile mProfile;
    QStringList mCanonical;
    bool mHeaderDone = false;
    std::optional<QStringList> mPending; ///< a header-less file's first row, read early
    int mPendingLine = 0;
    int mRawCount = 0;
    QStringList mTargets; ///< per raw column: our column, or "" when ignored or unknown
    QHash<QString, int> mOut; ///< our column -> its index in the rewritten row
    QHash<QString, QString> mIgnored;
    QList<TaxCodeMapping> mUsedCodes;
    QString mError;
};

} // namespace InvoiceDesk
