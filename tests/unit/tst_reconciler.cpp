// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A person's decisions on statement lines (issue 15, item 3): what acceptance refuses, a voided
// payment freeing its line, accounts of payments, and every change audited.
#include "bankcompany.h"
#include "bankstore.h"
#include "reconciler.h"
#include "statementimporter.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

struct Books
{
    TestDb t;
    BankCompany company = fillBankCompany(*t.ledger);
    BankStore store {*t.db};
    Reconciler reconciler {*t.ledger, store};

    Books()
    {
        const QString path = t.dir.filePath(str("march.xml"));
        writeFile(path, toCamt053(marchStatement(str("S1"), {2026, 3, 1}, {2026, 3, 31})));
        if (!StatementImporter(*t.ledger, store).importFile(path, {}).succeeded())
            qFatal("the March statement did not import");
    }
    qint64 line(const char *text)
    {
        const QList<BankLine> lines = *store.lines({});
        for (const BankLine &l : lines) {
            if (l.remittance.contains(str(text)) || l.reference.contains(str(text)))
                return l.id;
        }
        qFatal("no line %s", text);
    }
    qint64 payment(const char *invoice)
    {
        return **store.paymentIdByMarker(company.markers.value(str(invoice)));
    }
};

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptanceRefusesWhatCannotBe();
    void voidedPaymentFreesItsLine();
    void accountsOfPayments();
    void recordingRefusesWhatCannotBe();
    void moneyRecordedByHandIsNotRecordedAgain();
    void aLineTheBankTookBackIsNoPayment();
};

void TestReconciler::acceptanceRefusesWhatCannotBe()
{
    Books books;
    const qint64 acme = books.line("INV-1001");
    QCOMPARE(books.reconciler.acceptPayment(acme, books.payment("INV-1010")).error(),
        str("the line's amount 250.00 is not the payment's 99.00 (nor the payment less its card "
            "fee)"));
    QVERIFY(books.reconciler.acceptPayment(acme, books.payment("INV-1001")));
    QCOMPARE(books.reconciler.acceptPayment(acme, books.payment("INV-1001")).error(),
        str("line %1 is already matched to the payment %2 (invoice INV-1001)")
            .arg(acme)
            .arg(books.company.markers[str("INV-1001")]));
    QCOMPARE(
        books.reconciler.acceptPayment(books.line("INV-1010"), books.payment("INV-1001")).error(),
        str("that payment is voided, already reconciled or matched to another line"));
    QCOMPARE(books.reconciler.acceptPayment(99999, books.payment("INV-1010")).error(),
        str("there is no statement line 99999"));
    QCOMPARE(books.reconciler.unmatch(books.line("INV-1010"), str("x")).error(),
        str("line %1 is not matched").arg(books.line("INV-1010")));
    QCOMPARE(books.t.rows("SELECT how, score, set_account FROM bank_matches"),
        QStringList {str("accepted|0|1")});
}

void TestReconciler::voidedPaymentFreesItsLine()
{
    Books books;
    QVERIFY(books.reconciler.matchAutomatically());
    const qint64 acme = books.line("INV-1001");
    QVERIFY(books.t.ledger->voidPayment(books.payment("INV-1001"), str("bounced")));
    // Listed as unmatched again, and matched anew to the payment that replaces it.
    LineFilter unmatched;
    unmatched.unmatchedOnly = true;
    bool listed = false;
    const QList<BankLine> open = *books.store.lines(unmatched);
    for (const BankLine &l : open)
        listed |= l.id == acme;
    QVERIFY(listed);
    const QString marker
        = bankPayment(*books.t.ledger, str("INV-1001"), 25000, {2026, 3, 3}, PaymentMethod::Eft);
    QVERIFY(books.reconciler.acceptPayment(acme, **books.store.paymentIdByMarker(marker)));
    QCOMPARE(books.t
                 .scalar("SELECT count(*) FROM audit_log WHERE action = 'bank_unmatched' "
                         "AND details LIKE '%the payment was voided%'")
                 .toInt(),
        1);
    QCOMPARE((*books.store.line(acme))->match->marker, marker);
}

void TestReconciler::accountsOfPayments()
{
    Books books;
    BankAccount second;
    second.uuid = str("u2");
    second.name = str("Savings");
    second.currency = currency("EUR");
    QVERIFY(books.store.insertAccount(second));
    const qint64 kappa = books.payment("INV-1011");
    QVERIFY(books.reconciler.assignAccount(kappa, second.id));
    QCOMPARE(books.t.scalar("SELECT count(*) FROM audit_log WHERE action = 'bank_account_assigned'")
                 .toInt(),
        1);
    // A payment of the savings account is no candidate for a line of the current account.
    const qint64 main = (*books.store.line(books.line("INV-1001")))->accountId;
    QVERIFY(books.reconciler.assignAccount(books.payment("INV-1010"), second.id));
    QCOMPARE(
        books.reconciler.acceptPayment(books.line("INV-1010"), books.payment("INV-1010")).error(),
        str("the payment %1 went into another account")
            .arg(books.company.markers[str("INV-1010")]));
    QVERIFY(books.reconciler.assignAccount(books.payment("INV-1010"), main));
    QVERIFY(books.reconciler.acceptPayment(books.line("INV-1010"), books.payment("INV-1010")));
    QCOMPARE(books.reconciler.assignAccount(books.payment("INV-1010"), second.id).error(),
        str("the payment is matched to a line of the account \"DE89 3704 0044 0532 0130 00\""));
    // The match kept the account it found: undoing it keeps it too.
    QVERIFY(books.reconciler.unmatch(books.line("INV-1010"), str("check")));
    QCOMPARE(books.t
                 .scalar(str("SELECT bank_account_id FROM payments WHERE id = %1")
                             .arg(books.payment("INV-1010")))
                 .toLongLong(),
        main);
}

void TestReconciler::recordingRefusesWhatCannotBe()
{
    Books books;
    const qint64 fee = books.line("ACCOUNT FEE MARCH");
    QCOMPARE(books.reconciler.recordPayment(fee, books.company.invoiceWithoutPayment).error(),
        str("line %1 takes money out; only money in is a payment for an invoice").arg(fee));
    // More than the invoice owes: the ledger's own rule.
    QVERIFY(
        books.reconciler.recordPayment(books.line("THANK YOU"), books.company.invoiceWithoutPayment)
            .error()
            .contains(str("would overpay invoice INV-1008")));
    const int payments = books.t.scalar("SELECT count(*) FROM payments").toInt();
    auto recorded = books.reconciler.recordPayment(
        books.line("INV-1008"), books.company.invoiceWithoutPayment, PaymentMethod::WireTransfer);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded->method, PaymentMethod::WireTransfer);
    QCOMPARE(recorded->eft.reference, str("B008"));
    QCOMPARE(recorded->eft.transferDate, QDate(2026, 3, 11));
    QCOMPARE(recorded->notes, str("From the bank statement: Rechnung INV-1008"));
    QCOMPARE(recorded->reconciledDate, QDate(2026, 3, 11));
    QCOMPARE(books.t.scalar("SELECT count(*) FROM payments").toInt(), payments + 1);
    QCOMPARE(books.t.rows("SELECT how FROM bank_matches"), QStringList {str("recorded")});
    QCOMPARE(
        books.t.rows(
            "SELECT action FROM audit_log WHERE entity_uuid = (SELECT uuid FROM payments "
            "WHERE invoice_id = (SELECT id FROM invoices WHERE number = 'INV-1008')) ORDER BY id"),
        QStringList({str("recorded"), str("bank_matched")}));
}

void TestReconciler::moneyRecordedByHandIsNotRecordedAgain()
{
    // Jota's second invoice owes 500.00; someone recorded its 99.00 transfer by hand. The bank's
    // line of 99.00 is that money: recording it again would count it twice.
    Books books;
    auto invoice = books.t.ledger->createInvoice(bankInvoice(str("INV-2001"), str("Jota"), 50000));
    QVERIFY2(invoice, qPrintable(invoice.error()));
    const QString marker
        = bankPayment(*books.t.ledger, str("INV-2001"), 9900, {2026, 3, 11}, PaymentMethod::Eft);
    const qint64 line = books.line("INV-1010"); // 99.00 on 2026-03-12
    const int payments = books.t.scalar("SELECT count(*) FROM payments").toInt();
    const QString refusal = str("invoice INV-2001 already has the payment %1 of 99.00 from "
                                "2026-03-11, which no statement line is matched to: line %2 is "
                                "probably that money. Match the line to that payment; if the "
                                "customer really paid twice, record the second payment first "
                                "and match the line to it")
                                .arg(marker)
                                .arg(line);
    QCOMPARE(books.reconciler.recordPayment(line, invoice->id).error(), refusal);
    QCOMPARE(books.reconciler.recordReceipt(line, {invoice->id}).error(), refusal);
    QCOMPARE(books.t.scalar("SELECT count(*) FROM payments").toInt(), payments);
    QCOMPARE(books.t.scalar("SELECT count(*) FROM bank_matches").toInt(), 0);
    // The person's way: the line is that payment.
    QVERIFY(books.reconciler.acceptPayment(line, **books.store.paymentIdByMarker(marker)));
    QCOMPARE(
        books.t.scalar("SELECT paid_total FROM invoices WHERE number = 'INV-2001'").toInt(), 9900);
}

void TestReconciler::aLineTheBankTookBackIsNoPayment()
{
    // Jota's 99.00 arrives on 1 April and the bank returns it on 3 April (CAMT RvslInd): the
    // payment recorded for INV-1010 must not be reconciled against money that did not stay.
    Books books;
    GenStatement april;
    april.id = str("S-APRIL");
    april.from = QDate(2026, 4, 1);
    april.to = QDate(2026, 4, 30);
    april.opening = books.t.scalar("SELECT sum(amount) FROM bank_lines").toLongLong() + 100000;
    GenLine in = genLine({2026, 4, 1}, 9900, "A001", "Jota", "INV-1010 April");
    GenLine back = genLine({2026, 4, 3}, -9900, "A002", "Jota", "RETURN INV-1010");
    back.reversal = true;
    april.lines = {in, back};
    const QString path = books.t.dir.filePath(str("april.xml"));
    writeFile(path, toCamt053(april));
    const StatementImport imported
        = StatementImporter(*books.t.ledger, books.store).importFile(path, {});
    QVERIFY2(imported.succeeded(), qPrintable(imported.issues.value(0).toString()));
    QCOMPARE(books.t.rows("SELECT amount, reversal FROM bank_lines WHERE booking_date >= "
                          "'2026-04-01' ORDER BY id"),
        QStringList({str("9900|0"), str("-9900|1")}));
    const qint64 line = books.line("INV-1010 April");
    const qint64 reversal = books.line("RETURN INV-1010");
    const QString refusal = str("the bank took line %1 back: line %2 of 2026-04-03 reverses its "
                                "99.00, so it is no payment")
                                .arg(line)
                                .arg(reversal);
    const qint64 payment = books.payment("INV-1010");
    QCOMPARE(books.reconciler.acceptPayment(line, payment).error(), refusal);
    QCOMPARE(
        books.reconciler.recordPayment(line, books.company.invoiceWithoutPayment).error(), refusal);
    LineFilter april1;
    april1.from = QDate(2026, 4, 1);
    const QList<LineCandidates> analysed = *books.reconciler.analyse(april1);
    QCOMPARE(analysed.size(), 2);
    QVERIFY(analysed.at(0).candidates.isEmpty());
    QVERIFY(analysed.at(0).notes.contains(refusal));
    QCOMPARE(analysed.at(1).notes.last(),
        str("the bank takes back an earlier line of 99.00 here: if that money was recorded as a "
            "payment, void the payment"));
    // INV-1010's March line is still its payment's exact match; the April one never is.
    QVERIFY(books.reconciler.matchAutomatically());
    QCOMPARE(books.t
                 .scalar(str("SELECT count(*) FROM bank_matches WHERE line_id IN (%1, %2)")
                             .arg(line)
                             .arg(reversal))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
