// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace InvoiceDesk {

/**
 * The zip container of a workbook, read through libzip: whole small parts
 * (workbook, styles, shared strings) and a streamed sheet. Sizes are capped
 * so a crafted file cannot make us allocate without bound.
 */
class XlsxPackage
{
public:
    XlsxPackage();
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    /** Opens the workbook held in `bytes` (the package keeps its own copy). */
    Status open(const QByteArray &bytes);

    bool contains(const QString &name) const;
    /** A whole part, at most `limit` bytes once inflated. */
    Result<QByteArray> read(const QString &name, qint64 limit = 256LL << 20) const;

    /** Starts streaming a part; next() then gives its bytes chunk by chunk. */
    Status openStream(const QString &name);
    /** The inflated size of the streamed part, for progress. */
    qint64 streamSize() const { return mStreamSize; }
    /** The next chunk of the streamed part: empty at its end; an error when it is damaged. */
    Result<QByteArray> next();

private:
    QByteArray mBytes;
    zip *mArchive = nullptr;
    zip_file *mStream = nullptr;
    qint64 mStreamSize = 0;
};

} // namespace InvoiceDesk
