// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbody.h"
#include "jsonformat.h"

namespace InvoiceDesk {

void JsonBody::name(const char *key)
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

void JsonBody::quoted(const QString &value)
{
    Json::appendQuoted(mOut, value);
}

JsonBody &JsonBody::beginObject(const char *key)
{
    name(key);
    mOut += '{';
    mNeedComma = false;
    return *this;
}

JsonBody &JsonBody::endObject()
{
    mOut += '}';
    mNeedComma = true;
    return *this;
}

JsonBody &JsonBody::beginArray(const char *key)
{
    name(key);
    mOut += '[';
    mNeedComma = false;
    return *this;
}

JsonBody &JsonBody::endArray()
{
    mOut += ']';
    mNeedComma = true;
    return *this;
}

JsonBody &JsonBody::string(const char *key, const QString &value)
{
    name(key);
    quoted(value);
    return *this;
}

JsonBody &JsonBody::optionalString(const char *key, const QString &value)
{
    if (!value.isEmpty())
        string(key, value);
    return *this;
}

JsonBody &JsonBody::integer(const char *key, qint64 value)
{
    name(key);
    mOut += QByteArray::number(value);
    return *this;
}

JsonBody &JsonBody::boolean(const char *key, bool value)
{
    name(key);
    mOut += value ? "true" : "false";
    return *this;
}

JsonBody &JsonBody::null(const char *key)
{
    name(key);
    mOut += "null";
    return *this;
}

JsonBody &JsonBody::decimal(const char *key, const QString &decimalText)
{
    name(key);
    mOut += decimalText.toLatin1();
    return *this;
}

JsonBody &JsonBody::money(const char *key, qint64 minorUnits, const Currency &currency)
{
    return decimal(key, Money::fromMinorUnits(minorUnits, currency).toString());
}

} // namespace InvoiceDesk
