// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The company's footer lines on printed documents: what the company has not filled in leaves
// no bare label behind ("BIC:" with nothing after it).
#include "documenttext.h"

#include <QTest>

using namespace InvoiceDesk;

class TestDocumentText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void footerLinesLeaveOutEmptyFields();
};

void TestDocumentText::footerLinesLeaveOutEmptyFields()
{
    QHash<QString, QString> values {
        {QStringLiteral("label.vatId"), QStringLiteral("VAT ID")},
        {QStringLiteral("label.registration"), QStringLiteral("Registration")},
        {QStringLiteral("label.bank"), QStringLiteral("Bank")},
        {QStringLiteral("label.iban"), QStringLiteral("IBAN")},
        {QStringLiteral("label.bic"), QStringLiteral("BIC")},
        {QStringLiteral("company.name"), QStringLiteral("Müller &amp; Söhne")},
        {QStringLiteral("company.vatId"), QStringLiteral("DE123456789")},
        {QStringLiteral("company.registration"), QString()},
        {QStringLiteral("company.bankName"), QStringLiteral("Commerzbank")},
        {QStringLiteral("company.iban"), QStringLiteral("DE89 3704 0044 0532 0130 00")},
        {QStringLiteral("company.bic"), QString()},
    };
    DocumentText::addCompanyLines(values);
    QCOMPARE(values.value(QStringLiteral("company.legalLine")),
        QStringLiteral("Müller &amp; Söhne · VAT ID: DE123456789"));
    QCOMPARE(values.value(QStringLiteral("company.bankLine")),
        QStringLiteral("Bank: Commerzbank · IBAN: DE89 3704 0044 0532 0130 00"));

    QHash<QString, QString> nothing {{QStringLiteral("label.bic"), QStringLiteral("BIC")}};
    DocumentText::addCompanyLines(nothing);
    QCOMPARE(nothing.value(QStringLiteral("company.bankLine")), QString());
    QCOMPARE(nothing.value(QStringLiteral("company.legalLine")), QString());
}

QTEST_GUILESS_MAIN(TestDocumentText)
#include "tst_documenttext.moc"
