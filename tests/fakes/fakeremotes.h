// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakehttpserver.h"

#include <QJsonArray>
#include <QMap>

namespace InvoiceDesk::Fakes {

/** A payment as a fake remote holds it. */
struct FakePayment
{
    QString id;
    QString invoiceId;
    QString amount; ///< decimal text as it arrived
    QString marker; ///< gatewayTransactionId / receiptNum / back_office_code / refId
    QString notes;
    bool removed = false;
};

struct FakeInvoice
{
    QString id;
    QString number;
    qint64 totalMinor = 0; ///< in hundredths
    qint64 paidMinor = 0;
    QJsonObject body; ///< the last body received (Upgrade.Chat)
};

/** Shared state and helpers of the four fakes. */
class FakeRemote : public QObject
{
    Q_OBJECT

public:
    explicit FakeRemote(QObject *parent = nullptr);
    bool start() { return mServer.listen(); }
    FakeHttpServer &server() { return mServer; }
    QUrl url() const { return mServer.baseUrl(); }

    QMap<QString, FakeInvoice> invoices; ///< by remote id
    QList<FakePayment> payments;

    /** Payments that carry the marker (I2/I3: exactly one after sync). */
    int paymentsWithMarker(const QString &marker) const;
    FakeInvoice *invoiceByNumber(const QString &number);
    QString addInvoice(const QString &number, qint64 totalMinor);
    /** Adds a payment by another user (T14: an ambiguous read-back). */
    void addForeignPayment(const QString &invoiceId, const QString &amount, const QString &marker);

protected:
    QHash<QString, QString> mIdByNumber;
    FakeHttpServer mServer;
    int mNextId = 1000;
    QString nextId() { return QString::number(++mNextId); }
};

/** (A) Upgrade.Chat CRM: ABP envelope; Bearer (or api-key) token; seed 001's rules. */
class FakeUpgradeChat : public FakeRemote
{
    Q_OBJECT
public:
    explicit FakeUpgradeChat(const QString &token, QObject *parent = nullptr);
    QString token;

private:
    FakeResponse handle(const FakeRequest &request);
};

/** (B) iVvy: verifies the HMAC signature, refuses overpayment (24239), receiptNum as marker. */
class FakeIvvy : public FakeRemote
{
    Q_OBJECT
public:
    FakeIvvy(const QString &key, const QString &secret, QObject *parent = nullptr);
    QString key;
    QString secret;

private:
    FakeResponse handle(const FakeRequest &request);
};

/** (C) CRM.COM: token login; pay_invoice pays the whole outstanding; unique back_office_code. */
class FakeCrmCom : public FakeRemote
{
    Q_OBJECT
public:
    FakeCrmCom(const QString &username, const QString &password, QObject *parent = nullptr);
    QString username;
    QString password;
    QStringList issuedTokens;
    void expireTokens() { issuedTokens.clear(); }

private:
    FakeResponse handle(const FakeRequest &request);
};

/** (D) Refrens: app-secret authentication; payments with TDS and transaction charge. */
class FakeRefrens : public FakeRemote
{
    Q_OBJECT
public:
    FakeRefrens(const QString &appId, const QString &appSecret, QObject *parent = nullptr);
    QString appId;
    QString appSecret;
    QStringList issuedTokens;

private:
    FakeResponse handle(const FakeRequest &request);
};

} // namespace InvoiceDesk::Fakes
