// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace InvoiceDesk {

namespace {

Result<ImportProfile> readFile(const QString &path, bool preset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("ImportProfile", "Cannot read %1: %2")
                          .arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error {QCoreApplication::translate("ImportProfile", "%1 is not a profile: %2")
                          .arg(path, parseError.errorString())};
    auto profile = ImportProfile::fromJson(document.object(), path);
    if (profile)
        profile.value().preset = preset;
    return profile;
}

/** Profiles before this version: {"columns": {...}, "dateFormat", "decimalComma"} or a mapping. */
ImportProfile fromSettings(const QString &name, const QJsonObject &old)
{
    ImportProfile profile;
    profile.name = name;
    const QJsonObject mapping = old.value(QStringLiteral("columns")).isObject()
        ? old.value(QStringLiteral("columns")).toObject()
        : old;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        profile.columns.insert(it.key(), it.value().toString());
    // Only a bank statement has a booking date; its dialog left unset what the file decides.
    if (profile.columns.values().contains(QStringLiteral("bookingDate"))) {
        profile.kind = ProfileKind::BankStatement;
        profile.detectDateFormat = !old.contains(QStringLiteral("dateFormat"));
        profile.detectDecimalMark = !old.contains(QStringLiteral("decimalComma"));
    }
    const QString dates = old.value(QStringLiteral("dateFormat")).toString();
    profile.dateFormat = dates == QLatin1String("yyyy-MM-dd") ? QString() : dates;
    if (old.value(QStringLiteral("decimalComma")).toBool()) {
        profile.decimalPoint = QLatin1Char(',');
        profile.groupSeparator = QLatin1Char('.');
    }
    return profile;
}

} // namespace

ImportProfileStore::ImportProfileStore(const QString &folder)
    : mFolder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/import-profiles")
                               : folder)
{
}

QStringList ImportProfileStore::presetNames()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/presets"), {QStringLiteral("*.json")});
    while (it.hasNext())
        names.append(QFileInfo(it.next()).completeBaseName());
    names.sort();
    return names;
}

QString ImportProfileStore::pathFor(const QString &name) const
{
    // One file per profile; characters a file name cannot hold are percent-encoded.
    return QDir(mFolder).filePath(
        QString::fromLatin1(QUrl::toPercentEncoding(name.trimmed(), " ()+,;=@"))
        + QStringLiteral(".json"));
}

QStringList ImportProfileStore::names(ProfileKind kind) const
{
    QStringList user;
    QDirIterator it(mFolder, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        auto profile = readFile(it.next(), false);
        if (profile && profile->kind == kind)
            user.append(profile->name);
    }
    user.sort(Qt::CaseInsensitive);
    // The presets read invoices.
    return kind == ProfileKind::Records ? presetNames() + user : user;
}

Result<ImportProfile> ImportProfileStore::find(const QString &name) const
{
    for (const QString &preset : presetNames()) {
        if (preset.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return readFile(QStringLiteral(":/presets/%1.json").arg(preset), true);
    }
    if (QFile::exists(pathFor(name)))
        return readFile(pathFor(name), false);
    QDirIterator it(mFolder, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        auto profile = readFile(it.next(), false);
        if (profile && profile->name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return Error {};
}

Result<ImportProfile> ImportProfileStore::load(const QString &name, ProfileKind kind) const
{
    auto profile = find(name);
    if (!profile && !profile.error().isEmpty())
        return profile;
    if (profile && profile->kind == kind)
        return profile;
    const QString known = names(kind).join(QStringLiteral(", "));
    if (profile)
        return Error {(kind == ProfileKind::BankStatement
                ? QCoreApplication::translate("ImportProfile",
                    "the import profile \"%1\" reads invoices and payments, not bank "
                    "statements; the bank statement profiles are: %2")
                : QCoreApplication::translate("ImportProfile",
                    "the import profile \"%1\" reads bank statements, not invoices and "
                    "payments; the profiles are: %2"))
                          .arg(profile->name, known)};
    return Error {QCoreApplication::translate(
        "ImportProfile", "there is no import profile named \"%1\"; the profiles are: %2")
                      .arg(name, known)};
}

Status ImportProfileStore::save(const ImportProfile &profile) const
{
    for (const QString &preset : presetNames()) {
        if (preset.compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error {QCoreApplication::translate("ImportProfile",
                "\"%1\" is a profile shipped with InvoiceDesk and cannot be "
                "changed; save it under another name")
                              .arg(preset)};
    }
    if (!QDir().mkpath(mFolder))
        return Error {QCoreApplication::translate("ImportProfile", "Cannot create the folder %1")
                          .arg(mFolder)};
    QSaveFile file(pathFor(profile.name));
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("ImportProfile", "Cannot write %1: %2")
                          .arg(file.fileName(), file.errorString())};
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error {QCoreApplication::translate("ImportProfile", "Cannot write %1: %2")
                          .arg(file.fileName(), file.errorString())};
    return {};
}

Result<int> ImportProfileStore::migrateSettings(QSettings &settings) const
{
    const QString done = QStringLiteral("importProfilesMovedToFiles");
    if (settings.value(done).toBool())
        return 0;
    int moved = 0;
    settings.beginGroup(QStringLiteral("importProfiles"));
    const QStringList keys = settings.childKeys();
    for (const QString &name : keys) {
        if (QFile::exists(pathFor(name)))
            continue;
        const QJsonObject old
            = QJsonDocument::fromJson(settings.value(name).toByteArray()).object();
        if (auto s = save(fromSettings(name, old)); !s) {
            settings.endGroup();
            return Error {s.error()};
        }
        ++moved;
    }
    settings.endGroup();
    settings.setValue(done, true);
    return moved;
}

} // namespace InvoiceDesk
