// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnotelistmodel.h"
#include "dateinput.h"

#include <QCoreApplication>

namespace InvoiceDesk {

CreditNoteListModel::CreditNoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CreditNoteListModel::setCreditNotes(const QList<CreditNote> &notes)
{
    beginResetModel();
    mNotes = notes;
    endResetModel();
}

void CreditNoteListModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    mLocale = locale;
    endResetModel();
}

int CreditNoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mNotes.size());
}

int CreditNoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CreditNoteListModel::effectText(const CreditNote &note, const QLocale &locale)
{
    const auto money = [&](qint64 minor) -> QString {
        return Money::fromMinorUnits(minor, note.currency).toLocaleString(locale) + QLatin1Char(' ')
            + note.currency.code();
    };
    const qint64 total = note.totals() ? note.totals()->grandTotal : 0;
    QStringList parts;
    if (note.applied > 0)
        parts.append(QCoreApplication::translate("CreditNoteListModel", "−%1 off %2")
                         .arg(money(note.applied), note.invoiceNumber));
    if (total - note.applied > 0)
        parts.append(QCoreApplication::translate("CreditNoteListModel", "+%1 credit")
                         .arg(money(total - note.applied)));
    return parts.join(QStringLiteral("; "));
}

QVariant CreditNoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CreditNote &note = mNotes.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Effect)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return note.number;
    case Date:
        return DateInput(mLocale).format(note.date); // four-digit years (issue 10)
    case Customer:
        return note.customerName;
    case Invoice:
        return note.invoiceNumber;
    case Reason:
        return note.reason;
    case Effect:
        return effectText(note, mLocale);
    default:
        return {};
    }
}

QVariant CreditNoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return QCoreApplication::translate("CreditNoteListModel", "Credit note");
    case Date:
        return QCoreApplication::translate("CreditNoteListModel", "Date");
    case Customer:
        return QCoreApplication::translate("CreditNoteListModel", "Customer");
    case Invoice:
        return QCoreApplication::translate("CreditNoteListModel", "Invoice");
    case Reason:
        return QCoreApplication::translate("CreditNoteListModel", "Reason");
    case Effect:
        return QCoreApplication::translate("CreditNoteListModel", "Effect");
    default:
        return {};
    }
}

} // namespace InvoiceDesk
