// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
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
    QStringList flags; ///< options without a value
    QHash<QString, QStringList>
        lists; ///< options given more than once (--set, --allocate, --map, --ignore-column)

    bool has(const QString &flag) const { return flags.contains(flag); }
    /** The word at `index` (0 is the command), empty when there is none. */
    QString word(qsizetype index) const { return words.value(index); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return values.value(option, fallback);
    }
    QStringList list(const QString &option) const { return lists.value(option); }
};

/** Parses argv (without the program name); an error is bad usage (exit code 2). */
std::optional<Arguments> parse(const QStringList &argv, QString *error);

/** The usage text. */
QString usage();
/** The date of --date, today without one; false with `error` set when it does not parse. */
bool dateOption(const Arguments &args, QDate &date, QString &error);

} // namespace InvoiceDesk::Cli
