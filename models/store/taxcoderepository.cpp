// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxcoderepository.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

TaxCode codeFrom(const QSqlQuery &q)
{
    TaxCode code;
    code.id = q.value(QStringLiteral("id")).toLongLong();
    code.uuid = q.value(QStringLiteral("uuid")).toString();
    code.name = q.value(QStringLiteral("name")).toString();
    code.rate = Percentage::fromScaled(q.value(QStringLiteral("rate_e4")).toLongLong());
    code.category = q.value(QStringLiteral("category")).toString();
    code.exemptionReason = q.value(QStringLiteral("exemption_reason")).toString();
    return code;
}

QString reading()
{
    return QCoreApplication::translate("Database", "Reading the tax codes");
}

void bindCode(QSqlQuery &q, const TaxCode &code)
{
    q.bindValue(QStringLiteral(":name"), Sql::text(code.name));
    q.bindValue(QStringLiteral(":rate"), code.rate.scaled());
    q.bindValue(QStringLiteral(":category"), Sql::text(code.category));
    q.bindValue(QStringLiteral(":reason"), Sql::text(code.exemptionReason));
    q.bindValue(QStringLiteral(":now"), Sql::timestampNow());
}

} // namespace

Result<QList<TaxCode>> TaxCodeRepository::all()
{
    auto q = mQueries.get(QStringLiteral("SELECT id, uuid, name, rate_e4, category, "
                                         "exemption_reason FROM tax_codes ORDER BY name"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<TaxCode> codes;
    while ((*q)->next())
        codes.append(codeFrom(**q));
    return codes;
}

Result<std::optional<TaxCode>> TaxCodeRepository::byName(const QString &name)
{
    auto q = mQueries.get(QStringLiteral("SELECT id, uuid, name, rate_e4, category, "
                                         "exemption_reason FROM tax_codes WHERE name = :name"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":name"), name.trimmed());
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<TaxCode>();
    return std::optional<TaxCode>(codeFrom(**q));
}

Status TaxCodeRepository::insert(TaxCode &code)
{
    auto q = mQueries.get(QStringLiteral(
        "INSERT INTO tax_codes (uuid, name, rate_e4, category, exemption_reason, created_at, "
        "updated_at) VALUES (:uuid, :name, :rate, :category, :reason, :now, :now)"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":uuid"), code.uuid);
    bindCode(**q, code);
    if (auto s = Sql::exec(**q,
            [&] {
                return QCoreApplication::translate("Database", "Saving tax code %1").arg(code.name);
            });
        !s)
        return s;
    code.id = (*q)->lastInsertId().toLongLong();
    return {};
}

Status TaxCodeRepository::update(const TaxCode &code, const QString &previousName)
{
    const auto describe = [&] {
        return QCoreApplication::translate("Database", "Saving tax code %1").arg(code.name);
    };
    auto q = mQueries.get(
        QStringLiteral("UPDATE tax_codes SET name = :name, rate_e4 = :rate, category = :category, "
                       "exemption_reason = :reason, updated_at = :now WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    bindCode(**q, code);
    (*q)->bindValue(QStringLiteral(":id"), code.id);
    if (auto s = Sql::exec(**q, describe); !s)
        return s;
    if (previousName == code.name)
        return {};
    auto rename = mQueries.get(
        QStringLiteral("UPDATE invoice_lines SET tax_code = :name WHERE tax_code = :previous"));
    if (!rename)
        return Error {rename.error()};
    (*rename)->bindValue(QStringLiteral(":name"), code.name);
    (*rename)->bindValue(QStringLiteral(":previous"), previousName);
    return Sql::exec(**rename, describe);
}

Status TaxCodeRepository::writeLineExtras(qint64 invoiceId, const QList<LineItem> &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        const LineItem &line = lines.at(i);
        if (!line.discountPercent && !line.discountAmount && line.taxCode.isEmpty())
            continue; // the columns' defaults already say "none"
        auto q = mQueries.get(QStringLiteral(
            "UPDATE invoice_lines SET discount_percent_e4 = :percent, discount_amount = :amount, "
            "tax_code = :code WHERE invoice_id = :invoice AND position = :position"));
        if (!q)
            return Error {q.error()};
        (*q)->bindValue(QStringLiteral(":percent"),
            Sql::optional(line.discountPercent
                    ? std::optional<qint64>(line.discountPercent->scaled())
                    : std::nullopt));
        (*q)->bindValue(QStringLiteral(":amount"), Sql::optional(line.discountAmount));
        (*q)->bindValue(QStringLiteral(":code"), Sql::text(line.taxCode));
        (*q)->bindValue(QStringLiteral(":invoice"), invoiceId);
        (*q)->bindValue(QStringLiteral(":position"), i);
        if (auto s = Sql::exec(**q,
                [&] {
                    return QCoreApplication::translate("Database", "Saving line %1").arg(i + 1);
                });
            !s)
            return s;
    }
    return {};
}

Status TaxCodeRepository::readLineExtras(qint64 invoiceId, QList<LineItem> &lines)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT position, discount_percent_e4, discount_amount, tax_code FROM invoice_lines "
        "WHERE invoice_id = :invoice AND (discount_percent_e4 IS NOT NULL OR discount_amount IS "
        "NOT NULL OR tax_code <> '') ORDER BY position"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":invoice"), invoiceId);
    if (auto s = Sql::exec(
            **q, [] { return QCoreApplication::translate("Database", "Reading invoice lines"); });
        !s)
        return s;
    while ((*q)->next()) {
        const int position = (*q)->value(QStringLiteral("position")).toInt();
        if (position < 0 || position >= lines.size())
            continue;
        LineItem &line = lines[position];
        if (const auto percent
            = Sql::toOptional((*q)->value(QStringLiteral("discount_percent_e4"))))
            line.discountPercent = Percentage::fromScaled(*percent);
        line.discountAmount = Sql::toOptional((*q)->value(QStringLiteral("discount_amount")));
        line.taxCode = (*q)->value(QStringLiteral("tax_code")).toString();
    }
    return {};
}

} // namespace InvoiceDesk
