// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agingwindow.h"
#include "agingchart.h"
#include "agingtablemodel.h"
#include "database.h"
#include "dateedit.h"
#include "dateinput.h"
#include "keyboardtableview.h"
#include "receivablesstore.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

AgingWindow::AgingWindow(Database &database, QWidget *parent)
    : QDialog(parent)
    , mDatabase(database)
    , mAsOf(new DateEdit(QDate::currentDate(), this))
    , mModel(new AgingTableModel(this))
    , mTable(new KeyboardTableView(this))
    , mCharts(new QTabWidget(this))
    , mMessage(new QLabel(this))
{
    setWindowTitle(tr("A/R Aging"));
    setObjectName(QStringLiteral("agingWindow"));
    mMessage->setObjectName(QStringLiteral("agingMessage"));
    // A long message (a currency left out) wraps beside the date rather than squeeze it.
    mMessage->setWordWrap(true);
    mModel->setLocale(locale());
    mTable->setModel(mModel);
    mTable->setObjectName(QStringLiteral("agingTable"));
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The customer's name takes the room left; the amounts keep their width.
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTable->verticalHeader()->hide();
    mCharts->setObjectName(QStringLiteral("agingCharts"));

    auto *top = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(mAsOf);
    top->addWidget(asOfLabel);
    top->addWidget(mAsOf);
    top->addWidget(mMessage, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mTable);
    splitter->addWidget(mCharts);
    // The chart needs the height for its legend of five buckets; the table scrolls.
    mCharts->setMinimumHeight(300);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 720);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mAsOf, &DateEdit::dateChanged, this, [this](const QDate &date) {
        if (date.isValid())
            reload();
    });
    connect(mTable, &QAbstractItemView::doubleClicked, this, &AgingWindow::openStatement);
    reload();
}

void AgingWindow::setAsOf(const QDate &asOf)
{
    mAsOf->setDate(asOf);
    reload();
}

QDate AgingWindow::asOf() const
{
    return mAsOf->date();
}

void AgingWindow::reload()
{
    const QDate day = mAsOf->date();
    if (!day.isValid())
        return;
    ReceivablesStore store(mDatabase.connection());
    auto entries = store.entries(day);
    if (!entries) {
        mMessage->setText(entries.error());
        return;
    }
    const QStringList leftOut = leaveOutBeyondReportSums(entries.value());
    const AgingReport report = AgingCalculator::age(*entries, day);
    mModel->setReport(report);
    // Customers, not rows: a customer owing in two currencies is one customer that owes. One
    // whose account is in credit owes nothing and is told apart (a tester read "5 customer
    // accounts owe money" over five names, one of them a credit balance).
    QSet<QString> owing;
    QSet<QString> inCredit;
    for (const AgingRow &row : report.rows) {
        if (row.total() > 0)
            owing.insert(row.customer);
        else if (row.total() < 0)
            inCredit.insert(row.customer);
    }
    const int owe = int(owing.size());
    const int credit = int(inCredit.size());
    QString text = owe == 0 ? tr("Nothing is owed on %1.").arg(DateInput(locale()).format(day))
        : owe == 1          ? tr("1 customer owes money.")
                            : tr("%n customers owe money.", nullptr, owe);
    if (credit > 0)
        text += QLatin1Char(' ')
            + (credit == 1 ? tr("1 customer is in credit.")
                           : tr("%n customers are in credit.", nullptr, credit));
    if (!leftOut.isEmpty())
        text += QLatin1Char(' ') + leftOutOfReport(leftOut);
    mMessage->setText(text);
    showCharts(report);
}

void AgingWindow::showCharts(const AgingReport &report)
{
    while (mCharts->count() > 0) {
        QWidget *page = mCharts->widget(0);
        mCharts->removeTab(0);
        delete page;
    }
    for (const AgingRow &total : report.totals)
        mCharts->addTab(
            AgingChart::create(report, total.currency, locale(), mCharts), total.currency);
}

void AgingWindow::openStatement(const QModelIndex &index)
{
    const QString customer = index.data(AgingTableModel::CustomerRole).toString();
    if (!customer.isEmpty())
        Q_EMIT statementRequested(customer, mAsOf->date());
}

} // namespace InvoiceDesk
