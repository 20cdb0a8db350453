// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateinput.h"

#include <QLineEdit>
#include <QPointer>

class QAction;
class QCalendarWidget;

namespace InvoiceDesk {

/**
 * The one field where a date is typed (issue 10): it takes the entry as written on paper
 * (11/15/26, 15.11.2026, 2026-11-15), "t" for today and "+"/"-" for the next or previous
 * day, never moves the cursor on its own, and shows every date with a four-digit year. An
 * impossible date is refused at the field with the reason; a date more than a year from
 * today gets a warning there that does not block. The calendar button (or Alt+Down) picks
 * a date with the mouse.
 */
class DateEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(const QDate &date, QWidget *parent = nullptr);

    /** The date typed, or an invalid date while the field is empty or its entry refused. */
    QDate date() const;
    void setDate(const QDate &date);

    /** Why the entry is refused; empty when it is a date. */
    QString problem() const;
    /** The non-blocking warning for the date (more than a year from today); may be empty. */
    QString warning() const;

    /** The day "t", "+" and "-" and the one-year warning count from; today unless a test sets it.
     */
    void setToday(const QDate &today);
    DateInput input() const;

Q_SIGNALS:
    /** The date the text means changed (an invalid date while it means none). */
    void dateChanged(const QDate &date);
    /** The problem or warning shown at the field changed; empty when it shows none. */
    void messageChanged(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commit();
    void step(int days);
    void showState();
    void showCalendar();
    void textWasChanged();

    QDate mToday;
    QDate mLastDate;
    QString mShownMessage;
    QAction *mStateAction = nullptr;
    QPointer<QCalendarWidget> mCalendar;
};

} // namespace InvoiceDesk

namespace InvoiceDesk {

/**
 * Makes DateEdit the editor every item delegate opens for a date (QItemEditorFactory's
 * default for QDate), so a date typed into a table follows the same rules as a form's.
 * initUiResources() calls it; safe to call often.
 */
void useDateEditInDelegates();

/**
 * Keeps `follower` on `leader`'s date while the person gave it none of its own (a transfer
 * date and the payment's date): it starts at the leader's date and takes each new one while
 * it still shows the one before.
 */
void followDate(DateEdit *leader, DateEdit *follower);

} // namespace InvoiceDesk
