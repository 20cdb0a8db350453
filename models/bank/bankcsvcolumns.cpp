// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The names banks give the columns of their CSV exports, and the saved profiles.
#include "bankcsvreader.h"
#include "searchtext.h"

#include <QSettings>

namespace InvoiceDesk {

const QStringList &BankCsvReader::columns()
{
    static const QStringList names = {QStringLiteral("bookingDate"), QStringLiteral("valueDate"),
        QStringLiteral("amount"), QStringLiteral("debit"), QStringLiteral("credit"),
        QStringLiteral("direction"), QStringLiteral("currency"), QStringLiteral("counterparty"),
        QStringLiteral("counterpartyAccount"), QStringLiteral("remittance"),
        QStringLiteral("reference"), QStringLiteral("bankReference"), QStringLiteral("balance"),
        QStringLiteral("type"), QStringLiteral("account"), QStringLiteral("status")};
    return names;
}

namespace {

using AliasTable = QList<std::pair<const char *, QList<const char *>>>;

/** The names banks give the columns of dates and amounts. */
AliasTable dateAndAmountAliases()
{
    return {
        {"bookingDate",
            {"booking date", "date", "buchungstag", "buchungsdatum", "buchung", "transaction date",
                "posting date", "posted date", "date operation", "date d'operation",
                "date de l'operation", "fecha", "fecha operacion", "fecha contable", "datum",
                "boekdatum", "entry date"}},
        {"valueDate",
            {"value date", "valuta", "valutadatum", "wertstellung", "date de valeur", "date valeur",
                "fecha valor", "rentedatum"}},
        {"amount", {"amount", "betrag", "umsatz", "montant", "importe", "bedrag"}},
        {"debit",
            {"debit", "debit amount", "withdrawal", "withdrawals", "money out", "paid out", "soll",
                "ausgang", "cargo", "af"}},
        {"credit",
            {"credit", "credit amount", "deposit", "deposits", "money in", "paid in", "haben",
                "eingang", "abono", "bij"}},
        {"direction",
            {"credit/debit", "debit/credit", "cr/dr", "dr/cr", "soll/haben", "s/h", "af bij",
                "af/bij", "credit debit indicator", "sens"}},
        {"currency", {"currency", "wahrung", "waehrung", "devise", "moneda", "munt", "ccy"}},
    };
}

/** The names banks give the columns of who, what for and which account. */
AliasTable partyAndTextAliases()
{
    return {
        {"counterparty",
            {"counterparty", "payee", "payer", "payee/payer", "name",
                "beguenstigter/zahlungspflichtiger", "auftraggeber/empfanger", "empfanger",
                "auftraggeber", "name zahlungsbeteiligter", "zahlungsbeteiligter", "tiers",
                "beneficiaire", "beneficiario", "ordenante", "naam / omschrijving", "naam",
                "tegenpartij"}},
        {"counterpartyAccount",
            {"counterparty account", "counterparty iban", "iban zahlungsbeteiligter",
                "kontonummer/iban", "iban auftraggeber/empfanger", "tegenrekening", "compte tiers",
                "cuenta ordenante"}},
        {"remittance",
            {"remittance", "remittance information", "description", "details", "memo", "narrative",
                "purpose", "verwendungszweck", "libelle", "concepto", "omschrijving",
                "mededelingen", "communication"}},
        {"reference",
            {"reference", "end-to-end reference", "end to end reference", "end-to-end-referenz",
                "kundenreferenz", "referenz", "customer reference", "reference client",
                "referencia", "betalingskenmerk", "check number", "cheque number", "checknum",
                "check no", "schecknummer"}},
        {"bankReference",
            {"bank reference", "transaction id", "transaction reference", "bankreferenz",
                "reference banque", "referencia bancaria", "fitid"}},
        {"balance",
            {"balance", "running balance", "saldo", "kontostand", "solde", "saldo na mutatie"}},
        {"type",
            {"type", "transaction type", "buchungstext", "umsatzart", "type d'operation", "tipo",
                "mutatiesoort", "code"}},
        {"account",
            {"account", "iban", "auftragskonto", "kontonummer", "compte", "cuenta", "rekening",
                "own account"}},
        {"status",
            {"status", "info", "state", "buchungsstatus", "umsatzstatus", "statut", "estado",
                "booking status", "transaction status"}},
    };
}

/** Folded (lower case, no accents, single spaces) header name -> our column. */
QHash<QString, QString> aliasMap()
{
    QHash<QString, QString> map;
    for (const AliasTable &table : {dateAndAmountAliases(), partyAndTextAliases()}) {
        for (const auto &[column, names] : table) {
            map.insert(SearchText::fold(QLatin1String(column)), QLatin1String(column));
            for (const char *name : names)
                map.insert(QLatin1String(name), QLatin1String(column));
        }
    }
    return map;
}

} // namespace

bool BankCsvReader::isPendingStatus(const QString &status)
{
    // Sparkasse "Umsatz vorgemerkt", DKB "Vorgemerkt", "Pending", "En attente", "Pendiente".
    static const QStringList words = {QStringLiteral("vorgemerkt"), QStringLiteral("vormerkung"),
        QStringLiteral("pending"), QStringLiteral("en attente"), QStringLiteral("pendiente"),
        QStringLiteral("in bearbeitung"), QStringLiteral("not booked"),
        QStringLiteral("nicht gebucht"), QStringLiteral("authorised"),
        QStringLiteral("authorized")};
    const QString folded = SearchText::fold(status).simplified();
    for (const QString &word : words) {
        if (folded.contains(word))
            return true;
    }
    return false;
}

QString BankCsvReader::columnForHeader(const QString &header)
{
    // Folded: "Auftraggeber/Empfänger" is found as "auftraggeber/empfanger".
    static const QHash<QString, QString> aliases = aliasMap();
    // "Auftraggeber / Empfänger" is "Auftraggeber/Empfänger" with spaces.
    return aliases.value(
        SearchText::fold(header).simplified().replace(QStringLiteral(" / "), QStringLiteral("/")));
}

namespace BankCsvProfile {

namespace {

/** Profiles an older version kept in the settings move to the store once. */
Status migrate(const ImportProfileStore &store)
{
    QSettings settings;
    if (auto moved = store.migrateSettings(settings); !moved)
        return Error {moved.error()};
    return {};
}

} // namespace

BankCsvOptions options(const ImportProfile &profile)
{
    BankCsvOptions options;
    options.mapping = profile.columns;
    if (!profile.detectDecimalMark)
        options.decimal = DecimalFormat {profile.decimalPoint, profile.groupSeparator};
    if (!profile.detectDateFormat)
        options.dateFormat = profile.dateFormat;
    return options;
}

ImportProfile profile(const QString &name, const BankCsvOptions &options)
{
    ImportProfile profile;
    profile.name = name;
    profile.kind = ProfileKind::BankStatement;
    profile.columns = options.mapping;
    profile.detectDecimalMark = !options.decimal.has_value();
    if (options.decimal) {
        profile.decimalPoint = options.decimal->decimalPoint;
        profile.groupSeparator = options.decimal->groupSeparator;
    }
    profile.detectDateFormat = !options.dateFormat.has_value();
    const QString dates = options.dateFormat.value_or(QString());
    profile.dateFormat = dates == QLatin1String("yyyy-MM-dd") ? QString() : dates;
    return profile;
}

Result<BankCsvOptions> load(const ImportProfileStore &store, const QString &name)
{
    if (auto moved = migrate(store); !moved)
        return Error {moved.error()};
    auto loaded = store.load(name, ProfileKind::BankStatement);
    if (!loaded)
        return Error {loaded.error()};
    return options(*loaded);
}

Status save(const ImportProfileStore &store, const QString &name, const BankCsvOptions &options)
{
    return store.save(profile(name, options));
}

QStringList names(const ImportProfileStore &store)
{
    // A profile the settings still hold is listed once it is a file; a failure lists none.
    if (!migrate(store))
        return {};
    return store.names(ProfileKind::BankStatement);
}

} // namespace BankCsvProfile

} // namespace InvoiceDesk
