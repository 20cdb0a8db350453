// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifydialog.h"
#include "verifyjob.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace InvoiceDesk {

VerifyDialog::VerifyDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , mStatus(new QLabel(tr("Reading every synced invoice and payment back from the remote "
                            "systems…"),
          this))
    , mReport(new QPlainTextEdit(this))
    , mJob(new VerifyJob(databasePath, this))
{
    setWindowTitle(tr("Verify With Remote Systems"));
    mStatus->setWordWrap(true);
    mReport->setReadOnly(true);
    mReport->setObjectName(QStringLiteral("report"));
    mReport->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mStatus);
    layout->addWidget(mReport, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mJob, &VerifyJob::finished, this, [this](const QString &report, bool clean) {
        mDone = true;
        mReport->setPlainText(report);
        mStatus->setText(clean ? tr("The books and the remote systems agree.")
                               : tr("The books and the remote systems do not agree: see below."));
        Q_EMIT verified(clean);
    });
    mJob->start();
}

VerifyDialog::~VerifyDialog() = default;

QString VerifyDialog::report() const
{
    return mReport->toPlainText();
}

} // namespace InvoiceDesk
