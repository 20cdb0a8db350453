<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddressForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation>Nachname</translation>
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
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>F&amp;irma</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Ortsteil</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Regionscode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Coun&amp;try (ISO)</source>
        <translation>L&amp;and (ISO)</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <source>Owed in %1: %2</source>
        <translation>Offen in %1: %2</translation>
    </message>
</context>
<context>
    <name>BankAccount</name>
    <message>
        <source>a bank account needs a name</source>
        <translation>ein Bankkonto braucht einen Namen</translation>
    </message>
    <message>
        <source>a bank account needs a currency</source>
        <translation>ein Bankkonto braucht eine Währung</translation>
    </message>
    <message>
        <source>%1 is not a valid IBAN (its check digits are wrong)</source>
        <translation>%1 ist keine gültige IBAN (die Prüfziffern stimmen nicht)</translation>
    </message>
</context>
<context>
    <name>BankAccounts</name>
    <message>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Konto namens „%1“</translation>
    </message>
    <message>
        <source>%1 is already the account &quot;%2&quot;</source>
        <translation>%1 ist bereits das Konto „%2“</translation>
    </message>
</context>
<context>
    <name>BankCsvReader</name>
    <message>
        <source>the file has a header but no lines</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>is not one of our columns: %1</source>
        <translation>ist keine unserer Spalten: %1</translation>
    </message>
    <message>
        <source>no row names a booking date and an amount (or debit and credit) column; map the columns (our names are: %1)</source>
        <translation>keine Zeile nennt eine Spalte für Buchungsdatum und Betrag (oder Soll und Haben); ordnen Sie die Spalten zu (unsere Namen: %1)</translation>
    </message>
    <message>
        <source>could be read with a decimal point or a decimal comma; say which</source>
        <translation>ließe sich mit Dezimalpunkt oder Dezimalkomma lesen; geben Sie an, welches</translation>
    </message>
    <message>
        <source>could be read as two different dates; give the date format (such as dd/MM/yyyy)</source>
        <translation>ließe sich als zwei verschiedene Daten lesen; geben Sie das Datumsformat an (etwa dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>differs from %1 on the lines before; one file is one account in one currency</source>
        <translation>weicht von %1 in den Zeilen davor ab; eine Datei ist ein Konto in einer Währung</translation>
    </message>
    <message>
        <source>the file has no currency column; name the account (or its currency)</source>
        <translation>die Datei hat keine Währungsspalte; nennen Sie das Konto (oder seine Währung)</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>ist kein Währungscode</translation>
    </message>
    <message>
        <source>a line has either a debit or a credit, not both</source>
        <translation>eine Zeile hat entweder Soll oder Haben, nicht beides</translation>
    </message>
    <message>
        <source>the line has no amount</source>
        <translation>die Zeile hat keinen Betrag</translation>
    </message>
    <message>
        <source>the line has no booking date</source>
        <translation>die Zeile hat kein Buchungsdatum</translation>
    </message>
    <message>
        <source>differs from %1 on the lines before; import one account at a time</source>
        <translation>weicht von %1 in den Zeilen davor ab; importieren Sie ein Konto nach dem anderen</translation>
    </message>
    <message>
        <source>does not follow from the balance %1 before it and the amount %2</source>
        <translation>folgt nicht aus dem Saldo %1 davor und dem Betrag %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;, not booked yet: left out until a statement books it</source>
        <translation>Zeile %1: „%2“, noch nicht gebucht: ausgelassen, bis ein Auszug sie bucht</translation>
    </message>
</context>
<context>
    <name>BankReport</name>
    <message>
        <source>the bank account no longer exists</source>
        <translation>das Bankkonto gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>BankStore</name>
    <message>
        <source>Reading the statement lines</source>
        <translation>Lesen der Kontoauszugszeilen</translation>
    </message>
    <message>
        <source>Reading the payments to match</source>
        <translation>Lesen der zuzuordnenden Zahlungen</translation>
    </message>
    <message>
        <source>Reading the open invoices</source>
        <translation>Lesen der offenen Rechnungen</translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation>Lesen einer Zahlung</translation>
    </message>
    <message>
        <source>Saving a match</source>
        <translation>Speichern einer Zuordnung</translation>
    </message>
    <message>
        <source>Reading a match</source>
        <translation>Lesen einer Zuordnung</translation>
    </message>
    <message>
        <source>Saving the payment&apos;s account</source>
        <translation>Speichern des Kontos der Zahlung</translation>
    </message>
    <message>
        <source>Undoing a match</source>
        <translation>Aufheben einer Zuordnung</translation>
    </message>
    <message>
        <source>Saving the reconciled date</source>
        <translation>Speichern des Abgleichdatums</translation>
    </message>
    <message>
        <source>Reading the account&apos;s payments</source>
        <translation>Lesen der Zahlungen des Kontos</translation>
    </message>
    <message>
        <source>Listing the bank accounts</source>
        <translation>Auflisten der Bankkonten</translation>
    </message>
    <message>
        <source>Reading a bank account</source>
        <translation>Lesen eines Bankkontos</translation>
    </message>
    <message>
        <source>Saving a bank account</source>
        <translation>Speichern eines Bankkontos</translation>
    </message>
    <message>
        <source>Saving a statement</source>
        <translation>Speichern eines Kontoauszugs</translation>
    </message>
    <message>
        <source>Saving a statement line</source>
        <translation>Speichern einer Kontoauszugszeile</translation>
    </message>
    <message>
        <source>Adding up the statement lines</source>
        <translation>Summieren der Kontoauszugszeilen</translation>
    </message>
    <message>
        <source>Reading the statements</source>
        <translation>Lesen der Kontoauszüge</translation>
    </message>
    <message>
        <source>Reading a receipt</source>
        <translation>Eine Zahlung wird gelesen</translation>
    </message>
    <message>
        <source>Reading the account&apos;s lines</source>
        <translation>Lesen der Zeilen des Kontos</translation>
    </message>
</context>
<context>
    <name>BankingMenu</name>
    <message>
        <source>&amp;Banking</source>
        <translation>&amp;Bank</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>Kontoauszug &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Abgleichen…</translation>
    </message>
</context>
<context>
    <name>BooksTables</name>
    <message>
        <source>company profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <source>tax codes</source>
        <translation>Steuerschlüssel</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>CamtReader</name>
    <message>
        <source>the XML is nested too deeply</source>
        <translation>das XML ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>this is not an ISO 20022 document (its root element is not Document)</source>
        <translation>das ist kein ISO-20022-Dokument (sein Wurzelelement ist nicht Document)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>this is not a CAMT.052, CAMT.053 or CAMT.054 message</source>
        <translation>das ist keine CAMT.052-, CAMT.053- oder CAMT.054-Nachricht</translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation>das XML ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of the document</source>
        <translation>die Datei endet mitten im Dokument</translation>
    </message>
    <message>
        <source>the document holds no statement, report or notification</source>
        <translation>das Dokument enthält keinen Auszug, Bericht und kein Avis</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>ist kein Währungscode</translation>
    </message>
    <message>
        <source>the statement names no currency</source>
        <translation>der Kontoauszug nennt keine Währung</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>der Betrag fehlt</translation>
    </message>
    <message>
        <source>is not the account&apos;s currency %1</source>
        <translation>ist nicht die Kontowährung %1</translation>
    </message>
    <message>
        <source>amounts are written without a sign; CdtDbtInd says which way</source>
        <translation>Beträge stehen ohne Vorzeichen; CdtDbtInd gibt die Richtung an</translation>
    </message>
    <message>
        <source>must be CRDT or DBIT</source>
        <translation>muss CRDT oder DBIT sein</translation>
    </message>
    <message>
        <source>line %1: an entry with status %2 is not booked yet and was left out</source>
        <translation>Zeile %1: ein Eintrag mit Status %2 ist noch nicht gebucht und wurde ausgelassen</translation>
    </message>
    <message>
        <source>a booked entry needs its booking date</source>
        <translation>ein gebuchter Eintrag braucht sein Buchungsdatum</translation>
    </message>
    <message>
        <source>is not a real date in the form YYYY-MM-DD</source>
        <translation>ist kein echtes Datum der Form JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>line %1: quantity %2 is not a whole number, and %3 only takes whole quantities</source>
        <translation>Zeile %1: die Menge %2 ist keine ganze Zahl, und %3 nimmt nur ganze Mengen</translation>
    </message>
    <message>
        <source>%1 takes no refunds through its API: record the refund in %1</source>
        <translation>%1 nimmt über seine API keine Erstattungen: erfassen Sie die Erstattung in %1</translation>
    </message>
    <message>
        <source>%1 takes only a payment of the whole outstanding amount (%2 %3), and this payment is %4 %3: record part payments in %1</source>
        <translation>%1 nimmt nur eine Zahlung des gesamten offenen Betrags (%2 %3), diese Zahlung beträgt %4 %3: erfassen Sie Teilzahlungen in %1</translation>
    </message>
    <message>
        <source>%1 has no payment method for &quot;%2&quot;</source>
        <translation>%1 hat keine Zahlungsart für „%2“</translation>
    </message>
    <message>
        <source>%1 takes no payment reversal through its API: reverse payment %2 in %1, then confirm here</source>
        <translation>%1 nimmt über seine API keine Rückbuchung: buchen Sie Zahlung %2 in %1 zurück und bestätigen Sie hier</translation>
    </message>
    <message>
        <source>%1 takes no invoice deletion through its API: delete or cancel invoice %2 in %1</source>
        <translation>%1 nimmt über seine API kein Löschen von Rechnungen: löschen oder stornieren Sie Rechnung %2 in %1</translation>
    </message>
    <message>
        <source>%1 has no line discounts: the discounted lines (%2) go as their net amounts, with the same totals</source>
        <translation>%1 kennt keine Zeilenrabatte: die rabattierten Zeilen (%2) gehen mit ihren Nettobeträgen, bei gleichen Summen</translation>
    </message>
    <message>
        <source>%1 takes no credit notes through its API: credit note %2 stays in InvoiceDesk; enter it in %1 by hand if it should be there too</source>
        <translation>%1 nimmt über seine API keine Gutschriften an: Gutschrift %2 bleibt in InvoiceDesk; erfassen Sie sie in %1 von Hand, wenn sie auch dort stehen soll</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format muss table oder json sein</translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation>--status muss Draft, Pending, Paid, Cancelled oder Refunded sein</translation>
    </message>
    <message>
        <source>--status for payments must be recorded or voided</source>
        <translation>--status für Zahlungen muss recorded oder voided sein</translation>
    </message>
    <message>
        <source>usage: list invoices|payments [--status S] [--format table|csv|json]</source>
        <translation>Aufruf: list invoices|payments [--status S] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>usage: status [--format table|json]</source>
        <translation>Aufruf: status [--format table|json]</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Alle Änderungen synchronisiert</translation>
    </message>
    <message>
        <source>%1 waiting · %2 need attention</source>
        <translation>%1 wartend · %2 brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Database:    %1 (schema %2)</source>
        <translation>Datenbank:   %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Invoices:    %1</source>
        <translation>Rechnungen:  %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Offen:       %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Payments:    %1 (%2 voided)</source>
        <translation>Zahlungen:   %1 (%2 storniert)</translation>
    </message>
    <message>
        <source>Sync:        %1</source>
        <translation>Sync:        %1</translation>
    </message>
    <message>
        <source>usage: connection add NAME --kind KIND --url URL [options of that kind]</source>
        <translation>Aufruf: connection add NAME --kind ART --url URL [Optionen dieser Art]</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind muss eines von %1 sein</translation>
    </message>
    <message>
        <source>--auth must be bearer or api-key</source>
        <translation>--auth muss bearer oder api-key sein</translation>
    </message>
    <message>
        <source>crmcom needs --username U --password-env VAR --organisation ORG, or --api-key-env VAR</source>
        <translation>crmcom braucht --username U --password-env VAR --organisation ORG oder --api-key-env VAR</translation>
    </message>
    <message>
        <source>refrens needs --url-key KEY --app-id ID and --app-secret-env VAR</source>
        <translation>refrens braucht --url-key KEY --app-id ID und --app-secret-env VAR</translation>
    </message>
    <message>
        <source>%1 for %2 (not shown): </source>
        <translation>%1 für %2 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>no terminal to ask for the %1; name an environment variable with --%2 VAR</source>
        <translation>kein Terminal, um nach %1 zu fragen; nennen Sie eine Umgebungsvariable mit --%2 VAR</translation>
    </message>
    <message>
        <source>--lanes takes a whole number from 1 to %1 (0: the default)</source>
        <translation>--lanes erwartet eine ganze Zahl von 1 bis %1 (0: die Voreinstellung)</translation>
    </message>
    <message>
        <source>--requests-per-second takes a number from 0 (no limit) to %1</source>
        <translation>--requests-per-second erwartet eine Zahl von 0 (keine Grenze) bis %1</translation>
    </message>
    <message>
        <source>there is no connection %1</source>
        <translation>es gibt keine Verbindung %1</translation>
    </message>
    <message>
        <source>Connection %1: lanes: %2; requests per second: %3.</source>
        <translation>Verbindung %1: Spuren: %2; Anfragen pro Sekunde: %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3).</source>
        <translation>Verbindung %1 hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds</source>
        <translation>--%1 erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>Removed connection %1.</source>
        <translation>Verbindung %1 entfernt.</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>es gibt keine Verbindung namens „%1“</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Keine Synchronisation: %1</translation>
    </message>
    <message>
        <source>%1 operations were interrupted and will be checked with the remote before anything is sent again.</source>
        <translation>%1 Vorgänge wurden unterbrochen und werden beim Gegenüber geprüft, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 acknowledged; %3.</source>
        <translation>Sync: %1 gesendet, %2 bestätigt; %3.</translation>
    </message>
    <message>
        <source>usage: connection add|set|list|remove ...</source>
        <translation>Aufruf: connection add|set|list|remove ...</translation>
    </message>
    <message>
        <source>all changes synced</source>
        <translation>alle Änderungen synchronisiert</translation>
    </message>
    <message>
        <source>remaining: %1</source>
        <translation>verbleibend: %1</translation>
    </message>
    <message>
        <source>--on-existing must be update, skip or fail, not &quot;%1&quot;</source>
        <translation>--on-existing muss update, skip oder fail sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--separator must be one character (use &quot;tab&quot; for a tab)</source>
        <translation>--separator muss ein einzelnes Zeichen sein („tab“ für einen Tabulator)</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252</source>
        <translation>--encoding muss utf-8, utf-8-bom, utf-16le, utf-16be oder windows-1252 sein</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importieren… %1%</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 with problems: %2.</source>
        <translation>Nichts wurde importiert: %1 mit Problemen: %2.</translation>
    </message>
    <message>
        <source>The rows and their problems are in %1.</source>
        <translation>Die Zeilen und ihre Probleme stehen in %1.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 übersprungen, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3; nothing was written.</source>
        <translation>Probelauf von %1 (%2): %3; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3.</source>
        <translation>%1 importiert (%2): %3.</translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded, for invoices</source>
        <translation>--status muss Draft, Pending, Paid, Cancelled oder Refunded sein, für Rechnungen</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>%1 %2 nach %3 exportiert.</translation>
    </message>
    <message>
        <source>%1 already holds invoices; demo data goes into a new database (use --db).</source>
        <translation>%1 enthält bereits Rechnungen; Demodaten kommen in eine neue Datenbank (mit --db).</translation>
    </message>
    <message>
        <source>--count must be a positive whole number</source>
        <translation>--count muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>Added %1 sample invoices with their payments to %2.</source>
        <translation>%1 Beispielrechnungen mit ihren Zahlungen zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>No connections to verify.</source>
        <translation>Keine Verbindungen zu prüfen.</translation>
    </message>
    <message>
        <source>usage: sync link NUMBER --remote-id ID</source>
        <translation>Aufruf: sync link NUMMER --remote-id ID</translation>
    </message>
    <message>
        <source>invoice %1 is not assigned to a connection</source>
        <translation>Rechnung %1 ist keiner Verbindung zugeordnet</translation>
    </message>
    <message>
        <source>Invoice %1 is linked to %2 id %3.</source>
        <translation>Rechnung %1 ist mit %2 unter der ID %3 verknüpft.</translation>
    </message>
    <message>
        <source>usage: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S] | sync verify [--connection NAME]</source>
        <translation>Aufruf: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S] | sync verify [--connection NAME]</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>--format muss csv oder xlsx sein</translation>
    </message>
    <message>
        <source>--decimal-comma and --decimal-point exclude each other</source>
        <translation>--decimal-comma und --decimal-point schließen einander aus</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16 or windows-1252</source>
        <translation>--encoding muss utf-8, utf-8-bom, utf-16 oder windows-1252 sein</translation>
    </message>
    <message>
        <source>Say which with --decimal-comma or --decimal-point.</source>
        <translation>Geben Sie es mit --decimal-comma oder --decimal-point an.</translation>
    </message>
    <message>
        <source>To read a column under one of these names use --map &quot;Their Column=ourColumn&quot;; to leave a column out use --ignore-column &quot;Their Column&quot;.</source>
        <translation>Um eine Spalte unter einem dieser Namen zu lesen, verwenden Sie --map &quot;Ihre Spalte=unsereSpalte&quot;; um eine Spalte auszulassen, --ignore-column &quot;Ihre Spalte&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported: problems in the header row: %1.</source>
        <translation>Nichts wurde importiert: Probleme in der Kopfzeile: %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>The database is --db, else $INVOICEDESK_DB, else the application data folder.</source>
        <translation>Die Datenbank ist --db, sonst $INVOICEDESK_DB, sonst der Anwendungsdatenordner.</translation>
    </message>
    <message>
        <source>CSV or XLSX follows the file&apos;s extension unless --format says.</source>
        <translation>CSV oder XLSX richtet sich nach der Dateiendung, sofern --format nichts anderes sagt.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a failure to act on (bad file, rejected rows), 2 bad usage.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 ein zu behebender Fehler (fehlerhafte Datei, abgelehnte Zeilen), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>there is no bank account named &quot;%1&quot;</source>
        <translation>es gibt kein Bankkonto namens „%1“</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-03-31, not &quot;%2&quot;</source>
        <translation>--%1 muss ein Datum wie 2026-03-31 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>usage: bank account add|list, bank import FILE, bank match, bank unmatch LINE, bank list, bank report, bank assign MARKER (see --help)</source>
        <translation>Aufruf: bank account add|list, bank import DATEI, bank match, bank unmatch ZEILE, bank list, bank report, bank assign MARKER (siehe --help)</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n lines automatically</source>
        <translation>
            <numerusform>%n Zeile automatisch zugeordnet</numerusform>
            <numerusform>%n Zeilen automatisch zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines wait for a person (bank match lists their candidates)</source>
        <translation>
            <numerusform>%n Zeile wartet auf eine Person (bank match listet ihre Kandidaten)</numerusform>
            <numerusform>%n Zeilen warten auf eine Person (bank match listet ihre Kandidaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the statement, not in the books (%n):</source>
        <translation>
            <numerusform>Auf dem Kontoauszug, nicht in den Büchern (%n):</numerusform>
            <numerusform>Auf dem Kontoauszug, nicht in den Büchern (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the books, not on the statement (%n):</source>
        <translation>
            <numerusform>In den Büchern, nicht auf dem Kontoauszug (%n):</numerusform>
            <numerusform>In den Büchern, nicht auf dem Kontoauszug (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched lines that differ from their payment (%n):</source>
        <translation>
            <numerusform>Zugeordnete Zeilen, die von ihrer Zahlung abweichen (%n):</numerusform>
            <numerusform>Zugeordnete Zeilen, die von ihrer Zahlung abweichen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>--set %1: name billing.FIELD or shipping.FIELD, e.g. billing.city=Berlin</source>
        <translation>--set %1: geben Sie billing.FELD oder shipping.FELD an, z. B. billing.city=Berlin</translation>
    </message>
    <message>
        <source>--terms must be a number of days</source>
        <translation>--terms muss eine Zahl von Tagen sein</translation>
    </message>
    <message>
        <source>there is no customer named &quot;%1&quot;</source>
        <translation>es gibt keinen Kunden namens „%1“</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>Kunde %1 angelegt</translation>
    </message>
    <message>
        <source>Saved customer %1</source>
        <translation>Kunde %1 gespeichert</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>Betrag „%1“: %2</translation>
    </message>
    <message>
        <source>--allocate %1: write NUMBER=AMOUNT</source>
        <translation>--allocate %1: schreiben Sie NUMMER=BETRAG</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-15</source>
        <translation>--date muss ein Datum wie 2026-11-15 sein</translation>
    </message>
    <message>
        <source>receive needs --%1</source>
        <translation>receive braucht --%1</translation>
    </message>
    <message>
        <source>Receipt %1: %2 %3 from %4</source>
        <translation>Zahlungseingang %1: %2 %3 von %4</translation>
    </message>
    <message>
        <source>credit apply needs --%1</source>
        <translation>credit apply braucht --%1</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>es gibt keine Rechnung mit der Nummer „%1“</translation>
    </message>
    <message>
        <source>Applied %1 %2 of credit to invoice %3</source>
        <translation>%1 %2 Guthaben auf Rechnung %3 verrechnet</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Their Column=ourColumn&quot;</source>
        <translation>--map „%1“: schreiben Sie es als &quot;Ihre Spalte=unsereSpalte&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: %2 is not one of our columns; they are: %3</source>
        <translation>--map „%1“: %2 ist keine unserer Spalten; diese sind: %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: a file without a header names its columns by number, counted from 1 (--map &quot;3=number&quot;)</source>
        <translation>--map „%1“: eine Datei ohne Kopfzeile nennt ihre Spalten mit Nummern, ab 1 gezählt (--map &quot;3=number&quot;)</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: write it as column=VALUE with one of our columns: %2</source>
        <translation>--set „%1“: schreiben Sie es als Spalte=WERT mit einer unserer Spalten: %2</translation>
    </message>
    <message>
        <source>Tax code &quot;%1&quot; was created.</source>
        <translation>Steuerschlüssel „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>usage: bank account add NAME --currency C [--iban IBAN | --number N] [--opening-balance A] [--opening-date D]</source>
        <translation>Aufruf: bank account add NAME --currency C [--iban IBAN | --number N] [--opening-balance A] [--opening-date D]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a currency code</source>
        <translation>--currency: „%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>--opening-balance &quot;%1&quot;: %2</source>
        <translation>--opening-balance „%1“: %2</translation>
    </message>
    <message>
        <source>Added the bank account &quot;%1&quot; (%2)</source>
        <translation>Das Bankkonto „%1“ (%2) wurde hinzugefügt</translation>
    </message>
    <message>
        <source>--map takes THEIRS=ours pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--map erwartet durch Kommas getrennte Paare IHRE=unsere, nicht „%1“</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Würde importieren</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>%1 statement %2 into &quot;%3&quot;%4: %5 lines, %6 added, %7 already imported</source>
        <translation>%1: Kontoauszug %2 in „%3“%4: %5 Zeilen, %6 hinzugefügt, %7 bereits importiert</translation>
    </message>
    <message>
        <source> (a new account)</source>
        <translation> (ein neues Konto)</translation>
    </message>
    <message>
        <source>balances checked: %1 on %2 and the lines give %3 on %4</source>
        <translation>Salden geprüft: %1 am %2, und die Zeilen ergeben %3 am %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>usage: bank account add NAME ... | bank account list [--format table|json]</source>
        <translation>Aufruf: bank account add NAME ... | bank account list [--format table|json]</translation>
    </message>
    <message>
        <source>usage: bank import FILE [--account NAME] [--dry-run] [CSV options]</source>
        <translation>Aufruf: bank import DATEI [--account NAME] [--dry-run] [CSV-Optionen]</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>usage: bank assign MARKER --account NAME</source>
        <translation>Aufruf: bank assign MARKER --account NAME</translation>
    </message>
    <message>
        <source>there is no payment with the marker %1</source>
        <translation>es gibt keine Zahlung mit dem Marker %1</translation>
    </message>
    <message>
        <source>The payment %1 went into &quot;%2&quot;</source>
        <translation>Die Zahlung %1 ging auf „%2“</translation>
    </message>
    <message>
        <source>line %1  %2  %3 %4  %5  %6</source>
        <translation>Zeile %1  %2  %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>record a payment for invoice %1 (%2)</source>
        <translation>eine Zahlung für Rechnung %1 erfassen (%2)</translation>
    </message>
    <message>
        <source>record a receipt for invoices %1 (%2)</source>
        <translation>einen Zahlungseingang für die Rechnungen %1 erfassen (%2)</translation>
    </message>
    <message>
        <source>payment %1 of invoice %2 (%3, %4)</source>
        <translation>Zahlung %1 zu Rechnung %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1, score %2: %3</source>
        <translation>%1, Punktzahl %2: %3</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>kein Kandidat</translation>
    </message>
    <message>
        <source>Recorded the payment %1 of %2 for invoice %3 from line %4</source>
        <translation>Die Zahlung %1 über %2 für Rechnung %3 wurde aus Zeile %4 erfasst</translation>
    </message>
    <message>
        <source>Recorded the receipt %1 of %2 for invoices %3 from line %4</source>
        <translation>Zahlungseingang %1 über %2 für die Rechnungen %3 aus Zeile %4 erfasst</translation>
    </message>
    <message>
        <source>usage: bank match --line ID (--payment MARKER | --invoice NUMBER[,NUMBER...] [--method M])</source>
        <translation>Aufruf: bank match --line ID (--payment MARKER | --invoice NUMMER[,NUMMER...] [--method M])</translation>
    </message>
    <message>
        <source>Line %1 is the payment %2</source>
        <translation>Zeile %1 ist die Zahlung %2</translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not a payment method</source>
        <translation>--method: „%1“ ist keine Zahlungsart</translation>
    </message>
    <message>
        <source>usage: bank match [--auto] [--account NAME] [--format table|json]</source>
        <translation>Aufruf: bank match [--auto] [--account NAME] [--format table|json]</translation>
    </message>
    <message>
        <source>Matched 1 line automatically</source>
        <translation>1 Zeile automatisch zugeordnet</translation>
    </message>
    <message>
        <source>1 line waits for a person (bank match lists its candidates)</source>
        <translation>1 Zeile wartet auf eine Person (bank match listet ihre Kandidaten)</translation>
    </message>
    <message>
        <source>usage: bank unmatch LINE [--reason TEXT]</source>
        <translation>Aufruf: bank unmatch ZEILE [--reason TEXT]</translation>
    </message>
    <message>
        <source>undone from the command line</source>
        <translation>über die Befehlszeile aufgehoben</translation>
    </message>
    <message>
        <source>Line %1 is no longer matched</source>
        <translation>Zeile %1 ist nicht mehr zugeordnet</translation>
    </message>
    <message>
        <source>Account:           %1 (%2)</source>
        <translation>Konto:             %1 (%2)</translation>
    </message>
    <message>
        <source>As of:             %1</source>
        <translation>Stand:             %1</translation>
    </message>
    <message>
        <source>Statement balance: %1</source>
        <translation>Saldo laut Auszug: %1</translation>
    </message>
    <message>
        <source>Book balance:      %1</source>
        <translation>Saldo laut Büchern: %1</translation>
    </message>
    <message>
        <source>Difference:        %1</source>
        <translation>Differenz:         %1</translation>
    </message>
    <message>
        <source>usage: bank report --account NAME --to DATE [--format table|json]</source>
        <translation>Aufruf: bank report --account NAME --to DATUM [--format table|json]</translation>
    </message>
    <message>
        <source>company set needs KEY=VALUE, e.g. name=Acme</source>
        <translation>company set braucht SCHLÜSSEL=WERT, z. B. name=Acme</translation>
    </message>
    <message>
        <source>%1: the keys are %2</source>
        <translation>%1: die Schlüssel sind %2</translation>
    </message>
    <message>
        <source>The company profile was not changed: %1</source>
        <translation>Das Firmenprofil wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Saved the company profile</source>
        <translation>Firmenprofil gespeichert</translation>
    </message>
    <message>
        <source>company takes show or set</source>
        <translation>company erwartet show oder set</translation>
    </message>
    <message>
        <source>Wrote the e-invoice of %1 to %2</source>
        <translation>E-Rechnung von %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>--limit must be a whole number above 0</source>
        <translation>--limit muss eine ganze Zahl über 0 sein</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-15</source>
        <translation>--%1 muss ein Datum wie 2026-11-15 sein</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>--output must name a .csv or .pdf file</source>
        <translation>--output muss eine .csv- oder .pdf-Datei nennen</translation>
    </message>
    <message>
        <source>no customer named &quot;%1&quot;</source>
        <translation>kein Kunde namens „%1“</translation>
    </message>
    <message>
        <source>%1 has no invoices or payments up to %2</source>
        <translation>%1 hat bis %2 keine Rechnungen oder Zahlungen</translation>
    </message>
    <message>
        <source>credit-note needs --invoice or --customer</source>
        <translation>credit-note braucht --invoice oder --customer</translation>
    </message>
    <message>
        <source>credit-note needs --amount or --lines</source>
        <translation>credit-note braucht --amount oder --lines</translation>
    </message>
    <message>
        <source>credit-note needs --reason</source>
        <translation>credit-note braucht --reason</translation>
    </message>
    <message>
        <source>Credit note %1 for %2: net %3, tax %4, total %5 %6</source>
        <translation>Gutschrift %1 für %2: netto %3, Steuer %4, gesamt %5 %6</translation>
    </message>
    <message>
        <source>Taken off the invoice: %1; credit for %2: %3</source>
        <translation>Von der Rechnung abgezogen: %1; Guthaben für %2: %3</translation>
    </message>
    <message>
        <source>--refund must be credited or owed</source>
        <translation>--refund muss credited oder owed sein</translation>
    </message>
    <message>
        <source>Invoice %1: %2, outstanding %3 %4</source>
        <translation>Rechnung %1: %2, offen %3 %4</translation>
    </message>
    <message>
        <source>Invoice %1 reopened</source>
        <translation>Rechnung %1 wieder geöffnet</translation>
    </message>
    <message>
        <source>pdf needs an invoice or credit note number and --output FILE.pdf</source>
        <translation>pdf braucht eine Rechnungs- oder Gutschriftnummer und --output DATEI.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1</source>
        <translation>
            <numerusform>%n Dokument nach %1 geschrieben</numerusform>
            <numerusform>%n Dokumente nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>einvoice needs an invoice or credit note number, --format ubl|cii|zugferd and --output FILE</source>
        <translation>einvoice braucht eine Rechnungs- oder Gutschriftnummer, --format ubl|cii|zugferd und --output DATEI</translation>
    </message>
    <message>
        <source>--template belongs to --format zugferd, whose PDF it prints</source>
        <translation>--template gehört zu --format zugferd, dessen PDF es druckt</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>usage: import invoices|payments|creditnotes FILE [options], or import books DIR</source>
        <translation>Aufruf: import invoices|payments|creditnotes DATEI [Optionen], oder import books ORDNER</translation>
    </message>
    <message>
        <source>the books are exported as CSV files</source>
        <translation>die Bücher werden als CSV-Dateien exportiert</translation>
    </message>
    <message>
        <source>usage: export invoices|payments|creditnotes FILE|-, or export books DIR</source>
        <translation>Aufruf: export invoices|payments|creditnotes DATEI|-, oder export books ORDNER</translation>
    </message>
    <message>
        <source>usage: void-receipt KEY --reason R</source>
        <translation>Aufruf: void-receipt SCHLÜSSEL --reason GRUND</translation>
    </message>
    <message>
        <source>there is no receipt &quot;%1&quot;</source>
        <translation>es gibt keinen Zahlungseingang „%1“</translation>
    </message>
    <message>
        <source>Voided receipt %1 (%2 %3 from %4) and every payment made from it.</source>
        <translation>Zahlungseingang %1 (%2 %3 von %4) und jede Zahlung daraus storniert.</translation>
    </message>
    <message>
        <source>--date-format %1: write the day as d or dd, the month as M or MM and the year as yy or yyyy, e.g. dd.MM.yyyy or M/d/yyyy</source>
        <translation>--date-format %1: schreiben Sie den Tag als d oder dd, den Monat als M oder MM und das Jahr als yy oder yyyy, z. B. dd.MM.yyyy oder M/d/yyyy</translation>
    </message>
    <message>
        <source>Say which with --date-format, e.g. --date-format d/M/yyyy (day first) or --date-format M/d/yyyy (month first).</source>
        <translation>Geben Sie es mit --date-format an, z. B. --date-format d/M/yyyy (Tag zuerst) oder --date-format M/d/yyyy (Monat zuerst).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the dry run: %1</source>
        <translation>Für den Probelauf lässt sich kein temporärer Ordner anlegen: %1</translation>
    </message>
    <message>
        <source>There is no company file at %1: the dry run checks against empty books and creates no file.</source>
        <translation>Unter %1 gibt es keine Firmendatei: Der Probelauf prüft gegen leere Bücher und legt keine Datei an.</translation>
    </message>
    <message>
        <source>tax rate &quot;%1&quot;: %2</source>
        <translation>Steuersatz „%1“: %2</translation>
    </message>
    <message>
        <source>--tax-rate goes with --customer and --amount: a note on an invoice is split over the invoice&apos;s rates, and --lines gives each line&apos;s rate</source>
        <translation>--tax-rate gehört zu --customer und --amount: eine Gutschrift zu einer Rechnung wird auf deren Steuersätze aufgeteilt, und --lines nennt den Satz jeder Zeile</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: %2</source>
        <translation>--rate &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a new tax code needs --rate, e.g. --rate 19</source>
        <translation>ein neuer Steuerschlüssel braucht --rate, z. B. --rate 19</translation>
    </message>
    <message>
        <source>Tax code %1 was not saved: %2</source>
        <translation>Steuerschlüssel %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved tax code %1: %2 %, category %3</source>
        <translation>Steuerschlüssel %1 gespeichert: %2 %, Kategorie %3</translation>
    </message>
    <message>
        <source>Added tax code %1: %2 %, category %3</source>
        <translation>Steuerschlüssel %1 angelegt: %2 %, Kategorie %3</translation>
    </message>
    <message>
        <source>taxcode takes list or set</source>
        <translation>taxcode nimmt list oder set</translation>
    </message>
    <message numerus="yes">
        <source>The import would add these customers (%n): %1.</source>
        <translation>
            <numerusform>Der Import würde diesen Kunden anlegen (%n): %1.</numerusform>
            <numerusform>Der Import würde diese Kunden anlegen (%n): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The books&apos; files name their columns as export books writes them: rename or remove the column.</source>
        <translation>Die Dateien der Bücher benennen ihre Spalten so, wie export books sie schreibt: benennen Sie die Spalte um oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 beyond what can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>%1 mehr, als sich summieren lässt (über 9.223.372.036.854.775.807 kleinste Einheiten)</translation>
    </message>
    <message>
        <source>--currency is needed: the account&apos;s currency code (EUR)</source>
        <translation>--currency wird benötigt: der Währungscode des Kontos (EUR)</translation>
    </message>
    <message>
        <source>upgrade takes no more words</source>
        <translation>upgrade erwartet keine weiteren Wörter</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation>%1 ist auf dem neuesten Stand (Schema %2).</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk: it is brought up to date (schema %2), and the file as it was is kept as %3.</source>
        <translation>%1 wurde von einem älteren InvoiceDesk geschrieben: Die Datei wird auf den neuesten Stand gebracht (Schema %2); eine Kopie, wie sie war, liegt unter %3.</translation>
    </message>
    <message>
        <source>Left as credit: %1 %2 (%3&apos;s credit: %4 %2)</source>
        <translation>Als Guthaben verblieben: %1 %2 (Guthaben von %3: %4 %2)</translation>
    </message>
    <message>
        <source>Left as credit: %1 %2</source>
        <translation>Als Guthaben verblieben: %1 %2</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1; nichts wurde erfasst</translation>
    </message>
    <message>
        <source>usage: void-payment MARKER --reason R</source>
        <translation>Aufruf: void-payment MARKIERUNG --reason GRUND</translation>
    </message>
    <message>
        <source>there is no payment with the marker %1 (`list payments` shows each one&apos;s)</source>
        <translation>es gibt keine Zahlung mit der Markierung %1 (`list payments` zeigt die Markierung jeder Zahlung)</translation>
    </message>
    <message>
        <source>Voided refund %1 (%2 %3 on %4).</source>
        <translation>Erstattung %1 storniert (%2 %3 auf %4).</translation>
    </message>
    <message>
        <source>Voided payment %1 (%2 %3 on %4).</source>
        <translation>Zahlung %1 storniert (%2 %3 auf %4).</translation>
    </message>
</context>
<context>
    <name>CompanyFileUpdate</name>
    <message>
        <source>Bringing %1 up to date for this version of InvoiceDesk.
A copy of the file as it was is kept beside it.</source>
        <translation>%1 wird für diese Version von InvoiceDesk aktualisiert.
Eine Kopie der Datei im bisherigen Stand bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Updating Company File</source>
        <translation>Firmendatei wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>the country is a two-letter ISO 3166 code, e.g. DE</source>
        <translation>das Land ist ein zweibuchstabiger ISO-3166-Code, z. B. DE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN</source>
        <translation>„%1“ ist keine gültige IBAN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC (8 or 11 letters and digits)</source>
        <translation>„%1“ ist keine BIC (8 oder 11 Buchstaben und Ziffern)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation>unbekannte Verbindungsart „%1“</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 antwortete nicht: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation>%1 hat die Zugangsdaten abgelehnt: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectionUrl</name>
    <message>
        <source>the address must be a full URL such as https://crm.example.com</source>
        <translation>die Adresse muss eine vollständige URL sein, etwa https://crm.example.com</translation>
    </message>
    <message>
        <source>the address must not carry credentials (a user name, password or token); give them as secrets instead</source>
        <translation>die Adresse darf keine Zugangsdaten enthalten (Benutzername, Passwort oder Token); geben Sie diese stattdessen als Geheimnisse an</translation>
    </message>
    <message>
        <source>the address must use https (plain http only on this machine&apos;s loopback address)</source>
        <translation>die Adresse muss https verwenden (einfaches http nur für die Loopback-Adresse dieses Rechners)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Geheimnis</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts receivable number</source>
        <translation>Nummer des Debitorenkontos</translation>
    </message>
    <message>
        <source>Payment type (default Payment)</source>
        <translation>Zahlungsart (Standard: Payment)</translation>
    </message>
    <message>
        <source>Business URL key</source>
        <translation>URL-Schlüssel des Unternehmens</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer-Token (Authorization-Header)</translation>
    </message>
    <message>
        <source>API key (api-key header)</source>
        <translation>API-Schlüssel (api-key-Header)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>connection &quot;%1&quot;: its %2 could not be read from the system keychain (%3). Where no keychain runs, name an environment variable instead (connection add ... --%4-env VAR)</source>
        <translation>Verbindung „%1“: ihr %2 konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%3). Wo kein Schlüsselbund läuft, nennen Sie stattdessen eine Umgebungsvariable (connection add ... --%4-env VAR)</translation>
    </message>
    <message>
        <source>No system keychain answered (%1); the secret was not stored. Name an environment variable instead (--…-env VAR)</source>
        <translation>Kein Schlüsselbund des Systems antwortete (%1); das Geheimnis wurde nicht gespeichert. Nennen Sie stattdessen eine Umgebungsvariable (--…-env VAR)</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; cannot sign in: the environment variable %2 (its %3) is not set. Set the variable %2, or store the %3 in Sync &gt; Connections</source>
        <translation>Verbindung „%1“ kann sich nicht anmelden: die Umgebungsvariable %2 (ihr %3) ist nicht gesetzt. Setzen Sie die Variable %2 oder speichern Sie %3 unter Synchronisieren &gt; Verbindungen</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>a line&apos;s total overflows</source>
        <translation>die Summe einer Position läuft über</translation>
    </message>
    <message>
        <source>a credit note&apos;s amount must be positive</source>
        <translation>der Betrag einer Gutschrift muss positiv sein</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no header row</source>
        <translation>%1 hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1 has no line.rate column</source>
        <translation>%1 hat keine Spalte line.rate</translation>
    </message>
    <message>
        <source>%1 has no lines</source>
        <translation>%1 hat keine Positionen</translation>
    </message>
    <message>
        <source>the credit note&apos;s total is too large</source>
        <translation>der Gesamtbetrag der Gutschrift ist zu groß</translation>
    </message>
    <message>
        <source>a credit note needs a reason</source>
        <translation>eine Gutschrift braucht einen Grund</translation>
    </message>
    <message>
        <source>a credit note needs a date</source>
        <translation>eine Gutschrift braucht ein Datum</translation>
    </message>
    <message>
        <source>a credit note needs an amount or lines</source>
        <translation>eine Gutschrift braucht einen Betrag oder Positionen</translation>
    </message>
    <message>
        <source>a credit note&apos;s lines are positive amounts</source>
        <translation>die Positionen einer Gutschrift sind positive Beträge</translation>
    </message>
</context>
<context>
    <name>CreditNoteListModel</name>
    <message>
        <source>−%1 off %2</source>
        <translation>−%1 auf %2</translation>
    </message>
    <message>
        <source>+%1 credit</source>
        <translation>+%1 Guthaben</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>CrmCom</name>
    <message>
        <source>CRM.COM&apos;s login answered HTTP %1 without JSON</source>
        <translation>Die Anmeldung bei CRM.COM antwortete mit HTTP %1 ohne JSON</translation>
    </message>
    <message>
        <source>CRM.COM&apos;s login returned no token</source>
        <translation>Die Anmeldung bei CRM.COM lieferte kein Token</translation>
    </message>
    <message>
        <source>this CRM.COM connection has no payment method name for &quot;%1&quot;; set methodNames on the connection</source>
        <translation>diese CRM.COM-Verbindung hat keinen Namen für die Zahlungsart „%1“; setzen Sie methodNames an der Verbindung</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>die Antwort war kein JSON</translation>
    </message>
    <message>
        <source>CRM.COM returned no id</source>
        <translation>CRM.COM lieferte keine ID</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>die Rückabfrage schlug fehl (HTTP %1)</translation>
    </message>
    <message>
        <source>the payment was cancelled in CRM.COM</source>
        <translation>die Zahlung wurde in CRM.COM storniert</translation>
    </message>
    <message>
        <source>the answer carried no status, so it confirms nothing</source>
        <translation>die Antwort enthielt keinen Status und bestätigt daher nichts</translation>
    </message>
    <message>
        <source>HTTP %1 without a status</source>
        <translation>HTTP %1 ohne Status</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>unbekannter Vorgang</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write to standard output</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in %5; choose UTF-8 or UTF-16</source>
        <translation>Zeile %1, Spalte %2: das Zeichen „%3“ (U+%4) lässt sich nicht in %5 schreiben; wählen Sie UTF-8 oder UTF-16</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>column %1 appears more than once</source>
        <translation>Spalte %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>die erforderliche Spalte %1 fehlt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>is not a date in the form yyyy-MM-dd</source>
        <translation>ist kein Datum der Form yyyy-MM-dd</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>is not a real date in the form %1</source>
        <translation>ist kein gültiges Datum der Form %1</translation>
    </message>
    <message>
        <source>invoice %1 already exists (choose update or skip for existing invoices)</source>
        <translation>Rechnung %1 existiert bereits (wählen Sie Aktualisieren oder Überspringen für vorhandene Rechnungen)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a payment needs an invoice number</source>
        <translation>eine Zahlung braucht eine Rechnungsnummer</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>es gibt keine Rechnung mit der Nummer „%1“</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the rows of invoice %1 must be together; it already appeared at line %2</source>
        <translation>die Zeilen von Rechnung %1 müssen zusammenstehen; sie kam schon in Zeile %2 vor</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>eine Rechnung braucht eine Nummer</translation>
    </message>
    <message>
        <source>must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation>muss Draft, Pending, Paid, Cancelled oder Refunded sein</translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation>eine Rechnung braucht ein Datum</translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation>eine Rechnung braucht eine Währung</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>differs from the invoice&apos;s first row (line %1)</source>
        <translation>weicht von der ersten Zeile der Rechnung ab (Zeile %1)</translation>
    </message>
    <message>
        <source>a row of a multi-line invoice has no line item</source>
        <translation>eine Zeile einer mehrzeiligen Rechnung hat keine Position</translation>
    </message>
    <message>
        <source>a line needs a rate</source>
        <translation>eine Position braucht einen Preis</translation>
    </message>
    <message>
        <source>must be Day, Month, Year or blank</source>
        <translation>muss Day, Month, Year oder leer sein</translation>
    </message>
    <message>
        <source>a payment needs a date</source>
        <translation>eine Zahlung braucht ein Datum</translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation>eine Zahlung braucht einen Betrag</translation>
    </message>
    <message>
        <source>a payment needs a method</source>
        <translation>eine Zahlung braucht eine Zahlungsart</translation>
    </message>
    <message>
        <source>is not a payment method</source>
        <translation>ist keine Zahlungsart</translation>
    </message>
    <message>
        <source>must be visa, mastercard, amex, diners or unknown</source>
        <translation>muss visa, mastercard, amex, diners oder unknown sein</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>unbekannte Spalte; die Spalten sind: %1</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1 reads as %2 with a decimal comma, but as %1 with a decimal point); import the XLSX export instead, or write the number without thousands separators</source>
        <translation>dies sieht nach einer Änderung durch eine Tabellenkalkulation aus (%1 ergibt mit Dezimalkomma %2, mit Dezimalpunkt aber %1); importieren Sie stattdessen den XLSX-Export oder schreiben Sie die Zahl ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>the row has a different number of fields from the header (%1 here, %2 in the header)</source>
        <translation>die Zeile hat eine andere Anzahl Felder als die Kopfzeile (%1 hier, %2 in der Kopfzeile)</translation>
    </message>
    <message>
        <source>holds a NUL character (a zero byte), which text cannot contain</source>
        <translation>enthält ein NUL-Zeichen (ein Null-Byte), das in Text nicht vorkommen darf</translation>
    </message>
    <message>
        <source>%1 holds no rows: it is empty</source>
        <translation>%1 enthält keine Zeilen: die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot;</source>
        <translation>Zeile %1, Spalte %2: „%3“</translation>
    </message>
    <message>
        <source>%1: the numbers could be read with a decimal point or with a decimal comma (%2)</source>
        <translation>%1: die Zahlen lassen sich mit Dezimalpunkt oder mit Dezimalkomma lesen (%2)</translation>
    </message>
    <message>
        <source>%1: the dates could be read as day/month or as month/day (%2)</source>
        <translation>%1: die Daten lassen sich als Tag/Monat oder als Monat/Tag lesen (%2)</translation>
    </message>
    <message>
        <source>%1 holds no rows, only its header</source>
        <translation>%1 enthält keine Zeilen, nur die Kopfzeile</translation>
    </message>
    <message>
        <source>this is an Excel workbook; import it as XLSX</source>
        <translation>dies ist eine Excel-Arbeitsmappe; importieren Sie sie als XLSX</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV first</source>
        <translation>dies ist eine OpenDocument-Tabelle (.ods); speichern Sie sie zuerst als XLSX oder CSV</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not a CSV file</source>
        <translation>dies ist ein ZIP-Archiv, keine CSV-Datei</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls); save it as XLSX or CSV first</source>
        <translation>dies ist eine Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie zuerst als XLSX oder CSV</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>dies ist eine Binärdatei, kein CSV-Text</translation>
    </message>
    <message>
        <source>%1: this is not an Excel workbook (.xlsx); if it is CSV text, import it as CSV</source>
        <translation>%1: dies ist keine Excel-Arbeitsmappe (.xlsx); ist es CSV-Text, importieren Sie es als CSV</translation>
    </message>
    <message>
        <source>Reading the stored numbers</source>
        <translation>Lesen der gespeicherten Nummern</translation>
    </message>
    <message>
        <source>import the XLSX export instead, or format the column as text in the spreadsheet before saving</source>
        <translation>importieren Sie stattdessen den XLSX-Export oder formatieren Sie die Spalte in der Tabellenkalkulation vor dem Speichern als Text</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1); %2</source>
        <translation>dies sieht nach einer Änderung durch eine Tabellenkalkulation aus (%1); %2</translation>
    </message>
    <message>
        <source>an identifier became the number %1</source>
        <translation>eine Kennung wurde zur Zahl %1</translation>
    </message>
    <message>
        <source>a number of more than 15 digits lost its last digits: %1</source>
        <translation>eine Zahl mit mehr als 15 Stellen hat ihre letzten Stellen verloren: %1</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>aus %1 wurde %2</translation>
    </message>
    <message>
        <source>does not match quantity × rate − discount = %1</source>
        <translation>stimmt nicht mit Menge × Preis − Rabatt = %1 überein</translation>
    </message>
    <message>
        <source>the file&apos;s total %1 differs from %2, the total of the lines, discount, shipping and tax</source>
        <translation>die Summe der Datei, %1, weicht von %2 ab, der Summe aus Zeilen, Rabatt, Versand und Steuer</translation>
    </message>
    <message>
        <source>a line takes line.discountPercent or line.discountAmount, not both</source>
        <translation>eine Zeile hat line.discountPercent oder line.discountAmount, nicht beides</translation>
    </message>
    <message>
        <source>a credit note needs a number</source>
        <translation>eine Gutschrift braucht eine Nummer</translation>
    </message>
    <message>
        <source>a credit note needs a date</source>
        <translation>eine Gutschrift braucht ein Datum</translation>
    </message>
    <message>
        <source>does not match quantity × rate = %1</source>
        <translation>stimmt nicht mit Menge × Preis = %1 überein</translation>
    </message>
    <message>
        <source>a credit note has no such field; leave it empty</source>
        <translation>eine Gutschrift hat dieses Feld nicht; lassen Sie es leer</translation>
    </message>
    <message>
        <source>differs from the credit note&apos;s first row (line %1)</source>
        <translation>weicht von der ersten Zeile der Gutschrift ab (Zeile %1)</translation>
    </message>
    <message>
        <source>a credit note for a customer needs a currency</source>
        <translation>eine Gutschrift für einen Kunden braucht eine Währung</translation>
    </message>
    <message>
        <source>the file&apos;s total %1 differs from %2, the total of the lines and their tax</source>
        <translation>die Summe der Datei %1 weicht von %2 ab, der Summe der Zeilen und ihrer Steuer</translation>
    </message>
    <message>
        <source>invoice %1 belongs to customer &quot;%2&quot;</source>
        <translation>Rechnung %1 gehört zum Kunden „%2“</translation>
    </message>
    <message>
        <source>a credit note without an invoice needs a customer</source>
        <translation>eine Gutschrift ohne Rechnung braucht einen Kunden</translation>
    </message>
    <message>
        <source>the rows of credit note %1 must be together; it already appeared at line %2</source>
        <translation>die Zeilen der Gutschrift %1 müssen zusammenstehen; sie kam bereits in Zeile %2 vor</translation>
    </message>
    <message>
        <source>the rows of receipt %1 must be together; it already appeared at line %2</source>
        <translation>die Zeilen des Zahlungseingangs %1 müssen zusammenstehen; er kam bereits in Zeile %2 vor</translation>
    </message>
    <message>
        <source>differs from line %1 (&quot;%2&quot;): the rows of receipt %3 share its date, method and method fields</source>
        <translation>weicht von Zeile %1 ab („%2“): die Zeilen des Zahlungseingangs %3 teilen Datum, Zahlungsart und deren Felder</translation>
    </message>
    <message>
        <source>invoice %1 is in %2</source>
        <translation>Rechnung %1 ist in %2</translation>
    </message>
    <message>
        <source>credit is applied to an invoice: there is no invoice numbered &quot;%1&quot;</source>
        <translation>Guthaben wird auf eine Rechnung angewandt: es gibt keine Rechnung mit der Nummer „%1“</translation>
    </message>
    <message>
        <source>a payment from credit has the method %1</source>
        <translation>eine Zahlung aus Guthaben hat die Zahlungsart %1</translation>
    </message>
    <message>
        <source>a receipt without an invoice needs a currency</source>
        <translation>ein Zahlungseingang ohne Rechnung braucht eine Währung</translation>
    </message>
    <message>
        <source>a receipt without an invoice needs a customer</source>
        <translation>ein Zahlungseingang ohne Rechnung braucht einen Kunden</translation>
    </message>
    <message>
        <source>belongs to a payment of an invoice, not to a receipt&apos;s unallocated credit</source>
        <translation>gehört zu einer Zahlung einer Rechnung, nicht zum nicht zugeordneten Guthaben eines Zahlungseingangs</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>Zahlungseingang %1: %2</translation>
    </message>
    <message>
        <source>a credit note without an invoice applies nothing: leave it empty</source>
        <translation>eine Gutschrift ohne Rechnung verrechnet nichts: lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1 reads as %2 with a decimal point, but as %1 with a decimal comma); import the XLSX export instead, or write the number without thousands separators</source>
        <translation>dies sieht nach einer Änderung durch eine Tabellenkalkulation aus (%1 ergibt mit Dezimalpunkt %2, mit Dezimalkomma aber %1); importieren Sie stattdessen den XLSX-Export oder schreiben Sie die Zahl ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>a tax code needs a rate</source>
        <translation>ein Steuerschlüssel braucht einen Satz</translation>
    </message>
    <message>
        <source>line %1 has this name too</source>
        <translation>Zeile %1 hat diesen Namen auch</translation>
    </message>
    <message>
        <source>there is already a tax code of that name with other fields (choose update or skip for existing records)</source>
        <translation>es gibt bereits einen Steuerschlüssel dieses Namens mit anderen Feldern (wählen Sie Aktualisieren oder Überspringen für vorhandene Einträge)</translation>
    </message>
    <message>
        <source>there is already a customer of that name with other fields (choose update or skip for existing records)</source>
        <translation>es gibt bereits einen Kunden dieses Namens mit anderen Feldern (wählen Sie Aktualisieren oder Überspringen für vorhandene Einträge)</translation>
    </message>
    <message>
        <source>%1 holds none of the files of the books (company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv, creditnotes.csv)</source>
        <translation>%1 enthält keine der Dateien der Bücher (company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv, creditnotes.csv)</translation>
    </message>
    <message>
        <source>the company has one profile, on the first row: this row is another</source>
        <translation>die Firma hat ein Profil, in der ersten Zeile: diese Zeile ist ein weiteres</translation>
    </message>
    <message>
        <source>the company profile here has &quot;%1&quot; (choose update or skip for existing records)</source>
        <translation>das Firmenprofil hier hat „%1“ (für vorhandene Datensätze aktualisieren oder überspringen wählen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>credit note %1 is already issued (choose skip or update for credit notes already issued)</source>
        <translation>Gutschrift %1 ist schon ausgestellt (wählen Sie Überspringen oder Aktualisieren für schon ausgestellte Gutschriften)</translation>
    </message>
    <message>
        <source>credit note %1 is issued for %2 %3 on %4; an import does not change an issued credit note</source>
        <translation>Gutschrift %1 ist über %2 %3 am %4 ausgestellt; ein Import ändert keine ausgestellte Gutschrift</translation>
    </message>
    <message>
        <source>credit of this date and amount is already applied to invoice %1 (choose skip or update for payments already recorded)</source>
        <translation>Guthaben dieses Datums und Betrags ist schon auf Rechnung %1 angerechnet (wählen Sie Überspringen oder Aktualisieren für schon erfasste Zahlungen)</translation>
    </message>
    <message>
        <source>the rows of receipt %1 add up to more than an amount can be (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>die Zeilen des Zahlungseingangs %1 ergeben zusammen mehr, als ein Betrag sein kann (über 9.223.372.036.854.775.807 kleinste Einheiten)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported: import it again</source>
        <translation>%1 wurde während des Imports geändert: importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <source>the refund on line %1 has the same invoice, date, amount, method and reference: give each its own reference if both were made, or allow duplicates</source>
        <translation>die Erstattung in Zeile %1 hat dieselbe Rechnung, dasselbe Datum, denselben Betrag, dieselbe Zahlungsart und Referenz: geben Sie jeder eine eigene Referenz, wenn beide geleistet wurden, oder lassen Sie Duplikate zu</translation>
    </message>
    <message>
        <source>the payment on line %1 has the same invoice, date, amount, method and reference: give each its own reference if both were made, or allow duplicates</source>
        <translation>die Zahlung in Zeile %1 hat dieselbe Rechnung, dasselbe Datum, denselben Betrag, dieselbe Zahlungsart und Referenz: geben Sie jeder eine eigene Referenz, wenn beide geleistet wurden, oder lassen Sie Duplikate zu</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field that starts here is never closed</source>
        <translation>Zeile %1: ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation>Zeile %1, Feld %2: Text nach dem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>a customer needs a name</source>
        <translation>ein Kunde braucht einen Namen</translation>
    </message>
    <message>
        <source>the name has spaces at its start or end</source>
        <translation>der Name hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>payment terms are a number of days from 0 to 3650</source>
        <translation>das Zahlungsziel ist eine Zahl von Tagen zwischen 0 und 3650</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a customer named &quot;%1&quot; exists</source>
        <translation>ein Kunde namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Saving invoice %1</source>
        <translation>Rechnung %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Updating invoice %1</source>
        <translation>Rechnung %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Anweisung wird vorbereitet</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Transaktion wird begonnen</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Änderungen werden gespeichert</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>Adding connection %1</source>
        <translation>Verbindung %1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>Updating connection %1</source>
        <translation>Verbindung %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;</source>
        <translation>Es gibt keine Verbindung namens „%1“</translation>
    </message>
    <message>
        <source>Checking connection %1</source>
        <translation>Verbindung %1 wird geprüft</translation>
    </message>
    <message>
        <source>Removing connection %1</source>
        <translation>Verbindung %1 wird entfernt</translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation>Verbindungen werden gelesen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not migrated; open it in the main thread first</source>
        <translation>%1 ist nicht migriert; öffnen Sie sie zuerst im Hauptthread</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is already open in another InvoiceDesk process (pid %2 on %3); close it there first</source>
        <translation>%1 ist bereits in einem anderen InvoiceDesk-Prozess geöffnet (PID %2 auf %3); schließen Sie sie dort zuerst</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an InvoiceDesk database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 ist keine InvoiceDesk-Datenbank (keine SQLite-Datei); die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite database; it was left untouched</source>
        <translation>%1 lässt sich nicht als SQLite-Datenbank lesen; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an InvoiceDesk database; it was left untouched</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine InvoiceDesk-Datenbank; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>%1 was written by a newer InvoiceDesk (schema %2; this program knows up to %3). Update InvoiceDesk to open it; the file was left untouched</source>
        <translation>%1 wurde von einem neueren InvoiceDesk geschrieben (Schema %2; dieses Programm kennt bis %3). Aktualisieren Sie InvoiceDesk, um sie zu öffnen; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup before migrating failed: %2</source>
        <translation>%1 wird nicht migriert: die Sicherung vor der Migration schlug fehl: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>The database handle is not available for a backup</source>
        <translation>Der Datenbankzugriff steht für eine Sicherung nicht zur Verfügung</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>Sicherung nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a backup of a company file</source>
        <translation>%1 ist leer; es ist keine Sicherung einer Firmendatei</translation>
    </message>
    <message>
        <source>Not restoring: the copy of the current data failed: %1</source>
        <translation>Keine Wiederherstellung: die Kopie der aktuellen Daten schlug fehl: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2; your data is unchanged, and also kept in %3</source>
        <translation>Wiederherstellung aus %1 fehlgeschlagen: %2; Ihre Daten sind unverändert und zusätzlich in %3 gesichert</translation>
    </message>
    <message>
        <source>Saving line %1 of invoice %2</source>
        <translation>Position %1 von Rechnung %2 wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the %1 address of invoice %2</source>
        <translation>%1-Adresse von Rechnung %2 wird gespeichert</translation>
    </message>
    <message>
        <source>Deleting an invoice</source>
        <translation>Rechnung wird gelöscht</translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s paid amount</source>
        <translation>Bezahlter Betrag der Rechnung wird aktualisiert</translation>
    </message>
    <message>
        <source>Changing the invoice&apos;s status</source>
        <translation>Status der Rechnung wird geändert</translation>
    </message>
    <message>
        <source>Assigning the invoice to a connection</source>
        <translation>Rechnung wird einer Verbindung zugeordnet</translation>
    </message>
    <message>
        <source>Reading an invoice</source>
        <translation>Rechnung wird gelesen</translation>
    </message>
    <message>
        <source>Looking up invoice %1</source>
        <translation>Rechnung %1 wird gesucht</translation>
    </message>
    <message>
        <source>Reading invoice lines</source>
        <translation>Rechnungspositionen werden gelesen</translation>
    </message>
    <message>
        <source>Reading addresses</source>
        <translation>Adressen werden gelesen</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Rechnungen werden aufgelistet</translation>
    </message>
    <message>
        <source>Queueing %1 for sync</source>
        <translation>%1 wird zur Synchronisation eingereiht</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Synchronisationswarteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Updating the sync queue</source>
        <translation>Synchronisationswarteschlange wird aktualisiert</translation>
    </message>
    <message>
        <source>Counting the sync queue</source>
        <translation>Synchronisationswarteschlange wird gezählt</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Prüfprotokoll wird geschrieben</translation>
    </message>
    <message>
        <source>Saving a payment on invoice %1</source>
        <translation>Zahlung zu Rechnung %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Voiding a payment</source>
        <translation>Zahlung wird storniert</translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation>Zahlung wird gelesen</translation>
    </message>
    <message>
        <source>Reading payments</source>
        <translation>Zahlungen werden gelesen</translation>
    </message>
    <message>
        <source>Looking for a duplicate payment</source>
        <translation>Suche nach einer doppelten Zahlung</translation>
    </message>
    <message>
        <source>Listing payments</source>
        <translation>Zahlungen werden aufgelistet</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; still has 1 operation to sync; sync or resolve it first</source>
        <translation>Verbindung „%1“ hat noch 1 Vorgang zu synchronisieren; synchronisieren oder klären Sie ihn zuerst</translation>
    </message>
    <message numerus="yes">
        <source>Connection &quot;%1&quot; still has %n operations to sync; sync or resolve them first</source>
        <translation>
            <numerusform>Verbindung „%1“ hat noch %n Vorgang zu synchronisieren; synchronisieren oder klären Sie ihn zuerst</numerusform>
            <numerusform>Verbindung „%1“ hat noch %n Vorgänge zu synchronisieren; synchronisieren oder klären Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; is assigned to 1 invoice; it cannot be removed</source>
        <translation>Verbindung „%1“ ist 1 Rechnung zugeordnet; sie kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Connection &quot;%1&quot; is assigned to %n invoices; it cannot be removed</source>
        <translation>
            <numerusform>Verbindung „%1“ ist %n Rechnung zugeordnet; sie kann nicht entfernt werden</numerusform>
            <numerusform>Verbindung „%1“ ist %n Rechnungen zugeordnet; sie kann nicht entfernt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no company file at %1 (nothing was created)</source>
        <translation>Unter %1 gibt es keine Firmendatei (es wurde nichts angelegt)</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a company file; it was left untouched. If it should hold your books, restore your last backup over it</source>
        <translation>%1 ist leer (0 Byte) und daher keine Firmendatei; sie blieb unverändert. Sollte sie Ihre Bücher enthalten, spielen Sie Ihre letzte Sicherung darüber zurück</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was read from it or written to it. Restore your last backup (File &gt; Restore in InvoiceDesk, or copy the backup over this file)</source>
        <translation>%1 ist beschädigt: %2. Es wurde nichts daraus gelesen oder hineingeschrieben. Spielen Sie Ihre letzte Sicherung zurück (Datei &gt; Wiederherstellen in InvoiceDesk, oder kopieren Sie die Sicherung über diese Datei)</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: %1</source>
        <translation>die Integritätsprüfung von SQLite fand: %1</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is missing</source>
        <translation>ihr %1 „%2“ fehlt</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>ein Ordner dieses Namens steht im Weg</translation>
    </message>
    <message>
        <source>it cannot be written or read</source>
        <translation>sie kann nicht geschrieben oder gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Counting invoices</source>
        <translation>Rechnungen werden gezählt</translation>
    </message>
    <message>
        <source>Counting payments</source>
        <translation>Zahlungen werden gezählt</translation>
    </message>
    <message>
        <source>Reading customers</source>
        <translation>Kunden lesen</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <source>Reading receipts</source>
        <translation>Zahlungseingänge lesen</translation>
    </message>
    <message>
        <source>Saving the receipt</source>
        <translation>Zahlungseingang speichern</translation>
    </message>
    <message>
        <source>Reading the tax codes</source>
        <translation>Lesen der Steuerschlüssel</translation>
    </message>
    <message>
        <source>Saving tax code %1</source>
        <translation>Speichern des Steuerschlüssels %1</translation>
    </message>
    <message>
        <source>Saving line %1</source>
        <translation>Speichern der Zeile %1</translation>
    </message>
    <message>
        <source>Reading the company profile</source>
        <translation>Firmenprofil lesen</translation>
    </message>
    <message>
        <source>Saving the company profile</source>
        <translation>Firmenprofil speichern</translation>
    </message>
    <message>
        <source>Searching invoices</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <source>Reading receivables</source>
        <translation>Offene Posten werden gelesen</translation>
    </message>
    <message>
        <source>Reading credit notes</source>
        <translation>Gutschriften werden gelesen</translation>
    </message>
    <message>
        <source>Saving the credit note</source>
        <translation>Die Gutschrift wird gespeichert</translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s credited amount</source>
        <translation>Der gutgeschriebene Betrag der Rechnung wird aktualisiert</translation>
    </message>
    <message>
        <source>Adding the invoice&apos;s customer</source>
        <translation>Hinzufügen des Kunden der Rechnung</translation>
    </message>
    <message>
        <source>the connection is not an SQLite database</source>
        <translation>die Verbindung ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Preparing the bulk load</source>
        <translation>Massenimport wird vorbereitet</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>Starting to read</source>
        <translation>Lesen wird begonnen</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk (schema %2), and a dry run does not bring it up to date: open it once in the app, or run the command without --dry-run</source>
        <translation>%1 wurde von einem älteren InvoiceDesk geschrieben (Schema %2), und ein Probelauf aktualisiert sie nicht: Öffnen Sie sie einmal in der Anwendung, oder führen Sie den Befehl ohne --dry-run aus</translation>
    </message>
    <message>
        <source>the %1 credit of %2</source>
        <translation>das %1-Guthaben von %2</translation>
    </message>
    <message>
        <source>%1: more than can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>%1: mehr, als sich summieren lässt (über 9.223.372.036.854.775.807 kleinste Einheiten)</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1; nichts wurde erfasst</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk (schema %2); open it once in the app, or run invoicedesk-cli upgrade on it, to bring it up to date</source>
        <translation>%1 wurde von einem älteren InvoiceDesk geschrieben (Schema %2); öffnen Sie sie einmal in der Anwendung oder führen Sie invoicedesk-cli upgrade darauf aus, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>this would take the %1 credit of %2 past what can be summed (over 9,223,372,036,854,775,807 minor units; it is %3 %1 before this)</source>
        <translation>damit ginge das %1-Guthaben von %2 über das hinaus, was sich summieren lässt (über 9.223.372.036.854.775.807 kleinste Einheiten; vorher sind es %3 %1)</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date; type it as %2 or as %3</source>
        <translation>„%1“ ist kein Datum; geben Sie es als %2 oder als %3 ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the day and the month have one or two digits, the year two or four</source>
        <translation>„%1“ ist kein Datum: Tag und Monat haben eine oder zwei Ziffern, das Jahr zwei oder vier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year has two or four digits</source>
        <translation>„%1“ ist kein Datum: das Jahr hat zwei oder vier Ziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>„%1“ ist kein Datum: es gibt keinen Monat %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: %2 has %3 days</source>
        <translation>„%1“ ist kein gültiges Datum: %2 hat %3 Tage</translation>
    </message>
    <message>
        <source>%1 is more than a year from today; is the year right?</source>
        <translation>%1 liegt mehr als ein Jahr von heute entfernt; stimmt das Jahr?</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>has more than %1 decimal places</source>
        <translation>hat mehr als %1 Nachkommastellen</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;One PDF</source>
        <translation>&amp;Ein PDF</translation>
    </message>
    <message>
        <source>One File &amp;Each</source>
        <translation>&amp;Je eine Datei</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>Firma…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export E-Invoice</source>
        <translation>E-Rechnung exportieren</translation>
    </message>
    <message>
        <source>Export E-Invoice…</source>
        <translation>E-Rechnung exportieren…</translation>
    </message>
    <message>
        <source>Select the invoices or credit notes to print first.</source>
        <translation>Wählen Sie zuerst die zu druckenden Rechnungen oder Gutschriften aus.</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n documents into one PDF, or one file each?</source>
        <translation>
            <numerusform>Das %n Dokument in ein PDF exportieren oder jedes in eine eigene Datei?</numerusform>
            <numerusform>Die %n Dokumente in ein PDF exportieren oder jedes in eine eigene Datei?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one invoice or credit note first: an e-invoice holds one document.</source>
        <translation>Wählen Sie zuerst eine Rechnung oder Gutschrift aus: eine E-Rechnung enthält ein Dokument.</translation>
    </message>
    <message>
        <source>Tax Codes…</source>
        <translation>Steuerschlüssel…</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no template named &quot;%1&quot;; the templates are %2 (your own go in %3)</source>
        <translation>Es gibt keine Vorlage namens „%1“; die Vorlagen sind %2 (eigene gehören nach %3)</translation>
    </message>
    <message>
        <source>Cannot start printing</source>
        <translation>Der Druck kann nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot write %1: there is no such folder</source>
        <translation>%1 kann nicht geschrieben werden: diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The statement template is missing</source>
        <translation>Die Vorlage für Kontoauszüge fehlt</translation>
    </message>
    <message>
        <source>Cannot write the PDF of the invoice</source>
        <translation>Das PDF der Rechnung kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>There is no invoice %1</source>
        <translation>Es gibt keine Rechnung %1</translation>
    </message>
    <message>
        <source>There is no invoice or credit note %1</source>
        <translation>Es gibt keine Rechnung und keine Gutschrift %1</translation>
    </message>
</context>
<context>
    <name>EInvoice</name>
    <message>
        <source>your company&apos;s name (File → Company…)</source>
        <translation>den Namen Ihrer Firma (Datei → Firma…)</translation>
    </message>
    <message>
        <source>your company&apos;s country (File → Company…)</source>
        <translation>das Land Ihrer Firma (Datei → Firma…)</translation>
    </message>
    <message>
        <source>your company&apos;s VAT ID (File → Company…)</source>
        <translation>die USt-IdNr. Ihrer Firma (Datei → Firma…)</translation>
    </message>
    <message>
        <source>the customer&apos;s name (billing address)</source>
        <translation>den Namen des Kunden (Rechnungsadresse)</translation>
    </message>
    <message>
        <source>the customer&apos;s country (billing address)</source>
        <translation>das Land des Kunden (Rechnungsadresse)</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID, which reverse charge and intra-community supplies need (the customer&apos;s tax ID)</source>
        <translation>die USt-IdNr. des Kunden, die Reverse-Charge und innergemeinschaftliche Lieferungen brauchen (Steuernummer des Kunden)</translation>
    </message>
    <message>
        <source>the delivery date of an intra-community supply (More tab)</source>
        <translation>das Lieferdatum einer innergemeinschaftlichen Lieferung (Reiter Mehr)</translation>
    </message>
    <message>
        <source>one invoice for the lines outside the scope of VAT and another for the rest</source>
        <translation>eine Rechnung für die nicht steuerbaren Positionen und eine weitere für den Rest</translation>
    </message>
    <message>
        <source>a tax rate or tax code on line %1</source>
        <translation>einen Steuersatz oder Steuerschlüssel in Position %1</translation>
    </message>
    <message>
        <source>a description on line %1</source>
        <translation>eine Beschreibung in Position %1</translation>
    </message>
    <message>
        <source>a unit price that is not negative on line %1</source>
        <translation>einen nicht negativen Einzelpreis in Position %1</translation>
    </message>
    <message>
        <source>the exemption reason of tax code &quot;%1&quot; (line %2)</source>
        <translation>den Befreiungsgrund des Steuerschlüssels „%1“ (Position %2)</translation>
    </message>
    <message>
        <source>the invoice&apos;s discount and shipping as lines (an e-invoice taxes them per line)</source>
        <translation>Rabatt und Versand der Rechnung als Positionen (eine E-Rechnung besteuert sie je Position)</translation>
    </message>
    <message>
        <source>at least one line</source>
        <translation>mindestens eine Position</translation>
    </message>
    <message>
        <source>the tax computed from the lines (the invoice has a typed tax total)</source>
        <translation>die aus den Positionen berechnete Steuer (die Rechnung hat eine eingegebene Steuersumme)</translation>
    </message>
    <message>
        <source>a due date or your company&apos;s payment terms</source>
        <translation>ein Fälligkeitsdatum oder die Zahlungsbedingungen Ihrer Firma</translation>
    </message>
    <message>
        <source>a payment means code of the UNTDID 4461 list, such as 58 (More tab)</source>
        <translation>einen Zahlungsartcode der Liste UNTDID 4461, etwa 58 (Reiter Mehr)</translation>
    </message>
    <message>
        <source>The e-invoice needs %1.</source>
        <translation>Die E-Rechnung braucht %1.</translation>
    </message>
    <message>
        <source>its tax at %1% is %2, rounded line by line; EN 16931 requires the tax of a rate on the sum of its lines (%3), and the official rules (BR-CO-17) refuse a difference of one %4 or more. Issue it with the tax of each rate rounded once (an import profile&apos;s &quot;taxRounding&quot;: &quot;per-rate&quot;), or send the PDF.</source>
        <translation>ihre Steuer zu %1 % beträgt %2, Zeile für Zeile gerundet; EN 16931 verlangt die Steuer eines Satzes auf die Summe seiner Zeilen (%3), und die offiziellen Regeln (BR-CO-17) lehnen eine Abweichung von einem %4 oder mehr ab. Stellen Sie sie mit der je Steuersatz einmal gerundeten Steuer aus (&quot;taxRounding&quot;: &quot;per-rate&quot; in einem Importprofil) oder senden Sie das PDF.</translation>
    </message>
    <message>
        <source>the invoice&apos;s shipping as a line (an e-invoice taxes it per line)</source>
        <translation>die Versandkosten der Rechnung als Zeile (eine E-Rechnung besteuert sie je Zeile)</translation>
    </message>
    <message>
        <source>the invoice&apos;s discount as discounts on its lines (an e-invoice taxes it per line)</source>
        <translation>den Rabatt der Rechnung als Rabatte auf ihren Zeilen (eine E-Rechnung besteuert ihn je Zeile)</translation>
    </message>
</context>
<context>
    <name>EInvoiceFile</name>
    <message>
        <source>Invoice %1 was not exported: %2</source>
        <translation>Rechnung %1 wurde nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Credit note %1 was not exported: %2</source>
        <translation>Gutschrift %1 wurde nicht exportiert: %2</translation>
    </message>
</context>
<context>
    <name>FacturX</name>
    <message>
        <source>Cannot make the ZUGFeRD/Factur-X PDF: %1</source>
        <translation>Das ZUGFeRD/Factur-X-PDF kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the invoice PDF has no XMP metadata</source>
        <translation>das PDF der Rechnung hat keine XMP-Metadaten</translation>
    </message>
    <message>
        <source>the invoice PDF is no PDF/A-1b</source>
        <translation>das PDF der Rechnung ist kein PDF/A-1b</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Subscription start</source>
        <translation>Abo-Beginn</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Forbidden methods</source>
        <translation>Gesperrte Zahlungsarten</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Synchronisieren mit</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Entfernte ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Positionsbeschreibung</translation>
    </message>
    <message>
        <source>Commissionable amount</source>
        <translation>Provisionsfähiger Betrag</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Billing first name</source>
        <translation>Vorname (Rechnung)</translation>
    </message>
    <message>
        <source>Billing last name</source>
        <translation>Nachname (Rechnung)</translation>
    </message>
    <message>
        <source>Billing company</source>
        <translation>Firma (Rechnung)</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>E-Mail (Rechnung)</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation>Telefon (Rechnung)</translation>
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation>Adresszeile 1 (Rechnung)</translation>
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation>Adresszeile 2 (Rechnung)</translation>
    </message>
    <message>
        <source>Billing neighbourhood</source>
        <translation>Ortsteil (Rechnung)</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ort (Rechnung)</translation>
    </message>
    <message>
        <source>Billing postcode</source>
        <translation>Postleitzahl (Rechnung)</translation>
    </message>
    <message>
        <source>Billing state code</source>
        <translation>Regionscode (Rechnung)</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Bundesland (Rechnung)</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Land (Rechnung)</translation>
    </message>
    <message>
        <source>Shipping first name</source>
        <translation>Vorname (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping last name</source>
        <translation>Nachname (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping company</source>
        <translation>Firma (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping e-mail</source>
        <translation>E-Mail (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping phone</source>
        <translation>Telefon (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping address line 1</source>
        <translation>Adresszeile 1 (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping address line 2</source>
        <translation>Adresszeile 2 (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping neighbourhood</source>
        <translation>Ortsteil (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>Ort (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping postcode</source>
        <translation>Postleitzahl (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping state code</source>
        <translation>Regionscode (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping state</source>
        <translation>Bundesland (Lieferung)</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>Land (Lieferung)</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>Schecknummer</translation>
    </message>
    <message>
        <source>Cheque drawer</source>
        <translation>Scheckaussteller</translation>
    </message>
    <message>
        <source>Bank branch</source>
        <translation>Bankfiliale</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Kartentyp</translation>
    </message>
    <message>
        <source>Card fee %</source>
        <translation>Kartengebühr %</translation>
    </message>
    <message>
        <source>Card fee amount</source>
        <translation>Kartengebühr (Betrag)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Gateway transaction id</source>
        <translation>Transaktions-ID des Anbieters</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Überweisungsdatum</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Überweisungsreferenz</translation>
    </message>
    <message>
        <source>TDS</source>
        <translation>TDS</translation>
    </message>
    <message>
        <source>Transaction charge</source>
        <translation>Transaktionsgebühr</translation>
    </message>
    <message>
        <source>Reconciled on</source>
        <translation>Abgeglichen am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Line tax</source>
        <translation>Steuer der Position</translation>
    </message>
    <message>
        <source>Taken off the invoice</source>
        <translation>Von der Rechnung abgezogen</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Positionsrabatt %</translation>
    </message>
    <message>
        <source>Line discount amount</source>
        <translation>Positionsrabatt (Betrag)</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Zahlungseingang</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <source>Payment means code</source>
        <translation>Zahlungsartcode</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>no answer within the time limit</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>der Server hat die Verbindung vor seiner Antwort geschlossen</translation>
    </message>
    <message>
        <source>the answer&apos;s headers were too long</source>
        <translation>die Kopfzeilen der Antwort waren zu lang</translation>
    </message>
    <message>
        <source>the answer was not HTTP</source>
        <translation>die Antwort war kein HTTP</translation>
    </message>
    <message>
        <source>the answer&apos;s length was not a number</source>
        <translation>die Länge der Antwort war keine Zahl</translation>
    </message>
    <message>
        <source>the answer announced %1 bytes, more than the %2 an answer may have</source>
        <translation>die Antwort kündigte %1 Byte an, mehr als die %2, die eine Antwort haben darf</translation>
    </message>
    <message>
        <source>the answer&apos;s chunks were malformed</source>
        <translation>die Blöcke der Antwort waren fehlerhaft</translation>
    </message>
    <message>
        <source>the answer was longer than the %1 bytes an answer may have</source>
        <translation>die Antwort war länger als die %1 Byte, die eine Antwort haben darf</translation>
    </message>
    <message>
        <source>the server sent only interim answers</source>
        <translation>der Server hat nur vorläufige Antworten gesendet</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: &quot;%2&quot; must be one character</source>
        <translation>%1: „%2“ muss ein einzelnes Zeichen sein</translation>
    </message>
    <message>
        <source>%1: &quot;numbers.decimalMark&quot; must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>%1: „numbers.decimalMark“ muss &quot;.&quot; oder &quot;,&quot; sein</translation>
    </message>
    <message>
        <source>%1: &quot;numbers.grouping&quot; cannot be the decimal mark</source>
        <translation>%1: „numbers.grouping“ darf nicht das Dezimalzeichen sein</translation>
    </message>
    <message>
        <source>%1: the tax code &quot;%2&quot; needs a &quot;code&quot; and a &quot;rate&quot; such as &quot;20&quot;</source>
        <translation>%1: der Steuerschlüssel „%2“ braucht &quot;code&quot; und &quot;rate&quot;, etwa &quot;20&quot;</translation>
    </message>
    <message>
        <source>%1: the category of tax code &quot;%2&quot; must be one of %3</source>
        <translation>%1: die Kategorie des Steuerschlüssels „%2“ muss eine von %3 sein</translation>
    </message>
    <message>
        <source>%1: a profile needs a &quot;name&quot;</source>
        <translation>%1: ein Profil braucht einen &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;positions&quot; counts columns from 1; &quot;%2&quot; is not a column number</source>
        <translation>%1: „positions“ zählt Spalten ab 1; „%2“ ist keine Spaltennummer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a profile: %2</source>
        <translation>%1 ist kein Profil: %2</translation>
    </message>
    <message>
        <source>there is no import profile named &quot;%1&quot;; the profiles are: %2</source>
        <translation>es gibt kein Importprofil namens „%1“; die Profile sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a profile shipped with InvoiceDesk and cannot be changed; save it under another name</source>
        <translation>„%1“ ist ein mit InvoiceDesk ausgeliefertes Profil und kann nicht geändert werden; speichern Sie es unter einem anderen Namen</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>the profile maps &quot;%1&quot; to &quot;%2&quot;, which is not a column; the columns are: %3</source>
        <translation>das Profil ordnet „%1“ der Spalte „%2“ zu, die es nicht gibt; die Spalten sind: %3</translation>
    </message>
    <message>
        <source>a constant is set for &quot;%1&quot;, which is not a column; the columns are: %2</source>
        <translation>für „%1“ ist ein fester Wert gesetzt, aber es ist keine Spalte; die Spalten sind: %2</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;records&quot; or &quot;bank-statement&quot;, not &quot;%2&quot;</source>
        <translation>%1: „kind“ muss „records“ oder „bank-statement“ sein, nicht „%2“</translation>
    </message>
    <message>
        <source>the import profile &quot;%1&quot; reads invoices and payments, not bank statements; the bank statement profiles are: %2</source>
        <translation>das Importprofil „%1“ liest Rechnungen und Zahlungen, keine Kontoauszüge; die Profile für Kontoauszüge sind: %2</translation>
    </message>
    <message>
        <source>the import profile &quot;%1&quot; reads bank statements, not invoices and payments; the profiles are: %2</source>
        <translation>das Importprofil „%1“ liest Kontoauszüge, keine Rechnungen und Zahlungen; die Profile sind: %2</translation>
    </message>
    <message>
        <source>%1: &quot;taxRounding&quot; must be &quot;per-line&quot; or &quot;per-rate&quot;</source>
        <translation>%1: „taxRounding“ muss „per-line“ oder „per-rate“ sein</translation>
    </message>
</context>
<context>
    <name>ImportStatementDialog</name>
    <message>
        <source>Booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Wertstellung</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>Betrag (mit Vorzeichen)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Soll (Ausgang)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Haben (Eingang)</translation>
    </message>
    <message>
        <source>Credit or debit (C/D)</source>
        <translation>Soll oder Haben (S/H)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Counterparty&apos;s account</source>
        <translation>Konto der Gegenpartei</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Payer&apos;s reference</source>
        <translation>Referenz des Zahlers</translation>
    </message>
    <message>
        <source>Bank&apos;s reference</source>
        <translation>Referenz der Bank</translation>
    </message>
    <message>
        <source>Balance after the line</source>
        <translation>Saldo nach der Zeile</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <source>Own account (IBAN)</source>
        <translation>Eigenes Konto (IBAN)</translation>
    </message>
    <message>
        <source>CAMT.052 account report</source>
        <translation>CAMT.052-Kontobericht</translation>
    </message>
    <message>
        <source>CAMT.053 statement</source>
        <translation>CAMT.053-Kontoauszug</translation>
    </message>
    <message>
        <source>CAMT.054 notification</source>
        <translation>CAMT.054-Avis</translation>
    </message>
    <message>
        <source>MT940 statement</source>
        <translation>MT940-Kontoauszug</translation>
    </message>
    <message>
        <source>OFX/QFX statement</source>
        <translation>OFX/QFX-Kontoauszug</translation>
    </message>
    <message>
        <source>Bank CSV export</source>
        <translation>CSV-Export der Bank</translation>
    </message>
    <message>
        <source>Booked or pending</source>
        <translation>Gebucht oder vorgemerkt</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO 3166 country code</source>
        <translation>„%1“ ist kein zweistelliger ISO-3166-Ländercode</translation>
    </message>
    <message>
        <source>the invoice total is too large</source>
        <translation>der Rechnungsbetrag ist zu groß</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>eine Rechnung braucht eine Nummer</translation>
    </message>
    <message>
        <source>the number has spaces at its start or end</source>
        <translation>die Nummer hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation>eine Rechnung braucht eine Währung</translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation>eine Rechnung braucht ein Datum</translation>
    </message>
    <message>
        <source>the due date is before the invoice date</source>
        <translation>das Fälligkeitsdatum liegt vor dem Rechnungsdatum</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>ein Rabatt kann nicht negativ sein</translation>
    </message>
    <message>
        <source>shipping cannot be negative</source>
        <translation>Versandkosten können nicht negativ sein</translation>
    </message>
    <message>
        <source>tax cannot be negative</source>
        <translation>Steuer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation>die Menge muss größer als null sein</translation>
    </message>
    <message>
        <source>the line total is too large</source>
        <translation>der Positionsbetrag ist zu groß</translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>ein Steuersatz muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>a line needs a description or a product code</source>
        <translation>eine Position braucht eine Beschreibung oder einen Produktcode</translation>
    </message>
    <message>
        <source>the grand total cannot be negative</source>
        <translation>der Gesamtbetrag kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a line takes a discount percentage or a discount amount, not both</source>
        <translation>eine Zeile hat einen Rabatt in Prozent oder als Betrag, nicht beides</translation>
    </message>
    <message>
        <source>a discount must be between 0 and 100 %</source>
        <translation>ein Rabatt muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>the discount is larger than quantity × rate</source>
        <translation>der Rabatt ist größer als Menge × Preis</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AgingTableModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AgingWindow</name>
    <message>
        <source>A/R Aging</source>
        <translation>Offene Posten nach Fälligkeit</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Nothing is owed on %1.</source>
        <translation>Am %1 ist nichts offen.</translation>
    </message>
    <message>
        <source>1 customer owes money.</source>
        <translation>1 Kunde schuldet Geld.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers owe money.</source>
        <translation>
            <numerusform>%n Kunde schuldet Geld.</numerusform>
            <numerusform>%n Kunden schulden Geld.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer is in credit.</source>
        <translation>1 Kunde hat ein Guthaben.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are in credit.</source>
        <translation>
            <numerusform>%n Kunde hat ein Guthaben.</numerusform>
            <numerusform>%n Kunden haben ein Guthaben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AllocationTableModel</name>
    <message>
        <source>%1 owes %2; %3 cannot be applied to it</source>
        <translation>%1 ist noch %2 offen; %3 können nicht darauf verbucht werden</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ausgleichen</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankAccountsDialog</name>
    <message>
        <source>Bank Accounts</source>
        <translation>Bankkonten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;IBAN or account number:</source>
        <translation>&amp;IBAN oder Kontonummer:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Opening &amp;balance:</source>
        <translation>Anfangs&amp;saldo:</translation>
    </message>
    <message>
        <source>Opening &amp;date:</source>
        <translation>Anfangs&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>Anfangssaldo: %1</translation>
    </message>
    <message>
        <source>Opening date: %1</source>
        <translation>Anfangsdatum: %1</translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot;.</source>
        <translation>Das Konto „%1“ wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankAccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IBAN or number</source>
        <translation>IBAN oder Nummer</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankLinesModel</name>
    <message>
        <source>%1 (invoice %2)</source>
        <translation>%1 (Rechnung %2)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>%1 (invoices %2)</source>
        <translation>%1 (Rechnungen %2)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address &amp;line 2:</source>
        <translation>Adress&amp;zeile 2:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>C&amp;ountry (ISO code):</source>
        <translation>&amp;Land (ISO-Code):</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;k:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Zahlungs&amp;bedingungen:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>Fu&amp;ßzeile:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>Company Logo</source>
        <translation>Firmenlogo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The company profile was not saved: %1</source>
        <translation>Das Firmenprofil wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Where the secrets are kept</source>
        <translation>Wo die Geheimnisse aufbewahrt werden</translation>
    </message>
    <message>
        <source>In the system &amp;keychain (type them above)</source>
        <translation>Im Schlüssel&amp;bund des Systems (oben eintippen)</translation>
    </message>
    <message>
        <source>In environment &amp;variables (type the variables&apos; names above)</source>
        <translation>In Umgebungs&amp;variablen (oben die Namen der Variablen eintippen)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>(kept in the keychain; type to replace)</source>
        <translation>(im Schlüsselbund gespeichert; zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>%1 Choose &quot;In environment variables&quot; to name variables that hold the secrets instead.</source>
        <translation>%1 Wählen Sie „In Umgebungsvariablen“, um Variablen zu nennen, die die Geheimnisse enthalten.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Verbunden: %1 hat die Zugangsdaten angenommen.</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Stop the Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Unsaved Connection</source>
        <translation>Nicht gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Save the connection you are entering first?</source>
        <translation>Die eingegebene Verbindung zuerst speichern?</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Die Änderungen an %1 zuerst speichern?</translation>
    </message>
    <message>
        <source>This connection cannot sync: %1</source>
        <translation>Diese Verbindung kann nicht synchronisieren: %1</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1? Invoices assigned to it keep their data; InvoiceDesk stops syncing with it.</source>
        <translation>Die Verbindung %1 entfernen? Zugeordnete Rechnungen behalten ihre Daten; InvoiceDesk synchronisiert nicht mehr mit ihr.</translation>
    </message>
    <message numerus="yes">
        <source>Testing %1… (it gives up after %n seconds)</source>
        <translation>
            <numerusform>%1 wird getestet… (Abbruch nach %n Sekunde)</numerusform>
            <numerusform>%1 wird getestet… (Abbruch nach %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Test stopped; nothing was changed.</source>
        <translation>Test abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Address: %1.</source>
        <translation>Adresse: %1.</translation>
    </message>
    <message>
        <source>%1 (invoices and payments)</source>
        <translation>%1 (Rechnungen und Zahlungen)</translation>
    </message>
    <message>
        <source>%1 (payments)</source>
        <translation>%1 (Zahlungen)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Storing the secrets in the system keychain…</source>
        <translation>Die Geheimnisse werden im Schlüsselbund des Systems gespeichert …</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNoteDialog</name>
    <message>
        <source>Credit Note for Invoice %1</source>
        <translation>Gutschrift zu Rechnung %1</translation>
    </message>
    <message>
        <source>Invoice %1 owes %2 %3. A credit note takes that much off it; the rest becomes %4&apos;s credit.</source>
        <translation>Rechnung %1 ist mit %2 %3 offen. Eine Gutschrift zieht höchstens so viel ab; der Rest wird Guthaben von %4.</translation>
    </message>
    <message>
        <source>&amp;Amount, tax included:</source>
        <translation>&amp;Betrag inklusive Steuer:</translation>
    </message>
    <message>
        <source>&amp;Lines (rate without tax):</source>
        <translation>&amp;Positionen (Preis ohne Steuer):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note</source>
        <translation>Gutschrift &amp;erstellen</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNotesMenu</name>
    <message>
        <source>Show credit &amp;notes</source>
        <translation>&amp;Gutschriften zeigen</translation>
    </message>
    <message>
        <source>Credi&amp;t Note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <source>Re&amp;open Invoice</source>
        <translation>Rechnung wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>Wiedereröffnen nicht möglich</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Invoice %1 holds %2 of payments, so it cannot be deleted. Before it is cancelled: is the money refunded, or kept as the customer&apos;s credit?</source>
        <translation>Auf Rechnung %1 sind %2 bezahlt, daher kann sie nicht gelöscht werden. Vor dem Stornieren: wird das Geld erstattet oder als Guthaben des Kunden behalten?</translation>
    </message>
    <message>
        <source>&amp;Refund It…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>&amp;Keep as Credit</source>
        <translation>Als &amp;Guthaben behalten</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Cancel</source>
        <translation>&amp;Nicht stornieren</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>%1 goes back to the customer. Is invoice %2 credited (a credit note: nothing is owed) or owed again (Pending, overdue once due)?</source>
        <translation>%1 geht an den Kunden zurück. Wird Rechnung %2 gutgeschrieben (eine Gutschrift: nichts ist offen) oder ist sie wieder offen (Offen, überfällig ab Fälligkeit)?</translation>
    </message>
    <message>
        <source>&amp;Credit the Invoice</source>
        <translation>Rechnung &amp;gutschreiben</translation>
    </message>
    <message>
        <source>&amp;Owed Again</source>
        <translation>Wieder &amp;offen</translation>
    </message>
    <message>
        <source>Invoice %1 has payments, so it cannot be deleted. Cancel it instead?</source>
        <translation>Rechnung %1 hat Zahlungen und kann daher nicht gelöscht werden. Stattdessen stornieren?</translation>
    </message>
    <message>
        <source>Cannot Cancel</source>
        <translation>Stornieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNotesPanel</name>
    <message>
        <source>Credit notes (negative: they reduce what is owed)</source>
        <translation>Gutschriften (negativ: sie mindern den offenen Betrag)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>&amp;Billing address</source>
        <translation>&amp;Rechnungsadresse</translation>
    </message>
    <message>
        <source>S&amp;hipping address</source>
        <translation>&amp;Lieferadresse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E-mail for in&amp;voices</source>
        <translation>E-&amp;Mail für Rechnungen</translation>
    </message>
    <message>
        <source>Tax &amp;ID</source>
        <translation>S&amp;teuernummer</translation>
    </message>
    <message>
        <source>Default c&amp;urrency</source>
        <translation>Standard&amp;währung</translation>
    </message>
    <message>
        <source>Payment te&amp;rms (days)</source>
        <translation>&amp;Zahlungsziel (Tage)</translation>
    </message>
    <message>
        <source>Payment terms: &quot;%1&quot; is not a number of days</source>
        <translation>Zahlungsziel: „%1“ ist keine Anzahl Tage</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomerListModel</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomersMenu</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <source>&amp;Receive Payment…</source>
        <translation>Zahlung &amp;empfangen…</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomersWindow</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Receive &amp;Payment…</source>
        <translation>&amp;Zahlung empfangen…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Invoices of %1</source>
        <translation>&amp;Rechnungen von %1</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::DateEdit</name>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Datum im Kalender wählen (Alt+Pfeil ab)</translation>
    </message>
    <message>
        <source>type a date, e.g. %1</source>
        <translation>geben Sie ein Datum ein, z. B. %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::EInvoiceDialog</name>
    <message>
        <source>Export E-Invoice</source>
        <translation>E-Rechnung exportieren</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
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
        <translation>ZUGFeRD/Factur-X (PDF mit dem CII-XML)</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Syntax</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Wrote the e-invoice of %1 to %2.</source>
        <translation>Die E-Rechnung von %1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Only &amp;dated between</source>
        <translation>Nur mit Da&amp;tum zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Exported 1 invoice to %1.</source>
        <translation>1 Rechnung nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoices to %1.</source>
        <translation>
            <numerusform>%n Rechnung nach %1 exportiert.</numerusform>
            <numerusform>%n Rechnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 payment to %1.</source>
        <translation>1 Zahlung nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payments to %1.</source>
        <translation>
            <numerusform>%n Zahlung nach %1 exportiert.</numerusform>
            <numerusform>%n Zahlungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel on Windows)</source>
        <translation>UTF-8 mit BOM (Excel unter Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (Unicode-Text)</translation>
    </message>
    <message>
        <source>E&amp;ncoding</source>
        <translation>&amp;Kodierung</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Stop the Export</source>
        <translation>Export anhalten</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Angehalten: es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Credit notes</source>
        <translation>&amp;Gutschriften</translation>
    </message>
    <message>
        <source>&amp;Whole books (folder)</source>
        <translation>Alle &amp;Bücher (Ordner)</translation>
    </message>
    <message>
        <source>invoices.csv, payments.csv and creditnotes.csv, every record, into one folder: what Import reads back as the whole books</source>
        <translation>invoices.csv, payments.csv und creditnotes.csv, alle Datensätze, in einen Ordner: was der Import als ganze Bücher wieder einliest</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Exported 1 credit note to %1.</source>
        <translation>1 Gutschrift nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n credit notes to %1.</source>
        <translation>
            <numerusform>%n Gutschrift nach %1 exportiert.</numerusform>
            <numerusform>%n Gutschriften nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the whole books to %1: company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv and creditnotes.csv.</source>
        <translation>Alle Bücher nach %1 exportiert: company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv und creditnotes.csv.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::FirstRunDialog</name>
    <message>
        <source>Welcome to InvoiceDesk</source>
        <translation>Willkommen bei InvoiceDesk</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Company</source>
        <translation>&amp;Demo-Firma öffnen</translation>
    </message>
    <message>
        <source>Create an &amp;Empty Company File</source>
        <translation>&amp;Leere Firmendatei anlegen</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no company file at &lt;i&gt;%1&lt;/i&gt; yet.&lt;/p&gt;&lt;p&gt;Create it as an empty company, look around the demo company first (it is kept in a file of its own, %2, beside it), or open a company file you already have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Unter &lt;i&gt;%1&lt;/i&gt; gibt es noch keine Firmendatei.&lt;/p&gt;&lt;p&gt;Legen Sie sie als leere Firma an, sehen Sie sich zuerst die Demofirma an (sie liegt in einer eigenen Datei, %2, daneben) oder öffnen Sie eine vorhandene Firmendatei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open an Existing File…</source>
        <translation>Vorhandene Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation>InvoiceDesk-Firmendateien (*.invoicedesk *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportCheckPage</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix a row here, or skip the rows with problems.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas geschrieben wird. Korrigieren Sie eine Zeile hier oder überspringen Sie die Zeilen mit Problemen.</translation>
    </message>
    <message>
        <source>The rows with problems (edit a cell to fix it, then check again):</source>
        <translation>Die Zeilen mit Problemen (Zelle bearbeiten, dann erneut prüfen):</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>Zeilen mit Problemen ü&amp;berspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>This cell has a problem</source>
        <translation>Diese Zelle hat ein Problem</translation>
    </message>
    <message>
        <source>No problems: 1 row is ready to import.</source>
        <translation>Keine Probleme: 1 Zeile ist bereit zum Import.</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n rows are ready to import.</source>
        <translation>
            <numerusform>Keine Probleme: %n Zeile ist bereit zum Import.</numerusform>
            <numerusform>Keine Probleme: %n Zeilen sind bereit zum Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>1 Problem gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row read.</source>
        <translation>1 Zeile gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>Za&amp;hlungen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV-Dateien und Excel-Arbeitsmappen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook of invoices (one row per line item), of payments (one row per payment) or of credit notes (one row per line); or a folder of the whole books.</source>
        <translation>Eine CSV-Datei oder Excel-Arbeitsmappe mit Rechnungen (eine Zeile je Position), Zahlungen (eine Zeile je Zahlung) oder Gutschriften (eine Zeile je Position); oder ein Ordner mit allen Büchern.</translation>
    </message>
    <message>
        <source>&amp;Credit notes</source>
        <translation>&amp;Gutschriften</translation>
    </message>
    <message>
        <source>&amp;Whole books (folder): invoices.csv, payments.csv and creditnotes.csv in one step</source>
        <translation>Alle &amp;Bücher (Ordner): invoices.csv, payments.csv und creditnotes.csv in einem Schritt</translation>
    </message>
    <message>
        <source>%1 is not a folder with invoices.csv, payments.csv or creditnotes.csv.</source>
        <translation>%1 ist kein Ordner mit invoices.csv, payments.csv oder creditnotes.csv.</translation>
    </message>
    <message>
        <source>Report them as problems</source>
        <translation>Als Problem melden</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>Aus der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Records &amp;already in the books:</source>
        <translation>Datensätze, die &amp;schon erfasst sind:</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate payments (the same invoice, date, amount, method and reference)</source>
        <translation>&amp;Doppelte Zahlungen zulassen (dieselbe Rechnung, dasselbe Datum, derselbe Betrag, dieselbe Zahlungsart und Referenz)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFormatPage</name>
    <message>
        <source>How the file is written</source>
        <translation>Wie die Datei geschrieben ist</translation>
    </message>
    <message>
        <source>Detected from the file; change anything that looks wrong in the preview.</source>
        <translation>Aus der Datei erkannt; ändern Sie, was in der Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1.234,56)</source>
        <translation>Zahlen verwenden ein Dezimalko&amp;mma (1.234,56)</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodierung</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Datumsformat</translation>
    </message>
    <message>
        <source>The first row holds the column na&amp;mes</source>
        <translation>Die erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>Tabellen&amp;blatt</translation>
    </message>
    <message>
        <source>Without a header row the columns are not known yet: set the decimal mark and the date format yourself.</source>
        <translation>Ohne Kopfzeile sind die Spalten noch unbekannt: Legen Sie Dezimalzeichen und Datumsformat selbst fest.</translation>
    </message>
    <message>
        <source>The numbers could be read with a decimal point or with a decimal comma (line %1, %2: &quot;%3&quot;): say which below.</source>
        <translation>Die Zahlen lassen sich mit Dezimalpunkt oder mit Dezimalkomma lesen (Zeile %1, %2: „%3“): Wählen Sie unten.</translation>
    </message>
    <message>
        <source>Found in the file: numbers with a decimal comma (1.234,56).</source>
        <translation>In der Datei gefunden: Zahlen mit Dezimalkomma (1.234,56).</translation>
    </message>
    <message>
        <source>Found in the file: numbers with a decimal point (1,234.56).</source>
        <translation>In der Datei gefunden: Zahlen mit Dezimalpunkt (1,234.56).</translation>
    </message>
    <message>
        <source>The dates could be read as day/month or as month/day (line %1, %2: &quot;%3&quot;): choose their format below.</source>
        <translation>Die Daten lassen sich als Tag/Monat oder als Monat/Tag lesen (Zeile %1, %2: „%3“): Wählen Sie unten das Format.</translation>
    </message>
    <message>
        <source>Found in the file: dates written %1.</source>
        <translation>In der Datei gefunden: Datumsangaben im Format %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>Welche Spalte was bedeutet</translation>
    </message>
    <message>
        <source>Columns are matched by their header; choose for any that are not, or ignore them.</source>
        <translation>Spalten werden über ihre Kopfzeile zugeordnet; wählen Sie für die übrigen eine Bedeutung oder ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation>Als &amp;Profil speichern…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation>(nach Kopfzeile)</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Name dieser Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation>Zwei Spalten sind %1 zugeordnet.</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which an import needs.</source>
        <translation>Keine Spalte ist %1 zugeordnet, das ein Import braucht.</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(aus der Datei)</translation>
    </message>
    <message>
        <source>Currenc&amp;y where the file has none:</source>
        <translation>Wä&amp;hrung, wo die Datei keine angibt:</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportRunPage</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything in one step; Cancel leaves the company file as it was.</source>
        <translation>Noch wurde nichts geschrieben. Importieren schreibt alles in einem Schritt; Abbrechen lässt die Firmendatei, wie sie war.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stop the Import</source>
        <translation>Import anhalten</translation>
    </message>
    <message>
        <source>1 invoice will be imported.</source>
        <translation>1 Rechnung wird importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices will be imported.</source>
        <translation>
            <numerusform>%n Rechnung wird importiert.</numerusform>
            <numerusform>%n Rechnungen werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment will be imported.</source>
        <translation>1 Zahlung wird importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments will be imported.</source>
        <translation>
            <numerusform>%n Zahlung wird importiert.</numerusform>
            <numerusform>%n Zahlungen werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 with problems is left out.</source>
        <translation>1 mit Problemen wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems are left out.</source>
        <translation>
            <numerusform>%n mit Problemen wird ausgelassen.</numerusform>
            <numerusform>%n mit Problemen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported. Import starts again; Back changes the settings.</source>
        <translation>Angehalten: nichts wurde importiert. Importieren beginnt von vorn; Zurück ändert die Einstellungen.</translation>
    </message>
    <message>
        <source>rows with problems remain</source>
        <translation>es bleiben Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>1 credit note will be imported.</source>
        <translation>1 Gutschrift wird importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit notes will be imported.</source>
        <translation>
            <numerusform>%n Gutschrift wird importiert.</numerusform>
            <numerusform>%n Gutschriften werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: fix these problems in the files first.</source>
        <translation>Es kann nichts importiert werden: Beheben Sie zuerst diese Probleme in den Dateien.</translation>
    </message>
    <message>
        <source>The whole books will be imported in one step, dated records in date order:</source>
        <translation>Alle Bücher werden in einem Schritt importiert, datierte Datensätze in Datumsreihenfolge:</translation>
    </message>
    <message>
        <source>%1: 1 record</source>
        <translation>%1: 1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n records</source>
        <translation>
            <numerusform>%1: %n Datensatz</numerusform>
            <numerusform>%1: %n Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportStatementDialog</name>
    <message>
        <source>Import Statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Bank export as an Excel workbook</source>
        <translation>Bankexport als Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Name dieser Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Statement %1 (%2) into &quot;%3&quot;: %4 lines, %5 added, %6 already imported.</source>
        <translation>Kontoauszug %1 (%2) in „%3“: %4 Zeilen, %5 hinzugefügt, %6 bereits importiert.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created from the statement.</source>
        <translation>Das Konto „%1“ wurde aus dem Kontoauszug angelegt.</translation>
    </message>
    <message>
        <source>Balances checked: %1 on %2, plus the lines, is %3 on %4.</source>
        <translation>Salden geprüft: %1 am %2 plus die Zeilen ergibt %3 am %4.</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>Lücke: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>(the account the statement names)</source>
        <translation>(das Konto, das der Auszug nennt)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Abgleichen…</translation>
    </message>
    <message>
        <source>Columns of the bank&apos;s CSV export</source>
        <translation>Spalten des CSV-Exports der Bank</translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation>(nach Kopfzeile)</translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation>Als &amp;Profil speichern…</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>Aus der Datei ermittelt</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>Punkt (1234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <source>The file&apos;s, else the account&apos;s</source>
        <translation>Die der Datei, sonst die des Kontos</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>De&amp;zimalzeichen:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;ten:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Save the Rows with Problems…</source>
        <translation>Zeilen mit Problemen speichern…</translation>
    </message>
    <message>
        <source>Save the Rows with Problems</source>
        <translation>Zeilen mit Problemen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imported 1 invoice.</source>
        <translation>1 Rechnung importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n invoices.</source>
        <translation>
            <numerusform>%n Rechnung importiert.</numerusform>
            <numerusform>%n Rechnungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of them replaced an existing invoice.</source>
        <translation>1 davon ersetzte eine vorhandene Rechnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced existing invoices.</source>
        <translation>
            <numerusform>%n davon ersetzte eine vorhandene Rechnung.</numerusform>
            <numerusform>%n davon ersetzten vorhandene Rechnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 existing invoice was left as it was.</source>
        <translation>1 vorhandene Rechnung blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing invoices were left as they were.</source>
        <translation>
            <numerusform>%n vorhandene Rechnung blieb unverändert.</numerusform>
            <numerusform>%n vorhandene Rechnungen blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invoice with problems was left out; its rows can be saved to fix them.</source>
        <translation>1 Rechnung mit Problemen wurde ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n Rechnung mit Problemen wurde ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</numerusform>
            <numerusform>%n Rechnungen mit Problemen wurden ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 payment.</source>
        <translation>1 Zahlung importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payments.</source>
        <translation>
            <numerusform>%n Zahlung importiert.</numerusform>
            <numerusform>%n Zahlungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment with problems was left out; its row can be saved to fix it.</source>
        <translation>1 Zahlung mit Problemen wurde ausgelassen; ihre Zeile lässt sich zum Korrigieren speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n Zahlung mit Problemen wurde ausgelassen; ihre Zeile lässt sich zum Korrigieren speichern.</numerusform>
            <numerusform>%n Zahlungen mit Problemen wurden ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 credit note.</source>
        <translation>1 Gutschrift importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n credit notes.</source>
        <translation>
            <numerusform>%n Gutschrift importiert.</numerusform>
            <numerusform>%n Gutschriften importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the whole books: 1 record.</source>
        <translation>Alle Bücher importiert: 1 Datensatz.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the whole books: %n records.</source>
        <translation>
            <numerusform>Alle Bücher importiert: %n Datensatz.</numerusform>
            <numerusform>Alle Bücher importiert: %n Datensätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the books and left as they were: %n.</source>
        <translation>
            <numerusform>Schon erfasst und unverändert gelassen: %n.</numerusform>
            <numerusform>Schon erfasst und unverändert gelassen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 credit note with problems was left out; its rows can be saved to fix them.</source>
        <translation>1 Gutschrift mit Problemen wurde ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit notes with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n Gutschrift mit Problemen wurde ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</numerusform>
            <numerusform>%n Gutschriften mit Problemen wurden ausgelassen; ihre Zeilen lassen sich zum Korrigieren speichern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Already in the books, left as they are: %n.</source>
        <translation>
            <numerusform>Schon erfasst, bleibt unverändert: %n.</numerusform>
            <numerusform>Schon erfasst, bleiben unverändert: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New customers (%n): %1.</source>
        <translation>
            <numerusform>Neuer Kunde (%n): %1.</numerusform>
            <numerusform>Neue Kunden (%n): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceEditor</name>
    <message>
        <source>&amp;Billing address</source>
        <translation>&amp;Rechnungsadresse</translation>
    </message>
    <message>
        <source>&amp;Shipping address</source>
        <translation>&amp;Lieferadresse</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Zurü&amp;cksetzen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>(none, keep local)</source>
        <translation>(keine, nur lokal)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>S&amp;ync with</source>
        <translation>S&amp;ynchronisieren mit</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Forbidden payment methods</source>
        <translation>Gesperrte Zahlungsarten</translation>
    </message>
    <message>
        <source>Con&amp;tact id</source>
        <translation>&amp;Kontakt-ID</translation>
    </message>
    <message>
        <source>&amp;Group id</source>
        <translation>Gru&amp;ppen-ID</translation>
    </message>
    <message>
        <source>&amp;Lead id</source>
        <translation>Lead-&amp;ID</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Beschreibun&amp;g</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>from line rates</source>
        <translation>aus den Positionssätzen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>Tax applied</source>
        <translation>Angewandte Steuer</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Void Payment…</source>
        <translation>Zahlung s&amp;tornieren…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Position duplizieren</translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation>Position nach oben</translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation>Position nach unten</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>New Invoice[*]</source>
        <translation>Neue Rechnung[*]</translation>
    </message>
    <message>
        <source>Invoice %1 (cancelled)[*]</source>
        <translation>Rechnung %1 (storniert)[*]</translation>
    </message>
    <message>
        <source>Invoice %1[*]</source>
        <translation>Rechnung %1[*]</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Void Payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <source>Select the payment to void first.</source>
        <translation>Wählen Sie zuerst die zu stornierende Zahlung.</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>Diese Zahlung ist bereits storniert.</translation>
    </message>
    <message>
        <source>Why is payment %1 being voided? It stays on record, marked void.</source>
        <translation>Warum wird Zahlung %1 storniert? Sie bleibt erhalten, als storniert markiert.</translation>
    </message>
    <message>
        <source>Cannot Void Payment</source>
        <translation>Zahlung kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Fill in %1&apos;s address</source>
        <translation>Adresse von %1 einsetzen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this invoice before closing?</source>
        <translation>Änderungen an dieser Rechnung vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Same as billin&amp;g</source>
        <translation>Wie Rechnungsadre&amp;sse</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>Ent&amp;wurf</translation>
    </message>
    <message>
        <source>Subscription st&amp;arts</source>
        <translation>Ab&amp;o beginnt</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Forbidden &amp;methods</source>
        <translation>Gesperrte Zahlungs&amp;arten</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>Ra&amp;batt</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>Ste&amp;uer</translation>
    </message>
    <message>
        <source>Leitweg-ID or the buyer&apos;s reference</source>
        <translation>Leitweg-ID oder Referenz des Käufers</translation>
    </message>
    <message>
        <source>58 SEPA transfer, 30 transfer, 10 cash</source>
        <translation>58 SEPA-Überweisung, 30 Überweisung, 10 bar</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <source>Payment means code</source>
        <translation>Zahlungsartcode</translation>
    </message>
    <message>
        <source>Credit Note…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <source>The lines cannot change: this invoice has payments or credit notes. Correct it with a credit note.</source>
        <translation>Die Positionen können nicht geändert werden: diese Rechnung hat Zahlungen oder Gutschriften. Korrigieren Sie sie mit einer Gutschrift.</translation>
    </message>
    <message>
        <source>A cancelled invoice takes no payments</source>
        <translation>Eine stornierte Rechnung nimmt keine Zahlungen an</translation>
    </message>
    <message>
        <source>An invoice credited in full takes no payments</source>
        <translation>Eine vollständig gutgeschriebene Rechnung nimmt keine Zahlungen an</translation>
    </message>
    <message>
        <source>If the money never arrived (a cheque returned unpaid), void the receipt and every payment made from it. If it was put on the wrong invoice, void this payment only: its money stays as %1&apos;s credit, to apply elsewhere.</source>
        <translation>Ist das Geld nie eingegangen (ein Scheck kam unbezahlt zurück), stornieren Sie den Zahlungseingang und jede Zahlung daraus. Wurde es der falschen Rechnung zugeordnet, stornieren Sie nur diese Zahlung: Das Geld bleibt als Guthaben von %1, um es anderswo anzurechnen.</translation>
    </message>
    <message>
        <source>Void the &amp;Receipt</source>
        <translation>&amp;Zahlungseingang stornieren</translation>
    </message>
    <message>
        <source>Void This &amp;Payment Only</source>
        <translation>Nur &amp;diese Zahlung stornieren</translation>
    </message>
    <message>
        <source>Why is receipt %1 being voided? It and every payment made from it stay on record, marked void.</source>
        <translation>Warum wird Zahlungseingang %1 storniert? Er und jede daraus geleistete Zahlung bleiben erhalten, als storniert markiert.</translation>
    </message>
    <message>
        <source>Void Receipt</source>
        <translation>Zahlungseingang stornieren</translation>
    </message>
    <message>
        <source>Payment %1 is part of receipt %2: %3 %4 received from %5, paying %6.</source>
        <translation>Zahlung %1 gehört zum Zahlungseingang %2: %3 %4 von %5 erhalten, bezahlt wurde damit %6.</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Invoice Without Lines</source>
        <translation>Rechnung ohne Positionen</translation>
    </message>
    <message>
        <source>Invoice %1 has no lines: its total is %2 %3. Save it anyway?</source>
        <translation>Rechnung %1 hat keine Positionen: ihr Gesamtbetrag ist %2 %3. Trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemsModel</name>
    <message>
        <source>Quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <source>Unit must be Day, Month, Year or empty</source>
        <translation>Die Einheit muss Day, Month, Year oder leer sein</translation>
    </message>
    <message>
        <source>Tax rate %1</source>
        <translation>Steuersatz %1</translation>
    </message>
    <message>
        <source>Commissionable amount %1</source>
        <translation>Provisionsfähiger Betrag %1</translation>
    </message>
    <message>
        <source>The total is computed from quantity and rate</source>
        <translation>Die Summe ergibt sich aus Menge und Preis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>Commissionable</source>
        <translation>Provisionsfähig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>1 decimal place</source>
        <translation>1 Nachkommastelle</translation>
    </message>
    <message numerus="yes">
        <source>%n decimal places</source>
        <translation>
            <numerusform>%n Nachkommastelle</numerusform>
            <numerusform>%n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate &quot;%1&quot; %2: %3 amounts have %4. The text is kept so that you can correct it.</source>
        <translation>Preis „%1“ %2: Beträge in %3 haben %4. Der Text bleibt stehen, damit Sie ihn korrigieren können.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <source>There is no tax code named &quot;%1&quot;</source>
        <translation>Es gibt keinen Steuerschlüssel namens „%1“</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Ein Rabatt muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>Discount %1 (end it with %2 for a percentage)</source>
        <translation>Rabatt %1 (mit %2 am Ende für einen Prozentsatz)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Company File…</source>
        <translation>Firmendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation>Rechnungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Payments…</source>
        <translation>&amp;Zahlungen importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Invoices…</source>
        <translation>Rechnungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Pa&amp;yments…</source>
        <translation>Za&amp;hlungen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Rechnung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>&amp;New Invoice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice</source>
        <translation>Rechnung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Delete or Cancel Invoice…</source>
        <translation>Rechnung &amp;löschen oder stornieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;Issues…</source>
        <translation>Synchronisations&amp;probleme…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>&amp;Über InvoiceDesk</translation>
    </message>
    <message>
        <source>%1 — InvoiceDesk</source>
        <translation>%1 — InvoiceDesk</translation>
    </message>
    <message>
        <source>Sync is off: %1</source>
        <translation>Synchronisation ist aus: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation angehalten: %1</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Verbindungsstatus unbekannt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Rechnungen: %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Alle Änderungen synchronisiert</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisation %1</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation>InvoiceDesk-Firmendateien (*.invoicedesk *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation>Firmendatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Delete Invoice</source>
        <translation>Rechnung löschen</translation>
    </message>
    <message>
        <source>Delete invoice %1? The audit log keeps a copy.</source>
        <translation>Rechnung %1 löschen? Das Prüfprotokoll behält eine Kopie.</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk)</source>
        <translation>InvoiceDesk-Sicherungen (*.invoicedesk)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk *.bak);;All files (*)</source>
        <translation>InvoiceDesk-Sicherungen (*.invoicedesk *.bak);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace everything in this company file with %1? The current data is kept in a copy beside the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles in dieser Firmendatei durch %1 ersetzen? Die aktuellen Daten bleiben in einer Kopie neben der Datei erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced data is in %2.</source>
        <translation>Aus %1 wiederhergestellt; die ersetzten Daten liegen in %2.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>Über InvoiceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Offline invoice and payment entry for bookkeepers, with CSV import and export and sync to remote invoicing systems.&lt;/p&gt;&lt;p&gt;Company file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Offline-Erfassung von Rechnungen und Zahlungen für Buchhalter, mit CSV-Import und -Export und Synchronisation mit entfernten Rechnungssystemen.&lt;/p&gt;&lt;p&gt;Firmendatei: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when InvoiceDesk starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von InvoiceDesk.</translation>
    </message>
    <message>
        <source>1 operation was interrupted; it is being checked with the remote.</source>
        <translation>1 Vorgang wurde unterbrochen; er wird mit dem entfernten System abgeglichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n operations were interrupted; they are being checked with the remote.</source>
        <translation>
            <numerusform>%n Vorgang wurde unterbrochen; er wird mit dem entfernten System abgeglichen.</numerusform>
            <numerusform>%n Vorgänge wurden unterbrochen; sie werden mit dem entfernten System abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &gt; Connections adds the systems to sync with.</source>
        <translation>Synchronisieren &gt; Verbindungen fügt die Systeme hinzu, mit denen synchronisiert wird.</translation>
    </message>
    <message>
        <source>Not connected to any system</source>
        <translation>Mit keinem System verbunden</translation>
    </message>
    <message>
        <source>1 connection needs attention: %1</source>
        <translation>1 Verbindung braucht Aufmerksamkeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connections need attention: %1</source>
        <translation>
            <numerusform>%n Verbindung braucht Aufmerksamkeit: %1</numerusform>
            <numerusform>%n Verbindungen brauchen Aufmerksamkeit: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1 sync operation has not finished.&lt;/b&gt; Restoring replaces it with the backup&apos;s: what it carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1 Synchronisierungsvorgang ist nicht abgeschlossen.&lt;/b&gt; Das Wiederherstellen ersetzt ihn durch den der Sicherung: Was er übertrug, wird vielleicht erneut oder nie gesendet. Schließen Sie die Synchronisierung wenn möglich zuerst ab.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n sync operations have not finished.&lt;/b&gt; Restoring replaces them with the backup&apos;s: what they carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Synchronisierungsvorgang ist nicht abgeschlossen.&lt;/b&gt; Das Wiederherstellen ersetzt ihn durch den der Sicherung: Was er übertrug, wird vielleicht erneut oder nie gesendet. Schließen Sie die Synchronisierung wenn möglich zuerst ab.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Synchronisierungsvorgänge sind nicht abgeschlossen.&lt;/b&gt; Das Wiederherstellen ersetzt sie durch die der Sicherung: Was sie übertrugen, wird vielleicht erneut oder nie gesendet. Schließen Sie die Synchronisierung wenn möglich zuerst ab.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by number, customer, e-mail or the text of a line</source>
        <translation>Nach Nummer, Kunde, E-Mail oder dem Text einer Position filtern</translation>
    </message>
    <message>
        <source>Damaged Company File</source>
        <translation>Beschädigte Firmendatei</translation>
    </message>
    <message>
        <source>%1

You can look at what can still be read, but nothing will be saved.</source>
        <translation>%1

Sie können ansehen, was sich noch lesen lässt, aber es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>A cancelled invoice takes no payments</source>
        <translation>Eine stornierte Rechnung nimmt keine Zahlungen an</translation>
    </message>
    <message>
        <source>An invoice credited in full takes no payments</source>
        <translation>Eine vollständig gutgeschriebene Rechnung nimmt keine Zahlungen an</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MatchCandidatesModel</name>
    <message>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Record a receipt</source>
        <translation>Zahlungseingang erfassen</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MethodPages</name>
    <message>
        <source>Cheque &amp;number *</source>
        <translation>Scheck&amp;nummer *</translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation>&amp;Aussteller</translation>
    </message>
    <message>
        <source>&amp;Bank branch</source>
        <translation>Ban&amp;kfiliale</translation>
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
        <translation>Andere / unbekannt</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>Karten&amp;typ</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>&amp;Gebühr %</translation>
    </message>
    <message>
        <source>Fee amo&amp;unt</source>
        <translation>Gebü&amp;hr (Betrag)</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>Zahl&amp;ungsanbieter</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>Transaktions-&amp;ID</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Über&amp;weisungsdatum</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;nz</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentDialog</name>
    <message>
        <source>Record Payment on %1</source>
        <translation>Zahlung zu %1 erfassen</translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;%1&lt;/b&gt;: total %2 %4, outstanding &lt;b&gt;%3 %4&lt;/b&gt;</source>
        <translation>Rechnung &lt;b&gt;%1&lt;/b&gt;: gesamt %2 %4, offen &lt;b&gt;%3 %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is a &amp;refund</source>
        <translation>Dies ist eine &amp;Erstattung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Betrag (%1)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Zahlungsart</translation>
    </message>
    <message>
        <source>&amp;TDS</source>
        <translation>&amp;Quellensteuer (TDS)</translation>
    </message>
    <message>
        <source>Transaction c&amp;harge</source>
        <translation>Transaktionsgebüh&amp;r</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Cheque &amp;number *</source>
        <translation>Scheck&amp;nummer *</translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation>&amp;Aussteller</translation>
    </message>
    <message>
        <source>&amp;Bank branch</source>
        <translation>Ban&amp;kfiliale</translation>
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
        <translation>Andere / unbekannt</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>&amp;Gebühr %</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>Zahl&amp;ungsanbieter</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>Transaktions-&amp;ID</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Über&amp;weisungsdatum</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;nz</translation>
    </message>
    <message>
        <source>Record Refund on %1</source>
        <translation>Erstattung zu %1 erfassen</translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation>eine Zahlung braucht einen Betrag</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Er&amp;fassen</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>Karten&amp;typ</translation>
    </message>
    <message>
        <source>Fee amo&amp;unt</source>
        <translation>Gebü&amp;hr (Betrag)</translation>
    </message>
    <message>
        <source>Recorded here, this payment will not go to %1 by itself: %2</source>
        <translation>Hier erfasst, geht diese Zahlung nicht von selbst an %1: %2</translation>
    </message>
    <message>
        <source>Cr&amp;edit the invoice with a credit note: nothing more is owed</source>
        <translation>Rechnung mit Gut&amp;schrift ausgleichen: nichts mehr offen</translation>
    </message>
    <message>
        <source>&amp;Leave the invoice owed again</source>
        <translation>Rechnung b&amp;leibt wieder offen</translation>
    </message>
    <message>
        <source>Say what the refund does to invoice %1: credit it with a credit note, or leave it owed again</source>
        <translation>Geben Sie an, was die Erstattung mit Rechnung %1 macht: mit einer Gutschrift ausgleichen oder wieder offen lassen</translation>
    </message>
    <message>
        <source>&amp;Keep the %1 %2 beyond what is owed as %3&apos;s credit</source>
        <translation>Den &amp;Mehrbetrag von %1 %2 als Guthaben von %3 behalten</translation>
    </message>
    <message>
        <source>Apply %1 %2 of %3&apos;s credit fir&amp;st</source>
        <translation>Zuerst %1 %2 aus dem Guthaben von %3 verre&amp;chnen</translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 left to pay after the credit</source>
        <translation>%1 %2 würde Rechnung %3 überzahlen; nach dem Guthaben sind noch %4 offen</translation>
    </message>
    <message>
        <source>type the amount without a minus sign; for money paid back, tick &quot;This is a refund&quot;</source>
        <translation>geben Sie den Betrag ohne Minuszeichen ein; für zurückgezahltes Geld kreuzen Sie „Dies ist eine Erstattung“ an</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentsModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Sync marker</source>
        <translation>Sync-Kennung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ReceivePaymentWindow</name>
    <message>
        <source>Receive Payment</source>
        <translation>Zahlung empfangen</translation>
    </message>
    <message>
        <source>Cus&amp;tomer</source>
        <translation>Kund&amp;e</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>Wäh&amp;rung</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Zahlungsart</translation>
    </message>
    <message>
        <source>Open in&amp;voices</source>
        <translation>&amp;Offene Rechnungen</translation>
    </message>
    <message>
        <source>Apply o&amp;ldest first</source>
        <translation>Ä&amp;lteste zuerst ausgleichen</translation>
    </message>
    <message>
        <source>Use &amp;credit</source>
        <translation>Guthaben &amp;verwenden</translation>
    </message>
    <message>
        <source>Clear a&amp;pplied</source>
        <translation>Zuordnungen lös&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;. Add it in Customers first.</source>
        <translation>Es gibt keinen Kunden „%1“. Legen Sie ihn zuerst unter Kunden an.</translation>
    </message>
    <message>
        <source>Credit available: %1 %2</source>
        <translation>Verfügbares Guthaben: %1 %2</translation>
    </message>
    <message>
        <source>Applied %1 · from this payment %2 · from credit %3 · left as credit %4</source>
        <translation>Ausgeglichen %1 · aus dieser Zahlung %2 · aus Guthaben %3 · bleibt als Guthaben %4</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Wählen Sie zuerst den Kunden.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>%1 is applied, more than the amount received and the credit available together (%2).</source>
        <translation>%1 sind verbucht, mehr als der erhaltene Betrag und das verfügbare Guthaben zusammen (%2).</translation>
    </message>
    <message>
        <source>Credit available: unknown (%1)</source>
        <translation>Verfügbares Guthaben: unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ReconcileWindow</name>
    <message>
        <source>There is no bank account yet: import a statement (Banking &gt; Import Statement…).</source>
        <translation>Es gibt noch kein Bankkonto: importieren Sie einen Kontoauszug (Bank &gt; Kontoauszug importieren…).</translation>
    </message>
    <message>
        <source>Matched to the payment %1 of invoice %2. %3 undoes the match.</source>
        <translation>Der Zahlung %1 zu Rechnung %2 zugeordnet. %3 hebt die Zuordnung auf.</translation>
    </message>
    <message>
        <source>No recorded payment is this line. Search the open invoices to record one, or skip it.</source>
        <translation>Keine erfasste Zahlung ist diese Zeile. Suchen Sie in den offenen Rechnungen, um eine zu erfassen, oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 — %2 — owes %3 %4</source>
        <translation>%1 — %2 — schuldet %3 %4</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>Wählen Sie zuerst eine Zeile.</translation>
    </message>
    <message>
        <source>This line is matched already.</source>
        <translation>Diese Zeile ist bereits zugeordnet.</translation>
    </message>
    <message>
        <source>This line has no candidate: search the open invoices, or skip it.</source>
        <translation>Diese Zeile hat keinen Kandidaten: suchen Sie in den offenen Rechnungen oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>Recorded the payment %1 for invoice %2.</source>
        <translation>Die Zahlung %1 für Rechnung %2 wurde erfasst.</translation>
    </message>
    <message>
        <source>The line is the payment %1 of invoice %2.</source>
        <translation>Die Zeile ist die Zahlung %1 zu Rechnung %2.</translation>
    </message>
    <message>
        <source>Choose a line, then an invoice from the search.</source>
        <translation>Wählen Sie eine Zeile, dann eine Rechnung aus der Suche.</translation>
    </message>
    <message>
        <source>No unmatched line after this one.</source>
        <translation>Nach dieser keine nicht zugeordnete Zeile mehr.</translation>
    </message>
    <message>
        <source>The current line is not matched.</source>
        <translation>Die aktuelle Zeile ist nicht zugeordnet.</translation>
    </message>
    <message>
        <source>undone in the Reconcile window</source>
        <translation>im Fenster Abgleichen aufgehoben</translation>
    </message>
    <message>
        <source>The line is no longer matched to %1.</source>
        <translation>Die Zeile ist %1 nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <source>Matched 1 line exactly.</source>
        <translation>1 Zeile exakt zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n lines exactly.</source>
        <translation>
            <numerusform>%n Zeile exakt zugeordnet.</numerusform>
            <numerusform>%n Zeilen exakt zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Statement &amp;lines:</source>
        <translation>Kontoauszugs&amp;zeilen:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Statement balance:</source>
        <translation>Saldo laut Auszug:</translation>
    </message>
    <message>
        <source>Book balance:</source>
        <translation>Saldo laut Büchern:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Differenz:</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates for the line:</source>
        <translation>Ka&amp;ndidaten für die Zeile:</translation>
    </message>
    <message>
        <source>Number, customer or amount owed</source>
        <translation>Nummer, Kunde oder offener Betrag</translation>
    </message>
    <message>
        <source>Search open &amp;invoices:</source>
        <translation>Offene &amp;Rechnungen suchen:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>&amp;Undo Match</source>
        <translation>Zuordnung rück&amp;gängig</translation>
    </message>
    <message>
        <source>Match &amp;Exact Ones</source>
        <translation>&amp;Exakte zuordnen</translation>
    </message>
    <message>
        <source>Recorded the receipt %1 for invoices %2.</source>
        <translation>Zahlungseingang %1 für die Rechnungen %2 erfasst.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::StatementTableModel</name>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Schlusssaldo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Zahlungseingang</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::StatementWindow</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation>Kontoauszug für Kunden</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Type a period: the first day, then the last.</source>
        <translation>Geben Sie einen Zeitraum ein: erst den ersten, dann den letzten Tag.</translation>
    </message>
    <message>
        <source>No customer is named &quot;%1&quot;.</source>
        <translation>Kein Kunde heißt „%1“.</translation>
    </message>
    <message>
        <source>%1 has no invoices or payments up to %2.</source>
        <translation>%1 hat bis %2 keine Rechnungen oder Zahlungen.</translation>
    </message>
    <message>
        <source>Aging on %1 (%2): %3; total %4</source>
        <translation>Fälligkeiten am %1 (%2): %3; gesamt %4</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Statement</source>
        <translation>Kontoauszug exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncEngine</name>
    <message>
        <source>could not sign in to %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation>unbekannte Verbindungsart „%1“</translation>
    </message>
    <message>
        <source>%1 cannot be checked from here: look for marker %2 in %3 and confirm</source>
        <translation>%1 lässt sich von hier nicht prüfen: suchen Sie die Kennung %2 in %3 und bestätigen Sie</translation>
    </message>
    <message>
        <source>%1 has been in doubt too long; decide whether it landed</source>
        <translation>%1 ist zu lange ungewiss; entscheiden Sie, ob er angekommen ist</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the read-back was refused (HTTP %1)</source>
        <translation>die Rückabfrage wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>found by read-back</source>
        <translation>durch Rückabfrage gefunden</translation>
    </message>
    <message>
        <source>not found yet; waiting out the quiet period</source>
        <translation>noch nicht gefunden; die Ruhezeit wird abgewartet</translation>
    </message>
    <message>
        <source>%1 was not found after %2 sends; decide what to do</source>
        <translation>%1 wurde nach %2 Sendungen nicht gefunden; entscheiden Sie, was geschehen soll</translation>
    </message>
    <message>
        <source>not found; checking again</source>
        <translation>nicht gefunden; wird erneut geprüft</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation>%1 hat die Zugangsdaten abgelehnt: %2</translation>
    </message>
    <message>
        <source>the connection of operation %1 is missing</source>
        <translation>die Verbindung des Vorgangs %1 fehlt</translation>
    </message>
    <message>
        <source>the remote asked to slow down</source>
        <translation>die Gegenstelle hat gebeten, langsamer zu senden</translation>
    </message>
    <message>
        <source>the session expired; signing in again</source>
        <translation>die Sitzung ist abgelaufen; neue Anmeldung</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>waiting out the quiet period before asking again</source>
        <translation>die Ruhezeit wird abgewartet, bevor erneut gefragt wird</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) to %2; check the connection&apos;s address</source>
        <translation>der Server antwortete mit einer Weiterleitung (HTTP %1) nach %2; prüfen Sie die Adresse der Verbindung</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>the invoice no longer exists locally</source>
        <translation>die Rechnung existiert lokal nicht mehr</translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation>die Zahlung oder ihre Rechnung existiert lokal nicht mehr</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncOperationsModel</name>
    <message>
        <source>Attempt %1 (%2) at %3
</source>
        <translation>Versuch %1 (%2) um %3
</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(keine Antwort aufgezeichnet)</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Fix it in Sync &gt; Connections (Test checks it), then Sync Now (F9).</source>
        <translation>Beheben Sie es unter Synchronisieren &gt; Verbindungen (Testen prüft es), dann Jetzt synchronisieren (F9).</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncPanel</name>
    <message>
        <source>Sync Issues</source>
        <translation>Synchronisationsprobleme</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>It&apos;s &amp;There</source>
        <translation>Ist &amp;angekommen</translation>
    </message>
    <message>
        <source>It&apos;s &amp;Not There — Send Again</source>
        <translation>Ist &amp;nicht angekommen – erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice</source>
        <translation>Rechnung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Braucht Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Wartet auf Anmeldung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>InvoiceDesk cannot tell whether this reached %1. Search for marker %2 there; if you find it, choose &quot;It&apos;s There&quot;; if not, &quot;It&apos;s Not There&quot; sends it again.</source>
        <translation>InvoiceDesk kann nicht feststellen, ob dies %1 erreicht hat. Suchen Sie dort nach der Kennung %2; wenn Sie sie finden, wählen Sie „Ist angekommen“, sonst sendet „Ist nicht angekommen“ erneut.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>It&apos;s There</source>
        <translation>Ist angekommen</translation>
    </message>
    <message>
        <source>It&apos;s Not There</source>
        <translation>Ist nicht angekommen</translation>
    </message>
    <message>
        <source>Export the Operation Before Discarding</source>
        <translation>Vorgang vor dem Verwerfen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The export could not be written; nothing was discarded.</source>
        <translation>Der Export konnte nicht geschrieben werden; nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>Open &amp;Connections…</source>
        <translation>Verbindungen ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>%1 cannot sync until this is fixed: %2</source>
        <translation>%1 kann erst synchronisieren, wenn dies behoben ist: %2</translation>
    </message>
    <message>
        <source>&amp;Verify With Remote…</source>
        <translation>Mit &amp;Gegenstelle prüfen…</translation>
    </message>
    <message>
        <source>Kept here (%1)</source>
        <translation>Nur hier (%1)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>These stay in InvoiceDesk and are not sent: the connection&apos;s system takes no such document through its API.</source>
        <translation>Diese bleiben in InvoiceDesk und werden nicht gesendet: das System der Verbindung nimmt solche Belege über seine API nicht an.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::TaxCodesDialog</name>
    <message>
        <source>Tax Codes</source>
        <translation>Steuerschlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Befreiungsgrund</translation>
    </message>
    <message>
        <source>e.g. 19 or 7.7</source>
        <translation>z. B. 19 oder 7,7</translation>
    </message>
    <message>
        <source>printed on the invoice, e.g. § 4 Nr. 14 UStG</source>
        <translation>wird auf der Rechnung gedruckt, z. B. § 4 Nr. 14 UStG</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rate %:</source>
        <translation>Steuersat&amp;z %:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>E&amp;xemption reason:</source>
        <translation>&amp;Befreiungsgrund:</translation>
    </message>
    <message>
        <source>Ne&amp;w Code</source>
        <translation>Neuer Schlüss&amp;el</translation>
    </message>
    <message>
        <source>&amp;Save Code</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Satz: %1</translation>
    </message>
    <message>
        <source>a tax code needs a rate</source>
        <translation>ein Steuerschlüssel braucht einen Satz</translation>
    </message>
    <message>
        <source>Tax code %1 was not saved: %2</source>
        <translation>Steuerschlüssel %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::VerifyDialog</name>
    <message>
        <source>Reading every synced invoice and payment back from the remote systems…</source>
        <translation>Jede synchronisierte Rechnung und Zahlung wird aus den entfernten Systemen zurückgelesen…</translation>
    </message>
    <message>
        <source>Verify With Remote Systems</source>
        <translation>Mit entfernten Systemen prüfen</translation>
    </message>
    <message>
        <source>The books and the remote systems agree.</source>
        <translation>Die Bücher und die entfernten Systeme stimmen überein.</translation>
    </message>
    <message>
        <source>The books and the remote systems do not agree: see below.</source>
        <translation>Die Bücher und die entfernten Systeme stimmen nicht überein: siehe unten.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferanschrift</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Steuerbetrag</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Steuer gesamt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Handelsregister</translation>
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
        <translation>Bank</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Zum Bezahlen scannen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Gutschriftnummer</translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation>Gutschriftdatum</translation>
    </message>
    <message>
        <source>Credits invoice %1</source>
        <translation>Gutschrift zu Rechnung %1</translation>
    </message>
    <message>
        <source>Credits invoice %1 dated %2</source>
        <translation>Gutschrift zu Rechnung %1 vom %2</translation>
    </message>
    <message>
        <source>Credit to the customer&apos;s account</source>
        <translation>Gutschrift auf das Kundenkonto</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Reverse charge: VAT to be accounted for by the customer</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers</translation>
    </message>
    <message>
        <source>Exempt intra-community supply</source>
        <translation>Steuerfreie innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>Exempt export outside the EU</source>
        <translation>Steuerfreie Ausfuhrlieferung</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Nicht steuerbar</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Saved locally</source>
        <translation>Lokal gespeichert</translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation>Synchronisiert ✓</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Checking with the service</source>
        <translation>Wird beim Dienst geprüft</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Wartet auf Anmeldung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Billed to %1; customer %2</source>
        <translation>Rechnung an %1; Kunde %2</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>Ivvy</name>
    <message>
        <source>invoice %1 is not linked to an iVvy invoice yet</source>
        <translation>Rechnung %1 ist noch keiner iVvy-Rechnung zugeordnet</translation>
    </message>
    <message>
        <source>iVvy needs customPaymentMethodId for a custom payment; set it on the connection</source>
        <translation>iVvy braucht customPaymentMethodId für eine benutzerdefinierte Zahlung; setzen Sie sie an der Verbindung</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>die Antwort war kein JSON</translation>
    </message>
    <message>
        <source>iVvy has no invoice numbered %1</source>
        <translation>iVvy hat keine Rechnung mit der Nummer %1</translation>
    </message>
    <message>
        <source>iVvy has several invoices numbered %1</source>
        <translation>iVvy hat mehrere Rechnungen mit der Nummer %1</translation>
    </message>
    <message>
        <source>iVvy did not confirm the payment</source>
        <translation>iVvy hat die Zahlung nicht bestätigt</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>die Rückabfrage schlug fehl (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry receipt number %2</source>
        <translation>%1 Zahlungen tragen die Belegnummer %2</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments</source>
        <translation>die Antwort zur Rechnung nennt keine Zahlungen</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments (HTTP %1)</source>
        <translation>die Antwort zur Rechnung nennt keine Zahlungen (HTTP %1)</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>unbekannter Vorgang</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>es gibt keine Verbindung namens „%1“</translation>
    </message>
    <message>
        <source>invoice number %1 is already used</source>
        <translation>die Rechnungsnummer %1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation>die Rechnung existiert nicht mehr</translation>
    </message>
    <message>
        <source>a cancelled invoice cannot be reopened</source>
        <translation>eine stornierte Rechnung kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>an invoice with payments cannot go back to draft</source>
        <translation>eine Rechnung mit Zahlungen kann nicht zurück in den Entwurf</translation>
    </message>
    <message>
        <source>the currency cannot change once payments are recorded</source>
        <translation>die Währung kann sich nicht mehr ändern, sobald Zahlungen erfasst sind</translation>
    </message>
    <message>
        <source>the new total %1 is less than the %2 already paid</source>
        <translation>die neue Summe %1 ist kleiner als die bereits gezahlten %2</translation>
    </message>
    <message>
        <source>the invoice is already synced with &quot;%1&quot; and cannot move</source>
        <translation>die Rechnung wird bereits mit „%1“ synchronisiert und kann nicht umziehen</translation>
    </message>
    <message>
        <source>the invoice has not been saved yet</source>
        <translation>die Rechnung ist noch nicht gespeichert</translation>
    </message>
    <message>
        <source>invoice %1 has recorded payments and cannot be deleted; cancel it instead</source>
        <translation>Rechnung %1 hat erfasste Zahlungen und kann nicht gelöscht werden; stornieren Sie sie stattdessen</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Synchronisationswarteschlange wird gelesen</translation>
    </message>
    <message>
        <source>invoice %1 is already cancelled</source>
        <translation>Rechnung %1 ist bereits storniert</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>es gibt keine Rechnung mit der Nummer „%1“</translation>
    </message>
    <message>
        <source>a payment with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation>eine Zahlung mit gleichem Datum, Betrag, Zahlungsart und Referenz ist zu Rechnung %1 bereits erfasst</translation>
    </message>
    <message>
        <source>voiding a payment needs a reason</source>
        <translation>das Stornieren einer Zahlung braucht einen Grund</translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation>die Zahlung existiert nicht mehr</translation>
    </message>
    <message>
        <source>the payment is already voided</source>
        <translation>die Zahlung ist bereits storniert</translation>
    </message>
    <message>
        <source>the payment&apos;s invoice no longer exists</source>
        <translation>die Rechnung der Zahlung existiert nicht mehr</translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: voiding this payment would leave more refunded than paid</source>
        <translation>stornieren Sie zuerst die Erstattungen zu Rechnung %1: sonst wäre mehr erstattet als gezahlt</translation>
    </message>
    <message>
        <source>invoice %1 has payments or credit notes: correct it with a credit note, not by changing its lines</source>
        <translation>Rechnung %1 hat Zahlungen oder Gutschriften: korrigieren Sie sie mit einer Gutschrift, nicht durch Ändern der Positionen</translation>
    </message>
    <message>
        <source>invoice %1 has credit notes and cannot be deleted; cancel it instead</source>
        <translation>Rechnung %1 hat Gutschriften und kann nicht gelöscht werden; stornieren Sie sie stattdessen</translation>
    </message>
    <message>
        <source>invoice %1 is a draft: change its lines instead</source>
        <translation>Rechnung %1 ist ein Entwurf: ändern Sie stattdessen die Positionen</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, not %3</source>
        <translation>Rechnung %1 lautet auf %2, nicht %3</translation>
    </message>
    <message>
        <source>a credit note needs a currency</source>
        <translation>eine Gutschrift braucht eine Währung</translation>
    </message>
    <message>
        <source>invoice %1 has no customer</source>
        <translation>Rechnung %1 hat keinen Kunden</translation>
    </message>
    <message>
        <source>credit note number %1 is already used</source>
        <translation>die Gutschriftnummer %1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>invoice %1 holds %2 %3 of payments: refund the money or keep it as the customer&apos;s credit</source>
        <translation>auf Rechnung %1 sind %2 %3 bezahlt: erstatten Sie das Geld oder behalten Sie es als Guthaben des Kunden</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled</source>
        <translation>Rechnung %1 storniert</translation>
    </message>
    <message>
        <source>invoice %1 is not cancelled</source>
        <translation>Rechnung %1 ist nicht storniert</translation>
    </message>
    <message>
        <source>invoice %1 was credited by a credit note and cannot be reopened</source>
        <translation>Rechnung %1 wurde durch eine Gutschrift ausgeglichen und kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Refund on invoice %1</source>
        <translation>Erstattung zu Rechnung %1</translation>
    </message>
    <message>
        <source>a credit note without an invoice applies nothing: leave it empty</source>
        <translation>eine Gutschrift ohne Rechnung verrechnet nichts: lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>darf nicht unter null liegen</translation>
    </message>
    <message>
        <source>%1 is more than the credit note&apos;s total %2</source>
        <translation>%1 ist mehr als der Gesamtbetrag %2 der Gutschrift</translation>
    </message>
    <message>
        <source>%1 is more than invoice %2 owes (%3)</source>
        <translation>%1 ist mehr, als Rechnung %2 noch schuldet (%3)</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled: it owes nothing and its payments were settled when it was cancelled, so there is nothing left to credit</source>
        <translation>Rechnung %1 ist storniert: sie schuldet nichts und ihre Zahlungen wurden bei der Stornierung abgerechnet, es bleibt also nichts gutzuschreiben</translation>
    </message>
    <message>
        <source>invoice %1 is credited in full already: there is nothing left to credit</source>
        <translation>Rechnung %1 ist bereits vollständig gutgeschrieben: es bleibt nichts gutzuschreiben</translation>
    </message>
    <message>
        <source>the credit note&apos;s total %1 is more than the %2 of invoice %3 not credited yet</source>
        <translation>der Gesamtbetrag %1 der Gutschrift ist höher als die noch nicht gutgeschriebenen %2 der Rechnung %3</translation>
    </message>
    <message>
        <source>invoice %1&apos;s payments and refunds would add up to more than can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>die Zahlungen und Erstattungen der Rechnung %1 ergäben zusammen mehr, als sich summieren lässt (über 9.223.372.036.854.775.807 kleinste Einheiten)</translation>
    </message>
    <message>
        <source>this refund pays out the %1 of credit that credit note %2 left on invoice %3, but %4 of that credit has paid invoice(s) %5: void those payments first</source>
        <translation>diese Erstattung zahlt die %1 Guthaben aus, die Gutschrift %2 auf Rechnung %3 hinterlassen hat, aber %4 dieses Guthabens haben Rechnung(en) %5 bezahlt: stornieren Sie zuerst diese Zahlungen</translation>
    </message>
    <message>
        <source>voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 (the invoice owes it again), but %4 of that credit has paid invoice(s) %5: void those payments first</source>
        <translation>das Stornieren dieser Zahlung nimmt die %1 Guthaben zurück, die Gutschrift %2 auf Rechnung %3 hinterlassen hat (die Rechnung schuldet sie wieder), aber %4 dieses Guthabens haben Rechnung(en) %5 bezahlt: stornieren Sie zuerst diese Zahlungen</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund takes back only money paid on or before its date</source>
        <translation>bis %1 hätte Rechnung %2 %3 mehr erstattet, als bis dahin auf sie gezahlt wurde: eine Erstattung nimmt nur Geld zurück, das an oder vor ihrem Datum gezahlt wurde</translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: without this payment, %2 more would have been refunded than paid by %3</source>
        <translation>stornieren Sie zuerst die Erstattungen auf Rechnung %1: ohne diese Zahlung wären bis %3 %2 mehr erstattet als gezahlt worden</translation>
    </message>
    <message>
        <source>this refund pays out the %1 of credit that credit note %2 left on invoice %3, but that would leave the customer&apos;s credit %5 short by %4, as credit applied by then to invoice(s) %6 used it: void those payments first</source>
        <translation>diese Erstattung zahlt die %1 Guthaben aus, die Gutschrift %2 auf Rechnung %3 hinterlassen hat, aber dann fehlten dem Guthaben des Kunden bis %4 %5, da bis dahin auf Rechnung(en) %6 angewandtes Guthaben es verbraucht hat: stornieren Sie zuerst diese Zahlungen</translation>
    </message>
    <message>
        <source>voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 (the invoice owes it again), but that would leave the customer&apos;s credit %5 short by %4, as credit applied by then to invoice(s) %6 used it: void those payments first</source>
        <translation>das Stornieren dieser Zahlung nimmt die %1 Guthaben zurück, die Gutschrift %2 auf Rechnung %3 hinterlassen hat (die Rechnung schuldet sie wieder), aber dann fehlten dem Guthaben des Kunden bis %4 %5, da bis dahin auf Rechnung(en) %6 angewandtes Guthaben es verbraucht hat: stornieren Sie zuerst diese Zahlungen</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have been paid %3 more than it owed then (its total less the credit notes dated before): date the payment on or after the refund that makes room for it</source>
        <translation>bis %1 wären auf Rechnung %2 %3 mehr gezahlt worden, als sie damals schuldete (ihr Betrag abzüglich der davor datierten Gutschriften): datieren Sie die Zahlung auf oder nach die Erstattung, die Platz für sie schafft</translation>
    </message>
    <message>
        <source>void the later payments on invoice %1 first: without this refund, the invoice would have been paid %2 more than it owed by %3</source>
        <translation>stornieren Sie zuerst die späteren Zahlungen auf Rechnung %1: ohne diese Erstattung wären auf die Rechnung bis %3 %2 mehr gezahlt worden, als sie schuldete</translation>
    </message>
    <message>
        <source>the credit note is dated before money invoice %1 was paid: with it, the invoice would have been paid %2 more than it owed by %3; date the credit note on or after %3</source>
        <translation>die Gutschrift ist vor Geld datiert, das auf Rechnung %1 gezahlt wurde: mit ihr wären auf die Rechnung bis %3 %2 mehr gezahlt worden, als sie schuldete; datieren Sie die Gutschrift auf den %3 oder später</translation>
    </message>
    <message>
        <source>this credit note takes off what invoice %1 owes, but on %2 it owed %3 less than that (money was refunded after that date): date the credit note on or after those refunds, or credit less</source>
        <translation>diese Gutschrift zieht ab, was Rechnung %1 schuldet, aber am %2 schuldete sie %3 weniger (Geld wurde nach diesem Datum erstattet): datieren Sie die Gutschrift auf oder nach diese Erstattungen, oder schreiben Sie weniger gut</translation>
    </message>
    <message>
        <source>with this change, invoice %1&apos;s credit note of %2 would take %3 more off it than it owed on that date</source>
        <translation>mit dieser Änderung zöge die Gutschrift vom %2 auf Rechnung %1 %3 mehr ab, als die Rechnung an diesem Tag schuldete</translation>
    </message>
    <message>
        <source>this credit note leaves %1 as credit from money invoice %2 holds, but some of that money came in after the note&apos;s date in the books (on %3): date the credit note on or after %4</source>
        <translation>diese Gutschrift lässt %1 als Guthaben aus Geld, das Rechnung %2 hält, aber ein Teil dieses Geldes kam in den Büchern nach dem Datum der Gutschrift (am %3): datieren Sie die Gutschrift auf den %4 oder später</translation>
    </message>
    <message>
        <source>a refund with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation>eine Erstattung mit gleichem Datum, Betrag, Zahlungsart und Referenz ist zu Rechnung %1 bereits erfasst</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund takes back only money paid on or before its date, and the invoice&apos;s next payment is dated %4</source>
        <translation>bis %1 hätte Rechnung %2 %3 mehr erstattet, als bis dahin auf sie gezahlt wurde: eine Erstattung nimmt nur Geld zurück, das an oder vor ihrem Datum gezahlt wurde, und die nächste Zahlung auf die Rechnung ist vom %4</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source>Edit line</source>
        <translation>Position bearbeiten</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Position verschieben</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>Überweisungsreferenz</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>cheque number</source>
        <translation>Schecknummer</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>the payment less its card fee of %1</source>
        <translation>die Zahlung abzüglich ihrer Kartengebühr von %1</translation>
    </message>
    <message>
        <source>the same amount</source>
        <translation>derselbe Betrag</translation>
    </message>
    <message>
        <source>booked 1 day after the payment</source>
        <translation>1 Tag nach der Zahlung gebucht</translation>
    </message>
    <message>
        <source>booked 1 day before the payment&apos;s date</source>
        <translation>1 Tag vor dem Datum der Zahlung gebucht</translation>
    </message>
    <message numerus="yes">
        <source>booked %n days after the payment</source>
        <translation>
            <numerusform>%n Tag nach der Zahlung gebucht</numerusform>
            <numerusform>%n Tage nach der Zahlung gebucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>booked %n days before the payment&apos;s date</source>
        <translation>
            <numerusform>%n Tag vor dem Zahlungsdatum gebucht</numerusform>
            <numerusform>%n Tage vor dem Zahlungsdatum gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>the text names its %1 %2</source>
        <translation>der Text nennt ihre %1 %2</translation>
    </message>
    <message>
        <source>the counterparty is like the customer %1</source>
        <translation>die Gegenpartei ähnelt dem Kunden %1</translation>
    </message>
    <message>
        <source>the payment names this account</source>
        <translation>die Zahlung nennt dieses Konto</translation>
    </message>
    <message>
        <source>the whole %1 invoice %2 owes</source>
        <translation>die gesamten %1, die Rechnung %2 schuldet</translation>
    </message>
    <message>
        <source>part of the %1 invoice %2 owes</source>
        <translation>ein Teil der %1, die Rechnung %2 schuldet</translation>
    </message>
    <message>
        <source>the text names invoices %1 of %2, which together owe %3</source>
        <translation>der Text nennt die Rechnungen %1 von %2, die zusammen %3 schulden</translation>
    </message>
    <message>
        <source>invoice %1 has a recorded payment that no line is matched to yet; if this line is that payment, find it by its amount or date</source>
        <translation>Rechnung %1 hat eine erfasste Zahlung, der noch keine Zeile zugeordnet ist; ist diese Zeile jene Zahlung, finden Sie sie über Betrag oder Datum</translation>
    </message>
    <message>
        <source>invoice %1 owes %2, less than this line</source>
        <translation>Rechnung %1 schuldet %2, weniger als diese Zeile</translation>
    </message>
    <message>
        <source>the text names invoice %1</source>
        <translation>der Text nennt Rechnung %1</translation>
    </message>
    <message>
        <source>the text names invoices %1, which together owe this amount, but they are not all open invoices of one customer: record a payment on each</source>
        <translation>der Text nennt die Rechnungen %1, die zusammen diesen Betrag schulden, aber sie sind nicht alle offene Rechnungen eines Kunden: erfassen Sie auf jeder eine Zahlung</translation>
    </message>
    <message>
        <source>the only open invoice that owes this amount</source>
        <translation>die einzige offene Rechnung, die diesen Betrag schuldet</translation>
    </message>
    <message>
        <source>the only open invoice of this customer that owes this amount</source>
        <translation>die einzige offene Rechnung dieses Kunden, die diesen Betrag schuldet</translation>
    </message>
    <message>
        <source>the text names invoices %1, which together owe this amount; no receipt is proposed while invoice %2 has a recorded payment that no line is matched to: if this line is new money, record the receipt across them</source>
        <translation>der Text nennt die Rechnungen %1, die zusammen diesen Betrag schulden; solange Rechnung %2 eine erfasste Zahlung hat, der keine Zeile zugeordnet ist, wird kein Zahlungseingang vorgeschlagen: ist diese Zeile neues Geld, erfassen Sie den Zahlungseingang über alle</translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>this line belongs to no MT940 field (fields start with a tag such as :61:)</source>
        <translation>diese Zeile gehört zu keinem MT940-Feld (Felder beginnen mit einem Tag wie :61:)</translation>
    </message>
    <message>
        <source>comes before the statement&apos;s :20: field</source>
        <translation>steht vor dem Feld :20: des Auszugs</translation>
    </message>
    <message>
        <source>the file holds no MT940 statement (no :20: field)</source>
        <translation>die Datei enthält keinen MT940-Auszug (kein Feld :20:)</translation>
    </message>
    <message>
        <source>the statement has no opening balance (:60F:), which gives its currency</source>
        <translation>der Auszug hat keinen Anfangssaldo (:60F:), der seine Währung angibt</translation>
    </message>
    <message>
        <source>is not a balance such as C260301EUR1234,56</source>
        <translation>ist kein Saldo wie C260301EUR1234,56</translation>
    </message>
    <message>
        <source>has no real date</source>
        <translation>hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>has an unknown currency</source>
        <translation>hat eine unbekannte Währung</translation>
    </message>
    <message>
        <source>is in %1, the statement in %2</source>
        <translation>ist in %1, der Auszug in %2</translation>
    </message>
    <message>
        <source>is not a statement line such as 2603010301CR100,00NTRFNONREF//B1</source>
        <translation>ist keine Auszugszeile wie 2603010301CR100,00NTRFNONREF//B1</translation>
    </message>
    <message>
        <source>comes before the opening balance (:60F:), which gives the currency</source>
        <translation>steht vor dem Anfangssaldo (:60F:), der die Währung angibt</translation>
    </message>
    <message>
        <source>has no real value date</source>
        <translation>hat keine gültige Wertstellung</translation>
    </message>
    <message>
        <source>has no real entry date</source>
        <translation>hat kein gültiges Buchungsdatum</translation>
    </message>
    <message>
        <source>the statement %1 ends without its closing balance (:62F:): the file is cut short or damaged; nothing was imported</source>
        <translation>der Auszug %1 endet ohne seinen Schlusssaldo (:62F:): die Datei ist abgeschnitten oder beschädigt; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>OfxReader</name>
    <message>
        <source>there is no &lt;OFX&gt; element</source>
        <translation>es gibt kein &lt;OFX&gt;-Element</translation>
    </message>
    <message>
        <source>line %1: a tag is not closed with &gt;</source>
        <translation>Zeile %1: ein Tag ist nicht mit &gt; geschlossen</translation>
    </message>
    <message>
        <source>line %1: an empty tag</source>
        <translation>Zeile %1: ein leeres Tag</translation>
    </message>
    <message>
        <source>line %1: the elements are nested too deeply</source>
        <translation>Zeile %1: die Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the file holds no bank or credit card statement (no STMTRS or CCSTMTRS)</source>
        <translation>die Datei enthält keinen Bank- oder Kreditkartenauszug (kein STMTRS oder CCSTMTRS)</translation>
    </message>
    <message>
        <source>is not a date in the form YYYYMMDD</source>
        <translation>ist kein Datum der Form JJJJMMTT</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>ist kein Währungscode</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>der Betrag fehlt</translation>
    </message>
    <message>
        <source>the file ends inside &lt;%1&gt; (opened on line %2) without its &lt;/%1&gt;: it is cut short or damaged; nothing was imported</source>
        <translation>die Datei endet innerhalb von &lt;%1&gt; (geöffnet in Zeile %2) ohne sein &lt;/%1&gt;: sie ist abgeschnitten oder beschädigt; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Debitkarte</translation>
    </message>
    <message>
        <source>EFT / direct deposit</source>
        <translation>Überweisung / Lastschrift</translation>
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
        <translation>Bankscheck</translation>
    </message>
    <message>
        <source>Wire / account transfer</source>
        <translation>Bank-/Kontoüberweisung</translation>
    </message>
    <message>
        <source>EFTPOS</source>
        <translation>EFTPOS</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>a payment needs a date</source>
        <translation>eine Zahlung braucht ein Datum</translation>
    </message>
    <message>
        <source>the amount cannot be zero</source>
        <translation>der Betrag darf nicht null sein</translation>
    </message>
    <message>
        <source>is only for %1 payments, not %2</source>
        <translation>gilt nur für %1zahlungen, nicht für %2</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Überweisungs</translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation>eine Scheckzahlung braucht die Schecknummer</translation>
    </message>
    <message>
        <source>a fee percentage must be between 0 and 100</source>
        <translation>ein Gebührensatz muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation>eine Gebühr kann nicht negativ sein</translation>
    </message>
    <message>
        <source>TDS cannot be negative</source>
        <translation>Quellensteuer (TDS) kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a transaction charge cannot be negative</source>
        <translation>eine Transaktionsgebühr kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the payment cannot be reconciled before it was made</source>
        <translation>die Zahlung kann nicht vor ihrem Datum abgestimmt werden</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled and takes no payments</source>
        <translation>Rechnung %1 ist storniert und nimmt keine Zahlungen an</translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 outstanding</source>
        <translation>%1 %2 würde Rechnung %3 überzahlen; offen sind %4</translation>
    </message>
    <message>
        <source>a refund of %1 %2 is more than the %3 paid on invoice %4</source>
        <translation>eine Erstattung von %1 %2 übersteigt die %3, die auf Rechnung %4 gezahlt wurden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>invoice %1 is not an open invoice of this customer in %2</source>
        <translation>Rechnung %1 ist keine offene Rechnung dieses Kunden in %2</translation>
    </message>
    <message>
        <source>invoice %1 is allocated twice</source>
        <translation>Rechnung %1 ist zweimal zugeordnet</translation>
    </message>
    <message>
        <source>the amount allocated to invoice %1 must be more than zero</source>
        <translation>der Rechnung %1 zugeordnete Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>allocating %1 to invoice %2 is more than the %3 it owes</source>
        <translation>%1 auf Rechnung %2 ist mehr als die offenen %3</translation>
    </message>
    <message>
        <source>a receipt&apos;s amount must be more than zero</source>
        <translation>der Betrag eines Zahlungseingangs muss größer als null sein</translation>
    </message>
    <message>
        <source>the allocations total %1, more than the %2 received</source>
        <translation>die Zuordnungen ergeben %1, mehr als die erhaltenen %2</translation>
    </message>
    <message>
        <source>%1 is not a payment method field; they are named as payments.csv names them (cheque.number, eft.reference, ...)</source>
        <translation>%1 ist kein Feld einer Zahlungsart; die Felder heißen wie in payments.csv (cheque.number, eft.reference, …)</translation>
    </message>
    <message>
        <source>there is no customer named &quot;%1&quot;</source>
        <translation>es gibt keinen Kunden namens „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; has no default currency; name the currency</source>
        <translation>Kunde „%1“ hat keine Standardwährung; geben Sie die Währung an</translation>
    </message>
    <message>
        <source>a receipt needs a date</source>
        <translation>ein Zahlungseingang braucht ein Datum</translation>
    </message>
    <message>
        <source>receipt %1 is already recorded</source>
        <translation>Zahlungseingang %1 ist bereits erfasst</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>Rechnung %1: %2</translation>
    </message>
    <message>
        <source>voiding a receipt needs a reason</source>
        <translation>das Stornieren eines Zahlungseingangs braucht einen Grund</translation>
    </message>
    <message>
        <source>the receipt no longer exists</source>
        <translation>der Zahlungseingang existiert nicht mehr</translation>
    </message>
    <message>
        <source>receipt %1 is already voided</source>
        <translation>Zahlungseingang %1 ist bereits storniert</translation>
    </message>
    <message>
        <source>invoice %1 is not %2&apos;s</source>
        <translation>Rechnung %1 gehört nicht %2</translation>
    </message>
    <message>
        <source>%1 has %2 %3 of credit; %4 cannot be applied</source>
        <translation>%1 hat %2 %3 Guthaben; %4 können nicht verrechnet werden</translation>
    </message>
    <message>
        <source>Applied from the customer&apos;s credit</source>
        <translation>Aus dem Guthaben des Kunden verrechnet</translation>
    </message>
    <message>
        <source>enter the amount received or the credit to apply</source>
        <translation>geben Sie den erhaltenen Betrag oder das zu verwendende Guthaben ein</translation>
    </message>
    <message>
        <source>credit on %1: %2</source>
        <translation>Guthaben auf %1: %2</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: %2 %3 of %4&apos;s credit from it has paid invoice(s) %5; void those payments first, then the receipt</source>
        <translation>Zahlungseingang %1 kann nicht storniert werden: %2 %3 des daraus stammenden Guthabens von %4 hat Rechnung(en) %5 bezahlt; stornieren Sie zuerst diese Zahlungen, dann den Zahlungseingang</translation>
    </message>
    <message>
        <source>the credit to apply must be more than zero, not %1</source>
        <translation>das zu verrechnende Guthaben muss größer als null sein, nicht %1</translation>
    </message>
    <message>
        <source>receipt %1 is already recorded (choose skip for receipts already recorded)</source>
        <translation>Zahlungseingang %1 ist schon erfasst (wählen Sie Überspringen für schon erfasste Zahlungseingänge)</translation>
    </message>
    <message>
        <source>receipt %1 was voided on %2 (%3); a voided receipt&apos;s key is not used again: give the receipt a new key</source>
        <translation>Zahlungseingang %1 wurde am %2 storniert (%3); der Schlüssel eines stornierten Zahlungseingangs wird nicht wieder verwendet: geben Sie dem Zahlungseingang einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>receipt %1 is recorded as %2 %3 from %4 on %5 and the file tells it otherwise (amount, date, customer, method or allocations); an import does not change a recorded receipt (void it and import it under a new key)</source>
        <translation>Zahlungseingang %1 ist als %2 %3 von %4 am %5 erfasst, die Datei sagt anderes (Betrag, Datum, Kunde, Zahlungsart oder Zuordnungen); ein Import ändert keinen erfassten Zahlungseingang (stornieren Sie ihn und importieren Sie ihn unter einem neuen Schlüssel)</translation>
    </message>
    <message>
        <source>the allocations add up to more than an amount can be (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>die Zuordnungen ergeben zusammen mehr, als ein Betrag sein kann (über 9.223.372.036.854.775.807 kleinste Einheiten)</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: %2 %3 of %4&apos;s credit from it, or from credit note %5 on the money it paid, has paid invoice(s) %6; void those payments first, then the receipt</source>
        <translation>Beleg %1 kann nicht storniert werden: %2 %3 des Guthabens von %4 aus ihm oder aus Gutschrift %5 auf das damit bezahlte Geld haben Rechnung(en) %6 bezahlt; stornieren Sie zuerst diese Zahlungen, dann den Beleg</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: without it %2&apos;s credit would be %3 %4 short by %5 (credit applied by then, to invoice(s) %6, used it before later credit arrived); void those payments first, then the receipt</source>
        <translation>Beleg %1 kann nicht storniert werden: ohne ihn fehlten dem Guthaben von %2 bis %5 %3 %4 (bis dahin auf Rechnung(en) %6 angewandtes Guthaben hat es verbraucht, bevor späteres Guthaben eintraf); stornieren Sie zuerst diese Zahlungen, dann den Beleg</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided, as its payment of %2 %3 on invoice %4 cannot: %5</source>
        <translation>Beleg %1 kann nicht storniert werden, da seine Zahlung von %2 %3 auf Rechnung %4 es nicht kann: %5</translation>
    </message>
    <message>
        <source>applying %3 %4 of %1&apos;s credit on %2 would leave it %6 %4 short by %5: credit is applied only from receipts and credit notes dated on or before the day it is applied; date it later, or record the receipt first</source>
        <translation>%3 %4 vom Guthaben von %1 am %2 anzuwenden, ließe es bis %5 um %6 %4 zu knapp: Guthaben wird nur aus Belegen und Gutschriften angewandt, die an oder vor dem Tag der Anwendung datiert sind; datieren Sie später oder erfassen Sie zuerst den Beleg</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>The %1 amounts of these books add up to more than a report can sum (over 9,223,372,036,854,775,807 minor units): this report leaves them out.</source>
        <translation>Die %1-Beträge dieser Bücher ergeben mehr, als ein Bericht summieren kann (über 9.223.372.036.854.775.807 kleinste Einheiten): Dieser Bericht lässt sie aus.</translation>
    </message>
    <message>
        <source>The %1 amounts of %2 add up to more than a statement can sum (over 9,223,372,036,854,775,807 minor units): no %1 statement is made.</source>
        <translation>Die %1-Beträge von %2 ergeben mehr, als ein Kontoauszug summieren kann (über 9.223.372.036.854.775.807 kleinste Einheiten): Es wird kein %1-Kontoauszug erstellt.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>From the bank statement: %1</source>
        <translation>Aus dem Kontoauszug: %1</translation>
    </message>
    <message>
        <source>the payment %1 is no longer open</source>
        <translation>die Zahlung %1 ist nicht mehr offen</translation>
    </message>
    <message>
        <source>there is no statement line %1</source>
        <translation>es gibt keine Kontoauszugszeile %1</translation>
    </message>
    <message>
        <source>line %1 is already matched to the receipt %2 (invoices %3)</source>
        <translation>Zeile %1 ist bereits dem Zahlungseingang %2 zugeordnet (Rechnungen %3)</translation>
    </message>
    <message>
        <source>line %1 is already matched to the payment %2 (invoice %3)</source>
        <translation>Zeile %1 ist bereits der Zahlung %2 (Rechnung %3) zugeordnet</translation>
    </message>
    <message>
        <source>the payment was voided</source>
        <translation>die Zahlung wurde storniert</translation>
    </message>
    <message>
        <source>that payment is voided, already reconciled or matched to another line</source>
        <translation>diese Zahlung ist storniert, bereits abgeglichen oder einer anderen Zeile zugeordnet</translation>
    </message>
    <message>
        <source>the payment is in %1, the line in %2</source>
        <translation>die Zahlung ist in %1, die Zeile in %2</translation>
    </message>
    <message>
        <source>the line&apos;s amount %1 is not the payment&apos;s %2 (nor the payment less its card fee)</source>
        <translation>der Betrag %1 der Zeile ist nicht der Betrag %2 der Zahlung (auch nicht abzüglich der Kartengebühr)</translation>
    </message>
    <message>
        <source>the payment %1 went into another account</source>
        <translation>die Zahlung %1 ging auf ein anderes Konto</translation>
    </message>
    <message>
        <source>line %1 takes money out; only money in is a payment for an invoice</source>
        <translation>Zeile %1 ist ein Abgang; nur ein Eingang ist eine Zahlung für eine Rechnung</translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation>die Rechnung gibt es nicht mehr</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the line in %3</source>
        <translation>Rechnung %1 ist in %2, die Zeile in %3</translation>
    </message>
    <message>
        <source>a receipt needs at least one invoice</source>
        <translation>ein Zahlungseingang braucht mindestens eine Rechnung</translation>
    </message>
    <message>
        <source>an invoice of the receipt is no longer open</source>
        <translation>eine Rechnung des Zahlungseingangs ist nicht mehr offen</translation>
    </message>
    <message>
        <source>invoice %1 is %2&apos;s, not %3&apos;s: a receipt is one customer&apos;s money</source>
        <translation>Rechnung %1 gehört %2, nicht %3: ein Zahlungseingang ist das Geld eines Kunden</translation>
    </message>
    <message>
        <source>the invoices owe %1 together, the line is %2</source>
        <translation>die Rechnungen schulden zusammen %1, die Zeile beträgt %2</translation>
    </message>
    <message>
        <source>line %1 is not matched</source>
        <translation>Zeile %1 ist nicht zugeordnet</translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation>die Zahlung gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the bank account no longer exists</source>
        <translation>das Bankkonto gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the payment is matched to a line of the account &quot;%1&quot;</source>
        <translation>die Zahlung ist einer Zeile des Kontos „%1“ zugeordnet</translation>
    </message>
    <message>
        <source>invoice %1 already has the payment %2 of %3 from %4, which no statement line is matched to: line %5 is probably that money. Match the line to that payment; if the customer really paid twice, record the second payment first and match the line to it</source>
        <translation>Rechnung %1 hat bereits die Zahlung %2 über %3 vom %4, der keine Auszugszeile zugeordnet ist: Zeile %5 ist wahrscheinlich dieses Geld. Ordnen Sie die Zeile dieser Zahlung zu; hat der Kunde wirklich zweimal gezahlt, erfassen Sie zuerst die zweite Zahlung und ordnen Sie ihr die Zeile zu</translation>
    </message>
    <message>
        <source>the bank took line %1 back: line %2 of %3 reverses its %4, so it is no payment</source>
        <translation>die Bank hat Zeile %1 zurückgebucht: Zeile %2 vom %3 storniert ihre %4, sie ist also keine Zahlung</translation>
    </message>
    <message>
        <source>the bank takes back an earlier line of %1 here: if that money was recorded as a payment, void the payment</source>
        <translation>hier bucht die Bank eine frühere Zeile über %1 zurück: wurde dieses Geld als Zahlung erfasst, stornieren Sie die Zahlung</translation>
    </message>
</context>
<context>
    <name>Refrens</name>
    <message>
        <source>Refrens refused the login (HTTP %1)</source>
        <translation>Refrens hat die Anmeldung abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Refrens returned no access token</source>
        <translation>Refrens lieferte kein Zugriffstoken</translation>
    </message>
    <message>
        <source>invoice %1 is not linked to a Refrens invoice yet</source>
        <translation>Rechnung %1 ist noch keiner Refrens-Rechnung zugeordnet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>die Antwort war kein JSON</translation>
    </message>
    <message>
        <source>Refrens has no invoice numbered %1</source>
        <translation>Refrens hat keine Rechnung mit der Nummer %1</translation>
    </message>
    <message>
        <source>Refrens has several invoices numbered %1</source>
        <translation>Refrens hat mehrere Rechnungen mit der Nummer %1</translation>
    </message>
    <message>
        <source>Refrens returned no payment id</source>
        <translation>Refrens lieferte keine Zahlungs-ID</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>die Rückabfrage schlug fehl (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation>%1 Zahlungen tragen die Kennung %2</translation>
    </message>
    <message>
        <source>the payment was removed in Refrens</source>
        <translation>die Zahlung wurde in Refrens entfernt</translation>
    </message>
    <message>
        <source>the answer lists no payments</source>
        <translation>die Antwort nennt keine Zahlungen</translation>
    </message>
    <message>
        <source>the answer lists no payments (HTTP %1)</source>
        <translation>die Antwort nennt keine Zahlungen (HTTP %1)</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>unbekannter Vorgang</translation>
    </message>
</context>
<context>
    <name>RemoteLimits</name>
    <message>
        <source>If it has already reached %1: %2.</source>
        <translation>Falls sie %1 schon erreicht hat: %2.</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>Ber&amp;ichte</translation>
    </message>
    <message>
        <source>A/R &amp;Aging…</source>
        <translation>&amp;Offene Posten…</translation>
    </message>
    <message>
        <source>Customer &amp;Statement…</source>
        <translation>&amp;Kontoauszug…</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Schlusssaldo</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>, cheque %1</source>
        <translation>, Scheck %1</translation>
    </message>
    <message>
        <source>, ref. %1</source>
        <translation>, Ref. %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Refund on %1</source>
        <translation>Erstattung zu %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 erhalten</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>Gutschrift: %1</translation>
    </message>
    <message>
        <source>Credit note on %1: %2</source>
        <translation>Gutschrift zu %1: %2</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
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
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Aging on %1</source>
        <translation>Fälligkeiten am %1</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation>Kontoauszug für %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StatementImporter</name>
    <message>
        <source>the statement %1 opens at %2 and its lines add %3, which gives %4, not its closing balance (a difference of %5); nothing was imported</source>
        <translation>der Kontoauszug %1 beginnt bei %2 und seine Zeilen ergeben %3, also %4, nicht seinen Schlusssaldo (eine Differenz von %5); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the statement is for %1, which is the account &quot;%2&quot;; import it into that account, or without naming one</source>
        <translation>der Auszug ist für %1, das ist das Konto „%2“; importieren Sie ihn in dieses Konto oder ohne eines zu nennen</translation>
    </message>
    <message>
        <source>the statement is for %1, but the account &quot;%2&quot; is %3</source>
        <translation>der Auszug ist für %1, aber das Konto „%2“ ist %3</translation>
    </message>
    <message>
        <source>the file does not say which account it is for; name the account</source>
        <translation>die Datei sagt nicht, für welches Konto sie ist; nennen Sie das Konto</translation>
    </message>
    <message>
        <source>the statement is in %1, the account &quot;%2&quot; in %3</source>
        <translation>der Auszug ist in %1, das Konto „%2“ in %3</translation>
    </message>
    <message>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>es gibt bereits ein Konto namens „%1“</translation>
    </message>
    <message>
        <source>%1: the statement %2 opens on %3 at %4, but the account&apos;s lines before it come to %5; %6 is missing between %7 and %3 (a statement not imported yet?)</source>
        <translation>%1: der Auszug %2 beginnt am %3 mit %4, aber die Zeilen des Kontos davor ergeben %5; zwischen %7 und %3 fehlen %6 (ein noch nicht importierter Auszug?)</translation>
    </message>
    <message>
        <source>%1: no statement covers %2 to %3</source>
        <translation>%1: kein Auszug deckt %2 bis %3 ab</translation>
    </message>
    <message>
        <source>of %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1: the statement %2 closes at %3, so before its lines the account held %4, but the account&apos;s lines before %5 come to %6: %7 is missing between %8 and %5 (a statement not imported yet?), or the file&apos;s balance is wrong</source>
        <translation>%1: der Auszug %2 schließt mit %3, vor seinen Zeilen hatte das Konto also %4, aber die Zeilen des Kontos vor dem %5 ergeben %6: zwischen %8 und %5 fehlen %7 (ein noch nicht importierter Auszug?), oder der Saldo der Datei ist falsch</translation>
    </message>
</context>
<context>
    <name>StatementReader</name>
    <message>
        <source>this is not a CAMT, MT940 or OFX statement</source>
        <translation>das ist kein CAMT-, MT940- oder OFX-Auszug</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>an address it did not give</source>
        <translation>eine Adresse, die er nicht nannte</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Recording an outcome</source>
        <translation>Ergebnis wird gespeichert</translation>
    </message>
    <message>
        <source>Recovering the sync queue</source>
        <translation>Synchronisationswarteschlange wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Resuming connections</source>
        <translation>Verbindungen werden fortgesetzt</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Synchronisationswarteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Numbering an attempt</source>
        <translation>Versuch wird nummeriert</translation>
    </message>
    <message>
        <source>Recording an attempt</source>
        <translation>Versuch wird gespeichert</translation>
    </message>
    <message>
        <source>Marking an operation as sending</source>
        <translation>Vorgang wird als gesendet markiert</translation>
    </message>
    <message>
        <source>Saving a response</source>
        <translation>Antwort wird gespeichert</translation>
    </message>
    <message>
        <source>Recording the remote id</source>
        <translation>Entfernte ID wird gespeichert</translation>
    </message>
    <message>
        <source>Recording a read-back</source>
        <translation>Rückabfrage wird gespeichert</translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation>die Zugangsdaten wurden abgelehnt</translation>
    </message>
    <message>
        <source>Pausing a connection</source>
        <translation>Verbindung wird pausiert</translation>
    </message>
    <message>
        <source>there is no operation %1</source>
        <translation>es gibt keinen Vorgang %1</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>von Hand bestätigt</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation>Entscheidung wird gespeichert</translation>
    </message>
    <message>
        <source>Retrying an operation</source>
        <translation>Vorgang wird erneut versucht</translation>
    </message>
    <message>
        <source>Discarding an operation</source>
        <translation>Vorgang wird verworfen</translation>
    </message>
    <message>
        <source>Reading an operation&apos;s invoice</source>
        <translation>Lesen der Rechnung eines Vorgangs</translation>
    </message>
    <message>
        <source>operation %1 is in doubt and may only be read back</source>
        <translation>Vorgang %1 ist ungewiss und darf nur zurückgelesen werden</translation>
    </message>
    <message>
        <source>operation %1 was claimed twice; nothing was sent</source>
        <translation>Vorgang %1 wurde zweimal beansprucht; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Postponing an operation</source>
        <translation>Zurückstellen eines Vorgangs</translation>
    </message>
    <message>
        <source>Reading a link</source>
        <translation>Lesen einer Verknüpfung</translation>
    </message>
    <message>
        <source>invoice %1 is not linked to this connection</source>
        <translation>Rechnung %1 ist nicht mit dieser Verbindung verknüpft</translation>
    </message>
    <message>
        <source>invoice %1 is linked to remote id %2 already</source>
        <translation>Rechnung %1 ist bereits mit der entfernten ID %2 verknüpft</translation>
    </message>
    <message>
        <source>Reading what was synced</source>
        <translation>Lesen des Synchronisierten</translation>
    </message>
</context>
<context>
    <name>SyncVerifier</name>
    <message>
        <source>it was removed on %1</source>
        <translation>sie wurde in %1 entfernt</translation>
    </message>
    <message>
        <source>amount %1 here, %2 on %3</source>
        <translation>Betrag hier %1, in %3 %2</translation>
    </message>
    <message>
        <source>date %1 here, %2 on %3</source>
        <translation>Datum hier %1, in %3 %2</translation>
    </message>
    <message>
        <source>match</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>missing there</source>
        <translation>fehlt dort</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation>hier unbekannt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>  %1 match, %2 missing there, %3 differ, %4 unknown here, %5 not checked.</source>
        <translation>  %1 stimmen, %2 fehlen dort, %3 weichen ab, %4 hier unbekannt, %5 nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 ist nicht in %2</translation>
    </message>
    <message>
        <source>%1 payments on %2 carry this marker</source>
        <translation>%1 Zahlungen in %2 tragen diese Markierung</translation>
    </message>
    <message>
        <source>%1 on %2 with our marker, not in these books</source>
        <translation>%1 in %2 mit unserer Markierung, nicht in diesen Büchern</translation>
    </message>
    <message>
        <source>%1 (this system does not report the amount)</source>
        <translation>%1 (dieses System meldet den Betrag nicht)</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message>
        <source>a tax code needs a name</source>
        <translation>ein Steuerschlüssel braucht einen Namen</translation>
    </message>
    <message>
        <source>the name has spaces at its start or end</source>
        <translation>der Name hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>ein Steuersatz muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>the category must be one of %1</source>
        <translation>die Kategorie muss eine von %1 sein</translation>
    </message>
    <message>
        <source>a code of category %1 has a rate of 0 %</source>
        <translation>ein Schlüssel der Kategorie %1 hat einen Satz von 0 %</translation>
    </message>
    <message>
        <source>there is no tax code named &quot;%1&quot;</source>
        <translation>es gibt keinen Steuerschlüssel namens „%1“</translation>
    </message>
    <message>
        <source>tax code &quot;%1&quot; is %2 %, but the line&apos;s tax rate is %3 %</source>
        <translation>Steuerschlüssel „%1“ hat %2 %, aber der Steuersatz der Zeile ist %3 %</translation>
    </message>
    <message>
        <source>there is already a tax code named &quot;%1&quot;</source>
        <translation>es gibt bereits einen Steuerschlüssel namens „%1“</translation>
    </message>
    <message>
        <source>the tax code no longer exists</source>
        <translation>der Steuerschlüssel existiert nicht mehr</translation>
    </message>
    <message>
        <source>a standard-rated code (S) has a rate above 0 %; 0 % is category Z</source>
        <translation>ein Code mit Regelsatz (S) hat einen Satz über 0 %; 0 % ist Kategorie Z</translation>
    </message>
    <message>
        <source>a code of category %1 is taxed: it has no exemption reason (the reason is for E, AE, K, G and O)</source>
        <translation>ein Schlüssel der Kategorie %1 ist steuerpflichtig: er hat keinen Befreiungsgrund (der Grund gilt für E, AE, K, G und O)</translation>
    </message>
</context>
<context>
    <name>TaxCodesDialog</name>
    <message>
        <source>standard rate</source>
        <translation>Regelsteuersatz</translation>
    </message>
    <message>
        <source>zero rated</source>
        <translation>Nullsatz</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>steuerfrei</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>Umkehr der Steuerschuldnerschaft</translation>
    </message>
    <message>
        <source>intra-community supply</source>
        <translation>innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>Ausfuhr aus der EU</translation>
    </message>
    <message>
        <source>not subject to VAT</source>
        <translation>nicht steuerbar</translation>
    </message>
</context>
<context>
    <name>UpgradeChat</name>
    <message>
        <source>the invoice has no remote id yet</source>
        <translation>die Rechnung hat noch keine entfernte ID</translation>
    </message>
    <message>
        <source>the invoice was never acknowledged by the remote, so there is nothing to delete</source>
        <translation>die Rechnung wurde vom Gegenüber nie bestätigt, es gibt also nichts zu löschen</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>unbekannter Vorgang</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>die Antwort war kein JSON</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>die Rückabfrage schlug fehl (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation>%1 Zahlungen tragen die Kennung %2</translation>
    </message>
    <message>
        <source>the answer did not confirm the operation (it lacks what a success carries)</source>
        <translation>die Antwort bestätigte den Vorgang nicht (ihr fehlt, was ein Erfolg enthält)</translation>
    </message>
    <message>
        <source>invoice %1 was linked by the remote&apos;s &quot;already exists&quot; answer, so its Upgrade.Chat id is not known here: look the invoice up in Upgrade.Chat and enter its id (Sync Issues, or invoicedesk-cli sync link %1 --remote-id ID)</source>
        <translation>Rechnung %1 wurde über die Antwort „existiert bereits“ verknüpft, daher ist ihre Upgrade.Chat-ID hier nicht bekannt: suchen Sie die Rechnung in Upgrade.Chat und geben Sie ihre ID ein (Synchronisierungsprobleme, oder invoicedesk-cli sync link %1 --remote-id ID)</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments</source>
        <translation>die Antwort zur Rechnung nennt keine Zahlungen</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments (HTTP %1)</source>
        <translation>die Antwort zur Rechnung nennt keine Zahlungen (HTTP %1)</translation>
    </message>
    <message>
        <source>found by the remote&apos;s answer that invoice %1 already exists (this system has no documented read-back; its id is to be learned)</source>
        <translation>gefunden durch die Antwort, dass Rechnung %1 bereits existiert (dieses System hat kein dokumentiertes Zurücklesen; ihre ID ist noch zu ermitteln)</translation>
    </message>
    <message>
        <source>the first send had not landed; created by the read-back</source>
        <translation>der erste Versand war nicht angekommen; durch das Zurücklesen angelegt</translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>There are no connections to verify.</source>
        <translation>Es gibt keine Verbindungen zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>the workbook is damaged (its zip container)</source>
        <translation>die Arbeitsmappe ist beschädigt (ihr ZIP-Container)</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>dies ist keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>der Arbeitsmappe fehlt der Teil %1</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is too large</source>
        <translation>der Teil %1 der Arbeitsmappe ist zu groß</translation>
    </message>
    <message>
        <source>row %1: a cell is out of order or beyond column XFD</source>
        <translation>Zeile %1: eine Zelle steht außer der Reihe oder jenseits der Spalte XFD</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>die Arbeitsmappe hat kein Blatt „%1“; ihre Blätter sind: %2</translation>
    </message>
    <message>
        <source>the sheet is damaged near row %1: %2</source>
        <translation>das Blatt ist bei Zeile %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>die Arbeitsmappe ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>die Arbeitsmappe hat kein Blatt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline invoice and payment entry for bookkeepers.</source>
        <translation>Offline-Erfassung von Rechnungen und Zahlungen für Buchhalter.</translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation>Die zu öffnende Firmendatei.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit (for documentation and CI).</source>
        <translation>Hauptfenster als PNG-Datei ausgeben und beenden (für Dokumentation und CI).</translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation>Firmendatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Fill a company file that does not exist yet with the demo company, without asking (for scripts and screenshots).</source>
        <translation>Eine noch nicht vorhandene Firmendatei ohne Nachfrage mit der Demofirma füllen (für Skripte und Bildschirmfotos).</translation>
    </message>
</context>
</TS>
