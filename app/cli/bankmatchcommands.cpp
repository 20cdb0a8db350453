// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bank match, bank unmatch, bank list, bank report.
#include "bankcli.h"

#include "bankreport.h"
#include "ledger.h"
#include "reconciler.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk::Cli::Bank {

namespace {

QString kindName(MatchCandidate::Kind kind)
{
    switch (kind) {
    case MatchCandidate::Kind::RecordPayment:
        return QStringLiteral("recordPayment");
    case MatchCandidate::Kind::RecordReceipt:
        return QStringLiteral("recordReceipt");
    case MatchCandidate::Kind::Payment:
        break;
    }
    return QStringLiteral("payment");
}

QJsonObject candidateJson(const MatchCandidate &c, const Currency &currency)
{
    QJsonObject object {{QStringLiteral("kind"), kindName(c.kind)},
        {QStringLiteral("marker"),
            c.kind == MatchCandidate::Kind::Payment ? QJsonValue(c.marker) : QJsonValue()},
        {QStringLiteral("invoiceNumber"), c.invoiceNumber},
        {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
        {QStringLiteral("amount"), money(c.amount, currency)}, {QStringLiteral("score"), c.score},
        {QStringLiteral("exact"), c.exact},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)}};
    if (c.kind == MatchCandidate::Kind::RecordReceipt) {
        QJsonArray shares;
        for (const ReceiptShare &share : c.shares)
            shares.append(QJsonObject {{QStringLiteral("invoiceNumber"), share.invoiceNumber},
                {QStringLiteral("amount"), money(share.amount, currency)}});
        object.insert(QStringLiteral("invoices"), shares);
    }
    return object;
}

void printCandidates(const LineCandidates &found, Output &io)
{
    const BankLine &line = found.line;
    io.out << QCoreApplication::translate("Cli", "line %1  %2  %3 %4  %5  %6")
                  .arg(line.id)
                  .arg(line.bookingDate.toString(Qt::ISODate), money(line.amount, line.currency),
                      line.currency.code(), line.counterpartyName, line.remittance.left(60))
           << Qt::endl;
    for (const MatchCandidate &c : found.candidates) {
        const QString what = c.kind == MatchCandidate::Kind::RecordPayment
            ? QCoreApplication::translate("Cli", "record a payment for invoice %1 (%2)")
                  .arg(c.invoiceNumber, money(c.amount, line.currency))
            : c.kind == MatchCandidate::Kind::RecordReceipt
            ? QCoreApplication::translate("Cli", "record a receipt for invoices %1 (%2)")
                  .arg(c.invoiceNumber, money(c.amount, line.currency))
            : QCoreApplication::translate("Cli", "payment %1 of invoice %2 (%3, %4)")
                  .arg(c.marker, c.invoiceNumber, c.date.toString(Qt::ISODate),
                      money(c.amount, line.currency));
        io.out << QStringLiteral("  ")
               << QCoreApplication::translate("Cli", "%1, score %2: %3")
                      .arg(what)
                      .arg(c.score)
                      .arg(c.reasons.join(QStringLiteral("; ")))
               << Qt::endl;
    }
    if (found.candidates.isEmpty())
        io.out << QStringLiteral("  ") << QCoreApplication::translate("Cli", "no candidate")
               << Qt::endl;
    for (const QString &note : found.notes)
        io.out << QStringLiteral("  ") << QCoreApplication::translate("Cli", "note: %1").arg(note)
               << Qt::endl;
}

int showCandidates(Context &bank, const Arguments &args, std::optional<qint64> accountId)
{
    const auto json = jsonFormat(args, bank.io);
    if (!json)
        return BadUsage;
    LineFilter filter;
    filter.accountId = accountId;
    auto analysed = Reconciler(bank.ledger, bank.store).analyse(filter);
    if (!analysed) {
        bank.io.err << analysed.error() << Qt::endl;
        return Failure;
    }
    QJsonArray lines;
    for (const LineCandidates &found : *analysed) {
        if (!*json) {
            printCandidates(found, bank.io);
            continue;
        }
        QJsonArray candidates;
        for (const MatchCandidate &c : found.candidates)
            candidates.append(candidateJson(c, found.line.currency));
        lines.append(QJsonObject {{QStringLiteral("id"), found.line.id},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("notes"), QJsonArray::fromStringList(found.notes)}});
    }
    if (*json)
        printJson(bank.io.out, {{QStringLiteral("lines"), lines}});
    return Success;
}

int recordPayment(Context &bank, Reconciler &reconciler, qint64 lineId, const QString &number,
    PaymentMethod method)
{
    auto invoice = bank.ledger.invoiceByNumber(number);
    if (!invoice || !invoice->has_value()) {
        bank.io.err << (invoice
                ? QCoreApplication::translate("Cli", "there is no invoice numbered \"%1\"")
                      .arg(number)
                : invoice.error())
                    << Qt::endl;
        return Failure;
    }
    auto recorded = reconciler.recordPayment(lineId, (*invoice)->id, method);
    if (!recorded) {
        bank.io.err << recorded.error() << Qt::endl;
        return Failure;
    }
    bank.io.out << QCoreApplication::translate(
        "Cli", "Recorded the payment %1 of %2 for invoice %3 from line %4")
                       .arg(recorded->marker, money(recorded->amount, (*invoice)->currency), number)
                       .arg(lineId)
                << Qt::endl;
    return Success;
}

/** --invoice A,B: one receipt across the invoices, each all it owes. */
int recordReceipt(Context &bank, Reconciler &reconciler, qint64 lineId, const QStringList &numbers,
    PaymentMethod method)
{
    QList<qint64> ids;
    for (const QString &number : numbers) {
        auto invoice = bank.ledger.invoiceByNumber(number.trimmed());
        if (!invoice || !invoice->has_value()) {
            bank.io.err << (invoice
                    ? QCoreApplication::translate("Cli", "there is no invoice numbered \"%1\"")
                          .arg(number.trimmed())
                    : invoice.error())
                        << Qt::endl;
            return Failure;
        }
        ids.append((*invoice)->id);
    }
    auto recorded = reconciler.recordReceipt(lineId, ids, method);
    if (!recorded) {
        bank.io.err << recorded.error() << Qt::endl;
        return Failure;
    }
    bank.io.out << QCoreApplication::translate(
        "Cli", "Recorded the receipt %1 of %2 for invoices %3 from line %4")
                       .arg(recorded->key, money(recorded->amount, recorded->currency),
                           numbers.join(QStringLiteral(", ")))
                       .arg(lineId)
                << Qt::endl;
    return Success;
}

/**
 * bank match --line ID (--payment MARKER | --invoice NUMBER[,NUMBER...] [--method M]): a
 * person's decision.
 */
int decide(Context &bank, const Arguments &args)
{
    bool ok = false;
    const qint64 lineId = args.value(QStringLiteral("line")).toLongLong(&ok);
    const QString marker = args.value(QStringLiteral("payment"));
    const QString number = args.value(QStringLiteral("invoice"));
    if (!ok || marker.isEmpty() == number.isEmpty()) {
        bank.io.err << QCoreApplication::translate("Cli",
            "usage: bank match --line ID (--payment MARKER | --invoice NUMBER[,NUMBER...] "
            "[--method M])")
                    << Qt::endl;
        return BadUsage;
    }
    Reconciler reconciler(bank.ledger, bank.store);
    if (!marker.isEmpty()) {
        auto payment = bank.store.paymentIdByMarker(marker);
        Status status = !payment    ? Status(Error {payment.error()})
            : !payment->has_value() ? Status(Error {
                  QCoreApplication::translate("Cli", "there is no payment with the marker %1")
                      .arg(marker)})
                                    : reconciler.acceptPayment(lineId, **payment);
        if (!status) {
            bank.io.err << status.error() << Qt::endl;
            return Failure;
        }
        bank.io.out << QCoreApplication::translate("Cli", "Line %1 is the payment %2")
                           .arg(lineId)
                           .arg(marker)
                    << Qt::endl;
        return Success;
    }
    const auto method = methodFromKey(args.value(QStringLiteral("method"), QStringLiteral("eft")));
    if (!method) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "--method: \"%1\" is not a payment method")
                           .arg(args.value(QStringLiteral("method")))
                    << Qt::endl;
        return BadUsage;
    }
    const QStringList numbers = number.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return numbers.size() > 1 ? recordReceipt(bank, reconciler, lineId, numbers, *method)
                              : recordPayment(bank, reconciler, lineId, number.trimmed(), *method);
}

QJsonObject lineJson(const BankLine &line)
{
    QJsonValue matched;
    if (line.isMatched())
        matched = QJsonObject {{QStringLiteral("kind"), line.match->kind},
            {QStringLiteral("marker"), line.match->marker}};
    return {{QStringLiteral("id"), line.id}, {QStringLiteral("account"), line.accountName},
        {QStringLiteral("bookingDate"), line.bookingDate.toString(Qt::ISODate)},
        {QStringLiteral("amount"), money(line.amount, line.currency)},
        {QStringLiteral("currency"), line.currency.code()},
        {QStringLiteral("counterparty"), line.counterpartyName},
        {QStringLiteral("remittance"), line.remittance},
        {QStringLiteral("bankReference"), line.bankReference},
        {QStringLiteral("matched"), matched}};
}

} // namespace

int runMatch(Context &bank, const Arguments &args)
{
    if (args.words.size() != 2) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "usage: bank match [--auto] [--account NAME] [--format table|json]")
                    << Qt::endl;
        return BadUsage;
    }
    if (args.values.contains(QStringLiteral("line")))
        return decide(bank, args);
    std::optional<qint64> accountId;
    if (const QString name = args.value(QStringLiteral("account")); !name.isEmpty()) {
        const auto account = namedAccount(bank, name);
        if (!account)
            return Failure;
        accountId = account->id;
    }
    if (!args.has(QStringLiteral("auto")))
        return showCandidates(bank, args, accountId);
    auto done = Reconciler(bank.ledger, bank.store).matchAutomatically(accountId);
    if (!done) {
        bank.io.err << done.error() << Qt::endl;
        return Failure;
    }
    // However many lines wait for a person, the run itself succeeded (issue 15).
    const int matched = done->matched;
    const int waiting = done->unmatched;
    bank.io.out << (matched == 1
            ? QCoreApplication::translate("Cli", "Matched 1 line automatically")
            : QCoreApplication::translate(
                "Cli", "Matched %n lines automatically", nullptr, matched))
                << QStringLiteral("; ")
                << (waiting == 1
                           ? QCoreApplication::translate(
                               "Cli", "1 line waits for a person (bank match lists its candidates)")
                           : QCoreApplication::translate("Cli",
                               "%n lines wait for a person (bank match lists their candidates)",
                               nullptr, waiting))
                << Qt::endl;
    return Success;
}

int runUnmatch(Context &bank, const Arguments &args)
{
    bool ok = false;
    const qint64 lineId = args.word(2).toLongLong(&ok);
    if (args.words.size() != 3 || !ok) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "usage: bank unmatch LINE [--reason TEXT]")
                    << Qt::endl;
        return BadUsage;
    }
    const QString reason = args.value(QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "undone from the command line"));
    if (auto s = Reconciler(bank.ledger, bank.store).unmatch(lineId, reason); !s) {
        bank.io.err << s.error() << Qt::endl;
        return Failure;
    }
    bank.io.out << QCoreApplication::translate("Cli", "Line %1 is no longer matched").arg(lineId)
                << Qt::endl;
    return Success;
}

int runLines(Context &bank, const Arguments &args)
{
    const auto json = jsonFormat(args, bank.io);
    if (!json || args.words.size() != 2)
        return BadUsage;
    LineFilter filter;
    filter.unmatchedOnly = args.has(QStringLiteral("unmatched"));
    if (const QString name = args.value(QStringLiteral("account")); !name.isEmpty()) {
        const auto account = namedAccount(bank, name);
        if (!account)
            return Failure;
        filter.accountId = account->id;
    }
    auto lines = bank.store.lines(filter);
    if (!lines) {
        bank.io.err << lines.error() << Qt::endl;
        return Failure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const BankLine &line : *lines) {
        array.append(lineJson(line));
        rows.append({QString::number(line.id), line.accountName,
            line.bookingDate.toString(Qt::ISODate), money(line.amount, line.currency),
            line.currency.code(), line.counterpartyName, line.remittance.left(50),
            line.bankReference, line.isMatched() ? line.match->marker : QString()});
    }
    if (*json)
        printJson(bank.io.out, {{QStringLiteral("lines"), array}});
    else
        printTable(bank.io.out,
            {QStringLiteral("id"), QStringLiteral("account"), QStringLiteral("bookingDate"),
                QStringLiteral("amount"), QStringLiteral("currency"),
                QStringLiteral("counterparty"), QStringLiteral("remittance"),
                QStringLiteral("bankReference"), QStringLiteral("matched")},
            rows, {0, 3});
    return Success;
}

} // namespace InvoiceDesk::Cli::Bank
