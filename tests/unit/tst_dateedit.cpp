// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 1: dates typed as on paper, in en_US and de_DE, never silently changed.
#include "dateedit.h"
#include "dateinput.h"
#include "testsupport.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

const QDate kToday(2026, 11, 22);
const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kDe(QLocale::German, QLocale::Germany);

/** A date field in `locale`, shown and focused, with today fixed. */
struct Field
{
    DateEdit edit;
    explicit Field(const QLocale &locale)
    {
        edit.setLocale(locale);
        edit.setToday(kToday);
        edit.setDate(QDate());
        edit.show();
        QApplication::setActiveWindow(&edit);
        edit.setFocus();
    }
    /** Types `keys` as a person would, then Enter. */
    void type(const QString &keys)
    {
        edit.selectAll();
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClicks(&edit, keys);
        QTest::keyClick(&edit, Qt::Key_Return);
    }
};

} // namespace

class TestDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedAsOnPaper_data();
    void typedAsOnPaper();
    void impossibleDateIsRefusedAtTheField_data();
    void impossibleDateIsRefusedAtTheField();
    void todayAndNextAndPreviousDay();
    void minusInsideAnUnfinishedEntryIsTyped();
    void twoDigitYearsTakeTheNearestCentury();
    void farDateWarnsWithoutBlocking();
    void delegatesEditDatesWithTheSameField();
};

void TestDateEdit::initTestCase()
{
    initUiResources();
}

void TestDateEdit::typedAsOnPaper_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    // The examples of issue 10: what used to become 11/29/15 (2015) is November 15th, 2026.
    QTest::newRow("en_US two-digit year") << kUs << str("11/15/26") << str("11/15/2026");
    QTest::newRow("en_US four-digit year") << kUs << str("11/15/2026") << str("11/15/2026");
    QTest::newRow("en_US ISO") << kUs << str("2026-11-15") << str("11/15/2026");
    QTest::newRow("en_US one-digit month") << kUs << str("2/3/26") << str("2/3/2026");
    QTest::newRow("de_DE two-digit year") << kDe << str("15.11.26") << str("15.11.2026");
    QTest::newRow("de_DE four-digit year") << kDe << str("15.11.2026") << str("15.11.2026");
    QTest::newRow("de_DE ISO") << kDe << str("2026-11-15") << str("15.11.2026");
}

void TestDateEdit::typedAsOnPaper()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    Field field(locale);
    field.type(typed);
    QCOMPARE(field.edit.text(), shown);
    QCOMPARE(field.edit.problem(), QString());
    QCOMPARE(field.edit.date(), DateInput(locale, kToday).parse(shown).value());
    QVERIFY(!field.edit.property("invalid").toBool());
    if (typed.contains(str("15")))
        QCOMPARE(field.edit.date(), QDate(2026, 11, 15));
}

void TestDateEdit::impossibleDateIsRefusedAtTheField_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("en_US February 30th")
        << kUs << str("02/30/26")
        << str("\"02/30/26\" is not a real date: February 2026 has 28 days");
    QTest::newRow("de_DE 30.02.")
        << kDe << str("30.02.26")
        << str("\"30.02.26\" is not a real date: Februar 2026 has 28 days");
    QTest::newRow("month 13") << kUs << str("13/01/26")
                              << str("\"13/01/26\" is not a date: there is no month 13");
    QTest::newRow("three-digit year")
        << kUs << str("1/2/202")
        << str("\"1/2/202\" is not a date: the year has two or four digits");
}

void TestDateEdit::impossibleDateIsRefusedAtTheField()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    Field field(locale);
    QSignalSpy messages(&field.edit, &DateEdit::messageChanged);
    field.type(typed);
    // Kept as typed, refused with the reason, and never read as another date (2/3/02 before).
    QCOMPARE(field.edit.text(), typed);
    QVERIFY(!field.edit.date().isValid());
    QCOMPARE(field.edit.problem(), message);
    QVERIFY(field.edit.property("invalid").toBool());
    QCOMPARE(field.edit.toolTip(), message);
    QCOMPARE(messages.last().first().toString(), message);
}

void TestDateEdit::todayAndNextAndPreviousDay()
{
    Field field(kUs);
    QTest::keyClick(&field.edit, Qt::Key_T);
    QCOMPARE(field.edit.date(), kToday);
    QCOMPARE(field.edit.text(), str("11/22/2026"));
    QTest::keyClick(&field.edit, Qt::Key_Plus);
    QTest::keyClick(&field.edit, Qt::Key_Plus);
    QCOMPARE(field.edit.date(), QDate(2026, 11, 24));
    QTest::keyClick(&field.edit, Qt::Key_Minus);
    QCOMPARE(field.edit.date(), QDate(2026, 11, 23));

    // On an existing date, in German, with the keypad.
    Field german(kDe);
    german.type(str("28.02.2026"));
    QTest::keyClick(&german.edit, Qt::Key_Plus, Qt::KeypadModifier);
    QCOMPARE(german.edit.text(), str("01.03.2026"));
    QTest::keyClick(&german.edit, Qt::Key_Minus, Qt::KeypadModifier);
    QCOMPARE(german.edit.text(), str("28.02.2026"));
    QTest::keyClick(&german.edit, Qt::Key_T);
    QCOMPARE(german.edit.text(), str("22.11.2026"));
}

void TestDateEdit::minusInsideAnUnfinishedEntryIsTyped()
{
    Field field(kDe);
    QTest::keyClicks(&field.edit, str("2026-11-15"));
    QCOMPARE(field.edit.text(), str("2026-11-15"));
    QCOMPARE(field.edit.date(), QDate(2026, 11, 15));
    // No section jumps on by itself: "11/1" stays what was typed until it is finished.
    Field us(kUs);
    QTest::keyClicks(&us.edit, str("11/1"));
    QCOMPARE(us.edit.text(), str("11/1"));
    QTest::keyClicks(&us.edit, str("5/26"));
    QCOMPARE(us.edit.text(), str("11/15/26"));
}

void TestDateEdit::twoDigitYearsTakeTheNearestCentury()
{
    const DateInput input(kUs, kToday);
    QCOMPARE(input.expandYear(26), 2026);
    QCOMPARE(input.expandYear(2), 2002);
    QCOMPARE(input.expandYear(75), 2075);
    QCOMPARE(input.expandYear(77), 1977);
    QCOMPARE(input.expandYear(99), 1999);
    QCOMPARE(input.parse(str("12/31/99")).value(), QDate(1999, 12, 31));
    QCOMPARE(input.format(QDate(2026, 1, 5)), str("1/5/2026"));
    QCOMPARE(DateInput(kDe, kToday).format(QDate(2026, 1, 5)), str("05.01.2026"));
}

void TestDateEdit::farDateWarnsWithoutBlocking()
{
    Field field(kUs);
    field.type(str("11/15/28"));
    QCOMPARE(field.edit.date(), QDate(2028, 11, 15)); // taken: a warning does not block
    QCOMPARE(field.edit.problem(), QString());
    QCOMPARE(
        field.edit.warning(), str("11/15/2028 is more than a year from today; is the year right?"));
    QVERIFY(field.edit.property("warning").toBool());
    QVERIFY(!field.edit.property("invalid").toBool());
    QCOMPARE(field.edit.toolTip(), field.edit.warning());
    field.type(str("11/15/26"));
    QCOMPARE(field.edit.warning(), QString());
    QVERIFY(!field.edit.property("warning").toBool());
}

void TestDateEdit::delegatesEditDatesWithTheSameField()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QDate(2026, 3, 1), Qt::EditRole);
    QTableView view;
    view.setLocale(kUs);
    view.setModel(&model);
    view.show();
    view.edit(model.index(0, 0));
    auto *editor = view.findChild<DateEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->date(), QDate(2026, 3, 1));
    editor->selectAll();
    QTest::keyClicks(editor, str("11/15/26"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits queued
    QTRY_COMPARE(model.data(model.index(0, 0), Qt::EditRole).toDate(), QDate(2026, 11, 15));
}

QTEST_MAIN(TestDateEdit)
#include "tst_dateedit.moc"
