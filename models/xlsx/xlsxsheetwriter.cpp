// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxsheetwriter.h"
#include "xlsxvalues.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>

#include <xlsxwriter.h>

namespace InvoiceDesk {

namespace {

QString writeError(lxw_error error)
{
    return QCoreApplication::translate("Xlsx", "Cannot write the workbook: %1")
        .arg(QString::fromUtf8(lxw_strerror(error)));
}

} // namespace

struct XlsxWriter::Private
{
    QByteArray path;
    QByteArray sheetName;
    QByteArray tmpdir;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *bold = nullptr;
    QHash<int, lxw_format *> amounts;
    QList<CellKind> kinds;
    lxw_row_t row = 0;
    lxw_error error = LXW_NO_ERROR;

    lxw_format *amountFormat(int decimals);
    lxw_error writeNumber(lxw_col_t column, const QString &cell, lxw_format *format);
    lxw_error writeCell(lxw_col_t column, const QString &cell, CellKind kind, int decimals);
};

lxw_format *XlsxWriter::Private::amountFormat(int decimals)
{
    if (lxw_format *format = amounts.value(decimals))
        return format;
    lxw_format *format = workbook_add_format(workbook);
    const QByteArray code
        = decimals > 0 ? QByteArray("#,##0.") + QByteArray(decimals, '0') : QByteArray("#,##0");
    format_set_num_format(format, code.constData());
    amounts.insert(decimals, format);
    return format;
}

lxw_error XlsxWriter::Private::writeNumber(
    lxw_col_t column, const QString &cell, lxw_format *format)
{
    // The only place a decimal becomes a double: kept only when it shows as the same decimal.
    bool ok = false;
    const double value = cell.toDouble(&ok);
    const auto exact = XlsxValues::canonicalNumber(cell);
    if (ok && exact && XlsxValues::normaliseNumber(QString::number(value, 'g', 17)) == exact)
        return worksheet_write_number(sheet, row, column, value, format);
    return worksheet_write_string(sheet, row, column, cell.toUtf8().constData(), text);
}

lxw_error XlsxWriter::Private::writeCell(
    lxw_col_t column, const QString &cell, CellKind kind, int decimals)
{
    if (cell.isEmpty())
        return LXW_NO_ERROR;
    switch (kind) {
    case CellKind::Amount:
        return writeNumber(column, cell, amountFormat(decimals));
    case CellKind::Number:
        return writeNumber(column, cell, nullptr);
    case CellKind::Date: {
        const QDate value = QDate::fromString(cell, Qt::ISODate);
        if (!value.isValid())
            break;
        lxw_datetime datetime = {value.year(), value.month(), value.day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, row, column, &datetime, date);
    }
    case CellKind::Text:
        break;
    }
    return worksheet_write_string(sheet, row, column, cell.toUtf8().constData(), text);
}

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName)
    : d(std::make_unique<Private>())
{
    d->path = QDir::toNativeSeparators(path).toUtf8();
    d->sheetName = sheetName.toUtf8();
    d->tmpdir = QDir::toNativeSeparators(QDir::tempPath()).toUtf8();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    options.tmpdir = d->tmpdir.data();
    d->workbook = workbook_new_opt(d->path.constData(), &options);
    if (!d->workbook) {
        d->error = LXW_ERROR_CREATING_TMPFILE;
        return;
    }
    d->sheet = workbook_add_worksheet(d->workbook, d->sheetName.constData());
    d->text = workbook_add_format(d->workbook);
    format_set_num_format(d->text, "@");
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    format_set_num_format(d->bold, "@");
}

XlsxWriter::~XlsxWriter()
{
    if (d->workbook)
        workbook_close(d->workbook);
}

void XlsxWriter::setColumnKinds(const QList<CellKind> &kinds)
{
    d->kinds = kinds;
    if (!d->sheet)
        return;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const CellKind kind = kinds.at(i);
        lxw_format *format = kind == CellKind::Text ? d->text
            : kind == CellKind::Date                ? d->date
                                                    : nullptr;
        worksheet_set_column(
            d->sheet, lxw_col_t(i), lxw_col_t(i), kind == CellKind::Date ? 11 : 14, format);
    }
}

Status XlsxWriter::writeHeader(const QStringList &names)
{
    if (!d->sheet)
        return Error {writeError(d->error)};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray name = names.at(i).toUtf8();
        if (lxw_error error
            = worksheet_write_string(d->sheet, d->row, lxw_col_t(i), name.constData(), d->bold))
            return Error {writeError(error)};
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    ++d->row;
    return {};
}

Status XlsxWriter::writeRow(const QStringList &cells, int decimals)
{
    if (!d->sheet)
        return Error {writeError(d->error)};
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const CellKind kind = i < d->kinds.size() ? d->kinds.at(i) : CellKind::Text;
        if (lxw_error error = d->writeCell(lxw_col_t(i), cells.at(i), kind, decimals))
            return Error {writeError(error)};
    }
    ++d->row;
    return {};
}

Status XlsxWriter::close()
{
    if (!d->workbook)
        return Error {writeError(d->error)};
    const lxw_error error = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (error != LXW_NO_ERROR)
        return Error {writeError(error)};
    return {};
}

} // namespace InvoiceDesk
