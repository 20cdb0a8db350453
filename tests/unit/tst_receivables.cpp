// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptbook.h"
#include "receivables.h"
#include "receivablesbooks.h"
#include "receivablesstore.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The buckets of a row as "current|1-30|31-60|61-90|over90|total", in minor units. */
QString bucketsOf(const AgingRow &row)
{
    QStringList parts;
    for (const qint64 amount : row.buckets)
        parts.append(QString::number(amount));
    parts.append(QString::number(row.total()));
    return row.customer + QLatin1Char(':') + row.currency + QLatin1Char(':')
        + parts.join(QLatin1Char('|'));
}

QStringList rowsOf(const QList<AgingRow> &rows)
{
    QStringList out;
    for (const AgingRow &row : rows)
        out.append(bucketsOf(row));
    return out;
}

QStringList linesOf(const CustomerStatement &s)
{
    QStringList out;
    for (const CustomerStatementLine &l : s.lines) {
        out.append(
            QStringList({l.type, l.date.toString(Qt::ISODate), l.number, QString::number(l.debit),
                            QString::number(l.credit), QString::number(l.balance)})
                .join(QLatin1Char('|')));
    }
    return out;
}

/** The store's entries where every currency can be summed (none is left out). */
Result<QList<ArEntry>> entriesUpTo(ReceivablesStore &store, const QDate &day)
{
    auto entries = store.entries(day);
    const QStringList leftOut = entries ? leaveOutBeyondReportSums(entries.value()) : QStringList();
    if (!leftOut.isEmpty())
        return Error {QStringLiteral("left out: ") + leftOut.join(QLatin1Char(','))};
    return entries;
}

} // namespace

/**
 * A/R aging and customer statements (issue 14 items 3, 4): every expected amount below is worked
 * out by hand in the comments, not by the code under test.
 */
class TestReceivables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsFollowDaysPastDue_data();
    void bucketsFollowDaysPastDue();
    void agingOfABookkeepersMonth();
    void agingAsOfBeforeThePayment();
    void statementOfAPeriod();
    void agingTotalIsTheStatementsClosing();
    void creditNotesPlugIn();
    void creditNotesFromTheBooksLowerTheAging();
    void aRefundFollowsTheMoneyOfItsDay();
    void aRenamedCustomerIsOneRecord();
    void sumsBeyondTheirRangeAreLeftOut();

private:
    /** The books of the scenario; see agingOfABookkeepersMonth for the sums. */
    static void fill(TestDb &t);
    static void addInvoice(TestDb &t, const char *number, const char *customer,
        const char *currencyCode, const QDate &date, const QDate &due, qint64 amount,
        InvoiceLifecycle lifecycle = InvoiceLifecycle::Issued);
    static qint64 pay(TestDb &t, const char *number, const QDate &date, qint64 amount);
};

void TestReceivables::addInvoice(TestDb &t, const char *number, const char *customer,
    const char *currencyCode, const QDate &date, const QDate &due, qint64 amount,
    InvoiceLifecycle lifecycle)
{
    Invoice invoice = receivable(number, customer, currencyCode, date, due, amount);
    invoice.lifecycle = lifecycle;
    auto created = t.ledger->createInvoice(invoice);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->totals()->grandTotal, amount);
}

qint64 TestReceivables::pay(TestDb &t, const char *number, const QDate &date, qint64 amount)
{
    Payment payment = samplePayment(str(number), amount);
    payment.date = date;
    auto recorded = t.ledger->recordPayment(payment);
    if (!recorded.ok())
        qWarning("payment refused: %s", qPrintable(recorded.error()));
    return recorded.ok() ? recorded->id : 0;
}

void TestReceivables::fill(TestDb &t)
{
    // Acme, USD. A: 1000.00 due 2026-01-20, 400.00 paid on 02-01.
    addInvoice(t, "A", "Acme", "USD", QDate(2026, 1, 5), QDate(2026, 1, 20), 100000);
    QVERIFY(pay(t, "A", QDate(2026, 2, 1), 40000));
    // B: 250.00 without a due date (ages from 03-01), paid in full 03-10, 50.00 refunded 03-20.
    addInvoice(t, "B", "Acme", "USD", QDate(2026, 3, 1), QDate(), 25000);
    QVERIFY(pay(t, "B", QDate(2026, 3, 10), 25000));
    QVERIFY(pay(t, "B", QDate(2026, 3, 20), -5000));
    // C: 333.33 due 05-10; a payment of 100.00 on 04-15 is voided.
    addInvoice(t, "C", "Acme", "USD", QDate(2026, 4, 10), QDate(2026, 5, 10), 33333);
    const qint64 voided = pay(t, "C", QDate(2026, 4, 15), 10000);
    QVERIFY(t.ledger->voidPayment(voided, str("bounced")).ok());
    // D: 500.00 due 04-25, paid on 05-05 (after the as-of day of 04-30).
    addInvoice(t, "D", "Acme", "USD", QDate(2026, 4, 20), QDate(2026, 4, 25), 50000);
    QVERIFY(pay(t, "D", QDate(2026, 5, 5), 50000));
    // Not receivables: a draft and a cancelled invoice.
    addInvoice(t, "E", "Acme", "USD", QDate(2026, 4, 1), QDate(2026, 4, 2), 99999,
        InvoiceLifecycle::Draft);
    addInvoice(t, "F", "Acme", "USD", QDate(2026, 4, 1), QDate(2026, 4, 2), 77777);
    QVERIFY(t.ledger->cancelInvoice((*t.ledger->invoiceByNumber(str("F")))->id).ok());
    // A receipt of 200.00 on 04-28: 120.00 to A, 80.00 left as credit.
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request receipt;
    receipt.customer = str("Acme");
    receipt.currency = currency("USD");
    receipt.date = QDate(2026, 4, 28);
    receipt.amount = 20000;
    receipt.method.method = PaymentMethod::Cheque;
    receipt.method.cheque.number = str("777");
    receipt.allocations = {{str("A"), 12000}};
    auto received = book.receive(receipt);
    QVERIFY2(received.ok(), qPrintable(received.error()));
    // Acme, EUR. G: 1234.56 due 03-12, 34.56 paid on 04-01.
    addInvoice(t, "G", "Acme", "EUR", QDate(2026, 2, 10), QDate(2026, 3, 12), 123456);
    QVERIFY(pay(t, "G", QDate(2026, 4, 1), 3456));
    // Nippon KK, JPY (no decimals). H: 5000 due 04-01.
    addInvoice(t, "H", "Nippon KK", "JPY", QDate(2026, 4, 1), QDate(2026, 4, 1), 5000);
}

void TestReceivables::bucketsFollowDaysPastDue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("bucket");
    const QDate asOf(2026, 4, 30);
    QTest::newRow("due later") << QDate(2026, 5, 1) << int(Current);
    QTest::newRow("due today") << asOf << int(Current);
    QTest::newRow("1 day") << QDate(2026, 4, 29) << int(Days1To30);
    QTest::newRow("30 days") << QDate(2026, 3, 31) << int(Days1To30);
    QTest::newRow("31 days") << QDate(2026, 3, 30) << int(Days31To60);
    QTest::newRow("60 days") << QDate(2026, 3, 1) << int(Days31To60);
    QTest::newRow("61 days") << QDate(2026, 2, 28) << int(Days61To90);
    QTest::newRow("90 days") << QDate(2026, 1, 30) << int(Days61To90);
    QTest::newRow("91 days") << QDate(2026, 1, 29) << int(Over90);
}

void TestReceivables::bucketsFollowDaysPastDue()
{
    QFETCH(QDate, due);
    QFETCH(int, bucket);
    QCOMPARE(int(AgingCalculator::bucketFor(due, QDate(2026, 4, 30))), bucket);
}

void TestReceivables::agingOfABookkeepersMonth()
{
    TestDb t;
    fill(t);
    ReceivablesStore store(t.db->connection());
    const QDate asOf(2026, 4, 30);
    auto entries = entriesUpTo(store, asOf);
    QVERIFY2(entries.ok(), qPrintable(entries.error()));
    const AgingReport report = AgingCalculator::age(*entries, asOf);
    QCOMPARE(report.asOf, asOf);
    // USD: current = C 333.33 - credit 80.00 = 253.33; 1-30 = D 500.00 (5 days);
    // 31-60 = B 250.00 - 250.00 + 50.00 refunded = 50.00 (60 days from its date);
    // over 90 = A 1000.00 - 400.00 - 120.00 = 480.00 (100 days); total 1283.33.
    // EUR: G 1234.56 - 34.56 = 1200.00, 49 days. JPY: H 5000, 29 days.
    QCOMPARE(rowsOf(report.rows),
        QStringList(
            {str("Acme:EUR:0|0|120000|0|0|120000"), str("Acme:USD:25333|50000|5000|0|48000|128333"),
                str("Nippon KK:JPY:0|5000|0|0|0|5000")}));
    QCOMPARE(rowsOf(report.totals),
        QStringList({str(":EUR:0|0|120000|0|0|120000"), str(":JPY:0|5000|0|0|0|5000"),
            str(":USD:25333|50000|5000|0|48000|128333")}));
}

void TestReceivables::agingAsOfBeforeThePayment()
{
    TestDb t;
    fill(t);
    ReceivablesStore store(t.db->connection());
    // 01-31: only A, unpaid (its 400.00 comes on 02-01), 11 days past due.
    auto early = entriesUpTo(store, QDate(2026, 1, 31));
    QVERIFY(early.ok());
    QCOMPARE(rowsOf(AgingCalculator::age(*early, QDate(2026, 1, 31)).rows),
        QStringList({str("Acme:USD:0|100000|0|0|0|100000")}));
    // 04-27, the day before the receipt: A owes 600.00 (97 days), B 50.00 (57 days),
    // C 333.33 (current), D 500.00 (2 days); no credit yet.
    auto before = entriesUpTo(store, QDate(2026, 4, 27));
    QVERIFY(before.ok());
    QCOMPARE(rowsOf(AgingCalculator::age(*before, QDate(2026, 4, 27)).rows),
        QStringList(
            {str("Acme:EUR:0|0|120000|0|0|120000"), str("Acme:USD:33333|50000|5000|0|60000|148333"),
                str("Nippon KK:JPY:0|5000|0|0|0|5000")}));
    // The entries a later day reads are the same question: filtering them by date agrees.
    auto all = entriesUpTo(store, QDate(2030, 1, 1));
    QVERIFY(all.ok());
    QCOMPARE(rowsOf(AgingCalculator::age(*all, QDate(2026, 4, 27)).rows),
        rowsOf(AgingCalculator::age(*before, QDate(2026, 4, 27)).rows));
}

void TestReceivables::statementOfAPeriod()
{
    TestDb t;
    fill(t);
    ReceivablesStore store(t.db->connection());
    auto entries = entriesUpTo(store, QDate(2026, 4, 30));
    QVERIFY(entries.ok());
    const QList<CustomerStatement> statements
        = StatementBuilder::build(*entries, str("acme"), QDate(2026, 3, 1), QDate(2026, 4, 30));
    QCOMPARE(statements.size(), 2);
    // EUR: G 1234.56 before the period; 34.56 paid in it.
    QCOMPARE(statements.at(0).currency, str("EUR"));
    QCOMPARE(linesOf(statements.at(0)),
        QStringList({str("opening|2026-03-01||0|0|123456"),
            str("payment|2026-04-01|G|0|3456|120000"), str("closing|2026-04-30||0|0|120000")}));
    // USD: A 1000.00 - 400.00 before the period = 600.00; the voided payment, the allocation
    // (money the receipt already counts), the draft, the cancelled invoice and D's payment of
    // 05-05 are not lines.
    QCOMPARE(statements.at(1).customer, str("Acme"));
    QCOMPARE(linesOf(statements.at(1)),
        QStringList({str("opening|2026-03-01||0|0|60000"),
            str("invoice|2026-03-01|B|25000|0|85000"), str("payment|2026-03-10|B|0|25000|60000"),
            str("refund|2026-03-20|B|5000|0|65000"), str("invoice|2026-04-10|C|33333|0|98333"),
            str("invoice|2026-04-20|D|50000|0|148333"),
            str("receipt|2026-04-28|R-000001|0|20000|128333"),
            str("closing|2026-04-30||0|0|128333")}));
    QCOMPARE(statements.at(1).lines.at(2).description, str("Cash for B"));
    QCOMPARE(statements.at(1).lines.at(6).description, str("Cheque received"));
    QCOMPARE(bucketsOf(statements.at(1).aging), str("Acme:USD:25333|50000|5000|0|48000|128333"));
    // A customer without entries has no statement.
    QVERIFY(StatementBuilder::build(*entries, str("Nobody"), QDate(2026, 3, 1), QDate(2026, 4, 30))
                .isEmpty());
}

void TestReceivables::agingTotalIsTheStatementsClosing()
{
    TestDb t;
    fill(t);
    ReceivablesStore store(t.db->connection());
    for (const QDate &day :
        {QDate(2026, 1, 31), QDate(2026, 3, 15), QDate(2026, 4, 30), QDate(2026, 5, 31)}) {
        auto entries = entriesUpTo(store, day);
        QVERIFY(entries.ok());
        const AgingReport report = AgingCalculator::age(*entries, day);
        for (const AgingRow &row : report.rows) {
            const QList<CustomerStatement> statements
                = StatementBuilder::build(*entries, row.customer, QDate(2000, 1, 1), day);
            bool found = false;
            for (const CustomerStatement &s : statements) {
                if (s.currency == row.currency) {
                    QCOMPARE(s.lines.last().balance, row.total());
                    found = true;
                }
            }
            QVERIFY(found);
        }
    }
}

void TestReceivables::creditNotesPlugIn()
{
    // Issue 13's credit notes become entries of kind CreditNote: one for an invoice settles it,
    // one for the customer is credit.
    const QString usd = str("USD");
    QList<ArEntry> entries;
    entries.append({ArKind::Invoice, str("Acme"), usd, QDate(2026, 4, 1), QDate(2026, 4, 10),
        str("X"), str("X"), str("Invoice"), 10000});
    entries.append({ArKind::CreditNote, str("Acme"), usd, QDate(2026, 4, 5), {}, str("CN-0001"),
        str("X"), str("Wrong rate"), 3000});
    entries.append({ArKind::CreditNote, str("Acme"), usd, QDate(2026, 4, 6), {}, str("CN-0002"), {},
        str("Goodwill"), 1000});
    // X: 100.00 - 30.00 = 70.00, 20 days past due on 04-30; credit 10.00 lowers Current.
    QCOMPARE(rowsOf(AgingCalculator::age(entries, QDate(2026, 4, 30)).rows),
        QStringList({str("Acme:USD:-1000|7000|0|0|0|6000")}));
    const QList<CustomerStatement> statements
        = StatementBuilder::build(entries, str("Acme"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(statements.size(), 1);
    QCOMPARE(linesOf(statements.first()),
        QStringList({str("opening|2026-04-01||0|0|0"), str("invoice|2026-04-01|X|10000|0|10000"),
            str("credit_note|2026-04-05|CN-0001|0|3000|7000"),
            str("credit_note|2026-04-06|CN-0002|0|1000|6000"),
            str("closing|2026-04-30||0|0|6000")}));
}

/**
 * A tester's find: a credit note lowered the invoice list's outstanding but neither the aging
 * nor the statement. Credit notes in the books: on an invoice, beyond what it owed, and the
 * one an invoice paid by a receipt gets when cancelled with its money kept as credit.
 */
void TestReceivables::creditNotesFromTheBooksLowerTheAging()
{
    TestDb t;
    const auto creditNote = [&](const char *number, qint64 amount, const QDate &date) {
        CreditNote note;
        note.invoiceId = (*t.ledger->invoiceByNumber(str(number)))->id;
        note.reason = str("Discount agreed");
        note.date = date;
        note.lines = {{str("Discount"), Quantity::fromWhole(1), amount, std::nullopt, 0}};
        auto issued = t.ledger->issueCreditNote(note);
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
    };
    // X: 1000.00 due 03-31, 100.00 credited on 04-05: 900.00 owed, 30 days past due on 04-30.
    addInvoice(t, "X", "Acme", "USD", QDate(2026, 3, 1), QDate(2026, 3, 31), 100000);
    creditNote("X", 10000, QDate(2026, 4, 5));
    // Y: 200.00, 150.00 paid, then 80.00 credited: 50.00 settles Y, 30.00 becomes credit.
    addInvoice(t, "Y", "Acme", "USD", QDate(2026, 4, 1), QDate(2026, 4, 10), 20000);
    QVERIFY(pay(t, "Y", QDate(2026, 4, 2), 15000));
    creditNote("Y", 8000, QDate(2026, 4, 6));
    // Z: 300.00 paid by a receipt, cancelled on 04-07 with the money kept: 300.00 of credit.
    addInvoice(t, "Z", "Acme", "USD", QDate(2026, 4, 1), QDate(2026, 4, 20), 30000);
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request receipt;
    receipt.customer = str("Acme");
    receipt.currency = currency("USD");
    receipt.date = QDate(2026, 4, 3);
    receipt.amount = 30000;
    receipt.allocations = {{str("Z"), 30000}};
    QVERIFY(book.receive(receipt).ok());
    CancelSettlement keep;
    keep.money = CancelSettlement::Money::KeepAsCredit;
    keep.date = QDate(2026, 4, 7);
    QVERIFY(t.ledger->cancelInvoice((*t.ledger->invoiceByNumber(str("Z")))->id, keep).ok());

    ReceivablesStore store(t.db->connection());
    auto entries = entriesUpTo(store, QDate(2026, 4, 30));
    QVERIFY2(entries.ok(), qPrintable(entries.error()));
    // Current: -(30.00 + 300.00) of credit; 1-30: X 900.00; total 570.00, as the books say.
    QCOMPARE(rowsOf(AgingCalculator::age(*entries, QDate(2026, 4, 30)).rows),
        QStringList({str("Acme:USD:-33000|90000|0|0|0|57000")}));
    QCOMPARE(book.receipts().credits().value(),
        QList<CreditBalance>({{str("Acme"), str("USD"), 33000}}));
    const QList<CustomerStatement> statements
        = StatementBuilder::build(*entries, str("Acme"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(statements.size(), 1);
    QCOMPARE(linesOf(statements.first()),
        QStringList({str("opening|2026-04-01||0|0|100000"),
            str("invoice|2026-04-01|Y|20000|0|120000"), str("invoice|2026-04-01|Z|30000|0|150000"),
            str("payment|2026-04-02|Y|0|15000|135000"),
            str("receipt|2026-04-03|R-000001|0|30000|105000"),
            str("credit_note|2026-04-05|CN-0001|0|10000|95000"),
            str("credit_note|2026-04-06|CN-0002|0|8000|87000"),
            str("credit_note|2026-04-07|CN-0003|0|30000|57000"),
            str("closing|2026-04-30||0|0|57000")}));
}

void TestReceivables::aRefundFollowsTheMoneyOfItsDay()
{
    // A tester's find: a refund was listed before the receipt of the same day, as if money went
    // back before it came in; the running balance dipped below what was ever owed.
    const QString usd = str("USD");
    QList<ArEntry> entries;
    entries.append({ArKind::Invoice, str("Acme"), usd, QDate(2026, 4, 1), QDate(2026, 4, 10),
        str("X"), str("X"), str("Invoice"), 10000});
    entries.append({ArKind::Refund, str("Acme"), usd, QDate(2026, 4, 3), {}, str("X"), str("X"),
        str("Overpaid"), 2000});
    entries.append({ArKind::Receipt, str("Acme"), usd, QDate(2026, 4, 3), {}, str("R-000001"), {},
        str("Cheque"), 12000});
    entries.append({ArKind::Allocation, str("Acme"), usd, QDate(2026, 4, 3), {}, str("R-000001"),
        str("X"), str("Cheque"), 12000});
    const QList<CustomerStatement> statements
        = StatementBuilder::build(entries, str("Acme"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(statements.size(), 1);
    QCOMPARE(linesOf(statements.first()),
        QStringList({str("opening|2026-04-01||0|0|0"), str("invoice|2026-04-01|X|10000|0|10000"),
            str("receipt|2026-04-03|R-000001|0|12000|-2000"), str("refund|2026-04-03|X|2000|0|0"),
            str("closing|2026-04-30||0|0|0")}));
}

void TestReceivables::aRenamedCustomerIsOneRecord()
{
    // Customers are records: invoices written to "Nippon KK" stay that customer's after the
    // record is renamed, under the record's new name, in the aging and the statement.
    TestDb t;
    fill(t);
    addInvoice(t, "J", "Nippon KK", "JPY", QDate(2026, 4, 20), QDate(2026, 5, 20), 700);
    ReceiptBook book(*t.ledger);
    auto record = book.customers().byName(str("Nippon KK"));
    QVERIFY(record.ok() && record->has_value());
    Customer renamed = **record;
    renamed.displayName = str("Nippon Kabushiki Kaisha");
    QVERIFY(book.customers().update(renamed).ok());
    ReceivablesStore store(t.db->connection());
    auto entries = entriesUpTo(store, QDate(2026, 4, 30));
    QVERIFY(entries.ok());
    const AgingReport report = AgingCalculator::age(*entries, QDate(2026, 4, 30));
    QStringList rows = rowsOf(report.rows);
    rows = rows.filter(str(":JPY:"));
    // H 5000 due 04-01 (29 days: 1-30), J 700 not yet due (Current).
    QCOMPARE(rows, QStringList({str("Nippon Kabushiki Kaisha:JPY:700|5000|0|0|0|5700")}));
    auto named = store.customerNamed(str("nippon kabushiki kaisha"));
    QVERIFY(named.ok());
    QCOMPARE(*named, str("Nippon Kabushiki Kaisha"));
    const QList<CustomerStatement> statements
        = StatementBuilder::build(*entries, *named, QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.first().lines.last().balance, 5700);
}

void TestReceivables::sumsBeyondTheirRangeAreLeftOut()
{
    TestDb t;
    const QDate date(2026, 3, 1);
    const qint64 huge = 6'000'000'000'000'000'000; // each fits; two do not add up
    addInvoice(t, "HUGE-1", "Titan Corp", "USD", date, date, huge);
    addInvoice(t, "SMALL-1", "Titan Corp", "EUR", date, date, 1000);
    addInvoice(t, "SMALL-2", "Titan Corp", "CHF", date, date, 250);
    ReceivablesStore store(t.db->connection());
    auto one = entriesUpTo(store, date);
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(rowsOf(AgingCalculator::age(*one, date).totals),
        QStringList({str(":CHF:250|0|0|0|0|250"), str(":EUR:1000|0|0|0|0|1000"),
            str(":USD:6000000000000000000|0|0|0|0|"
                "6000000000000000000")}));
    addInvoice(t, "HUGE-2", "Titan Corp", "USD", date, date, huge);
    addInvoice(t, "SMALL-3", "Small KK", "USD", date, date, 500);
    auto two = store.entries(date);
    QVERIFY2(two.ok(), qPrintable(two.error()));
    const QList<ArEntry> everyEntry = *two;
    // USD cannot be summed: its entries are left out and named; the other currencies report.
    QStringList leftOut = leaveOutBeyondReportSums(two.value());
    QCOMPARE(leftOut, QStringList({str("USD")}));
    QCOMPARE(rowsOf(AgingCalculator::age(*two, date).totals),
        QStringList({str(":CHF:250|0|0|0|0|250"), str(":EUR:1000|0|0|0|0|1000")}));
    QCOMPARE(leftOutOfReport(leftOut),
        str("The USD amounts of these books add up to more than a report can sum (over "
            "9,223,372,036,854,775,807 minor units): this report leaves them out."));
    QCOMPARE(leftOutOfReport({}), QString());
    // A statement sums one customer's amounts: Small KK's USD can be, Titan Corp's cannot.
    QStringList small {str("not set")};
    const QList<CustomerStatement> smallStatements
        = StatementBuilder::build(everyEntry, str("Small KK"), date, date, &small);
    QCOMPARE(small, QStringList());
    QCOMPARE(smallStatements.size(), 1);
    QCOMPARE(smallStatements.first().currency, str("USD"));
    QCOMPARE(smallStatements.first().lines.last().balance, 500);
    QStringList titan;
    QStringList titanCurrencies;
    for (const CustomerStatement &s :
        StatementBuilder::build(everyEntry, str("Titan Corp"), date, date, &titan))
        titanCurrencies.append(s.currency);
    QCOMPARE(titan, QStringList({str("USD")}));
    QCOMPARE(titanCurrencies, QStringList({str("CHF"), str("EUR")}));
    // The status's outstanding per currency names USD and sums the others.
    const auto outstanding = t.ledger->invoices().outstandingByCurrency();
    QVERIFY2(outstanding.ok(), qPrintable(outstanding.error()));
    QCOMPARE(outstanding->beyondSums, QStringList({str("USD")}));
    QCOMPARE(
        outstanding->byCurrency, (QMap<QString, qint64> {{str("CHF"), 250}, {str("EUR"), 1000}}));
    // Two currencies beyond: both named, in order.
    addInvoice(t, "HUGE-3", "Titan Corp", "CHF", date, date, huge);
    addInvoice(t, "HUGE-4", "Titan Corp", "CHF", date, date, huge);
    auto three = store.entries(date);
    QVERIFY(three.ok());
    leftOut = leaveOutBeyondReportSums(three.value());
    QCOMPARE(leftOut, QStringList({str("CHF"), str("USD")}));
    QCOMPARE(leftOutOfReport(leftOut),
        str("The CHF, USD amounts of these books add up to more than a report can sum (over "
            "9,223,372,036,854,775,807 minor units): this report leaves them out."));
    const auto both = t.ledger->invoices().outstandingByCurrency();
    QVERIFY(both.ok());
    QCOMPARE(both->beyondSums, QStringList({str("CHF"), str("USD")}));
    QCOMPARE(both->byCurrency, (QMap<QString, qint64> {{str("EUR"), 1000}}));
}

QTEST_GUILESS_MAIN(TestReceivables)
#include "tst_receivables.moc"
