<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Address &amp;1</source>
        <translation>Adresse &amp;1</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>Adresse &amp;2</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Code de région</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Coun&amp;try (ISO)</source>
        <translation>Pays (IS&amp;O)</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>Current</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <source>Owed in %1: %2</source>
        <translation>Dû en %1 : %2</translation>
    </message>
</context>
<context>
    <name>BankAccount</name>
    <message>
        <source>a bank account needs a name</source>
        <translation>un compte bancaire doit avoir un nom</translation>
    </message>
    <message>
        <source>a bank account needs a currency</source>
        <translation>un compte bancaire doit avoir une devise</translation>
    </message>
    <message>
        <source>%1 is not a valid IBAN (its check digits are wrong)</source>
        <translation>%1 n’est pas un IBAN valide (ses chiffres de contrôle sont faux)</translation>
    </message>
</context>
<context>
    <name>BankAccounts</name>
    <message>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>il existe déjà un compte nommé « %1 »</translation>
    </message>
    <message>
        <source>%1 is already the account &quot;%2&quot;</source>
        <translation>%1 est déjà le compte « %2 »</translation>
    </message>
</context>
<context>
    <name>BankCsvReader</name>
    <message>
        <source>the file has a header but no lines</source>
        <translation>le fichier a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <source>is not one of our columns: %1</source>
        <translation>n’est pas l’une de nos colonnes : %1</translation>
    </message>
    <message>
        <source>no row names a booking date and an amount (or debit and credit) column; map the columns (our names are: %1)</source>
        <translation>aucune ligne ne nomme une colonne de date de comptabilisation et de montant (ou de débit et crédit) ; faites correspondre les colonnes (nos noms : %1)</translation>
    </message>
    <message>
        <source>could be read with a decimal point or a decimal comma; say which</source>
        <translation>pourrait se lire avec un point ou une virgule décimale ; indiquez lequel</translation>
    </message>
    <message>
        <source>could be read as two different dates; give the date format (such as dd/MM/yyyy)</source>
        <translation>pourrait se lire comme deux dates différentes ; indiquez le format de date (comme dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>differs from %1 on the lines before; one file is one account in one currency</source>
        <translation>diffère de %1 sur les lignes précédentes ; un fichier est un compte dans une devise</translation>
    </message>
    <message>
        <source>the file has no currency column; name the account (or its currency)</source>
        <translation>le fichier n’a pas de colonne de devise ; indiquez le compte (ou sa devise)</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>n’est pas un code de devise</translation>
    </message>
    <message>
        <source>a line has either a debit or a credit, not both</source>
        <translation>une ligne a soit un débit soit un crédit, pas les deux</translation>
    </message>
    <message>
        <source>the line has no amount</source>
        <translation>la ligne n’a pas de montant</translation>
    </message>
    <message>
        <source>the line has no booking date</source>
        <translation>la ligne n’a pas de date de comptabilisation</translation>
    </message>
    <message>
        <source>differs from %1 on the lines before; import one account at a time</source>
        <translation>diffère de %1 sur les lignes précédentes ; importez un compte à la fois</translation>
    </message>
    <message>
        <source>does not follow from the balance %1 before it and the amount %2</source>
        <translation>ne découle pas du solde %1 qui la précède et du montant %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;, not booked yet: left out until a statement books it</source>
        <translation>ligne %1 : « %2 », pas encore comptabilisée : laissée de côté jusqu’à ce qu’un relevé la comptabilise</translation>
    </message>
</context>
<context>
    <name>BankReport</name>
    <message>
        <source>the bank account no longer exists</source>
        <translation>le compte bancaire n’existe plus</translation>
    </message>
</context>
<context>
    <name>BankStore</name>
    <message>
        <source>Reading the statement lines</source>
        <translation>Lecture des lignes du relevé</translation>
    </message>
    <message>
        <source>Reading the payments to match</source>
        <translation>Lecture des paiements à rapprocher</translation>
    </message>
    <message>
        <source>Reading the open invoices</source>
        <translation>Lecture des factures ouvertes</translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation>Lecture d’un paiement</translation>
    </message>
    <message>
        <source>Saving a match</source>
        <translation>Enregistrement d’un rapprochement</translation>
    </message>
    <message>
        <source>Reading a match</source>
        <translation>Lecture d’un rapprochement</translation>
    </message>
    <message>
        <source>Saving the payment&apos;s account</source>
        <translation>Enregistrement du compte du paiement</translation>
    </message>
    <message>
        <source>Undoing a match</source>
        <translation>Annulation d’un rapprochement</translation>
    </message>
    <message>
        <source>Saving the reconciled date</source>
        <translation>Enregistrement de la date de rapprochement</translation>
    </message>
    <message>
        <source>Reading the account&apos;s payments</source>
        <translation>Lecture des paiements du compte</translation>
    </message>
    <message>
        <source>Listing the bank accounts</source>
        <translation>Liste des comptes bancaires</translation>
    </message>
    <message>
        <source>Reading a bank account</source>
        <translation>Lecture d’un compte bancaire</translation>
    </message>
    <message>
        <source>Saving a bank account</source>
        <translation>Enregistrement d’un compte bancaire</translation>
    </message>
    <message>
        <source>Saving a statement</source>
        <translation>Enregistrement d’un relevé</translation>
    </message>
    <message>
        <source>Saving a statement line</source>
        <translation>Enregistrement d’une ligne de relevé</translation>
    </message>
    <message>
        <source>Adding up the statement lines</source>
        <translation>Addition des lignes du relevé</translation>
    </message>
    <message>
        <source>Reading the statements</source>
        <translation>Lecture des relevés</translation>
    </message>
    <message>
        <source>Reading a receipt</source>
        <translation>Lecture d’un encaissement</translation>
    </message>
    <message>
        <source>Reading the account&apos;s lines</source>
        <translation>Lecture des lignes du compte</translation>
    </message>
</context>
<context>
    <name>BankingMenu</name>
    <message>
        <source>&amp;Banking</source>
        <translation>&amp;Banque</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importer un relevé…</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Rapprocher…</translation>
    </message>
</context>
<context>
    <name>BooksTables</name>
    <message>
        <source>company profile</source>
        <translation>profil de l&apos;entreprise</translation>
    </message>
    <message>
        <source>tax codes</source>
        <translation>codes de taxe</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
</context>
<context>
    <name>CamtReader</name>
    <message>
        <source>the XML is nested too deeply</source>
        <translation>le XML est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>this is not an ISO 20022 document (its root element is not Document)</source>
        <translation>ce n’est pas un document ISO 20022 (son élément racine n’est pas Document)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>this is not a CAMT.052, CAMT.053 or CAMT.054 message</source>
        <translation>ce n’est pas un message CAMT.052, CAMT.053 ou CAMT.054</translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation>le XML n’est pas bien formé : %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of the document</source>
        <translation>le fichier se termine au milieu du document</translation>
    </message>
    <message>
        <source>the document holds no statement, report or notification</source>
        <translation>le document ne contient ni relevé, ni rapport, ni avis</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>n’est pas un code de devise</translation>
    </message>
    <message>
        <source>the statement names no currency</source>
        <translation>le relevé n’indique aucune devise</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>le montant manque</translation>
    </message>
    <message>
        <source>is not the account&apos;s currency %1</source>
        <translation>n’est pas la devise du compte %1</translation>
    </message>
    <message>
        <source>amounts are written without a sign; CdtDbtInd says which way</source>
        <translation>les montants s’écrivent sans signe ; CdtDbtInd indique le sens</translation>
    </message>
    <message>
        <source>must be CRDT or DBIT</source>
        <translation>doit être CRDT ou DBIT</translation>
    </message>
    <message>
        <source>line %1: an entry with status %2 is not booked yet and was left out</source>
        <translation>ligne %1 : une écriture au statut %2 n’est pas encore comptabilisée et a été laissée de côté</translation>
    </message>
    <message>
        <source>a booked entry needs its booking date</source>
        <translation>une écriture comptabilisée doit avoir sa date de comptabilisation</translation>
    </message>
    <message>
        <source>is not a real date in the form YYYY-MM-DD</source>
        <translation>n’est pas une date réelle de la forme AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>line %1: quantity %2 is not a whole number, and %3 only takes whole quantities</source>
        <translation>ligne %1 : la quantité %2 n’est pas un nombre entier, et %3 n’accepte que des quantités entières</translation>
    </message>
    <message>
        <source>%1 takes no refunds through its API: record the refund in %1</source>
        <translation>%1 n’accepte pas de remboursements via son API : enregistrez le remboursement dans %1</translation>
    </message>
    <message>
        <source>%1 takes only a payment of the whole outstanding amount (%2 %3), and this payment is %4 %3: record part payments in %1</source>
        <translation>%1 n’accepte qu’un paiement de la totalité du solde (%2 %3), et ce paiement est de %4 %3 : enregistrez les paiements partiels dans %1</translation>
    </message>
    <message>
        <source>%1 has no payment method for &quot;%2&quot;</source>
        <translation>%1 n’a aucun moyen de paiement pour « %2 »</translation>
    </message>
    <message>
        <source>%1 takes no payment reversal through its API: reverse payment %2 in %1, then confirm here</source>
        <translation>%1 n’accepte pas d’annulation de paiement via son API : annulez le paiement %2 dans %1, puis confirmez ici</translation>
    </message>
    <message>
        <source>%1 takes no invoice deletion through its API: delete or cancel invoice %2 in %1</source>
        <translation>%1 n’accepte pas la suppression de factures via son API : supprimez ou annulez la facture %2 dans %1</translation>
    </message>
    <message>
        <source>%1 has no line discounts: the discounted lines (%2) go as their net amounts, with the same totals</source>
        <translation>%1 ne connaît pas les remises par ligne : les lignes remisées (%2) partent avec leurs montants nets, aux mêmes totaux</translation>
    </message>
    <message>
        <source>%1 takes no credit notes through its API: credit note %2 stays in InvoiceDesk; enter it in %1 by hand if it should be there too</source>
        <translation>%1 n&apos;accepte pas d&apos;avoirs par son API : l&apos;avoir %2 reste dans InvoiceDesk ; saisissez-le à la main dans %1 s&apos;il doit y figurer aussi</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 exige une valeur</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format doit être table, csv ou json</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format doit être table ou json</translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation>--status doit être Draft, Pending, Paid, Cancelled ou Refunded</translation>
    </message>
    <message>
        <source>--status for payments must be recorded or voided</source>
        <translation>--status pour les paiements doit être recorded ou voided</translation>
    </message>
    <message>
        <source>usage: list invoices|payments [--status S] [--format table|csv|json]</source>
        <translation>utilisation : list invoices|payments [--status S] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>usage: status [--format table|json]</source>
        <translation>utilisation : status [--format table|json]</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Toutes les modifications sont synchronisées</translation>
    </message>
    <message>
        <source>%1 waiting · %2 need attention</source>
        <translation>%1 en attente · %2 à traiter</translation>
    </message>
    <message>
        <source>Database:    %1 (schema %2)</source>
        <translation>Base :        %1 (schéma %2)</translation>
    </message>
    <message>
        <source>Invoices:    %1</source>
        <translation>Factures :    %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Restant dû : %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Payments:    %1 (%2 voided)</source>
        <translation>Paiements :   %1 (%2 annulés)</translation>
    </message>
    <message>
        <source>Sync:        %1</source>
        <translation>Synchro :     %1</translation>
    </message>
    <message>
        <source>usage: connection add NAME --kind KIND --url URL [options of that kind]</source>
        <translation>utilisation : connection add NAME --kind KIND --url URL [options de ce type]</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind doit être l’un de %1</translation>
    </message>
    <message>
        <source>--auth must be bearer or api-key</source>
        <translation>--auth doit être bearer ou api-key</translation>
    </message>
    <message>
        <source>crmcom needs --username U --password-env VAR --organisation ORG, or --api-key-env VAR</source>
        <translation>crmcom exige --username U --password-env VAR --organisation ORG, ou --api-key-env VAR</translation>
    </message>
    <message>
        <source>refrens needs --url-key KEY --app-id ID and --app-secret-env VAR</source>
        <translation>refrens exige --url-key KEY --app-id ID et --app-secret-env VAR</translation>
    </message>
    <message>
        <source>%1 for %2 (not shown): </source>
        <translation>%1 pour %2 (non affiché) : </translation>
    </message>
    <message>
        <source>no terminal to ask for the %1; name an environment variable with --%2 VAR</source>
        <translation>pas de terminal pour demander le %1 ; nommez une variable d’environnement avec --%2 VAR</translation>
    </message>
    <message>
        <source>--lanes takes a whole number from 1 to %1 (0: the default)</source>
        <translation>--lanes attend un nombre entier de 1 à %1 (0 : la valeur par défaut)</translation>
    </message>
    <message>
        <source>--requests-per-second takes a number from 0 (no limit) to %1</source>
        <translation>--requests-per-second attend un nombre de 0 (sans limite) à %1</translation>
    </message>
    <message>
        <source>there is no connection %1</source>
        <translation>il n’existe pas de connexion %1</translation>
    </message>
    <message>
        <source>Connection %1: lanes: %2; requests per second: %3.</source>
        <translation>Connexion %1 : voies : %2 ; requêtes par seconde : %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3).</source>
        <translation>Connexion %1 ajoutée (%2, %3).</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds</source>
        <translation>--%1 prend un nombre de secondes</translation>
    </message>
    <message>
        <source>Removed connection %1.</source>
        <translation>Connexion %1 supprimée.</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>il n’y a aucune connexion nommée « %1 »</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Pas de synchronisation : %1</translation>
    </message>
    <message>
        <source>%1 operations were interrupted and will be checked with the remote before anything is sent again.</source>
        <translation>%1 opérations ont été interrompues et seront vérifiées auprès du serveur distant avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 acknowledged; %3.</source>
        <translation>Synchro : %1 envoyées, %2 confirmées ; %3.</translation>
    </message>
    <message>
        <source>usage: connection add|set|list|remove ...</source>
        <translation>utilisation : connection add|set|list|remove ...</translation>
    </message>
    <message>
        <source>all changes synced</source>
        <translation>toutes les modifications sont synchronisées</translation>
    </message>
    <message>
        <source>remaining: %1</source>
        <translation>restant : %1</translation>
    </message>
    <message>
        <source>--on-existing must be update, skip or fail, not &quot;%1&quot;</source>
        <translation>--on-existing doit être update, skip ou fail, pas « %1 »</translation>
    </message>
    <message>
        <source>--separator must be one character (use &quot;tab&quot; for a tab)</source>
        <translation>--separator doit être un seul caractère (utilisez « tab » pour une tabulation)</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252</source>
        <translation>--encoding doit être utf-8, utf-8-bom, utf-16le, utf-16be ou windows-1252</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Import… %1 %</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 with problems: %2.</source>
        <translation>Rien n’a été importé : %1 avec des problèmes : %2.</translation>
    </message>
    <message>
        <source>The rows and their problems are in %1.</source>
        <translation>Les lignes et leurs problèmes sont dans %1.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation>%1 créées, %2 mises à jour, %3 ignorées, %4 rejetées</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3; nothing was written.</source>
        <translation>Essai à blanc de %1 (%2) : %3 ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3.</source>
        <translation>%1 importé (%2) : %3.</translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded, for invoices</source>
        <translation>--status doit être Draft, Pending, Paid, Cancelled ou Refunded, pour les factures</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>%1 %2 exporté(e)s vers %3.</translation>
    </message>
    <message>
        <source>%1 already holds invoices; demo data goes into a new database (use --db).</source>
        <translation>%1 contient déjà des factures ; les données de démonstration vont dans une nouvelle base (utilisez --db).</translation>
    </message>
    <message>
        <source>--count must be a positive whole number</source>
        <translation>--count doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>Added %1 sample invoices with their payments to %2.</source>
        <translation>%1 factures d’exemple et leurs paiements ajoutés à %2.</translation>
    </message>
    <message>
        <source>No connections to verify.</source>
        <translation>Aucune connexion à vérifier.</translation>
    </message>
    <message>
        <source>usage: sync link NUMBER --remote-id ID</source>
        <translation>utilisation : sync link NUMÉRO --remote-id ID</translation>
    </message>
    <message>
        <source>invoice %1 is not assigned to a connection</source>
        <translation>la facture %1 n’est associée à aucune connexion</translation>
    </message>
    <message>
        <source>Invoice %1 is linked to %2 id %3.</source>
        <translation>La facture %1 est liée à %2 sous l’identifiant %3.</translation>
    </message>
    <message>
        <source>usage: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S] | sync verify [--connection NAME]</source>
        <translation>utilisation : sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S] | sync verify [--connection NAME]</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>--format doit être csv ou xlsx</translation>
    </message>
    <message>
        <source>--decimal-comma and --decimal-point exclude each other</source>
        <translation>--decimal-comma et --decimal-point s’excluent</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16 or windows-1252</source>
        <translation>--encoding doit être utf-8, utf-8-bom, utf-16 ou windows-1252</translation>
    </message>
    <message>
        <source>Say which with --decimal-comma or --decimal-point.</source>
        <translation>Précisez-le avec --decimal-comma ou --decimal-point.</translation>
    </message>
    <message>
        <source>To read a column under one of these names use --map &quot;Their Column=ourColumn&quot;; to leave a column out use --ignore-column &quot;Their Column&quot;.</source>
        <translation>Pour lire une colonne sous l’un de ces noms, utilisez --map &quot;Leur colonne=notreColonne&quot; ; pour ignorer une colonne, --ignore-column &quot;Leur colonne&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported: problems in the header row: %1.</source>
        <translation>Rien n’a été importé : problèmes dans la ligne d’en-tête : %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>The database is --db, else $INVOICEDESK_DB, else the application data folder.</source>
        <translation>La base est --db, sinon $INVOICEDESK_DB, sinon le dossier de données de l’application.</translation>
    </message>
    <message>
        <source>CSV or XLSX follows the file&apos;s extension unless --format says.</source>
        <translation>CSV ou XLSX suit l’extension du fichier, sauf si --format l’indique.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a failure to act on (bad file, rejected rows), 2 bad usage.</source>
        <translation>Codes de sortie : 0 succès, 1 échec sur lequel agir (fichier incorrect, lignes rejetées), 2 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>there is no bank account named &quot;%1&quot;</source>
        <translation>il n’y a pas de compte bancaire nommé « %1 »</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-03-31, not &quot;%2&quot;</source>
        <translation>--%1 doit être une date comme 2026-03-31, pas « %2 »</translation>
    </message>
    <message>
        <source>usage: bank account add|list, bank import FILE, bank match, bank unmatch LINE, bank list, bank report, bank assign MARKER (see --help)</source>
        <translation>utilisation : bank account add|list, bank import FICHIER, bank match, bank unmatch LIGNE, bank list, bank report, bank assign MARQUEUR (voir --help)</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n lines automatically</source>
        <translation>
            <numerusform>%n ligne rapprochée automatiquement</numerusform>
            <numerusform>%n lignes rapprochées automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines wait for a person (bank match lists their candidates)</source>
        <translation>
            <numerusform>%n ligne attend une personne (bank match liste ses candidats)</numerusform>
            <numerusform>%n lignes attendent une personne (bank match liste leurs candidats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the statement, not in the books (%n):</source>
        <translation>
            <numerusform>Sur le relevé, pas dans les comptes (%n) :</numerusform>
            <numerusform>Sur le relevé, pas dans les comptes (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the books, not on the statement (%n):</source>
        <translation>
            <numerusform>Dans les comptes, pas sur le relevé (%n) :</numerusform>
            <numerusform>Dans les comptes, pas sur le relevé (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched lines that differ from their payment (%n):</source>
        <translation>
            <numerusform>Lignes rapprochées qui diffèrent de leur paiement (%n) :</numerusform>
            <numerusform>Lignes rapprochées qui diffèrent de leur paiement (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>--set %1: name billing.FIELD or shipping.FIELD, e.g. billing.city=Berlin</source>
        <translation>--set %1 : indiquez billing.CHAMP ou shipping.CHAMP, par ex. billing.city=Berlin</translation>
    </message>
    <message>
        <source>--terms must be a number of days</source>
        <translation>--terms doit être un nombre de jours</translation>
    </message>
    <message>
        <source>there is no customer named &quot;%1&quot;</source>
        <translation>il n’y a pas de client nommé « %1 »</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>Client %1 ajouté</translation>
    </message>
    <message>
        <source>Saved customer %1</source>
        <translation>Client %1 enregistré</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>montant « %1 » : %2</translation>
    </message>
    <message>
        <source>--allocate %1: write NUMBER=AMOUNT</source>
        <translation>--allocate %1 : écrivez NUMÉRO=MONTANT</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-15</source>
        <translation>--date doit être une date comme 2026-11-15</translation>
    </message>
    <message>
        <source>receive needs --%1</source>
        <translation>receive demande --%1</translation>
    </message>
    <message>
        <source>Receipt %1: %2 %3 from %4</source>
        <translation>Encaissement %1 : %2 %3 de %4</translation>
    </message>
    <message>
        <source>credit apply needs --%1</source>
        <translation>credit apply demande --%1</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>il n’y a pas de facture numérotée « %1 »</translation>
    </message>
    <message>
        <source>Applied %1 %2 of credit to invoice %3</source>
        <translation>%1 %2 d’avoir imputés à la facture %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Their Column=ourColumn&quot;</source>
        <translation>--map « %1 » : écrivez-le sous la forme &quot;Leur colonne=notreColonne&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: %2 is not one of our columns; they are: %3</source>
        <translation>--map « %1 » : %2 n’est pas l’une de nos colonnes ; ce sont : %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: a file without a header names its columns by number, counted from 1 (--map &quot;3=number&quot;)</source>
        <translation>--map « %1 » : un fichier sans en-tête désigne ses colonnes par leur numéro, compté à partir de 1 (--map &quot;3=number&quot;)</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: write it as column=VALUE with one of our columns: %2</source>
        <translation>--set « %1 » : écrivez-le sous la forme colonne=VALEUR avec l’une de nos colonnes : %2</translation>
    </message>
    <message>
        <source>Tax code &quot;%1&quot; was created.</source>
        <translation>Le code de taxe « %1 » a été créé.</translation>
    </message>
    <message>
        <source>usage: bank account add NAME --currency C [--iban IBAN | --number N] [--opening-balance A] [--opening-date D]</source>
        <translation>utilisation : bank account add NOM --currency C [--iban IBAN | --number N] [--opening-balance A] [--opening-date D]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a currency code</source>
        <translation>--currency : « %1 » n’est pas un code de devise</translation>
    </message>
    <message>
        <source>--opening-balance &quot;%1&quot;: %2</source>
        <translation>--opening-balance « %1 » : %2</translation>
    </message>
    <message>
        <source>Added the bank account &quot;%1&quot; (%2)</source>
        <translation>Le compte bancaire « %1 » (%2) a été ajouté</translation>
    </message>
    <message>
        <source>--map takes THEIRS=ours pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--map attend des paires LEUR=notre séparées par des virgules, pas « %1 »</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Importerait</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>%1 statement %2 into &quot;%3&quot;%4: %5 lines, %6 added, %7 already imported</source>
        <translation>%1 : relevé %2 dans « %3 »%4 : %5 lignes, %6 ajoutées, %7 déjà importées</translation>
    </message>
    <message>
        <source> (a new account)</source>
        <translation> (un nouveau compte)</translation>
    </message>
    <message>
        <source>balances checked: %1 on %2 and the lines give %3 on %4</source>
        <translation>soldes vérifiés : %1 le %2 et les lignes donnent %3 le %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>usage: bank account add NAME ... | bank account list [--format table|json]</source>
        <translation>utilisation : bank account add NOM ... | bank account list [--format table|json]</translation>
    </message>
    <message>
        <source>usage: bank import FILE [--account NAME] [--dry-run] [CSV options]</source>
        <translation>utilisation : bank import FICHIER [--account NOM] [--dry-run] [options CSV]</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>usage: bank assign MARKER --account NAME</source>
        <translation>utilisation : bank assign MARQUEUR --account NOM</translation>
    </message>
    <message>
        <source>there is no payment with the marker %1</source>
        <translation>il n’y a pas de paiement avec le marqueur %1</translation>
    </message>
    <message>
        <source>The payment %1 went into &quot;%2&quot;</source>
        <translation>Le paiement %1 est arrivé sur « %2 »</translation>
    </message>
    <message>
        <source>line %1  %2  %3 %4  %5  %6</source>
        <translation>ligne %1  %2  %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>record a payment for invoice %1 (%2)</source>
        <translation>enregistrer un paiement pour la facture %1 (%2)</translation>
    </message>
    <message>
        <source>record a receipt for invoices %1 (%2)</source>
        <translation>enregistrer un encaissement pour les factures %1 (%2)</translation>
    </message>
    <message>
        <source>payment %1 of invoice %2 (%3, %4)</source>
        <translation>paiement %1 de la facture %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1, score %2: %3</source>
        <translation>%1, score %2 : %3</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>aucun candidat</translation>
    </message>
    <message>
        <source>Recorded the payment %1 of %2 for invoice %3 from line %4</source>
        <translation>Le paiement %1 de %2 pour la facture %3 a été enregistré depuis la ligne %4</translation>
    </message>
    <message>
        <source>Recorded the receipt %1 of %2 for invoices %3 from line %4</source>
        <translation>Encaissement %1 de %2 enregistré pour les factures %3 depuis la ligne %4</translation>
    </message>
    <message>
        <source>usage: bank match --line ID (--payment MARKER | --invoice NUMBER[,NUMBER...] [--method M])</source>
        <translation>utilisation : bank match --line ID (--payment MARKER | --invoice NUMÉRO[,NUMÉRO...] [--method M])</translation>
    </message>
    <message>
        <source>Line %1 is the payment %2</source>
        <translation>La ligne %1 est le paiement %2</translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not a payment method</source>
        <translation>--method : « %1 » n’est pas un mode de paiement</translation>
    </message>
    <message>
        <source>usage: bank match [--auto] [--account NAME] [--format table|json]</source>
        <translation>utilisation : bank match [--auto] [--account NOM] [--format table|json]</translation>
    </message>
    <message>
        <source>Matched 1 line automatically</source>
        <translation>1 ligne rapprochée automatiquement</translation>
    </message>
    <message>
        <source>1 line waits for a person (bank match lists its candidates)</source>
        <translation>1 ligne attend une personne (bank match liste ses candidats)</translation>
    </message>
    <message>
        <source>usage: bank unmatch LINE [--reason TEXT]</source>
        <translation>utilisation : bank unmatch LIGNE [--reason TEXTE]</translation>
    </message>
    <message>
        <source>undone from the command line</source>
        <translation>annulé depuis la ligne de commande</translation>
    </message>
    <message>
        <source>Line %1 is no longer matched</source>
        <translation>La ligne %1 n’est plus rapprochée</translation>
    </message>
    <message>
        <source>Account:           %1 (%2)</source>
        <translation>Compte :           %1 (%2)</translation>
    </message>
    <message>
        <source>As of:             %1</source>
        <translation>Au :               %1</translation>
    </message>
    <message>
        <source>Statement balance: %1</source>
        <translation>Solde du relevé :  %1</translation>
    </message>
    <message>
        <source>Book balance:      %1</source>
        <translation>Solde comptable :  %1</translation>
    </message>
    <message>
        <source>Difference:        %1</source>
        <translation>Écart :            %1</translation>
    </message>
    <message>
        <source>usage: bank report --account NAME --to DATE [--format table|json]</source>
        <translation>utilisation : bank report --account NOM --to DATE [--format table|json]</translation>
    </message>
    <message>
        <source>company set needs KEY=VALUE, e.g. name=Acme</source>
        <translation>company set attend CLÉ=VALEUR, par exemple name=Acme</translation>
    </message>
    <message>
        <source>%1: the keys are %2</source>
        <translation>%1 : les clés sont %2</translation>
    </message>
    <message>
        <source>The company profile was not changed: %1</source>
        <translation>Le profil de la société n’a pas été modifié : %1</translation>
    </message>
    <message>
        <source>Saved the company profile</source>
        <translation>Profil de la société enregistré</translation>
    </message>
    <message>
        <source>company takes show or set</source>
        <translation>company attend show ou set</translation>
    </message>
    <message>
        <source>Wrote the e-invoice of %1 to %2</source>
        <translation>Facture électronique de %1 écrite dans %2</translation>
    </message>
    <message>
        <source>--limit must be a whole number above 0</source>
        <translation>--limit doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-15</source>
        <translation>--%1 doit être une date comme 2026-11-15</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <source>--output must name a .csv or .pdf file</source>
        <translation>--output doit désigner un fichier .csv ou .pdf</translation>
    </message>
    <message>
        <source>no customer named &quot;%1&quot;</source>
        <translation>aucun client nommé « %1 »</translation>
    </message>
    <message>
        <source>%1 has no invoices or payments up to %2</source>
        <translation>%1 n’a ni facture ni paiement jusqu’au %2</translation>
    </message>
    <message>
        <source>credit-note needs --invoice or --customer</source>
        <translation>credit-note a besoin de --invoice ou --customer</translation>
    </message>
    <message>
        <source>credit-note needs --amount or --lines</source>
        <translation>credit-note a besoin de --amount ou --lines</translation>
    </message>
    <message>
        <source>credit-note needs --reason</source>
        <translation>credit-note a besoin de --reason</translation>
    </message>
    <message>
        <source>Credit note %1 for %2: net %3, tax %4, total %5 %6</source>
        <translation>Avoir %1 pour %2 : HT %3, taxe %4, total %5 %6</translation>
    </message>
    <message>
        <source>Taken off the invoice: %1; credit for %2: %3</source>
        <translation>Déduit de la facture : %1 ; crédit pour %2 : %3</translation>
    </message>
    <message>
        <source>--refund must be credited or owed</source>
        <translation>--refund doit être credited ou owed</translation>
    </message>
    <message>
        <source>Invoice %1: %2, outstanding %3 %4</source>
        <translation>Facture %1 : %2, reste dû %3 %4</translation>
    </message>
    <message>
        <source>Invoice %1 reopened</source>
        <translation>Facture %1 rouverte</translation>
    </message>
    <message>
        <source>pdf needs an invoice or credit note number and --output FILE.pdf</source>
        <translation>pdf attend un numéro de facture ou d’avoir et --output FICHIER.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1</source>
        <translation>
            <numerusform>%n document écrit dans %1</numerusform>
            <numerusform>%n documents écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>einvoice needs an invoice or credit note number, --format ubl|cii|zugferd and --output FILE</source>
        <translation>einvoice attend un numéro de facture ou d’avoir, --format ubl|cii|zugferd et --output FICHIER</translation>
    </message>
    <message>
        <source>--template belongs to --format zugferd, whose PDF it prints</source>
        <translation>--template va avec --format zugferd, dont il imprime le PDF</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>avoirs</translation>
    </message>
    <message>
        <source>usage: import invoices|payments|creditnotes FILE [options], or import books DIR</source>
        <translation>utilisation : import invoices|payments|creditnotes FICHIER [options], ou import books DOSSIER</translation>
    </message>
    <message>
        <source>the books are exported as CSV files</source>
        <translation>la comptabilité est exportée en fichiers CSV</translation>
    </message>
    <message>
        <source>usage: export invoices|payments|creditnotes FILE|-, or export books DIR</source>
        <translation>utilisation : export invoices|payments|creditnotes FICHIER|-, ou export books DOSSIER</translation>
    </message>
    <message>
        <source>usage: void-receipt KEY --reason R</source>
        <translation>usage : void-receipt CLÉ --reason MOTIF</translation>
    </message>
    <message>
        <source>there is no receipt &quot;%1&quot;</source>
        <translation>il n’y a pas d’encaissement « %1 »</translation>
    </message>
    <message>
        <source>Voided receipt %1 (%2 %3 from %4) and every payment made from it.</source>
        <translation>Encaissement %1 (%2 %3 de %4) annulé, avec chaque paiement fait à partir de lui.</translation>
    </message>
    <message>
        <source>--date-format %1: write the day as d or dd, the month as M or MM and the year as yy or yyyy, e.g. dd.MM.yyyy or M/d/yyyy</source>
        <translation>--date-format %1 : écrivez le jour d ou dd, le mois M ou MM et l’année yy ou yyyy, p. ex. dd.MM.yyyy ou M/d/yyyy</translation>
    </message>
    <message>
        <source>Say which with --date-format, e.g. --date-format d/M/yyyy (day first) or --date-format M/d/yyyy (month first).</source>
        <translation>Précisez-le avec --date-format, p. ex. --date-format d/M/yyyy (jour d’abord) ou --date-format M/d/yyyy (mois d’abord).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the dry run: %1</source>
        <translation>Impossible de créer un dossier temporaire pour l’essai à blanc : %1</translation>
    </message>
    <message>
        <source>There is no company file at %1: the dry run checks against empty books and creates no file.</source>
        <translation>Il n’y a pas de fichier de société à %1 : l’essai à blanc vérifie par rapport à une comptabilité vide et ne crée aucun fichier.</translation>
    </message>
    <message>
        <source>tax rate &quot;%1&quot;: %2</source>
        <translation>taux de taxe « %1 » : %2</translation>
    </message>
    <message>
        <source>--tax-rate goes with --customer and --amount: a note on an invoice is split over the invoice&apos;s rates, and --lines gives each line&apos;s rate</source>
        <translation>--tax-rate va avec --customer et --amount : un avoir sur une facture est réparti entre les taux de la facture, et --lines donne le taux de chaque ligne</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: %2</source>
        <translation>--rate &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>a new tax code needs --rate, e.g. --rate 19</source>
        <translation>un nouveau code de taxe demande --rate, p. ex. --rate 19</translation>
    </message>
    <message>
        <source>Tax code %1 was not saved: %2</source>
        <translation>Le code de taxe %1 n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Saved tax code %1: %2 %, category %3</source>
        <translation>Code de taxe %1 enregistré : %2 %, catégorie %3</translation>
    </message>
    <message>
        <source>Added tax code %1: %2 %, category %3</source>
        <translation>Code de taxe %1 ajouté : %2 %, catégorie %3</translation>
    </message>
    <message>
        <source>taxcode takes list or set</source>
        <translation>taxcode accepte list ou set</translation>
    </message>
    <message numerus="yes">
        <source>The import would add these customers (%n): %1.</source>
        <translation>
            <numerusform>L&apos;import ajouterait ce client (%n) : %1.</numerusform>
            <numerusform>L&apos;import ajouterait ces clients (%n) : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The books&apos; files name their columns as export books writes them: rename or remove the column.</source>
        <translation>Les fichiers des livres nomment leurs colonnes comme export books les écrit : renommez ou supprimez la colonne.</translation>
    </message>
    <message>
        <source>%1 beyond what can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>%1 au-delà de ce qui peut être additionné (plus de 9 223 372 036 854 775 807 unités minimales)</translation>
    </message>
    <message>
        <source>--currency is needed: the account&apos;s currency code (EUR)</source>
        <translation>--currency est requis : le code de devise du compte (EUR)</translation>
    </message>
    <message>
        <source>upgrade takes no more words</source>
        <translation>upgrade n’attend pas d’autres mots</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation>%1 est à jour (schéma %2).</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk: it is brought up to date (schema %2), and the file as it was is kept as %3.</source>
        <translation>%1 a été écrit par une version plus ancienne d’InvoiceDesk : il est mis à jour (schéma %2), et le fichier tel qu’il était est conservé sous %3.</translation>
    </message>
    <message>
        <source>Left as credit: %1 %2 (%3&apos;s credit: %4 %2)</source>
        <translation>Laissé en crédit : %1 %2 (crédit de %3 : %4 %2)</translation>
    </message>
    <message>
        <source>Left as credit: %1 %2</source>
        <translation>Laissé en crédit : %1 %2</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1 ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>usage: void-payment MARKER --reason R</source>
        <translation>usage : void-payment MARQUEUR --reason MOTIF</translation>
    </message>
    <message>
        <source>there is no payment with the marker %1 (`list payments` shows each one&apos;s)</source>
        <translation>aucun paiement ne porte le marqueur %1 (`list payments` montre celui de chacun)</translation>
    </message>
    <message>
        <source>Voided refund %1 (%2 %3 on %4).</source>
        <translation>Remboursement %1 annulé (%2 %3 sur %4).</translation>
    </message>
    <message>
        <source>Voided payment %1 (%2 %3 on %4).</source>
        <translation>Paiement %1 annulé (%2 %3 sur %4).</translation>
    </message>
</context>
<context>
    <name>CompanyFileUpdate</name>
    <message>
        <source>Bringing %1 up to date for this version of InvoiceDesk.
A copy of the file as it was is kept beside it.</source>
        <translation>Mise à jour de %1 pour cette version d’InvoiceDesk.
Une copie du fichier dans son état précédent est conservée à côté.</translation>
    </message>
    <message>
        <source>Updating Company File</source>
        <translation>Mise à jour du fichier société</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>the country is a two-letter ISO 3166 code, e.g. DE</source>
        <translation>le pays est un code ISO 3166 à deux lettres, par exemple DE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN</source>
        <translation>« %1 » n’est pas un IBAN valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC (8 or 11 letters and digits)</source>
        <translation>« %1 » n’est pas un BIC (8 ou 11 lettres et chiffres)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation>type de connexion inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 n’a pas répondu : %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation>%1 a refusé les identifiants : %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
</context>
<context>
    <name>ConnectionUrl</name>
    <message>
        <source>the address must be a full URL such as https://crm.example.com</source>
        <translation>l’adresse doit être une URL complète, par exemple https://crm.example.com</translation>
    </message>
    <message>
        <source>the address must not carry credentials (a user name, password or token); give them as secrets instead</source>
        <translation>l’adresse ne doit pas contenir d’identifiants (nom d’utilisateur, mot de passe ou jeton) ; indiquez-les plutôt comme secrets</translation>
    </message>
    <message>
        <source>the address must use https (plain http only on this machine&apos;s loopback address)</source>
        <translation>l’adresse doit utiliser https (http simple uniquement vers l’adresse de bouclage de cette machine)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d’API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts receivable number</source>
        <translation>Numéro de compte client</translation>
    </message>
    <message>
        <source>Payment type (default Payment)</source>
        <translation>Type de paiement (par défaut Payment)</translation>
    </message>
    <message>
        <source>Business URL key</source>
        <translation>Clé d’URL de l’entreprise</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Id d’application</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secret d’application</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Jeton Bearer (en-tête Authorization)</translation>
    </message>
    <message>
        <source>API key (api-key header)</source>
        <translation>Clé d’API (en-tête api-key)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Voies</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>connection &quot;%1&quot;: its %2 could not be read from the system keychain (%3). Where no keychain runs, name an environment variable instead (connection add ... --%4-env VAR)</source>
        <translation>connexion « %1 » : son %2 n’a pas pu être lu dans le trousseau du système (%3). Là où aucun trousseau ne tourne, nommez plutôt une variable d’environnement (connection add ... --%4-env VAR)</translation>
    </message>
    <message>
        <source>No system keychain answered (%1); the secret was not stored. Name an environment variable instead (--…-env VAR)</source>
        <translation>Aucun trousseau système n’a répondu (%1) ; le secret n’a pas été enregistré. Nommez plutôt une variable d’environnement (--…-env VAR)</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; cannot sign in: the environment variable %2 (its %3) is not set. Set the variable %2, or store the %3 in Sync &gt; Connections</source>
        <translation>la connexion « %1 » ne peut pas se connecter : la variable d’environnement %2 (son %3) n’est pas définie. Définissez la variable %2, ou enregistrez %3 dans Synchronisation &gt; Connexions</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>a line&apos;s total overflows</source>
        <translation>le total d’une ligne déborde</translation>
    </message>
    <message>
        <source>a credit note&apos;s amount must be positive</source>
        <translation>le montant d’un avoir doit être positif</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no header row</source>
        <translation>%1 n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>%1 has no line.rate column</source>
        <translation>%1 n’a pas de colonne line.rate</translation>
    </message>
    <message>
        <source>%1 has no lines</source>
        <translation>%1 n’a aucune ligne</translation>
    </message>
    <message>
        <source>the credit note&apos;s total is too large</source>
        <translation>le total de l’avoir est trop élevé</translation>
    </message>
    <message>
        <source>a credit note needs a reason</source>
        <translation>un avoir a besoin d’un motif</translation>
    </message>
    <message>
        <source>a credit note needs a date</source>
        <translation>un avoir a besoin d’une date</translation>
    </message>
    <message>
        <source>a credit note needs an amount or lines</source>
        <translation>un avoir a besoin d’un montant ou de lignes</translation>
    </message>
    <message>
        <source>a credit note&apos;s lines are positive amounts</source>
        <translation>les lignes d’un avoir sont des montants positifs</translation>
    </message>
</context>
<context>
    <name>CreditNoteListModel</name>
    <message>
        <source>−%1 off %2</source>
        <translation>−%1 sur %2</translation>
    </message>
    <message>
        <source>+%1 credit</source>
        <translation>+%1 de crédit</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>CrmCom</name>
    <message>
        <source>CRM.COM&apos;s login answered HTTP %1 without JSON</source>
        <translation>La connexion CRM.COM a répondu HTTP %1 sans JSON</translation>
    </message>
    <message>
        <source>CRM.COM&apos;s login returned no token</source>
        <translation>La connexion CRM.COM n’a renvoyé aucun jeton</translation>
    </message>
    <message>
        <source>this CRM.COM connection has no payment method name for &quot;%1&quot;; set methodNames on the connection</source>
        <translation>cette connexion CRM.COM n’a pas de nom de moyen de paiement pour « %1 » ; définissez methodNames sur la connexion</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la réponse n’était pas du JSON</translation>
    </message>
    <message>
        <source>CRM.COM returned no id</source>
        <translation>CRM.COM n’a renvoyé aucun id</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relecture a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>the payment was cancelled in CRM.COM</source>
        <translation>le paiement a été annulé dans CRM.COM</translation>
    </message>
    <message>
        <source>the answer carried no status, so it confirms nothing</source>
        <translation>la réponse ne contenait aucun statut, elle ne confirme donc rien</translation>
    </message>
    <message>
        <source>HTTP %1 without a status</source>
        <translation>HTTP %1 sans statut</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>opération inconnue</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write to standard output</source>
        <translation>Impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in %5; choose UTF-8 or UTF-16</source>
        <translation>ligne %1, colonne %2 : le caractère « %3 » (U+%4) ne peut pas être écrit en %5 ; choisissez UTF-8 ou UTF-16</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>L&apos;export a été annulé</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message>
        <source>column %1 appears more than once</source>
        <translation>la colonne %1 apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>la colonne obligatoire %1 est absente</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>is not a date in the form yyyy-MM-dd</source>
        <translation>n’est pas une date au format yyyy-MM-dd</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>n’est pas une date réelle</translation>
    </message>
    <message>
        <source>is not a real date in the form %1</source>
        <translation>n’est pas une date réelle au format %1</translation>
    </message>
    <message>
        <source>invoice %1 already exists (choose update or skip for existing invoices)</source>
        <translation>la facture %1 existe déjà (choisissez update ou skip pour les factures existantes)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>a payment needs an invoice number</source>
        <translation>un paiement exige un numéro de facture</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>il n’y a aucune facture numérotée « %1 »</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the rows of invoice %1 must be together; it already appeared at line %2</source>
        <translation>les lignes de la facture %1 doivent se suivre ; elle est déjà apparue à la ligne %2</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>une facture exige un numéro</translation>
    </message>
    <message>
        <source>must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation>doit être Draft, Pending, Paid, Cancelled ou Refunded</translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation>une facture exige une date</translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation>une facture exige une devise</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>n’est pas un code devise ISO 4217</translation>
    </message>
    <message>
        <source>differs from the invoice&apos;s first row (line %1)</source>
        <translation>diffère de la première ligne de la facture (ligne %1)</translation>
    </message>
    <message>
        <source>a row of a multi-line invoice has no line item</source>
        <translation>une ligne d’une facture multiligne n’a pas d’article</translation>
    </message>
    <message>
        <source>a line needs a rate</source>
        <translation>une ligne exige un prix</translation>
    </message>
    <message>
        <source>must be Day, Month, Year or blank</source>
        <translation>doit être Day, Month, Year ou vide</translation>
    </message>
    <message>
        <source>a payment needs a date</source>
        <translation>un paiement exige une date</translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation>un paiement exige un montant</translation>
    </message>
    <message>
        <source>a payment needs a method</source>
        <translation>un paiement exige un moyen</translation>
    </message>
    <message>
        <source>is not a payment method</source>
        <translation>n’est pas un moyen de paiement</translation>
    </message>
    <message>
        <source>must be visa, mastercard, amex, diners or unknown</source>
        <translation>doit être visa, mastercard, amex, diners ou unknown</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>colonne inconnue ; les colonnes sont : %1</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1 reads as %2 with a decimal comma, but as %1 with a decimal point); import the XLSX export instead, or write the number without thousands separators</source>
        <translation>ceci semble modifié par un tableur (%1 se lit %2 avec une virgule décimale, mais %1 avec un point décimal) ; importez plutôt l’export XLSX, ou écrivez le nombre sans séparateur de milliers</translation>
    </message>
    <message>
        <source>the row has a different number of fields from the header (%1 here, %2 in the header)</source>
        <translation>la ligne n’a pas le même nombre de champs que l’en-tête (%1 ici, %2 dans l’en-tête)</translation>
    </message>
    <message>
        <source>holds a NUL character (a zero byte), which text cannot contain</source>
        <translation>contient un caractère NUL (un octet nul), qu’un texte ne peut pas contenir</translation>
    </message>
    <message>
        <source>%1 holds no rows: it is empty</source>
        <translation>%1 ne contient aucune ligne : il est vide</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot;</source>
        <translation>ligne %1, colonne %2 : « %3 »</translation>
    </message>
    <message>
        <source>%1: the numbers could be read with a decimal point or with a decimal comma (%2)</source>
        <translation>%1 : les nombres peuvent se lire avec un point décimal ou avec une virgule décimale (%2)</translation>
    </message>
    <message>
        <source>%1: the dates could be read as day/month or as month/day (%2)</source>
        <translation>%1 : les dates peuvent se lire jour/mois ou mois/jour (%2)</translation>
    </message>
    <message>
        <source>%1 holds no rows, only its header</source>
        <translation>%1 ne contient aucune ligne, seulement son en-tête</translation>
    </message>
    <message>
        <source>this is an Excel workbook; import it as XLSX</source>
        <translation>ceci est un classeur Excel ; importez-le en XLSX</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV first</source>
        <translation>ceci est un classeur OpenDocument (.ods) ; enregistrez-le d’abord en XLSX ou CSV</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not a CSV file</source>
        <translation>ceci est une archive ZIP, pas un fichier CSV</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls); save it as XLSX or CSV first</source>
        <translation>ceci est un classeur Excel 97-2003 (.xls) ; enregistrez-le d’abord en XLSX ou CSV</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>ceci est un fichier binaire, pas du texte CSV</translation>
    </message>
    <message>
        <source>%1: this is not an Excel workbook (.xlsx); if it is CSV text, import it as CSV</source>
        <translation>%1 : ceci n’est pas un classeur Excel (.xlsx) ; si c’est du texte CSV, importez-le en CSV</translation>
    </message>
    <message>
        <source>Reading the stored numbers</source>
        <translation>Lecture des numéros enregistrés</translation>
    </message>
    <message>
        <source>import the XLSX export instead, or format the column as text in the spreadsheet before saving</source>
        <translation>importez plutôt l’export XLSX, ou mettez la colonne au format texte dans le tableur avant d’enregistrer</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1); %2</source>
        <translation>ceci semble modifié par un tableur (%1) ; %2</translation>
    </message>
    <message>
        <source>an identifier became the number %1</source>
        <translation>un identifiant est devenu le nombre %1</translation>
    </message>
    <message>
        <source>a number of more than 15 digits lost its last digits: %1</source>
        <translation>un nombre de plus de 15 chiffres a perdu ses derniers chiffres : %1</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>%1 est devenu %2</translation>
    </message>
    <message>
        <source>does not match quantity × rate − discount = %1</source>
        <translation>ne correspond pas à quantité × prix − remise = %1</translation>
    </message>
    <message>
        <source>the file&apos;s total %1 differs from %2, the total of the lines, discount, shipping and tax</source>
        <translation>le total du fichier, %1, diffère de %2, le total des lignes, de la remise, de l’expédition et de la taxe</translation>
    </message>
    <message>
        <source>a line takes line.discountPercent or line.discountAmount, not both</source>
        <translation>une ligne prend line.discountPercent ou line.discountAmount, pas les deux</translation>
    </message>
    <message>
        <source>a credit note needs a number</source>
        <translation>un avoir a besoin d’un numéro</translation>
    </message>
    <message>
        <source>a credit note needs a date</source>
        <translation>un avoir a besoin d’une date</translation>
    </message>
    <message>
        <source>does not match quantity × rate = %1</source>
        <translation>ne correspond pas à quantité × prix = %1</translation>
    </message>
    <message>
        <source>a credit note has no such field; leave it empty</source>
        <translation>un avoir n’a pas ce champ ; laissez-le vide</translation>
    </message>
    <message>
        <source>differs from the credit note&apos;s first row (line %1)</source>
        <translation>diffère de la première ligne de l’avoir (ligne %1)</translation>
    </message>
    <message>
        <source>a credit note for a customer needs a currency</source>
        <translation>un avoir pour un client a besoin d’une devise</translation>
    </message>
    <message>
        <source>the file&apos;s total %1 differs from %2, the total of the lines and their tax</source>
        <translation>le total du fichier %1 diffère de %2, le total des lignes et de leur taxe</translation>
    </message>
    <message>
        <source>invoice %1 belongs to customer &quot;%2&quot;</source>
        <translation>la facture %1 appartient au client « %2 »</translation>
    </message>
    <message>
        <source>a credit note without an invoice needs a customer</source>
        <translation>un avoir sans facture a besoin d’un client</translation>
    </message>
    <message>
        <source>the rows of credit note %1 must be together; it already appeared at line %2</source>
        <translation>les lignes de l’avoir %1 doivent se suivre ; il apparaît déjà à la ligne %2</translation>
    </message>
    <message>
        <source>the rows of receipt %1 must be together; it already appeared at line %2</source>
        <translation>les lignes de l’encaissement %1 doivent se suivre ; il apparaît déjà à la ligne %2</translation>
    </message>
    <message>
        <source>differs from line %1 (&quot;%2&quot;): the rows of receipt %3 share its date, method and method fields</source>
        <translation>diffère de la ligne %1 (« %2 ») : les lignes de l’encaissement %3 partagent sa date, son mode de paiement et ses champs</translation>
    </message>
    <message>
        <source>invoice %1 is in %2</source>
        <translation>la facture %1 est en %2</translation>
    </message>
    <message>
        <source>credit is applied to an invoice: there is no invoice numbered &quot;%1&quot;</source>
        <translation>un crédit s’applique à une facture : il n’y a pas de facture numéro « %1 »</translation>
    </message>
    <message>
        <source>a payment from credit has the method %1</source>
        <translation>un paiement sur crédit a le mode de paiement %1</translation>
    </message>
    <message>
        <source>a receipt without an invoice needs a currency</source>
        <translation>un encaissement sans facture a besoin d’une devise</translation>
    </message>
    <message>
        <source>a receipt without an invoice needs a customer</source>
        <translation>un encaissement sans facture a besoin d’un client</translation>
    </message>
    <message>
        <source>belongs to a payment of an invoice, not to a receipt&apos;s unallocated credit</source>
        <translation>appartient au paiement d’une facture, pas au crédit non affecté d’un encaissement</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>encaissement %1 : %2</translation>
    </message>
    <message>
        <source>a credit note without an invoice applies nothing: leave it empty</source>
        <translation>un avoir sans facture n’impute rien : laissez ce champ vide</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1 reads as %2 with a decimal point, but as %1 with a decimal comma); import the XLSX export instead, or write the number without thousands separators</source>
        <translation>ceci semble modifié par un tableur (%1 se lit %2 avec un point décimal, mais %1 avec une virgule décimale) ; importez plutôt l’export XLSX, ou écrivez le nombre sans séparateur de milliers</translation>
    </message>
    <message>
        <source>a tax code needs a rate</source>
        <translation>un code de taxe a besoin d’un taux</translation>
    </message>
    <message>
        <source>line %1 has this name too</source>
        <translation>la ligne %1 porte aussi ce nom</translation>
    </message>
    <message>
        <source>there is already a tax code of that name with other fields (choose update or skip for existing records)</source>
        <translation>un code de taxe de ce nom existe déjà avec d’autres champs (choisissez update ou skip pour les enregistrements existants)</translation>
    </message>
    <message>
        <source>there is already a customer of that name with other fields (choose update or skip for existing records)</source>
        <translation>un client de ce nom existe déjà avec d’autres champs (choisissez update ou skip pour les enregistrements existants)</translation>
    </message>
    <message>
        <source>%1 holds none of the files of the books (company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv, creditnotes.csv)</source>
        <translation>%1 ne contient aucun des fichiers de la comptabilité (company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv, creditnotes.csv)</translation>
    </message>
    <message>
        <source>the company has one profile, on the first row: this row is another</source>
        <translation>l&apos;entreprise a un seul profil, sur la première ligne : cette ligne en est un autre</translation>
    </message>
    <message>
        <source>the company profile here has &quot;%1&quot; (choose update or skip for existing records)</source>
        <translation>le profil de l&apos;entreprise ici a « %1 » (choisissez mettre à jour ou ignorer pour les enregistrements existants)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>credit note %1 is already issued (choose skip or update for credit notes already issued)</source>
        <translation>l&apos;avoir %1 est déjà émis (choisissez ignorer ou mettre à jour pour les avoirs déjà émis)</translation>
    </message>
    <message>
        <source>credit note %1 is issued for %2 %3 on %4; an import does not change an issued credit note</source>
        <translation>l&apos;avoir %1 est émis pour %2 %3 le %4 ; un import ne modifie pas un avoir émis</translation>
    </message>
    <message>
        <source>credit of this date and amount is already applied to invoice %1 (choose skip or update for payments already recorded)</source>
        <translation>un crédit de cette date et de ce montant est déjà imputé à la facture %1 (choisissez ignorer ou mettre à jour pour les paiements déjà enregistrés)</translation>
    </message>
    <message>
        <source>the rows of receipt %1 add up to more than an amount can be (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>les lignes de l’encaissement %1 dépassent ensemble ce qu’un montant peut valoir (plus de 9 223 372 036 854 775 807 unités mineures)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported: import it again</source>
        <translation>%1 a changé pendant son import : importez-le à nouveau</translation>
    </message>
    <message>
        <source>the refund on line %1 has the same invoice, date, amount, method and reference: give each its own reference if both were made, or allow duplicates</source>
        <translation>le remboursement de la ligne %1 a la même facture, date, montant, moyen et référence : donnez à chacun sa propre référence si les deux ont eu lieu, ou autorisez les doublons</translation>
    </message>
    <message>
        <source>the payment on line %1 has the same invoice, date, amount, method and reference: give each its own reference if both were made, or allow duplicates</source>
        <translation>le paiement de la ligne %1 a la même facture, date, montant, moyen et référence : donnez à chacun sa propre référence si les deux ont eu lieu, ou autorisez les doublons</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field that starts here is never closed</source>
        <translation>ligne %1 : un champ entre guillemets qui commence ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation>ligne %1, champ %2 : texte après le guillemet fermant</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>a customer needs a name</source>
        <translation>un client doit avoir un nom</translation>
    </message>
    <message>
        <source>the name has spaces at its start or end</source>
        <translation>le nom a des espaces au début ou à la fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>« %1 » n’est pas un code de devise</translation>
    </message>
    <message>
        <source>payment terms are a number of days from 0 to 3650</source>
        <translation>le délai de paiement est un nombre de jours de 0 à 3650</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>a customer named &quot;%1&quot; exists</source>
        <translation>un client nommé « %1 » existe déjà</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Saving invoice %1</source>
        <translation>Enregistrement de la facture %1</translation>
    </message>
    <message>
        <source>Updating invoice %1</source>
        <translation>Mise à jour de la facture %1</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Préparation d’une requête</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Début d’une transaction</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Enregistrement des modifications</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists</source>
        <translation>Une connexion nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Adding connection %1</source>
        <translation>Ajout de la connexion %1</translation>
    </message>
    <message>
        <source>Updating connection %1</source>
        <translation>Mise à jour de la connexion %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;</source>
        <translation>Il n’y a aucune connexion nommée « %1 »</translation>
    </message>
    <message>
        <source>Checking connection %1</source>
        <translation>Vérification de la connexion %1</translation>
    </message>
    <message>
        <source>Removing connection %1</source>
        <translation>Suppression de la connexion %1</translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation>Lecture des connexions</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not migrated; open it in the main thread first</source>
        <translation>%1 n’est pas migré ; ouvrez-le d’abord dans le fil principal</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is already open in another InvoiceDesk process (pid %2 on %3); close it there first</source>
        <translation>%1 est déjà ouvert dans un autre processus InvoiceDesk (pid %2 sur %3) ; fermez-le d’abord</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an InvoiceDesk database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 n’est pas une base InvoiceDesk (ce n’est pas un fichier SQLite) ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite database; it was left untouched</source>
        <translation>%1 ne peut pas être lu comme base SQLite ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an InvoiceDesk database; it was left untouched</source>
        <translation>%1 est un fichier SQLite d’un autre programme, pas une base InvoiceDesk ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>%1 was written by a newer InvoiceDesk (schema %2; this program knows up to %3). Update InvoiceDesk to open it; the file was left untouched</source>
        <translation>%1 a été écrit par un InvoiceDesk plus récent (schéma %2 ; ce programme connaît jusqu’au %3). Mettez InvoiceDesk à jour pour l’ouvrir ; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup before migrating failed: %2</source>
        <translation>Pas de migration de %1 : la sauvegarde avant migration a échoué : %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>The database handle is not available for a backup</source>
        <translation>La connexion à la base n’est pas disponible pour une sauvegarde</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>La sauvegarde dans %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a backup of a company file</source>
        <translation>%1 est vide ; ce n’est pas une sauvegarde d’un fichier société</translation>
    </message>
    <message>
        <source>Not restoring: the copy of the current data failed: %1</source>
        <translation>Pas de restauration : la copie des données actuelles a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2; your data is unchanged, and also kept in %3</source>
        <translation>La restauration depuis %1 a échoué : %2 ; vos données sont inchangées, et aussi conservées dans %3</translation>
    </message>
    <message>
        <source>Saving line %1 of invoice %2</source>
        <translation>Enregistrement de la ligne %1 de la facture %2</translation>
    </message>
    <message>
        <source>Saving the %1 address of invoice %2</source>
        <translation>Enregistrement de l’adresse %1 de la facture %2</translation>
    </message>
    <message>
        <source>Deleting an invoice</source>
        <translation>Suppression d’une facture</translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s paid amount</source>
        <translation>Mise à jour du montant payé de la facture</translation>
    </message>
    <message>
        <source>Changing the invoice&apos;s status</source>
        <translation>Modification de l’état de la facture</translation>
    </message>
    <message>
        <source>Assigning the invoice to a connection</source>
        <translation>Attribution de la facture à une connexion</translation>
    </message>
    <message>
        <source>Reading an invoice</source>
        <translation>Lecture d’une facture</translation>
    </message>
    <message>
        <source>Looking up invoice %1</source>
        <translation>Recherche de la facture %1</translation>
    </message>
    <message>
        <source>Reading invoice lines</source>
        <translation>Lecture des lignes de facture</translation>
    </message>
    <message>
        <source>Reading addresses</source>
        <translation>Lecture des adresses</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Liste des factures</translation>
    </message>
    <message>
        <source>Queueing %1 for sync</source>
        <translation>Mise en file de %1 pour synchronisation</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Lecture de la file de synchronisation</translation>
    </message>
    <message>
        <source>Updating the sync queue</source>
        <translation>Mise à jour de la file de synchronisation</translation>
    </message>
    <message>
        <source>Counting the sync queue</source>
        <translation>Comptage de la file de synchronisation</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Écriture du journal d’audit</translation>
    </message>
    <message>
        <source>Saving a payment on invoice %1</source>
        <translation>Enregistrement d’un paiement sur la facture %1</translation>
    </message>
    <message>
        <source>Voiding a payment</source>
        <translation>Annulation d’un paiement</translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation>Lecture d’un paiement</translation>
    </message>
    <message>
        <source>Reading payments</source>
        <translation>Lecture des paiements</translation>
    </message>
    <message>
        <source>Looking for a duplicate payment</source>
        <translation>Recherche d’un paiement en double</translation>
    </message>
    <message>
        <source>Listing payments</source>
        <translation>Liste des paiements</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; still has 1 operation to sync; sync or resolve it first</source>
        <translation>La connexion « %1 » a encore 1 opération à synchroniser ; synchronisez-la ou résolvez-la d’abord</translation>
    </message>
    <message numerus="yes">
        <source>Connection &quot;%1&quot; still has %n operations to sync; sync or resolve them first</source>
        <translation>
            <numerusform>La connexion « %1 » a encore %n opération à synchroniser ; synchronisez-la ou résolvez-la d’abord</numerusform>
            <numerusform>La connexion « %1 » a encore %n opérations à synchroniser ; synchronisez-les ou résolvez-les d’abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; is assigned to 1 invoice; it cannot be removed</source>
        <translation>La connexion « %1 » est attribuée à 1 facture ; elle ne peut pas être supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Connection &quot;%1&quot; is assigned to %n invoices; it cannot be removed</source>
        <translation>
            <numerusform>La connexion « %1 » est attribuée à %n facture ; elle ne peut pas être supprimée</numerusform>
            <numerusform>La connexion « %1 » est attribuée à %n factures ; elle ne peut pas être supprimée</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no company file at %1 (nothing was created)</source>
        <translation>Il n’y a pas de fichier de société à %1 (rien n’a été créé)</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a company file; it was left untouched. If it should hold your books, restore your last backup over it</source>
        <translation>%1 est vide (0 octet), ce n’est donc pas un fichier de société ; il n’a pas été modifié. S’il doit contenir votre comptabilité, restaurez votre dernière sauvegarde à sa place</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was read from it or written to it. Restore your last backup (File &gt; Restore in InvoiceDesk, or copy the backup over this file)</source>
        <translation>%1 est endommagé : %2. Rien n’y a été lu ni écrit. Restaurez votre dernière sauvegarde (Fichier &gt; Restaurer dans InvoiceDesk, ou copiez la sauvegarde à la place de ce fichier)</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: %1</source>
        <translation>la vérification d’intégrité de SQLite a trouvé : %1</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is missing</source>
        <translation>son %1 « %2 » est manquant</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>un dossier de ce nom est en travers</translation>
    </message>
    <message>
        <source>it cannot be written or read</source>
        <translation>il ne peut être ni écrit ni lu</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Impossible de créer le fichier de verrou %1 : %2</translation>
    </message>
    <message>
        <source>Counting invoices</source>
        <translation>Comptage des factures</translation>
    </message>
    <message>
        <source>Counting payments</source>
        <translation>Comptage des paiements</translation>
    </message>
    <message>
        <source>Reading customers</source>
        <translation>Lecture des clients</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Enregistrement du client</translation>
    </message>
    <message>
        <source>Reading receipts</source>
        <translation>Lecture des encaissements</translation>
    </message>
    <message>
        <source>Saving the receipt</source>
        <translation>Enregistrement de l’encaissement</translation>
    </message>
    <message>
        <source>Reading the tax codes</source>
        <translation>Lecture des codes de taxe</translation>
    </message>
    <message>
        <source>Saving tax code %1</source>
        <translation>Enregistrement du code de taxe %1</translation>
    </message>
    <message>
        <source>Saving line %1</source>
        <translation>Enregistrement de la ligne %1</translation>
    </message>
    <message>
        <source>Reading the company profile</source>
        <translation>Lecture du profil de la société</translation>
    </message>
    <message>
        <source>Saving the company profile</source>
        <translation>Enregistrement du profil de la société</translation>
    </message>
    <message>
        <source>Searching invoices</source>
        <translation>Recherche de factures</translation>
    </message>
    <message>
        <source>Reading receivables</source>
        <translation>Lecture des créances</translation>
    </message>
    <message>
        <source>Reading credit notes</source>
        <translation>Lecture des avoirs</translation>
    </message>
    <message>
        <source>Saving the credit note</source>
        <translation>Enregistrement de l’avoir</translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s credited amount</source>
        <translation>Mise à jour du montant crédité de la facture</translation>
    </message>
    <message>
        <source>Adding the invoice&apos;s customer</source>
        <translation>Ajout du client de la facture</translation>
    </message>
    <message>
        <source>the connection is not an SQLite database</source>
        <translation>la connexion n’est pas une base SQLite</translation>
    </message>
    <message>
        <source>Preparing the bulk load</source>
        <translation>Préparation du chargement en masse</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de %2 renvoie à une ligne absente de %3</translation>
    </message>
    <message>
        <source>Starting to read</source>
        <translation>Début de la lecture</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk (schema %2), and a dry run does not bring it up to date: open it once in the app, or run the command without --dry-run</source>
        <translation>%1 a été écrit par une version plus ancienne d’InvoiceDesk (schéma %2), et un essai à blanc ne le met pas à jour : ouvrez-le une fois dans l’application, ou lancez la commande sans --dry-run</translation>
    </message>
    <message>
        <source>the %1 credit of %2</source>
        <translation>l’avoir en %1 de %2</translation>
    </message>
    <message>
        <source>%1: more than can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>%1 : plus que ce qui peut être additionné (plus de 9 223 372 036 854 775 807 unités minimales)</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1 ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk (schema %2); open it once in the app, or run invoicedesk-cli upgrade on it, to bring it up to date</source>
        <translation>%1 a été écrit par une version plus ancienne d’InvoiceDesk (schéma %2) ; ouvrez-le une fois dans l’application, ou lancez invoicedesk-cli upgrade dessus, pour le mettre à jour</translation>
    </message>
    <message>
        <source>this would take the %1 credit of %2 past what can be summed (over 9,223,372,036,854,775,807 minor units; it is %3 %1 before this)</source>
        <translation>cela porterait le crédit en %1 de %2 au-delà de ce qui peut être additionné (plus de 9 223 372 036 854 775 807 unités mineures ; il est de %3 %1 avant cela)</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date; type it as %2 or as %3</source>
        <translation>« %1 » n’est pas une date ; saisissez-la sous la forme %2 ou %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the day and the month have one or two digits, the year two or four</source>
        <translation>« %1 » n’est pas une date : le jour et le mois ont un ou deux chiffres, l’année deux ou quatre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year has two or four digits</source>
        <translation>« %1 » n’est pas une date : l’année a deux ou quatre chiffres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>« %1 » n’est pas une date : il n’y a pas de mois %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: %2 has %3 days</source>
        <translation>« %1 » n’est pas une vraie date : %2 a %3 jours</translation>
    </message>
    <message>
        <source>%1 is more than a year from today; is the year right?</source>
        <translation>%1 est à plus d’un an d’aujourd’hui ; l’année est-elle juste ?</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>has more than %1 decimal places</source>
        <translation>a plus de %1 décimales</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>est trop grand</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>&amp;One PDF</source>
        <translation>&amp;Un seul PDF</translation>
    </message>
    <message>
        <source>One File &amp;Each</source>
        <translation>Un &amp;fichier chacune</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>Société…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export E-Invoice</source>
        <translation>Exporter la facture électronique</translation>
    </message>
    <message>
        <source>Export E-Invoice…</source>
        <translation>Exporter la facture électronique…</translation>
    </message>
    <message>
        <source>Select the invoices or credit notes to print first.</source>
        <translation>Sélectionnez d’abord les factures ou avoirs à imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n documents into one PDF, or one file each?</source>
        <translation>
            <numerusform>Exporter le document (%n) dans un seul PDF, ou un fichier chacun ?</numerusform>
            <numerusform>Exporter les %n documents dans un seul PDF, ou un fichier chacun ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one invoice or credit note first: an e-invoice holds one document.</source>
        <translation>Sélectionnez d’abord une facture ou un avoir : une facture électronique contient un seul document.</translation>
    </message>
    <message>
        <source>Tax Codes…</source>
        <translation>Codes de taxe…</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no template named &quot;%1&quot;; the templates are %2 (your own go in %3)</source>
        <translation>Il n’y a pas de modèle nommé « %1 » ; les modèles sont %2 (les vôtres vont dans %3)</translation>
    </message>
    <message>
        <source>Cannot start printing</source>
        <translation>Impossible de lancer l’impression</translation>
    </message>
    <message>
        <source>Cannot write %1: there is no such folder</source>
        <translation>Impossible d’écrire %1 : ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>The statement template is missing</source>
        <translation>Le modèle de relevé est manquant</translation>
    </message>
    <message>
        <source>Cannot write the PDF of the invoice</source>
        <translation>Impossible d’écrire le PDF de la facture</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>There is no invoice %1</source>
        <translation>Il n’y a pas de facture %1</translation>
    </message>
    <message>
        <source>There is no invoice or credit note %1</source>
        <translation>Il n’existe ni facture ni avoir %1</translation>
    </message>
</context>
<context>
    <name>EInvoice</name>
    <message>
        <source>your company&apos;s name (File → Company…)</source>
        <translation>le nom de votre société (Fichier → Société…)</translation>
    </message>
    <message>
        <source>your company&apos;s country (File → Company…)</source>
        <translation>le pays de votre société (Fichier → Société…)</translation>
    </message>
    <message>
        <source>your company&apos;s VAT ID (File → Company…)</source>
        <translation>le numéro de TVA de votre société (Fichier → Société…)</translation>
    </message>
    <message>
        <source>the customer&apos;s name (billing address)</source>
        <translation>le nom du client (adresse de facturation)</translation>
    </message>
    <message>
        <source>the customer&apos;s country (billing address)</source>
        <translation>le pays du client (adresse de facturation)</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID, which reverse charge and intra-community supplies need (the customer&apos;s tax ID)</source>
        <translation>le numéro de TVA du client, nécessaire à l’autoliquidation et aux livraisons intracommunautaires (identifiant fiscal du client)</translation>
    </message>
    <message>
        <source>the delivery date of an intra-community supply (More tab)</source>
        <translation>la date de livraison d’une livraison intracommunautaire (onglet Plus)</translation>
    </message>
    <message>
        <source>one invoice for the lines outside the scope of VAT and another for the rest</source>
        <translation>une facture pour les lignes hors du champ de la TVA et une autre pour le reste</translation>
    </message>
    <message>
        <source>a tax rate or tax code on line %1</source>
        <translation>un taux ou un code de taxe à la ligne %1</translation>
    </message>
    <message>
        <source>a description on line %1</source>
        <translation>une description à la ligne %1</translation>
    </message>
    <message>
        <source>a unit price that is not negative on line %1</source>
        <translation>un prix unitaire non négatif à la ligne %1</translation>
    </message>
    <message>
        <source>the exemption reason of tax code &quot;%1&quot; (line %2)</source>
        <translation>le motif d’exonération du code de taxe « %1 » (ligne %2)</translation>
    </message>
    <message>
        <source>the invoice&apos;s discount and shipping as lines (an e-invoice taxes them per line)</source>
        <translation>la remise et les frais de port de la facture en lignes (une facture électronique les taxe par ligne)</translation>
    </message>
    <message>
        <source>at least one line</source>
        <translation>au moins une ligne</translation>
    </message>
    <message>
        <source>the tax computed from the lines (the invoice has a typed tax total)</source>
        <translation>la taxe calculée à partir des lignes (la facture a un total de taxe saisi)</translation>
    </message>
    <message>
        <source>a due date or your company&apos;s payment terms</source>
        <translation>une date d’échéance ou les conditions de paiement de votre société</translation>
    </message>
    <message>
        <source>a payment means code of the UNTDID 4461 list, such as 58 (More tab)</source>
        <translation>un code de moyen de paiement de la liste UNTDID 4461, par exemple 58 (onglet Plus)</translation>
    </message>
    <message>
        <source>The e-invoice needs %1.</source>
        <translation>La facture électronique a besoin de %1.</translation>
    </message>
    <message>
        <source>its tax at %1% is %2, rounded line by line; EN 16931 requires the tax of a rate on the sum of its lines (%3), and the official rules (BR-CO-17) refuse a difference of one %4 or more. Issue it with the tax of each rate rounded once (an import profile&apos;s &quot;taxRounding&quot;: &quot;per-rate&quot;), or send the PDF.</source>
        <translation>sa taxe à %1 % est de %2, arrondie ligne par ligne ; la norme EN 16931 exige la taxe d&apos;un taux sur la somme de ses lignes (%3), et les règles officielles (BR-CO-17) refusent un écart d&apos;un %4 ou plus. Émettez-la avec la taxe de chaque taux arrondie une seule fois (&quot;taxRounding&quot;: &quot;per-rate&quot; dans un profil d&apos;importation) ou envoyez le PDF.</translation>
    </message>
    <message>
        <source>the invoice&apos;s shipping as a line (an e-invoice taxes it per line)</source>
        <translation>les frais de port de la facture sous forme de ligne (une facture électronique les taxe par ligne)</translation>
    </message>
    <message>
        <source>the invoice&apos;s discount as discounts on its lines (an e-invoice taxes it per line)</source>
        <translation>la remise de la facture sous forme de remises sur ses lignes (une facture électronique la taxe par ligne)</translation>
    </message>
</context>
<context>
    <name>EInvoiceFile</name>
    <message>
        <source>Invoice %1 was not exported: %2</source>
        <translation>La facture %1 n’a pas été exportée : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Credit note %1 was not exported: %2</source>
        <translation>L’avoir %1 n’a pas été exporté : %2</translation>
    </message>
</context>
<context>
    <name>FacturX</name>
    <message>
        <source>Cannot make the ZUGFeRD/Factur-X PDF: %1</source>
        <translation>Impossible de créer le PDF ZUGFeRD/Factur-X : %1</translation>
    </message>
    <message>
        <source>the invoice PDF has no XMP metadata</source>
        <translation>le PDF de la facture n’a pas de métadonnées XMP</translation>
    </message>
    <message>
        <source>the invoice PDF is no PDF/A-1b</source>
        <translation>le PDF de la facture n’est pas un PDF/A-1b</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>ID de contact</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>ID de prospect</translation>
    </message>
    <message>
        <source>Subscription start</source>
        <translation>Début de l’abonnement</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Forbidden methods</source>
        <translation>Moyens interdits</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Synchroniser avec</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID distant</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Description de la ligne</translation>
    </message>
    <message>
        <source>Commissionable amount</source>
        <translation>Montant commissionnable</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Billing first name</source>
        <translation>Prénom de facturation</translation>
    </message>
    <message>
        <source>Billing last name</source>
        <translation>Nom de famille de facturation</translation>
    </message>
    <message>
        <source>Billing company</source>
        <translation>Société de facturation</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>E-mail de facturation</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation>Téléphone de facturation</translation>
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation>Ligne d’adresse 1 de facturation</translation>
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation>Ligne d’adresse 2 de facturation</translation>
    </message>
    <message>
        <source>Billing neighbourhood</source>
        <translation>Quartier de facturation</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ville de facturation</translation>
    </message>
    <message>
        <source>Billing postcode</source>
        <translation>Code postal de facturation</translation>
    </message>
    <message>
        <source>Billing state code</source>
        <translation>Code de région de facturation</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Région de facturation</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Pays de facturation</translation>
    </message>
    <message>
        <source>Shipping first name</source>
        <translation>Prénom de livraison</translation>
    </message>
    <message>
        <source>Shipping last name</source>
        <translation>Nom de famille de livraison</translation>
    </message>
    <message>
        <source>Shipping company</source>
        <translation>Société de livraison</translation>
    </message>
    <message>
        <source>Shipping e-mail</source>
        <translation>E-mail de livraison</translation>
    </message>
    <message>
        <source>Shipping phone</source>
        <translation>Téléphone de livraison</translation>
    </message>
    <message>
        <source>Shipping address line 1</source>
        <translation>Ligne d’adresse 1 de livraison</translation>
    </message>
    <message>
        <source>Shipping address line 2</source>
        <translation>Ligne d’adresse 2 de livraison</translation>
    </message>
    <message>
        <source>Shipping neighbourhood</source>
        <translation>Quartier de livraison</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <source>Shipping postcode</source>
        <translation>Code postal de livraison</translation>
    </message>
    <message>
        <source>Shipping state code</source>
        <translation>Code de région de livraison</translation>
    </message>
    <message>
        <source>Shipping state</source>
        <translation>Région de livraison</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>Pays de livraison</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>Numéro de chèque</translation>
    </message>
    <message>
        <source>Cheque drawer</source>
        <translation>Tireur du chèque</translation>
    </message>
    <message>
        <source>Bank branch</source>
        <translation>Agence bancaire</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <source>Card fee %</source>
        <translation>Frais de carte %</translation>
    </message>
    <message>
        <source>Card fee amount</source>
        <translation>Montant des frais de carte</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Gateway transaction id</source>
        <translation>ID de transaction de la passerelle</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Date du virement</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <source>TDS</source>
        <translation>TDS</translation>
    </message>
    <message>
        <source>Transaction charge</source>
        <translation>Frais de transaction</translation>
    </message>
    <message>
        <source>Reconciled on</source>
        <translation>Rapproché le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Line tax</source>
        <translation>Taxe de la ligne</translation>
    </message>
    <message>
        <source>Taken off the invoice</source>
        <translation>Déduit de la facture</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Remise de ligne %</translation>
    </message>
    <message>
        <source>Line discount amount</source>
        <translation>Remise de ligne (montant)</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Code de taxe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Référence de l’acheteur</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Payment means code</source>
        <translation>Code du moyen de paiement</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>no answer within the time limit</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>le serveur a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>the answer&apos;s headers were too long</source>
        <translation>les en-têtes de la réponse étaient trop longs</translation>
    </message>
    <message>
        <source>the answer was not HTTP</source>
        <translation>la réponse n’était pas du HTTP</translation>
    </message>
    <message>
        <source>the answer&apos;s length was not a number</source>
        <translation>la longueur de la réponse n’était pas un nombre</translation>
    </message>
    <message>
        <source>the answer announced %1 bytes, more than the %2 an answer may have</source>
        <translation>la réponse annonçait %1 octets, plus que les %2 qu’une réponse peut avoir</translation>
    </message>
    <message>
        <source>the answer&apos;s chunks were malformed</source>
        <translation>les blocs de la réponse étaient mal formés</translation>
    </message>
    <message>
        <source>the answer was longer than the %1 bytes an answer may have</source>
        <translation>la réponse dépassait les %1 octets qu’une réponse peut avoir</translation>
    </message>
    <message>
        <source>the server sent only interim answers</source>
        <translation>le serveur n’a envoyé que des réponses provisoires</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: &quot;%2&quot; must be one character</source>
        <translation>%1 : « %2 » doit être un seul caractère</translation>
    </message>
    <message>
        <source>%1: &quot;numbers.decimalMark&quot; must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>%1 : « numbers.decimalMark » doit être &quot;.&quot; ou &quot;,&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;numbers.grouping&quot; cannot be the decimal mark</source>
        <translation>%1 : « numbers.grouping » ne peut pas être le séparateur décimal</translation>
    </message>
    <message>
        <source>%1: the tax code &quot;%2&quot; needs a &quot;code&quot; and a &quot;rate&quot; such as &quot;20&quot;</source>
        <translation>%1 : le code de taxe « %2 » doit avoir un &quot;code&quot; et un &quot;rate&quot;, par exemple &quot;20&quot;</translation>
    </message>
    <message>
        <source>%1: the category of tax code &quot;%2&quot; must be one of %3</source>
        <translation>%1 : la catégorie du code de taxe « %2 » doit être l’une de %3</translation>
    </message>
    <message>
        <source>%1: a profile needs a &quot;name&quot;</source>
        <translation>%1 : un profil doit avoir un &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;positions&quot; counts columns from 1; &quot;%2&quot; is not a column number</source>
        <translation>%1 : « positions » compte les colonnes à partir de 1 ; « %2 » n’est pas un numéro de colonne</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a profile: %2</source>
        <translation>%1 n’est pas un profil : %2</translation>
    </message>
    <message>
        <source>there is no import profile named &quot;%1&quot;; the profiles are: %2</source>
        <translation>il n’y a pas de profil d’import nommé « %1 » ; les profils sont : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a profile shipped with InvoiceDesk and cannot be changed; save it under another name</source>
        <translation>« %1 » est un profil fourni avec InvoiceDesk et ne peut pas être modifié ; enregistrez-le sous un autre nom</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>the profile maps &quot;%1&quot; to &quot;%2&quot;, which is not a column; the columns are: %3</source>
        <translation>le profil associe « %1 » à « %2 », qui n’est pas une colonne ; les colonnes sont : %3</translation>
    </message>
    <message>
        <source>a constant is set for &quot;%1&quot;, which is not a column; the columns are: %2</source>
        <translation>une constante est définie pour « %1 », qui n’est pas une colonne ; les colonnes sont : %2</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;records&quot; or &quot;bank-statement&quot;, not &quot;%2&quot;</source>
        <translation>%1 : « kind » doit être « records » ou « bank-statement », pas « %2 »</translation>
    </message>
    <message>
        <source>the import profile &quot;%1&quot; reads invoices and payments, not bank statements; the bank statement profiles are: %2</source>
        <translation>le profil d’importation « %1 » lit des factures et des paiements, pas des relevés bancaires ; les profils de relevés bancaires sont : %2</translation>
    </message>
    <message>
        <source>the import profile &quot;%1&quot; reads bank statements, not invoices and payments; the profiles are: %2</source>
        <translation>le profil d’importation « %1 » lit des relevés bancaires, pas des factures ni des paiements ; les profils sont : %2</translation>
    </message>
    <message>
        <source>%1: &quot;taxRounding&quot; must be &quot;per-line&quot; or &quot;per-rate&quot;</source>
        <translation>%1 : « taxRounding » doit valoir « per-line » ou « per-rate »</translation>
    </message>
</context>
<context>
    <name>ImportStatementDialog</name>
    <message>
        <source>Booking date</source>
        <translation>Date de comptabilisation</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>Montant (signé)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Débit (sortie)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Crédit (entrée)</translation>
    </message>
    <message>
        <source>Credit or debit (C/D)</source>
        <translation>Crédit ou débit (C/D)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Counterparty&apos;s account</source>
        <translation>Compte de la contrepartie</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Libellé du virement</translation>
    </message>
    <message>
        <source>Payer&apos;s reference</source>
        <translation>Référence du payeur</translation>
    </message>
    <message>
        <source>Bank&apos;s reference</source>
        <translation>Référence de la banque</translation>
    </message>
    <message>
        <source>Balance after the line</source>
        <translation>Solde après la ligne</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Libellé de l’opération</translation>
    </message>
    <message>
        <source>Own account (IBAN)</source>
        <translation>Compte propre (IBAN)</translation>
    </message>
    <message>
        <source>CAMT.052 account report</source>
        <translation>Rapport de compte CAMT.052</translation>
    </message>
    <message>
        <source>CAMT.053 statement</source>
        <translation>Relevé CAMT.053</translation>
    </message>
    <message>
        <source>CAMT.054 notification</source>
        <translation>Avis CAMT.054</translation>
    </message>
    <message>
        <source>MT940 statement</source>
        <translation>Relevé MT940</translation>
    </message>
    <message>
        <source>OFX/QFX statement</source>
        <translation>Relevé OFX/QFX</translation>
    </message>
    <message>
        <source>Bank CSV export</source>
        <translation>Export CSV de la banque</translation>
    </message>
    <message>
        <source>Booked or pending</source>
        <translation>Comptabilisé ou en attente</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO 3166 country code</source>
        <translation>« %1 » n’est pas un code pays ISO 3166 à deux lettres</translation>
    </message>
    <message>
        <source>the invoice total is too large</source>
        <translation>le total de la facture est trop grand</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>une facture exige un numéro</translation>
    </message>
    <message>
        <source>the number has spaces at its start or end</source>
        <translation>le numéro a des espaces au début ou à la fin</translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation>une facture exige une devise</translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation>une facture exige une date</translation>
    </message>
    <message>
        <source>the due date is before the invoice date</source>
        <translation>la date d’échéance est antérieure à la date de facture</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>une remise ne peut pas être négative</translation>
    </message>
    <message>
        <source>shipping cannot be negative</source>
        <translation>la livraison ne peut pas être négative</translation>
    </message>
    <message>
        <source>tax cannot be negative</source>
        <translation>la taxe ne peut pas être négative</translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation>la quantité doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>the line total is too large</source>
        <translation>le total de la ligne est trop grand</translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>un taux de taxe doit être entre 0 et 100 %</translation>
    </message>
    <message>
        <source>a line needs a description or a product code</source>
        <translation>une ligne exige une description ou un code produit</translation>
    </message>
    <message>
        <source>the grand total cannot be negative</source>
        <translation>le total général ne peut pas être négatif</translation>
    </message>
    <message>
        <source>a line takes a discount percentage or a discount amount, not both</source>
        <translation>une ligne prend une remise en pourcentage ou en montant, pas les deux</translation>
    </message>
    <message>
        <source>a discount must be between 0 and 100 %</source>
        <translation>une remise doit être comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <source>the discount is larger than quantity × rate</source>
        <translation>la remise dépasse quantité × prix</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AgingTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AgingWindow</name>
    <message>
        <source>A/R Aging</source>
        <translation>Balance âgée clients</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>À la &amp;date du :</translation>
    </message>
    <message>
        <source>Nothing is owed on %1.</source>
        <translation>Rien n’est dû au %1.</translation>
    </message>
    <message>
        <source>1 customer owes money.</source>
        <translation>1 client doit de l’argent.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers owe money.</source>
        <translation>
            <numerusform>%n client doit de l’argent.</numerusform>
            <numerusform>%n clients doivent de l’argent.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer is in credit.</source>
        <translation>1 client a un avoir.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are in credit.</source>
        <translation>
            <numerusform>%n client a un avoir.</numerusform>
            <numerusform>%n clients ont un avoir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AllocationTableModel</name>
    <message>
        <source>%1 owes %2; %3 cannot be applied to it</source>
        <translation>%1 reste dû %2 ; %3 ne peut pas y être imputé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Imputer</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankAccountsDialog</name>
    <message>
        <source>Bank Accounts</source>
        <translation>Comptes bancaires</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;IBAN or account number:</source>
        <translation>&amp;IBAN ou numéro de compte :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Opening &amp;balance:</source>
        <translation>&amp;Solde d’ouverture :</translation>
    </message>
    <message>
        <source>Opening &amp;date:</source>
        <translation>&amp;Date d’ouverture :</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>Solde d’ouverture : %1</translation>
    </message>
    <message>
        <source>Opening date: %1</source>
        <translation>Date d’ouverture : %1</translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot;.</source>
        <translation>Le compte « %1 » a été ajouté.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankAccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>IBAN or number</source>
        <translation>IBAN ou numéro</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Date d’ouverture</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non rapprochées</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankLinesModel</name>
    <message>
        <source>%1 (invoice %2)</source>
        <translation>%1 (facture %2)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Rapprochée de</translation>
    </message>
    <message>
        <source>%1 (invoices %2)</source>
        <translation>%1 (factures %2)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address &amp;line 2:</source>
        <translation>Adresse &amp;ligne 2 :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry (ISO code):</source>
        <translation>Pa&amp;ys (code ISO) :</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>Immat&amp;riculation :</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;que :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go :</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Conditions de pai&amp;ement :</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>Pie&amp;d de page :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>FR76 3000 6000 0112 3456 7890 189</translation>
    </message>
    <message>
        <source>Company Logo</source>
        <translation>Logo de la société</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The company profile was not saved: %1</source>
        <translation>Le profil de la société n’a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Where the secrets are kept</source>
        <translation>Où les secrets sont conservés</translation>
    </message>
    <message>
        <source>In the system &amp;keychain (type them above)</source>
        <translation>Dans le tro&amp;usseau du système (tapez-les ci-dessus)</translation>
    </message>
    <message>
        <source>In environment &amp;variables (type the variables&apos; names above)</source>
        <translation>Dans des &amp;variables d’environnement (tapez les noms des variables ci-dessus)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>(kept in the keychain; type to replace)</source>
        <translation>(conservé dans le trousseau ; tapez pour remplacer)</translation>
    </message>
    <message>
        <source>%1 Choose &quot;In environment variables&quot; to name variables that hold the secrets instead.</source>
        <translation>%1 Choisissez « Dans des variables d’environnement » pour nommer des variables contenant les secrets.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Connecté : %1 a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nouve&amp;lle</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Stop the Test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>Unsaved Connection</source>
        <translation>Connexion non enregistrée</translation>
    </message>
    <message>
        <source>Save the connection you are entering first?</source>
        <translation>Enregistrer d’abord la connexion en cours de saisie ?</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Enregistrer d’abord les modifications de %1 ?</translation>
    </message>
    <message>
        <source>This connection cannot sync: %1</source>
        <translation>Cette connexion ne peut pas se synchroniser : %1</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection %1? Invoices assigned to it keep their data; InvoiceDesk stops syncing with it.</source>
        <translation>Supprimer la connexion %1 ? Les factures qui lui sont attribuées gardent leurs données ; InvoiceDesk cesse de se synchroniser avec elle.</translation>
    </message>
    <message numerus="yes">
        <source>Testing %1… (it gives up after %n seconds)</source>
        <translation>
            <numerusform>Test de %1… (abandon après %n seconde)</numerusform>
            <numerusform>Test de %1… (abandon après %n secondes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Test stopped; nothing was changed.</source>
        <translation>Test arrêté ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Address: %1.</source>
        <translation>Adresse : %1.</translation>
    </message>
    <message>
        <source>%1 (invoices and payments)</source>
        <translation>%1 (factures et paiements)</translation>
    </message>
    <message>
        <source>%1 (payments)</source>
        <translation>%1 (paiements)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Storing the secrets in the system keychain…</source>
        <translation>Enregistrement des secrets dans le trousseau du système…</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNoteDialog</name>
    <message>
        <source>Credit Note for Invoice %1</source>
        <translation>Avoir pour la facture %1</translation>
    </message>
    <message>
        <source>Invoice %1 owes %2 %3. A credit note takes that much off it; the rest becomes %4&apos;s credit.</source>
        <translation>La facture %1 doit %2 %3. Un avoir en déduit au plus ce montant ; le reste devient un crédit de %4.</translation>
    </message>
    <message>
        <source>&amp;Amount, tax included:</source>
        <translation>&amp;Montant TTC :</translation>
    </message>
    <message>
        <source>&amp;Lines (rate without tax):</source>
        <translation>&amp;Lignes (prix HT) :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Taxe %</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note</source>
        <translation>Émettre l’a&amp;voir</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNotesMenu</name>
    <message>
        <source>Show credit &amp;notes</source>
        <translation>Afficher les a&amp;voirs</translation>
    </message>
    <message>
        <source>Credi&amp;t Note…</source>
        <translation>A&amp;voir…</translation>
    </message>
    <message>
        <source>Re&amp;open Invoice</source>
        <translation>R&amp;ouvrir la facture</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Réouverture impossible</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Invoice %1 holds %2 of payments, so it cannot be deleted. Before it is cancelled: is the money refunded, or kept as the customer&apos;s credit?</source>
        <translation>La facture %1 a reçu %2 de paiements, elle ne peut donc pas être supprimée. Avant de l’annuler : l’argent est-il remboursé ou gardé comme crédit du client ?</translation>
    </message>
    <message>
        <source>&amp;Refund It…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>&amp;Keep as Credit</source>
        <translation>&amp;Garder en crédito</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Cancel</source>
        <translation>&amp;Ne pas annuler</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>%1 goes back to the customer. Is invoice %2 credited (a credit note: nothing is owed) or owed again (Pending, overdue once due)?</source>
        <translation>%1 retourne au client. La facture %2 est-elle créditée (un avoir : rien n’est dû) ou de nouveau due (En attente, en retard à l’échéance) ?</translation>
    </message>
    <message>
        <source>&amp;Credit the Invoice</source>
        <translation>&amp;Créditer la facture</translation>
    </message>
    <message>
        <source>&amp;Owed Again</source>
        <translation>De n&amp;ouveau due</translation>
    </message>
    <message>
        <source>Invoice %1 has payments, so it cannot be deleted. Cancel it instead?</source>
        <translation>La facture %1 a des paiements, elle ne peut donc pas être supprimée. L’annuler plutôt ?</translation>
    </message>
    <message>
        <source>Cannot Cancel</source>
        <translation>Annulation impossible</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNotesPanel</name>
    <message>
        <source>Credit notes (negative: they reduce what is owed)</source>
        <translation>Avoirs (négatifs : ils réduisent ce qui est dû)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>&amp;Billing address</source>
        <translation>Adresse de &amp;facturation</translation>
    </message>
    <message>
        <source>S&amp;hipping address</source>
        <translation>Adresse de &amp;livraison</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E-mail for in&amp;voices</source>
        <translation>E-mail pour les fact&amp;ures</translation>
    </message>
    <message>
        <source>Tax &amp;ID</source>
        <translation>N° de &amp;TVA</translation>
    </message>
    <message>
        <source>Default c&amp;urrency</source>
        <translation>&amp;Devise par défaut</translation>
    </message>
    <message>
        <source>Payment te&amp;rms (days)</source>
        <translation>Délai de &amp;paiement (jours)</translation>
    </message>
    <message>
        <source>Payment terms: &quot;%1&quot; is not a number of days</source>
        <translation>Délai de paiement : « %1 » n’est pas un nombre de jours</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomerListModel</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomersMenu</name>
    <message>
        <source>&amp;Customers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <source>&amp;Receive Payment…</source>
        <translation>&amp;Recevoir un paiement…</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomersWindow</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>Receive &amp;Payment…</source>
        <translation>Recevoir un &amp;paiement…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>Fac&amp;tures</translation>
    </message>
    <message>
        <source>&amp;Invoices of %1</source>
        <translation>Fac&amp;tures de %1</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Aucun avoir</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Avoir : %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::DateEdit</name>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>type a date, e.g. %1</source>
        <translation>saisissez une date, par exemple %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::EInvoiceDialog</name>
    <message>
        <source>Export E-Invoice</source>
        <translation>Exporter la facture électronique</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>XRechnung UBL 2.1 (XML)</source>
        <translation>XRechnung UBL 2.1 (XML)</translation>
    </message>
    <message>
        <source>UN/CEFACT CII (XML)</source>
        <translation>UN/CEFACT CII (XML)</translation>
    </message>
    <message>
        <source>ZUGFeRD/Factur-X (PDF with the CII XML)</source>
        <translation>ZUGFeRD/Factur-X (PDF avec le XML CII)</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Syntaxe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Fichiers XML (*.xml)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Wrote the e-invoice of %1 to %2.</source>
        <translation>La facture électronique de %1 a été écrite dans %2.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Only &amp;dated between</source>
        <translation>Uniquement &amp;datées entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Fic&amp;hier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exported 1 invoice to %1.</source>
        <translation>1 facture exportée vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoices to %1.</source>
        <translation>
            <numerusform>%n facture exportée vers %1.</numerusform>
            <numerusform>%n factures exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 payment to %1.</source>
        <translation>1 paiement exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payments to %1.</source>
        <translation>
            <numerusform>%n paiement exporté vers %1.</numerusform>
            <numerusform>%n paiements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel on Windows)</source>
        <translation>UTF-8 avec BOM (Excel sous Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texte Unicode)</translation>
    </message>
    <message>
        <source>E&amp;ncoding</source>
        <translation>Enc&amp;odage</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Stop the Export</source>
        <translation>Arrêter l’export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Arrêté : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Credit notes</source>
        <translation>&amp;Avoirs</translation>
    </message>
    <message>
        <source>&amp;Whole books (folder)</source>
        <translation>&amp;Livres complets (dossier)</translation>
    </message>
    <message>
        <source>invoices.csv, payments.csv and creditnotes.csv, every record, into one folder: what Import reads back as the whole books</source>
        <translation>invoices.csv, payments.csv et creditnotes.csv, tous les enregistrements, dans un dossier : ce que l’import relit comme comptabilité complète</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>Do&amp;ssier</translation>
    </message>
    <message>
        <source>Exported 1 credit note to %1.</source>
        <translation>1 avoir exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n credit notes to %1.</source>
        <translation>
            <numerusform>%n avoir exporté vers %1.</numerusform>
            <numerusform>%n avoirs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the whole books to %1: company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv and creditnotes.csv.</source>
        <translation>Comptabilité complète exportée vers %1 : company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv et creditnotes.csv.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::FirstRunDialog</name>
    <message>
        <source>Welcome to InvoiceDesk</source>
        <translation>Bienvenue dans InvoiceDesk</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Company</source>
        <translation>Ouvrir l&apos;entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <source>Create an &amp;Empty Company File</source>
        <translation>Créer un fichier d&apos;entreprise &amp;vide</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no company file at &lt;i&gt;%1&lt;/i&gt; yet.&lt;/p&gt;&lt;p&gt;Create it as an empty company, look around the demo company first (it is kept in a file of its own, %2, beside it), or open a company file you already have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n’y a pas encore de fichier d’entreprise à &lt;i&gt;%1&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Créez-le comme entreprise vide, découvrez d’abord l’entreprise de démonstration (elle est gardée dans un fichier à part, %2, à côté) ou ouvrez un fichier d’entreprise existant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open an Existing File…</source>
        <translation>&amp;Ouvrir un fichier existant…</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Ouvrir un fichier d’entreprise</translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation>Fichiers d’entreprise InvoiceDesk (*.invoicedesk *.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportCheckPage</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix a row here, or skip the rows with problems.</source>
        <translation>Chaque ligne est vérifiée avant toute écriture. Corrigez une ligne ici, ou ignorez les lignes à problème.</translation>
    </message>
    <message>
        <source>The rows with problems (edit a cell to fix it, then check again):</source>
        <translation>Les lignes à problème (modifiez une cellule pour la corriger, puis vérifiez à nouveau) :</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>&amp;Ignorer les lignes à problème et importer le reste</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>This cell has a problem</source>
        <translation>Cette cellule a un problème</translation>
    </message>
    <message>
        <source>No problems: 1 row is ready to import.</source>
        <translation>Aucun problème : 1 ligne est prête à être importée.</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n rows are ready to import.</source>
        <translation>
            <numerusform>Aucun problème : %n ligne est prête à être importée.</numerusform>
            <numerusform>Aucun problème : %n lignes sont prêtes à être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>1 problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row read.</source>
        <translation>1 ligne lue.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisissez le fichier</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>Pa&amp;iements</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers CSV et classeurs Excel (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook of invoices (one row per line item), of payments (one row per payment) or of credit notes (one row per line); or a folder of the whole books.</source>
        <translation>Un fichier CSV ou un classeur Excel de factures (une ligne par article), de paiements (une ligne par paiement) ou d’avoirs (une ligne par ligne d’avoir) ; ou un dossier de la comptabilité complète.</translation>
    </message>
    <message>
        <source>&amp;Credit notes</source>
        <translation>&amp;Avoirs</translation>
    </message>
    <message>
        <source>&amp;Whole books (folder): invoices.csv, payments.csv and creditnotes.csv in one step</source>
        <translation>&amp;Livres complets (dossier) : invoices.csv, payments.csv et creditnotes.csv en une seule étape</translation>
    </message>
    <message>
        <source>%1 is not a folder with invoices.csv, payments.csv or creditnotes.csv.</source>
        <translation>%1 n’est pas un dossier contenant invoices.csv, payments.csv ou creditnotes.csv.</translation>
    </message>
    <message>
        <source>Report them as problems</source>
        <translation>Les signaler comme problèmes</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>Les mettre à jour depuis le fichier</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Records &amp;already in the books:</source>
        <translation>Enregistrements &amp;déjà dans les livres :</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate payments (the same invoice, date, amount, method and reference)</source>
        <translation>Autoriser les do&amp;ublons de paiements (même facture, date, montant, moyen et référence)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFormatPage</name>
    <message>
        <source>How the file is written</source>
        <translation>Comment le fichier est écrit</translation>
    </message>
    <message>
        <source>Detected from the file; change anything that looks wrong in the preview.</source>
        <translation>Détecté à partir du fichier ; corrigez ce qui semble faux dans l’aperçu.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1.234,56)</source>
        <translation>Les nombres utilisent une &amp;virgule décimale (1.234,56)</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>Sépa&amp;rateur</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>The first row holds the column na&amp;mes</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Feuille</translation>
    </message>
    <message>
        <source>Without a header row the columns are not known yet: set the decimal mark and the date format yourself.</source>
        <translation>Sans ligne d’en-tête, les colonnes ne sont pas encore connues : indiquez vous-même le séparateur décimal et le format des dates.</translation>
    </message>
    <message>
        <source>The numbers could be read with a decimal point or with a decimal comma (line %1, %2: &quot;%3&quot;): say which below.</source>
        <translation>Les nombres peuvent se lire avec un point ou une virgule décimale (ligne %1, %2 : « %3 ») : précisez ci-dessous.</translation>
    </message>
    <message>
        <source>Found in the file: numbers with a decimal comma (1.234,56).</source>
        <translation>Trouvé dans le fichier : nombres avec une virgule décimale (1.234,56).</translation>
    </message>
    <message>
        <source>Found in the file: numbers with a decimal point (1,234.56).</source>
        <translation>Trouvé dans le fichier : nombres avec un point décimal (1,234.56).</translation>
    </message>
    <message>
        <source>The dates could be read as day/month or as month/day (line %1, %2: &quot;%3&quot;): choose their format below.</source>
        <translation>Les dates peuvent se lire jour/mois ou mois/jour (ligne %1, %2 : « %3 ») : choisissez leur format ci-dessous.</translation>
    </message>
    <message>
        <source>Found in the file: dates written %1.</source>
        <translation>Trouvé dans le fichier : dates écrites %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>Quelle colonne est laquelle</translation>
    </message>
    <message>
        <source>Columns are matched by their header; choose for any that are not, or ignore them.</source>
        <translation>Les colonnes sont associées par leur en-tête ; choisissez pour celles qui ne le sont pas, ou ignorez-les.</translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation>Enregistrer comme pro&amp;fil…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation>(par en-tête)</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Nom de cette correspondance de colonnes :</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation>Deux colonnes sont associées à %1.</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which an import needs.</source>
        <translation>Aucune colonne n’est associée à %1, dont un import a besoin.</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(du fichier)</translation>
    </message>
    <message>
        <source>Currenc&amp;y where the file has none:</source>
        <translation>&amp;Devise si le fichier n’en indique pas :</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportRunPage</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Prêt pour l’import</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything in one step; Cancel leaves the company file as it was.</source>
        <translation>Rien n’a encore été écrit. Importer écrit tout en une seule étape ; Annuler laisse le fichier d’entreprise tel qu’il était.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stop the Import</source>
        <translation>Arrêter l’import</translation>
    </message>
    <message>
        <source>1 invoice will be imported.</source>
        <translation>1 facture sera importée.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices will be imported.</source>
        <translation>
            <numerusform>%n facture sera importée.</numerusform>
            <numerusform>%n factures seront importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment will be imported.</source>
        <translation>1 paiement sera importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments will be imported.</source>
        <translation>
            <numerusform>%n paiement sera importé.</numerusform>
            <numerusform>%n paiements seront importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 with problems is left out.</source>
        <translation>1 avec des problèmes est laissé de côté.</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems are left out.</source>
        <translation>
            <numerusform>%n avec des problèmes est laissé de côté.</numerusform>
            <numerusform>%n avec des problèmes sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported. Import starts again; Back changes the settings.</source>
        <translation>Arrêté : rien n’a été importé. Importer recommence ; Précédent modifie les réglages.</translation>
    </message>
    <message>
        <source>rows with problems remain</source>
        <translation>des lignes avec des problèmes subsistent</translation>
    </message>
    <message>
        <source>1 credit note will be imported.</source>
        <translation>1 avoir sera importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit notes will be imported.</source>
        <translation>
            <numerusform>%n avoir sera importé.</numerusform>
            <numerusform>%n avoirs seront importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: fix these problems in the files first.</source>
        <translation>Rien ne peut être importé : corrigez d’abord ces problèmes dans les fichiers.</translation>
    </message>
    <message>
        <source>The whole books will be imported in one step, dated records in date order:</source>
        <translation>La comptabilité complète sera importée en une seule étape, les enregistrements datés dans l’ordre des dates :</translation>
    </message>
    <message>
        <source>%1: 1 record</source>
        <translation>%1 : 1 enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n records</source>
        <translation>
            <numerusform>%1 : %n enregistrement</numerusform>
            <numerusform>%1 : %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportStatementDialog</name>
    <message>
        <source>Import Statement</source>
        <translation>Importer un relevé</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;All files (*)</source>
        <translation>Relevés bancaires (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>Bank export as an Excel workbook</source>
        <translation>Export bancaire en classeur Excel</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Nom de cette correspondance de colonnes :</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Statement %1 (%2) into &quot;%3&quot;: %4 lines, %5 added, %6 already imported.</source>
        <translation>Relevé %1 (%2) dans « %3 » : %4 lignes, %5 ajoutées, %6 déjà importées.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created from the statement.</source>
        <translation>Le compte « %1 » a été créé à partir du relevé.</translation>
    </message>
    <message>
        <source>Balances checked: %1 on %2, plus the lines, is %3 on %4.</source>
        <translation>Soldes vérifiés : %1 le %2, plus les lignes, donne %3 le %4.</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>Lacune : %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>(the account the statement names)</source>
        <translation>(le compte que nomme le relevé)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Rapprocher…</translation>
    </message>
    <message>
        <source>Columns of the bank&apos;s CSV export</source>
        <translation>Colonnes de l’export CSV de la banque</translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation>(d’après l’en-tête)</translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation>Enregistrer comme pr&amp;ofil…</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Profi&amp;l :</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Est</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>Déduit du fichier</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>Point (1234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Virgule (1.234,56)</translation>
    </message>
    <message>
        <source>The file&apos;s, else the account&apos;s</source>
        <translation>Celle du fichier, sinon celle du compte</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Save the Rows with Problems…</source>
        <translation>Enregistrer les lignes à problème…</translation>
    </message>
    <message>
        <source>Save the Rows with Problems</source>
        <translation>Enregistrer les lignes à problème</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported 1 invoice.</source>
        <translation>1 facture importée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n invoices.</source>
        <translation>
            <numerusform>%n facture importée.</numerusform>
            <numerusform>%n factures importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of them replaced an existing invoice.</source>
        <translation>1 d’entre elles a remplacé une facture existante.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced existing invoices.</source>
        <translation>
            <numerusform>%n d’entre elles a remplacé une facture existante.</numerusform>
            <numerusform>%n d’entre elles ont remplacé des factures existantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 existing invoice was left as it was.</source>
        <translation>1 facture existante a été laissée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing invoices were left as they were.</source>
        <translation>
            <numerusform>%n facture existante a été laissée telle quelle.</numerusform>
            <numerusform>%n factures existantes ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invoice with problems was left out; its rows can be saved to fix them.</source>
        <translation>1 facture avec des problèmes a été laissée de côté ; ses lignes peuvent être enregistrées pour être corrigées.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n facture avec des problèmes a été laissée de côté ; ses lignes peuvent être enregistrées pour être corrigées.</numerusform>
            <numerusform>%n factures avec des problèmes ont été laissées de côté ; leurs lignes peuvent être enregistrées pour être corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 payment.</source>
        <translation>1 paiement importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payments.</source>
        <translation>
            <numerusform>%n paiement importé.</numerusform>
            <numerusform>%n paiements importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment with problems was left out; its row can be saved to fix it.</source>
        <translation>1 paiement avec des problèmes a été laissé de côté ; sa ligne peut être enregistrée pour être corrigée.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n paiement avec des problèmes a été laissé de côté ; sa ligne peut être enregistrée pour être corrigée.</numerusform>
            <numerusform>%n paiements avec des problèmes ont été laissés de côté ; leurs lignes peuvent être enregistrées pour être corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 credit note.</source>
        <translation>1 avoir importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n credit notes.</source>
        <translation>
            <numerusform>%n avoir importé.</numerusform>
            <numerusform>%n avoirs importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the whole books: 1 record.</source>
        <translation>Comptabilité complète importée : 1 enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the whole books: %n records.</source>
        <translation>
            <numerusform>Comptabilité complète importée : %n enregistrement.</numerusform>
            <numerusform>Comptabilité complète importée : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the books and left as they were: %n.</source>
        <translation>
            <numerusform>Déjà dans les livres et laissé tel quel : %n.</numerusform>
            <numerusform>Déjà dans les livres et laissés tels quels : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 credit note with problems was left out; its rows can be saved to fix them.</source>
        <translation>1 avoir avec des problèmes a été laissé de côté ; ses lignes peuvent être enregistrées pour être corrigées.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit notes with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n avoir avec des problèmes a été laissé de côté ; ses lignes peuvent être enregistrées pour être corrigées.</numerusform>
            <numerusform>%n avoirs avec des problèmes ont été laissés de côté ; leurs lignes peuvent être enregistrées pour être corrigées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>Already in the books, left as they are: %n.</source>
        <translation>
            <numerusform>Déjà enregistré, laissé tel quel : %n.</numerusform>
            <numerusform>Déjà enregistrés, laissés tels quels : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New customers (%n): %1.</source>
        <translation>
            <numerusform>Nouveau client (%n) : %1.</numerusform>
            <numerusform>Nouveaux clients (%n) : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceEditor</name>
    <message>
        <source>&amp;Billing address</source>
        <translation>Adresse de &amp;facturation</translation>
    </message>
    <message>
        <source>&amp;Shipping address</source>
        <translation>Adresse de &amp;livraison</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>(none, keep local)</source>
        <translation>(aucune, garder en local)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>S&amp;ync with</source>
        <translation>S&amp;ynchroniser avec</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Id de contact</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Id de groupe</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de commande</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Id de prospect</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Code de coupon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Forbidden payment methods</source>
        <translation>Moyens de paiement interdits</translation>
    </message>
    <message>
        <source>Con&amp;tact id</source>
        <translation>Id de con&amp;tact</translation>
    </message>
    <message>
        <source>&amp;Group id</source>
        <translation>Id de groupe</translation>
    </message>
    <message>
        <source>&amp;Lead id</source>
        <translation>Id de prospect</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>from line rates</source>
        <translation>d’après les prix des lignes</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Tax applied</source>
        <translation>Taxe appliquée</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Enre&amp;gistrer un paiement…</translation>
    </message>
    <message>
        <source>&amp;Void Payment…</source>
        <translation>&amp;Annuler le paiement…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Dupliquer la ligne</translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>New Invoice[*]</source>
        <translation>Nouvelle facture[*]</translation>
    </message>
    <message>
        <source>Invoice %1 (cancelled)[*]</source>
        <translation>Facture %1 (annulée)[*]</translation>
    </message>
    <message>
        <source>Invoice %1[*]</source>
        <translation>Facture %1[*]</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Void Payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Select the payment to void first.</source>
        <translation>Sélectionnez d’abord le paiement à annuler.</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>Ce paiement est déjà annulé.</translation>
    </message>
    <message>
        <source>Why is payment %1 being voided? It stays on record, marked void.</source>
        <translation>Pourquoi le paiement %1 est-il annulé ? Il reste enregistré, marqué comme annulé.</translation>
    </message>
    <message>
        <source>Cannot Void Payment</source>
        <translation>Impossible d’annuler le paiement</translation>
    </message>
    <message>
        <source>Fill in %1&apos;s address</source>
        <translation>Renseignez l’adresse de %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this invoice before closing?</source>
        <translation>Enregistrer les modifications de cette facture avant de fermer ?</translation>
    </message>
    <message>
        <source>Same as billin&amp;g</source>
        <translation>&amp;Identique à la facturation</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>Subscription st&amp;arts</source>
        <translation>Abonnement à partir d&amp;u</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Code promo</translation>
    </message>
    <message>
        <source>Forbidden &amp;methods</source>
        <translation>Moyens &amp;interdits</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>Re&amp;mise</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>Ta&amp;xe</translation>
    </message>
    <message>
        <source>Leitweg-ID or the buyer&apos;s reference</source>
        <translation>Leitweg-ID ou référence de l’acheteur</translation>
    </message>
    <message>
        <source>58 SEPA transfer, 30 transfer, 10 cash</source>
        <translation>58 virement SEPA, 30 virement, 10 espèces</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Référence acheteur</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Payment means code</source>
        <translation>Code du moyen de paiement</translation>
    </message>
    <message>
        <source>Credit Note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <source>The lines cannot change: this invoice has payments or credit notes. Correct it with a credit note.</source>
        <translation>Les lignes ne peuvent pas changer : cette facture a des paiements ou des avoirs. Corrigez-la par un avoir.</translation>
    </message>
    <message>
        <source>A cancelled invoice takes no payments</source>
        <translation>Une facture annulée n’accepte aucun paiement</translation>
    </message>
    <message>
        <source>An invoice credited in full takes no payments</source>
        <translation>Une facture entièrement créditée n’accepte aucun paiement</translation>
    </message>
    <message>
        <source>If the money never arrived (a cheque returned unpaid), void the receipt and every payment made from it. If it was put on the wrong invoice, void this payment only: its money stays as %1&apos;s credit, to apply elsewhere.</source>
        <translation>Si l’argent n’est jamais arrivé (un chèque revenu impayé), annulez l’encaissement et chaque paiement fait à partir de lui. S’il a été mis sur la mauvaise facture, annulez ce paiement seulement : son argent reste un avoir de %1, à imputer ailleurs.</translation>
    </message>
    <message>
        <source>Void the &amp;Receipt</source>
        <translation>Annuler l’&amp;encaissement</translation>
    </message>
    <message>
        <source>Void This &amp;Payment Only</source>
        <translation>Annuler ce &amp;paiement seulement</translation>
    </message>
    <message>
        <source>Why is receipt %1 being voided? It and every payment made from it stay on record, marked void.</source>
        <translation>Pourquoi l’encaissement %1 est-il annulé ? Lui et chaque paiement fait à partir de lui restent enregistrés, marqués comme annulés.</translation>
    </message>
    <message>
        <source>Void Receipt</source>
        <translation>Annuler l’encaissement</translation>
    </message>
    <message>
        <source>Payment %1 is part of receipt %2: %3 %4 received from %5, paying %6.</source>
        <translation>Le paiement %1 fait partie de l’encaissement %2 : %3 %4 reçus de %5, qui ont réglé %6.</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Invoice Without Lines</source>
        <translation>Facture sans lignes</translation>
    </message>
    <message>
        <source>Invoice %1 has no lines: its total is %2 %3. Save it anyway?</source>
        <translation>La facture %1 n&apos;a aucune ligne : son total est de %2 %3. L&apos;enregistrer quand même ?</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemsModel</name>
    <message>
        <source>Quantity %1</source>
        <translation>Quantité %1</translation>
    </message>
    <message>
        <source>Unit must be Day, Month, Year or empty</source>
        <translation>L’unité doit être Day, Month, Year ou vide</translation>
    </message>
    <message>
        <source>Tax rate %1</source>
        <translation>Taux de taxe %1</translation>
    </message>
    <message>
        <source>Commissionable amount %1</source>
        <translation>Montant commissionnable %1</translation>
    </message>
    <message>
        <source>The total is computed from quantity and rate</source>
        <translation>Le total est calculé à partir de la quantité et du prix</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Taxe %</translation>
    </message>
    <message>
        <source>Commissionable</source>
        <translation>Commissionnable</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>1 decimal place</source>
        <translation>1 décimale</translation>
    </message>
    <message numerus="yes">
        <source>%n decimal places</source>
        <translation>
            <numerusform>%n décimale</numerusform>
            <numerusform>%n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate &quot;%1&quot; %2: %3 amounts have %4. The text is kept so that you can correct it.</source>
        <translation>Prix « %1 » %2 : les montants en %3 ont %4. Le texte est conservé pour que vous puissiez le corriger.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Code de taxe</translation>
    </message>
    <message>
        <source>There is no tax code named &quot;%1&quot;</source>
        <translation>Il n’y a pas de code de taxe nommé « %1 »</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Remise %1</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Une remise doit être comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <source>Discount %1 (end it with %2 for a percentage)</source>
        <translation>Remise %1 (terminez par %2 pour un pourcentage)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Company File…</source>
        <translation>&amp;Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation>&amp;Importer des factures…</translation>
    </message>
    <message>
        <source>Import &amp;Payments…</source>
        <translation>Importer des &amp;paiements…</translation>
    </message>
    <message>
        <source>&amp;Export Invoices…</source>
        <translation>&amp;Exporter les factures…</translation>
    </message>
    <message>
        <source>Export Pa&amp;yments…</source>
        <translation>Exporter les paie&amp;ments…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>Fa&amp;cture</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>&amp;New Invoice</source>
        <translation>&amp;Nouvelle facture</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice</source>
        <translation>&amp;Modifier la facture</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <source>&amp;Delete or Cancel Invoice…</source>
        <translation>&amp;Supprimer ou annuler la facture…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;Issues…</source>
        <translation>&amp;Problèmes de synchronisation…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Open the &amp;Data Folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>À &amp;propos d&apos;InvoiceDesk</translation>
    </message>
    <message>
        <source>%1 — InvoiceDesk</source>
        <translation>%1 — InvoiceDesk</translation>
    </message>
    <message>
        <source>Sync is off: %1</source>
        <translation>La synchronisation est désactivée : %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>État de connexion inconnu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Factures : %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Toutes les modifications sont synchronisées</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchro %1</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Ouvrir un fichier société</translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation>Fichiers société InvoiceDesk (*.invoicedesk *.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation>Impossible d’ouvrir le fichier société</translation>
    </message>
    <message>
        <source>Delete Invoice</source>
        <translation>Supprimer la facture</translation>
    </message>
    <message>
        <source>Delete invoice %1? The audit log keeps a copy.</source>
        <translation>Supprimer la facture %1 ? Le journal d’audit en garde une copie.</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk)</source>
        <translation>Sauvegardes InvoiceDesk (*.invoicedesk)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk *.bak);;All files (*)</source>
        <translation>Sauvegardes InvoiceDesk (*.invoicedesk *.bak);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace everything in this company file with %1? The current data is kept in a copy beside the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Remplacer tout le contenu de ce fichier société par %1 ? Les données actuelles sont conservées dans une copie à côté du fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced data is in %2.</source>
        <translation>Restauré depuis %1 ; les données remplacées sont dans %2.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>À propos d’InvoiceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Offline invoice and payment entry for bookkeepers, with CSV import and export and sync to remote invoicing systems.&lt;/p&gt;&lt;p&gt;Company file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Saisie hors ligne des factures et paiements pour les comptables, avec import et export CSV et synchronisation avec les systèmes de facturation distants.&lt;/p&gt;&lt;p&gt;Fichier société : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when InvoiceDesk starts again.</source>
        <translation>La langue change au prochain démarrage d’InvoiceDesk.</translation>
    </message>
    <message>
        <source>1 operation was interrupted; it is being checked with the remote.</source>
        <translation>1 opération a été interrompue ; elle est vérifiée auprès du système distant.</translation>
    </message>
    <message numerus="yes">
        <source>%n operations were interrupted; they are being checked with the remote.</source>
        <translation>
            <numerusform>%n opération a été interrompue ; elle est vérifiée auprès du système distant.</numerusform>
            <numerusform>%n opérations ont été interrompues ; elles sont vérifiées auprès du système distant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &gt; Connections adds the systems to sync with.</source>
        <translation>Synchronisation &gt; Connexions ajoute les systèmes avec lesquels synchroniser.</translation>
    </message>
    <message>
        <source>Not connected to any system</source>
        <translation>Connecté à aucun système</translation>
    </message>
    <message>
        <source>1 connection needs attention: %1</source>
        <translation>1 connexion demande votre attention : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connections need attention: %1</source>
        <translation>
            <numerusform>%n connexion demande votre attention : %1</numerusform>
            <numerusform>%n connexions demandent votre attention : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 demande votre attention</translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n demande votre attention</numerusform>
            <numerusform>%n demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1 sync operation has not finished.&lt;/b&gt; Restoring replaces it with the backup&apos;s: what it carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1 opération de synchronisation n’est pas terminée.&lt;/b&gt; La restauration la remplace par celle de la sauvegarde : ce qu’elle transportait pourrait être renvoyé ou jamais envoyé. Terminez d’abord la synchronisation si vous le pouvez.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n sync operations have not finished.&lt;/b&gt; Restoring replaces them with the backup&apos;s: what they carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n opération de synchronisation n’est pas terminée.&lt;/b&gt; La restauration la remplace par celle de la sauvegarde : ce qu’elle transportait pourrait être renvoyé ou jamais envoyé. Terminez d’abord la synchronisation si vous le pouvez.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n opérations de synchronisation ne sont pas terminées.&lt;/b&gt; La restauration les remplace par celles de la sauvegarde : ce qu’elles transportaient pourrait être renvoyé ou jamais envoyé. Terminez d’abord la synchronisation si vous le pouvez.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by number, customer, e-mail or the text of a line</source>
        <translation>Filtrer par numéro, client, e-mail ou texte d’une ligne</translation>
    </message>
    <message>
        <source>Damaged Company File</source>
        <translation>Fichier de société endommagé</translation>
    </message>
    <message>
        <source>%1

You can look at what can still be read, but nothing will be saved.</source>
        <translation>%1

Vous pouvez consulter ce qui peut encore être lu, mais rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>A cancelled invoice takes no payments</source>
        <translation>Une facture annulée ne reçoit aucun paiement</translation>
    </message>
    <message>
        <source>An invoice credited in full takes no payments</source>
        <translation>Une facture entièrement créditée n’accepte aucun paiement</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MatchCandidatesModel</name>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Record a receipt</source>
        <translation>Enregistrer un encaissement</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MethodPages</name>
    <message>
        <source>Cheque &amp;number *</source>
        <translation>&amp;Numéro de chèque *</translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation>Émette&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Bank branch</source>
        <translation>&amp;Agence bancaire</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation>Mastercard</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Diners Club</source>
        <translation>Diners Club</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Autre / inconnu</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>T&amp;ype de carte</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>Frai&amp;s %</translation>
    </message>
    <message>
        <source>Fee amo&amp;unt</source>
        <translation>Montant des fr&amp;ais</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Passerelle</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>&amp;Identifiant de transaction</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Date de &amp;virement</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Référe&amp;nce</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentDialog</name>
    <message>
        <source>Record Payment on %1</source>
        <translation>Enregistrer un paiement sur %1</translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;%1&lt;/b&gt;: total %2 %4, outstanding &lt;b&gt;%3 %4&lt;/b&gt;</source>
        <translation>Facture &lt;b&gt;%1&lt;/b&gt; : total %2 %4, restant dû &lt;b&gt;%3 %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is a &amp;refund</source>
        <translation>Il s&apos;agit d&apos;un &amp;remboursement</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>M&amp;oyen</translation>
    </message>
    <message>
        <source>&amp;TDS</source>
        <translation>&amp;TDS</translation>
    </message>
    <message>
        <source>Transaction c&amp;harge</source>
        <translation>&amp;Frais de transaction</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cheque &amp;number *</source>
        <translation>&amp;Numéro de chèque *</translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation>Émette&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Bank branch</source>
        <translation>&amp;Agence bancaire</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation>Mastercard</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Diners Club</source>
        <translation>Diners Club</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Autre / inconnu</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>Frai&amp;s %</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Passerelle</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>&amp;Identifiant de transaction</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Date de &amp;virement</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Référe&amp;nce</translation>
    </message>
    <message>
        <source>Record Refund on %1</source>
        <translation>Enregistrer un remboursement sur %1</translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation>un paiement exige un montant</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>T&amp;ype de carte</translation>
    </message>
    <message>
        <source>Fee amo&amp;unt</source>
        <translation>Montant des fr&amp;ais</translation>
    </message>
    <message>
        <source>Recorded here, this payment will not go to %1 by itself: %2</source>
        <translation>Enregistré ici, ce paiement ne partira pas de lui-même vers %1 : %2</translation>
    </message>
    <message>
        <source>Cr&amp;edit the invoice with a credit note: nothing more is owed</source>
        <translation>Avoir sur la fa&amp;cture : plus rien n&apos;est dû</translation>
    </message>
    <message>
        <source>&amp;Leave the invoice owed again</source>
        <translation>&amp;Laisser la facture de nouveau due</translation>
    </message>
    <message>
        <source>Say what the refund does to invoice %1: credit it with a credit note, or leave it owed again</source>
        <translation>Indiquez ce que le remboursement fait de la facture %1 : un avoir la solde, ou elle redevient due</translation>
    </message>
    <message>
        <source>&amp;Keep the %1 %2 beyond what is owed as %3&apos;s credit</source>
        <translation>Garder l&apos;&amp;excédent de %1 %2 comme avoir de %3</translation>
    </message>
    <message>
        <source>Apply %1 %2 of %3&apos;s credit fir&amp;st</source>
        <translation>Imputer d&apos;a&amp;bord %1 %2 de l&apos;avoir de %3</translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 left to pay after the credit</source>
        <translation>%1 %2 dépasserait le solde de la facture %3, qui a %4 restant dû après l&apos;avoir</translation>
    </message>
    <message>
        <source>type the amount without a minus sign; for money paid back, tick &quot;This is a refund&quot;</source>
        <translation>saisissez le montant sans signe moins ; pour de l’argent remboursé, cochez « Il s’agit d’un remboursement »</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentsModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sync marker</source>
        <translation>Marqueur de synchro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ReceivePaymentWindow</name>
    <message>
        <source>Receive Payment</source>
        <translation>Recevoir un paiement</translation>
    </message>
    <message>
        <source>Cus&amp;tomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>M&amp;oyen</translation>
    </message>
    <message>
        <source>Open in&amp;voices</source>
        <translation>&amp;Factures ouvertes</translation>
    </message>
    <message>
        <source>Apply o&amp;ldest first</source>
        <translation>Régler les plus anciennes d’a&amp;bord</translation>
    </message>
    <message>
        <source>Use &amp;credit</source>
        <translation>Utiliser le &amp;crédit</translation>
    </message>
    <message>
        <source>Clear a&amp;pplied</source>
        <translation>Effacer les &amp;répartitions</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;. Add it in Customers first.</source>
        <translation>Aucun client ne s’appelle « %1 ». Ajoutez-le d’abord dans Clients.</translation>
    </message>
    <message>
        <source>Credit available: %1 %2</source>
        <translation>Avoir disponible : %1 %2</translation>
    </message>
    <message>
        <source>Applied %1 · from this payment %2 · from credit %3 · left as credit %4</source>
        <translation>Imputé %1 · de ce paiement %2 · de l’avoir %3 · reste en avoir %4</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Choisissez d’abord le client.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>%1 is applied, more than the amount received and the credit available together (%2).</source>
        <translation>%1 est imputé, plus que le montant reçu et l’avoir disponible ensemble (%2).</translation>
    </message>
    <message>
        <source>Credit available: unknown (%1)</source>
        <translation>Avoir disponible : inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ReconcileWindow</name>
    <message>
        <source>There is no bank account yet: import a statement (Banking &gt; Import Statement…).</source>
        <translation>Il n’y a pas encore de compte bancaire : importez un relevé (Banque &gt; Importer un relevé…).</translation>
    </message>
    <message>
        <source>Matched to the payment %1 of invoice %2. %3 undoes the match.</source>
        <translation>Rapprochée du paiement %1 de la facture %2. %3 annule le rapprochement.</translation>
    </message>
    <message>
        <source>No recorded payment is this line. Search the open invoices to record one, or skip it.</source>
        <translation>Aucun paiement enregistré ne correspond à cette ligne. Cherchez dans les factures ouvertes pour en enregistrer un, ou passez-la.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>%1 — %2 — owes %3 %4</source>
        <translation>%1 — %2 — doit %3 %4</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>Choisissez d’abord une ligne.</translation>
    </message>
    <message>
        <source>This line is matched already.</source>
        <translation>Cette ligne est déjà rapprochée.</translation>
    </message>
    <message>
        <source>This line has no candidate: search the open invoices, or skip it.</source>
        <translation>Cette ligne n’a aucun candidat : cherchez dans les factures ouvertes, ou passez-la.</translation>
    </message>
    <message>
        <source>Recorded the payment %1 for invoice %2.</source>
        <translation>Le paiement %1 pour la facture %2 a été enregistré.</translation>
    </message>
    <message>
        <source>The line is the payment %1 of invoice %2.</source>
        <translation>La ligne est le paiement %1 de la facture %2.</translation>
    </message>
    <message>
        <source>Choose a line, then an invoice from the search.</source>
        <translation>Choisissez une ligne, puis une facture dans la recherche.</translation>
    </message>
    <message>
        <source>No unmatched line after this one.</source>
        <translation>Plus aucune ligne non rapprochée après celle-ci.</translation>
    </message>
    <message>
        <source>The current line is not matched.</source>
        <translation>La ligne courante n’est pas rapprochée.</translation>
    </message>
    <message>
        <source>undone in the Reconcile window</source>
        <translation>annulé dans la fenêtre Rapprocher</translation>
    </message>
    <message>
        <source>The line is no longer matched to %1.</source>
        <translation>La ligne n’est plus rapprochée de %1.</translation>
    </message>
    <message>
        <source>Matched 1 line exactly.</source>
        <translation>1 ligne rapprochée exactement.</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n lines exactly.</source>
        <translation>
            <numerusform>%n ligne rapprochée exactement.</numerusform>
            <numerusform>%n lignes rapprochées exactement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprocher</translation>
    </message>
    <message>
        <source>Statement &amp;lines:</source>
        <translation>&amp;Lignes du relevé :</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Statement balance:</source>
        <translation>Solde du relevé :</translation>
    </message>
    <message>
        <source>Book balance:</source>
        <translation>Solde comptable :</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Écart :</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates for the line:</source>
        <translation>Ca&amp;ndidats pour la ligne :</translation>
    </message>
    <message>
        <source>Number, customer or amount owed</source>
        <translation>Numéro, client ou montant dû</translation>
    </message>
    <message>
        <source>Search open &amp;invoices:</source>
        <translation>Rechercher les &amp;factures ouvertes :</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>&amp;Undo Match</source>
        <translation>&amp;Défaire le rapprochement</translation>
    </message>
    <message>
        <source>Match &amp;Exact Ones</source>
        <translation>Rapprocher les &amp;exacts</translation>
    </message>
    <message>
        <source>Recorded the receipt %1 for invoices %2.</source>
        <translation>Encaissement %1 enregistré pour les factures %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::StatementTableModel</name>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::StatementWindow</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation>Relevé client</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>Dev&amp;ise :</translation>
    </message>
    <message>
        <source>Type a period: the first day, then the last.</source>
        <translation>Saisissez une période : le premier jour, puis le dernier.</translation>
    </message>
    <message>
        <source>No customer is named &quot;%1&quot;.</source>
        <translation>Aucun client ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no invoices or payments up to %2.</source>
        <translation>%1 n’a ni facture ni paiement jusqu’au %2.</translation>
    </message>
    <message>
        <source>Aging on %1 (%2): %3; total %4</source>
        <translation>Balance âgée au %1 (%2) : %3 ; total %4</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statement</source>
        <translation>Exporter le relevé</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncEngine</name>
    <message>
        <source>could not sign in to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation>type de connexion inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 cannot be checked from here: look for marker %2 in %3 and confirm</source>
        <translation>%1 ne peut pas être vérifié d’ici : cherchez le marqueur %2 dans %3 puis confirmez</translation>
    </message>
    <message>
        <source>%1 has been in doubt too long; decide whether it landed</source>
        <translation>%1 est incertaine depuis trop longtemps ; décidez si elle est arrivée</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the read-back was refused (HTTP %1)</source>
        <translation>la relecture a été refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>found by read-back</source>
        <translation>trouvé par relecture</translation>
    </message>
    <message>
        <source>not found yet; waiting out the quiet period</source>
        <translation>pas encore trouvé ; attente de la période de calme</translation>
    </message>
    <message>
        <source>%1 was not found after %2 sends; decide what to do</source>
        <translation>%1 n’a pas été trouvée après %2 envois ; décidez de la suite</translation>
    </message>
    <message>
        <source>not found; checking again</source>
        <translation>introuvable ; nouvelle vérification</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation>%1 a refusé les identifiants : %2</translation>
    </message>
    <message>
        <source>the connection of operation %1 is missing</source>
        <translation>la connexion de l’opération %1 est manquante</translation>
    </message>
    <message>
        <source>the remote asked to slow down</source>
        <translation>le système distant a demandé de ralentir</translation>
    </message>
    <message>
        <source>the session expired; signing in again</source>
        <translation>la session a expiré ; nouvelle connexion</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>waiting out the quiet period before asking again</source>
        <translation>attente de la période de calme avant de redemander</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) to %2; check the connection&apos;s address</source>
        <translation>le serveur a répondu par une redirection (HTTP %1) vers %2 ; vérifiez l’adresse de la connexion</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 a refusé les identifiants (HTTP %2)</translation>
    </message>
    <message>
        <source>the invoice no longer exists locally</source>
        <translation>la facture n’existe plus en local</translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation>le paiement ou sa facture n’existe plus en local</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncOperationsModel</name>
    <message>
        <source>Attempt %1 (%2) at %3
</source>
        <translation>Tentative %1 (%2) à %3
</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(aucune réponse enregistrée)</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marqueur</translation>
    </message>
    <message>
        <source>Fix it in Sync &gt; Connections (Test checks it), then Sync Now (F9).</source>
        <translation>Corrigez-le dans Synchronisation &gt; Connexions (Tester le vérifie), puis Synchroniser maintenant (F9).</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncPanel</name>
    <message>
        <source>Sync Issues</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>It&apos;s &amp;There</source>
        <translation>C&apos;est &amp;arrivé</translation>
    </message>
    <message>
        <source>It&apos;s &amp;Not There — Send Again</source>
        <translation>&amp;Pas arrivé — renvoyer</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice</source>
        <translation>&amp;Modifier la facture</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Demande votre décision</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>InvoiceDesk cannot tell whether this reached %1. Search for marker %2 there; if you find it, choose &quot;It&apos;s There&quot;; if not, &quot;It&apos;s Not There&quot; sends it again.</source>
        <translation>InvoiceDesk ne peut pas savoir si ceci est arrivé à %1. Cherchez le marqueur %2 là-bas ; si vous le trouvez, choisissez « C’est là » ; sinon, « Ce n’est pas là » l’envoie à nouveau.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>It&apos;s There</source>
        <translation>C’est là</translation>
    </message>
    <message>
        <source>It&apos;s Not There</source>
        <translation>Ce n’est pas là</translation>
    </message>
    <message>
        <source>Export the Operation Before Discarding</source>
        <translation>Exporter l’opération avant de l’abandonner</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The export could not be written; nothing was discarded.</source>
        <translation>L’export n’a pas pu être écrit ; rien n’a été abandonné.</translation>
    </message>
    <message>
        <source>Open &amp;Connections…</source>
        <translation>Ouvrir les &amp;connexions…</translation>
    </message>
    <message>
        <source>%1 cannot sync until this is fixed: %2</source>
        <translation>%1 ne peut pas se synchroniser tant que ceci n’est pas corrigé : %2</translation>
    </message>
    <message>
        <source>&amp;Verify With Remote…</source>
        <translation>&amp;Vérifier avec les systèmes distants…</translation>
    </message>
    <message>
        <source>Kept here (%1)</source>
        <translation>Gardé ici (%1)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>These stay in InvoiceDesk and are not sent: the connection&apos;s system takes no such document through its API.</source>
        <translation>Ceux-ci restent dans InvoiceDesk et ne sont pas envoyés : le système de la connexion n&apos;accepte pas ce type de document par son API.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::TaxCodesDialog</name>
    <message>
        <source>Tax Codes</source>
        <translation>Codes de taxe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motif d&apos;exonération</translation>
    </message>
    <message>
        <source>e.g. 19 or 7.7</source>
        <translation>p. ex. 20 ou 5,5</translation>
    </message>
    <message>
        <source>printed on the invoice, e.g. § 4 Nr. 14 UStG</source>
        <translation>imprimé sur la facture, p. ex. article 261 du CGI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Rate %:</source>
        <translation>&amp;Taux % :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>E&amp;xemption reason:</source>
        <translation>Motif d&apos;e&amp;xonération :</translation>
    </message>
    <message>
        <source>Ne&amp;w Code</source>
        <translation>Nou&amp;veau code</translation>
    </message>
    <message>
        <source>&amp;Save Code</source>
        <translation>&amp;Enregistrer le code</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Taux : %1</translation>
    </message>
    <message>
        <source>a tax code needs a rate</source>
        <translation>un code de taxe demande un taux</translation>
    </message>
    <message>
        <source>Tax code %1 was not saved: %2</source>
        <translation>Le code de taxe %1 n&apos;a pas été enregistré : %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::VerifyDialog</name>
    <message>
        <source>Reading every synced invoice and payment back from the remote systems…</source>
        <translation>Relecture de chaque facture et paiement synchronisés depuis les systèmes distants…</translation>
    </message>
    <message>
        <source>Verify With Remote Systems</source>
        <translation>Vérifier avec les systèmes distants</translation>
    </message>
    <message>
        <source>The books and the remote systems agree.</source>
        <translation>La comptabilité et les systèmes distants concordent.</translation>
    </message>
    <message>
        <source>The books and the remote systems do not agree: see below.</source>
        <translation>La comptabilité et les systèmes distants ne concordent pas : voir ci-dessous.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Montant de la taxe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Total des taxes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Scanner pour payer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Numéro d’avoir</translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation>Date de l’avoir</translation>
    </message>
    <message>
        <source>Credits invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>Credits invoice %1 dated %2</source>
        <translation>Avoir sur la facture %1 du %2</translation>
    </message>
    <message>
        <source>Credit to the customer&apos;s account</source>
        <translation>Crédit au compte du client</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Reverse charge: VAT to be accounted for by the customer</source>
        <translation>Autoliquidation</translation>
    </message>
    <message>
        <source>Exempt intra-community supply</source>
        <translation>Exonération de TVA, livraison intracommunautaire (article 262 ter I du CGI)</translation>
    </message>
    <message>
        <source>Exempt export outside the EU</source>
        <translation>Exonération de TVA, exportation hors UE (article 262 I du CGI)</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Non soumis à la TVA</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Saved locally</source>
        <translation>Enregistré localement</translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation>Synchronisé ✓</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Checking with the service</source>
        <translation>Vérification auprès du service</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Billed to %1; customer %2</source>
        <translation>Facturé à %1 ; client %2</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
</context>
<context>
    <name>Ivvy</name>
    <message>
        <source>invoice %1 is not linked to an iVvy invoice yet</source>
        <translation>la facture %1 n’est pas encore liée à une facture iVvy</translation>
    </message>
    <message>
        <source>iVvy needs customPaymentMethodId for a custom payment; set it on the connection</source>
        <translation>iVvy exige customPaymentMethodId pour un paiement personnalisé ; définissez-le sur la connexion</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la réponse n’était pas du JSON</translation>
    </message>
    <message>
        <source>iVvy has no invoice numbered %1</source>
        <translation>iVvy n’a aucune facture numérotée %1</translation>
    </message>
    <message>
        <source>iVvy has several invoices numbered %1</source>
        <translation>iVvy a plusieurs factures numérotées %1</translation>
    </message>
    <message>
        <source>iVvy did not confirm the payment</source>
        <translation>iVvy n’a pas confirmé le paiement</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relecture a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry receipt number %2</source>
        <translation>%1 paiements portent le numéro de reçu %2</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments</source>
        <translation>la réponse pour la facture ne liste aucun paiement</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments (HTTP %1)</source>
        <translation>la réponse pour la facture ne liste aucun paiement (HTTP %1)</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>opération inconnue</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>il n’y a aucune connexion nommée « %1 »</translation>
    </message>
    <message>
        <source>invoice number %1 is already used</source>
        <translation>le numéro de facture %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation>la facture n’existe plus</translation>
    </message>
    <message>
        <source>a cancelled invoice cannot be reopened</source>
        <translation>une facture annulée ne peut pas être rouverte</translation>
    </message>
    <message>
        <source>an invoice with payments cannot go back to draft</source>
        <translation>une facture avec des paiements ne peut pas revenir en brouillon</translation>
    </message>
    <message>
        <source>the currency cannot change once payments are recorded</source>
        <translation>la devise ne peut plus changer une fois des paiements enregistrés</translation>
    </message>
    <message>
        <source>the new total %1 is less than the %2 already paid</source>
        <translation>le nouveau total %1 est inférieur aux %2 déjà payés</translation>
    </message>
    <message>
        <source>the invoice is already synced with &quot;%1&quot; and cannot move</source>
        <translation>la facture est déjà synchronisée avec « %1 » et ne peut pas changer</translation>
    </message>
    <message>
        <source>the invoice has not been saved yet</source>
        <translation>la facture n’a pas encore été enregistrée</translation>
    </message>
    <message>
        <source>invoice %1 has recorded payments and cannot be deleted; cancel it instead</source>
        <translation>la facture %1 a des paiements enregistrés et ne peut pas être supprimée ; annulez-la plutôt</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Lecture de la file de synchronisation</translation>
    </message>
    <message>
        <source>invoice %1 is already cancelled</source>
        <translation>la facture %1 est déjà annulée</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>il n’y a aucune facture numérotée « %1 »</translation>
    </message>
    <message>
        <source>a payment with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation>un paiement avec la même date, le même montant, le même moyen et la même référence est déjà enregistré sur la facture %1</translation>
    </message>
    <message>
        <source>voiding a payment needs a reason</source>
        <translation>annuler un paiement exige un motif</translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation>le paiement n’existe plus</translation>
    </message>
    <message>
        <source>the payment is already voided</source>
        <translation>le paiement est déjà annulé</translation>
    </message>
    <message>
        <source>the payment&apos;s invoice no longer exists</source>
        <translation>la facture du paiement n’existe plus</translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: voiding this payment would leave more refunded than paid</source>
        <translation>annulez d’abord les remboursements de la facture %1 : annuler ce paiement laisserait plus de remboursé que de payé</translation>
    </message>
    <message>
        <source>invoice %1 has payments or credit notes: correct it with a credit note, not by changing its lines</source>
        <translation>la facture %1 a des paiements ou des avoirs : corrigez-la par un avoir, pas en modifiant ses lignes</translation>
    </message>
    <message>
        <source>invoice %1 has credit notes and cannot be deleted; cancel it instead</source>
        <translation>la facture %1 a des avoirs et ne peut pas être supprimée ; annulez-la plutôt</translation>
    </message>
    <message>
        <source>invoice %1 is a draft: change its lines instead</source>
        <translation>la facture %1 est un brouillon : modifiez plutôt ses lignes</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, not %3</source>
        <translation>la facture %1 est en %2, pas en %3</translation>
    </message>
    <message>
        <source>a credit note needs a currency</source>
        <translation>un avoir a besoin d’une devise</translation>
    </message>
    <message>
        <source>invoice %1 has no customer</source>
        <translation>la facture %1 n’a pas de client</translation>
    </message>
    <message>
        <source>credit note number %1 is already used</source>
        <translation>le numéro d’avoir %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>invoice %1 holds %2 %3 of payments: refund the money or keep it as the customer&apos;s credit</source>
        <translation>la facture %1 a reçu %2 %3 de paiements : remboursez l’argent ou gardez-le comme crédit du client</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled</source>
        <translation>Facture %1 annulée</translation>
    </message>
    <message>
        <source>invoice %1 is not cancelled</source>
        <translation>la facture %1 n’est pas annulée</translation>
    </message>
    <message>
        <source>invoice %1 was credited by a credit note and cannot be reopened</source>
        <translation>la facture %1 a été créditée par un avoir et ne peut pas être rouverte</translation>
    </message>
    <message>
        <source>Refund on invoice %1</source>
        <translation>Remboursement sur la facture %1</translation>
    </message>
    <message>
        <source>a credit note without an invoice applies nothing: leave it empty</source>
        <translation>un avoir sans facture n’impute rien : laissez ce champ vide</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>ne peut pas être inférieur à zéro</translation>
    </message>
    <message>
        <source>%1 is more than the credit note&apos;s total %2</source>
        <translation>%1 dépasse le total de l’avoir, %2</translation>
    </message>
    <message>
        <source>%1 is more than invoice %2 owes (%3)</source>
        <translation>%1 dépasse ce que doit encore la facture %2 (%3)</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled: it owes nothing and its payments were settled when it was cancelled, so there is nothing left to credit</source>
        <translation>la facture %1 est annulée : elle ne doit rien et ses paiements ont été réglés lors de l’annulation, il ne reste donc rien à créditer</translation>
    </message>
    <message>
        <source>invoice %1 is credited in full already: there is nothing left to credit</source>
        <translation>la facture %1 est déjà entièrement créditée : il ne reste rien à créditer</translation>
    </message>
    <message>
        <source>the credit note&apos;s total %1 is more than the %2 of invoice %3 not credited yet</source>
        <translation>le total %1 de l’avoir dépasse les %2 de la facture %3 pas encore crédités</translation>
    </message>
    <message>
        <source>invoice %1&apos;s payments and refunds would add up to more than can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>les paiements et remboursements de la facture %1 dépasseraient ensemble ce qui peut être additionné (plus de 9 223 372 036 854 775 807 unités mineures)</translation>
    </message>
    <message>
        <source>this refund pays out the %1 of credit that credit note %2 left on invoice %3, but %4 of that credit has paid invoice(s) %5: void those payments first</source>
        <translation>ce remboursement verse les %1 de crédit que l’avoir %2 a laissés sur la facture %3, mais %4 de ce crédit ont payé la ou les factures %5 : annulez d’abord ces paiements</translation>
    </message>
    <message>
        <source>voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 (the invoice owes it again), but %4 of that credit has paid invoice(s) %5: void those payments first</source>
        <translation>annuler ce paiement reprend les %1 de crédit que l’avoir %2 a laissés sur la facture %3 (la facture les doit de nouveau), mais %4 de ce crédit ont payé la ou les factures %5 : annulez d’abord ces paiements</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund takes back only money paid on or before its date</source>
        <translation>au %1, la facture %2 aurait remboursé %3 de plus que ce qui lui avait été payé : un remboursement ne reprend que l’argent payé à sa date ou avant</translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: without this payment, %2 more would have been refunded than paid by %3</source>
        <translation>annulez d’abord les remboursements de la facture %1 : sans ce paiement, %2 de plus auraient été remboursés que payés au %3</translation>
    </message>
    <message>
        <source>this refund pays out the %1 of credit that credit note %2 left on invoice %3, but that would leave the customer&apos;s credit %5 short by %4, as credit applied by then to invoice(s) %6 used it: void those payments first</source>
        <translation>ce remboursement verse les %1 d’avoir que l’avoir %2 a laissés sur la facture %3, mais il manquerait alors %5 à l’avoir du client au %4, car l’avoir appliqué jusque-là à la ou aux factures %6 l’a utilisé : annulez d’abord ces paiements</translation>
    </message>
    <message>
        <source>voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 (the invoice owes it again), but that would leave the customer&apos;s credit %5 short by %4, as credit applied by then to invoice(s) %6 used it: void those payments first</source>
        <translation>annuler ce paiement reprend les %1 d’avoir que l’avoir %2 a laissés sur la facture %3 (la facture les doit de nouveau), mais il manquerait alors %5 à l’avoir du client au %4, car l’avoir appliqué jusque-là à la ou aux factures %6 l’a utilisé : annulez d’abord ces paiements</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have been paid %3 more than it owed then (its total less the credit notes dated before): date the payment on or after the refund that makes room for it</source>
        <translation>au %1, la facture %2 aurait reçu %3 de plus que ce qu’elle devait alors (son total moins les avoirs datés avant) : datez le paiement du jour du remboursement qui lui fait place ou après</translation>
    </message>
    <message>
        <source>void the later payments on invoice %1 first: without this refund, the invoice would have been paid %2 more than it owed by %3</source>
        <translation>annulez d’abord les paiements ultérieurs de la facture %1 : sans ce remboursement, la facture aurait reçu au %3 %2 de plus que ce qu’elle devait</translation>
    </message>
    <message>
        <source>the credit note is dated before money invoice %1 was paid: with it, the invoice would have been paid %2 more than it owed by %3; date the credit note on or after %3</source>
        <translation>l’avoir est daté avant de l’argent payé sur la facture %1 : avec lui, la facture aurait reçu au %3 %2 de plus que ce qu’elle devait ; datez l’avoir du %3 ou après</translation>
    </message>
    <message>
        <source>this credit note takes off what invoice %1 owes, but on %2 it owed %3 less than that (money was refunded after that date): date the credit note on or after those refunds, or credit less</source>
        <translation>cet avoir déduit ce que doit la facture %1, mais le %2 elle devait %3 de moins (de l’argent a été remboursé après cette date) : datez l’avoir du jour de ces remboursements ou après, ou créditez moins</translation>
    </message>
    <message>
        <source>with this change, invoice %1&apos;s credit note of %2 would take %3 more off it than it owed on that date</source>
        <translation>avec ce changement, l’avoir du %2 sur la facture %1 déduirait %3 de plus que ce que la facture devait ce jour-là</translation>
    </message>
    <message>
        <source>this credit note leaves %1 as credit from money invoice %2 holds, but some of that money came in after the note&apos;s date in the books (on %3): date the credit note on or after %4</source>
        <translation>cet avoir laisse %1 en crédit sur l’argent que détient la facture %2, mais une partie de cet argent est entrée dans les livres après la date de l’avoir (le %3) : datez l’avoir du %4 ou après</translation>
    </message>
    <message>
        <source>a refund with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation>un remboursement avec la même date, le même montant, le même moyen et la même référence est déjà enregistré sur la facture %1</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund takes back only money paid on or before its date, and the invoice&apos;s next payment is dated %4</source>
        <translation>au %1, la facture %2 aurait remboursé %3 de plus que ce qui lui avait été payé : un remboursement ne reprend que l’argent payé à sa date ou avant, et le paiement suivant de la facture date du %4</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source>Edit line</source>
        <translation>Modifier la ligne</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Déplacer la ligne</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>référence de virement</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>identifiant de transaction</translation>
    </message>
    <message>
        <source>cheque number</source>
        <translation>numéro de chèque</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>marqueur</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>numéro de facture</translation>
    </message>
    <message>
        <source>the payment less its card fee of %1</source>
        <translation>le paiement moins ses frais de carte de %1</translation>
    </message>
    <message>
        <source>the same amount</source>
        <translation>le même montant</translation>
    </message>
    <message>
        <source>booked 1 day after the payment</source>
        <translation>comptabilisé 1 jour après le paiement</translation>
    </message>
    <message>
        <source>booked 1 day before the payment&apos;s date</source>
        <translation>comptabilisé 1 jour avant la date du paiement</translation>
    </message>
    <message numerus="yes">
        <source>booked %n days after the payment</source>
        <translation>
            <numerusform>comptabilisé %n jour après le paiement</numerusform>
            <numerusform>comptabilisé %n jours après le paiement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>booked %n days before the payment&apos;s date</source>
        <translation>
            <numerusform>comptabilisé %n jour avant la date du paiement</numerusform>
            <numerusform>comptabilisé %n jours avant la date du paiement</numerusform>
        </translation>
    </message>
    <message>
        <source>the text names its %1 %2</source>
        <translation>le texte cite son %1 %2</translation>
    </message>
    <message>
        <source>the counterparty is like the customer %1</source>
        <translation>la contrepartie ressemble au client %1</translation>
    </message>
    <message>
        <source>the payment names this account</source>
        <translation>le paiement indique ce compte</translation>
    </message>
    <message>
        <source>the whole %1 invoice %2 owes</source>
        <translation>la totalité des %1 que doit la facture %2</translation>
    </message>
    <message>
        <source>part of the %1 invoice %2 owes</source>
        <translation>une partie des %1 que doit la facture %2</translation>
    </message>
    <message>
        <source>the text names invoices %1 of %2, which together owe %3</source>
        <translation>le texte cite les factures %1 de %2, qui doivent ensemble %3</translation>
    </message>
    <message>
        <source>invoice %1 has a recorded payment that no line is matched to yet; if this line is that payment, find it by its amount or date</source>
        <translation>la facture %1 a un paiement enregistré auquel aucune ligne n’est encore rapprochée ; si cette ligne est ce paiement, trouvez-le par son montant ou sa date</translation>
    </message>
    <message>
        <source>invoice %1 owes %2, less than this line</source>
        <translation>la facture %1 doit %2, moins que cette ligne</translation>
    </message>
    <message>
        <source>the text names invoice %1</source>
        <translation>le texte cite la facture %1</translation>
    </message>
    <message>
        <source>the text names invoices %1, which together owe this amount, but they are not all open invoices of one customer: record a payment on each</source>
        <translation>le texte cite les factures %1, qui doivent ensemble ce montant, mais elles ne sont pas toutes des factures ouvertes d’un même client : enregistrez un paiement sur chacune</translation>
    </message>
    <message>
        <source>the only open invoice that owes this amount</source>
        <translation>la seule facture ouverte qui doit ce montant</translation>
    </message>
    <message>
        <source>the only open invoice of this customer that owes this amount</source>
        <translation>la seule facture ouverte de ce client qui doit ce montant</translation>
    </message>
    <message>
        <source>the text names invoices %1, which together owe this amount; no receipt is proposed while invoice %2 has a recorded payment that no line is matched to: if this line is new money, record the receipt across them</source>
        <translation>le texte nomme les factures %1, qui doivent ensemble ce montant ; aucun encaissement n’est proposé tant que la facture %2 a un paiement enregistré auquel aucune ligne n’est rapprochée : si cette ligne est de l’argent nouveau, enregistrez l’encaissement sur toutes</translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>this line belongs to no MT940 field (fields start with a tag such as :61:)</source>
        <translation>cette ligne n’appartient à aucun champ MT940 (les champs commencent par une balise comme :61:)</translation>
    </message>
    <message>
        <source>comes before the statement&apos;s :20: field</source>
        <translation>vient avant le champ :20: du relevé</translation>
    </message>
    <message>
        <source>the file holds no MT940 statement (no :20: field)</source>
        <translation>le fichier ne contient aucun relevé MT940 (pas de champ :20:)</translation>
    </message>
    <message>
        <source>the statement has no opening balance (:60F:), which gives its currency</source>
        <translation>le relevé n’a pas de solde d’ouverture (:60F:), qui donne sa devise</translation>
    </message>
    <message>
        <source>is not a balance such as C260301EUR1234,56</source>
        <translation>n’est pas un solde comme C260301EUR1234,56</translation>
    </message>
    <message>
        <source>has no real date</source>
        <translation>n’a pas de date valide</translation>
    </message>
    <message>
        <source>has an unknown currency</source>
        <translation>a une devise inconnue</translation>
    </message>
    <message>
        <source>is in %1, the statement in %2</source>
        <translation>est en %1, le relevé en %2</translation>
    </message>
    <message>
        <source>is not a statement line such as 2603010301CR100,00NTRFNONREF//B1</source>
        <translation>n’est pas une ligne de relevé comme 2603010301CR100,00NTRFNONREF//B1</translation>
    </message>
    <message>
        <source>comes before the opening balance (:60F:), which gives the currency</source>
        <translation>vient avant le solde d’ouverture (:60F:), qui donne la devise</translation>
    </message>
    <message>
        <source>has no real value date</source>
        <translation>n’a pas de date de valeur valide</translation>
    </message>
    <message>
        <source>has no real entry date</source>
        <translation>n’a pas de date d’écriture valide</translation>
    </message>
    <message>
        <source>the statement %1 ends without its closing balance (:62F:): the file is cut short or damaged; nothing was imported</source>
        <translation>le relevé %1 se termine sans son solde de clôture (:62F:) : le fichier est tronqué ou endommagé ; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>OfxReader</name>
    <message>
        <source>there is no &lt;OFX&gt; element</source>
        <translation>il n’y a pas d’élément &lt;OFX&gt;</translation>
    </message>
    <message>
        <source>line %1: a tag is not closed with &gt;</source>
        <translation>ligne %1 : une balise n’est pas fermée par &gt;</translation>
    </message>
    <message>
        <source>line %1: an empty tag</source>
        <translation>ligne %1 : une balise vide</translation>
    </message>
    <message>
        <source>line %1: the elements are nested too deeply</source>
        <translation>ligne %1 : les éléments sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the file holds no bank or credit card statement (no STMTRS or CCSTMTRS)</source>
        <translation>le fichier ne contient aucun relevé bancaire ou de carte de crédit (ni STMTRS ni CCSTMTRS)</translation>
    </message>
    <message>
        <source>is not a date in the form YYYYMMDD</source>
        <translation>n’est pas une date de la forme AAAAMMJJ</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>n’est pas un code de devise</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>le montant manque</translation>
    </message>
    <message>
        <source>the file ends inside &lt;%1&gt; (opened on line %2) without its &lt;/%1&gt;: it is cut short or damaged; nothing was imported</source>
        <translation>le fichier se termine à l’intérieur de &lt;%1&gt; (ouvert ligne %2) sans son &lt;/%1&gt; : il est tronqué ou endommagé ; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Carte de débit</translation>
    </message>
    <message>
        <source>EFT / direct deposit</source>
        <translation>Virement / dépôt direct</translation>
    </message>
    <message>
        <source>BPAY</source>
        <translation>BPAY</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Demand draft</source>
        <translation>Traite bancaire</translation>
    </message>
    <message>
        <source>Wire / account transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>EFTPOS</source>
        <translation>EFTPOS</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Passage en perte</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Comptes clients</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>a payment needs a date</source>
        <translation>un paiement exige une date</translation>
    </message>
    <message>
        <source>the amount cannot be zero</source>
        <translation>le montant ne peut pas être nul</translation>
    </message>
    <message>
        <source>is only for %1 payments, not %2</source>
        <translation>ne concerne que les paiements %1, pas %2</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>chèque</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation>un paiement par chèque exige le numéro du chèque</translation>
    </message>
    <message>
        <source>a fee percentage must be between 0 and 100</source>
        <translation>un pourcentage de frais doit être entre 0 et 100</translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation>des frais ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>TDS cannot be negative</source>
        <translation>La TDS ne peut pas être négative</translation>
    </message>
    <message>
        <source>a transaction charge cannot be negative</source>
        <translation>des frais de transaction ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>the payment cannot be reconciled before it was made</source>
        <translation>le paiement ne peut pas être rapproché avant d’avoir été effectué</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled and takes no payments</source>
        <translation>la facture %1 est annulée et n’accepte pas de paiements</translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 outstanding</source>
        <translation>%1 %2 dépasserait le solde de la facture %3, qui a %4 restant dû</translation>
    </message>
    <message>
        <source>a refund of %1 %2 is more than the %3 paid on invoice %4</source>
        <translation>un remboursement de %1 %2 dépasse les %3 payés sur la facture %4</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>invoice %1 is not an open invoice of this customer in %2</source>
        <translation>la facture %1 n’est pas une facture ouverte de ce client en %2</translation>
    </message>
    <message>
        <source>invoice %1 is allocated twice</source>
        <translation>la facture %1 est imputée deux fois</translation>
    </message>
    <message>
        <source>the amount allocated to invoice %1 must be more than zero</source>
        <translation>le montant imputé à la facture %1 doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>allocating %1 to invoice %2 is more than the %3 it owes</source>
        <translation>imputer %1 à la facture %2 dépasse les %3 qu’elle doit</translation>
    </message>
    <message>
        <source>a receipt&apos;s amount must be more than zero</source>
        <translation>le montant d’un encaissement doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the allocations total %1, more than the %2 received</source>
        <translation>les imputations totalisent %1, plus que les %2 reçus</translation>
    </message>
    <message>
        <source>%1 is not a payment method field; they are named as payments.csv names them (cheque.number, eft.reference, ...)</source>
        <translation>%1 n’est pas un champ de moyen de paiement ; ils portent les noms de payments.csv (cheque.number, eft.reference, …)</translation>
    </message>
    <message>
        <source>there is no customer named &quot;%1&quot;</source>
        <translation>il n’y a pas de client nommé « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>« %1 » n’est pas un code de devise</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; has no default currency; name the currency</source>
        <translation>le client « %1 » n’a pas de devise par défaut ; indiquez la devise</translation>
    </message>
    <message>
        <source>a receipt needs a date</source>
        <translation>un encaissement doit avoir une date</translation>
    </message>
    <message>
        <source>receipt %1 is already recorded</source>
        <translation>l’encaissement %1 est déjà enregistré</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>facture %1 : %2</translation>
    </message>
    <message>
        <source>voiding a receipt needs a reason</source>
        <translation>l’annulation d’un encaissement demande un motif</translation>
    </message>
    <message>
        <source>the receipt no longer exists</source>
        <translation>l’encaissement n’existe plus</translation>
    </message>
    <message>
        <source>receipt %1 is already voided</source>
        <translation>l’encaissement %1 est déjà annulé</translation>
    </message>
    <message>
        <source>invoice %1 is not %2&apos;s</source>
        <translation>la facture %1 n’est pas celle de %2</translation>
    </message>
    <message>
        <source>%1 has %2 %3 of credit; %4 cannot be applied</source>
        <translation>%1 a %2 %3 d’avoir ; %4 ne peut pas être imputé</translation>
    </message>
    <message>
        <source>Applied from the customer&apos;s credit</source>
        <translation>Imputé sur l’avoir du client</translation>
    </message>
    <message>
        <source>enter the amount received or the credit to apply</source>
        <translation>saisissez le montant reçu ou l’avoir à imputer</translation>
    </message>
    <message>
        <source>credit on %1: %2</source>
        <translation>avoir sur %1 : %2</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: %2 %3 of %4&apos;s credit from it has paid invoice(s) %5; void those payments first, then the receipt</source>
        <translation>impossible d’annuler l’encaissement %1 : %2 %3 du crédit de %4 qui en provient ont réglé la ou les factures %5 ; annulez d’abord ces paiements, puis l’encaissement</translation>
    </message>
    <message>
        <source>the credit to apply must be more than zero, not %1</source>
        <translation>le crédit à imputer doit être supérieur à zéro, pas %1</translation>
    </message>
    <message>
        <source>receipt %1 is already recorded (choose skip for receipts already recorded)</source>
        <translation>l&apos;encaissement %1 est déjà enregistré (choisissez ignorer pour les encaissements déjà enregistrés)</translation>
    </message>
    <message>
        <source>receipt %1 was voided on %2 (%3); a voided receipt&apos;s key is not used again: give the receipt a new key</source>
        <translation>l&apos;encaissement %1 a été annulé le %2 (%3) ; la clé d&apos;un encaissement annulé n&apos;est pas réutilisée : donnez une nouvelle clé à l&apos;encaissement</translation>
    </message>
    <message>
        <source>receipt %1 is recorded as %2 %3 from %4 on %5 and the file tells it otherwise (amount, date, customer, method or allocations); an import does not change a recorded receipt (void it and import it under a new key)</source>
        <translation>l&apos;encaissement %1 est enregistré comme %2 %3 de %4 le %5 et le fichier dit autre chose (montant, date, client, mode ou imputations) ; un import ne modifie pas un encaissement enregistré (annulez-le et importez-le sous une nouvelle clé)</translation>
    </message>
    <message>
        <source>the allocations add up to more than an amount can be (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>les affectations dépassent ensemble ce qu’un montant peut valoir (plus de 9 223 372 036 854 775 807 unités mineures)</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: %2 %3 of %4&apos;s credit from it, or from credit note %5 on the money it paid, has paid invoice(s) %6; void those payments first, then the receipt</source>
        <translation>le reçu %1 ne peut pas être annulé : %2 %3 du crédit de %4 issu de lui, ou de l’avoir %5 sur l’argent qu’il a payé, ont payé la ou les factures %6 ; annulez d’abord ces paiements, puis le reçu</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: without it %2&apos;s credit would be %3 %4 short by %5 (credit applied by then, to invoice(s) %6, used it before later credit arrived); void those payments first, then the receipt</source>
        <translation>le reçu %1 ne peut pas être annulé : sans lui, il manquerait %3 %4 à l’avoir de %2 au %5 (l’avoir appliqué jusque-là, à la ou aux factures %6, l’a utilisé avant l’arrivée d’un avoir ultérieur) ; annulez d’abord ces paiements, puis le reçu</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided, as its payment of %2 %3 on invoice %4 cannot: %5</source>
        <translation>le reçu %1 ne peut pas être annulé, car son paiement de %2 %3 sur la facture %4 ne peut pas l’être : %5</translation>
    </message>
    <message>
        <source>applying %3 %4 of %1&apos;s credit on %2 would leave it %6 %4 short by %5: credit is applied only from receipts and credit notes dated on or before the day it is applied; date it later, or record the receipt first</source>
        <translation>appliquer %3 %4 de l’avoir de %1 le %2 le laisserait à court de %6 %4 au %5 : l’avoir ne s’applique qu’à partir des reçus et avoirs datés du jour où il est appliqué ou avant ; datez-le plus tard, ou enregistrez d’abord le reçu</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>The %1 amounts of these books add up to more than a report can sum (over 9,223,372,036,854,775,807 minor units): this report leaves them out.</source>
        <translation>Les montants en %1 de cette comptabilité dépassent ce qu&apos;un rapport peut additionner (plus de 9 223 372 036 854 775 807 unités minimales) : ce rapport les laisse de côté.</translation>
    </message>
    <message>
        <source>The %1 amounts of %2 add up to more than a statement can sum (over 9,223,372,036,854,775,807 minor units): no %1 statement is made.</source>
        <translation>Les montants en %1 de %2 dépassent ce qu’un relevé peut additionner (plus de 9 223 372 036 854 775 807 unités minimales) : aucun relevé en %1 n’est établi.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>From the bank statement: %1</source>
        <translation>Du relevé bancaire : %1</translation>
    </message>
    <message>
        <source>the payment %1 is no longer open</source>
        <translation>le paiement %1 n’est plus ouvert</translation>
    </message>
    <message>
        <source>there is no statement line %1</source>
        <translation>il n’y a pas de ligne de relevé %1</translation>
    </message>
    <message>
        <source>line %1 is already matched to the receipt %2 (invoices %3)</source>
        <translation>la ligne %1 est déjà rapprochée de l’encaissement %2 (factures %3)</translation>
    </message>
    <message>
        <source>line %1 is already matched to the payment %2 (invoice %3)</source>
        <translation>la ligne %1 est déjà rapprochée du paiement %2 (facture %3)</translation>
    </message>
    <message>
        <source>the payment was voided</source>
        <translation>le paiement a été annulé</translation>
    </message>
    <message>
        <source>that payment is voided, already reconciled or matched to another line</source>
        <translation>ce paiement est annulé, déjà rapproché ou rapproché d’une autre ligne</translation>
    </message>
    <message>
        <source>the payment is in %1, the line in %2</source>
        <translation>le paiement est en %1, la ligne en %2</translation>
    </message>
    <message>
        <source>the line&apos;s amount %1 is not the payment&apos;s %2 (nor the payment less its card fee)</source>
        <translation>le montant %1 de la ligne n’est pas celui du paiement, %2 (ni le paiement moins ses frais de carte)</translation>
    </message>
    <message>
        <source>the payment %1 went into another account</source>
        <translation>le paiement %1 est arrivé sur un autre compte</translation>
    </message>
    <message>
        <source>line %1 takes money out; only money in is a payment for an invoice</source>
        <translation>la ligne %1 est une sortie d’argent ; seule une entrée est un paiement de facture</translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation>la facture n’existe plus</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the line in %3</source>
        <translation>la facture %1 est en %2, la ligne en %3</translation>
    </message>
    <message>
        <source>a receipt needs at least one invoice</source>
        <translation>un encaissement a besoin d’au moins une facture</translation>
    </message>
    <message>
        <source>an invoice of the receipt is no longer open</source>
        <translation>une facture de l’encaissement n’est plus ouverte</translation>
    </message>
    <message>
        <source>invoice %1 is %2&apos;s, not %3&apos;s: a receipt is one customer&apos;s money</source>
        <translation>la facture %1 est celle de %2, pas de %3 : un encaissement est l’argent d’un seul client</translation>
    </message>
    <message>
        <source>the invoices owe %1 together, the line is %2</source>
        <translation>les factures doivent ensemble %1, la ligne est de %2</translation>
    </message>
    <message>
        <source>line %1 is not matched</source>
        <translation>la ligne %1 n’est pas rapprochée</translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation>le paiement n’existe plus</translation>
    </message>
    <message>
        <source>the bank account no longer exists</source>
        <translation>le compte bancaire n’existe plus</translation>
    </message>
    <message>
        <source>the payment is matched to a line of the account &quot;%1&quot;</source>
        <translation>le paiement est rapproché d’une ligne du compte « %1 »</translation>
    </message>
    <message>
        <source>invoice %1 already has the payment %2 of %3 from %4, which no statement line is matched to: line %5 is probably that money. Match the line to that payment; if the customer really paid twice, record the second payment first and match the line to it</source>
        <translation>la facture %1 a déjà le paiement %2 de %3 du %4, auquel aucune ligne de relevé n’est rapprochée : la ligne %5 est probablement cet argent. Rapprochez la ligne de ce paiement ; si le client a vraiment payé deux fois, enregistrez d’abord le second paiement, puis rapprochez-en la ligne</translation>
    </message>
    <message>
        <source>the bank took line %1 back: line %2 of %3 reverses its %4, so it is no payment</source>
        <translation>la banque a repris la ligne %1 : la ligne %2 du %3 contrepasse ses %4, ce n’est donc pas un paiement</translation>
    </message>
    <message>
        <source>the bank takes back an earlier line of %1 here: if that money was recorded as a payment, void the payment</source>
        <translation>ici la banque reprend une ligne antérieure de %1 : si cet argent a été enregistré comme paiement, annulez le paiement</translation>
    </message>
</context>
<context>
    <name>Refrens</name>
    <message>
        <source>Refrens refused the login (HTTP %1)</source>
        <translation>Refrens a refusé la connexion (HTTP %1)</translation>
    </message>
    <message>
        <source>Refrens returned no access token</source>
        <translation>Refrens n’a renvoyé aucun jeton d’accès</translation>
    </message>
    <message>
        <source>invoice %1 is not linked to a Refrens invoice yet</source>
        <translation>la facture %1 n’est pas encore liée à une facture Refrens</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la réponse n’était pas du JSON</translation>
    </message>
    <message>
        <source>Refrens has no invoice numbered %1</source>
        <translation>Refrens n’a aucune facture numérotée %1</translation>
    </message>
    <message>
        <source>Refrens has several invoices numbered %1</source>
        <translation>Refrens a plusieurs factures numérotées %1</translation>
    </message>
    <message>
        <source>Refrens returned no payment id</source>
        <translation>Refrens n’a renvoyé aucun id de paiement</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relecture a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation>%1 paiements portent le marqueur %2</translation>
    </message>
    <message>
        <source>the payment was removed in Refrens</source>
        <translation>le paiement a été supprimé dans Refrens</translation>
    </message>
    <message>
        <source>the answer lists no payments</source>
        <translation>la réponse ne liste aucun paiement</translation>
    </message>
    <message>
        <source>the answer lists no payments (HTTP %1)</source>
        <translation>la réponse ne liste aucun paiement (HTTP %1)</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>opération inconnue</translation>
    </message>
</context>
<context>
    <name>RemoteLimits</name>
    <message>
        <source>If it has already reached %1: %2.</source>
        <translation>Si c’est déjà arrivé chez %1 : %2.</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>A/R &amp;Aging…</source>
        <translation>&amp;Balance âgée…</translation>
    </message>
    <message>
        <source>Customer &amp;Statement…</source>
        <translation>&amp;Relevé client…</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>, cheque %1</source>
        <translation>, chèque %1</translation>
    </message>
    <message>
        <source>, ref. %1</source>
        <translation>, réf. %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Refund on %1</source>
        <translation>Remboursement sur %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçu</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>Avoir : %1</translation>
    </message>
    <message>
        <source>Credit note on %1: %2</source>
        <translation>Avoir sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aging on %1</source>
        <translation>Balance âgée au %1</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation>Relevé de compte de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StatementImporter</name>
    <message>
        <source>the statement %1 opens at %2 and its lines add %3, which gives %4, not its closing balance (a difference of %5); nothing was imported</source>
        <translation>le relevé %1 s’ouvre à %2 et ses lignes ajoutent %3, ce qui donne %4 et non son solde de clôture (un écart de %5) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>the statement is for %1, which is the account &quot;%2&quot;; import it into that account, or without naming one</source>
        <translation>le relevé concerne %1, qui est le compte « %2 » ; importez-le dans ce compte, ou sans en nommer</translation>
    </message>
    <message>
        <source>the statement is for %1, but the account &quot;%2&quot; is %3</source>
        <translation>le relevé concerne %1, mais le compte « %2 » est %3</translation>
    </message>
    <message>
        <source>the file does not say which account it is for; name the account</source>
        <translation>le fichier n’indique pas à quel compte il se rapporte ; indiquez le compte</translation>
    </message>
    <message>
        <source>the statement is in %1, the account &quot;%2&quot; in %3</source>
        <translation>le relevé est en %1, le compte « %2 » en %3</translation>
    </message>
    <message>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>il existe déjà un compte nommé « %1 »</translation>
    </message>
    <message>
        <source>%1: the statement %2 opens on %3 at %4, but the account&apos;s lines before it come to %5; %6 is missing between %7 and %3 (a statement not imported yet?)</source>
        <translation>%1 : le relevé %2 s’ouvre le %3 à %4, mais les lignes du compte qui le précèdent donnent %5 ; il manque %6 entre le %7 et le %3 (un relevé pas encore importé ?)</translation>
    </message>
    <message>
        <source>%1: no statement covers %2 to %3</source>
        <translation>%1 : aucun relevé ne couvre du %2 au %3</translation>
    </message>
    <message>
        <source>of %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1: the statement %2 closes at %3, so before its lines the account held %4, but the account&apos;s lines before %5 come to %6: %7 is missing between %8 and %5 (a statement not imported yet?), or the file&apos;s balance is wrong</source>
        <translation>%1 : le relevé %2 clôture à %3, le compte avait donc %4 avant ses lignes, mais les lignes du compte avant le %5 donnent %6 : il manque %7 entre %8 et %5 (un relevé pas encore importé ?), ou le solde du fichier est faux</translation>
    </message>
</context>
<context>
    <name>StatementReader</name>
    <message>
        <source>this is not a CAMT, MT940 or OFX statement</source>
        <translation>ce n’est pas un relevé CAMT, MT940 ou OFX</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>an address it did not give</source>
        <translation>une adresse qu’il n’a pas donnée</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Recording an outcome</source>
        <translation>Enregistrement d’un résultat</translation>
    </message>
    <message>
        <source>Recovering the sync queue</source>
        <translation>Récupération de la file de synchronisation</translation>
    </message>
    <message>
        <source>Resuming connections</source>
        <translation>Reprise des connexions</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Lecture de la file de synchronisation</translation>
    </message>
    <message>
        <source>Numbering an attempt</source>
        <translation>Numérotation d’une tentative</translation>
    </message>
    <message>
        <source>Recording an attempt</source>
        <translation>Enregistrement d’une tentative</translation>
    </message>
    <message>
        <source>Marking an operation as sending</source>
        <translation>Marquage d’une opération comme en cours d’envoi</translation>
    </message>
    <message>
        <source>Saving a response</source>
        <translation>Enregistrement d’une réponse</translation>
    </message>
    <message>
        <source>Recording the remote id</source>
        <translation>Enregistrement de l’id distant</translation>
    </message>
    <message>
        <source>Recording a read-back</source>
        <translation>Enregistrement d’une relecture</translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation>les identifiants ont été refusés</translation>
    </message>
    <message>
        <source>Pausing a connection</source>
        <translation>Mise en pause d’une connexion</translation>
    </message>
    <message>
        <source>there is no operation %1</source>
        <translation>il n’y a pas d’opération %1</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>confirmé à la main</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation>Enregistrement d’une décision</translation>
    </message>
    <message>
        <source>Retrying an operation</source>
        <translation>Nouvel essai d’une opération</translation>
    </message>
    <message>
        <source>Discarding an operation</source>
        <translation>Abandon d’une opération</translation>
    </message>
    <message>
        <source>Reading an operation&apos;s invoice</source>
        <translation>Lecture de la facture d’une opération</translation>
    </message>
    <message>
        <source>operation %1 is in doubt and may only be read back</source>
        <translation>l’opération %1 est incertaine et ne peut qu’être relue</translation>
    </message>
    <message>
        <source>operation %1 was claimed twice; nothing was sent</source>
        <translation>l’opération %1 a été réclamée deux fois ; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Postponing an operation</source>
        <translation>Report d’une opération</translation>
    </message>
    <message>
        <source>Reading a link</source>
        <translation>Lecture d’un lien</translation>
    </message>
    <message>
        <source>invoice %1 is not linked to this connection</source>
        <translation>la facture %1 n’est pas liée à cette connexion</translation>
    </message>
    <message>
        <source>invoice %1 is linked to remote id %2 already</source>
        <translation>la facture %1 est déjà liée à l’identifiant distant %2</translation>
    </message>
    <message>
        <source>Reading what was synced</source>
        <translation>Lecture de ce qui a été synchronisé</translation>
    </message>
</context>
<context>
    <name>SyncVerifier</name>
    <message>
        <source>it was removed on %1</source>
        <translation>il a été supprimé sur %1</translation>
    </message>
    <message>
        <source>amount %1 here, %2 on %3</source>
        <translation>montant %1 ici, %2 sur %3</translation>
    </message>
    <message>
        <source>date %1 here, %2 on %3</source>
        <translation>date %1 ici, %2 sur %3</translation>
    </message>
    <message>
        <source>match</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>missing there</source>
        <translation>absent là-bas</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation>inconnu ici</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <source>  %1 match, %2 missing there, %3 differ, %4 unknown here, %5 not checked.</source>
        <translation>  %1 concordent, %2 absents là-bas, %3 diffèrent, %4 inconnus ici, %5 non vérifiés.</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 n’est pas sur %2</translation>
    </message>
    <message>
        <source>%1 payments on %2 carry this marker</source>
        <translation>%1 paiements sur %2 portent ce marqueur</translation>
    </message>
    <message>
        <source>%1 on %2 with our marker, not in these books</source>
        <translation>%1 sur %2 avec notre marqueur, absent de cette comptabilité</translation>
    </message>
    <message>
        <source>%1 (this system does not report the amount)</source>
        <translation>%1 (ce système ne donne pas le montant)</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message>
        <source>a tax code needs a name</source>
        <translation>un code de taxe doit avoir un nom</translation>
    </message>
    <message>
        <source>the name has spaces at its start or end</source>
        <translation>le nom a des espaces au début ou à la fin</translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>un taux de taxe doit être compris entre 0 et 100 %</translation>
    </message>
    <message>
        <source>the category must be one of %1</source>
        <translation>la catégorie doit être l’une de %1</translation>
    </message>
    <message>
        <source>a code of category %1 has a rate of 0 %</source>
        <translation>un code de catégorie %1 a un taux de 0 %</translation>
    </message>
    <message>
        <source>there is no tax code named &quot;%1&quot;</source>
        <translation>il n’y a pas de code de taxe nommé « %1 »</translation>
    </message>
    <message>
        <source>tax code &quot;%1&quot; is %2 %, but the line&apos;s tax rate is %3 %</source>
        <translation>le code de taxe « %1 » est à %2 %, mais le taux de la ligne est de %3 %</translation>
    </message>
    <message>
        <source>there is already a tax code named &quot;%1&quot;</source>
        <translation>il existe déjà un code de taxe nommé « %1 »</translation>
    </message>
    <message>
        <source>the tax code no longer exists</source>
        <translation>le code de taxe n’existe plus</translation>
    </message>
    <message>
        <source>a standard-rated code (S) has a rate above 0 %; 0 % is category Z</source>
        <translation>un code au taux normal (S) a un taux supérieur à 0 % ; 0 % est la catégorie Z</translation>
    </message>
    <message>
        <source>a code of category %1 is taxed: it has no exemption reason (the reason is for E, AE, K, G and O)</source>
        <translation>un code de catégorie %1 est taxé : il n&apos;a pas de motif d&apos;exonération (le motif est pour E, AE, K, G et O)</translation>
    </message>
</context>
<context>
    <name>TaxCodesDialog</name>
    <message>
        <source>standard rate</source>
        <translation>taux normal</translation>
    </message>
    <message>
        <source>zero rated</source>
        <translation>taux zéro</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exonéré</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>autoliquidation</translation>
    </message>
    <message>
        <source>intra-community supply</source>
        <translation>livraison intracommunautaire</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>exportation hors de l&apos;UE</translation>
    </message>
    <message>
        <source>not subject to VAT</source>
        <translation>hors champ de la TVA</translation>
    </message>
</context>
<context>
    <name>UpgradeChat</name>
    <message>
        <source>the invoice has no remote id yet</source>
        <translation>la facture n’a pas encore d’id distant</translation>
    </message>
    <message>
        <source>the invoice was never acknowledged by the remote, so there is nothing to delete</source>
        <translation>la facture n’a jamais été confirmée par le serveur distant, il n’y a donc rien à supprimer</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>opération inconnue</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la réponse n’était pas du JSON</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>le serveur a refusé la requête</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relecture a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation>%1 paiements portent le marqueur %2</translation>
    </message>
    <message>
        <source>the answer did not confirm the operation (it lacks what a success carries)</source>
        <translation>la réponse n’a pas confirmé l’opération (il lui manque ce que porte un succès)</translation>
    </message>
    <message>
        <source>invoice %1 was linked by the remote&apos;s &quot;already exists&quot; answer, so its Upgrade.Chat id is not known here: look the invoice up in Upgrade.Chat and enter its id (Sync Issues, or invoicedesk-cli sync link %1 --remote-id ID)</source>
        <translation>la facture %1 a été liée par la réponse « existe déjà » du système distant, son identifiant Upgrade.Chat n’est donc pas connu ici : cherchez la facture dans Upgrade.Chat et saisissez son identifiant (Problèmes de synchronisation, ou invoicedesk-cli sync link %1 --remote-id ID)</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments</source>
        <translation>la réponse pour la facture ne liste aucun paiement</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments (HTTP %1)</source>
        <translation>la réponse pour la facture ne liste aucun paiement (HTTP %1)</translation>
    </message>
    <message>
        <source>found by the remote&apos;s answer that invoice %1 already exists (this system has no documented read-back; its id is to be learned)</source>
        <translation>trouvée grâce à la réponse indiquant que la facture %1 existe déjà (ce système n’a pas de relecture documentée ; son identifiant reste à connaître)</translation>
    </message>
    <message>
        <source>the first send had not landed; created by the read-back</source>
        <translation>le premier envoi n’était pas arrivé ; créée par la relecture</translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>There are no connections to verify.</source>
        <translation>Il n’y a aucune connexion à vérifier.</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>the workbook is damaged (its zip container)</source>
        <translation>le classeur est endommagé (son conteneur zip)</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>ceci n’est pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>le classeur n’a pas de partie %1</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is too large</source>
        <translation>la partie %1 du classeur est trop grande</translation>
    </message>
    <message>
        <source>row %1: a cell is out of order or beyond column XFD</source>
        <translation>ligne %1 : une cellule est hors d’ordre ou au-delà de la colonne XFD</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>le classeur n’a pas de feuille « %1 » ; ses feuilles sont : %2</translation>
    </message>
    <message>
        <source>the sheet is damaged near row %1: %2</source>
        <translation>la feuille est endommagée vers la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Impossible d’écrire le classeur : %1</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>le classeur est endommagé (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline invoice and payment entry for bookkeepers.</source>
        <translation>Saisie hors ligne des factures et paiements pour les comptables.</translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation>Le fichier société à ouvrir.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit (for documentation and CI).</source>
        <translation>Rendre la fenêtre principale dans un fichier PNG puis quitter (pour la documentation et la CI).</translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation>Impossible d’ouvrir le fichier société</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Fill a company file that does not exist yet with the demo company, without asking (for scripts and screenshots).</source>
        <translation>Remplir sans demander avec l’entreprise de démonstration un fichier d’entreprise qui n’existe pas encore (pour les scripts et les captures d’écran).</translation>
    </message>
</context>
</TS>
