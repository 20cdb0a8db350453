#pragma once

#include "currency.h"

#include <QString>
#include <QTest>

namespace InvoiceDesk::Test {

inline Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace InvoiceDesk::Test
