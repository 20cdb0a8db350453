// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Money and credit are checked on their dates, as `import books` replays them: a refund takes
// back only what was paid by its date, credit is applied only from what had arrived by then, and
// a void that would undo that is refused. Testers' finds: a refund dated before any payment, and
// a receipt voided after its credit had paid an invoice before later credit arrived, were
// accepted, and the books of both could then not be imported.
#include "booksfiles.h"
#include "booksimporter.h"
#include "csvexporter.h"
#include "datedbalance.h"
#include "receiptbook.h"

#include <QTest>

#include <limits>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestDatedChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aShortfallCountsAtTheEndOfEachDateAndRank();
    void anInvoicesMoneyReplaysInTheOrderEntered();
    void aBalanceAlreadyShortRefusesOnlyWhatLowersIt();
    void amountsBeyondSixtyFourBitsAddUpExactly();
    void aRefundTakesBackOnlyWhatWasPaidByItsDate();
    void aVoidThatLeavesAnEarlierRefundUncoveredIsRefused();
    void aPaymentRefundedAndPaidAgainOnOneDayIsReplayedAsEntered();
    void aPaymentBeforeTheRefundThatMadeRoomForItIsRefused();
    void aCreditNoteDatedBeforeTheMoneyItCreditsIsRefused();
    void aCreditNoteTakesOffNoMoreThanWasOwedOnItsDate();
    void aCreditNoteOnTheDayCreditPaidTheInvoiceGoesTheDayAfter();
    void creditIsAppliedOnlyFromWhatHadArrived();
    void aReceiptWhoseCreditWasUsedBeforeLaterCreditCannotBeVoided();
    void aCreditNotesCreditUsedBeforeLaterCreditStaysWithItsMoney();
    void aReceiptWhosePaymentCannotBeVoidedNamesIt();

private:
    /** Invoice `number` of 100.00 USD for Acme Inc, issued 2026-01-05. */
    static void invoice(TestDb &t, const char *number);
    static Result<Payment> pay(
        TestDb &t, const char *number, qint64 amount, int day, Problems *problems = nullptr);
    /** A receipt of Acme Inc in February, all of it credit but the allocations. */
    static Result<ReceiptBook::Outcome> receive(
        ReceiptBook &book, qint64 amount, int day, const QList<Allocation> &allocations = {});
    /** A credit note of `gross` on invoice C1 dated in February. */
    static CreditNote noteOnC1(TestDb &t, qint64 gross, int day);
    /** Exports `t`'s books and imports them into `copy`; the import's problems, if any. */
    static QString copyBooks(TestDb &t, TestDb &copy);
};

void TestDatedChecks::aShortfallCountsAtTheEndOfEachDateAndRank()
{
    const QDate day(2026, 2, 5);
    // A customer's receipts and the refunds paying out credit of one date count together.
    QVERIFY(!firstShortfall({{day, DayRank::Money, 100}}, {{day, DayRank::Money, -100}}));
    QVERIFY(!firstShortfall(
        {{day, DayRank::Money, -40}, {day, DayRank::Money, 100}}, {{day, DayRank::Money, -60}}));
    // Credit applied comes after the credit notes of its day; a refund before them.
    QVERIFY(!firstShortfall({{day, DayRank::CreditNote, 50}}, {{day, DayRank::FromCredit, -50}}));
    const auto refund
        = firstShortfall({{day, DayRank::CreditNote, 50}}, {{day, DayRank::Money, -50}});
    QVERIFY(refund);
    QCOMPARE(refund->date, day);
    QCOMPARE(refund->below, 50);
    // The first date it is short on, and by how much there.
    const auto later
        = firstShortfall({{day, DayRank::Money, 100}, {day.addDays(3), DayRank::Money, -70}},
            {{day.addDays(1), DayRank::Money, -50}});
    QVERIFY(later);
    QCOMPARE(later->date, day.addDays(3));
    QCOMPARE(later->below, 20);
}

void TestDatedChecks::anInvoicesMoneyReplaysInTheOrderEntered()
{
    using Kind = InvoiceMoneyBreach::Kind;
    constexpr qint64 last = std::numeric_limits<qint64>::max();
    const QDate day(2026, 3, 10);
    // Paid, refunded and paid again on one day: fine in the order entered (a tester's find: the
    // books listed the second payment before the refund, and their import refused it).
    const QList<InvoiceMoneyEvent> paidTwice {{day, DayRank::Money, 1, 10000},
        {day.addDays(2), DayRank::Money, 2, -10000}, {day.addDays(2), DayRank::Money, 3, 10000}};
    QVERIFY(!firstMoneyBreach(10000, paidTwice, {}, {}));
    // A payment dated before the refund that made room for it overpays on its date.
    const auto early = firstMoneyBreach(
        10000, paidTwice.mid(0, 2), {{day.addDays(1), DayRank::Money, last, 10000}}, {});
    QVERIFY(early);
    QCOMPARE(early->kind, Kind::Overpaid);
    QCOMPARE(early->date, day.addDays(1));
    QCOMPARE(early->by, 10000);
    // Without the first payment the refund takes back what was not paid yet.
    const auto voided = firstMoneyBreach(10000, paidTwice, {}, {1});
    QVERIFY(voided);
    QCOMPARE(voided->kind, Kind::RefundedBeyondPaid);
    QCOMPARE(voided->date, day.addDays(2));
    QCOMPARE(voided->by, 10000);
    // Without the refund the second payment overpays.
    const auto unrefunded = firstMoneyBreach(10000, paidTwice, {}, {2});
    QVERIFY(unrefunded);
    QCOMPARE(unrefunded->kind, Kind::Overpaid);
    // A credit note counts from its date, after that date's money.
    const QList<InvoiceMoneyEvent> paid {{day, DayRank::Money, 1, 10000}};
    QVERIFY(!firstMoneyBreach(10000, paid, {{day, DayRank::CreditNote, last, 3000}}, {}));
    // One dated before the payment that took 30.00 off what was owed (an import's `applied`):
    // the payment then overpays.
    const auto noteFirst = firstMoneyBreach(
        10000, paid, {{day.addDays(-5), DayRank::CreditNote, last, 3000, 3000}}, {});
    QVERIFY(noteFirst);
    QCOMPARE(noteFirst->kind, Kind::Overpaid);
    QCOMPARE(noteFirst->date, day);
    QCOMPARE(noteFirst->by, 3000);
    // What a file already breaks does not refuse another change.
    const QList<InvoiceMoneyEvent> broken {{day, DayRank::Money, 1, -500}};
    QVERIFY(!firstMoneyBreach(10000, broken, {{day.addDays(1), DayRank::Money, last, 100}}, {}));
}

void TestDatedChecks::aBalanceAlreadyShortRefusesOnlyWhatLowersIt()
{
    const QDate day(2026, 2, 5);
    const QList<DatedAmount> short_ {{day, DayRank::Money, -30}};
    // A file from before the check: what does not lower the shortfall goes through.
    QVERIFY(!firstShortfall(short_, {}));
    QVERIFY(!firstShortfall(short_, {{day, DayRank::Money, 10}}));
    QVERIFY(!firstShortfall(short_, {{day.addDays(1), DayRank::Money, 40}}));
    const auto lowered = firstShortfall(short_, {{day.addDays(2), DayRank::Money, -1}});
    QVERIFY(lowered);
    QCOMPARE(lowered->date, day.addDays(2));
    QCOMPARE(lowered->below, 31);
}

void TestDatedChecks::amountsBeyondSixtyFourBitsAddUpExactly()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const QDate day(2026, 2, 5);
    // Three times the largest amount in, then taken out again: never short, though no 64-bit
    // sum holds the balance between.
    const QList<DatedAmount> in {
        {day, DayRank::Money, max}, {day, DayRank::Money, max}, {day, DayRank::Money, max}};
    QVERIFY(!firstShortfall(in,
        {{day, DayRank::Money, -max}, {day, DayRank::Money, -max}, {day, DayRank::Money, -max}}));
    const auto short_ = firstShortfall(in,
        {{day, DayRank::Money, -max}, {day, DayRank::Money, -max}, {day, DayRank::Money, -max},
            {day, DayRank::Money, -1}});
    QVERIFY(short_);
    QCOMPARE(short_->below, 1);
    // Further below zero than 64 bits hold: the largest amount.
    const auto far = firstShortfall(
        {}, {{day, DayRank::Money, -max}, {day, DayRank::Money, -max}, {day, DayRank::Money, -1}});
    QVERIFY(far);
    QCOMPARE(far->below, max);
}

void TestDatedChecks::invoice(TestDb &t, const char *number)
{
    QVERIFY(
        t.ledger->createInvoice(invoiceFor(number, "Acme Inc", "USD", {2026, 1, 5}, 10000)).ok());
}

Result<Payment> TestDatedChecks::pay(
    TestDb &t, const char *number, qint64 amount, int day, Problems *problems)
{
    Payment payment = samplePayment(QString::fromUtf8(number), amount);
    payment.date = QDate(2026, 2, day);
    return t.ledger->recordPayment(payment, {}, problems);
}

Result<ReceiptBook::Outcome> TestDatedChecks::receive(
    ReceiptBook &book, qint64 amount, int day, const QList<Allocation> &allocations)
{
    ReceiptBook::Request request;
    request.customer = str("Acme Inc");
    request.currency = currency("USD");
    request.date = QDate(2026, 2, day);
    request.amount = amount;
    request.method.method = PaymentMethod::Cash;
    request.allocations = allocations;
    return book.receive(request);
}

CreditNote TestDatedChecks::noteOnC1(TestDb &t, qint64 gross, int day)
{
    CreditNote note;
    note.invoiceNumber = str("C1");
    note.reason = str("Wrong price");
    note.date = QDate(2026, 2, day);
    note.lines = *creditLinesForGross(gross, **t.ledger->invoiceByNumber(str("C1")), note.reason);
    return note;
}

QString TestDatedChecks::copyBooks(TestDb &t, TestDb &copy)
{
    QTemporaryDir dir;
    if (!CsvExporter(*t.ledger).exportBooks(dir.path()))
        return str("the export failed");
    ImportOptions options;
    options.writeErrorFile = false;
    const BooksReport report = BooksImporter(*copy.ledger).run(dir.path(), options);
    if (!report.succeeded() || !report.committed)
        return report.problemTexts().join(QLatin1Char('\n')) + report.fatalError;
    return {};
}

void TestDatedChecks::aRefundTakesBackOnlyWhatWasPaidByItsDate()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 10).ok());
    const QStringList before = everything(t);
    // The money is there now, but it was not on the 5th.
    Problems problems;
    QVERIFY(!pay(t, "C1", -5000, 5, &problems).ok());
    QCOMPARE(describe(problems),
        str("amount: by 2026-02-05 invoice C1 would have refunded 50.00 USD more than was paid "
            "to it by then: a refund takes back only money paid on or before its date, and the "
            "invoice's next payment is dated 2026-02-10"));
    QCOMPARE(everything(t), before);
    // On the day the money came, or after, it may be refunded.
    QVERIFY(pay(t, "C1", -5000, 10).ok());
    QCOMPARE(t.rows("SELECT paid_on, amount FROM payments ORDER BY id"),
        QStringList({str("2026-02-10|10000"), str("2026-02-10|-5000")}));
    const QStringList paidAndRefunded {str("C1|10000|5000")};
    QCOMPARE(t.rows("SELECT number, paid_total, refunded_total FROM invoices"), paidAndRefunded);
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    QCOMPARE(copy.rows("SELECT number, paid_total, refunded_total FROM invoices"), paidAndRefunded);
}

void TestDatedChecks::aVoidThatLeavesAnEarlierRefundUncoveredIsRefused()
{
    TestDb t;
    invoice(t, "C1");
    auto first = pay(t, "C1", 5000, 1);
    QVERIFY(pay(t, "C1", -3000, 5).ok());
    auto second = pay(t, "C1", 5000, 10);
    QVERIFY(first.ok() && second.ok());
    // Paid 100.00, refunded 30.00: enough now without the first, but not on the 5th.
    const QString expected
        = str("void the refunds on invoice C1 first: without this payment, 30.00 USD more would "
              "have been refunded than paid by 2026-02-05");
    QCOMPARE(t.ledger->canVoidPayment(first->id).error(), expected);
    const QStringList before = everything(t);
    QCOMPARE(t.ledger->voidPayment(first->id, str("Bounced")).error(), expected);
    QCOMPARE(everything(t), before);
    QVERIFY(t.ledger->voidPayment(second->id, str("Entered twice")).ok());
    QCOMPARE(
        t.rows("SELECT paid_total, refunded_total FROM invoices"), QStringList({str("5000|3000")}));
}

/**
 * A tester's find: paid, refunded and paid again on the refund's day; the books listed the
 * second payment before the refund and their import refused it as an overpayment. They replay
 * one date's money in the order it was entered, and the checks do too.
 */
void TestDatedChecks::aPaymentRefundedAndPaidAgainOnOneDayIsReplayedAsEntered()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 10).ok());
    QVERIFY(pay(t, "C1", -10000, 12).ok());
    QVERIFY(pay(t, "C1", 10000, 12).ok());
    const char *invoices = "SELECT number, paid_total, refunded_total, status FROM invoices";
    QCOMPARE(t.rows(invoices), QStringList({str("C1|20000|10000|Paid")}));
    QTemporaryDir dir;
    QVERIFY(CsvExporter(*t.ledger).exportBooks(dir.path()));
    const QStringList lines = QString::fromUtf8(readFile(dir.filePath(str("payments.csv"))))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(2).contains(str(",-100.00,")), qPrintable(lines.at(2)));
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    QCOMPARE(copy.rows(invoices), t.rows(invoices));
    // Without the refund the second payment would overpay on its day.
    const auto refund = t.ledger->payments(1)->at(1);
    QCOMPARE(t.ledger->canVoidPayment(refund.id).error(),
        str("void the later payments on invoice C1 first: without this refund, the invoice would "
            "have been paid 100.00 USD more than it owed by 2026-02-12"));
}

/** A tester's find: "paid twice, one refunded", with the second payment dated before the refund. */
void TestDatedChecks::aPaymentBeforeTheRefundThatMadeRoomForItIsRefused()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 5000, 1).ok());
    QVERIFY(pay(t, "C1", 5000, 3).ok());
    QVERIFY(pay(t, "C1", -5000, 12).ok());
    const QStringList before = everything(t);
    Problems problems;
    QVERIFY(!pay(t, "C1", 5000, 11, &problems).ok());
    QCOMPARE(describe(problems),
        str("amount: by 2026-02-11 invoice C1 would have been paid 50.00 USD more than it owed "
            "then (its total less the credit notes dated before): date the payment on or after "
            "the refund that makes room for it"));
    QCOMPARE(everything(t), before);
    // On the refund's day, entered after it, it comes after it in the books.
    QVERIFY(pay(t, "C1", 5000, 12).ok());
    QCOMPARE(t.rows("SELECT paid_total, refunded_total FROM invoices"),
        QStringList({str("15000|5000")}));
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
}

/**
 * A tester's find: a credit note (or a cancellation keeping the money as credit) dated before the
 * payment it turns into credit; in the books the payment then overpaid the credited invoice.
 */
void TestDatedChecks::aCreditNoteDatedBeforeTheMoneyItCreditsIsRefused()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 10).ok());
    const QStringList before = everything(t);
    CreditNote note = noteOnC1(t, 10000, 5);
    Problems problems;
    QVERIFY(!t.ledger->issueCreditNote(note, &problems).ok());
    const QString expected
        = str("this credit note leaves 100.00 USD as credit from money invoice C1 holds, but some "
              "of that money came in after the note's date in the books (on 2026-02-10): date the "
              "credit note on or after 2026-02-10");
    QCOMPARE(describe(problems), str("date: ") + expected);
    CancelSettlement settlement;
    settlement.money = CancelSettlement::Money::KeepAsCredit;
    settlement.date = QDate(2026, 2, 5);
    QCOMPARE(t.ledger->cancelInvoice(1, settlement).error(), expected);
    QCOMPARE(everything(t), before);
    settlement.date = QDate(2026, 2, 10);
    QVERIFY(t.ledger->cancelInvoice(1, settlement).ok());
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    const char *invoices = "SELECT number, paid_total, credited_total, status FROM invoices";
    QCOMPARE(copy.rows(invoices), t.rows(invoices));
}

/**
 * A tester's find: paid on the 10th, refunded on the 14th, then a note dated the 12th took the
 * whole total off (owed again now), though on the 12th the invoice owed nothing: the books'
 * import refused its `applied`. Refused here too; dated after the refund it is taken. A refund
 * after a note does not make the note's date wrong (a tester's find: it was called money paid).
 */
void TestDatedChecks::aCreditNoteTakesOffNoMoreThanWasOwedOnItsDate()
{
    TestDb t;
    invoice(t, "C1");
    QVERIFY(pay(t, "C1", 10000, 10).ok());
    QVERIFY(pay(t, "C1", -10000, 14).ok());
    const QStringList before = everything(t);
    CreditNote note = noteOnC1(t, 10000, 12);
    Problems problems;
    QVERIFY(!t.ledger->issueCreditNote(note, &problems).ok());
    QCOMPARE(describe(problems),
        str("date: this credit note takes off what invoice C1 owes, but on 2026-02-12 it owed "
            "100.00 USD less than that (money was refunded after that date): date the credit "
            "note on or after those refunds, or credit less"));
    QCOMPARE(everything(t), before);
    note.date = QDate(2026, 2, 14);
    QVERIFY(t.ledger->issueCreditNote(note).ok());
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    const char *invoices = "SELECT number, paid_total, refunded_total, credited_total, status "
                           "FROM invoices";
    QCOMPARE(copy.rows(invoices), t.rows(invoices));
    // Paid on the 10th, 30.00 refunded on the 12th, then cancelled keeping the money as credit
    // dated the 11th: its note takes off the 30.00 owed now, but nothing was owed on the 11th (a
    // tester's find: the refusal called the refund money paid after the note).
    TestDb other;
    invoice(other, "C1");
    QVERIFY(pay(other, "C1", 10000, 10).ok());
    QVERIFY(pay(other, "C1", -3000, 12).ok());
    CancelSettlement settlement;
    settlement.money = CancelSettlement::Money::KeepAsCredit;
    settlement.date = QDate(2026, 2, 11);
    QCOMPARE(other.ledger->cancelInvoice(1, settlement).error(),
        str("this credit note takes off what invoice C1 owes, but on 2026-02-11 it owed 30.00 USD "
            "less than that (money was refunded after that date): date the credit note on or "
            "after those refunds, or credit less"));
    settlement.date = QDate(2026, 2, 12);
    QVERIFY(other.ledger->cancelInvoice(1, settlement).ok());
    TestDb otherCopy;
    QCOMPARE(copyBooks(other, otherCopy), QString());
    QCOMPARE(otherCopy.rows(invoices), other.rows(invoices));
}

/**
 * A tester's find: credit applied to the invoice on the 10th and a note dated the 10th; the
 * books replay credit applied after that date's notes, so the note goes on the 11th, and the
 * refusal says so (it said "on or after 2026-03-10").
 */
void TestDatedChecks::aCreditNoteOnTheDayCreditPaidTheInvoiceGoesTheDayAfter()
{
    TestDb t;
    invoice(t, "C1");
    ReceiptBook book(*t.ledger);
    QVERIFY(receive(book, 10000, 10).ok());
    QVERIFY(book.applyCredit(str("Acme Inc"), str("C1"), 10000, QDate(2026, 2, 10)).ok());
    CreditNote note = noteOnC1(t, 3000, 10);
    Problems problems;
    QVERIFY(!t.ledger->issueCreditNote(note, &problems).ok());
    QCOMPARE(describe(problems),
        str("date: this credit note leaves 30.00 USD as credit from money invoice C1 holds, but "
            "some of that money came in after the note's date in the books (on 2026-02-10): date "
            "the credit note on or after 2026-02-11"));
    note.date = QDate(2026, 2, 11);
    QVERIFY(t.ledger->issueCreditNote(note).ok());
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    const char *invoices = "SELECT number, paid_total, credited_total, status FROM invoices";
    QCOMPARE(copy.rows(invoices), t.rows(invoices));
}

void TestDatedChecks::creditIsAppliedOnlyFromWhatHadArrived()
{
    TestDb t;
    invoice(t, "C1");
    ReceiptBook book(*t.ledger);
    QVERIFY(receive(book, 10000, 10).ok());
    const QStringList before = everything(t);
    const auto early = book.applyCredit(str("Acme Inc"), str("C1"), 6000, QDate(2026, 2, 5));
    QCOMPARE(early.error(),
        str("applying 60.00 USD of Acme Inc's credit on 2026-02-05 would leave it 60.00 USD short "
            "by 2026-02-05: credit is applied only from receipts and credit notes dated on or "
            "before the day it is applied; date it later, or record the receipt first"));
    QCOMPARE(everything(t), before);
    // On the receipt's day it is there (the books replay receipts before credit applied).
    QVERIFY(book.applyCredit(str("Acme Inc"), str("C1"), 6000, QDate(2026, 2, 10)).ok());
    QCOMPARE(book.receipts().creditOf(1, str("USD")).value(), 4000);
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    QCOMPARE(ReceiptBook(*copy.ledger).receipts().creditOf(1, str("USD")).value(), 4000);
}

/** The tester's find: R1's credit paid C1 on the 22nd, R2 came on the 23rd, R1 was voided. */
void TestDatedChecks::aReceiptWhoseCreditWasUsedBeforeLaterCreditCannotBeVoided()
{
    TestDb t;
    invoice(t, "C1");
    ReceiptBook book(*t.ledger);
    auto r1 = receive(book, 10000, 20);
    QVERIFY(book.applyCredit(str("Acme Inc"), str("C1"), 6000, QDate(2026, 2, 22)).ok());
    auto r2 = receive(book, 10000, 23);
    QVERIFY(r1.ok() && r2.ok());
    const QStringList before = everything(t);
    const QString expected
        = str("receipt R-000001 cannot be voided: without it Acme Inc's credit would be 60.00 USD "
              "short by 2026-02-22 (credit applied by then, to invoice(s) C1, used it before later "
              "credit arrived); void those payments first, then the receipt");
    QCOMPARE(book.canVoidReceipt(r1->receipt.id).error(), expected);
    QCOMPARE(book.voidReceipt(r1->receipt.id, str("Bounced")).error(), expected);
    QCOMPARE(everything(t), before);
    // The later receipt's credit was not used: it may go.
    QVERIFY(book.voidReceipt(r2->receipt.id, str("Bounced")).ok());
    QCOMPARE(book.receipts().creditOf(1, str("USD")).value(), 4000);
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    QCOMPARE(ReceiptBook(*copy.ledger).receipts().creditOf(1, str("USD")).value(), 4000);
}

/**
 * The credit a note left on C1's money paid C2 on the 12th; a receipt came on the 20th. Voiding
 * that money, or refunding it dated before the receipt, would leave C2 paid from credit that was
 * not there on the 12th.
 */
void TestDatedChecks::aCreditNotesCreditUsedBeforeLaterCreditStaysWithItsMoney()
{
    TestDb t;
    invoice(t, "C1");
    invoice(t, "C2");
    auto paid = pay(t, "C1", 10000, 1);
    auto header = t.ledger->invoices().headerByNumber(str("C1"));
    CancelSettlement settlement;
    settlement.money = CancelSettlement::Money::KeepAsCredit;
    settlement.date = QDate(2026, 2, 10);
    QVERIFY(t.ledger->cancelInvoice((*header)->id, settlement).ok());
    ReceiptBook book(*t.ledger);
    QVERIFY(book.applyCredit(str("Acme Inc"), str("C2"), 6000, QDate(2026, 2, 12)).ok());
    QVERIFY(receive(book, 10000, 20).ok());
    QCOMPARE(book.receipts().creditOf(1, str("USD")).value(), 14000);
    const QStringList before = everything(t);
    QCOMPARE(t.ledger->canVoidPayment(paid->id).error(),
        str("voiding this payment takes back the 100.00 USD of credit that credit note CN-0001 "
            "left on invoice C1 (the invoice owes it again), but that would leave the customer's "
            "credit 60.00 USD short by 2026-02-12, as credit applied by then to invoice(s) C2 "
            "used it: void those payments first"));
    Problems problems;
    Payment refund = samplePayment(str("C1"), -10000);
    refund.date = QDate(2026, 2, 15);
    QVERIFY(!t.ledger->recordPayment(refund, {.allowCancelledInvoice = true}, &problems).ok());
    QCOMPARE(describe(problems),
        str("amount: this refund pays out the 100.00 USD of credit that credit note CN-0001 "
            "left on invoice C1, but that would leave the customer's credit 60.00 USD short by "
            "2026-02-15, as credit applied by then to invoice(s) C2 used it: void those payments "
            "first"));
    QCOMPARE(everything(t), before);
    // Dated after the receipt, the refund pays out credit that was there.
    refund.date = QDate(2026, 2, 25);
    QVERIFY(t.ledger->recordPayment(refund, {.allowCancelledInvoice = true}).ok());
    QCOMPARE(book.receipts().creditOf(1, str("USD")).value(), 4000);
    TestDb copy;
    QCOMPARE(copyBooks(t, copy), QString());
    QCOMPARE(ReceiptBook(*copy.ledger).receipts().creditOf(1, str("USD")).value(), 4000);
}

void TestDatedChecks::aReceiptWhosePaymentCannotBeVoidedNamesIt()
{
    TestDb t;
    invoice(t, "C1");
    ReceiptBook book(*t.ledger);
    auto received = receive(book, 5000, 1, {{str("C1"), 5000}});
    QVERIFY2(received.ok(), qPrintable(received.error()));
    QVERIFY(pay(t, "C1", -3000, 5).ok());
    QVERIFY(pay(t, "C1", 5000, 10).ok());
    const QStringList before = everything(t);
    QCOMPARE(book.voidReceipt(received->receipt.id, str("Bounced")).error(),
        str("receipt R-000001 cannot be voided, as its payment of 50.00 USD on invoice C1 cannot: "
            "void the refunds on invoice C1 first: without this payment, 30.00 USD more would "
            "have been refunded than paid by 2026-02-05"));
    QCOMPARE(everything(t), before);
}

QTEST_GUILESS_MAIN(TestDatedChecks)
#include "tst_datedchecks.moc"
