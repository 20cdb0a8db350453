// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QByteArray>
#include <QString>

namespace InvoiceDesk {

/**
 * The one JSON writer: request bodies (sync/backends), audit rows and exports (jsonformat.h)
 * are written with it as compact JSON text. Amounts go in exactly, as decimal literals
 * (12.50 stays 12.50) or as text, never through a double as QJsonDocument would carry them.
 * Keys are ASCII literals; every value is escaped.
 */
class JsonWriter
{
public:
    /** Opens an object, as the value of `key` inside an object, or as an array element. */
    JsonWriter &beginObject(const char *key = nullptr);
    JsonWriter &endObject();
    JsonWriter &beginArray(const char *key = nullptr);
    JsonWriter &endArray();
    JsonWriter &string(const char *key, const QString &value);
    /** Writes nothing when the text is empty. */
    JsonWriter &optionalString(const char *key, const QString &value);
    JsonWriter &integer(const char *key, qint64 value);
    JsonWriter &boolean(const char *key, bool value);
    JsonWriter &null(const char *key);
    /** An exact decimal number literal, e.g. the fixed text of a Money. */
    JsonWriter &decimal(const char *key, const QString &decimalText);
    /** The amount as an exact number literal with the currency's decimals (12.50). */
    JsonWriter &money(const char *key, qint64 minorUnits, const Currency &currency);

    QByteArray take() { return std::move(mOut); }

    /** Appends `value` to `out` as a JSON string literal, quotes and escapes included. */
    static void appendQuoted(QByteArray &out, const QString &value);

private:
    void name(const char *key);

    QByteArray mOut;
    bool mNeedComma = false;
};

} // namespace InvoiceDesk
