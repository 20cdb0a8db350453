<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddressForm</name>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neigh&amp;bourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry (ISO)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Authentication (bearer or api-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts receivable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment type (default Payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business URL key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade.Chat CRM (invoices and payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy (payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM (payments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens (payments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Saving invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is cancelled and takes no payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund of %1 %2 is more than the %3 paid on invoice %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AuditLog</name>
    <message>
        <source>Writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Cli</name>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  invoicedesk-cli [--db PATH] import invoices|payments FILE [--dry-run] [--skip-invalid]
                  [--on-existing update|skip|fail] [--separator C] [--decimal-comma]
                  [--date-format FMT] [--encoding E] [--allow-duplicates]
  invoicedesk-cli [--db PATH] export invoices|payments FILE|- [--status S]
  invoicedesk-cli [--db PATH] list invoices|payments [--status S] [--format table|csv|json]
  invoicedesk-cli [--db PATH] status [--format table|json]
  invoicedesk-cli [--db PATH] demo [--count N]
  invoicedesk-cli [--db PATH] connection add NAME --kind KIND --url URL [options of that kind]
      upgradechat  --token-env VAR [--auth bearer|api-key]
      ivvy         --key-env VAR --secret-env VAR
      crmcom       (--username U --password-env VAR --organisation ORG | --api-key-env VAR)
                   [--accounts-receivable NUMBER] [--payment-type NAME]
      refrens      --url-key KEY --app-id ID --app-secret-env VAR
  invoicedesk-cli [--db PATH] connection list|remove NAME
  invoicedesk-cli [--db PATH] sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S]

The database is --db, else $INVOICEDESK_DB, else the application data folder.
Exit codes: 0 success, 1 a failure to act on (bad file, rejected rows), 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status for payments must be recorded or voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: list invoices|payments [--status S] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: status [--format table|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message>
        <source>%1 waiting · %2 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:    %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments:    %1 (%2 voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: connection add NAME --kind KIND --url URL [options of that kind]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be a full URL such as https://crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must use https (plain http is allowed only on this machine&apos;s loopback address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be bearer or api-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crmcom needs --username U --password-env VAR --organisation ORG, or --api-key-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refrens needs --url-key KEY --app-id ID and --app-secret-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the %1; name an environment variable with --%2 VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed connection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: connection add|list|remove ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations were interrupted and will be checked with the remote before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 acknowledged; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all changes synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-existing must be update, skip or fail, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator must be one character (use &quot;tab&quot; for a tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import invoices|payments FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 with problems: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows and their problems are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: export invoices|payments FILE|-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded, for invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds invoices; demo data goes into a new database (use --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 sample invoices with their payments to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ConnectionRepository</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; still has %2 operations to sync; sync or resolve them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; is assigned to %2 invoices; it cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ConnectionTester</name>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system &amp;keychain (type them above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In environment &amp;variables (type the variables&apos; names above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>(kept in the keychain; type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs a name and a full address such as https://crm.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose &quot;In environment variables&quot; to name variables that hold the secrets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CredentialStore</name>
    <message>
        <source>connection &quot;%1&quot;: the environment variable %2 (its %3) is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection &quot;%1&quot;: its %2 could not be read from the system keychain (%3). Where no keychain runs, name an environment variable instead (connection add ... --%4-env VAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered (%1); the secret was not stored. Name an environment variable instead (--…-env VAR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CrmComAdapter</name>
    <message>
        <source>CRM.COM&apos;s login answered HTTP %1 without JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM&apos;s login returned no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM invoices cannot be deleted through its API; cancel it in CRM.COM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM offers no reversal of a posted payment through pay_invoice: reverse %1 in CRM.COM, then confirm here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM&apos;s pay_invoice takes no refunds; record the refund in CRM.COM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM&apos;s pay_invoice pays the whole outstanding amount (%1 %2), and this payment is %3 %2; record part payments in CRM.COM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this CRM.COM connection has no payment method name for &quot;%1&quot;; set methodNames on the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM.COM returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment was cancelled in CRM.COM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CsvExporter</name>
    <message>
        <source>Listing invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CsvHeader</name>
    <message>
        <source>unknown column (expected one of the columns of DESIGN.md&apos;s format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CsvImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of invoice %1 must be together; it already appeared at line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CsvReader</name>
    <message>
        <source>line %1: a quoted field that starts here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CsvRow</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date in the form yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date in the form %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Database</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not migrated; open it in the main thread first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another InvoiceDesk process (pid %2 on %3); close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an InvoiceDesk database (it is not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an InvoiceDesk database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer InvoiceDesk (schema %2; this program knows up to %3). Update InvoiceDesk to open it; the file was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not migrating %1: the backup before migrating failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check failed: %2); restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database handle is not available for a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it is not a backup of a company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restoring: the copy of the current data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2; your data is unchanged, and also kept in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Decimal</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Exchange</name>
    <message>
        <source>no answer within the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;dated between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::FirstRunDialog</name>
    <message>
        <source>Welcome to InvoiceDesk</source>
        <translation>Bienvenido a InvoiceDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no company file yet.&lt;/p&gt;&lt;p&gt;Start an empty one at &lt;i&gt;%1&lt;/i&gt;, or open the demo company, full of sample invoices, to look around first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Company</source>
        <translation>Abrir la empresa de &amp;demostración</translation>
    </message>
    <message>
        <source>Create an &amp;Empty Company File</source>
        <translation>Crear un archivo de empresa &amp;vacío</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportCheckPage</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix a row here, or skip the rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows with problems (edit a cell to fix it, then check again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: %1 rows are ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems in %2 of %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file of invoices (one row per line item) or of payments (one row per payment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFormatPage</name>
    <message>
        <source>How the file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file; change anything that looks wrong in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportIssue</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are matched by their header; choose for any that are not, or ignore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to %1, which an import needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportRun</name>
    <message>
        <source>invoice %1 already exists (choose update or skip for existing invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs an invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Rows with Problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Rows with Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 %2 (%3 updated, %4 skipped); %5 rejected rows were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Invoice</name>
    <message>
        <source>the invoice total is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number has spaces at its start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date is before the invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line total is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs a description or a product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grand total cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceCsv</name>
    <message>
        <source>an invoice needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the invoice&apos;s first row (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of a multi-line invoice has no line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Day, Month, Year or blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match quantity × rate = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the total of the lines, discount, shipping and tax (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceEditor</name>
    <message>
        <source>&amp;Billing address</source>
        <translation>Dirección de &amp;facturación</translation>
    </message>
    <message>
        <source>Same as billing</source>
        <translation>Igual que la de facturación</translation>
    </message>
    <message>
        <source>&amp;Shipping address</source>
        <translation>Dirección de &amp;envío</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>D&amp;raft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none, keep local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order num&amp;ber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;upon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forbidden methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from line rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Disc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax applied</source>
        <translation>Impuesto aplicado</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total general</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>&amp;Void Payment…</source>
        <translation>A&amp;nular pago…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Invoice[*]</source>
        <translation>Nueva factura[*]</translation>
    </message>
    <message>
        <source>Invoice %1 (cancelled)[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1[*]</source>
        <translation>Factura %1[*]</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the payment to void first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is payment %1 being voided? It stays on record, marked void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Void Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this invoice before closing?</source>
        <translation>¿Guardar los cambios de esta factura antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Saved locally</source>
        <translation>Guardado localmente</translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation>Sincronizado ✓</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Esperando envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Checking with the service</source>
        <translation>Comprobando con el servicio</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Esperando inicio de sesión</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceRepository</name>
    <message>
        <source>Updating invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving line %1 of invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the %1 address of invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s paid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the invoice&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning the invoice to a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::IvvyAdapter</name>
    <message>
        <source>iVvy has no way to delete an invoice through its API; delete or cancel it in iVvy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy offers no reversal through its API: reverse payment %1 in iVvy, then confirm here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy takes no refunds through addPayment; record the refund in iVvy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is not linked to an iVvy invoice yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy has no payment method for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy needs customPaymentMethodId for a custom payment; set it on the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy has no invoice numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy has several invoices numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iVvy did not confirm the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments carry receipt number %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Ledger</name>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice number %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cancelled invoice cannot be reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice with payments cannot go back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency cannot change once payments are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new total %1 is less than the %2 already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice is already synced with &quot;%1&quot; and cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice has not been saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 has recorded payments and cannot be deleted; cancel it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is already cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding a payment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment is already voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment&apos;s invoice no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: voiding this payment would leave more refunded than paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemsModel</name>
    <message>
        <source>Quantity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit must be Day, Month, Year or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissionable amount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is computed from quantity and rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <source>Commissionable</source>
        <translation>Comisionable</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, customer or description</source>
        <translation>Filtrar por número, cliente o descripción</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Company File…</source>
        <translation>&amp;Abrir archivo de empresa…</translation>
    </message>
    <message>
        <source>&amp;Import Invoices…</source>
        <translation>&amp;Importar facturas…</translation>
    </message>
    <message>
        <source>Import &amp;Payments…</source>
        <translation>Importar &amp;pagos…</translation>
    </message>
    <message>
        <source>&amp;Export Invoices…</source>
        <translation>&amp;Exportar facturas…</translation>
    </message>
    <message>
        <source>Export Pa&amp;yments…</source>
        <translation>Exportar pa&amp;gos…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Factura</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Invoice</source>
        <translation>&amp;Nueva factura</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice</source>
        <translation>&amp;Editar factura</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>&amp;Delete or Cancel Invoice…</source>
        <translation>&amp;Eliminar o anular factura…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Sync &amp;Issues…</source>
        <translation>&amp;Incidencias de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open the &amp;Data Folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>&amp;Acerca de InvoiceDesk</translation>
    </message>
    <message>
        <source>%1 — InvoiceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations were interrupted; they are being checked with the remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Estado de conexión desconocido</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Facturas: %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message>
        <source>%1 waiting · %2 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete invoice %1? The audit log keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has payments, so it cannot be deleted. Cancel it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 sync operations have not finished.&lt;/b&gt; Restoring replaces them with the backup&apos;s: what they carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace everything in this company file with %1? The current data is kept in a copy beside the file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the replaced data is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Offline invoice and payment entry for bookkeepers, with CSV import and export and sync to remote invoicing systems.&lt;/p&gt;&lt;p&gt;Company file: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Outbox</name>
    <message>
        <source>Queueing %1 for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::Payment</name>
    <message>
        <source>a payment needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only for %1 payments, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee percentage must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TDS cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction charge cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment cannot be reconciled before it was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentCsv</name>
    <message>
        <source>a payment needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be visa, mastercard, amex, diners or unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentDialog</name>
    <message>
        <source>Record Payment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;%1&lt;/b&gt;: total %2 %4, outstanding &lt;b&gt;%3 %4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &amp;refund</source>
        <translation>Es un &amp;reembolso</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction c&amp;harge</source>
        <translation>&amp;Cargo de transacción</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Cheque &amp;number *</source>
        <translation>&amp;Número de cheque *</translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation>&amp;Librador</translation>
    </message>
    <message>
        <source>&amp;Bank branch</source>
        <translation>&amp;Sucursal</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diners Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation>&amp;Tipo de tarjeta</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>&amp;Comisión %</translation>
    </message>
    <message>
        <source>Fee a&amp;mount</source>
        <translation>&amp;Importe de comisión</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Pasarela</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>&amp;Id de transacción</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Fecha de &amp;transferencia</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;ncia</translation>
    </message>
    <message>
        <source>Record Refund on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentRepository</name>
    <message>
        <source>Saving a payment on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a duplicate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentsModel</name>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Sync marker</source>
        <translation>Marcador de sincronización</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::RefrensAdapter</name>
    <message>
        <source>Refrens refused the login (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens returned no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens invoices are cancelled in Refrens, not deleted through this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens offers no payment reversal through its API: remove payment %1 in Refrens, then confirm here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens takes no refunds as payments; record the refund in Refrens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1 is not linked to a Refrens invoice yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens has no payment method for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens has no invoice numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens has several invoices numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrens returned no payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment was removed in Refrens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncEngine</name>
    <message>
        <source>could not sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked from here: look for marker %2 in %3 and confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been in doubt too long; decide whether it landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read-back was refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by read-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found yet; waiting out the quiet period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found after %2 sends; decide what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found; checking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncOperationsModel</name>
    <message>
        <source>Attempt %1 (%2) at %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncPanel</name>
    <message>
        <source>Sync Issues</source>
        <translation>Incidencias de sincronización</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>It&apos;s &amp;There</source>
        <translation>&amp;Ya está allí</translation>
    </message>
    <message>
        <source>It&apos;s &amp;Not There — Send Again</source>
        <translation>&amp;No está — enviar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit Invoice</source>
        <translation>&amp;Editar factura</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Requiere su decisión</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Esperando inicio de sesión</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>InvoiceDesk cannot tell whether this reached %1. Search for marker %2 there; if you find it, choose &quot;It&apos;s There&quot;; if not, &quot;It&apos;s Not There&quot; sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s Not There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Operation Before Discarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written; nothing was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncStore</name>
    <message>
        <source>Recovering the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking an operation as sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a read-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding an operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::UpgradeChatAdapter</name>
    <message>
        <source>line %1: quantity %2 is not a whole number, and this system only takes whole quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice no longer exists locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice has no remote id yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice was never acknowledged by the remote, so there is nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response carried no invoice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices carry this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>EFT / direct deposit</source>
        <translation>Transferencia / depósito directo</translation>
    </message>
    <message>
        <source>BPAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand draft</source>
        <translation>Giro bancario</translation>
    </message>
    <message>
        <source>Wire / account transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>EFTPOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación contable</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Cuentas por cobrar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Recording an outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline invoice and payment entry for bookkeepers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit (for documentation and CI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
