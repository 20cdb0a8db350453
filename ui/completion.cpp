// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace InvoiceDesk {

namespace {

/** On the completer's list, before the completer's own filter (installed before it). */
class FirstProposal : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *list = qobject_cast<QAbstractItemView *>(watched);
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && list && list->model()
            && !list->currentIndex().isValid() && list->model()->rowCount() > 0)
            list->setCurrentIndex(list->model()->index(0, 0));
        return false; // the completer takes the highlighted proposal
    }
};

} // namespace

void takeFirstProposalOnEnter(QCompleter *completer)
{
    // popup() makes the list and installs the completer's filter on it: ours, installed later,
    // runs first.
    completer->popup()->installEventFilter(new FirstProposal(completer));
}

} // namespace InvoiceDesk
