// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmark.h"

#include <QString>
#include <QVariant>
#include <QWidget>

namespace InvoiceDesk {

void showFieldMark(QWidget *field)
{
    // Type selectors: a line edit's own buttons (the date's calendar) keep their look.
    QString sheet;
    if (field->property("invalid").toBool())
        sheet = QStringLiteral(
            "QLineEdit, QComboBox { border: 1px solid #c62828; background: #fff4f4; }");
    else if (field->property("warning").toBool())
        sheet = QStringLiteral(
            "QLineEdit, QComboBox { border: 1px solid #ef6c00; background: #fffaf0; }");
    if (field->styleSheet() != sheet)
        field->setStyleSheet(sheet);
}

} // namespace InvoiceDesk
