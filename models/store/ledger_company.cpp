// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Ledger's company profile (issue 14 item 1): kept apart from ledger.cpp, which holds
// invoices and payments.
#include "jsonwriter.h"
#include "ledger.h"
#include "ledger_p.h"

namespace InvoiceDesk {

namespace {

// The audit log's identity of the one company profile of a file.
const char kCompanyEntity[] = "company";

QByteArray profileJson(const CompanyProfile &profile)
{
    JsonWriter w;
    w.beginObject();
    for (const QString &key : CompanyProfile::keys())
        w.optionalString(key.toLatin1().constData(), profile.value(key));
    w.endObject();
    return w.take();
}

} // namespace

Result<CompanyProfile> Ledger::companyProfile()
{
    return mCompany.load();
}

Result<CompanyProfile> Ledger::saveCompanyProfile(const CompanyProfile &profile)
{
    if (const Problems problems = profile.validate(); !problems.isEmpty())
        return Error {describe(problems)};
    auto stored = mCompany.load();
    if (!stored)
        return Error {stored.error()};
    if (*stored == profile)
        return profile;
    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    if (auto s = mCompany.store(profile); !s)
        return Error {s.error()};
    if (auto s = mAudit.record(QString::fromLatin1(kCompanyEntity),
            QString::fromLatin1(kCompanyEntity), QStringLiteral("updated"), profileJson(profile));
        !s)
        return Error {s.error()};
    if (auto s = scope.commit(); !s)
        return Error {s.error()};
    return profile;
}

} // namespace InvoiceDesk
