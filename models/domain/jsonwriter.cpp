// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace InvoiceDesk {

void JsonWriter::appendQuoted(QByteArray &out, const QString &value)
{
    out += '"';
    for (char c : value.toUtf8()) {
        const auto byte = quint8(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            // Control characters as \u00XX; everything else (UTF-8 included) passes as it is.
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += c;
        }
    }
    out += '"';
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
