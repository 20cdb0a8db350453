// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"

class QSettings;

namespace InvoiceDesk {

/**
 * The import profiles the desktop app and the CLI share (issue 12 item 3): the presets shipped
 * with the program (read-only, from the resources) and the user's, one JSON file each in the
 * application data folder's "import-profiles" folder.
 */
class ImportProfileStore
{
public:
    /** The user's profiles in `folder`; empty: the application data folder's. */
    explicit ImportProfileStore(const QString &folder = {});

    QString folder() const { return mFolder; }

    /** Every profile's name of that kind: the presets first, then the user's, each sorted. */
    QStringList names(ProfileKind kind = ProfileKind::Records) const;
    /**
     * The profile of that kind named `name` (case-insensitive), or an error naming the ones
     * there are; a profile of the other kind is refused by name.
     */
    Result<ImportProfile> load(const QString &name, ProfileKind kind = ProfileKind::Records) const;
    /** Writes the user's profile; a preset's name is refused. */
    Status save(const ImportProfile &profile) const;
    /** The file a user's profile of that name is kept in. */
    QString pathFor(const QString &name) const;

    /**
     * Moves the profiles an older version kept in the settings ("importProfiles/NAME") into
     * files, once; a file already there is kept. The import wizard and the bank statement
     * import kept theirs in that one group: a mapping to a booking date is a bank statement's.
     * Returns how many were moved.
     */
    Result<int> migrateSettings(QSettings &settings) const;

    /** The presets' names (xero, quickbooks-online, gnucash). */
    static QStringList presetNames();

private:
    /** The profile of that name of either kind; an empty error when there is none. */
    Result<ImportProfile> find(const QString &name) const;

    QString mFolder;
};

} // namespace InvoiceDesk
