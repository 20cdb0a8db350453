// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the listings share besides the table (clitable.h): the --format choice and the JSON.
#pragma once

#include "commands.h"

#include <QJsonObject>

#include <optional>

namespace InvoiceDesk::Cli {

/** `--format` table (the default) or json: whether json; an error printed and nothing else. */
std::optional<bool> jsonFormat(const Arguments &args, Output &io);
/** The object as indented JSON. */
void printJson(QTextStream &out, const QJsonObject &root);

} // namespace InvoiceDesk::Cli
