// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace InvoiceDesk::Cli {

std::optional<bool> jsonFormat(const Arguments &args, Output &io)
{
    const QString name = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (name == QLatin1String("table") || name == QLatin1String("json"))
        return name == QLatin1String("json");
    io.err << QCoreApplication::translate("Cli", "--format must be table or json") << Qt::endl;
    return std::nullopt;
}

void printJson(QTextStream &out, const QJsonObject &root)
{
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace InvoiceDesk::Cli
