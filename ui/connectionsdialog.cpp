// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"
#include "ui_connectionsdialog.h"

#include "adapterfactory.h"
#include "connectiontester.h"
#include "connectionurl.h"
#include "credentialstore.h"
#include "formalignment.h"
#include "ledger.h"
#include "syncpolicy.h"
#include "tokenbucket.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QValidator>

#include <algorithm>

namespace InvoiceDesk {

namespace {

/** The kind of a connection as a person reads it ("iVvy (payments)"), from its capabilities. */
QString kindLabel(const SyncAdapter &adapter)
{
    const Capabilities capabilities = adapter.capabilities();
    return capabilities.pushesInvoices
        ? ConnectionsDialog::tr("%1 (invoices and payments)").arg(capabilities.systemName)
        : ConnectionsDialog::tr("%1 (payments)").arg(capabilities.systemName);
}

QString fieldKey(const QString &kind, const char *name)
{
    return kind + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

ConnectionsDialog::ConnectionsDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , mUi(std::make_unique<Ui::ConnectionsDialog>())
    , mLedger(ledger)
{
    mUi->setupUi(this);
    // "new" is a C++ keyword, so the button has another name in the form.
    mUi->newButton->setObjectName(QStringLiteral("new"));
    mUi->testProgress->setMaximumHeight(fontMetrics().height());
    createPages();

    connect(mUi->newButton, &QPushButton::clicked, this, &ConnectionsDialog::newConnection);
    connect(mUi->remove, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(mUi->test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(mUi->cancelTest, &QPushButton::clicked, this, &ConnectionsDialog::cancelTest);
    connect(mUi->buttons, &QDialogButtonBox::accepted, this, &ConnectionsDialog::save);
    connect(mUi->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mUi->kind, &QComboBox::currentIndexChanged, this, &ConnectionsDialog::kindChanged);
    connect(mUi->connectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        auto found = mLedger.connections().findByName(mUi->connectionList->item(row)->text());
        if (found && found->has_value() && (*found)->id != mEditingId)
            load(**found);
    });
    alignFormLabels(this);
    reloadList();
    clearForm();
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::createPages()
{
    for (const QString &kind : adapterKinds()) {
        const auto adapter = createAdapter(kind);
        mUi->kind->addItem(kindLabel(*adapter), kind);
        QWidget *page = createPage(kind);
        mUi->pages->addWidget(page);
        // The fields come after the address in Tab order, wherever they were created.
        QWidget *previous = mUi->url;
        for (QWidget *field : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (field->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(previous, field);
                previous = field;
            }
        }
    }
}

QWidget *ConnectionsDialog::createPage(const QString &kind)
{
    auto *page = new QWidget(mUi->pages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    // Every kind's own fields, then the lanes and the rate its server allows (empty: defaults).
    for (const ConnectionField &field : createAdapter(kind)->fields() + paceFields()) {
        const QString key = fieldKey(kind, field.name);
        const QString label = QCoreApplication::translate("ConnectionsDialog", field.label);
        if (!field.choices.isEmpty()) {
            // A fixed set of values is a list to pick from, not free text (issue 10).
            auto *choice = new QComboBox(page);
            choice->setObjectName(key);
            for (const auto &[value, text] : field.choices)
                choice->addItem(
                    QCoreApplication::translate("ConnectionsDialog", text), QLatin1String(value));
            mChoices.insert(key, choice);
            form->addRow(label, choice);
            continue;
        }
        auto *edit = new QLineEdit(page);
        edit->setObjectName(key);
        edit->setProperty("secret", field.secret);
        if (field.secret)
            edit->setEchoMode(QLineEdit::Password);
        // The limits show their defaults while empty.
        if (qstrcmp(field.name, "lanes") == 0) {
            edit->setValidator(new QIntValidator(1, ConnectionPace::kMaxLanes, edit));
            edit->setProperty("placeholder", QString::number(SyncPolicy().maxParallel));
        } else if (qstrcmp(field.name, "requestsPerSecond") == 0) {
            edit->setValidator(
                new QDoubleValidator(0, ConnectionPace::kMaxRequestsPerSecond, 3, edit));
            edit->setProperty("placeholder", tr("no limit"));
        }
        mFields.insert(key, edit);
        form->addRow(label, edit);
    }
    return page;
}

void ConnectionsDialog::kindChanged()
{
    mUi->pages->setCurrentIndex(mUi->kind->currentIndex());
}

void ConnectionsDialog::reloadList()
{
    mUi->connectionList->clear();
    if (auto connections = mLedger.connections().all()) {
        for (const Connection &c : *connections)
            mUi->connectionList->addItem(c.name);
    }
}

void ConnectionsDialog::clearForm()
{
    mEditingId = 0;
    mUi->name->clear();
    mUi->url->clear();
    for (QLineEdit *edit : std::as_const(mFields)) {
        edit->clear();
        edit->setPlaceholderText(edit->property("placeholder").toString());
        if (edit->property("secret").toBool())
            edit->setEchoMode(QLineEdit::Password);
    }
    for (QComboBox *choice : std::as_const(mChoices))
        choice->setCurrentIndex(0);
    mUi->status->clear();
    mBaseline = snapshot();
}

void ConnectionsDialog::newConnection()
{
    if (!isModified())
        return startNew();
    const QString name = mUi->name->text().trimmed();
    const auto answer = QMessageBox::question(this, tr("Unsaved Connection"),
        name.isEmpty() ? tr("Save the connection you are entering first?")
                       : tr("Save the changes to %1 first?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        saveThen([this] { startNew(); }); // once the save has ended well, however long it takes
    else if (answer == QMessageBox::Discard)
        startNew();
}

void ConnectionsDialog::startNew()
{
    mUi->connectionList->setCurrentRow(-1);
    clearForm();
    mUi->name->setFocus();
}

QString ConnectionsDialog::snapshot() const
{
    QStringList parts {mUi->name->text(), mUi->kind->currentData().toString(), mUi->url->text(),
        mUi->useEnvironment->isChecked() ? QStringLiteral("env") : QStringLiteral("keychain")};
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

void ConnectionsDialog::load(const Connection &connection)
{
    clearForm();
    mEditingId = connection.id;
    mUi->name->setText(connection.name);
    mUi->kind->setCurrentIndex(std::max(0, mUi->kind->findData(connection.kind)));
    mUi->url->setText(connection.url.toString());
    const bool environment = loadFields(connection);
    (environment ? mUi->useEnvironment : mUi->useKeychain)->setChecked(true);
    // Why the engine cannot run this connection, in its own plain words (issue 10).
    QString paused;
    if (auto issues = mLedger.connections().needingAttention()) {
        for (const ConnectionIssue &issue : *issues) {
            if (issue.id == connection.id)
                paused = tr("This connection cannot sync: %1").arg(issue.reason);
        }
    }
    mUi->status->setText(paused);
    mBaseline = snapshot();
}

bool ConnectionsDialog::loadFields(const Connection &connection)
{
    bool environment = false;
    const QString prefix = connection.kind + QLatin1Char('/');
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString name = it.key().section(QLatin1Char('/'), 1);
        if (!it.value()->property("secret").toBool()) {
            it.value()->setText(connection.settings.value(name).toString());
            continue;
        }
        // A secret shows the name of its variable; one kept in the keychain is never shown.
        const QString variable = connection.settings.value(name + QStringLiteral("Env")).toString();
        environment |= !variable.isEmpty();
        it.value()->setEchoMode(variable.isEmpty() ? QLineEdit::Password : QLineEdit::Normal);
        it.value()->setText(variable);
        it.value()->setPlaceholderText(
            variable.isEmpty() ? tr("(kept in the keychain; type to replace)") : QString());
    }
    for (auto it = mChoices.cbegin(); it != mChoices.cend(); ++it) {
        if (it.key().startsWith(prefix)) {
            const QString name = it.key().section(QLatin1Char('/'), 1);
            it.value()->setCurrentIndex(
                std::max(0, it.value()->findData(connection.settings.value(name).toString())));
        }
    }
    return environment;
}

Connection ConnectionsDialog::formConnection() const
{
    Connection connection;
    connection.id = mEditingId;
    connection.name = mUi->name->text().trimmed();
    connection.kind = mUi->kind->currentData().toString();
    connection.url = QUrl(mUi->url->text().trimmed());
    const QString prefix = connection.kind + QLatin1Char('/');
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString name = it.key().section(QLatin1Char('/'), 1);
        const QString value = it.value()->text().trimmed();
        if (it.value()->property("secret").toBool()) {
            if (mUi->useEnvironment->isChecked() && !value.isEmpty())
                connection.settings.insert(name + QStringLiteral("Env"), value);
        } else if (!value.isEmpty()) {
            connection.settings.insert(name, value);
        }
    }
    for (auto it = mChoices.cbegin(); it != mChoices.cend(); ++it) {
        if (it.key().startsWith(prefix))
            connection.settings.insert(
                it.key().section(QLatin1Char('/'), 1), it.value()->currentData().toString());
    }
    return connection;
}

QHash<QString, QString> ConnectionsDialog::formSecrets() const
{
    // With environment variables, the fields hold the variables' names: formConnection() has
    // them, and the credential store reads the variables. Nothing here reads the environment.
    QHash<QString, QString> secrets;
    if (!mUi->useKeychain->isChecked())
        return secrets;
    const QString prefix = mUi->kind->currentData().toString() + QLatin1Char('/');
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        if (it.key().startsWith(prefix) && it.value()->property("secret").toBool())
            secrets.insert(it.key().section(QLatin1Char('/'), 1), it.value()->text().trimmed());
    }
    return secrets;
}

QString ConnectionsDialog::statusText() const
{
    return mUi->status->text();
}

bool ConnectionsDialog::save()
{
    return saveThen({});
}

bool ConnectionsDialog::saveThen(const std::function<void()> &next)
{
    if (mSaving)
        return false;
    const Connection connection = formConnection();
    if (connection.name.isEmpty()) {
        mUi->status->setText(tr("A connection needs a name."));
        return false;
    }
    // The same rule as the command line's (issue 9.10): loopback by address, no credentials.
    if (auto checked = checkConnectionUrl(connection.url); !checked) {
        mUi->status->setText(tr("Address: %1.").arg(checked.error()));
        return false;
    }
    const QHash<QString, QString> typed = formSecrets();
    if (std::all_of(typed.cbegin(), typed.cend(), [](const QString &s) { return s.isEmpty(); })) {
        const bool written = writeConnection(connection);
        Q_EMIT saveFinished(written);
        if (written && next)
            next();
        return written;
    }
    // The keychain may take its time (it may ask to be unlocked): the window stays alive, and
    // the connection is written only once its secrets are stored.
    mSaving = true;
    setFormEnabled(false);
    mUi->status->setText(tr("Storing the secrets in the system keychain…"));
    KeychainWrite *write = CredentialStore().store(connection, typed, this);
    connect(write, &KeychainWrite::finished, this, [this, connection, next](const QString &error) {
        mSaving = false;
        setFormEnabled(true);
        const bool written = error.isEmpty() && writeConnection(connection);
        if (!error.isEmpty())
            mUi->status->setText(tr("%1 Choose \"In environment variables\" to name variables that "
                                    "hold the secrets instead.")
                                     .arg(error));
        Q_EMIT saveFinished(written);
        if (written && next)
            next();
    });
    write->start();
    return true;
}

bool ConnectionsDialog::writeConnection(const Connection &connection)
{
    Connection saved = connection;
    auto status = saved.id ? mLedger.connections().update(saved) : mLedger.connections().add(saved);
    if (!status) {
        mUi->status->setText(status.error());
        return false;
    }
    mEditingId = saved.id;
    reloadList();
    const auto items = mUi->connectionList->findItems(saved.name, Qt::MatchExactly);
    if (!items.isEmpty())
        mUi->connectionList->setCurrentItem(items.first());
    for (QLineEdit *edit : std::as_const(mFields)) {
        if (mUi->useKeychain->isChecked() && edit->property("secret").toBool())
            edit->clear(); // stored in the keychain, not kept on show
    }
    mBaseline = snapshot();
    mUi->status->setText(tr("Saved %1.").arg(saved.name));
    Q_EMIT connectionsChanged();
    return true;
}

void ConnectionsDialog::setFormEnabled(bool enabled)
{
    // While a save waits for the keychain, the form it saves stays as it was.
    for (QWidget *w : std::initializer_list<QWidget *> {mUi->connectionList, mUi->newButton,
             mUi->remove, mUi->name, mUi->kind, mUi->url, mUi->pages, mUi->secrets, mUi->test})
        w->setEnabled(enabled);
    mUi->buttons->button(QDialogButtonBox::Save)->setEnabled(enabled);
}

void ConnectionsDialog::removeSelected()
{
    if (!mUi->connectionList->currentItem())
        return;
    const QString name = mUi->connectionList->currentItem()->text();
    if (QMessageBox::question(this, tr("Remove Connection"),
            tr("Remove the connection %1? Invoices assigned to it keep their data; InvoiceDesk "
               "stops syncing with it.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto removed = mLedger.connections().remove(name); !removed) {
        mUi->status->setText(removed.error());
        return;
    }
    reloadList();
    clearForm();
    mUi->status->setText(tr("Removed %1.").arg(name));
    Q_EMIT connectionsChanged();
}

void ConnectionsDialog::testConnection()
{
    if (mTest || mLookup)
        return;
    const Connection connection = formConnection();
    showTestRunning(true);
    mUi->status->setText(tr("Testing %1… (it gives up after %n seconds)", nullptr,
        ConnectionTester::timeoutFor(connection) / 1000)
                             .arg(connection.url.host()));
    // The credential store finds the secrets: typed ones, the variables the form names, and,
    // for a saved connection, the keychain for fields left empty. It answers with a signal.
    const bool keychain = mUi->useKeychain->isChecked() && mEditingId;
    SecretsLookup *lookup = CredentialStore().lookUp(connection, formSecrets(), keychain, this);
    mLookup = lookup;
    connect(lookup, &SecretsLookup::finished, this,
        [this, connection](const QHash<QString, QString> &secrets, const QString &error) {
            mLookup = nullptr;
            if (error.isEmpty())
                startTest(connection, secrets);
            else
                testFinished(false, error, connection.url.host());
        });
    lookup->start();
}

void ConnectionsDialog::startTest(
    const Connection &connection, const QHash<QString, QString> &secrets)
{
    // In a thread of its own: the window stays alive, and Stop answers at once (issue 10).
    mTest = new ConnectionTest(connection, secrets, this);
    const QString host = connection.url.host();
    connect(mTest, &ConnectionTest::finished, this,
        [this, host](bool ok, const QString &message) { testFinished(ok, message, host); });
    mTest->start();
}

void ConnectionsDialog::showTestRunning(bool running)
{
    mUi->testProgress->setVisible(running);
    mUi->cancelTest->setVisible(running);
    mUi->test->setEnabled(!running);
}

void ConnectionsDialog::testFinished(bool ok, const QString &message, const QString &host)
{
    if (mTest)
        mTest->deleteLater();
    mTest = nullptr;
    showTestRunning(false);
    mUi->status->setText(ok ? tr("Connected: %1 accepted the credentials.").arg(host) : message);
}

void ConnectionsDialog::cancelTest()
{
    if (!mTest && !mLookup)
        return;
    if (mLookup) {
        mLookup->disconnect(this); // its answer is no longer wanted
        mLookup = nullptr;
    }
    if (mTest) {
        mTest->cancel();
        mTest->deleteLater(); // waits for its thread, which has been told to stop
        mTest = nullptr;
    }
    showTestRunning(false);
    mUi->status->setText(tr("Test stopped; nothing was changed."));
}

} // namespace InvoiceDesk
