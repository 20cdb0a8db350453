// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// connection and sync: the remote side of the command line.
#include "clitable.h"
#include "commands.h"
#include "platform.h"

#include "adapterfactory.h"
#include "connectionurl.h"
#include "credentialstore.h"
#include "ledger.h"
#include "syncsession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

namespace InvoiceDesk::Cli {

namespace {

/** Reads a secret from the terminal without echo; nothing when stdin is no terminal. */
std::optional<QString> askSecret(const QString &prompt, Output &io)
{
    if (!Platform::stdinIsTerminal())
        return std::nullopt;
    io.err << prompt << Qt::flush;
    const auto secret = Platform::readLineWithoutEcho();
    io.err << Qt::endl;
    return secret;
}

struct SecretOption
{
    const char *secret; ///< name in CredentialStore
    const char *option; ///< command-line option naming the env variable
};

/** Copies `--option VALUE` into the connection's settings under `key`, when given. */
void copyOption(const Arguments &args, QJsonObject &settings, const char *option, const char *key)
{
    if (args.values.contains(QLatin1String(option)))
        settings.insert(QLatin1String(key), args.value(QLatin1String(option)));
}

/** The options of one kind of connection, into its settings; nothing after a usage error. */
using KindOptions
    = std::optional<QList<SecretOption>> (*)(const Arguments &, QJsonObject &, Output &);

std::optional<QList<SecretOption>> upgradeChatOptions(
    const Arguments &args, QJsonObject &settings, Output &io)
{
    copyOption(args, settings, "auth", "auth");
    const QString auth = settings.value(QStringLiteral("auth")).toString(QStringLiteral("bearer"));
    if (auth != QLatin1String("bearer") && auth != QLatin1String("api-key")) {
        io.err << QCoreApplication::translate("Cli", "--auth must be bearer or api-key")
               << Qt::endl;
        return std::nullopt;
    }
    return QList<SecretOption> {{"token", "token-env"}};
}

std::optional<QList<SecretOption>> ivvyOptions(const Arguments &, QJsonObject &, Output &)
{
    return QList<SecretOption> {{"key", "key-env"}, {"secret", "secret-env"}};
}

std::optional<QList<SecretOption>> crmComOptions(
    const Arguments &args, QJsonObject &settings, Output &io)
{
    copyOption(args, settings, "username", "username");
    copyOption(args, settings, "organisation", "organisation");
    copyOption(args, settings, "accounts-receivable", "accountsReceivable");
    copyOption(args, settings, "payment-type", "paymentType");
    // A Web API key, or a user's sign-in: one of the two, complete.
    const bool apiKey = args.values.contains(QStringLiteral("api-key-env"));
    if (!apiKey
        && (settings.value(QStringLiteral("username")).toString().isEmpty()
            || settings.value(QStringLiteral("organisation")).toString().isEmpty())) {
        io.err << QCoreApplication::translate("Cli",
            "crmcom needs --username U --password-env VAR --organisation ORG, or --api-key-env "
            "VAR")
               << Qt::endl;
        return std::nullopt;
    }
    return apiKey ? QList<SecretOption> {{"apiKey", "api-key-env"}}
                  : QList<SecretOption> {{"password", "password-env"}};
}

std::optional<QList<SecretOption>> refrensOptions(
    const Arguments &args, QJsonObject &settings, Output &io)
{
    copyOption(args, settings, "url-key", "urlKey");
    copyOption(args, settings, "app-id", "appId");
    if (settings.value(QStringLiteral("urlKey")).toString().isEmpty()
        || settings.value(QStringLiteral("appId")).toString().isEmpty()) {
        io.err << QCoreApplication::translate(
            "Cli", "refrens needs --url-key KEY --app-id ID and --app-secret-env VAR")
               << Qt::endl;
        return std::nullopt;
    }
    return QList<SecretOption> {{"appSecret", "app-secret-env"}};
}

/**
 * Each secret: the name of an environment variable (kept in the settings), or typed now on
 * the terminal and kept in the keychain (this is not the GUI thread: the store may wait).
 */
int storeSecrets(
    const Arguments &args, Connection &connection, const QList<SecretOption> &secrets, Output &io)
{
    QList<std::pair<QString, QString>> typed;
    for (const SecretOption &secret : secrets) {
        const QString variable = args.value(QLatin1String(secret.option));
        if (!variable.isEmpty()) {
            connection.settings.insert(
                QLatin1String(secret.secret) + QStringLiteral("Env"), variable);
            continue;
        }
        const auto value = askSecret(QCoreApplication::translate("Cli", "%1 for %2 (not shown): ")
                                         .arg(QLatin1String(secret.secret), connection.name),
            io);
        if (!value || value->isEmpty()) {
            io.err << QCoreApplication::translate(
                "Cli", "no terminal to ask for the %1; name an environment variable with --%2 VAR")
                          .arg(QLatin1String(secret.secret), QLatin1String(secret.option))
                   << Qt::endl;
            return BadUsage;
        }
        typed.append({QLatin1String(secret.secret), *value});
    }
    CredentialStore credentials;
    for (const auto &[name, value] : typed) {
        if (auto stored = credentials.storeInKeychain(connection, name, value); !stored) {
            io.err << stored.error() << Qt::endl;
            return Failure;
        }
    }
    return Success;
}

int connectionAdd(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() != 3) {
        io.err << QCoreApplication::translate(
            "Cli", "usage: connection add NAME --kind KIND --url URL [options of that kind]")
               << Qt::endl;
        return BadUsage;
    }
    Connection connection;
    connection.name = args.words.at(2);
    connection.kind = args.value(QStringLiteral("kind"));
    connection.url = QUrl(args.value(QStringLiteral("url")), QUrl::StrictMode);
    const QHash<QString, KindOptions> kinds {{QStringLiteral("upgradechat"), upgradeChatOptions},
        {QStringLiteral("ivvy"), ivvyOptions}, {QStringLiteral("crmcom"), crmComOptions},
        {QStringLiteral("refrens"), refrensOptions}};
    if (!adapterKinds().contains(connection.kind) || !kinds.contains(connection.kind)) {
        io.err << QCoreApplication::translate("Cli", "--kind must be one of %1")
                      .arg(adapterKinds().join(QStringLiteral(", ")))
               << Qt::endl;
        return BadUsage;
    }
    if (auto checked = checkConnectionUrl(connection.url); !checked) {
        io.err << QStringLiteral("--url: ") << checked.error() << Qt::endl;
        return BadUsage;
    }
    const auto secrets = kinds.value(connection.kind)(args, connection.settings, io);
    if (!secrets || !paceOptions(args, connection.settings, io))
        return BadUsage;
    if (const int stored = storeSecrets(args, connection, *secrets, io); stored != Success)
        return stored;
    if (auto added = ledger.connections().add(connection); !added) {
        io.err << added.error() << Qt::endl;
        return Failure;
    }
    io.out << QCoreApplication::translate("Cli", "Added connection %1 (%2, %3).")
                  .arg(connection.name, connection.kind, connection.url.toString())
           << Qt::endl;
    return Success;
}

int connectionList(Ledger &ledger, Output &io)
{
    auto connections = ledger.connections().allWithActivity();
    if (!connections) {
        io.err << connections.error() << Qt::endl;
        return Failure;
    }
    QList<QStringList> rows;
    for (const ConnectionActivity &entry : *connections) {
        const Connection &c = entry.connection;
        rows.append({c.name, c.kind, c.url.toString(), QString::number(entry.activeOperations),
            entry.pausedReason});
    }
    printTable(io.out,
        {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("url"),
            QStringLiteral("active"), QStringLiteral("paused")},
        rows, {3});
    return Success;
}

std::optional<double> seconds(const Arguments &args, const char *name, Output &io)
{
    if (!args.values.contains(QLatin1String(name)))
        return std::nullopt;
    bool ok = false;
    const double value = args.value(QLatin1String(name)).toDouble(&ok);
    if (!ok || value < 0) {
        io.err << QCoreApplication::translate("Cli", "--%1 takes a number of seconds")
                      .arg(QLatin1String(name))
               << Qt::endl;
        return -1;
    }
    return value;
}

} // namespace

int runConnection(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString verb = args.word(1);
    if (verb == QLatin1String("add"))
        return connectionAdd(ledger, args, io);
    if (verb == QLatin1String("list") && args.words.size() == 2)
        return connectionList(ledger, io);
    if (verb == QLatin1String("set") && args.words.size() == 3)
        return connectionSet(ledger, args, io);
    if (verb == QLatin1String("remove") && args.words.size() == 3) {
        if (auto removed = ledger.connections().remove(args.words.at(2)); !removed) {
            io.err << removed.error() << Qt::endl;
            return Failure;
        }
        io.out << QCoreApplication::translate("Cli", "Removed connection %1.").arg(args.words.at(2))
               << Qt::endl;
        return Success;
    }
    io.err << QCoreApplication::translate("Cli", "usage: connection add|set|list|remove ...")
           << Qt::endl;
    return BadUsage;
}

namespace {

/** `--connection NAME` as an id, nothing when not given; false (said why) for an unknown name. */
bool connectionOption(
    Ledger &ledger, const Arguments &args, Output &io, std::optional<qint64> &connectionId)
{
    if (!args.values.contains(QStringLiteral("connection")))
        return true;
    auto found = ledger.connections().findByName(args.value(QStringLiteral("connection")));
    if (!found || !found->has_value()) {
        io.err << QCoreApplication::translate("Cli", "there is no connection named \"%1\"")
                      .arg(args.value(QStringLiteral("connection")))
               << Qt::endl;
        return false;
    }
    connectionId = (*found)->id;
    return true;
}

/** `sync verify [--connection NAME]`: the books against the remote, by marker. */
int runVerify(Ledger &ledger, Database &database, const Arguments &args, Output &io)
{
    std::optional<qint64> connectionId;
    if (!connectionOption(ledger, args, io, connectionId))
        return Failure;
    SystemClock clock;
    SyncSession session(database, clock, SyncPolicy());
    auto reports = session.verifier().verify(connectionId);
    if (!reports) {
        io.err << reports.error() << Qt::endl;
        return Failure;
    }
    bool clean = true;
    for (const VerifyReport &report : *reports) {
        io.out << report.text() << Qt::endl;
        clean = clean && report.clean();
    }
    if (reports->isEmpty())
        io.out << QCoreApplication::translate("Cli", "No connections to verify.") << Qt::endl;
    return clean ? Success : Failure;
}

/** `sync link NUMBER --remote-id ID`: a person supplies an id the remote never gave us. */
int runLink(Ledger &ledger, Database &database, const Arguments &args, Output &io)
{
    const QString number = args.word(2);
    const QString remoteId = args.value(QStringLiteral("remote-id"));
    if (number.isEmpty() || remoteId.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "usage: sync link NUMBER --remote-id ID")
               << Qt::endl;
        return BadUsage;
    }
    auto invoice = ledger.invoiceByNumber(number);
    if (!invoice || !invoice->has_value() || (*invoice)->connectionName.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "invoice %1 is not assigned to a connection")
                      .arg(number)
               << Qt::endl;
        return Failure;
    }
    auto connection = ledger.connections().findByName((*invoice)->connectionName);
    if (!connection || !connection->has_value())
        return Failure;
    SyncStore store(database.connection());
    if (auto learned
        = store.learnRemoteId((*connection)->id, number, remoteId, QDateTime::currentDateTimeUtc());
        !learned) {
        io.err << learned.error() << Qt::endl;
        return Failure;
    }
    io.out << QCoreApplication::translate("Cli", "Invoice %1 is linked to %2 id %3.")
                  .arg(number, (*connection)->name, remoteId)
           << Qt::endl;
    return Success;
}

} // namespace

namespace {

/** The engine's timing for this run (--quiet-period, --backoff-base); nothing on a usage error. */
std::optional<SyncPolicy> runPolicy(const Arguments &args, Output &io)
{
    SyncPolicy policy;
    const auto quiet = seconds(args, "quiet-period", io);
    const auto backoffBase = seconds(args, "backoff-base", io);
    if ((quiet && *quiet < 0) || (backoffBase && *backoffBase < 0))
        return std::nullopt;
    if (quiet) {
        // A shorter quiet period shortens the waits that are measured against it.
        policy.quietPeriodSecs = qint64(std::ceil(*quiet));
        policy.readBackSpacingSecs = std::min(policy.readBackSpacingSecs, policy.quietPeriodSecs);
        policy.firstReadBackSecs = std::min(policy.firstReadBackSecs, policy.quietPeriodSecs);
    }
    if (backoffBase)
        policy.backoffBaseSecs = *backoffBase;
    return policy;
}

/**
 * Passes until nothing is ready any more (`once`, within the deadline) or for ever, sleeping
 * until the next operation is due; what was sent and acknowledged, or nothing after an error
 * that stops the engine. This is the command line's own thread: it may wait.
 */
std::optional<SyncEngine::Summary> runPasses(SyncEngine &engine, std::optional<qint64> connectionId,
    bool once, const QDeadlineTimer &deadline, Output &io)
{
    SyncEngine::Summary total;
    for (;;) {
        const SyncEngine::Summary pass = engine.runOnce(connectionId);
        total.sent += pass.sent;
        total.acked += pass.acked;
        for (const QString &problem : pass.problems)
            io.err << problem << Qt::endl;
        if (!pass.fatalError.isEmpty()) {
            io.err << pass.fatalError << Qt::endl;
            return std::nullopt;
        }
        // Wait for the next operation that becomes ready, as long as the run may last.
        const auto wake = engine.nextWake(connectionId);
        const qint64 dueInMs = wake ? QDateTime::currentDateTimeUtc().msecsTo(*wake) : -1;
        if (wake && dueInMs <= 0 && pass.sent + pass.acked > 0)
            continue; // ready now (the next op of a lane): not waiting, keep going
        qint64 waitMs = wake ? std::max<qint64>(0, dueInMs) + 50 : 30000;
        if (once && (!wake || deadline.hasExpired() || waitMs > deadline.remainingTime()))
            break;
        if (!once)
            waitMs = std::min<qint64>(waitMs, 30000); // new work appears while we run
        QEventLoop loop;
        QTimer::singleShot(std::chrono::milliseconds(waitMs), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return total;
}

/** The closing line: what was sent, and what remains; a failure while a person is needed. */
int reportRemaining(Ledger &ledger, const SyncEngine::Summary &total, Output &io)
{
    const auto active = ledger.outbox().activeCountsByState();
    if (!active) {
        io.err << active.error() << Qt::endl;
        return Failure;
    }
    QStringList remaining;
    int blocked = 0;
    for (auto it = active->cbegin(); it != active->cend(); ++it) {
        remaining.append(QStringLiteral("%1 %2").arg(it.value()).arg(opStateKey(it.key())));
        if (needsPerson(it.key()))
            blocked += it.value();
    }
    io.out << QCoreApplication::translate("Cli", "Sync: %1 sent, %2 acknowledged; %3.")
                  .arg(total.sent)
                  .arg(total.acked)
                  .arg(remaining.isEmpty()
                          ? QCoreApplication::translate("Cli", "all changes synced")
                          : QCoreApplication::translate("Cli", "remaining: %1")
                                .arg(remaining.join(QStringLiteral(", "))))
           << Qt::endl;
    return blocked > 0 ? Failure : Success;
}

} // namespace

int runSync(Ledger &ledger, Database &database, const Arguments &args, Output &io)
{
    if (args.word(1) == QLatin1String("verify") && args.words.size() == 2)
        return runVerify(ledger, database, args, io);
    if (args.word(1) == QLatin1String("link"))
        return runLink(ledger, database, args, io);
    if (args.words.size() != 1) {
        io.err << QCoreApplication::translate("Cli",
            "usage: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] "
            "[--backoff-base S] | sync verify [--connection NAME]")
               << Qt::endl;
        return BadUsage;
    }
    const auto timeout = seconds(args, "timeout", io);
    const auto policy = runPolicy(args, io);
    if ((timeout && *timeout < 0) || !policy)
        return BadUsage;
    std::optional<qint64> connectionId;
    if (!connectionOption(ledger, args, io, connectionId))
        return Failure;

    SystemClock clock;
    SyncSession session(database, clock, *policy);
    // The file's integrity was checked before this command ran (dispatch). Running sync is the
    // bookkeeper's "try again": paused connections get one more go.
    if (auto resumed = session.store().resume(connectionId); !resumed) {
        io.err << resumed.error() << Qt::endl;
        return Failure;
    }
    auto started = session.engine().start();
    if (!started) {
        io.err << QCoreApplication::translate("Cli", "Not syncing: %1").arg(started.error())
               << Qt::endl;
        return Failure;
    }
    if (*started > 0)
        io.err << QCoreApplication::translate("Cli",
            "%1 operations were interrupted and will be checked with the remote before anything is "
            "sent again.")
                      .arg(*started)
               << Qt::endl;
    const bool once = args.has(QStringLiteral("once"));
    const QDeadlineTimer deadline(timeout ? qint64(*timeout * 1000) : (once ? 0 : -1));
    const auto total = runPasses(session.engine(), connectionId, once, deadline, io);
    if (!total)
        return Failure;
    return reportRemaining(ledger, *total, io);
}

} // namespace InvoiceDesk::Cli
