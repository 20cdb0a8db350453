// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstatementdialog.h"
#include "dateinput.h"

#include "bankcsvreader.h"
#include "bankstore.h"
#include "statementimporter.h"
#include "statementreader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace InvoiceDesk {

namespace {

/** Our CSV columns with the words a person reads. */
QList<std::pair<QString, QString>> columnChoices()
{
    const char *const labels[] = {QT_TRANSLATE_NOOP("ImportStatementDialog", "Booking date"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Value date"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Amount (signed)"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Debit (money out)"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Credit (money in)"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Credit or debit (C/D)"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Currency"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Counterparty"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Counterparty's account"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Remittance text"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Payer's reference"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Bank's reference"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Balance after the line"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Posting text"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Own account (IBAN)"),
        QT_TRANSLATE_NOOP("ImportStatementDialog", "Booked or pending")};
    QList<std::pair<QString, QString>> choices;
    const QStringList &keys = BankCsvReader::columns();
    for (qsizetype i = 0; i < keys.size(); ++i)
        choices.append(
            {keys.at(i), QCoreApplication::translate("ImportStatementDialog", labels[i])});
    return choices;
}

QString formatName(StatementFormat format)
{
    switch (format) {
    case StatementFormat::Camt052:
        return QCoreApplication::translate("ImportStatementDialog", "CAMT.052 account report");
    case StatementFormat::Camt053:
        return QCoreApplication::translate("ImportStatementDialog", "CAMT.053 statement");
    case StatementFormat::Camt054:
        return QCoreApplication::translate("ImportStatementDialog", "CAMT.054 notification");
    case StatementFormat::Mt940:
        return QCoreApplication::translate("ImportStatementDialog", "MT940 statement");
    case StatementFormat::Ofx:
        return QCoreApplication::translate("ImportStatementDialog", "OFX/QFX statement");
    case StatementFormat::Csv:
        break;
    }
    return QCoreApplication::translate("ImportStatementDialog", "Bank CSV export");
}

} // namespace

ImportStatementDialog::ImportStatementDialog(Ledger &ledger, Database &database, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mStore(std::make_unique<BankStore>(database))
{
    buildLayout();
    connect(mPath, &QLineEdit::editingFinished, this, &ImportStatementDialog::inspectFile);
    connect(mProfile, &QComboBox::textActivated, this, &ImportStatementDialog::applyProfile);
    connect(mImport, &QPushButton::clicked, this, &ImportStatementDialog::runImport);
    connect(mReconcile, &QPushButton::clicked, this, [this] {
        Q_EMIT reconcileRequested();
        accept();
    });
}

ImportStatementDialog::~ImportStatementDialog() = default;

void ImportStatementDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Statement"), mPath->text(),
        tr("Bank statements (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;All "
           "files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void ImportStatementDialog::setPath(const QString &path)
{
    mPath->setText(path);
    inspectFile();
}

void ImportStatementDialog::inspectFile()
{
    const QString path = mPath->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        mFormat->setText(path.isEmpty() ? QString() : tr("Cannot read the file."));
        mCsv->setVisible(false);
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const StatementFormat format = StatementReader::detect(file.peek(1 << 16));
    mFormat->setText(suffix == QLatin1String("xlsx") ? tr("Bank export as an Excel workbook")
                                                     : formatName(format));
    mCsv->setVisible(format == StatementFormat::Csv);
    if (format == StatementFormat::Csv)
        applyProfile(mProfile->currentText());
}

void ImportStatementDialog::applyProfile(const QString &name)
{
    std::optional<BankCsvOptions> profile;
    if (mProfile->currentIndex() > 0) {
        auto loaded = BankCsvProfile::load(ImportProfileStore(), name);
        if (!loaded) {
            mReport->setPlainText(loaded.error());
            return;
        }
        profile = *loaded;
    }
    const BankCsvOptions options = profile.value_or(BankCsvOptions());
    if (profile) {
        mDecimal->setCurrentIndex(!options.decimal                  ? 0
                : options.decimal->decimalPoint == QLatin1Char(',') ? 2
                                                                    : 1);
        const int date = options.dateFormat ? mDateFormat->findData(*options.dateFormat) : 0;
        mDateFormat->setCurrentIndex(std::max(date, 0));
    }
    auto header = BankCsvReader::header(mPath->text().trimmed(), options);
    if (!header) {
        mReport->setPlainText(header.error());
        return;
    }
    fillMapping(*header, options);
}

void ImportStatementDialog::fillMapping(const QStringList &header, const BankCsvOptions &profile)
{
    mMapping->setRowCount(int(header.size()));
    const auto choices = columnChoices();
    QHash<QString, QString> byLower;
    for (auto it = profile.mapping.cbegin(); it != profile.mapping.cend(); ++it)
        byLower.insert(it.key().trimmed().toLower(), it.value());
    for (int row = 0; row < header.size(); ++row) {
        const QString cell = header.at(row);
        mMapping->setItem(row, 0, new QTableWidgetItem(cell));
        mMapping->item(row, 0)->setFlags(Qt::ItemIsEnabled);
        auto *combo = new QComboBox(mMapping);
        combo->addItem(tr("(ignore)"), QString());
        for (const auto &[key, label] : choices)
            combo->addItem(label, key);
        const QString column = byLower.contains(cell.toLower())
            ? byLower.value(cell.toLower())
            : BankCsvReader::columnForHeader(cell);
        combo->setCurrentIndex(std::max(combo->findData(column), 0));
        mMapping->setCellWidget(row, 1, combo);
    }
    mMapping->resizeColumnToContents(0);
}

BankCsvOptions ImportStatementDialog::csvOptions() const
{
    BankCsvOptions options;
    for (int row = 0; row < mMapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(mMapping->cellWidget(row, 1));
        if (combo && mMapping->item(row, 0))
            options.mapping.insert(mMapping->item(row, 0)->text(), combo->currentData().toString());
    }
    if (mDecimal->currentIndex() > 0)
        options.decimal = mDecimal->currentIndex() == 2 ? DecimalFormat::decimalComma()
                                                        : DecimalFormat::pointWithThousands();
    if (mDateFormat->currentIndex() > 0)
        options.dateFormat = mDateFormat->currentData().toString();
    options.currency = Currency::fromCode(mCurrency->currentData().toString()).value_or(Currency());
    return options;
}

void ImportStatementDialog::saveProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Profile"),
        tr("Name of this column mapping:"), QLineEdit::Normal,
        mProfile->currentIndex() > 0 ? mProfile->currentText() : QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (auto saved = BankCsvProfile::save(ImportProfileStore(), name.trimmed(), csvOptions());
        !saved) {
        mReport->setPlainText(saved.error());
        return;
    }
    if (mProfile->findText(name.trimmed()) < 0)
        mProfile->addItem(name.trimmed());
    mProfile->setCurrentText(name.trimmed());
}

bool ImportStatementDialog::runImport()
{
    StatementImportOptions options;
    options.accountName
        = mAccount->currentIndex() == 0 && mAccount->currentText() == mAccount->itemText(0)
        ? QString()
        : mAccount->currentText().trimmed();
    if (mCsv->isVisible() || mMapping->rowCount() > 0)
        options.csv = csvOptions();
    setCursor(Qt::WaitCursor);
    const StatementImport result
        = StatementImporter(mLedger, *mStore).importFile(mPath->text().trimmed(), options);
    unsetCursor();
    showResult(result);
    if (!result.succeeded())
        return false;
    mReconcile->setEnabled(true);
    mReconcile->setDefault(true);
    Q_EMIT changed();
    return true;
}

QString ImportStatementDialog::report() const
{
    return mReport->toPlainText();
}

void ImportStatementDialog::showResult(const StatementImport &result)
{
    QStringList text;
    if (!result.succeeded()) {
        for (const ImportIssue &issue : result.issues)
            text.append(issue.toString());
        text.append(tr("Nothing was imported."));
        mReport->setPlainText(text.join(QLatin1Char('\n')));
        return;
    }
    for (const ImportedStatement &s : result.statements) {
        text.append(tr("Statement %1 (%2) into \"%3\": %4 lines, %5 added, %6 already imported.")
                        .arg(s.statementId.isEmpty() ? QStringLiteral("-") : s.statementId,
                            formatName(s.format), s.accountName)
                        .arg(s.read)
                        .arg(s.added)
                        .arg(s.duplicates));
        if (s.accountCreated)
            text.append(
                tr("The account \"%1\" was created from the statement.").arg(s.accountName));
        if (s.balancesChecked)
            text.append(tr("Balances checked: %1 on %2, plus the lines, is %3 on %4.")
                            .arg(Money::fromMinorUnits(s.opening->amount, s.currency)
                                     .toLocaleString(locale()),
                                DateInput(locale()).format(s.opening->date),
                                Money::fromMinorUnits(s.closing->amount, s.currency)
                                    .toLocaleString(locale()),
                                DateInput(locale()).format(s.closing->date)));
    }
    for (const QString &gap : result.gaps)
        text.append(tr("Gap: %1").arg(gap));
    for (const QString &note : result.notes)
        text.append(note);
    mReport->setPlainText(text.join(QLatin1Char('\n')));
}

} // namespace InvoiceDesk
