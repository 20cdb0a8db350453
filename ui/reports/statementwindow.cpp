// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementwindow.h"
#include "agingtablemodel.h"
#include "companyprofilerepository.h"
#include "database.h"
#include "dateedit.h"
#include "dateinput.h"
#include "keyboardtableview.h"
#include "receivablesformat.h"
#include "receivablesstore.h"
#include "statementexport.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

StatementWindow::StatementWindow(Database &database, QWidget *parent)
    : QDialog(parent)
    , mDatabase(database)
    , mCustomer(new QComboBox(this))
    , mFrom(new DateEdit(QDate(QDate::currentDate().year(), 1, 1), this))
    , mTo(new DateEdit(QDate::currentDate(), this))
    , mCurrency(new QComboBox(this))
    , mModel(new StatementTableModel(this))
    , mTable(new KeyboardTableView(this))
    , mAging(new QLabel(this))
    , mMessage(new QLabel(this))
    , mPdf(new QPushButton(tr("Export &PDF…"), this))
    , mCsv(new QPushButton(tr("Export C&SV…"), this))
{
    setWindowTitle(tr("Customer Statement"));
    setObjectName(QStringLiteral("statementWindow"));
    mCustomer->setEditable(true);
    mCustomer->setInsertPolicy(QComboBox::NoInsert);
    mCustomer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mCustomer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    ReceivablesStore store(mDatabase.connection());
    if (auto names = store.customerNames())
        mCustomer->addItems(*names);
    mModel->setLocale(locale());
    buildLayout();
    connect(mCustomer, &QComboBox::currentTextChanged, this, &StatementWindow::reload);
    connect(mFrom, &DateEdit::dateChanged, this, &StatementWindow::reload);
    connect(mTo, &DateEdit::dateChanged, this, &StatementWindow::reload);
    connect(mCurrency, &QComboBox::currentIndexChanged, this, &StatementWindow::showCurrency);
    connect(mPdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(mCsv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    reload();
}

void StatementWindow::buildLayout()
{
    mTable->setModel(mModel);
    mTable->setObjectName(QStringLiteral("statementTable"));
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(
        StatementTableModel::Description, QHeaderView::Stretch);
    mTable->verticalHeader()->hide();
    mAging->setObjectName(QStringLiteral("statementAging"));
    mAging->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("C&ustomer:"), mCustomer);
    auto *period = new QHBoxLayout;
    period->addWidget(mFrom);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(mTo);
    period->addWidget(toLabel);
    period->addWidget(mTo);
    period->addStretch(1);
    // A label of a row holding a layout gets no buddy from QFormLayout, and a label without
    // one shows its "&" instead of underlining the key.
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(mFrom);
    form->addRow(fromLabel, period);
    form->addRow(tr("Cu&rrency:"), mCurrency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mTable, 1);
    layout->addWidget(mAging);
    mMessage->setWordWrap(true);
    layout->addWidget(mMessage);
    // The export buttons beside the button box, not in it: taken into it, they made a Tab loop
    // of their own that never reached Close (tst_taborder).
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(mPdf);
    buttonRow->addWidget(mCsv);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    resize(900, 560);
}

void StatementWindow::showStatement(const QString &customer, const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(mFrom);
    const QSignalBlocker blockTo(mTo);
    const QSignalBlocker blockCustomer(mCustomer);
    mFrom->setDate(from);
    mTo->setDate(to);
    const int found = mCustomer->findText(customer, Qt::MatchFixedString);
    if (found >= 0)
        mCustomer->setCurrentIndex(found);
    else
        mCustomer->setEditText(customer);
    reload();
}

void StatementWindow::reload()
{
    mStatements.clear();
    const QDate from = mFrom->date();
    const QDate to = mTo->date();
    ReceivablesStore store(mDatabase.connection());
    auto customer = store.customerNamed(mCustomer->currentText());
    QString problem;
    if (!from.isValid() || !to.isValid() || to < from)
        problem = tr("Type a period: the first day, then the last.");
    else if (!customer)
        problem = customer.error();
    else if (customer->isEmpty())
        problem = tr("No customer is named \"%1\".").arg(mCustomer->currentText());
    if (problem.isEmpty()) {
        QStringList leftOut;
        auto entries = store.entries(to);
        if (entries)
            mStatements = StatementBuilder::build(*entries, *customer, from, to, &leftOut);
        else
            problem = entries.error();
        // A currency whose amounts cannot be summed gets no statement, and says so.
        if (entries && !leftOut.isEmpty())
            problem = leftOutOfStatement(*customer, leftOut);
        else if (entries && mStatements.isEmpty())
            problem = tr("%1 has no invoices or payments up to %2.")
                          .arg(*customer, DateInput(locale()).format(to));
    }
    mMessage->setText(problem);
    const QSignalBlocker blockCurrency(mCurrency);
    mCurrency->clear();
    for (const CustomerStatement &s : std::as_const(mStatements))
        mCurrency->addItem(s.currency);
    mCurrency->setEnabled(mStatements.size() > 1);
    mPdf->setEnabled(!mStatements.isEmpty());
    mCsv->setEnabled(!mStatements.isEmpty());
    showCurrency(mStatements.isEmpty() ? -1 : 0);
}

void StatementWindow::showCurrency(int index)
{
    if (index < 0 || index >= mStatements.size()) {
        mModel->setStatement({});
        mAging->clear();
        return;
    }
    const CustomerStatement &s = mStatements.at(index);
    mModel->setStatement(s);
    QStringList parts;
    for (int b = 0; b < BucketCount; ++b) {
        parts.append(QStringLiteral("%1 %2").arg(
            bucketTitle(AgingBucket(b)), amountDisplay(s.aging.buckets[b], s.currency, locale())));
    }
    mAging->setText(
        tr("Aging on %1 (%2): %3; total %4")
            .arg(DateInput(locale()).format(s.to), s.currency, parts.join(QStringLiteral(" · ")),
                amountDisplay(s.aging.total(), s.currency, locale())));
}

QString StatementWindow::agingText() const
{
    return mAging->text();
}

QString StatementWindow::message() const
{
    return mMessage->text();
}

Status StatementWindow::writeTo(const QString &path)
{
    if (mStatements.isEmpty())
        return Error {mMessage->text()};
    PreparedQueries queries(mDatabase.connection());
    const auto company = CompanyProfileRepository(queries).load();
    if (!company)
        return Error {company.error()};
    if (auto written = StatementExport::write(mStatements, *company, locale(), path); !written)
        return Error {written.error()};
    return {};
}

void StatementWindow::exportAs(const QString &suffix)
{
    const QString filter
        = suffix == QLatin1String("pdf") ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Statement"),
        QStringLiteral("statement-%1.%2").arg(mStatements.first().customer, suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QString(QLatin1Char('.') + suffix), Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const Status written = writeTo(path);
    mMessage->setText(written ? tr("Saved %1.").arg(path) : written.error());
}

} // namespace InvoiceDesk
