// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsource.h"

#include <QByteArray>

#include <memory>

namespace InvoiceDesk {

/**
 * The rows of one sheet of an .xlsx workbook as text cells, read with libzip
 * and QXmlStreamReader: shared and inline strings as they are, numbers as
 * their exact decimal text (to 15 significant digits, as a spreadsheet shows
 * them), booleans as TRUE/FALSE, and cells with a date format as yyyy-MM-dd in
 * either date system. The sheet is streamed, never held whole.
 */
class XlsxReader : public RecordSource
{
public:
    XlsxReader();
    ~XlsxReader() override;

    /**
     * Opens the workbook in `bytes` at the sheet named `sheet` (case-insensitive),
     * or the first sheet when `sheet` is empty.
     */
    Status open(const QByteArray &bytes, const QString &sheet = {});
    /** The names of the workbook's sheets, in order (after open()). */
    QStringList sheetNames() const;

    bool readRecord(QStringList &fields) override;
    int recordLine() const override;
    QString errorString() const override;
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    bool rowsMayBeShort() const override { return true; }

    /** The zero-based column of a cell reference ("C7" is 2); -1 when it is none. */
    static int columnOf(QStringView reference);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace InvoiceDesk
