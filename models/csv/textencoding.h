// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace InvoiceDesk {

/** The encodings a CSV file may come in (DESIGN.md, CSV). */
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

QString encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(QStringView name);

/**
 * Decides a file's encoding: a BOM wins; otherwise UTF-8 when every byte
 * decodes as UTF-8, else Windows-1252. Reads the whole device once and
 * returns it to where it was.
 */
TextEncoding detectEncoding(QIODevice *device);

/** Bytes of the BOM at the start of the file for an encoding (skipped when reading). */
int bomLength(TextEncoding encoding);

/**
 * The index of the first character of `text` that `encoding` cannot hold
 * (any character outside Windows-1252; an unpaired surrogate in UTF-8 or UTF-16),
 * or nothing when it holds them all.
 */
std::optional<qsizetype> firstUnencodable(QStringView text, TextEncoding encoding);

/** Encodes text (without a BOM); characters the encoding cannot hold become "?". */
QByteArray encodeText(QStringView text, TextEncoding encoding);

/** The byte order mark a file in `encoding` starts with (empty for UTF-8 and Windows-1252). */
QByteArray byteOrderMark(TextEncoding encoding);

/**
 * Decodes a byte stream chunk by chunk, carrying sequences split across
 * chunks. Windows-1252 is decoded by our own table so it works without ICU.
 */
class ChunkDecoder
{
public:
    explicit ChunkDecoder(TextEncoding encoding);
    QString decode(const QByteArray &chunk);
    /** What is still held back at the end of the input (an unpaired high surrogate). */
    QString finish();
    bool hasError() const;

private:
    TextEncoding mEncoding;
    QStringDecoder mDecoder;
    QChar mPendingHighSurrogate;
};

} // namespace InvoiceDesk
