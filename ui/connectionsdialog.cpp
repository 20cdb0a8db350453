// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"
#include "connectionfields.h"

#include "adapterfactory.h"
#include "connectiontester.h"
#include "connectionurl.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

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
    auto *add = new QPushButton(tr("Ne&w"), this);
    auto *remove = new QPushButton(tr("Re&move…"), this);
    add->setObjectName(QStringLiteral("new"));
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
        mKind->addItem(connectionKindLabel(kind), kind);
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
    right->addWidget(createTestRow());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("test"));
    mTestButton = test;
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
        if (found && found->has_value() && (*found)->id != mEditingId)
            load(**found);
    });
    right->insertStretch(right->count() - 1); // the buttons stay at the bottom
    alignFormLabels(this);
    reloadList();
    clearForm();
    resize(820, 480);
}

ConnectionsDialog::~ConnectionsDialog() = default;

QWidget *ConnectionsDialog::createPage(const QString &kind)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    for (const ConnectionFieldSpec &spec : connectionFieldSpecs()) {
        if (kind != QLatin1String(spec.kind))
            continue;
        const QString key = kind + QLatin1Char('/') + QLatin1String(spec.name);
        const QString label = QCoreApplication::translate("ConnectionsDialog", spec.label);
        if (key == QLatin1String("upgradechat/auth")) {
            // A fixed set of values is a list to pick from, not free text (issue 10).
            auto *choice = new QComboBox(page);
            choice->setObjectName(key);
            choice->addItem(tr("Bearer token (Authorization header)"), QStringLiteral("bearer"));
            choice->addItem(tr("API key (api-key header)"), QStringLiteral("api-key"));
            mChoices.insert(key, choice);
            form->addRow(label, choice);
            continue;
        }
        auto *edit = new QLineEdit(page);
        edit->setObjectName(key);
        edit->setProperty("secret", spec.secret);
        if (spec.secret)
            edit->setEchoMode(QLineEdit::Password);
        mFields.insert(key, edit);
        form->addRow(label, edit);
    }
    return page;
}

QWidget *ConnectionsDialog::createTestRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    mTestProgress = new QProgressBar(row);
    mTestProgress->setObjectName(QStringLiteral("testProgress"));
    mTestProgress->setRange(0, 0); // busy: the remote gives no progress to show
    mTestProgress->setMaximumHeight(fontMetrics().height());
    mCancelTest = new QPushButton(tr("Stop the Test"), row);
    mCancelTest->setObjectName(QStringLiteral("cancelTest"));
    mCancelTest->setAutoDefault(false);
    layout->addWidget(mTestProgress, 1);
    layout->addWidget(mCancelTest);
    mTestProgress->hide();
    mCancelTest->hide();
    connect(mCancelTest, &QPushButton::clicked, this, &ConnectionsDialog::cancelTest);
    return row;
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

void ConnectionsDialog::clearForm()
{
    mEditingId = 0;
    mName->clear();
    mUrl->clear();
    for (QLineEdit *edit : std::as_const(mFields)) {
        edit->clear();
        edit->setPlaceholderText(QString());
        if (edit->property("secret").toBool())
            edit->setEchoMode(QLineEdit::Password);
    }
    for (QComboBox *choice : std::as_const(mChoices))
        choice->setCurrentIndex(0);
    mStatus->clear();
    mBaseline = snapshot();
}

void ConnectionsDialog::newConnection()
{
    if (!confirmDropChanges())
        return;
    mList->setCurrentRow(-1);
    clearForm();
    mName->setFocus();
}

QString ConnectionsDialog::snapshot() const
{
    QStringList parts {mName->text(), mKind->currentData().toString(), mUrl->text(),
        mUseEnvironment->isChecked() ? QStringLiteral("env") : QStringLiteral("keychain")};
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value()->text());
    for (auto it = mChoices.cbegin(); it != mChoices.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value()->currentData().toString());
    parts.sort();
    return parts.join(QChar(0x1f));
}

bool ConnectionsDialog::isModified() const
{
    return snapshot() != mBaseline;
}

bool ConnectionsDialog::confirmDropChanges()
{
    if (!isModified())
        return true;
    const QString name = mName->text().trimmed();
    const auto answer = QMessageBox::question(this, tr("Unsaved Connection"),
        name.isEmpty() ? tr("Save the connection you are entering first?")
                       : tr("Save the changes to %1 first?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ConnectionsDialog::load(const Connection &connection)
{
    clearForm();
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
    for (auto it = mChoices.cbegin(); it != mChoices.cend(); ++it) {
        if (it.key().startsWith(connection.kind + QLatin1Char('/'))) {
            const QString name = it.key().section(QLatin1Char('/'), 1);
            it.value()->setCurrentIndex(
                std::max(0, it.value()->findData(connection.settings.value(name).toString())));
        }
    }
    (environment ? mUseEnvironment : mUseKeychain)->setChecked(true);
    // Why the engine cannot run this connection, in its own plain words (issue 10).
    QString paused;
    if (auto issues = mLedger.connections().needingAttention()) {
        for (const ConnectionIssue &issue : *issues) {
            if (issue.id == connection.id)
                paused = tr("This connection cannot sync: %1").arg(issue.reason);
        }
    }
    mStatus->setText(paused);
    mBaseline = snapshot();
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
    for (auto it = mChoices.cbegin(); it != mChoices.cend(); ++it) {
        if (it.key().startsWith(connection.kind + QLatin1Char('/')))
            connection.settings.insert(
                it.key().section(QLatin1Char('/'), 1), it.value()->currentData().toString());
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
    if (connection.name.isEmpty()) {
        mStatus->setText(tr("A connection needs a name."));
        return false;
    }
    // The same rule as the command line's (issue 9.10): loopback by address, no credentials.
    if (auto checked = checkConnectionUrl(connection.url); !checked) {
        mStatus->setText(tr("Address: %1.").arg(checked.error()));
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
    if (const auto items = mList->findItems(saved.name, Qt::MatchExactly); !items.isEmpty())
        mList->setCurrentItem(items.first());
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (mUseKeychain->isChecked() && it.value()->property("secret").toBool())
            it.value()->clear(); // stored in the keychain, not kept on show
    }
    mBaseline = snapshot();
    mStatus->setText(tr("Saved %1.").arg(saved.name));
    Q_EMIT connectionsChanged();
    return true;
}

void ConnectionsDialog::removeSelected()
{
    if (!mList->currentItem())
        return;
    const QString name = mList->currentItem()->text();
    if (QMessageBox::question(this, tr("Remove Connection"),
            tr("Remove the connection %1? Invoices assigned to it keep their data; InvoiceDesk "
               "stops syncing with it.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto removed = mLedger.connections().remove(name); !removed) {
        mStatus->setText(removed.error());
        return;
    }
    reloadList();
    clearForm();
    mStatus->setText(tr("Removed %1.").arg(name));
    Q_EMIT connectionsChanged();
}

void ConnectionsDialog::testConnection()
{
    if (mTest)
        return;
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
    // In a thread of its own: the window stays alive, and Stop answers at once (issue 10).
    mTest = new ConnectionTest(connection, secrets, this);
    mStatus->setText(
        tr("Testing %1… (it gives up after %n seconds)", nullptr, mTest->timeoutMs() / 1000)
            .arg(connection.url.host()));
    mTestProgress->show();
    mCancelTest->show();
    mTestButton->setEnabled(false);
    const QString host = connection.url.host();
    connect(mTest, &ConnectionTest::finished, this,
        [this, host](bool ok, const QString &message) { testFinished(ok, message, host); });
    mTest->start();
}

void ConnectionsDialog::testFinished(bool ok, const QString &message, const QString &host)
{
    mTest->deleteLater();
    mTest = nullptr;
    mTestProgress->hide();
    mCancelTest->hide();
    mTestButton->setEnabled(true);
    mStatus->setText(ok ? tr("Connected: %1 accepted the credentials.").arg(host) : message);
}

void ConnectionsDialog::cancelTest()
{
    if (!mTest)
        return;
    mTest->cancel();
    mTest->deleteLater(); // waits for its thread, which has been told to stop
    mTest = nullptr;
    mTestProgress->hide();
    mCancelTest->hide();
    mTestButton->setEnabled(true);
    mStatus->setText(tr("Test stopped; nothing was changed."));
}

} // namespace InvoiceDesk
