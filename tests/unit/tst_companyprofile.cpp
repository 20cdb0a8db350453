// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** The company profile (issue 14 item 1): its keys, its checks, its storage and audit rows. */
class TestCompanyProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreThoseOfTheIssue();
    void valuesAreNormalised();
    void validationNamesEveryBadField();
    void savedWithAnAuditRowAndReadBack();
    void refusedProfileChangesNothing();
    void unchangedProfileWritesNoAuditRow();
};

void TestCompanyProfile::keysAreThoseOfTheIssue()
{
    QCOMPARE(CompanyProfile::keys(),
        QStringList({str("name"), str("address1"), str("address2"), str("city"), str("zip"),
            str("countryId"), str("vatId"), str("registration"), str("iban"), str("bic"),
            str("bankName"), str("email"), str("phone"), str("logo"), str("paymentTerms"),
            str("footer")}));
    QVERIFY(!CompanyProfile::isKey(str("country")));
}

void TestCompanyProfile::valuesAreNormalised()
{
    CompanyProfile p;
    p.setValue(str("iban"), str(" de89 3704 0044 0532 0130 00 "));
    p.setValue(str("countryId"), str("de"));
    p.setValue(str("bic"), str("cobadeffxxx"));
    p.setValue(str("name"), str("  Acme GmbH "));
    p.setValue(str("nonsense"), str("x"));
    QCOMPARE(p.value(str("iban")), str("DE89370400440532013000"));
    QCOMPARE(p.value(str("countryId")), str("DE"));
    QCOMPARE(p.value(str("bic")), str("COBADEFFXXX"));
    QCOMPARE(p.value(str("name")), str("Acme GmbH"));
    QCOMPARE(p.values().size(), 4);
    p.setValue(str("name"), str(" "));
    QCOMPARE(p.values().size(), 3);
    QVERIFY(p.validate().isEmpty());
}

void TestCompanyProfile::validationNamesEveryBadField()
{
    CompanyProfile p;
    p.setValue(str("countryId"), str("Germany"));
    p.setValue(str("iban"), str("DE89370400440532013001"));
    p.setValue(str("bic"), str("COBA"));
    p.setValue(str("email"), str("billing at acme"));
    const Problems problems = p.validate();
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(0),
        (Problem {str("countryId"), str("the country is a two-letter ISO 3166 code, e.g. DE")}));
    QCOMPARE(problems.at(1),
        (Problem {str("iban"), str("\"DE89370400440532013001\" is not a valid IBAN")}));
    QCOMPARE(problems.at(2),
        (Problem {str("bic"), str("\"COBA\" is not a BIC (8 or 11 letters and digits)")}));
    QCOMPARE(problems.at(3),
        (Problem {str("email"), str("\"billing at acme\" is not an e-mail address")}));
    // A customer's address is held to the same shape (a tester: "kaputt@@x" was taken).
    for (const char *bad : {"kaputt@@x", "@x.de", "a b@x.de", "c@x", "e@x.de;f@x.de"}) {
        Customer customer;
        customer.displayName = str("Zed");
        customer.email = QString::fromUtf8(bad);
        QCOMPARE(customer.validate(),
            (Problems {
                {str("email"), str("\"%1\" is not an e-mail address").arg(customer.email)}}));
    }
}

void TestCompanyProfile::savedWithAnAuditRowAndReadBack()
{
    TestDb t;
    CompanyProfile p;
    p.setValue(str("name"), str("Acme GmbH"));
    p.setValue(str("iban"), str("DE89370400440532013000"));
    p.setValue(str("paymentTerms"), str("30 days net"));
    QVERIFY(t.ledger->saveCompanyProfile(p).ok());
    const auto loaded = t.ledger->companyProfile();
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, p);
    QCOMPARE(t.rows("SELECT key, value FROM company_profile ORDER BY key"),
        QStringList({str("iban|DE89370400440532013000"), str("name|Acme GmbH"),
            str("paymentTerms|30 days net")}));
    QCOMPARE(t.rows("SELECT entity_type, entity_uuid, action, details FROM audit_log"),
        QStringList({str("company|company|updated|{\"name\":\"Acme GmbH\",\"iban\":"
                         "\"DE89370400440532013000\",\"paymentTerms\":\"30 days net\"}")}));
    p.setValue(str("name"), str("Acme AG"));
    QVERIFY(t.ledger->saveCompanyProfile(p).ok());
    QCOMPARE(t.scalar("SELECT value FROM company_profile WHERE key = 'name'").toString(),
        str("Acme AG"));
    QCOMPARE(t.scalar("SELECT COUNT(*) FROM audit_log").toInt(), 2);
}

void TestCompanyProfile::refusedProfileChangesNothing()
{
    TestDb t;
    CompanyProfile p;
    p.setValue(str("name"), str("Acme GmbH"));
    QVERIFY(t.ledger->saveCompanyProfile(p).ok());
    p.setValue(str("iban"), str("DE00"));
    const auto refused = t.ledger->saveCompanyProfile(p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), str("iban: \"DE00\" is not a valid IBAN"));
    QCOMPARE(
        t.rows("SELECT key, value FROM company_profile"), QStringList({str("name|Acme GmbH")}));
    QCOMPARE(t.scalar("SELECT COUNT(*) FROM audit_log").toInt(), 1);
}

void TestCompanyProfile::unchangedProfileWritesNoAuditRow()
{
    TestDb t;
    CompanyProfile p;
    p.setValue(str("city"), str("Berlin"));
    QVERIFY(t.ledger->saveCompanyProfile(p).ok());
    QVERIFY(t.ledger->saveCompanyProfile(p).ok());
    QCOMPARE(t.scalar("SELECT COUNT(*) FROM audit_log").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCompanyProfile)
#include "tst_companyprofile.moc"
