// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "ledger.h"

#include <QLocale>
#include <QRandomGenerator>

namespace InvoiceDesk {

namespace {

struct Customer
{
    const char *first;
    const char *last;
    const char *company;
    const char *city;
    const char *zip;
    const char *country;
    const char *currency;
};

constexpr Customer kCustomers[] = {
    {"Ada", "Lovelace", "Analytical Engines Ltd", "London", "EC1A 1BB", "GB", "GBP"},
    {"Grace", "Hopper", "Compiler Works Inc.", "Arlington", "22201", "US", "USD"},
    {"Jürgen", "Müller", "Müller & Söhne GmbH", "Köln", "50667", "DE", "EUR"},
    {"Amélie", "Durand", "Boulangerie Durand SARL", "Lyon", "69002", "FR", "EUR"},
    {"Haruki", "Sato", "Sato Trading KK", "Osaka", "530-0001", "JP", "JPY"},
    {"Fatima", "Al-Sabah", "Gulf Logistics WLL", "Kuwait City", "13001", "KW", "KWD"},
    {"Priya", "Raman", "Raman Textiles Pvt Ltd", "Chennai", "600001", "IN", "INR"},
    {"Lucas", "Silva", "", "Porto Alegre", "90010-000", "BR", "USD"},
    {"Olivia", "Brown", "Brown Family Dental", "Melbourne", "3000", "AU", "AUD"},
    {"Mateo", "García", "Estudio García", "Sevilla", "41001", "ES", "EUR"},
};

struct Service
{
    const char *code;
    const char *description;
    qint64 rateMajor; // in major units of USD-like currencies; scaled per currency
    LineUnit unit;
};

constexpr Service kServices[] = {
    {"CONS-D", "Consulting, on site", 850, LineUnit::Day},
    {"SUP-H", "Remote support", 95, LineUnit::None},
    {"HOST-M", "Managed hosting", 120, LineUnit::Month},
    {"LIC-Y", "Licence, annual", 1200, LineUnit::Year},
    {"TRAIN", "Training workshop", 450, LineUnit::Day},
    {"AUDIT", "Bookkeeping audit", 600, LineUnit::None},
};

qint64 scaled(qint64 major, const Currency &currency)
{
    // JPY: roughly 150 per USD; KWD about 0.3; INR about 80. Keep amounts plausible.
    if (currency.code() == QLatin1String("JPY"))
        return major * 150;
    if (currency.code() == QLatin1String("KWD"))
        return major * 300; // 0.300 KWD per USD in fils
    if (currency.code() == QLatin1String("INR"))
        return major * 8000;
    return major * 100;
}

LineItem demoLine(QRandomGenerator &random, const Currency &currency)
{
    const Service &service = kServices[random.bounded(int(std::size(kServices)))];
    LineItem line;
    line.productCode = QLatin1String(service.code);
    line.description = QString::fromUtf8(service.description);
    line.unit = service.unit;
    line.rate = scaled(service.rateMajor, currency);
    line.quantity = service.unit == LineUnit::None
        ? Quantity::fromThousandths(500 * (1 + random.bounded(12)))
        : Quantity::fromWhole(1 + random.bounded(5));
    if (random.bounded(3) == 0)
        line.taxRate = Percentage::fromScaled(random.bounded(2) ? 200000 : 72500);
    return line;
}

Invoice demoInvoice(int n, QRandomGenerator &random, const QDate &today)
{
    const Customer &customer = kCustomers[random.bounded(int(std::size(kCustomers)))];
    Invoice invoice;
    invoice.number = QStringLiteral("DEMO-%1").arg(1001 + n);
    invoice.currency = *Currency::fromCode(QString::fromLatin1(customer.currency));
    invoice.date = today.addDays(-int(random.bounded(120)) - 1);
    invoice.dueDate = invoice.date.addDays(30);
    invoice.billing.firstName = QString::fromUtf8(customer.first);
    invoice.billing.lastName = QString::fromUtf8(customer.last);
    invoice.billing.company = QString::fromUtf8(customer.company);
    invoice.billing.email
        = QStringLiteral("accounts@%1.example")
              .arg(QString::fromUtf8(customer.last).toLower().remove(QLatin1Char('-')));
    invoice.billing.address1 = QStringLiteral("%1 Market Street").arg(1 + random.bounded(200));
    invoice.billing.city = QString::fromUtf8(customer.city);
    invoice.billing.zip = QString::fromUtf8(customer.zip);
    invoice.billing.countryId = QLatin1String(customer.country);
    if (random.bounded(4) == 0) {
        invoice.shipping = invoice.billing;
        invoice.shipping.address1
            = QStringLiteral("Warehouse %1, Dock Road").arg(1 + random.bounded(9));
    }
    invoice.orderNumber = QStringLiteral("PO-%1").arg(40000 + random.bounded(9999));
    invoice.description
        = QStringLiteral("Services for %1").arg(QLocale::c().monthName(invoice.date.month()));
    if (n % 17 == 5)
        invoice.lifecycle = InvoiceLifecycle::Draft;
    const int lineCount = 1 + random.bounded(4);
    for (int l = 0; l < lineCount; ++l)
        invoice.lines.append(demoLine(random, invoice.currency));
    if (random.bounded(5) == 0)
        invoice.discountTotal = scaled(25, invoice.currency);
    return invoice;
}

/** The payments of one demo invoice, each with the details of its method. */
class DemoPayments
{
public:
    DemoPayments(QRandomGenerator &random, const Invoice &invoice, const QDate &today)
        : mRandom(random)
        , mInvoice(invoice)
        , mToday(today)
    {
    }

    void add(qint64 amount, PaymentMethod method, int day)
    {
        Payment p;
        p.invoiceNumber = mInvoice.number;
        p.amount = amount;
        p.method = method;
        p.date = std::min(mInvoice.date.addDays(day), mToday);
        switch (familyOf(method)) {
        case PaymentMethodFamily::Cheque:
            p.cheque = {QStringLiteral("%1").arg(100000 + mRandom.bounded(899999)),
                mInvoice.billing.displayName(), QStringLiteral("High Street branch")};
            break;
        case PaymentMethodFamily::Card:
            p.card.type = mRandom.bounded(2) ? CardType::Visa : CardType::Mastercard;
            p.card.feePercentage = Percentage::fromScaled(17500);
            p.gateway = {
                QStringLiteral("stripe"), QStringLiteral("ch_%1").arg(mRandom.generate64(), 0, 36)};
            break;
        case PaymentMethodFamily::Transfer:
            p.eft = {p.date, QStringLiteral("TRF-%1").arg(mRandom.bounded(99999))};
            break;
        case PaymentMethodFamily::Reference:
            p.reference = QStringLiteral("R-%1").arg(mRandom.bounded(99999));
            break;
        }
        mPayments.append(p);
    }

    const QList<Payment> &payments() const { return mPayments; }

private:
    QRandomGenerator &mRandom;
    const Invoice &mInvoice;
    QDate mToday;
    QList<Payment> mPayments;
};

/**
 * What became of invoice `n`: most are paid in full or in part, some refunded or cancelled,
 * some stay open and go overdue. A cheque of every fourth is returned unpaid.
 */
Status settle(
    Ledger &ledger, const Invoice &created, int n, QRandomGenerator &random, const QDate &today)
{
    const qint64 total = created.totals()->grandTotal;
    const int fate = random.bounded(10);
    DemoPayments demo(random, created, today);
    if (fate <= 4) {
        const PaymentMethod methods[] = {PaymentMethod::Cheque, PaymentMethod::CreditCard,
            PaymentMethod::Eft, PaymentMethod::Cash, PaymentMethod::Upi};
        demo.add(total, methods[random.bounded(5)], 5 + random.bounded(20));
    } else if (fate <= 6) {
        demo.add(total / 2, PaymentMethod::WireTransfer, 10);
    } else if (fate == 7) {
        demo.add(total, PaymentMethod::DebitCard, 3);
        demo.add(-(total / 4), PaymentMethod::DebitCard, 12);
    } else if (fate == 9 && n % 2 == 0) {
        demo.add(total, PaymentMethod::CreditCard, 2);
        demo.add(-total, PaymentMethod::CreditCard, 9);
    } else if (fate == 8 && n % 3 == 0) {
        return ledger.cancelInvoice(created.id);
    }
    for (const Payment &p : demo.payments()) {
        auto recorded = ledger.recordPayment(p);
        if (!recorded)
            return Error {recorded.error()};
        if (n % 4 == 2 && p.amount > 0 && p.method == PaymentMethod::Cheque) {
            if (auto s = ledger.voidPayment(recorded->id, QStringLiteral("Cheque returned unpaid"));
                !s)
                return s;
        }
    }
    return {};
}

} // namespace

Result<int> DemoData::fill(Ledger &ledger, const Options &options)
{
    QRandomGenerator random(options.seed);
    if (auto s = ledger.beginBatch(); !s)
        return Error {s.error()};
    for (int n = 0; n < options.invoiceCount; ++n) {
        auto created = ledger.createInvoice(demoInvoice(n, random, options.today));
        Status settled = created ? Status {} : Status {Error {created.error()}};
        if (created && created->lifecycle != InvoiceLifecycle::Draft)
            settled = settle(ledger, *created, n, random, options.today);
        if (!settled) {
            ledger.rollbackBatch();
            return Error {settled.error()};
        }
    }
    if (auto s = ledger.commitBatch(); !s)
        return Error {s.error()};
    return options.invoiceCount;
}

} // namespace InvoiceDesk
