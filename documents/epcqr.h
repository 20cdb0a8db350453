// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QImage>
#include <QString>

namespace InvoiceDesk::EpcQr {

/**
 * The EPC069-12 (GiroCode) payload of a SEPA credit transfer, version 002, UTF-8: service tag,
 * version, character set, SCT, the BIC (optional in version 002), the payee's name (at most 70
 * characters), the IBAN, "EUR" and the amount with two decimals, no purpose, no structured
 * reference, the unstructured remittance (at most 140 characters). Empty when the amount is not
 * in EUR, not positive or above 999,999,999.99, or when there is no name or IBAN.
 */
QString payload(const QString &name, const QString &iban, const QString &bic, const Money &amount,
    const QString &remittance);

/** The payload as a QR code (error correction M, as EPC069-12 requires), one pixel per module
 * plus the four-module quiet zone; a null image when it cannot be encoded. */
QImage image(const QString &payload);

} // namespace InvoiceDesk::EpcQr
