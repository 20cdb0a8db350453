// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 5: statements generated in each format from a company's payments; every line
// with an exact counterpart matches it and only it, nothing is created twice, re-importing the
// same or an overlapping statement adds nothing, balances are checked and gaps reported.
#include "bankcompany.h"
#include "bankreport.h"
#include "reconciler.h"
#include "statementimporter.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

Q_DECLARE_METATYPE(InvoiceDesk::Test::GenFormat)

namespace {

/** A company file with the March books, and its bank side. */
struct Books
{
    TestDb t;
    BankCompany company = fillBankCompany(*t.ledger);
    BankStore store {*t.db};
    Reconciler reconciler {*t.ledger, store};

    StatementImport import(GenFormat format, const GenStatement &statement)
    {
        const QString path = t.dir.filePath(genFileName(format, statement.id));
        writeFile(path, statementIn(format, statement));
        StatementImportOptions options;
        // The English CSV names neither its account nor its currency.
        if (format == GenFormat::CsvEnglish) {
            options.accountName = str("Main");
            options.csv.currency = currency("EUR");
        }
        return StatementImporter(*t.ledger, store).importFile(path, options);
    }
    /** Bank reference (or remittance) of each line -> the marker it is matched to. */
    QMap<QString, QString> matches()
    {
        QMap<QString, QString> result;
        const QList<BankLine> lines = *store.lines({});
        for (const BankLine &line : lines) {
            if (line.isMatched())
                result.insert(line.bankReference.isEmpty() ? line.remittance : line.bankReference,
                    line.match->marker);
        }
        return result;
    }
    BankLine lineWith(const QString &text)
    {
        const QList<BankLine> lines = *store.lines({});
        for (const BankLine &line : lines) {
            if (line.remittance.contains(text) || line.reference.contains(text))
                return line;
        }
        qFatal("no line with %s", qPrintable(text));
    }
    int count(const char *sql) { return t.scalar(sql).toInt(); }
};

const QDate kMarch1(2026, 3, 1);
const QDate kMarch15(2026, 3, 15);

} // namespace

class TestBankScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void importsOnceAndMatchesExactly_data() { formats_data(); }
    void importsOnceAndMatchesExactly();
    void overlappingAndMissingStatements_data() { formats_data(); }
    void overlappingAndMissingStatements();
    void candidatesForWhatNeedsAPerson_data() { formats_data(); }
    void candidatesForWhatNeedsAPerson();
    void acceptingAndUndoing_data() { formats_data(); }
    void acceptingAndUndoing();
    void aReceiptAcrossTheInvoicesALineNames();
};

void TestBankScenario::formats_data()
{
    QTest::addColumn<GenFormat>("format");
    for (GenFormat format : {GenFormat::Camt053, GenFormat::Mt940, GenFormat::OfxSgml,
             GenFormat::OfxXml, GenFormat::CsvGerman, GenFormat::CsvEnglish})
        QTest::newRow(qPrintable(genFormatName(format))) << format;
}

void TestBankScenario::importsOnceAndMatchesExactly()
{
    QFETCH(GenFormat, format);
    Books books;
    const int payments = books.count("SELECT count(*) FROM payments");
    const int outbox = books.count("SELECT count(*) FROM outbox");
    const GenStatement first = marchStatement(str("S1"), kMarch1, kMarch15);
    const StatementImport imported = books.import(format, first);
    QVERIFY2(imported.succeeded(), qPrintable(imported.issues.value(0).toString()));
    QCOMPARE(imported.added(), 13); // the deposit of two cheques is two lines
    QCOMPARE(imported.duplicates(), 0);
    QVERIFY(imported.gaps.isEmpty());
    // CAMT, MT940 and the CSV running balances give both balances; OFX only the closing one.
    const bool both = format != GenFormat::OfxSgml && format != GenFormat::OfxXml;
    QCOMPARE(imported.statements.first().balancesChecked, both);
    QCOMPARE(
        books.count("SELECT sum(amount) FROM bank_lines"), int(first.closing() - first.opening));

    const StatementImport again = books.import(format, first);
    QVERIFY(again.succeeded());
    QCOMPARE(again.added(), 0);
    QCOMPARE(again.duplicates(), 13);
    QCOMPARE(books.count("SELECT count(*) FROM bank_lines"), 13);

    auto done = books.reconciler.matchAutomatically();
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(done->matched, 5);
    const auto &m = books.company.markers;
    // The German export has no bank references: its lines are named by their text.
    const bool named = format != GenFormat::CsvGerman;
    const auto key = [named](const char *reference, const char *text) {
        return str(named ? reference : text);
    };
    const QMap<QString, QString> expected = {{key("B001", "INV-1001 order 55"), m[str("INV-1001")]},
        {key("B002A", "SCHECK 100123"), m[str("INV-1002")]},
        {key("B002B", "SCHECK 100124"), m[str("INV-1003")]},
        {key("B004", "INV-1005"), m[str("INV-1005")]},
        {key("B005", "Refund RF-1005"), m[str("INV-1005-R")]}};
    QMap<QString, QString> found = books.matches();
    if (format == GenFormat::Camt053) {
        // CAMT gives the parts of the batch the entry's reference and their place in it.
        QCOMPARE(found.take(str("B002/1")), expected[str("B002A")]);
        QCOMPARE(found.take(str("B002/2")), expected[str("B002B")]);
        found.insert(str("B002A"), expected[str("B002A")]);
        found.insert(str("B002B"), expected[str("B002B")]);
    }
    QCOMPARE(found, expected);
    // Nothing was created: no payment, no outbox row; each match is audited.
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments);
    QCOMPARE(books.count("SELECT count(*) FROM outbox"), outbox);
    QCOMPARE(books.count("SELECT count(*) FROM audit_log WHERE action = 'bank_matched'"), 5);
    QCOMPARE(books.t
                 .scalar(str("SELECT reconciled_on FROM payments WHERE marker = '%1'")
                             .arg(m[str("INV-1001")]))
                 .toString(),
        str("2026-03-03"));
    // A second run finds nothing more, and the payments stay matched once.
    QCOMPARE(books.reconciler.matchAutomatically()->matched, 0);
    QCOMPARE(books.count("SELECT count(*) FROM bank_matches"), 5);
}

void TestBankScenario::overlappingAndMissingStatements()
{
    QFETCH(GenFormat, format);
    Books books;
    const GenStatement first = marchStatement(str("S1"), kMarch1, kMarch15);
    const GenStatement overlap = marchStatement(str("S1B"), {2026, 3, 10}, {2026, 3, 21});
    const GenStatement second = marchStatement(str("S2"), {2026, 3, 16}, {2026, 3, 31});
    QVERIFY(books.import(format, first).succeeded());
    const StatementImport middle = books.import(format, overlap);
    QVERIFY2(middle.succeeded(), qPrintable(middle.issues.value(0).toString()));
    QCOMPARE(middle.added(), 1); // only the 21st is new
    QCOMPARE(middle.duplicates(), int(overlap.flat().size()) - 1);
    QVERIFY2(middle.gaps.isEmpty(), qPrintable(middle.gaps.join(QLatin1Char('\n'))));
    const StatementImport last = books.import(format, second);
    QCOMPARE(last.added(), 1);
    QCOMPARE(last.duplicates(), 1);
    QVERIFY(last.gaps.isEmpty());
    // The two identical fees of the 15th are two lines, and stay two.
    QCOMPARE(books.count("SELECT count(*) FROM bank_lines WHERE booking_date = '2026-03-15'"), 2);
    QCOMPARE(books.count("SELECT count(*) FROM bank_lines"), 15);
    QCOMPARE(
        books.count("SELECT sum(amount) FROM bank_lines"), int(second.closing() - first.opening));

    // The statement of the 16th to the 21st is missing: the gap (the 60.00 of the 21st) is
    // reported, the lines are kept.
    Books other;
    QVERIFY(other.import(format, first).succeeded());
    const StatementImport skipped
        = other.import(format, marchStatement(str("S3"), {2026, 3, 22}, {2026, 3, 31}));
    QVERIFY(skipped.succeeded());
    QCOMPARE(skipped.added(), 1);
    QCOMPARE(skipped.gaps.size(), 1);
    QVERIFY2(
        skipped.gaps.first().contains(str("60.00 is missing")), qPrintable(skipped.gaps.first()));
}

void TestBankScenario::candidatesForWhatNeedsAPerson()
{
    QFETCH(GenFormat, format);
    Books books;
    QVERIFY(books.import(format, marchStatement(str("S1"), kMarch1, kMarch15)).succeeded());
    QVERIFY(books.reconciler.matchAutomatically());
    auto analysed = books.reconciler.analyse({});
    QVERIFY(analysed);
    QHash<QString, LineCandidates> byText;
    for (const LineCandidates &found : *analysed)
        byText.insert(found.line.remittance, found);
    QCOMPARE(analysed->size(), 8);
    // The card settlement: the payment less its fee, a candidate, never exact.
    const LineCandidates card = byText.value(str("VISA SETTLEMENT 0305"));
    QCOMPARE(card.candidates.size(), 1);
    QCOMPARE(card.candidates.first().marker, books.company.markers[str("INV-1004")]);
    QVERIFY(card.candidates.first().lessCardFee);
    QVERIFY(!card.candidates.first().exact);
    QVERIFY(card.candidates.first().reasons.first().contains(str("5.80")));
    // Booked eleven days after the payment: a candidate for a person.
    const LineCandidates late = byText.value(str("INV-1010"));
    QCOMPARE(late.candidates.size(), 1);
    QVERIFY(!late.candidates.first().exact);
    // Money for an invoice nobody recorded, and an amount only one open invoice owes.
    for (const auto &[text, number] : {std::pair(str("Rechnung INV-1008"), str("INV-1008")),
             std::pair(str("THANK YOU"), str("INV-1009"))}) {
        const LineCandidates found = byText.value(text);
        QCOMPARE(found.candidates.size(), 1);
        QCOMPARE(found.candidates.first().kind, MatchCandidate::Kind::RecordPayment);
        QCOMPARE(found.candidates.first().invoiceNumber, number);
    }
    // Two invoices of one customer in one transfer: a receipt across them, each all it owes.
    const LineCandidates two = byText.value(str("INV-1006 INV-1007"));
    QCOMPARE(two.candidates.size(), 1);
    QCOMPARE(two.candidates.first().kind, MatchCandidate::Kind::RecordReceipt);
    QCOMPARE(two.candidates.first().amount, 22500);
    QCOMPARE(two.candidates.first().customer, str("Fritz Weber"));
    QCOMPARE(two.candidates.first().shares.size(), 2);
    QCOMPARE(two.candidates.first().shares.at(0).invoiceNumber, str("INV-1006"));
    QCOMPARE(two.candidates.first().shares.at(0).amount, 13000);
    QCOMPARE(two.candidates.first().shares.at(1).invoiceNumber, str("INV-1007"));
    QCOMPARE(two.candidates.first().shares.at(1).amount, 9500);
    QVERIFY(!two.candidates.first().exact);
    QVERIFY(two.notes.isEmpty());
    // Bank charges: nothing at all.
    QVERIFY(byText.value(str("ACCOUNT FEE MARCH")).candidates.isEmpty());
    QVERIFY(byText.value(str("ATM FEE")).candidates.isEmpty());
}

void TestBankScenario::acceptingAndUndoing()
{
    QFETCH(GenFormat, format);
    Books books;
    QVERIFY(books.import(format, marchStatement(str("S1"), kMarch1, {2026, 3, 31})).succeeded());
    QVERIFY(books.reconciler.matchAutomatically());
    const int payments = books.count("SELECT count(*) FROM payments");
    const int outbox = books.count("SELECT count(*) FROM outbox");
    // Accepting "record payment for invoice INV-1008": one payment, through the ledger.
    const BankLine gamma = books.lineWith(str("INV-1008"));
    auto recorded = books.reconciler.recordPayment(gamma.id, books.company.invoiceWithoutPayment);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded->amount, 31000);
    QCOMPARE(recorded->date, QDate(2026, 3, 11));
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments + 1);
    QCOMPARE(books.count("SELECT count(*) FROM outbox WHERE kind = 'add_payment'"),
        outbox - books.count("SELECT count(*) FROM outbox WHERE kind <> 'add_payment'") + 1);
    QCOMPARE(books.t.scalar("SELECT status FROM invoices WHERE number = 'INV-1008'").toString(),
        str("Paid"));
    // The same line again, or the automatic run: nothing more.
    QVERIFY(!books.reconciler.recordPayment(gamma.id, books.company.invoiceWithoutPayment));
    QCOMPARE(books.reconciler.matchAutomatically()->matched, 0);
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments + 1);

    // The card settlement, accepted by a person, then undone: audited both ways.
    const BankLine card = books.lineWith(str("VISA"));
    const QString cardMarker = books.company.markers[str("INV-1004")];
    const qint64 cardPayment = **books.store.paymentIdByMarker(cardMarker);
    QVERIFY(books.reconciler.acceptPayment(card.id, cardPayment));
    QVERIFY(!books.reconciler.acceptPayment(
        books.lineWith(str("INV-1010")).id, cardPayment)); // one line only
    QVERIFY(books.reconciler.unmatch(card.id, str("wrong line")));
    QCOMPARE(books.count("SELECT count(*) FROM audit_log WHERE action = 'bank_unmatched'"), 1);
    QVERIFY(books.t.scalar(str("SELECT reconciled_on FROM payments WHERE id = %1").arg(cardPayment))
                .isNull());
    QVERIFY(
        books.t.scalar(str("SELECT bank_account_id FROM payments WHERE id = %1").arg(cardPayment))
            .isNull());
    QVERIFY(books.reconciler.acceptPayment(card.id, cardPayment));

    // The report: the difference is what the items explain, to the cent.
    const QList<BankLine> lines = *books.store.lines({});
    const qint64 account = lines.first().accountId;
    QVERIFY(books.reconciler.assignAccount(
        **books.store.paymentIdByMarker(books.company.markers[str("INV-1011")]), account));
    auto report = ReconciliationReport::build(books.store, account, {2026, 3, 31});
    QVERIFY(report);
    QCOMPARE(report->statementBalance, marchStatement(str("S"), kMarch1, {2026, 3, 31}).closing());
    QCOMPARE(report->differingMatches.size(), 1); // the card fee
    QCOMPARE(report->unreconciledPayments.size(), 1); // INV-1011, in transit
    QCOMPARE(report->explained(), report->difference());
}

void TestBankScenario::aReceiptAcrossTheInvoicesALineNames()
{
    Books books;
    QVERIFY(books.import(GenFormat::Camt053, marchStatement(str("S1"), kMarch1, {2026, 3, 31}))
                .succeeded());
    QVERIFY(books.reconciler.matchAutomatically());
    const int payments = books.count("SELECT count(*) FROM payments");
    const int outbox = books.count("SELECT count(*) FROM outbox");
    const BankLine line = books.lineWith(str("INV-1006 INV-1007"));
    const qint64 inv1006
        = books.t.scalar("SELECT id FROM invoices WHERE number = 'INV-1006'").toLongLong();
    const qint64 inv1007
        = books.t.scalar("SELECT id FROM invoices WHERE number = 'INV-1007'").toLongLong();
    const qint64 inv1008
        = books.t.scalar("SELECT id FROM invoices WHERE number = 'INV-1008'").toLongLong();

    // Refused, and nothing written: another customer's invoice, or a sum that is not the line.
    QVERIFY(!books.reconciler.recordReceipt(line.id, {inv1006, inv1008}));
    QVERIFY(!books.reconciler.recordReceipt(line.id, {inv1006}));
    QCOMPARE(books.count("SELECT count(*) FROM receipts"), 0);
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments);

    auto receipt = books.reconciler.recordReceipt(line.id, {inv1006, inv1007});
    QVERIFY2(receipt, qPrintable(receipt.error()));
    QCOMPARE(receipt->amount, 22500);
    QCOMPARE(receipt->customerName, str("Fritz Weber"));
    QCOMPARE(books.t.rows("SELECT r.receipt_key, c.display_name, r.currency, r.received_on, "
                          "r.amount, r.method FROM receipts r JOIN customers c ON c.id = "
                          "r.customer_id"),
        QStringList({receipt->key + str("|Fritz Weber|EUR|2026-03-10|22500|eft")}));
    // Two allocations, each a payment with its outbox row, reconciled into the line's account.
    QCOMPARE(books.t.rows("SELECT i.number, p.amount, p.paid_on, p.reconciled_on, "
                          "p.bank_account_id = l.account_id FROM payments p JOIN invoices i ON "
                          "i.id = p.invoice_id JOIN allocations a ON a.payment_id = p.id JOIN "
                          "bank_matches m ON m.receipt_id = a.receipt_id JOIN bank_lines l ON "
                          "l.id = m.line_id ORDER BY i.number"),
        QStringList({str("INV-1006|13000|2026-03-10|2026-03-10|1"),
            str("INV-1007|9500|2026-03-10|2026-03-10|1")}));
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments + 2);
    QCOMPARE(books.count("SELECT count(*) FROM outbox"), outbox + 2);
    QCOMPARE(books.t.rows("SELECT kind, payment_id IS NULL, how FROM bank_matches WHERE "
                          "receipt_id IS NOT NULL"),
        QStringList({str("receipt|1|recorded")}));
    QCOMPARE(books.t.rows("SELECT number, status FROM invoices WHERE number IN ('INV-1006', "
                          "'INV-1007') ORDER BY number"),
        QStringList({str("INV-1006|Paid"), str("INV-1007|Paid")}));
    const BankLine matched = **books.store.line(line.id);
    QVERIFY(matched.isMatched());
    QCOMPARE(matched.match->kind, str("receipt"));
    QCOMPARE(matched.match->marker, receipt->key);
    QCOMPARE(matched.match->invoiceNumber, str("INV-1006, INV-1007"));

    // Nothing twice: not the same line again, and its allocations are no other line's.
    QVERIFY(!books.reconciler.recordReceipt(line.id, {inv1006, inv1007}));
    QCOMPARE(books.reconciler.matchAutomatically()->matched, 0);
    const auto waiting = books.reconciler.analyse({});
    QVERIFY(waiting);
    for (const LineCandidates &found : *waiting) {
        QVERIFY(found.line.id != line.id);
        for (const MatchCandidate &c : found.candidates)
            QVERIFY(c.invoiceId != inv1006 && c.invoiceId != inv1007);
    }
    auto report = ReconciliationReport::build(books.store, line.accountId, {2026, 3, 31});
    QVERIFY(report);
    for (const AccountPayment &payment : report->unreconciledPayments)
        QVERIFY(
            payment.invoiceNumber != str("INV-1006") && payment.invoiceNumber != str("INV-1007"));

    // Undone: the receipt stays recorded, its allocations are open to matching again.
    QVERIFY(books.reconciler.unmatch(line.id, str("another transfer")));
    QCOMPARE(books.count("SELECT count(*) FROM bank_matches WHERE receipt_id IS NOT NULL"), 0);
    QCOMPARE(books.t.rows("SELECT count(*), count(reconciled_on), count(bank_account_id) FROM "
                          "payments p JOIN allocations a ON a.payment_id = p.id"),
        QStringList({str("2|0|0")}));
    QCOMPARE(
        books.t.rows("SELECT entity_type, action FROM audit_log WHERE action LIKE 'bank_%' AND "
                     "entity_type = 'receipt' ORDER BY id"),
        QStringList({str("receipt|bank_matched"), str("receipt|bank_unmatched")}));
}

QTEST_GUILESS_MAIN(TestBankScenario)
#include "tst_bankscenario.moc"
