// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateedit.h"
#include "fieldmark.h"
#include "uiresources.h"

#include <QAction>
#include <QCalendarWidget>
#include <QItemEditorFactory>
#include <QKeyEvent>
#include <QStyle>
#include <QToolTip>

#include <memory>

namespace InvoiceDesk {

DateEdit::DateEdit(QWidget *parent)
    : DateEdit(QDate(), parent)
{
}

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : QLineEdit(parent)
    , mToday(QDate::currentDate())
{
    initUiResources();
    QAction *calendar = addAction(QIcon::fromTheme(QStringLiteral("x-office-calendar"),
                                      QIcon(QStringLiteral(":/icons/x-office-calendar.svg"))),
        QLineEdit::TrailingPosition);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateEdit::showCalendar);
    mStateAction = addAction(QIcon(), QLineEdit::TrailingPosition);
    mStateAction->setVisible(false);
    connect(this, &QLineEdit::textChanged, this, &DateEdit::textWasChanged);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::commit);
    setPlaceholderText(input().displayFormat().toLower());
    setDate(date);
}

DateInput DateEdit::input() const
{
    return DateInput(locale(), mToday);
}

void DateEdit::setToday(const QDate &today)
{
    mToday = today;
}

QDate DateEdit::date() const
{
    const auto parsed = input().parse(text());
    return parsed ? *parsed : QDate();
}

void DateEdit::setDate(const QDate &date)
{
    setText(input().format(date));
    showState();
}

QString DateEdit::problem() const
{
    if (text().trimmed().isEmpty())
        return tr("type a date, e.g. %1").arg(input().format(mToday));
    const auto parsed = input().parse(text());
    return parsed ? QString() : parsed.error();
}

QString DateEdit::warning() const
{
    return input().warningFor(date());
}

void DateEdit::textWasChanged()
{
    const QDate now = date();
    // A shown refusal goes as soon as the text is a date again; a new one waits for the
    // entry to be finished (Enter or leaving the field), so typing is not interrupted.
    if (!mShownMessage.isEmpty() && now.isValid())
        showState();
    if (now != mLastDate) {
        mLastDate = now;
        Q_EMIT dateChanged(now);
    }
}

void DateEdit::commit()
{
    const QDate parsed = date();
    // Always four-digit years: "11/15/26" is shown as 11/15/2026 once the entry is finished.
    if (parsed.isValid() && text() != input().format(parsed))
        setText(input().format(parsed));
    showState();
    if (!mShownMessage.isEmpty() && hasFocus())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), mShownMessage, this);
}

void DateEdit::showState()
{
    const bool empty = text().trimmed().isEmpty();
    const QString refused = empty ? QString() : problem();
    const QString warned = refused.isEmpty() ? warning() : QString();
    const QString message = refused.isEmpty() ? warned : refused;
    setProperty("invalid", !refused.isEmpty());
    setProperty("warning", !warned.isEmpty());
    showFieldMark(this);
    setToolTip(message);
    mStateAction->setVisible(!message.isEmpty());
    mStateAction->setToolTip(message);
    mStateAction->setIcon(QIcon(refused.isEmpty() ? QStringLiteral(":/icons/dialog-warning.svg")
                                                  : QStringLiteral(":/icons/dialog-error.svg")));
    if (message != mShownMessage) {
        mShownMessage = message;
        Q_EMIT messageChanged(message);
    }
}

void DateEdit::step(int days)
{
    const QDate current = date();
    setText(input().format((current.isValid() ? current : mToday).addDays(days)));
    selectAll();
    showState();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers
        = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (event->key() == Qt::Key_Down && modifiers == Qt::AltModifier) {
        showCalendar();
        return;
    }
    if (modifiers == Qt::NoModifier && !isReadOnly()) {
        const QString typed = event->text();
        const bool complete = date().isValid() || text().trimmed().isEmpty();
        if (typed.compare(QLatin1String("t"), Qt::CaseInsensitive) == 0) {
            setText(input().format(mToday));
            showState();
            return;
        }
        // "+" and "-" step the day of a whole date (QuickBooks does the same); inside an
        // unfinished entry "-" is the separator of 2026-11-15 and is typed as it is.
        if ((typed == QLatin1String("+") || typed == QLatin1String("-")) && complete) {
            step(typed == QLatin1String("+") ? 1 : -1);
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::showCalendar()
{
    if (!mCalendar) {
        mCalendar = new QCalendarWidget(this);
        mCalendar->setObjectName(QStringLiteral("calendarPopup"));
        mCalendar->setWindowFlags(Qt::Popup);
        mCalendar->setLocale(locale());
        connect(mCalendar, &QCalendarWidget::activated, this, [this](const QDate &picked) {
            setDate(picked);
            mCalendar->hide();
            setFocus();
            Q_EMIT editingFinished();
        });
    }
    mCalendar->setSelectedDate(date().isValid() ? date() : mToday);
    mCalendar->move(mapToGlobal(QPoint(0, height())));
    mCalendar->show();
    mCalendar->setFocus();
}

} // namespace InvoiceDesk

namespace InvoiceDesk {

namespace {

/** Qt's own editor factory, with DateEdit for dates. */
class DateAwareEditorFactory : public QItemEditorFactory
{
public:
    explicit DateAwareEditorFactory(const QItemEditorFactory *fallback)
        : mFallback(fallback)
    {
    }
    QWidget *createEditor(int userType, QWidget *parent) const override
    {
        if (userType == QMetaType::QDate) {
            auto *edit = new DateEdit(parent);
            edit->setFrame(false);
            return edit;
        }
        return mFallback->createEditor(userType, parent);
    }
    QByteArray valuePropertyName(int userType) const override
    {
        return userType == QMetaType::QDate ? QByteArray("date")
                                            : mFallback->valuePropertyName(userType);
    }

private:
    const QItemEditorFactory *mFallback;
};

} // namespace

void useDateEditInDelegates()
{
    static const bool installed = [] {
        // Qt's built-in default lives on in a function-local static; only ours is replaced.
        const QItemEditorFactory *builtIn = QItemEditorFactory::defaultFactory();
        QItemEditorFactory::setDefaultFactory(new DateAwareEditorFactory(builtIn));
        return true;
    }();
    Q_UNUSED(installed);
}

void followDate(DateEdit *leader, DateEdit *follower)
{
    follower->setDate(leader->date());
    auto previous = std::make_shared<QDate>(leader->date());
    QObject::connect(
        leader, &DateEdit::dateChanged, follower, [follower, previous](const QDate &date) {
            // Half-typed text means no date: the follower waits for the whole one.
            if (!date.isValid())
                return;
            if (follower->date() == *previous)
                follower->setDate(date);
            *previous = date;
        });
}

} // namespace InvoiceDesk
