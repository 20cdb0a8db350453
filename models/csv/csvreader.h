// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textencoding.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace InvoiceDesk {

/**
 * A streaming RFC 4180 reader: quoted fields, doubled quotes, separators and
 * line breaks inside quotes, CRLF or LF. Reads the device in chunks so a
 * large file never sits in memory whole. Blank lines are skipped.
 */
class CsvReader
{
public:
    CsvReader(QIODevice *device, TextEncoding encoding, QChar separator = QLatin1Char(','));

    /** Reads the next record into `fields`; false at the end or on a malformed record. */
    bool readRecord(QStringList &fields);

    /** The physical line on which the last record read starts (1-based). */
    int recordLine() const { return mRecordLine; }
    /** Set when reading stopped on malformed input; says where and why. */
    QString errorString() const { return mError; }
    bool hasError() const { return !mError.isEmpty(); }
    /** Bytes consumed so far, for progress. */
    qint64 bytesRead() const { return mBytesRead; }

    /** The separator among , ; and tab that the first record uses most (comma on a tie). */
    static QChar detectSeparator(QIODevice *device, TextEncoding encoding);

private:
    struct RecordState;
    enum class Step { Continue, RecordDone, Failed };
    bool fill();
    bool endOfInput(RecordState &record);
    Step unquoted(QChar c, RecordState &record);
    Step afterQuote(QChar c, RecordState &record);
    void quoted(RecordState &record);

    QIODevice *mDevice;
    ChunkDecoder mDecoder;
    QChar mSeparator;
    QString mBuffer;
    qsizetype mPos = 0;
    bool mEof = false;
    int mLine = 1;
    int mRecordLine = 0;
    qint64 mBytesRead = 0;
    QString mError;
};

/**
 * Writes RFC 4180 records with CRLF line ends, quoting only where needed, in
 * UTF-8 by default (a UTF-8 BOM or UTF-16 start the file with their BOM).
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar separator = QLatin1Char(','),
        TextEncoding encoding = TextEncoding::Utf8);
    void writeRecord(const QStringList &fields);
    /** Quotes a field when it holds the separator, a quote, CR or LF. */
    QString escape(const QString &field) const;

private:
    QIODevice *mDevice;
    QChar mSeparator;
    TextEncoding mEncoding;
    bool mStarted = false;
    QString mLine;
};

/**
 * Spreadsheet formula-injection guard (DESIGN.md, CSV): a text cell that
 * starts with = + - @ tab or CR (after any leading apostrophes) gets one more
 * apostrophe in front; restore() removes exactly that one, so text survives
 * the round trip unchanged.
 */
namespace FormulaGuard {
QString neutralise(const QString &text);
QString restore(const QString &text);
} // namespace FormulaGuard

} // namespace InvoiceDesk
