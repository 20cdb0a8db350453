// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencoding.h"

#include <QIODevice>

namespace InvoiceDesk {

namespace {

// Windows-1252 0x80..0x9F; the rest of the code page equals Latin-1.
// The five undefined bytes map to U+FFFD.
constexpr char16_t kCp1252High[32] = {
    0x20AC,
    0xFFFD,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0xFFFD,
    0x017D,
    0xFFFD,
    0xFFFD,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0xFFFD,
    0x017E,
    0x0178,
};

/** Validates UTF-8 incrementally; `pending` carries an unfinished sequence. */
class Utf8Validator
{
public:
    bool feed(const QByteArray &bytes)
    {
        for (char c : bytes) {
            const auto b = quint8(c);
            if (mNeeded == 0) {
                if (b < 0x80)
                    continue;
                if (b >= 0xC2 && b <= 0xDF)
                    mNeeded = 1;
                else if (b >= 0xE0 && b <= 0xEF)
                    mNeeded = 2;
                else if (b >= 0xF0 && b <= 0xF4)
                    mNeeded = 3;
                else
                    return false;
            } else {
                if ((b & 0xC0) != 0x80)
                    return false;
                --mNeeded;
            }
        }
        return true;
    }
    bool complete() const { return mNeeded == 0; }

private:
    int mNeeded = 0;
};

QStringConverter::Encoding qtEncoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    default:
        return QStringConverter::Utf8;
    }
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString key
        = name.trimmed().toString().toLower().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf8withbom") || key == QLatin1String("utf8bom"))
        return TextEncoding::Utf8Bom;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252")
        || key == QLatin1String("latin1"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

int bomLength(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return 3;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return 2;
    default:
        return 0;
    }
}

TextEncoding detectEncoding(QIODevice *device)
{
    const qint64 start = device->pos();
    const QByteArray head = device->peek(3);
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;

    Utf8Validator validator;
    bool valid = true;
    while (valid && !device->atEnd()) {
        const QByteArray chunk = device->read(1 << 16);
        if (chunk.isEmpty())
            break;
        valid = validator.feed(chunk);
    }
    device->seek(start);
    return valid && validator.complete() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

namespace {

/** The Windows-1252 byte of a character, or nothing when the code page lacks it. */
std::optional<char> cp1252Byte(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    for (int i = 0; i < 32; ++i) {
        if (kCp1252High[i] == c && c != 0xFFFD)
            return char(0x80 + i);
    }
    return std::nullopt;
}

} // namespace

std::optional<qsizetype> firstUnencodable(QStringView text, TextEncoding encoding)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (encoding == TextEncoding::Windows1252) {
            if (!cp1252Byte(c.unicode()))
                return i;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return i;
        }
    }
    return std::nullopt;
}

QByteArray encodeText(QStringView text, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringEncoder encoder(qtEncoding(encoding));
        return encoder.encode(text);
    }
    case TextEncoding::Windows1252: {
        QByteArray bytes;
        bytes.reserve(text.size());
        for (QChar c : text)
            bytes.append(cp1252Byte(c.unicode()).value_or('?'));
        return bytes;
    }
    default:
        return text.toUtf8();
    }
}

QByteArray byteOrderMark(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return QByteArrayLiteral("\xEF\xBB\xBF");
    case TextEncoding::Utf16LE:
        return QByteArrayLiteral("\xFF\xFE");
    case TextEncoding::Utf16BE:
        return QByteArrayLiteral("\xFE\xFF");
    default:
        return {};
    }
}

ChunkDecoder::ChunkDecoder(TextEncoding encoding)
    : mEncoding(encoding)
    , mDecoder(
          qtEncoding(encoding), QStringConverter::Flag::Default) // stateful; skips a leading BOM
{
}

QString ChunkDecoder::decode(const QByteArray &chunk)
{
    if (mEncoding == TextEncoding::Utf16LE || mEncoding == TextEncoding::Utf16BE) {
        // Qt passes unpaired surrogates through; replace them, as the UTF-8 decoder does,
        // keeping a high surrogate at the end of a chunk for the next one.
        QString text = mDecoder.decode(chunk);
        if (!mPendingHighSurrogate.isNull()) {
            text.prepend(mPendingHighSurrogate);
            mPendingHighSurrogate = QChar();
        }
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            mPendingHighSurrogate = text.back();
            text.chop(1);
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (c.isSurrogate())
                text[i] = QChar::ReplacementCharacter;
        }
        return text;
    }
    if (mEncoding != TextEncoding::Windows1252)
        return mDecoder.decode(chunk);
    QString text(chunk.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (char c : chunk) {
        const auto b = quint8(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString ChunkDecoder::finish()
{
    if (mPendingHighSurrogate.isNull())
        return {};
    mPendingHighSurrogate = QChar();
    return QString(QChar::ReplacementCharacter);
}

bool ChunkDecoder::hasError() const
{
    return mEncoding != TextEncoding::Windows1252 && mDecoder.hasError();
}

} // namespace InvoiceDesk
