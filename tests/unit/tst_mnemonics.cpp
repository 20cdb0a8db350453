// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 4: within one window no two visible labels, buttons, tabs or menus share a
// mnemonic (Alt+R recorded a payment instead of ticking "refund"), in every language; and no
// label shows its "&" literally. The built catalogues are loaded as tst_translations does,
// with Qt's own (qtbase) for the standard buttons.
#include "windowtour.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The letter after a single "&", lower case; a null QChar when there is none. */
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *w, const QString &text)
{
    return str("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), text);
}

/** Every visible text with a mnemonic in `window`, as (letter, who); literal "&"s as failures. */
QList<std::pair<QChar, QString>> mnemonics(QWidget *window, QStringList &literal)
{
    QList<std::pair<QChar, QString>> found;
    const auto add = [&](const QWidget *w, const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            found.append({letter, describe(w, text)});
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group, group->title());
        else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                add(label, label->text());
            else if (!mnemonicOf(label->text()).isNull() && label->textFormat() != Qt::RichText
                && !Qt::mightBeRichText(label->text()))
                literal.append(describe(label, label->text()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions())
                if (action->isVisible())
                    add(bar, action->text());
        }
    }
    return found;
}

/** "a" shared by X and Y, for every letter used twice. */
QStringList clashes(const QList<std::pair<QChar, QString>> &found)
{
    QStringList result;
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (qsizetype j = i + 1; j < found.size(); ++j) {
            if (found.at(i).first == found.at(j).first)
                result.append(
                    str("Alt+%1 is shared by %2 and %3")
                        .arg(found.at(i).first.toUpper(), found.at(i).second, found.at(j).second));
        }
    }
    return result;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noWindowSharesAMnemonic_data();
    void noWindowSharesAMnemonic();
    void standardButtonsAreTranslated();
};

void TestMnemonics::initTestCase()
{
    QCoreApplication::setOrganizationName(str("InvoiceDeskTests"));
    QCoreApplication::setApplicationName(str("tst_mnemonics"));
}

void TestMnemonics::noWindowSharesAMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << str("en");
    QTest::newRow("German") << str("de");
    QTest::newRow("French") << str("fr");
    QTest::newRow("Spanish") << str("es");
}

void TestMnemonics::noWindowSharesAMnemonic()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QTranslator ours;
    QTranslator qt;
    if (language != QLatin1String("en")) {
        QVERIFY(ours.load(str(INVOICEDESK_QM_DIR "/invoicedesk_%1.qm").arg(language)));
        QVERIFY2(qt.load(locale, str("qtbase"), str("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
            "qtbase translations missing: install qt6-translations-l10n");
        QCoreApplication::installTranslator(&ours);
        QCoreApplication::installTranslator(&qt);
    }
    QStringList failures;
    {
        WindowTour tour;
        tour.visitAll([&](const WindowState &state) {
            QStringList literal;
            const auto found = mnemonics(state.window, literal);
            for (const QString &clash : clashes(found))
                failures.append(str("%1 (%2): %3").arg(state.name, language, clash));
            for (const QString &text : literal)
                failures.append(
                    str("%1 (%2): %3 shows its & (no buddy)").arg(state.name, language, text));
        });
        // Each menu is a window of its own while it is open.
        for (QMenu *menu : tour.main->menuBar()->findChildren<QMenu *>()) {
            QList<std::pair<QChar, QString>> found;
            for (QAction *action : menu->actions()) {
                const QChar letter = mnemonicOf(action->text());
                if (!letter.isNull() && action->isVisible())
                    found.append({letter, str("menu item \"%1\"").arg(action->text())});
            }
            for (const QString &clash : clashes(found))
                failures.append(str("menu %1 (%2): %3").arg(menu->title(), language, clash));
        }
    }
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&ours);
    QLocale::setDefault(QLocale::c());
    for (const QString &failure : std::as_const(failures))
        qInfo("%s", qPrintable(failure)); // all of them: QVERIFY2 cuts its message short
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestMnemonics::standardButtonsAreTranslated()
{
    // Qt's own catalogue, so that Save, Close, Cancel and the wizard's Back are not English.
    QTranslator qt;
    QVERIFY(qt.load(QLocale(str("de")), str("qtbase"), str("_"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&qt);
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), str("Speichern"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), str("Schließen"));
    QCoreApplication::removeTranslator(&qt);
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
