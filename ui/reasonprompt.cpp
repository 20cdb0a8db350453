// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonprompt.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPushButton>

namespace InvoiceDesk {

namespace {

/** A text input dialog whose OK waits for a reason. */
class ReasonDialog : public QInputDialog
{
public:
    explicit ReasonDialog(QWidget *parent)
        : QInputDialog(parent)
    {
        setInputMode(QInputDialog::TextInput);
        connect(this, &QInputDialog::textValueChanged, this, &ReasonDialog::offerOk);
    }

    void setVisible(bool visible) override
    {
        QInputDialog::setVisible(visible); // lays the dialog out, its buttons included
        if (visible)
            offerOk(textValue());
    }

private:
    void offerOk(const QString &text)
    {
        if (auto *buttons = findChild<QDialogButtonBox *>()) {
            if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
                ok->setEnabled(!text.trimmed().isEmpty());
        }
    }
};

} // namespace

std::optional<QString> askReason(QWidget *parent, const QString &title, const QString &question)
{
    ReasonDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

} // namespace InvoiceDesk
