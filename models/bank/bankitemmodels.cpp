// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankitemmodels.h"
#include "dateinput.h"

#include <QLocale>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QString localeMoney(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toLocaleString(QLocale());
}

QString localeDate(const QDate &date)
{
    // Four-digit years, as every other list shows them (issue 10).
    return date.isValid() ? DateInput().format(date) : QString();
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace

void BankLinesModel::setLines(QList<BankLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const BankLine &a, const BankLine &b) {
        return std::pair(a.isMatched(), a.bookingDate) < std::pair(b.isMatched(), b.bookingDate);
    });
    beginResetModel();
    mLines = std::move(lines);
    endResetModel();
}

int BankLinesModel::rowOf(qint64 lineId) const
{
    for (int row = 0; row < mLines.size(); ++row) {
        if (mLines.at(row).id == lineId)
            return row;
    }
    return -1;
}

int BankLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mLines.size());
}

int BankLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mLines.size())
        return {};
    const BankLine &line = mLines.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return rightAligned();
    if (role == Qt::ToolTipRole)
        return line.remittance;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return localeDate(line.bookingDate);
    case Amount:
        return localeMoney(line.amount, line.currency);
    case Counterparty:
        return line.counterpartyName;
    case Text:
        return QString(line.remittance + QLatin1Char(' ') + line.reference).simplified();
    case Matched:
        if (!line.isMatched())
            return QString();
        return line.match->kind == QLatin1String("receipt")
            ? tr("%1 (invoices %2)").arg(line.match->marker, line.match->invoiceNumber)
            : tr("%1 (invoice %2)").arg(line.match->marker, line.match->invoiceNumber);
    }
    return {};
}

QVariant BankLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList names
        = {tr("Booked"), tr("Amount"), tr("Counterparty"), tr("Text"), tr("Matched to")};
    return names.value(section);
}

void MatchCandidatesModel::setCandidates(QList<MatchCandidate> candidates, const Currency &currency)
{
    beginResetModel();
    mCandidates = std::move(candidates);
    mCurrency = currency;
    endResetModel();
}

int MatchCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mCandidates.size());
}

int MatchCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mCandidates.size())
        return {};
    const MatchCandidate &c = mCandidates.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Score))
        return rightAligned();
    if (role == Qt::ToolTipRole)
        return c.reasons.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Score:
        return c.score;
    case What:
        switch (c.kind) {
        case MatchCandidate::Kind::RecordPayment:
            return tr("Record a payment");
        case MatchCandidate::Kind::RecordReceipt:
            return tr("Record a receipt");
        case MatchCandidate::Kind::Payment:
            break;
        }
        return tr("Payment %1").arg(c.marker);
    case Invoice:
        return c.invoiceNumber;
    case Customer:
        return c.customer;
    case Date:
        return localeDate(c.date);
    case Amount:
        return localeMoney(c.amount, mCurrency);
    case Reasons:
        return c.reasons.join(QStringLiteral("; "));
    }
    return {};
}

QVariant MatchCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList names = {tr("Score"), tr("Candidate"), tr("Invoice"), tr("Customer"),
        tr("Date"), tr("Amount"), tr("Why")};
    return names.value(section);
}

void BankAccountsModel::setAccounts(QList<BankAccountSummary> accounts)
{
    beginResetModel();
    mAccounts = std::move(accounts);
    endResetModel();
}

int BankAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mAccounts.size());
}

int BankAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mAccounts.size())
        return {};
    const BankAccountSummary &s = mAccounts.at(index.row());
    if (role == Qt::TextAlignmentRole
        && (index.column() == OpeningBalance || index.column() == Balance
            || index.column() >= Lines))
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.account.name;
    case Account:
        return s.account.displayIdentifier();
    case CurrencyCode:
        return s.account.currency.code();
    case OpeningBalance:
        return localeMoney(s.account.openingBalance, s.account.currency);
    case OpeningDate:
        return localeDate(s.account.openingDate);
    case Balance:
        return localeMoney(s.balance, s.account.currency);
    case Lines:
        return s.lines;
    case Unmatched:
        return s.unmatched;
    }
    return {};
}

QVariant BankAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList names = {tr("Name"), tr("IBAN or number"), tr("Currency"),
        tr("Opening balance"), tr("Opening date"), tr("Balance"), tr("Lines"), tr("Unmatched")};
    return names.value(section);
}

} // namespace InvoiceDesk
