// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QByteArray>
#include <QString>

namespace InvoiceDesk {

/**
 * Writes request bodies as compact JSON text. Amounts go in as exact decimal
 * literals (12.50 stays 12.50): QJsonDocument would carry them as doubles.
 */
class JsonBody
{
public:
    JsonBody &beginObject(const char *key = nullptr);
    JsonBody &endObject();
    JsonBody &beginArray(const char *key = nullptr);
    JsonBody &endArray();
    JsonBody &string(const char *key, const QString &value);
    /** Writes nothing when the text is empty. */
    JsonBody &optionalString(const char *key, const QString &value);
    JsonBody &integer(const char *key, qint64 value);
    JsonBody &boolean(const char *key, bool value);
    JsonBody &null(const char *key);
    /** An exact decimal number, e.g. the fixed text of a Money. */
    JsonBody &decimal(const char *key, const QString &decimalText);
    JsonBody &money(const char *key, qint64 minorUnits, const Currency &currency);

    QByteArray take() { return std::move(mOut); }

private:
    void name(const char *key);
    void quoted(const QString &value);

    QByteArray mOut;
    bool mNeedComma = false;
};

} // namespace InvoiceDesk
