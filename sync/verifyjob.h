// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace InvoiceDesk {

/**
 * Runs sync verify in a thread of its own, on its own connection to the company file, so the
 * window never waits for the remote: started(), then finished() with the report text and
 * whether the books and every remote agree.
 */
class VerifyJob : public QObject
{
    Q_OBJECT

public:
    explicit VerifyJob(QString databasePath, QObject *parent = nullptr);
    ~VerifyJob() override;

    void start();

Q_SIGNALS:
    void finished(const QString &report, bool clean);

private:
    QString mPath;
    QThread *mThread = nullptr;
};

} // namespace InvoiceDesk
