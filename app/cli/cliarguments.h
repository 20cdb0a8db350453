// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace InvoiceDesk::Cli {

/**
 * The command line split into the command words, the positional arguments
 * and the options, checked against what each command takes.
 */
struct Arguments
{
    QString databasePath; ///< --db
    QStringList words; ///< command and positional arguments, e.g. {"import", "invoices", "a.csv"}
    QHash<QString, QString> values; ///< options with a value, without the leading dashes
    QHash<QString, QStringList> repeated; ///< every value of each option, in order (--map)
    QStringList flags; ///< options without a value

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return values.value(option, fallback);
    }
};

/** Parses argv (without the program name); an error is bad usage (exit code 2). */
std::optional<Arguments> parse(const QStringList &argv, QString *error);

/** The usage text. */
QString usage();

} // namespace InvoiceDesk::Cli
