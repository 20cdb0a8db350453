// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"
#include "recorduuid.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace InvoiceDesk;
using InvoiceDesk::Test::sampleInvoice;
using InvoiceDesk::Test::samplePayment;

namespace {

/** The version nibble: Qt 6.4's QUuid::version() knows versions 1 to 5 only. */
int versionOf(const QUuid &uuid)
{
    return uuid.data3 >> 12;
}

} // namespace

/** The records' identities: UUIDs of version 7, ascending in the order the records are made. */
class TestRecordUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutIsRfc9562s();
    void identitiesCarryTheirMillisecond();
    void identitiesAscendAndDiffer();
    void recordsGetAscendingIdentities();
};

void TestRecordUuid::layoutIsRfc9562s()
{
    // RFC 9562 appendix A.6: the example UUIDv7 and the parts it is made of.
    const QUuid example = RecordUuid::compose(0x017F22E279B0, 0xCC3, 0x18C4DC0C0C07398F);
    QCOMPARE(example.toString(QUuid::WithoutBraces),
        QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    QCOMPARE(versionOf(example), 7);
    QCOMPARE(example.variant(), QUuid::DCE);
    // Only the counter's low 12 bits and the random part's low 62 bits are kept.
    QCOMPARE(RecordUuid::compose(0x017F22E279B0, 0xFCC3, 0xD8C4DC0C0C07398F), example);
}

void TestRecordUuid::identitiesCarryTheirMillisecond()
{
    const quint64 before = quint64(QDateTime::currentMSecsSinceEpoch());
    const QUuid made(RecordUuid::create());
    const quint64 after = quint64(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!made.isNull());
    QCOMPARE(versionOf(made), 7);
    QCOMPARE(made.variant(), QUuid::DCE);
    const quint64 milliseconds = (quint64(made.data1) << 16) | made.data2;
    // A counter that ran over may carry an identity one millisecond ahead.
    QVERIFY2(milliseconds >= before && milliseconds <= after + 1,
        qPrintable(
            QStringLiteral("%1 not within %2..%3").arg(milliseconds).arg(before).arg(after)));
}

void TestRecordUuid::identitiesAscendAndDiffer()
{
    constexpr int count = 100000; // many per millisecond: the counter carries the order
    QSet<QString> seen;
    seen.reserve(count);
    QString previous = RecordUuid::create();
    for (int i = 0; i < count; ++i) {
        const QString next = RecordUuid::create();
        QVERIFY2(next > previous, qPrintable(previous + QStringLiteral(" then ") + next));
        QCOMPARE(next.size(), 36);
        QCOMPARE(next, next.toLower());
        seen.insert(next);
        previous = next;
    }
    QCOMPARE(seen.size(), count);
}

void TestRecordUuid::recordsGetAscendingIdentities()
{
    Test::TestDb t;
    for (const char *number : {"INV-1", "INV-2", "INV-3"}) {
        auto created = t.ledger->createInvoice(sampleInvoice(QString::fromLatin1(number)));
        QVERIFY2(created, qPrintable(created ? QString() : created.error()));
        auto paid = t.ledger->recordPayment(samplePayment(QString::fromLatin1(number), 1000));
        QVERIFY2(paid, qPrintable(paid ? QString() : paid.error()));
    }
    // Made one after another: the identities sort as the rows were written, and the audit
    // log names each record as it was made (invoice, its payment, the next invoice, ...).
    for (const char *sql :
        {"SELECT uuid FROM invoices ORDER BY id", "SELECT uuid FROM payments ORDER BY id",
            "SELECT entity_uuid FROM audit_log ORDER BY id"}) {
        const QStringList identities = t.rows(sql);
        QCOMPARE(identities.size(), QByteArray(sql).contains("audit") ? 6 : 3);
        for (const QString &identity : identities)
            QCOMPARE(versionOf(QUuid(identity)), 7);
        QStringList sorted = identities;
        sorted.sort();
        QCOMPARE(identities, sorted);
    }
}

QTEST_GUILESS_MAIN(TestRecordUuid)
#include "tst_recorduuid.moc"
