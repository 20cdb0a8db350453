// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;

namespace InvoiceDesk {

namespace Ui {
class ConnectionsDialog;
}

class ConnectionTest;
class Ledger;

/**
 * Adds, edits and removes connections to the four remote systems, each kind with the fields
 * its adapter asks for. Secrets go to the system keychain, or, where none answers (or by
 * choice), stay in environment variables the connection names; the credential store looks
 * them up either way. Test makes one harmless authenticated call, in the background, with
 * progress and Cancel. Nothing here waits on the GUI thread: keychain reads and writes answer
 * with signals. New asks before dropping unsaved changes; Remove asks first.
 */
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(Ledger &ledger, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    /** The connection as the form shows it (secrets as the names of their variables, if so). */
    Connection formConnection() const;
    /** The secrets typed for the keychain (empty where a field was left empty). */
    QHash<QString, QString> formSecrets() const;
    QString statusText() const;
    /** Whether the form differs from the connection last loaded, saved or started. */
    bool isModified() const;
    /** The running test, if any. */
    ConnectionTest *runningTest() const { return mTest; }
    /** Whether a save waits for the keychain to store its secrets. */
    bool isSaving() const { return mSaving; }

public Q_SLOTS:
    /** Starts a new connection, after asking whether to drop unsaved changes. */
    void newConnection();
    /**
     * Saves the form. False when it is refused at once (the status line says why). Secrets
     * typed for the keychain are stored first, in the background, and the connection is
     * written once the keychain has answered; saveFinished() reports the end either way.
     */
    bool save();
    void removeSelected();
    void testConnection();
    void cancelTest();

Q_SIGNALS:
    void connectionsChanged();
    /** A save has ended: `ok` when the connection was written. */
    void saveFinished(bool ok);

private:
    void createPages();
    QWidget *createPage(const QString &kind);
    void reloadList();
    void clearForm();
    void load(const Connection &connection);
    bool loadFields(const Connection &connection);
    void kindChanged();
    void startNew();
    bool saveThen(const std::function<void()> &next);
    bool writeConnection(const Connection &connection);
    void setFormEnabled(bool enabled);
    QString snapshot() const;
    void showTestRunning(bool running);
    void startTest(const Connection &connection, const QHash<QString, QString> &secrets);
    void testFinished(bool ok, const QString &message, const QString &host);

    std::unique_ptr<Ui::ConnectionsDialog> mUi;
    Ledger &mLedger;
    qint64 mEditingId = 0;
    QHash<QString, QLineEdit *> mFields; ///< "kind/name" -> field
    QHash<QString, QComboBox *> mChoices; ///< "kind/name" -> a field with a fixed set of values
    QString mBaseline;
    ConnectionTest *mTest = nullptr;
    QObject *mLookup = nullptr; ///< the secrets lookup a test waits for
    bool mSaving = false;
};

} // namespace InvoiceDesk
