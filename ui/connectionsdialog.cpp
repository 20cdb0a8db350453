// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"

#include "adapterfactory.h"
#include "connectiontester.h"
#include "credentialstore.h"
#include "formalignment.h"
#include "ledger.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

struct FieldSpec
{
    const char *kind;
    const char *name; ///< settings key, or the secret's name for secrets
    const char *label;
    bool secret;
};

const FieldSpec kFields[] = {
    {"upgradechat", "auth",
        QT_TRANSLATE_NOOP("ConnectionsDialog", "Authentication (bearer or api-key)"), false},
    {"upgradechat", "token", QT_TRANSLATE_NOOP("ConnectionsDialog", "API token"), true},
    {"ivvy", "key", QT_TRANSLATE_NOOP("ConnectionsDialog", "API key"), true},
    {"ivvy", "secret", QT_TRANSLATE_NOOP("ConnectionsDialog", "API secret"), true},
    {"crmcom", "username", QT_TRANSLATE_NOOP("ConnectionsDialog", "User name"), false},
    {"crmcom", "password", QT_TRANSLATE_NOOP("ConnectionsDialog", "Password"), true},
    {"crmcom", "organisation", QT_TRANSLATE_NOOP("ConnectionsDialog", "Organisation"), false},
    {"crmcom", "accountsReceivable",
        QT_TRANSLATE_NOOP("ConnectionsDialog", "Accounts receivable number"), false},
    {"crmcom", "paymentType",
        QT_TRANSLATE_NOOP("ConnectionsDialog", "Payment type (default Payment)"), false},
    {"refrens", "urlKey", QT_TRANSLATE_NOOP("ConnectionsDialog", "Business URL key"), false},
    {"refrens", "appId", QT_TRANSLATE_NOOP("ConnectionsDialog", "App id"), false},
    {"refrens", "appSecret", QT_TRANSLATE_NOOP("ConnectionsDialog", "App secret"), true},
};

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("upgradechat"))
        return QCoreApplication::translate(
            "ConnectionsDialog", "Upgrade.Chat CRM (invoices and payments)");
    if (kind == QLatin1String("ivvy"))
        return QCoreApplication::translate("ConnectionsDialog", "iVvy (payments)");
    if (kind == QLatin1String("crmcom"))
        return QCoreApplication::translate("ConnectionsDialog", "CRM.COM (payments)");
    return QCoreApplication::translate("ConnectionsDialog", "Refrens (payments)");
}

} // namespace

ConnectionsDialog::ConnectionsDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("connectionList"));
    left->addWidget(mList);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("remove"));
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    mName = new QLineEdit(this);
    mName->setObjectName(QStringLiteral("name"));
    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("kind"));
    for (const QString &kind : adapterKinds())
        mKind->addItem(kindLabel(kind), kind);
    mUrl = new QLineEdit(this);
    mUrl->setObjectName(QStringLiteral("url"));
    mUrl->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Name"), mName);
    form->addRow(tr("&System"), mKind);
    form->addRow(tr("&Address"), mUrl);
    right->addLayout(form);

    mPages = new QStackedWidget(this);
    for (const QString &kind : adapterKinds())
        mPages->addWidget(createPage(kind));
    right->addWidget(mPages);

    auto *secrets = new QGroupBox(tr("Where the secrets are kept"), this);
    auto *secretsLayout = new QVBoxLayout(secrets);
    mUseKeychain = new QRadioButton(tr("In the system &keychain (type them above)"), secrets);
    mUseEnvironment = new QRadioButton(
        tr("In environment &variables (type the variables' names above)"), secrets);
    mUseKeychain->setObjectName(QStringLiteral("useKeychain"));
    mUseEnvironment->setObjectName(QStringLiteral("useEnvironment"));
    mUseKeychain->setChecked(true);
    secretsLayout->addWidget(mUseKeychain);
    secretsLayout->addWidget(mUseEnvironment);
    right->addWidget(secrets);

    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);
    right->addWidget(mStatus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("test"));
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::newConnection);
    connect(remove, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mKind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::kindChanged);
    connect(mList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        auto found = mLedger.connections().findByName(mList->item(row)->text());
        if (found && found->has_value())
            load(**found);
    });
    right->insertStretch(right->count() - 1); // the buttons stay at the bottom
    alignFormLabels(this);
    reloadList();
    newConnection();
    resize(820, 480);
}

QWidget *ConnectionsDialog::createPage(const QString &kind)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    for (const FieldSpec &spec : kFields) {
        if (kind != QLatin1String(spec.kind))
            continue;
        auto *edit = new QLineEdit(page);
        edit->setObjectName(kind + QLatin1Char('/') + QLatin1String(spec.name));
        edit->setProperty("secret", spec.secret);
        if (spec.secret)
            edit->setEchoMode(QLineEdit::Password);
        mFields.insert(edit->objectName(), edit);
        form->addRow(QCoreApplication::translate("ConnectionsDialog", spec.label), edit);
    }
    return page;
}

QLineEdit *ConnectionsDialog::field(const QString &kind, const QString &name, bool)
{
    return mFields.value(kind + QLatin1Char('/') + name);
}

void ConnectionsDialog::kindChanged()
{
    mPages->setCurrentIndex(mKind->currentIndex());
}

void ConnectionsDialog::reloadList()
{
    mList->clear();
    if (auto connections = mLedger.connections().all()) {
        for (const Connection &c : *connections)
            mList->addItem(c.name);
    }
}

void ConnectionsDialog::newConnection()
{
    mEditingId = 0;
    mName->clear();
    mUrl->clear();
    for (QLineEdit *edit : std::as_const(mFields))
        edit->clear();
    mStatus->clear();
    mName->setFocus();
}

void ConnectionsDialog::load(const Connection &connection)
{
    newConnection();
    mEditingId = connection.id;
    mName->setText(connection.name);
    mKind->setCurrentIndex(std::max(0, mKind->findData(connection.kind)));
    mUrl->setText(connection.url.toString());
    bool environment = false;
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (!it.key().startsWith(connection.kind + QLatin1Char('/')))
            continue;
        const QString name = it.key().section(QLatin1Char('/'), 1);
        if (it.value()->property("secret").toBool()) {
            const QString variable
                = connection.settings.value(name + QStringLiteral("Env")).toString();
            environment |= !variable.isEmpty();
            it.value()->setEchoMode(variable.isEmpty() ? QLineEdit::Password : QLineEdit::Normal);
            it.value()->setText(variable);
            it.value()->setPlaceholderText(
                variable.isEmpty() ? tr("(kept in the keychain; type to replace)") : QString());
        } else {
            it.value()->setText(connection.settings.value(name).toString());
        }
    }
    (environment ? mUseEnvironment : mUseKeychain)->setChecked(true);
    QString paused;
    mStatus->setText(paused);
}

Connection ConnectionsDialog::formConnection() const
{
    Connection connection;
    connection.id = mEditingId;
    connection.name = mName->text().trimmed();
    connection.kind = mKind->currentData().toString();
    connection.url = QUrl(mUrl->text().trimmed());
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (!it.key().startsWith(connection.kind + QLatin1Char('/')))
            continue;
        const QString name = it.key().section(QLatin1Char('/'), 1);
        const QString value = it.value()->text().trimmed();
        if (it.value()->property("secret").toBool()) {
            if (mUseEnvironment->isChecked() && !value.isEmpty())
                connection.settings.insert(name + QStringLiteral("Env"), value);
        } else if (!value.isEmpty()) {
            connection.settings.insert(name, value);
        }
    }
    return connection;
}

QHash<QString, QString> ConnectionsDialog::formSecrets() const
{
    QHash<QString, QString> secrets;
    const QString kind = mKind->currentData().toString();
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (!it.key().startsWith(kind + QLatin1Char('/'))
            || !it.value()->property("secret").toBool())
            continue;
        const QString name = it.key().section(QLatin1Char('/'), 1);
        const QString value = it.value()->text().trimmed();
        secrets.insert(name,
            mUseEnvironment->isChecked() ? qEnvironmentVariable(value.toLocal8Bit().constData())
                                         : value);
    }
    return secrets;
}

QString ConnectionsDialog::statusText() const
{
    return mStatus->text();
}

bool ConnectionsDialog::save()
{
    const Connection connection = formConnection();
    if (connection.name.isEmpty() || !connection.url.isValid() || connection.url.host().isEmpty()) {
        mStatus->setText(
            tr("A connection needs a name and a full address such as https://crm.example.com."));
        return false;
    }
    const bool loopback = connection.url.host() == QLatin1String("localhost")
        || connection.url.host().startsWith(QLatin1String("127."));
    if (connection.url.scheme() != QLatin1String("https")
        && !(connection.url.scheme() == QLatin1String("http") && loopback)) {
        mStatus->setText(tr("The address must use https."));
        return false;
    }
    if (mUseKeychain->isChecked()) {
        CredentialStore credentials;
        const QHash<QString, QString> secrets = formSecrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (it.value().isEmpty())
                continue; // unchanged
            if (auto stored = credentials.storeInKeychain(connection, it.key(), it.value());
                !stored) {
                mStatus->setText(tr("%1 Choose \"In environment variables\" to name variables that "
                                    "hold the secrets instead.")
                                     .arg(stored.error()));
                return false;
            }
        }
    }
    Connection saved = connection;
    auto status
        = mEditingId ? mLedger.connections().update(saved) : mLedger.connections().add(saved);
    if (!status) {
        mStatus->setText(status.error());
        return false;
    }
    mEditingId = saved.id;
    reloadList();
    mStatus->setText(tr("Saved %1.").arg(saved.name));
    Q_EMIT connectionsChanged();
    return true;
}

void ConnectionsDialog::removeSelected()
{
    if (!mList->currentItem())
        return;
    const QString name = mList->currentItem()->text();
    if (auto removed = mLedger.connections().remove(name); !removed) {
        mStatus->setText(removed.error());
        return;
    }
    reloadList();
    newConnection();
    mStatus->setText(tr("Removed %1.").arg(name));
    Q_EMIT connectionsChanged();
}

void ConnectionsDialog::testConnection()
{
    mStatus->setText(tr("Testing…"));
    const Connection connection = formConnection();
    QHash<QString, QString> secrets = formSecrets();
    if (mUseKeychain->isChecked() && mEditingId) {
        // Fields left empty keep what the keychain has.
        CredentialStore credentials;
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            if (it.value().isEmpty()) {
                if (auto stored = credentials.readFromKeychain(connection, it.key()))
                    it.value() = *stored;
            }
        }
    }
    const Status result = ConnectionTester::test(connection, secrets);
    mStatus->setText(result
            ? tr("Connected: %1 accepted the credentials.").arg(connection.url.host())
            : result.error());
}

} // namespace InvoiceDesk
