// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"
#include "taxcode.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QMap>

namespace InvoiceDesk {

/**
 * The line items of the invoice being edited. Text typed into a cell is
 * parsed exactly in the model's locale; an entry that does not parse is
 * refused with invalidInput(). Every accepted change goes through
 * applyLine(), which a subclass can route through an undo stack.
 */
class LineItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Quantity,
        Unit,
        ProductCode,
        Description,
        Rate,
        Discount, ///< "10 %" (a percentage) or "5.00" (an amount), issue 12 item 5
        TaxCode, ///< a name from the company's tax codes; choosing one sets the tax rate
        TaxRate,
        Commissionable,
        Total,
        ColumnCount
    };

    enum Role {
        /** The problem of a cell, shown at the cell (outlined, with a tooltip); empty if none. */
        ProblemRole = Qt::UserRole + 1,
    };

    explicit LineItemsModel(QObject *parent = nullptr);

    /** The column of a line field named as in the CSV ("line.quantity"), or -1. */
    static int columnForField(const QString &field);
    /** The field name of a column ("line.rate"). */
    static QString fieldForColumn(int column);

    /** The problems to show at cells: (row, column) -> message. */
    void setCellProblems(const QMap<std::pair<int, int>, QString> &problems);
    /**
     * Cells whose typed text was refused: the text stays in the cell, with why (issue 10: a
     * three-decimal rate is kept as typed and explained), until it is corrected.
     */
    Problems refusedCells() const;

    /** The unit as a person reads it; the Unit column's edit role keeps the stored name. */
    static QString unitDisplayName(LineUnit unit);

    void setCurrency(const Currency &currency);
    Currency currency() const { return mCurrency; }
    void setLocale(const QLocale &locale);
    /** The company's tax codes, which the TaxCode column offers and checks. */
    void setTaxCodes(const QList<InvoiceDesk::TaxCode> &codes) { mTaxCodes = codes; }
    QList<InvoiceDesk::TaxCode> taxCodes() const { return mTaxCodes; }
    QLocale locale() const { return mLocale; }

    QList<LineItem> lines() const { return mLines; }
    void setLines(const QList<LineItem> &lines);
    /**
     * Read-only lines take no edits (an invoice with payments or credit notes is corrected by a
     * credit note, issue 13 item 3); the lines still show.
     */
    void setReadOnly(bool readOnly) { mReadOnly = readOnly; }
    bool isReadOnly() const { return mReadOnly; }
    LineItem line(int row) const { return mLines.at(row); }

    /** Direct mutators (no undo); the undo commands call these. */
    void replaceLine(int row, const LineItem &line);
    void insertLine(int row, const LineItem &line);
    void removeLine(int row);
    void moveLine(int from, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Parses `text` for a cell into a changed copy of the line; an error names the problem. */
    Result<LineItem> parseCell(const LineItem &line, int column, const QString &text) const;

Q_SIGNALS:
    void invalidInput(const QString &message);
    void linesChanged();

protected:
    /** Where setData() sends an accepted change; the default applies it at once. */
    virtual void applyLine(int row, const LineItem &before, const LineItem &after);

private:
    bool mReadOnly = false;
    QString money(const std::optional<qint64> &minor) const;
    /** The Discount and TaxCode cells (lineitemsmodelextras.cpp). */
    QString extraCellText(const LineItem &line, int column, int role) const;
    Result<LineItem> parseExtraCell(const LineItem &line, int column, const QString &text) const;

    QString problemAt(int row, int column) const;
    void clearRefused();

    QList<LineItem> mLines;
    Currency mCurrency = *Currency::fromCode(u"USD");
    QLocale mLocale;
    QList<InvoiceDesk::TaxCode> mTaxCodes;
    QMap<std::pair<int, int>, QString> mCellProblems;
    /** (row, column) -> the refused text and why it was refused. */
    QMap<std::pair<int, int>, std::pair<QString, QString>> mRefused;
};

} // namespace InvoiceDesk
