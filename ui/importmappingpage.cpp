// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's column mapping: matched by header, label or a common name; profiles.
#include "importmappingpage.h"
#include "importwizard.h"
#include "keyboardtableview.h"

#include "currency.h"
#include "fieldlabels.h"
#include "headermatcher.h"
#include "importprofilestore.h"
#include "invoicecsv.h"
#include "paymentcsv.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QStringList canonicalColumns(const ImportWizard *wizard)
{
    return importColumns(const_cast<ImportWizard *>(wizard)->options().kind);
}

/** A combo box editor listing the canonical columns, for the mapping table. */
class ColumnDelegate : public QStyledItemDelegate
{
public:
    ColumnDelegate(QStringList choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , mChoices(std::move(choices))
    {
    }
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(ImportMappingPage::tr("(ignore)"), QString());
        for (const QString &choice : mChoices)
            combo->addItem(FieldLabels::label(choice), choice);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole).toString())));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData().toString(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    QStringList mChoices;
};

} // namespace

// Step 3 ----------------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Which column is which"));
    setSubTitle(
        tr("Columns are matched by their header; choose for any that are not, or ignore them."));
    auto *layout = new QVBoxLayout(this);
    auto *profiles = new QHBoxLayout;
    mProfiles = new QComboBox(this);
    mProfiles->setObjectName(QStringLiteral("profiles"));
    auto *save = new QPushButton(tr("Save as &Profile…"), this);
    save->setObjectName(QStringLiteral("saveProfile"));
    profiles->addWidget(new QLabel(tr("Profile:"), this));
    profiles->addWidget(mProfiles, 1);
    profiles->addWidget(save);
    layout->addLayout(profiles);
    mModel = new QStandardItemModel(this);
    mView = new KeyboardTableView(this);
    mView->setObjectName(QStringLiteral("mapping"));
    mView->setModel(mModel);
    mView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(mView, 1);
    // Xero leaves the currency blank for the base currency; GnuCash's layout has none.
    auto *currencyRow = new QHBoxLayout;
    mCurrency = new QComboBox(this);
    mCurrency->setObjectName(QStringLiteral("currency"));
    mCurrency->addItem(tr("(from the file)"));
    mCurrency->addItems(Currency::allCodes());
    auto *currencyLabel = new QLabel(tr("Currenc&y where the file has none:"), this);
    currencyLabel->setBuddy(mCurrency);
    currencyRow->addWidget(currencyLabel);
    currencyRow->addWidget(mCurrency);
    currencyRow->addStretch();
    layout->addLayout(currencyRow);
    mError = new QLabel(this);
    mError->setObjectName(QStringLiteral("mappingError"));
    mError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    mError->setWordWrap(true);
    layout->addWidget(mError);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(mProfiles, &QComboBox::textActivated, this, &ImportMappingPage::applyProfile);
}

void ImportMappingPage::initializePage()
{
    const QStringList canonical = canonicalColumns(mWizard);
    mView->setItemDelegateForColumn(1, new ColumnDelegate(canonical, mView));
    mModel->clear();
    mModel->setHorizontalHeaderLabels({tr("Column in the file"), tr("Means")});
    // A file without a header row has nothing to match by: its columns are mapped by hand.
    const QStringList matches = mWizard->hasHeader()
        ? HeaderMatcher::match(mWizard->header(), canonical)
        : QStringList(mWizard->header().size(), QString());
    for (qsizetype i = 0; i < mWizard->header().size(); ++i) {
        auto *source = new QStandardItem(mWizard->header().at(i));
        source->setEditable(false);
        auto *target = new QStandardItem;
        mModel->appendRow({source, target});
        setTarget(int(i), matches.at(i));
    }
    mView->resizeColumnToContents(0);
    // The profiles are files the command line shares; older ones in the settings move once.
    ImportProfileStore store;
    QSettings settings;
    if (auto moved = store.migrateSettings(settings); !moved)
        mError->setText(moved.error());
    mProfiles->clear();
    mProfiles->addItem(tr("(by header)"));
    mProfiles->addItems(store.names());
    mProfile.reset();
    mCurrency->setCurrentIndex(0);
}

void ImportMappingPage::setTarget(int row, const QString &canonical)
{
    QStandardItem *item = mModel->item(row, 1);
    item->setData(canonical, Qt::UserRole);
    item->setText(canonical.isEmpty() ? tr("(ignore)") : FieldLabels::label(canonical));
}

void ImportMappingPage::applyProfile(const QString &name)
{
    mProfile.reset();
    if (mProfiles->currentIndex() <= 0)
        return; // "(by header)"
    auto profile = ImportProfileStore().load(name);
    if (!profile) {
        mError->setText(profile.error());
        return;
    }
    mError->clear();
    if (!profile->hasHeader && mWizard->hasHeader()) {
        // A header-less layout (GnuCash's): the first row is data, its columns counted from 1.
        QStringList header;
        for (qsizetype i = 0; i < mWizard->header().size(); ++i)
            header.append(QCoreApplication::translate("ImportProfile", "column %1").arg(i + 1));
        mWizard->setHeader(header);
        mWizard->setHasHeader(false);
        for (int row = 0; row < mModel->rowCount(); ++row)
            mModel->item(row, 0)->setText(header.at(row));
    }
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (!mWizard->hasHeader()) {
            setTarget(row, profile->positions.value(row + 1));
            continue;
        }
        const QString header = mModel->item(row, 0)->text().trimmed();
        for (auto it = profile->columns.cbegin(); it != profile->columns.cend(); ++it) {
            if (it.key().trimmed().compare(header, Qt::CaseInsensitive) == 0)
                setTarget(row, it.value());
        }
        if (profile->ignoredColumns.contains(header, Qt::CaseInsensitive))
            setTarget(row, QString());
    }
    const QString currency = profile->constants.value(QStringLiteral("currency"));
    mCurrency->setCurrentIndex(currency.isEmpty() ? 0 : std::max(0, mCurrency->findText(currency)));
    // A profile keeps how its file writes dates and numbers.
    mWizard->options().format = profile->fieldFormat();
    mProfile = *profile;
}

void ImportMappingPage::setMapping(ImportProfile &profile) const
{
    if (mCurrency->currentIndex() > 0)
        profile.constants.insert(QStringLiteral("currency"), mCurrency->currentText());
    else
        profile.constants.remove(QStringLiteral("currency"));
    profile.hasHeader = mWizard->hasHeader();
    profile.columns.clear();
    profile.positions.clear();
    if (profile.hasHeader) {
        profile.columns = currentMapping();
        return;
    }
    // Header-less: by position, and a column left unmapped is ignored by its number.
    profile.ignoredColumns.clear();
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString target = mModel->item(row, 1)->data(Qt::UserRole).toString();
        const DiscountColumns &d = profile.discount;
        const bool discount
            = d.isSet() && (row + 1 == d.value || row + 1 == d.type || row + 1 == d.how);
        if (target.isEmpty() && !discount) // GnuCash's discount columns are read as one
            profile.ignoredColumns.append(QString::number(row + 1));
        else
            profile.positions.insert(row + 1, target);
    }
}

QHash<QString, QString> ImportMappingPage::currentMapping() const
{
    QHash<QString, QString> mapping;
    for (int row = 0; row < mModel->rowCount(); ++row)
        mapping.insert(
            mModel->item(row, 0)->text(), mModel->item(row, 1)->data(Qt::UserRole).toString());
    return mapping;
}

void ImportMappingPage::saveProfile()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save Profile"), tr("Name of this column mapping:"),
            QLineEdit::Normal, QFileInfo(mWizard->sourcePath()).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    ImportProfile profile = mProfile.value_or(ImportProfile {});
    profile.name = name.trimmed();
    profile.preset = false;
    setMapping(profile);
    const FieldFormat &format = mWizard->options().format;
    profile.decimalPoint = format.decimal.decimalPoint;
    profile.groupSeparator = format.decimal.groupSeparator;
    profile.dateFormat = format.dateFormat;
    if (auto saved = ImportProfileStore().save(profile); !saved) {
        mError->setText(saved.error());
        return;
    }
    if (mProfiles->findText(profile.name) < 0)
        mProfiles->addItem(profile.name);
    mProfiles->setCurrentText(profile.name);
    mProfile = profile;
}

bool ImportMappingPage::validatePage()
{
    QHash<QString, QString> mapping;
    QStringList used;
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString target = mModel->item(row, 1)->data(Qt::UserRole).toString();
        if (!target.isEmpty() && used.contains(target)) {
            mError->setText(tr("Two columns are mapped to %1.").arg(FieldLabels::label(target)));
            return false;
        }
        used.append(target);
        mapping.insert(mModel->item(row, 0)->text(), target);
    }
    if (mProfile) // a constant stands for a column the file lacks
        used += mProfile->constants.keys();
    if (mCurrency->currentIndex() > 0)
        used.append(QStringLiteral("currency"));
    const QStringList &required = requiredImportColumns(mWizard->options().kind);
    for (const QString &name : required) {
        if (!used.contains(name)) {
            mError->setText(tr("No column is mapped to %1, which an import needs.")
                                .arg(FieldLabels::label(name)));
            return false;
        }
    }
    if (mProfile || !mWizard->hasHeader() || mCurrency->currentIndex() > 0) {
        // The table is the profile's mapping now; the rest of the profile stays.
        ImportProfile profile = mProfile.value_or(ImportProfile {});
        setMapping(profile);
        mWizard->options().profile = profile;
        mWizard->options().columnMapping.clear();
    } else {
        mWizard->options().profile.reset();
        mWizard->options().columnMapping = mapping;
    }
    mError->clear();
    return true;
}

} // namespace InvoiceDesk
