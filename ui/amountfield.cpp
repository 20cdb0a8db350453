// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountfield.h"

#include "money.h"

#include <QLineEdit>

namespace InvoiceDesk {

void formatAmountWhenLeft(QLineEdit *field, std::function<Currency()> currency)
{
    QObject::connect(field, &QLineEdit::editingFinished, field, [field, currency] {
        const Currency c = currency();
        const QString text = field->text().trimmed();
        if (!c.isValid() || text.isEmpty())
            return;
        if (auto amount = Money::parseLocale(text, c, field->locale())) {
            const QString shown = amount->toLocaleString(field->locale());
            if (shown != field->text())
                field->setText(shown);
        }
    });
}

} // namespace InvoiceDesk
