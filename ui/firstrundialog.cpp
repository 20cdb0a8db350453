// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

FirstRunDialog::FirstRunDialog(const QString &companyPath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRun"));
    setWindowTitle(tr("Welcome to InvoiceDesk"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("<p>There is no company file yet.</p><p>Start an empty one at <i>%1</i>, "
           "or open the demo company, full of sample invoices, to look around first.</p>")
            .arg(companyPath.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *demo = new QPushButton(tr("Open the &Demo Company"), this);
    auto *empty = new QPushButton(tr("Create an &Empty Company File"), this);
    demo->setObjectName(QStringLiteral("demo"));
    empty->setObjectName(QStringLiteral("empty"));
    demo->setDefault(true);
    layout->addWidget(demo);
    layout->addWidget(empty);
    connect(demo, &QPushButton::clicked, this, [this] {
        mChoice = Demo;
        accept();
    });
    connect(empty, &QPushButton::clicked, this, [this] {
        mChoice = EmptyCompany;
        accept();
    });
}

} // namespace InvoiceDesk
