// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace InvoiceDesk {

class VerifyJob;

/**
 * Sync verify in the desktop app: reads back every acknowledged invoice and payment and
 * shows, per system, what matches, what is missing there, what differs and what the remote
 * has with our marker that these books do not (the same report as `sync verify`).
 */
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~VerifyDialog() override;

    QString report() const;
    bool isDone() const { return mDone; }

Q_SIGNALS:
    void verified(bool clean);

private:
    QLabel *mStatus;
    QPlainTextEdit *mReport;
    VerifyJob *mJob;
    bool mDone = false;
};

} // namespace InvoiceDesk
