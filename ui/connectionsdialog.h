// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace InvoiceDesk {

class ConnectionTest;
class Ledger;

/**
 * Adds, edits and removes connections to the four remote systems, each kind
 * with its own fields. Secrets go to the system keychain, or, where none
 * answers (or by choice), stay in environment variables the connection names.
 * Test makes one harmless authenticated call, in the background, with progress and Cancel.
 * New asks before dropping unsaved changes; Remove asks first.
 */
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(Ledger &ledger, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    /** The connection as the form shows it, and the secrets typed (for keychain storage or a test).
     */
    Connection formConnection() const;
    QHash<QString, QString> formSecrets() const;
    QString statusText() const;
    /** Whether the form differs from the connection last loaded, saved or started. */
    bool isModified() const;
    /** The running test, if any. */
    ConnectionTest *runningTest() const { return mTest; }

public Q_SLOTS:
    /** Starts a new connection, after asking whether to drop unsaved changes. */
    void newConnection();
    bool save();
    void removeSelected();
    void testConnection();
    void cancelTest();

Q_SIGNALS:
    void connectionsChanged();

private:
    QWidget *createPage(const QString &kind);
    QWidget *createTestRow();
    void reloadList();
    void clearForm();
    void load(const Connection &connection);
    void kindChanged();
    bool confirmDropChanges();
    QString snapshot() const;
    void testFinished(bool ok, const QString &message, const QString &host);

    Ledger &mLedger;
    qint64 mEditingId = 0;
    QListWidget *mList;
    QLineEdit *mName;
    QComboBox *mKind;
    QLineEdit *mUrl;
    QStackedWidget *mPages;
    QRadioButton *mUseKeychain;
    QRadioButton *mUseEnvironment;
    QLabel *mStatus;
    QProgressBar *mTestProgress = nullptr;
    QPushButton *mTestButton = nullptr;
    QPushButton *mCancelTest = nullptr;
    QHash<QString, QLineEdit *> mFields; ///< "kind/name" -> field
    QHash<QString, QComboBox *> mChoices; ///< "kind/name" -> a field with a fixed set of values
    QString mBaseline;
    ConnectionTest *mTest = nullptr;
};

} // namespace InvoiceDesk
