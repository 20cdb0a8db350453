// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttext.h"
#include "bankaccount.h"
#include "dateinput.h"

#include <QRegularExpression>
#include <QStringList>

namespace InvoiceDesk::DocumentText {

QString fill(const QString &htmlTemplate, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z0-9_.]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(htmlTemplate);
    while (it.hasNext()) {
        const auto match = it.next();
        out += htmlTemplate.mid(last, match.capturedStart() - last);
        const auto found = values.constFind(match.captured(1));
        out += found == values.cend() ? match.captured(0) : *found;
        last = match.capturedEnd();
    }
    return out + htmlTemplate.mid(last);
}

QString addressHtml(const Address &a)
{
    const QString person = QStringList {a.firstName, a.lastName}.join(QLatin1Char(' ')).trimmed();
    QStringList lines = {a.company, a.company.isEmpty() ? QString() : person,
        a.company.isEmpty() ? person : QString(), a.address1, a.address2,
        QStringList {a.zip, a.city}.join(QLatin1Char(' ')).trimmed(),
        a.stateName.isEmpty() ? a.stateId : a.stateName, a.countryId};
    lines.removeAll(QString());
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void addCompany(QHash<QString, QString> &values, const CompanyProfile &c)
{
    for (const QString &key : CompanyProfile::keys())
        values.insert(QStringLiteral("company.") + key, c.value(key).toHtmlEscaped());
    values.insert(QStringLiteral("company.iban"),
        Iban::display(c.value(QStringLiteral("iban"))).toHtmlEscaped());
    Address address;
    address.company = c.value(QStringLiteral("name"));
    address.address1 = c.value(QStringLiteral("address1"));
    address.address2 = c.value(QStringLiteral("address2"));
    address.zip = c.value(QStringLiteral("zip"));
    address.city = c.value(QStringLiteral("city"));
    address.countryId = c.value(QStringLiteral("countryId"));
    values.insert(QStringLiteral("company.block"), addressHtml(address));
}

namespace {

QString joinedLine(const QHash<QString, QString> &values,
    std::initializer_list<std::pair<const char *, const char *>> parts)
{
    QStringList shown;
    for (const auto &[labelKey, valueKey] : parts) {
        const QString value = values.value(QLatin1String(valueKey));
        if (value.isEmpty())
            continue;
        const QString label = labelKey ? values.value(QLatin1String(labelKey)) : QString();
        shown.append(label.isEmpty() ? value : label + QStringLiteral(": ") + value);
    }
    return shown.join(QStringLiteral(" · "));
}

} // namespace

void addCompanyLines(QHash<QString, QString> &values)
{
    values.insert(QStringLiteral("company.legalLine"),
        joinedLine(values,
            {{nullptr, "company.name"}, {"label.vatId", "company.vatId"},
                {"label.registration", "company.registration"}}));
    values.insert(QStringLiteral("company.bankLine"),
        joinedLine(values,
            {{"label.bank", "company.bankName"}, {"label.iban", "company.iban"},
                {"label.bic", "company.bic"}}));
}

QString date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? DateInput(locale).format(day) : QString();
}

QString cell(const QString &html, const char *cssClass)
{
    return QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cssClass), html);
}

QString multiline(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    return text.toHtmlEscaped().replace(lineBreak, QStringLiteral("<br>"));
}

} // namespace InvoiceDesk::DocumentText
