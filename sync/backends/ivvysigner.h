// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotecall.h"

#include <QDateTime>

namespace InvoiceDesk {

/**
 * iVvy's request signature (remote-apis.md, verified against the vendor's
 * documentation and both official SDKs): HMAC-SHA1 over the lowercased
 * concatenation of method, Content-MD5, Content-Type, date, path and query,
 * API version and the IVVY headers.
 */
namespace IvvySigner {

/** The string to sign, before lowercasing. */
QByteArray stringToSign(const QByteArray &method, const QByteArray &contentMd5,
    const QByteArray &contentType, const QByteArray &pathAndQuery, const QByteArray &ivvyDate);

/** Lowercase hex HMAC-SHA1 of the lowercased string with the secret. */
QByteArray signature(const QByteArray &secret, const QByteArray &stringToSign);

/** Adds Content-MD5, IVVY-Date, X-Api-Version and X-Api-Authorization to a POST with its final
 * body. */
void sign(
    RemoteRequest &request, const QByteArray &key, const QByteArray &secret, const QDateTime &now);

} // namespace IvvySigner

} // namespace InvoiceDesk
