// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileoptions.h"

#include "importprofilestore.h"
#include "invoicecsv.h"
#include "paymentcsv.h"

#include <QCoreApplication>
#include <QSettings>

namespace InvoiceDesk::Cli {

namespace {

/** "Their Column=ourColumn" split at its last "="; nothing without one. */
std::optional<std::pair<QString, QString>> splitPair(const QString &text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return std::pair {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

bool addMapping(const QString &text, const QStringList &columns, ImportProfile &profile, Output &io)
{
    const auto pair = splitPair(text);
    if (!pair) {
        io.err << QCoreApplication::translate(
            "Cli", "--map \"%1\": write it as \"Their Column=ourColumn\"")
                      .arg(text)
               << Qt::endl;
        return false;
    }
    const auto &[theirs, ours] = *pair;
    if (!ours.isEmpty() && !columns.contains(ours)) {
        io.err << QCoreApplication::translate(
            "Cli", "--map \"%1\": %2 is not one of our columns; they are: %3")
                      .arg(text, ours, columns.join(QStringLiteral(", ")))
               << Qt::endl;
        return false;
    }
    if (profile.hasHeader) {
        profile.columns.insert(theirs, ours);
        return true;
    }
    bool ok = false;
    const int position = theirs.toInt(&ok);
    if (!ok || position < 1) {
        io.err << QCoreApplication::translate("Cli",
            "--map \"%1\": a file without a header names its columns by number, "
            "counted from 1 (--map \"3=number\")")
                      .arg(text)
               << Qt::endl;
        return false;
    }
    profile.positions.insert(position, ours);
    return true;
}

bool addConstant(
    const QString &text, const QStringList &columns, ImportProfile &profile, Output &io)
{
    const auto pair = splitPair(text);
    if (!pair || !columns.contains(pair->first)) {
        io.err << QCoreApplication::translate(
            "Cli", "--set \"%1\": write it as column=VALUE with one of our columns: %2")
                      .arg(text, columns.join(QStringLiteral(", ")))
               << Qt::endl;
        return false;
    }
    profile.constants.insert(pair->first, pair->second);
    return true;
}

bool anyMappingOption(const Arguments &args)
{
    for (const char *name : {"map", "set", "ignore-column"}) {
        if (!args.list(QLatin1String(name)).isEmpty())
            return true;
    }
    return args.values.contains(QStringLiteral("profile")) || args.has(QStringLiteral("no-header"))
        || args.has(QStringLiteral("ignore-unknown-columns"));
}

} // namespace

bool profileOptions(const Arguments &args, ImportOptions &options, Output &io)
{
    if (!anyMappingOption(args))
        return true;
    ImportProfile profile;
    profile.name = QStringLiteral("command line");
    profile.countryNames = true; // "Germany" is DE; a code stays as it is
    const bool named = args.values.contains(QStringLiteral("profile"));
    if (named) {
        // Profiles an older desktop app kept in its settings are files from now on.
        const ImportProfileStore store;
        QSettings settings;
        if (auto moved = store.migrateSettings(settings); !moved) {
            io.err << QStringLiteral("--profile: ") << moved.error() << Qt::endl;
            return false;
        }
        auto loaded = store.load(args.value(QStringLiteral("profile")));
        if (!loaded) {
            io.err << QStringLiteral("--profile: ") << loaded.error() << Qt::endl;
            return false;
        }
        profile = *loaded;
        // The profile says how its files write numbers and dates; the options still win.
        options.format = profile.fieldFormat();
        options.detectDecimalMark = false;
        options.detectDateFormat = false;
        if (args.has(QStringLiteral("decimal-comma")))
            options.format.decimal = DecimalFormat::decimalComma();
        if (args.has(QStringLiteral("decimal-point")))
            options.format.decimal = DecimalFormat::pointWithThousands();
        if (args.values.contains(QStringLiteral("date-format")))
            options.format.dateFormat = args.value(QStringLiteral("date-format"));
        if (options.format.dateFormat == QLatin1String("yyyy-MM-dd"))
            options.format.dateFormat.clear();
    }
    if (args.has(QStringLiteral("no-header")))
        profile.hasHeader = false;
    const QStringList &columns = importColumns(options.kind);
    for (const QString &map : args.list(QStringLiteral("map"))) {
        if (!addMapping(map, columns, profile, io))
            return false;
    }
    for (const QString &set : args.list(QStringLiteral("set"))) {
        if (!addConstant(set, columns, profile, io))
            return false;
    }
    profile.ignoredColumns += args.list(QStringLiteral("ignore-column"));
    if (args.has(QStringLiteral("ignore-unknown-columns")))
        profile.ignoreUnknownColumns = true;
    if (!named) { // the options' own number format, not a profile's
        profile.decimalPoint = options.format.decimal.decimalPoint;
        profile.groupSeparator = options.format.decimal.groupSeparator;
        profile.dateFormat = options.format.dateFormat;
    }
    options.profile = profile;
    return true;
}

} // namespace InvoiceDesk::Cli
