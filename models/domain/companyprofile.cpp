// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyprofile.h"
#include "address.h"
#include "bankaccount.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace InvoiceDesk {

const QStringList &CompanyProfile::keys()
{
    static const QStringList all = {QStringLiteral("name"), QStringLiteral("address1"),
        QStringLiteral("address2"), QStringLiteral("city"), QStringLiteral("zip"),
        QStringLiteral("countryId"), QStringLiteral("vatId"), QStringLiteral("registration"),
        QStringLiteral("iban"), QStringLiteral("bic"), QStringLiteral("bankName"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("logo"),
        QStringLiteral("paymentTerms"), QStringLiteral("footer")};
    return all;
}

void CompanyProfile::setValue(const QString &key, const QString &value)
{
    if (!isKey(key))
        return;
    QString v = value.trimmed();
    if (key == QLatin1String("iban"))
        v = Iban::compact(v);
    else if (key == QLatin1String("countryId") || key == QLatin1String("bic"))
        v = v.toUpper();
    if (v.isEmpty())
        mValues.remove(key);
    else
        mValues.insert(key, v);
}

Problems CompanyProfile::validate() const
{
    Problems problems;
    const auto add = [&](const char *key, const QString &message) {
        problems.append({QString::fromLatin1(key), message});
    };
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    const QString countryId = value(QStringLiteral("countryId"));
    if (!countryId.isEmpty() && !country.match(countryId).hasMatch())
        add("countryId",
            QCoreApplication::translate(
                "CompanyProfile", "the country is a two-letter ISO 3166 code, e.g. DE"));
    const QString iban = value(QStringLiteral("iban"));
    if (!iban.isEmpty() && (!Iban::looksLikeIban(iban) || !Iban::isValid(iban)))
        add("iban",
            QCoreApplication::translate("CompanyProfile", "\"%1\" is not a valid IBAN").arg(iban));
    static const QRegularExpression bicShape(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    const QString bic = value(QStringLiteral("bic"));
    if (!bic.isEmpty() && !bicShape.match(bic).hasMatch())
        add("bic",
            QCoreApplication::translate(
                "CompanyProfile", "\"%1\" is not a BIC (8 or 11 letters and digits)")
                .arg(bic));
    const QString email = value(QStringLiteral("email"));
    if (!email.isEmpty() && !looksLikeEmail(email))
        add("email",
            QCoreApplication::translate("CompanyProfile", "\"%1\" is not an e-mail address")
                .arg(email));
    return problems;
}

} // namespace InvoiceDesk
