// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sync tests' rig: a company file, a connection to a fake remote, and the engine with its
// production parts on a clock the test moves by hand.

#include "fakeremotes.h"
#include "syncsession.h"
#include "testsupport.h"

namespace InvoiceDesk::Test {

/** A clock the test moves. */
class ManualClock : public Clock
{
public:
    mutable QDateTime time = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    /** The engine waiting for a time (a bucket's next token) moves the clock there at once. */
    bool jumps = false;
    QDateTime now() const override { return time; }
    void advance(qint64 seconds) { time = time.addSecs(seconds); }
    qint64 realMsUntil(const QDateTime &when) const override
    {
        if (!jumps)
            return Clock::realMsUntil(when);
        time = std::max(time, when);
        return 0;
    }
};

inline SyncPolicy testPolicy()
{
    SyncPolicy policy;
    policy.transferTimeoutMs = 800;
    policy.attemptWatchdogMs = 3000;
    policy.random = [] { return 0.5; };
    return policy;
}

/** A database, a fake remote, a connection to it, and an engine on a hand-moved clock. */
struct Rig
{
    TestDb t;
    ManualClock clock;
    std::unique_ptr<SyncSession> session;
    SyncEngine *engine = nullptr;
    Connection connection;

    Rig(const QString &kind, const QUrl &url, QJsonObject settings)
    {
        connection = {0, str("remote"), kind, url, settings};
        if (!t.ledger->connections().add(connection))
            qFatal("cannot add connection");
        session = std::make_unique<SyncSession>(*t.db, clock, testPolicy());
        engine = &session->engine();
        if (!engine->start())
            qFatal("engine did not start");
    }

    Invoice invoice(const QString &number = str("INV-1"))
    {
        Invoice i = sampleInvoice(number);
        i.lines[1].quantity
            = Quantity::fromWhole(2); // whole quantities for seed 001: 100.00 + 20.66 = 120.66
        i.connectionName = connection.name;
        auto created = t.ledger->createInvoice(i);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        return *created;
    }

    Payment pay(const QString &number, qint64 amount, PaymentMethod method = PaymentMethod::Cash)
    {
        auto recorded = t.ledger->recordPayment(samplePayment(number, amount, method));
        if (!recorded)
            qFatal("%s", qPrintable(recorded.error()));
        return *recorded;
    }

    QStringList states() { return t.rows("SELECT kind || ':' || state FROM outbox ORDER BY seq"); }

    /** As after the process ended: a new engine (no session tokens), recovered. */
    void restart()
    {
        session = std::make_unique<SyncSession>(*t.db, clock, testPolicy());
        engine = &session->engine();
        if (!engine->start())
            qFatal("engine did not restart");
    }

    /** The op's state, by kind (the first of that kind). */
    QString stateOf(const char *kind)
    {
        return t
            .scalar(QStringLiteral("SELECT state FROM outbox WHERE kind = '%1' ORDER BY seq")
                        .arg(QLatin1String(kind)))
            .toString();
    }
};

/** One remote system of the four, with its fake, its settings and where payments go. */
struct System
{
    std::unique_ptr<Fakes::FakeRemote> fake;
    QJsonObject settings;
    QString paymentPath;
    const char *secretVariable;
};

inline System systemFor(const QString &kind)
{
    System system;
    if (kind == QLatin1String("upgradechat")) {
        system.fake = std::make_unique<Fakes::FakeUpgradeChat>(str("uc-secret-token"));
        system.settings = {{str("tokenEnv"), str("TEST_UC_TOKEN")}};
        system.paymentPath = str("AddBankCardPayment");
        system.secretVariable = "TEST_UC_TOKEN";
    } else if (kind == QLatin1String("ivvy")) {
        system.fake = std::make_unique<Fakes::FakeIvvy>(str("ivvy-key"), str("ivvy-secret"));
        system.settings
            = {{str("keyEnv"), str("TEST_IVVY_KEY")}, {str("secretEnv"), str("TEST_IVVY_SECRET")}};
        system.paymentPath = str("addPayment");
        system.secretVariable = "TEST_IVVY_SECRET";
    } else if (kind == QLatin1String("refrens")) {
        system.fake = std::make_unique<Fakes::FakeRefrens>(str("app-1"), str("refrens-secret"));
        system.settings = {{str("urlKey"), str("acme")}, {str("appId"), str("app-1")},
            {str("appSecretEnv"), str("TEST_REFRENS_SECRET")}};
        system.paymentPath = str("/payments");
        system.secretVariable = "TEST_REFRENS_SECRET";
    } else {
        system.fake = std::make_unique<Fakes::FakeCrmCom>(str("clerk"), str("crm-password"));
        system.settings = {{str("username"), str("clerk")},
            {str("passwordEnv"), str("TEST_CRM_PASSWORD")}, {str("organisation"), str("ACME")}};
        system.paymentPath = str("pay_invoice");
        system.secretVariable = "TEST_CRM_PASSWORD";
    }
    if (!system.fake->start())
        qFatal("fake did not start");
    if (kind != QLatin1String("upgradechat")) {
        system.fake->addInvoice(str("INV-1"), 12066);
        system.fake->addInvoice(str("INV-2"), 12066);
    }
    return system;
}

/** The secrets every fake expects, in the variables the connections name. */
inline void restoreSecrets()
{
    qputenv("TEST_UC_TOKEN", "uc-secret-token");
    qputenv("TEST_CRM_PASSWORD", "crm-password");
    qputenv("TEST_REFRENS_SECRET", "refrens-secret");
    qputenv("TEST_IVVY_KEY", "ivvy-key");
    qputenv("TEST_IVVY_SECRET", "ivvy-secret");
}

} // namespace InvoiceDesk::Test
