// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxcodesdialog.h"

#include "formalignment.h"
#include "ledger.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

enum Column { NameColumn, RateColumn, CategoryColumn, ReasonColumn, ColumnCount };

QString categoryName(const QString &category)
{
    static const QHash<QString, const char *> names
        = {{QStringLiteral("S"), QT_TRANSLATE_NOOP("TaxCodesDialog", "standard rate")},
            {QStringLiteral("Z"), QT_TRANSLATE_NOOP("TaxCodesDialog", "zero rated")},
            {QStringLiteral("E"), QT_TRANSLATE_NOOP("TaxCodesDialog", "exempt")},
            {QStringLiteral("AE"), QT_TRANSLATE_NOOP("TaxCodesDialog", "reverse charge")},
            {QStringLiteral("K"), QT_TRANSLATE_NOOP("TaxCodesDialog", "intra-community supply")},
            {QStringLiteral("G"), QT_TRANSLATE_NOOP("TaxCodesDialog", "export outside the EU")},
            {QStringLiteral("O"), QT_TRANSLATE_NOOP("TaxCodesDialog", "not subject to VAT")}};
    const char *name = names.value(category);
    return name ? QCoreApplication::translate("TaxCodesDialog", name) : QString();
}

} // namespace

TaxCodesDialog::TaxCodesDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
{
    setWindowTitle(tr("Tax Codes"));
    createTable();
    QFormLayout *form = createForm();
    mProblem = new QLabel(this);
    mProblem->setObjectName(QStringLiteral("problem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #c62828"));
    QDialogButtonBox *buttons = createButtons();
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &TaxCodesDialog::showChosen);
    connect(mRate, &QLineEdit::textEdited, this, &TaxCodesDialog::categoryFollowsRate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addLayout(form);
    layout->addWidget(mProblem);
    layout->addWidget(buttons);
    alignFormLabels(this);
    reload();
    startNew();
    resize(640, 420);
}

void TaxCodesDialog::createTable()
{
    mTable = new QTableWidget(0, ColumnCount, this);
    mTable->setObjectName(QStringLiteral("taxCodes"));
    mTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Rate %"), tr("Category"), tr("Exemption reason")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->setTabKeyNavigation(false); // Tab leaves the table; the arrows choose a code
    mTable->horizontalHeader()->setStretchLastSection(true);
}

QFormLayout *TaxCodesDialog::createForm()
{
    mName = new QLineEdit(this);
    mName->setObjectName(QStringLiteral("name"));
    mRate = new QLineEdit(this);
    mRate->setObjectName(QStringLiteral("rate"));
    mRate->setPlaceholderText(tr("e.g. 19 or 7.7"));
    mCategory = new QComboBox(this);
    mCategory->setObjectName(QStringLiteral("category"));
    for (const QString &category : TaxCodes::categories())
        mCategory->addItem(
            QStringLiteral("%1 – %2").arg(category, categoryName(category)), category);
    mReason = new QLineEdit(this);
    mReason->setObjectName(QStringLiteral("exemptionReason"));
    mReason->setPlaceholderText(tr("printed on the invoice, e.g. § 4 Nr. 14 UStG"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Rate %:"), mRate);
    form->addRow(tr("Ca&tegory:"), mCategory);
    form->addRow(tr("E&xemption reason:"), mReason);
    return form;
}

QDialogButtonBox *TaxCodesDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("Ne&w Code"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("&Save Code"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setDefault(true);
    // The button box orders only its own buttons: the chain through the form is set here.
    QWidget::setTabOrder(mTable, mName);
    QWidget::setTabOrder(mName, mRate);
    QWidget::setTabOrder(mRate, mCategory);
    QWidget::setTabOrder(mCategory, mReason);
    QWidget::setTabOrder(mReason, saveButton);
    QWidget::setTabOrder(saveButton, add);
    QWidget::setTabOrder(add, buttons->button(QDialogButtonBox::Close));
    connect(add, &QPushButton::clicked, this, &TaxCodesDialog::startNew);
    connect(saveButton, &QPushButton::clicked, this, &TaxCodesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaxCodesDialog::reject);
    return buttons;
}

QString TaxCodesDialog::problemText() const
{
    return mProblem->text();
}

void TaxCodesDialog::reload(const QString &current)
{
    auto codes = mLedger.taxCodes().all();
    mCodes = codes ? *codes : QList<TaxCode>();
    if (!codes)
        mProblem->setText(codes.error());
    const QSignalBlocker blocker(mTable);
    mTable->setRowCount(int(mCodes.size()));
    const QLocale locale;
    for (int row = 0; row < mCodes.size(); ++row) {
        const TaxCode &code = mCodes.at(row);
        const QStringList cells = {code.name, code.rate.toString(decimalFormatFor(locale)),
            code.category, code.exemptionReason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == RateColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(row, column, item);
        }
        if (!current.isEmpty() && code.name.compare(current, Qt::CaseInsensitive) == 0)
            mTable->selectRow(row);
    }
    for (int column = NameColumn; column < ReasonColumn; ++column)
        mTable->resizeColumnToContents(column); // the reason takes the rest
}

void TaxCodesDialog::showChosen()
{
    const int row = mTable->currentRow();
    if (row < 0 || row >= mCodes.size())
        return;
    const TaxCode &code = mCodes.at(row);
    mEditedId = code.id;
    mName->setText(code.name);
    mRate->setText(code.rate.toString(decimalFormatFor(QLocale())));
    mCategory->setCurrentIndex(mCategory->findData(code.category));
    mReason->setText(code.exemptionReason);
    mProblem->clear();
}

void TaxCodesDialog::startNew()
{
    mTable->clearSelection();
    mEditedId = 0;
    mName->clear();
    mRate->clear();
    mCategory->setCurrentIndex(mCategory->findData(QStringLiteral("S")));
    mReason->clear();
    mProblem->clear();
    mName->setFocus();
}

void TaxCodesDialog::categoryFollowsRate()
{
    // A new code's category is proposed from its rate (Z at 0 %, else S) until one is chosen.
    if (mEditedId != 0)
        return;
    const QString category = mCategory->currentData().toString();
    if (category != QLatin1String("S") && category != QLatin1String("Z"))
        return;
    if (auto rate = Percentage::parse(mRate->text().trimmed(), decimalFormatFor(QLocale())))
        mCategory->setCurrentIndex(mCategory->findData(TaxCodes::defaultCategory(*rate)));
}

void TaxCodesDialog::save()
{
    TaxCode code;
    for (const TaxCode &stored : std::as_const(mCodes)) {
        if (stored.id == mEditedId && mEditedId != 0)
            code = stored;
    }
    code.name = mName->text().trimmed();
    const QString rateText = mRate->text().trimmed().remove(QLatin1Char('%')).trimmed();
    auto rate = Percentage::parse(rateText, decimalFormatFor(QLocale()));
    if (!rate) {
        mProblem->setText(
            tr("Rate: %1").arg(rateText.isEmpty() ? tr("a tax code needs a rate") : rate.error()));
        mRate->setFocus();
        return;
    }
    code.rate = *rate;
    code.category = mCategory->currentData().toString();
    code.exemptionReason = mReason->text().trimmed();
    auto saved = mLedger.saveTaxCode(code);
    if (!saved) {
        mProblem->setText(tr("Tax code %1 was not saved: %2").arg(code.name, saved.error()));
        return;
    }
    reload(saved->name);
    mEditedId = saved->id;
    mProblem->clear();
}

} // namespace InvoiceDesk
