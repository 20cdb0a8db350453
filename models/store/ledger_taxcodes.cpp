// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Ledger's tax codes (issue 12 item 5): kept apart from ledger.cpp, which holds invoices
// and payments.
#include "jsonwriter.h"
#include "ledger.h"
#include "recorduuid.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

QByteArray taxCodeJson(const TaxCode &code)
{
    JsonWriter w;
    w.beginObject();
    w.string("name", code.name);
    w.decimal("rate", code.rate.toString());
    w.string("category", code.category);
    w.optionalString("exemptionReason", code.exemptionReason);
    w.endObject();
    return w.take();
}

} // namespace

TaxCodes::IssuedRates Ledger::issuedRatesOf(const Invoice &invoice)
{
    TaxCodes::IssuedRates issued {mKeepIssuedRates, {}};
    if (issued.all || invoice.id == 0)
        return issued;
    if (auto stored = mInvoices.load(invoice.id); stored && stored->has_value()) {
        for (const LineItem &line : std::as_const((*stored)->lines)) {
            if (line.taxRate && !line.taxCode.isEmpty())
                issued.pairs.append({line.taxCode, *line.taxRate});
        }
    }
    return issued;
}

Problems Ledger::resolveTaxCodes(QList<LineItem> &lines, const TaxCodes::IssuedRates &issued)
{
    bool needed = false;
    for (const LineItem &line : std::as_const(lines))
        needed = needed || line.taxRate || !line.taxCode.isEmpty();
    if (!needed)
        return {};
    auto codes = mTaxCodes.all();
    if (!codes)
        return {{QStringLiteral("line.taxCode"), codes.error()}};
    return TaxCodes::resolve(lines, *codes, issued);
}

Result<TaxCode> Ledger::saveTaxCode(TaxCode code)
{
    Problems problems = code.validate();
    auto existing = mTaxCodes.byName(code.name);
    if (!existing)
        return Error {existing.error()};
    if (existing->has_value() && (*existing)->id != code.id)
        problems.append({QStringLiteral("name"),
            QCoreApplication::translate("TaxCode", "there is already a tax code named \"%1\"")
                .arg((*existing)->name)});
    QString previousName = code.name;
    if (code.id != 0) {
        auto all = mTaxCodes.all();
        if (!all)
            return Error {all.error()};
        const auto stored = std::find_if(
            all->cbegin(), all->cend(), [&](const TaxCode &c) { return c.id == code.id; });
        if (stored == all->cend())
            problems.append({QStringLiteral("name"),
                QCoreApplication::translate("TaxCode", "the tax code no longer exists")});
        else {
            previousName = stored->name;
            code.uuid = stored->uuid;
        }
    }
    if (!problems.isEmpty())
        return Error {describe(problems)};

    std::unique_ptr<Sql::Transaction> transaction;
    if (!inBatch()) {
        transaction = std::make_unique<Sql::Transaction>(mDatabase.connection());
        if (auto s = transaction->begin(); !s)
            return Error {s.error()};
    }
    const bool created = code.id == 0;
    if (created)
        code.uuid = RecordUuid::create();
    if (auto s = created ? mTaxCodes.insert(code) : mTaxCodes.update(code, previousName); !s)
        return Error {s.error()};
    if (auto s = mAudit.record(QStringLiteral("tax_code"), code.uuid,
            created ? QStringLiteral("created") : QStringLiteral("updated"), taxCodeJson(code));
        !s)
        return Error {s.error()};
    if (transaction) {
        if (auto s = transaction->commit(); !s)
            return Error {s.error()};
    }
    return code;
}

} // namespace InvoiceDesk
