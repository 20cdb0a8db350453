// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyprofilerepository.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

Result<CompanyProfile> CompanyProfileRepository::load()
{
    auto q = mQueries.get(QStringLiteral("SELECT key, value FROM company_profile"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q,
            [] { return QCoreApplication::translate("Database", "Reading the company profile"); });
        !s)
        return Error {s.error()};
    CompanyProfile profile;
    while ((*q)->next())
        profile.setValue((*q)->value(QStringLiteral("key")).toString(),
            (*q)->value(QStringLiteral("value")).toString());
    return profile;
}

Status CompanyProfileRepository::store(const CompanyProfile &profile)
{
    const auto describe
        = [] { return QCoreApplication::translate("Database", "Saving the company profile"); };
    auto clear = mQueries.get(QStringLiteral("DELETE FROM company_profile"));
    if (!clear)
        return Error {clear.error()};
    if (auto s = Sql::exec(**clear, describe); !s)
        return s;
    auto q = mQueries.get(QStringLiteral(
        "INSERT INTO company_profile (key, value, updated_at) VALUES (:key, :value, :now)"));
    if (!q)
        return Error {q.error()};
    const QMap<QString, QString> values = profile.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        (*q)->bindValue(QStringLiteral(":key"), it.key());
        (*q)->bindValue(QStringLiteral(":value"), Sql::text(it.value()));
        (*q)->bindValue(QStringLiteral(":now"), Sql::timestampNow());
        if (auto s = Sql::exec(**q, describe); !s)
            return s;
    }
    return {};
}

} // namespace InvoiceDesk
