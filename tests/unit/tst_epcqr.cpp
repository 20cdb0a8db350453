// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epcqr.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/** The EPC069-12 GiroCode of issue 14 item 2: its exact payload and its picture. */
class TestEpcQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadIsExact();
    void nothingOutsideEurOrWithoutAnIban();
    void longNameAndRemittanceAreCut();
    void imageIsAQrCodeWithQuietZone();
};

void TestEpcQr::payloadIsExact()
{
    const QString payload = EpcQr::payload(str("Acme GmbH"), str("DE89370400440532013000"),
        str("COBADEFFXXX"), Money::fromMinorUnits(123456, currency("EUR")), str("INV-7"));
    QCOMPARE(payload,
        str("BCD\n002\n1\nSCT\nCOBADEFFXXX\nAcme GmbH\nDE89370400440532013000\nEUR1234.56\n\n\n"
            "INV-7"));
    // Version 002 lets the BIC out inside the EEA.
    QCOMPARE(EpcQr::payload(str("Acme"), str("DE89370400440532013000"), QString(),
                 Money::fromMinorUnits(5, currency("EUR")), str("R 1")),
        str("BCD\n002\n1\nSCT\n\nAcme\nDE89370400440532013000\nEUR0.05\n\n\nR 1"));
}

void TestEpcQr::nothingOutsideEurOrWithoutAnIban()
{
    const QString iban = str("DE89370400440532013000");
    QCOMPARE(EpcQr::payload(
                 str("Acme"), iban, {}, Money::fromMinorUnits(100, currency("USD")), str("1")),
        QString());
    QCOMPARE(
        EpcQr::payload(str("Acme"), {}, {}, Money::fromMinorUnits(100, currency("EUR")), str("1")),
        QString());
    QCOMPARE(
        EpcQr::payload(str("Acme"), iban, {}, Money::fromMinorUnits(0, currency("EUR")), str("1")),
        QString());
    QCOMPARE(EpcQr::payload(str("Acme"), iban, {},
                 Money::fromMinorUnits(100000000000, currency("EUR")), str("1")),
        QString());
    QCOMPARE(EpcQr::image(QString()).isNull(), true);
}

void TestEpcQr::longNameAndRemittanceAreCut()
{
    const QString payload
        = EpcQr::payload(QString(80, QLatin1Char('N')), str("DE89370400440532013000"), {},
            Money::fromMinorUnits(100, currency("EUR")), QString(150, QLatin1Char('R')));
    const QStringList lines = payload.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines.at(5).size(), 70);
    QCOMPARE(lines.at(10).size(), 140);
}

void TestEpcQr::imageIsAQrCodeWithQuietZone()
{
    const QImage image
        = EpcQr::image(str("BCD\n002\n1\nSCT\n\nAcme\nDE89370400440532013000\nEUR0.05\n\n\nR 1"));
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    // Versions are 21 + 4k modules wide, plus four modules of quiet zone on each side.
    QCOMPARE((image.width() - 8 - 21) % 4, 0);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    // The finder pattern's dark corner module right inside the quiet zone.
    QCOMPARE(image.pixelColor(4, 4), QColor(Qt::black));
}

QTEST_GUILESS_MAIN(TestEpcQr)
#include "tst_epcqr.moc"
