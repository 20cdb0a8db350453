// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptbook.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

Q_DECLARE_METATYPE(InvoiceDesk::Allocation)

/** Customers as records, receipts across invoices and customer credit (issue 13). */
class TestReceipts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoicesBelongToTheCustomerTheListShows();
    void customersAreUniqueAndChecked();
    void newCustomersTakeTheirFirstInvoicesContact();
    void migrationDerivesCustomersOfExistingInvoices();
    void allocationRulesAreExact_data();
    void allocationRulesAreExact();
    void allocationRefusals_data();
    void allocationRefusals();
    void receiptWritesEachAllocationAsAPayment();
    void refusedReceiptChangesNothing();
    void voidingAReceiptVoidsItsAllocations();
    void voidingAReceiptWhoseCreditWasUsedIsRefused();
    void creditIsAppliedLater();
    void methodsAreInstruments();

private:
    static void addInvoice(TestDb &t, const QString &number, const QDate &date,
        const char *company = "Analytical Engines Ltd");
    static ReceiptBook::Outcome receiveOldestFirst(TestDb &t, ReceiptBook &book);
};

/** INV-1 and INV-2 (115.50 each) paid by a receipt of 250.00: 19.00 left as credit. */
ReceiptBook::Outcome TestReceipts::receiveOldestFirst(TestDb &t, ReceiptBook &book)
{
    addInvoice(t, str("INV-1"), QDate(2026, 3, 1));
    addInvoice(t, str("INV-2"), QDate(2026, 3, 2));
    ReceiptBook::Request request {str("Analytical Engines Ltd"), currency("USD"), QDate(2026, 4, 1),
        25000, {}, {}, {}, true, {}};
    auto outcome = book.receive(request);
    if (!outcome)
        qFatal("receipt refused: %s", qPrintable(outcome.error()));
    return *outcome;
}

void TestReceipts::addInvoice(
    TestDb &t, const QString &number, const QDate &date, const char *company)
{
    Invoice invoice = sampleInvoice(number);
    invoice.date = date;
    invoice.dueDate = date.addDays(30);
    invoice.billing.company = str(company);
    auto created = t.ledger->createInvoice(invoice);
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

void TestReceipts::invoicesBelongToTheCustomerTheListShows()
{
    TestDb t;
    addInvoice(t, str("INV-1"), QDate(2026, 3, 1));
    Invoice person = sampleInvoice(str("INV-2"));
    person.billing.company.clear();
    QVERIFY(t.ledger->createInvoice(person).ok());
    addInvoice(t, str("INV-3"), QDate(2026, 3, 2), "analytical engines ltd");
    QCOMPARE(t.rows("SELECT display_name, default_currency FROM customers ORDER BY id"),
        QStringList({str("Analytical Engines Ltd|USD"), str("Ada Lovelace|USD")}));
    QCOMPARE(t.rows("SELECT i.number, c.display_name FROM invoices i JOIN customers c "
                    "ON c.id = i.customer_id ORDER BY i.number"),
        QStringList({str("INV-1|Analytical Engines Ltd"), str("INV-2|Ada Lovelace"),
            str("INV-3|Analytical Engines Ltd")}));

    // A new billing company moves the invoice to that customer.
    auto loaded = t.ledger->invoiceByNumber(str("INV-2"));
    Invoice renamed = **loaded;
    renamed.billing.company = str("Difference Engines");
    QVERIFY(t.ledger->updateInvoice(renamed).ok());
    QCOMPARE(t.scalar("SELECT c.display_name FROM invoices i JOIN customers c "
                      "ON c.id = i.customer_id WHERE i.number = 'INV-2'")
                 .toString(),
        str("Difference Engines"));

    // An assigned customer stays when the billing name changes to a third one.
    ReceiptBook book(*t.ledger);
    Customer other;
    other.displayName = str("Babbage & Sons");
    QVERIFY(book.customers().insert(other).ok());
    QVERIFY(book.customers().assignInvoice(renamed.id, other.id).ok());
    renamed = **t.ledger->invoiceByNumber(str("INV-2"));
    renamed.billing.company = str("Somebody Else");
    QVERIFY(t.ledger->updateInvoice(renamed).ok());
    QCOMPARE(book.customers().customerOfInvoice(renamed.id)->value_or(0), other.id);
}

void TestReceipts::newCustomersTakeTheirFirstInvoicesContact()
{
    TestDb t;
    addInvoice(t, str("INV-1"), QDate(2026, 3, 1));
    Invoice later = sampleInvoice(str("INV-2"));
    later.billing.email = str("accounts@engines.example");
    QVERIFY(t.ledger->createInvoice(later).ok());

    // An import (a bulk load) gives each customer it creates its first invoice's contact too,
    // and one that exists with no contact takes it.
    ReceiptBook book(*t.ledger);
    Customer blank;
    blank.displayName = str("Jacquard Looms");
    QVERIFY(book.customers().insert(blank).ok());
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    for (const char *number : {"INV-3", "INV-4", "INV-6"}) {
        Invoice imported = sampleInvoice(str(number));
        imported.billing.company
            = str(number) == str("INV-6") ? str("Jacquard Looms") : str("Babbage & Sons");
        imported.billing.email = str(number) == str("INV-3") ? str("charles@babbage.example")
                                                             : str("later@babbage.example");
        QVERIFY(t.ledger->createInvoice(imported).ok());
    }
    QVERIFY(t.ledger->commitBatch().ok());

    // A customer whose contact was typed keeps it.
    Customer typed;
    typed.displayName = str("Difference Engines");
    typed.email = str("office@difference.example");
    QVERIFY(book.customers().insert(typed).ok());
    addInvoice(t, str("INV-5"), QDate(2026, 3, 5), "Difference Engines");

    QCOMPARE(t.rows("SELECT display_name, email, json_extract(billing, '$.company'), "
                    "json_extract(billing, '$.lastName'), json_extract(billing, '$.countryId') "
                    "FROM customers ORDER BY id"),
        QStringList(
            {str("Analytical Engines Ltd|ada@example.org|Analytical Engines Ltd|Lovelace|GB"),
                str("Jacquard Looms|later@babbage.example|Jacquard Looms|Lovelace|GB"),
                str("Babbage & Sons|charles@babbage.example|Babbage & Sons|Lovelace|GB"),
                str("Difference Engines|office@difference.example|||")}));
}

void TestReceipts::customersAreUniqueAndChecked()
{
    TestDb t;
    ReceiptBook book(*t.ledger);
    Customer acme;
    acme.displayName = str("Acme");
    acme.billing.city = str("Berlin");
    acme.defaultCurrency = str("EUR");
    acme.paymentTermsDays = 14;
    acme.taxId = str("DE123456789");
    acme.email = str("ap@acme.example");
    QVERIFY(book.customers().insert(acme).ok());
    QCOMPARE(**book.customers().byName(str("ACME")), acme);

    Customer twin;
    twin.displayName = str("acme");
    auto refused = book.customers().insert(twin);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), str("a customer named \"Acme\" exists"));
    // Case aside beyond A-Z too (SQLite's NOCASE folds only those).
    Customer aerzte;
    aerzte.displayName = str("Ärztehaus Müller");
    QVERIFY(book.customers().insert(aerzte).ok());
    Customer shouting;
    shouting.displayName = str("ÄRZTEHAUS MÜLLER");
    QCOMPARE(book.customers().insert(shouting).error(),
        str("a customer named \"Ärztehaus Müller\" exists"));
    QCOMPARE((*book.customers().byName(str("ärztehaus müller")))->id, aerzte.id);
    // An invoice billed to the name in another case belongs to that customer, on its own and
    // in a bulk load.
    Invoice lower = sampleInvoice(str("Ä-1"));
    lower.billing.company = str("ärztehaus müller");
    QVERIFY(t.ledger->createInvoice(lower).ok());
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    Invoice upper = sampleInvoice(str("Ä-2"));
    upper.billing.company = str("ÄRZTEHAUS MÜLLER");
    QVERIFY(t.ledger->createInvoice(upper).ok());
    QVERIFY(t.ledger->commitBatch().ok());
    QCOMPARE(t.rows("SELECT i.number, c.display_name FROM invoices i JOIN customers c ON "
                    "c.id = i.customer_id ORDER BY i.number"),
        QStringList({str("Ä-1|Ärztehaus Müller"), str("Ä-2|Ärztehaus Müller")}));

    Customer bad;
    bad.displayName = str("Bad");
    bad.defaultCurrency = str("XYZ");
    bad.email = str("nobody");
    QCOMPARE(book.customers().insert(bad).error(),
        str("currency: \"XYZ\" is not a currency code; email: \"nobody\" is not an e-mail "
            "address"));
    QCOMPARE(t.scalar("SELECT count(*) FROM customers").toInt(), 2); // Acme, Ärztehaus Müller

    acme.email = str("billing@acme.example");
    QVERIFY(book.customers().update(acme).ok());
    QCOMPARE((*book.customers().byId(acme.id))->email, str("billing@acme.example"));
}

void TestReceipts::migrationDerivesCustomersOfExistingInvoices()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("before-0007.invoicedesk"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Ledger ledger(*db.value());
        Invoice older = sampleInvoice(str("INV-1"));
        older.billing.city = str("Leeds");
        QVERIFY(ledger.createInvoice(older).ok());
        Invoice newer = sampleInvoice(str("INV-2"));
        newer.date = QDate(2026, 5, 1);
        newer.dueDate = QDate(2026, 5, 31);
        newer.currency = currency("GBP");
        newer.billing.city = str("London");
        QVERIFY(ledger.createInvoice(newer).ok());
        Invoice person = sampleInvoice(str("INV-3"));
        person.billing.company.clear();
        QVERIFY(ledger.createInvoice(person).ok());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        for (const char *sql :
            {"DROP TRIGGER invoices_customer_on_insert", "DROP TRIGGER invoices_customer_on_rename",
                "DROP TABLE allocations", "DROP TABLE receipts", "DROP INDEX invoices_customer_id",
                "ALTER TABLE invoices DROP COLUMN customer_id", "DROP TABLE customers",
                // and migration 0008's (line discounts and tax codes)
                "DROP TABLE tax_codes", "ALTER TABLE invoice_lines DROP COLUMN discount_percent_e4",
                "ALTER TABLE invoice_lines DROP COLUMN discount_amount",
                "ALTER TABLE invoice_lines DROP COLUMN tax_code",
                // and migration 0011's (issue 14: company profile, e-invoice columns)
                "DROP TABLE company_profile",
                // and migration 0014's (issue 16 item 4: sort indexes), then 0013's (issue 13
                // item 3: credit notes)
                "DROP INDEX invoices_status_id", "DROP INDEX invoices_currency_id",
                "DROP INDEX invoices_total_scaled", "DROP INDEX invoices_paid_scaled",
                "DROP INDEX invoices_outstanding_scaled", "DROP TABLE credit_note_lines",
                "DROP TABLE credit_notes", "ALTER TABLE invoices DROP COLUMN credited_total",
                "ALTER TABLE invoices DROP COLUMN buyer_reference",
                "ALTER TABLE invoices DROP COLUMN delivery_date",
                "ALTER TABLE invoices DROP COLUMN payment_means_code",
                "ALTER TABLE bank_lines DROP COLUMN reversal", "DROP INDEX invoices_number_key",
                "ALTER TABLE invoices DROP COLUMN number_key", "PRAGMA user_version = 6"})
            QVERIFY2(QSqlQuery(raw).exec(str(sql)), sql);
        raw.close();
    }
    QSqlDatabase::removeDatabase(str("raw"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    Ledger ledger(*db.value());
    ReceiptBook book(ledger);
    auto customers = book.customers().all();
    QCOMPARE(customers->size(), 2);
    // The name the list shows; the address, e-mail and currency of the latest invoice.
    const Customer &ada = customers->at(0);
    QCOMPARE(ada.displayName, str("Ada Lovelace"));
    const Customer &engines = customers->at(1);
    QCOMPARE(engines.displayName, str("Analytical Engines Ltd"));
    QCOMPARE(engines.billing.city, str("London"));
    QCOMPARE(engines.defaultCurrency, str("GBP"));
    QCOMPARE(engines.email, str("ada@example.org"));
    QCOMPARE(rowsOf(db.value()->connection(),
                 "SELECT i.number, c.display_name FROM invoices i JOIN customers c "
                 "ON c.id = i.customer_id ORDER BY i.number"),
        QStringList({str("INV-1|Analytical Engines Ltd"), str("INV-2|Analytical Engines Ltd"),
            str("INV-3|Ada Lovelace")}));
}

void TestReceipts::allocationRulesAreExact_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("owing");
    QTest::addColumn<QList<qint64>>("expected");
    // JPY has no decimals, USD two, KWD three: every split is exact to the minor unit.
    QTest::newRow("JPY oldest first, credit left")
        << str("JPY") << qint64(10001) << QList<qint64> {3333, 3334, 3333}
        << QList<qint64> {3333, 3334, 3333};
    QTest::newRow("USD part of the last")
        << str("USD") << qint64(100000) << QList<qint64> {33333, 33333, 66667}
        << QList<qint64> {33333, 33333, 33334};
    QTest::newRow("KWD one fils short")
        << str("KWD") << qint64(2895299) << QList<qint64> {1000000, 1895300}
        << QList<qint64> {1000000, 1895299};
}

void TestReceipts::allocationRulesAreExact()
{
    QFETCH(QString, code);
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, owing);
    QFETCH(QList<qint64>, expected);
    QList<OwedInvoice> open;
    for (int i = 0; i < owing.size(); ++i)
        open.append({i + 1, QStringLiteral("INV-%1").arg(i + 1), QDate(2026, 1, i + 1), {},
            owing.at(i), owing.at(i)});
    auto plan = planAllocations(amount, open, {}, true, *Currency::fromCode(code));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QList<qint64> got;
    for (const Allocation &a : *plan)
        got.append(a.amount);
    QCOMPARE(got, expected);
    QVERIFY(allocatedTotal(*plan) <= amount);
}

void TestReceipts::allocationRefusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<Allocation>>("manual");
    QTest::addColumn<QString>("error");
    QTest::newRow("one fils over what is owed")
        << str("KWD") << qint64(5000000) << QList<Allocation> {{str("INV-1"), 1000001}}
        << str("allocating 1000.001 to invoice INV-1 is more than the 1000.000 it owes");
    QTest::newRow("one cent over the receipt")
        << str("USD") << qint64(100000)
        << QList<Allocation> {{str("INV-1"), 60000}, {str("INV-2"), 40001}}
        << str("the allocations total 1000.01, more than the 1000.00 received");
    QTest::newRow("one yen over") << str("JPY") << qint64(999)
                                  << QList<Allocation> {{str("INV-1"), 1000}}
                                  << str("the allocations total 1000, more than the 999 received");
    QTest::newRow("not open") << str("USD") << qint64(100) << QList<Allocation> {{str("X"), 1}}
                              << str("invoice X is not an open invoice of this customer in USD");
    QTest::newRow("twice") << str("USD") << qint64(100)
                           << QList<Allocation> {{str("INV-1"), 1}, {str("INV-1"), 1}}
                           << str("invoice INV-1 is allocated twice");
    QTest::newRow("zero") << str("USD") << qint64(100) << QList<Allocation> {{str("INV-1"), 0}}
                          << str("the amount allocated to invoice INV-1 must be more than zero");
    QTest::newRow("empty receipt") << str("USD") << qint64(0) << QList<Allocation> {}
                                   << str("a receipt's amount must be more than zero");
}

void TestReceipts::allocationRefusals()
{
    QFETCH(QString, code);
    QFETCH(qint64, amount);
    QFETCH(QList<Allocation>, manual);
    QFETCH(QString, error);
    const QList<OwedInvoice> open = {{1, str("INV-1"), QDate(2026, 1, 1), {}, 1000000, 1000000},
        {2, str("INV-2"), QDate(2026, 1, 2), {}, 1000000, 1000000}};
    auto plan = planAllocations(amount, open, manual, true, *Currency::fromCode(code));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error(), error);
}

void TestReceipts::receiptWritesEachAllocationAsAPayment()
{
    TestDb t;
    addInvoice(t, str("INV-1"), QDate(2026, 3, 1)); // 115.50 each
    addInvoice(t, str("INV-2"), QDate(2026, 3, 2));
    addInvoice(t, str("INV-3"), QDate(2026, 2, 1));
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request request;
    request.customer = str("analytical engines ltd");
    request.currency = currency("USD");
    request.date = QDate(2026, 4, 1);
    request.amount = 30000;
    request.method.method = PaymentMethod::Cheque;
    request.method.cheque = {str("000777"), str("Ada"), str("Leeds")};
    request.allocations = {{str("INV-2"), 5000}};
    request.oldestFirst = true;
    auto outcome = book.receive(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(outcome->receipt.key, str("R-000001"));
    QCOMPARE(outcome->credit, 1900);
    // INV-2 keeps its manual 50.00; the rest goes to INV-3 (oldest), then INV-1, then credit.
    QCOMPARE(t.rows("SELECT i.number, p.amount, p.method, p.cheque_number, p.paid_on, "
                    "a.receipt_id FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                    "JOIN allocations a ON a.payment_id = p.id ORDER BY p.id"),
        QStringList({str("INV-2|5000|cheque|000777|2026-04-01|1"),
            str("INV-3|11550|cheque|000777|2026-04-01|1"),
            str("INV-1|11550|cheque|000777|2026-04-01|1")}));
    QCOMPARE(t.rows("SELECT number, status, paid_total FROM invoices ORDER BY number"),
        QStringList({str("INV-1|Paid|11550"), str("INV-2|Pending|5000"), str("INV-3|Paid|11550")}));
    QCOMPARE(t.scalar("SELECT count(DISTINCT marker) FROM payments").toInt(), 3);
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'payment'").toInt(), 3);
    QCOMPARE(book.receipts().creditOf(outcome->receipt.customerId, str("USD")).value(), 1900);

    // The receipt keeps its method and fields.
    const Receipt stored = **book.receipts().byKey(str("R-000001"));
    QCOMPARE(stored.method.cheque.drawer, str("Ada"));
    QCOMPARE(stored.amount, 30000);
}

void TestReceipts::refusedReceiptChangesNothing()
{
    TestDb t;
    addInvoice(t, str("INV-1"), QDate(2026, 3, 1));
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request request;
    request.customer = str("Analytical Engines Ltd");
    request.currency = currency("USD");
    request.date = QDate(2026, 4, 1);
    request.amount = 20000;
    request.allocations = {{str("INV-1"), 11551}};
    auto refused = book.receive(request);
    QCOMPARE(
        refused.error(), str("allocating 115.51 to invoice INV-1 is more than the 115.50 it owes"));
    request.allocations = {{str("INV-1"), 11550}};
    request.customer = str("Nobody");
    QCOMPARE(book.receive(request).error(), str("there is no customer named \"Nobody\""));
    QCOMPARE(t.scalar("SELECT count(*) FROM receipts").toInt(), 0);
    QCOMPARE(t.scalar("SELECT count(*) FROM payments").toInt(), 0);
}

void TestReceipts::voidingAReceiptVoidsItsAllocations()
{
    TestDb t;
    ReceiptBook book(*t.ledger);
    const std::optional<ReceiptBook::Outcome> outcome = receiveOldestFirst(t, book);
    QCOMPARE(outcome->credit, 1900);
    QCOMPARE(book.receipts().credits().value(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 1900}}));
    QCOMPARE(book.voidReceipt(outcome->receipt.id, str(" ")).error(),
        str("voiding a receipt needs a reason"));
    QVERIFY(book.voidReceipt(outcome->receipt.id, str("cheque bounced")).ok());
    QCOMPARE(t.rows("SELECT void_reason FROM payments ORDER BY id"),
        QStringList({str("cheque bounced"), str("cheque bounced")}));
    QCOMPARE(t.scalar("SELECT void_reason FROM receipts").toString(), str("cheque bounced"));
    QCOMPARE(t.rows("SELECT status, paid_total FROM invoices ORDER BY number"),
        QStringList({str("Pending|0"), str("Pending|0")}));
    QVERIFY(book.receipts().credits().value().isEmpty());
    QCOMPARE(book.voidReceipt(outcome->receipt.id, str("again")).error(),
        str("receipt R-000001 is already voided"));
}

/** A tester's find: the bounced cheque's credit had paid INV-3, and the void left -19.00. */
void TestReceipts::voidingAReceiptWhoseCreditWasUsedIsRefused()
{
    TestDb t;
    ReceiptBook book(*t.ledger);
    const std::optional<ReceiptBook::Outcome> outcome = receiveOldestFirst(t, book);
    QCOMPARE(outcome->credit, 1900);
    addInvoice(t, str("INV-3"), QDate(2026, 4, 2));
    auto fromCredit = book.applyCredit(str("Analytical Engines Ltd"), str("INV-3"), 1900);
    QVERIFY2(fromCredit.ok(), qPrintable(fromCredit.error()));
    const QStringList before = t.rows("SELECT id, voided_at IS NULL FROM payments ORDER BY id");
    const QString refused = str(
        "receipt R-000001 cannot be voided: 19.00 USD of Analytical Engines Ltd's credit from "
        "it has paid invoice(s) INV-3; void those payments first, then the receipt");
    QCOMPARE(book.canVoidReceipt(outcome->receipt.id).error(), refused); // asked before a reason
    QCOMPARE(book.voidReceipt(outcome->receipt.id, str("cheque bounced")).error(), refused);
    QCOMPARE(t.rows("SELECT id, voided_at IS NULL FROM payments ORDER BY id"), before);
    QVERIFY(t.scalar("SELECT voided_at IS NULL FROM receipts").toBool());
    QCOMPARE(book.receipts().creditOf(outcome->receipt.customerId, str("USD")).value(), 0);
    // The payment from credit voided first, the receipt follows; nothing is left as credit.
    QVERIFY(t.ledger->voidPayment(fromCredit->id, str("cheque bounced")).ok());
    QVERIFY(book.voidReceipt(outcome->receipt.id, str("cheque bounced")).ok());
    QCOMPARE(t.rows("SELECT number, paid_total FROM invoices ORDER BY number"),
        QStringList({str("INV-1|0"), str("INV-2|0"), str("INV-3|0")}));
    QVERIFY(book.receipts().credits().value().isEmpty());
}

void TestReceipts::creditIsAppliedLater()
{
    TestDb t;
    addInvoice(t, str("INV-1"), QDate(2026, 3, 1));
    addInvoice(t, str("OTHER-1"), QDate(2026, 3, 1), "Someone Else");
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request request {str("Analytical Engines Ltd"), currency("USD"), QDate(2026, 4, 1),
        5000, {}, {}, {}, false, {}};
    QVERIFY(book.receive(request).ok()); // all of it credit
    QCOMPARE(book.applyCredit(str("Analytical Engines Ltd"), str("INV-1"), 5001).error(),
        str("Analytical Engines Ltd has 50.00 USD of credit; 50.01 cannot be applied"));
    QCOMPARE(book.applyCredit(str("Analytical Engines Ltd"), str("OTHER-1"), 100).error(),
        str("invoice OTHER-1 is not Analytical Engines Ltd's"));
    auto applied = book.applyCredit(str("Analytical Engines Ltd"), str("INV-1"), 3000);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(applied->method, PaymentMethod::AccountsReceivable);
    QCOMPARE(t.scalar("SELECT paid_total FROM invoices WHERE number = 'INV-1'").toLongLong(), 3000);
    QCOMPARE(book.receipts().credits().value(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 2000}}));
    // Voiding the applied payment gives the credit back.
    QVERIFY(t.ledger->voidPayment(applied->id, str("wrong invoice")).ok());
    QCOMPARE(book.receipts().credits().value().value(0).amount, 5000);
}

void TestReceipts::methodsAreInstruments()
{
    const Currency aud = currency("AUD");
    // A demand draft is a bank-issued cheque; BPAY, wire and EFT are electronic transfers.
    auto draft = paymentFromFields(str("demand_draft"),
        {{str("cheque.number"), str("778812")}, {str("cheque.drawer"), str("State Bank")},
            {str("cheque.bankBranch"), str("Fort, Mumbai")}},
        aud);
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    Payment p = *draft;
    p.date = QDate(2026, 4, 1);
    p.amount = 100;
    QCOMPARE(p.validate(), Problems());
    QCOMPARE(p.cheque.bankBranch, str("Fort, Mumbai"));
    for (const char *method : {"bpay", "wire_transfer", "eft"}) {
        auto transfer = paymentFromFields(str(method),
            {{str("eft.transferDate"), str("2026-03-30")}, {str("eft.reference"), str("4001234")}},
            aud);
        QVERIFY2(transfer.ok(), qPrintable(transfer.error()));
        Payment t = *transfer;
        t.date = QDate(2026, 4, 1);
        t.amount = 100;
        QCOMPARE(t.validate(), Problems());
        QCOMPARE(t.eft.transferDate, QDate(2026, 3, 30));
    }
    // The fields of another instrument are still refused, named.
    p.eft.reference = str("X");
    QCOMPARE(describe(p.validate()),
        str("eft.reference: is only for transfer payments, not demand_draft"));
    Payment bpay;
    bpay.method = PaymentMethod::Bpay;
    bpay.date = QDate(2026, 4, 1);
    bpay.amount = 100;
    bpay.cheque.bankBranch = str("Sydney");
    QCOMPARE(
        describe(bpay.validate()), str("cheque.bankBranch: is only for cheque payments, not bpay"));
}

QTEST_GUILESS_MAIN(TestReceipts)
#include "tst_receipts.moc"
