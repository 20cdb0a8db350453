// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace InvoiceDesk {

class BankStore;
class Database;
class Ledger;
struct BankCsvOptions;
struct StatementImport;

/**
 * Banking > Import Statement… (issue 15, item 2): a CAMT, MT940, OFX/QFX or bank CSV file into
 * its account, found by the IBAN the statement names or chosen here. For a CSV export the
 * columns are matched by the names banks use and can be mapped by hand, with the decimal mark,
 * the date format and the currency; a mapping is saved as a profile (the CSV import's).
 * Nothing is written unless the whole file is right; what the import did (lines added, lines
 * already there, balances checked, gaps) is shown below.
 */
class ImportStatementDialog : public QDialog
{
    Q_OBJECT

public:
    ImportStatementDialog(Ledger &ledger, Database &database, QWidget *parent = nullptr);
    ~ImportStatementDialog() override;

    void setPath(const QString &path);
    /** Imports the chosen file; false when it was refused (the report says why). */
    bool runImport();
    QString report() const;

Q_SIGNALS:
    void changed();
    void reconcileRequested();

private:
    void buildLayout();
    void buildCsvGroup();
    QFormLayout *buildCsvOptions();
    void browse();
    void inspectFile();
    void fillMapping(const QStringList &header, const BankCsvOptions &profile);
    void applyProfile(const QString &name);
    void saveProfile();
    BankCsvOptions csvOptions() const;
    void showResult(const StatementImport &result);

    Ledger &mLedger;
    std::unique_ptr<BankStore> mStore;
    QLineEdit *mPath = nullptr;
    QLabel *mFormat = nullptr;
    QComboBox *mAccount = nullptr;
    QGroupBox *mCsv = nullptr;
    QComboBox *mProfile = nullptr;
    QTableWidget *mMapping = nullptr;
    QComboBox *mDecimal = nullptr;
    QComboBox *mDateFormat = nullptr;
    QComboBox *mCurrency = nullptr;
    QPlainTextEdit *mReport = nullptr;
    QPushButton *mImport = nullptr;
    QPushButton *mReconcile = nullptr;
};

} // namespace InvoiceDesk
