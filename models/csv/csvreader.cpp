// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <utility>

namespace InvoiceDesk {

namespace {

constexpr qint64 kChunkSize = 1 << 16;

} // namespace

CsvReader::CsvReader(QIODevice *device, TextEncoding encoding, QChar separator)
    : mDevice(device)
    , mDecoder(encoding)
    , mSeparator(separator)
{
}

bool CsvReader::fill()
{
    if (mEof)
        return false;
    const QByteArray chunk = mDevice->read(kChunkSize);
    if (chunk.isEmpty()) {
        mEof = true;
        const QString rest = mDecoder.finish();
        if (rest.isEmpty())
            return false;
        mBuffer.remove(0, mPos);
        mPos = 0;
        mBuffer += rest;
        return true;
    }
    mBytesRead += chunk.size();
    mBuffer.remove(0, mPos);
    mPos = 0;
    mBuffer += mDecoder.decode(chunk);
    return true;
}

/** The record being read: its fields so far, the field being read and where the parse is. */
struct CsvReader::RecordState
{
    enum class At { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    explicit RecordState(QStringList &into)
        : fields(into)
    {
    }
    QStringList &fields;
    At at = At::FieldStart;
    QString field;
    bool sawAnything = false;
    int quoteLine = 0;

    void endField() { fields.append(std::exchange(field, QString())); }
};

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (hasError())
        return false;
    RecordState record(fields);
    mRecordLine = mLine;
    for (;;) {
        // A chunk may decode to nothing (a BOM alone, part of a character): read on until
        // there is text or the input ends, never past the end of the buffer.
        while (mPos >= mBuffer.size() && fill()) { }
        if (mPos >= mBuffer.size())
            return endOfInput(record);
        const QChar c = mBuffer.at(mPos++);
        Step step = Step::Continue;
        switch (record.at) {
        case RecordState::At::FieldStart:
            if (c == QLatin1Char('"')) {
                record.at = RecordState::At::Quoted;
                record.quoteLine = mLine;
                record.sawAnything = true;
                break;
            }
            Q_FALLTHROUGH();
        case RecordState::At::Unquoted:
            step = unquoted(c, record);
            break;
        case RecordState::At::Quoted:
            if (c == QLatin1Char('"'))
                record.at = RecordState::At::QuoteInQuoted;
            else
                quoted(record);
            break;
        case RecordState::At::QuoteInQuoted:
            step = afterQuote(c, record);
            break;
        }
        if (step != Step::Continue)
            return step == Step::RecordDone;
    }
}

bool CsvReader::endOfInput(RecordState &record)
{
    if (record.at == RecordState::At::Quoted) {
        mError = QCoreApplication::translate(
            "CsvReader", "line %1: a quoted field that starts here is never closed")
                     .arg(record.quoteLine);
        return false;
    }
    if (!record.sawAnything)
        return false;
    record.endField();
    return true;
}

CsvReader::Step CsvReader::unquoted(QChar c, RecordState &record)
{
    if (c == mSeparator) {
        record.endField();
        record.at = RecordState::At::FieldStart;
        record.sawAnything = true;
    } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
        if (c == QLatin1Char('\r')) {
            if (mPos >= mBuffer.size())
                fill();
            if (mPos < mBuffer.size() && mBuffer.at(mPos) == QLatin1Char('\n'))
                ++mPos;
        }
        ++mLine;
        if (!record.sawAnything) { // a blank line: not a record
            mRecordLine = mLine;
            return Step::Continue;
        }
        record.endField();
        return Step::RecordDone;
    } else {
        // The field up to its end in the buffer in one piece, not a character at a time: an
        // append per character grew each cell's string several times (issue 16).
        const QChar *data = mBuffer.constData();
        const qsizetype start = mPos - 1;
        qsizetype end = mPos;
        while (end < mBuffer.size() && data[end] != mSeparator && data[end] != QLatin1Char('\n')
            && data[end] != QLatin1Char('\r'))
            ++end;
        record.field.append(QStringView(data + start, end - start));
        mPos = end;
        record.at = RecordState::At::Unquoted;
        record.sawAnything = true;
    }
    return Step::Continue;
}

void CsvReader::quoted(RecordState &record)
{
    // The quoted text up to the next quote in the buffer in one piece, counting its line ends.
    const QChar *data = mBuffer.constData();
    const qsizetype start = mPos - 1;
    qsizetype end = start;
    while (end < mBuffer.size() && data[end] != QLatin1Char('"')) {
        if (data[end] == QLatin1Char('\n'))
            ++mLine;
        ++end;
    }
    record.field.append(QStringView(data + start, end - start));
    mPos = end;
}

CsvReader::Step CsvReader::afterQuote(QChar c, RecordState &record)
{
    if (c == QLatin1Char('"')) {
        record.field.append(c);
        record.at = RecordState::At::Quoted;
    } else if (c == mSeparator) {
        record.endField();
        record.at = RecordState::At::FieldStart;
    } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
        --mPos; // let the unquoted state end the record
        record.at = RecordState::At::Unquoted;
    } else {
        mError = QCoreApplication::translate(
            "CsvReader", "line %1, field %2: text after the closing quote")
                     .arg(mLine)
                     .arg(record.fields.size() + 1);
        return Step::Failed;
    }
    return Step::Continue;
}

QChar CsvReader::detectSeparator(QIODevice *device, TextEncoding encoding)
{
    const qint64 start = device->pos();
    ChunkDecoder decoder(encoding);
    const QString text = decoder.decode(device->read(kChunkSize));
    device->seek(start);

    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

CsvWriter::CsvWriter(QIODevice *device, QChar separator, TextEncoding encoding)
    : mDevice(device)
    , mSeparator(separator)
    , mEncoding(encoding)
{
}

QString CsvWriter::escape(const QString &field) const
{
    // A leading U+FEFF at the start of a file would read back as a byte order mark and vanish.
    bool needsQuotes = field.startsWith(QChar(0xFEFF));
    for (QChar c : field) {
        if (c == mSeparator || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    mLine.clear();
    if (!mStarted) {
        mStarted = true;
        mDevice->write(byteOrderMark(mEncoding));
    }
    // A lone empty field would be a blank line, which readers skip: quote it.
    if (fields.size() == 1 && fields.first().isEmpty()) {
        mDevice->write(encodeText(u"\"\"\r\n", mEncoding));
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            mLine += mSeparator;
        mLine += escape(fields.at(i));
    }
    mLine += QLatin1String("\r\n");
    mDevice->write(encodeText(mLine, mEncoding));
}

namespace FormulaGuard {

namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

/** True when the text is apostrophes (possibly none) followed by a trigger character. */
bool guarded(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isTrigger(text.at(i));
}

} // namespace

QString neutralise(const QString &text)
{
    return guarded(text) ? QLatin1Char('\'') + text : text;
}

QString restore(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && guarded(text) ? text.mid(1) : text;
}

} // namespace FormulaGuard

} // namespace InvoiceDesk
