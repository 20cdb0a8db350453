// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncverifier.h"
#include "adapterfactory.h"
#include "httptransport.h"

#include "money.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

QString money(qint64 amount, const Currency &currency)
{
    return Money::fromMinorUnits(amount, currency).toString();
}

/** Compares one expected payment with what the remote shows. */
VerifyFinding compare(const AcknowledgedInvoice &invoice,
    const AcknowledgedInvoice::Payment &expected, const RemotePayment &remote,
    const QString &systemName)
{
    VerifyFinding finding {VerifyFinding::Match, invoice.number, expected.marker,
        money(expected.amount, invoice.currency)};
    const auto remoteAmount = Money::parse(remote.amount, invoice.currency);
    QStringList differences;
    if (remote.removed)
        differences.append(
            QCoreApplication::translate("SyncVerifier", "it was removed on %1").arg(systemName));
    if (!remoteAmount || remoteAmount->minorUnits() != expected.amount)
        differences.append(
            QCoreApplication::translate("SyncVerifier", "amount %1 here, %2 on %3")
                .arg(money(expected.amount, invoice.currency), remote.amount, systemName));
    if (remote.date.isValid() && expected.date.isValid() && remote.date != expected.date)
        differences.append(QCoreApplication::translate("SyncVerifier", "date %1 here, %2 on %3")
                               .arg(expected.date.toString(Qt::ISODate),
                                   remote.date.toString(Qt::ISODate), systemName));
    if (!differences.isEmpty()) {
        finding.kind = VerifyFinding::Differs;
        finding.detail = differences.join(QStringLiteral("; "));
    }
    return finding;
}

} // namespace

int VerifyReport::count(VerifyFinding::Kind kind) const
{
    return int(std::count_if(findings.begin(), findings.end(),
        [kind](const VerifyFinding &finding) { return finding.kind == kind; }));
}

bool VerifyReport::clean() const
{
    return count(VerifyFinding::Match) == findings.size();
}

QString VerifyReport::text() const
{
    static const char *const labels[] = {QT_TRANSLATE_NOOP("SyncVerifier", "match"),
        QT_TRANSLATE_NOOP("SyncVerifier", "missing there"),
        QT_TRANSLATE_NOOP("SyncVerifier", "differs"),
        QT_TRANSLATE_NOOP("SyncVerifier", "unknown here"),
        QT_TRANSLATE_NOOP("SyncVerifier", "not checked")};
    QStringList lines {QCoreApplication::translate("SyncVerifier", "%1 (%2):")
                           .arg(connection.name, connection.kind)};
    for (const VerifyFinding &finding : findings) {
        lines.append(QStringLiteral("  %1  %2 %3  %4")
                         .arg(QCoreApplication::translate("SyncVerifier", labels[finding.kind])
                                  .leftJustified(13),
                             finding.invoice, finding.marker, finding.detail));
    }
    lines.append(QCoreApplication::translate(
        "SyncVerifier", "  %1 match, %2 missing there, %3 differ, %4 unknown here, %5 not checked.")
                     .arg(count(VerifyFinding::Match))
                     .arg(count(VerifyFinding::MissingRemotely))
                     .arg(count(VerifyFinding::Differs))
                     .arg(count(VerifyFinding::UnknownHere))
                     .arg(count(VerifyFinding::Unchecked)));
    return lines.join(QLatin1Char('\n'));
}

SyncVerifier::SyncVerifier(SyncStore &store, Transport &transport, const SecretSource &secrets)
    : mStore(store)
    , mTransport(transport)
    , mSecrets(secrets)
{
}

Result<QList<VerifyReport>> SyncVerifier::verify(std::optional<qint64> connectionId)
{
    auto connections = mStore.connections();
    if (!connections)
        return Error {connections.error()};
    QList<VerifyReport> reports;
    for (const Connection &connection : *connections) {
        if (connectionId && connection.id != *connectionId)
            continue;
        auto report = verifyConnection(connection);
        if (!report)
            return Error {report.error()};
        reports.append(*report);
    }
    return reports;
}

Result<VerifyReport> SyncVerifier::verifyConnection(const Connection &connection)
{
    VerifyReport report {connection, {}};
    const auto adapter = createAdapter(connection.kind);
    auto invoices = mStore.acknowledged(connection.id);
    if (!invoices)
        return Error {invoices.error()};
    if (!adapter || invoices->isEmpty())
        return report;
    SyncContext context;
    context.connection = connection;
    context.kind = OpKind::AddPayment;
    context.now = QDateTime::currentDateTimeUtc();
    auto secrets = mSecrets.secretsFor(connection);
    QString problem = secrets ? QString() : secrets.error();
    if (secrets) {
        context.secrets = *secrets;
        if (adapter->capabilities().needsLogin) {
            auto token = signIn(*adapter, context);
            context.sessionToken = token ? *token : QString();
            problem = token.error();
        }
    }
    for (const AcknowledgedInvoice &invoice : *invoices) {
        if (!problem.isEmpty()) {
            report.findings.append({VerifyFinding::Unchecked, invoice.number, {}, problem});
            continue;
        }
        if (adapter->listsPayments())
            verifyInvoice(*adapter, context, invoice, report);
        else
            verifyByMarker(*adapter, context, invoice, report);
    }
    return report;
}

Result<QString> SyncVerifier::signIn(const SyncAdapter &adapter, const SyncContext &context)
{
    auto login = adapter.buildLogin(context);
    if (!login)
        return Error {login.error()};
    return adapter.parseLogin(mTransport.send(*login));
}

void SyncVerifier::verifyInvoice(const SyncAdapter &adapter, SyncContext context,
    const AcknowledgedInvoice &invoice, VerifyReport &report)
{
    const QString systemName = report.connection.name;
    context.remoteInvoiceId = invoice.remoteId;
    Invoice known;
    known.number = invoice.number;
    known.currency = invoice.currency;
    context.invoice = known;
    auto request = adapter.buildReadBack(context);
    if (!request) {
        report.findings.append({VerifyFinding::Unchecked, invoice.number, {}, request.error()});
        return;
    }
    auto listed = adapter.parsePaymentList(mTransport.send(*request), context);
    if (!listed) {
        report.findings.append({VerifyFinding::Unchecked, invoice.number, {}, listed.error()});
        return;
    }
    QList<RemotePayment> remote = *listed;
    for (const AcknowledgedInvoice::Payment &expected : invoice.payments) {
        QList<RemotePayment> carrying;
        for (const RemotePayment &payment : std::as_const(remote)) {
            if (payment.marker == expected.marker)
                carrying.append(payment);
        }
        remote.removeIf([&](const RemotePayment &p) { return p.marker == expected.marker; });
        if (carrying.isEmpty())
            report.findings.append({VerifyFinding::MissingRemotely, invoice.number, expected.marker,
                QCoreApplication::translate("SyncVerifier", "%1 is not on %2")
                    .arg(money(expected.amount, invoice.currency), systemName)});
        else if (carrying.size() > 1)
            report.findings.append({VerifyFinding::Differs, invoice.number, expected.marker,
                QCoreApplication::translate("SyncVerifier", "%1 payments on %2 carry this marker")
                    .arg(carrying.size())
                    .arg(systemName)});
        else
            report.findings.append(compare(invoice, expected, carrying.first(), systemName));
    }
    for (const RemotePayment &unknown : std::as_const(remote)) {
        if (!unknown.marker.isEmpty())
            report.findings.append({VerifyFinding::UnknownHere, invoice.number, unknown.marker,
                QCoreApplication::translate(
                    "SyncVerifier", "%1 on %2 with our marker, not in these books")
                    .arg(unknown.amount, systemName)});
    }
}

void SyncVerifier::verifyByMarker(const SyncAdapter &adapter, SyncContext context,
    const AcknowledgedInvoice &invoice, VerifyReport &report)
{
    // A system without a list of an invoice's payments is asked payment by payment; it cannot
    // show payments this book does not know about.
    context.remoteInvoiceId = invoice.remoteId;
    for (const AcknowledgedInvoice::Payment &expected : invoice.payments) {
        context.marker = expected.marker;
        auto request = adapter.buildReadBack(context);
        const ReadBack found = request ? adapter.parseReadBack(mTransport.send(*request), context)
                                       : ReadBack {ReadBack::Unknown, {}, request.error()};
        const QString amount = money(expected.amount, invoice.currency);
        switch (found.verdict) {
        case ReadBack::Found:
            report.findings.append({VerifyFinding::Match, invoice.number, expected.marker,
                QCoreApplication::translate(
                    "SyncVerifier", "%1 (this system does not report the amount)")
                    .arg(amount)});
            break;
        case ReadBack::NotFound:
            report.findings.append({VerifyFinding::MissingRemotely, invoice.number, expected.marker,
                QCoreApplication::translate("SyncVerifier", "%1 is not on %2")
                    .arg(amount, report.connection.name)});
            break;
        case ReadBack::Removed:
        case ReadBack::Ambiguous:
            report.findings.append(
                {VerifyFinding::Differs, invoice.number, expected.marker, found.message});
            break;
        case ReadBack::Unknown:
            report.findings.append(
                {VerifyFinding::Unchecked, invoice.number, expected.marker, found.message});
            break;
        }
    }
}

} // namespace InvoiceDesk
