// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epcqr.h"

#include <qrencode.h>

namespace InvoiceDesk::EpcQr {

QString payload(const QString &name, const QString &iban, const QString &bic, const Money &amount,
    const QString &remittance)
{
    constexpr qint64 kMaximumCents = 99999999999;
    if (amount.currency().code() != QLatin1String("EUR") || amount.minorUnits() <= 0
        || amount.minorUnits() > kMaximumCents || name.trimmed().isEmpty() || iban.isEmpty())
        return {};
    const QStringList lines
        = {QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"), QStringLiteral("SCT"),
            bic, name.trimmed().left(70), iban, QStringLiteral("EUR") + amount.toString(),
            QString(), QString(), remittance.trimmed().left(140)};
    return lines.join(QLatin1Char('\n'));
}

QImage image(const QString &payload)
{
    if (payload.isEmpty())
        return {};
    const QByteArray bytes = payload.toUtf8();
    QRcode *code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    constexpr int kQuiet = 4;
    const int size = code->width + 2 * kQuiet;
    QImage picture(size, size, QImage::Format_Mono);
    picture.fill(0);
    picture.setColor(0, qRgb(255, 255, 255));
    picture.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                picture.setPixel(x + kQuiet, y + kQuiet, 1);
    QRcode_free(code);
    return picture;
}

} // namespace InvoiceDesk::EpcQr
