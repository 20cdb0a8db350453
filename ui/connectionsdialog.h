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
class QRadioButton;
class QStackedWidget;

namespace InvoiceDesk {

class Ledger;

/**
 * Adds, edits and removes connections to the four remote systems, each kind
 * with its own fields. Secrets go to the system keychain, or, where none
 * answers (or by choice), stay in environment variables the connection names.
 * Test makes one harmless authenticated call.
 */
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionsDialog(Ledger &ledger, QWidget *parent = nullptr);

    /** The connection as the form shows it, and the secrets typed (for keychain storage or a test).
     */
    Connection formConnection() const;
    QHash<QString, QString> formSecrets() const;
    QString statusText() const;

public Q_SLOTS:
    void newConnection();
    bool save();
    void removeSelected();
    void testConnection();

Q_SIGNALS:
    void connectionsChanged();

private:
    QWidget *createPage(const QString &kind);
    QLineEdit *field(const QString &kind, const QString &name, bool secret = false);
    void reloadList();
    void load(const Connection &connection);
    void kindChanged();

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
    QHash<QString, QLineEdit *> mFields; ///< "kind/name" -> field
};

} // namespace InvoiceDesk
