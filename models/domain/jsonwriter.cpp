// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace InvoiceDesk {

namespace {

/** Writes one byte of UTF-8 text at `p`, escaped as JSON needs; returns the end. */
char *putEscaped(char *p, quint8 byte)
{
    if (byte == '"' || byte == '\\') {
        *p++ = '\\';
        *p++ = char(byte);
    } else if (byte < 0x20) {
        // Control characters as \u00XX; everything else (UTF-8 included) passes as it is.
        static const char hex[] = "0123456789abcdef";
        for (const char c : {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 15]})
            *p++ = c;
    } else {
        *p++ = char(byte);
    }
    return p;
}

} // namespace

void JsonWriter::appendQuoted(QByteArray &out, const QString &value)
{
    // Written in place: the ASCII characters straight from UTF-16 (most text of the books),
    // the rest from the first other character on through UTF-8. An escape takes at most six
    // bytes, and a UTF-16 unit at most three of UTF-8.
    constexpr qsizetype MostBytesPerUnit = 6;
    const qsizetype start = out.size();
    out.resize(start + 2 + value.size() * MostBytesPerUnit);
    char *p = out.data() + start;
    *p++ = '"';
    const QChar *unit = value.constData();
    const QChar *end = unit + value.size();
    for (; unit != end && unit->unicode() < 0x80; ++unit)
        p = putEscaped(p, quint8(unit->unicode()));
    if (unit != end) {
        for (const char c : QStringView(unit, end).toUtf8())
            p = putEscaped(p, quint8(c));
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void JsonWriter::name(const char *key)
{
    if (mNeedComma)
        mOut += ',';
    mNeedComma = true;
    if (key) {
        mOut += '"';
        mOut += key;
        mOut += "\":";
    }
}

JsonWriter &JsonWriter::beginObject(const char *key)
{
    name(key);
    mOut += '{';
    mNeedComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    mOut += '}';
    mNeedComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray(const char *key)
{
    name(key);
    mOut += '[';
    mNeedComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    mOut += ']';
    mNeedComma = true;
    return *this;
}

JsonWriter &JsonWriter::string(const char *key, const QString &value)
{
    name(key);
    appendQuoted(mOut, value);
    return *this;
}

JsonWriter &JsonWriter::optionalString(const char *key, const QString &value)
{
    if (!value.isEmpty())
        string(key, value);
    return *this;
}

JsonWriter &JsonWriter::integer(const char *key, qint64 value)
{
    name(key);
    mOut += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::boolean(const char *key, bool value)
{
    name(key);
    mOut += value ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null(const char *key)
{
    name(key);
    mOut += "null";
    return *this;
}

JsonWriter &JsonWriter::decimal(const char *key, const QString &decimalText)
{
    name(key);
    mOut += decimalText.toLatin1();
    return *this;
}

JsonWriter &JsonWriter::money(const char *key, qint64 minorUnits, const Currency &currency)
{
    return decimal(key, Money::fromMinorUnits(minorUnits, currency).toString());
}

} // namespace InvoiceDesk
