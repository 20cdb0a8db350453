// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "decimal.h"
#include "invoice.h"
#include "invoicelistmodel.h"
#include "payment.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * The shipped catalogues are complete, and the strings the code asks for at run time are
 * found in them: lupdate files a message under the context it sees in the source, and the
 * code must ask with that same context, or the user sees English.
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void modelStringsAreTranslatedAtRunTime();
    void errorsFromEveryLayerAreTranslatedAtRunTime();

private:
    static QString tsPath(const QString &language)
    {
        return str(INVOICEDESK_SOURCE_DIR "/translations/invoicedesk_%1.ts").arg(language);
    }
    static QString qmPath(const QString &language)
    {
        return str(INVOICEDESK_QM_DIR "/invoicedesk_%1.qm").arg(language);
    }
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << str("de");
    QTest::newRow("French") << str("fr");
    QTest::newRow("Spanish") << str("es");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFile file(tsPath(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString ts = QString::fromUtf8(file.readAll());
    QCOMPARE(ts.count(str("type=\"unfinished\"")), 0);

    static const QRegularExpression message(
        str("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation>([^<]*)</"
            "translation>"));
    static const QRegularExpression placeholder(str("%\\d"));
    int messages = 0;
    for (const auto &match : message.globalMatch(ts)) {
        ++messages;
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (const auto &m : placeholder.globalMatch(text))
                found.append(m.captured());
            found.sort();
            return found;
        };
        QVERIFY2(!match.captured(2).isEmpty(), qPrintable(match.captured(1)));
        QVERIFY2(placeholders(match.captured(1)) == placeholders(match.captured(2)),
            qPrintable(match.captured(1) + str(" => ") + match.captured(2)));
    }
    QVERIFY(messages > 600);
}

void TestTranslations::modelStringsAreTranslatedAtRunTime()
{
    const QList<std::tuple<QString, QString, QString>> expected {
        {str("de"), str("Lokal gespeichert"), str("Bar")},
        {str("fr"), str("Enregistré localement"), str("Espèces")},
        {str("es"), str("Guardado localmente"), str("Efectivo")},
    };
    for (const auto &[language, savedLocally, cash] : expected) {
        QTranslator translator;
        QVERIFY2(translator.load(qmPath(language)), qPrintable(qmPath(language)));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(InvoiceListModel::syncStateLabel(str("local")), savedLocally);
        QCOMPARE(methodDisplayName(PaymentMethod::Cash), cash);
        QCoreApplication::removeTranslator(&translator);
    }
    QCOMPARE(InvoiceListModel::syncStateLabel(str("local")), str("Saved locally"));
}

void TestTranslations::errorsFromEveryLayerAreTranslatedAtRunTime()
{
    QTranslator translator;
    QVERIFY(translator.load(qmPath(str("de"))));
    QCoreApplication::installTranslator(&translator);

    Invoice invoice;
    const Problems problems = invoice.validate();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().message, str("eine Rechnung braucht eine Nummer"));

    QCOMPARE(Decimal::parse(u"zwölf", 2).error(), str("ist keine Zahl"));

    TestDb t;
    QCOMPARE(t.ledger->voidPayment(1, str(" ")).error(),
        str("das Stornieren einer Zahlung braucht einen Grund"));
    QCOMPARE(
        t.ledger->voidPayment(1, str("typo")).error(), str("die Zahlung existiert nicht mehr"));

    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(str("notes.txt"));
    QFile notes(notADatabase);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray(200, 'x'));
    notes.close();
    QCOMPARE(Database::open(notADatabase).error(),
        str("%1 ist keine InvoiceDesk-Datenbank (keine SQLite-Datei); die Datei blieb unverändert")
            .arg(notADatabase));

    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
