<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddressForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Address &amp;1</source>
        <translation>Dirección &amp;1</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>Dirección &amp;2</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Co&amp;mpany</source>
        <translation>Em&amp;presa</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Código de región</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Coun&amp;try (ISO)</source>
        <translation>P&amp;aís (ISO)</translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>Current</source>
        <translation>No vencido</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <source>Owed in %1: %2</source>
        <translation>Adeudado en %1: %2</translation>
    </message>
</context>
<context>
    <name>BankAccount</name>
    <message>
        <source>a bank account needs a name</source>
        <translation>una cuenta bancaria necesita un nombre</translation>
    </message>
    <message>
        <source>a bank account needs a currency</source>
        <translation>una cuenta bancaria necesita una moneda</translation>
    </message>
    <message>
        <source>%1 is not a valid IBAN (its check digits are wrong)</source>
        <translation>%1 no es un IBAN válido (sus dígitos de control son incorrectos)</translation>
    </message>
</context>
<context>
    <name>BankAccounts</name>
    <message>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>ya hay una cuenta llamada «%1»</translation>
    </message>
    <message>
        <source>%1 is already the account &quot;%2&quot;</source>
        <translation>%1 ya es la cuenta «%2»</translation>
    </message>
</context>
<context>
    <name>BankCsvReader</name>
    <message>
        <source>the file has a header but no lines</source>
        <translation>el archivo tiene cabecera pero ninguna línea</translation>
    </message>
    <message>
        <source>is not one of our columns: %1</source>
        <translation>no es una de nuestras columnas: %1</translation>
    </message>
    <message>
        <source>no row names a booking date and an amount (or debit and credit) column; map the columns (our names are: %1)</source>
        <translation>ninguna fila nombra una columna de fecha contable e importe (o cargo y abono); asigne las columnas (nuestros nombres son: %1)</translation>
    </message>
    <message>
        <source>could be read with a decimal point or a decimal comma; say which</source>
        <translation>podría leerse con punto o coma decimal; indique cuál</translation>
    </message>
    <message>
        <source>could be read as two different dates; give the date format (such as dd/MM/yyyy)</source>
        <translation>podría leerse como dos fechas distintas; indique el formato de fecha (como dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>differs from %1 on the lines before; one file is one account in one currency</source>
        <translation>difiere de %1 en las líneas anteriores; un archivo es una cuenta en una moneda</translation>
    </message>
    <message>
        <source>the file has no currency column; name the account (or its currency)</source>
        <translation>el archivo no tiene columna de moneda; indique la cuenta (o su moneda)</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>no es un código de moneda</translation>
    </message>
    <message>
        <source>a line has either a debit or a credit, not both</source>
        <translation>una línea tiene cargo o abono, no ambos</translation>
    </message>
    <message>
        <source>the line has no amount</source>
        <translation>la línea no tiene importe</translation>
    </message>
    <message>
        <source>the line has no booking date</source>
        <translation>la línea no tiene fecha contable</translation>
    </message>
    <message>
        <source>differs from %1 on the lines before; import one account at a time</source>
        <translation>difiere de %1 en las líneas anteriores; importe una cuenta cada vez</translation>
    </message>
    <message>
        <source>does not follow from the balance %1 before it and the amount %2</source>
        <translation>no se deduce del saldo %1 anterior y del importe %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;, not booked yet: left out until a statement books it</source>
        <translation>línea %1: «%2», aún no contabilizada: se omite hasta que un extracto la contabilice</translation>
    </message>
</context>
<context>
    <name>BankReport</name>
    <message>
        <source>the bank account no longer exists</source>
        <translation>la cuenta bancaria ya no existe</translation>
    </message>
</context>
<context>
    <name>BankStore</name>
    <message>
        <source>Reading the statement lines</source>
        <translation>Lectura de las líneas del extracto</translation>
    </message>
    <message>
        <source>Reading the payments to match</source>
        <translation>Lectura de los pagos por conciliar</translation>
    </message>
    <message>
        <source>Reading the open invoices</source>
        <translation>Lectura de las facturas abiertas</translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation>Lectura de un pago</translation>
    </message>
    <message>
        <source>Saving a match</source>
        <translation>Guardado de una conciliación</translation>
    </message>
    <message>
        <source>Reading a match</source>
        <translation>Lectura de una conciliación</translation>
    </message>
    <message>
        <source>Saving the payment&apos;s account</source>
        <translation>Guardado de la cuenta del pago</translation>
    </message>
    <message>
        <source>Undoing a match</source>
        <translation>Deshacer una conciliación</translation>
    </message>
    <message>
        <source>Saving the reconciled date</source>
        <translation>Guardado de la fecha de conciliación</translation>
    </message>
    <message>
        <source>Reading the account&apos;s payments</source>
        <translation>Lectura de los pagos de la cuenta</translation>
    </message>
    <message>
        <source>Listing the bank accounts</source>
        <translation>Listado de las cuentas bancarias</translation>
    </message>
    <message>
        <source>Reading a bank account</source>
        <translation>Lectura de una cuenta bancaria</translation>
    </message>
    <message>
        <source>Saving a bank account</source>
        <translation>Guardado de una cuenta bancaria</translation>
    </message>
    <message>
        <source>Saving a statement</source>
        <translation>Guardado de un extracto</translation>
    </message>
    <message>
        <source>Saving a statement line</source>
        <translation>Guardado de una línea del extracto</translation>
    </message>
    <message>
        <source>Adding up the statement lines</source>
        <translation>Suma de las líneas del extracto</translation>
    </message>
    <message>
        <source>Reading the statements</source>
        <translation>Lectura de los extractos</translation>
    </message>
    <message>
        <source>Reading a receipt</source>
        <translation>Leyendo un cobro</translation>
    </message>
    <message>
        <source>Reading the account&apos;s lines</source>
        <translation>Leyendo las líneas de la cuenta</translation>
    </message>
</context>
<context>
    <name>BankingMenu</name>
    <message>
        <source>&amp;Banking</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importar extracto…</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>C&amp;onciliar…</translation>
    </message>
</context>
<context>
    <name>BooksTables</name>
    <message>
        <source>company profile</source>
        <translation>perfil de la empresa</translation>
    </message>
    <message>
        <source>tax codes</source>
        <translation>códigos de impuesto</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
</context>
<context>
    <name>CamtReader</name>
    <message>
        <source>the XML is nested too deeply</source>
        <translation>el XML está anidado demasiado profundamente</translation>
    </message>
    <message>
        <source>this is not an ISO 20022 document (its root element is not Document)</source>
        <translation>no es un documento ISO 20022 (su elemento raíz no es Document)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>this is not a CAMT.052, CAMT.053 or CAMT.054 message</source>
        <translation>no es un mensaje CAMT.052, CAMT.053 ni CAMT.054</translation>
    </message>
    <message>
        <source>the XML is not well-formed: %1</source>
        <translation>el XML no está bien formado: %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of the document</source>
        <translation>el archivo termina a mitad del documento</translation>
    </message>
    <message>
        <source>the document holds no statement, report or notification</source>
        <translation>el documento no contiene ningún extracto, informe ni aviso</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>no es un código de moneda</translation>
    </message>
    <message>
        <source>the statement names no currency</source>
        <translation>el extracto no indica ninguna moneda</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>falta el importe</translation>
    </message>
    <message>
        <source>is not the account&apos;s currency %1</source>
        <translation>no es la moneda de la cuenta %1</translation>
    </message>
    <message>
        <source>amounts are written without a sign; CdtDbtInd says which way</source>
        <translation>los importes se escriben sin signo; CdtDbtInd indica el sentido</translation>
    </message>
    <message>
        <source>must be CRDT or DBIT</source>
        <translation>debe ser CRDT o DBIT</translation>
    </message>
    <message>
        <source>line %1: an entry with status %2 is not booked yet and was left out</source>
        <translation>línea %1: un movimiento con estado %2 aún no está contabilizado y se omitió</translation>
    </message>
    <message>
        <source>a booked entry needs its booking date</source>
        <translation>un movimiento contabilizado necesita su fecha contable</translation>
    </message>
    <message>
        <source>is not a real date in the form YYYY-MM-DD</source>
        <translation>no es una fecha real de la forma AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>line %1: quantity %2 is not a whole number, and %3 only takes whole quantities</source>
        <translation>línea %1: la cantidad %2 no es un número entero, y %3 solo admite cantidades enteras</translation>
    </message>
    <message>
        <source>%1 takes no refunds through its API: record the refund in %1</source>
        <translation>%1 no admite reembolsos mediante su API: registre el reembolso en %1</translation>
    </message>
    <message>
        <source>%1 takes only a payment of the whole outstanding amount (%2 %3), and this payment is %4 %3: record part payments in %1</source>
        <translation>%1 solo admite un pago de todo el saldo pendiente (%2 %3), y este pago es de %4 %3: registre los pagos parciales en %1</translation>
    </message>
    <message>
        <source>%1 has no payment method for &quot;%2&quot;</source>
        <translation>%1 no tiene método de pago para «%2»</translation>
    </message>
    <message>
        <source>%1 takes no payment reversal through its API: reverse payment %2 in %1, then confirm here</source>
        <translation>%1 no admite anulaciones de pagos mediante su API: anule el pago %2 en %1 y confirme aquí</translation>
    </message>
    <message>
        <source>%1 takes no invoice deletion through its API: delete or cancel invoice %2 in %1</source>
        <translation>%1 no admite eliminar facturas mediante su API: elimine o anule la factura %2 en %1</translation>
    </message>
    <message>
        <source>%1 has no line discounts: the discounted lines (%2) go as their net amounts, with the same totals</source>
        <translation>%1 no admite descuentos por línea: las líneas con descuento (%2) van con sus importes netos, con los mismos totales</translation>
    </message>
    <message>
        <source>%1 takes no credit notes through its API: credit note %2 stays in InvoiceDesk; enter it in %1 by hand if it should be there too</source>
        <translation>%1 no admite notas de crédito por su API: la nota de crédito %2 se queda en InvoiceDesk; introdúzcala a mano en %1 si también debe estar allí</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format debe ser table, csv o json</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format debe ser table o json</translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation>--status debe ser Draft, Pending, Paid, Cancelled o Refunded</translation>
    </message>
    <message>
        <source>--status for payments must be recorded or voided</source>
        <translation>--status para pagos debe ser recorded o voided</translation>
    </message>
    <message>
        <source>usage: list invoices|payments [--status S] [--format table|csv|json]</source>
        <translation>uso: list invoices|payments [--status S] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>usage: status [--format table|json]</source>
        <translation>uso: status [--format table|json]</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message>
        <source>%1 waiting · %2 need attention</source>
        <translation>%1 en espera · %2 requieren atención</translation>
    </message>
    <message>
        <source>Database:    %1 (schema %2)</source>
        <translation>Base:         %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Invoices:    %1</source>
        <translation>Facturas:     %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Payments:    %1 (%2 voided)</source>
        <translation>Pagos:        %1 (%2 anulados)</translation>
    </message>
    <message>
        <source>Sync:        %1</source>
        <translation>Sincr.:       %1</translation>
    </message>
    <message>
        <source>usage: connection add NAME --kind KIND --url URL [options of that kind]</source>
        <translation>uso: connection add NAME --kind KIND --url URL [opciones de ese tipo]</translation>
    </message>
    <message>
        <source>--kind must be one of %1</source>
        <translation>--kind debe ser uno de %1</translation>
    </message>
    <message>
        <source>--auth must be bearer or api-key</source>
        <translation>--auth debe ser bearer o api-key</translation>
    </message>
    <message>
        <source>crmcom needs --username U --password-env VAR --organisation ORG, or --api-key-env VAR</source>
        <translation>crmcom necesita --username U --password-env VAR --organisation ORG, o --api-key-env VAR</translation>
    </message>
    <message>
        <source>refrens needs --url-key KEY --app-id ID and --app-secret-env VAR</source>
        <translation>refrens necesita --url-key KEY --app-id ID y --app-secret-env VAR</translation>
    </message>
    <message>
        <source>%1 for %2 (not shown): </source>
        <translation>%1 para %2 (no se muestra): </translation>
    </message>
    <message>
        <source>no terminal to ask for the %1; name an environment variable with --%2 VAR</source>
        <translation>no hay terminal para pedir el %1; indique una variable de entorno con --%2 VAR</translation>
    </message>
    <message>
        <source>--lanes takes a whole number from 1 to %1 (0: the default)</source>
        <translation>--lanes espera un número entero de 1 a %1 (0: el valor predeterminado)</translation>
    </message>
    <message>
        <source>--requests-per-second takes a number from 0 (no limit) to %1</source>
        <translation>--requests-per-second espera un número de 0 (sin límite) a %1</translation>
    </message>
    <message>
        <source>there is no connection %1</source>
        <translation>no existe la conexión %1</translation>
    </message>
    <message>
        <source>Connection %1: lanes: %2; requests per second: %3.</source>
        <translation>Conexión %1: carriles: %2; solicitudes por segundo: %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3).</source>
        <translation>Conexión %1 añadida (%2, %3).</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds</source>
        <translation>--%1 admite un número de segundos</translation>
    </message>
    <message>
        <source>Removed connection %1.</source>
        <translation>Conexión %1 quitada.</translation>
    </message>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>no hay ninguna conexión llamada «%1»</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Sin sincronizar: %1</translation>
    </message>
    <message>
        <source>%1 operations were interrupted and will be checked with the remote before anything is sent again.</source>
        <translation>%1 operaciones se interrumpieron y se comprobarán con el servidor remoto antes de volver a enviar nada.</translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 acknowledged; %3.</source>
        <translation>Sincr.: %1 enviadas, %2 confirmadas; %3.</translation>
    </message>
    <message>
        <source>usage: connection add|set|list|remove ...</source>
        <translation>uso: connection add|set|list|remove ...</translation>
    </message>
    <message>
        <source>all changes synced</source>
        <translation>todos los cambios sincronizados</translation>
    </message>
    <message>
        <source>remaining: %1</source>
        <translation>restante: %1</translation>
    </message>
    <message>
        <source>--on-existing must be update, skip or fail, not &quot;%1&quot;</source>
        <translation>--on-existing debe ser update, skip o fail, no «%1»</translation>
    </message>
    <message>
        <source>--separator must be one character (use &quot;tab&quot; for a tab)</source>
        <translation>--separator debe ser un solo carácter (use «tab» para un tabulador)</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252</source>
        <translation>--encoding debe ser utf-8, utf-8-bom, utf-16le, utf-16be o windows-1252</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importando… %1 %</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 with problems: %2.</source>
        <translation>No se importó nada: %1 con problemas: %2.</translation>
    </message>
    <message>
        <source>The rows and their problems are in %1.</source>
        <translation>Las filas y sus problemas están en %1.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped, %4 rejected</source>
        <translation>%1 creadas, %2 actualizadas, %3 omitidas, %4 rechazadas</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3; nothing was written.</source>
        <translation>Prueba de %1 (%2): %3; no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3.</source>
        <translation>Importado %1 (%2): %3.</translation>
    </message>
    <message>
        <source>--status must be Draft, Pending, Paid, Cancelled or Refunded, for invoices</source>
        <translation>--status debe ser Draft, Pending, Paid, Cancelled o Refunded, para facturas</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>Se exportaron %1 %2 a %3.</translation>
    </message>
    <message>
        <source>%1 already holds invoices; demo data goes into a new database (use --db).</source>
        <translation>%1 ya contiene facturas; los datos de demostración van a una base nueva (use --db).</translation>
    </message>
    <message>
        <source>--count must be a positive whole number</source>
        <translation>--count debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>Added %1 sample invoices with their payments to %2.</source>
        <translation>Se añadieron %1 facturas de ejemplo con sus pagos a %2.</translation>
    </message>
    <message>
        <source>No connections to verify.</source>
        <translation>No hay conexiones que verificar.</translation>
    </message>
    <message>
        <source>usage: sync link NUMBER --remote-id ID</source>
        <translation>uso: sync link NÚMERO --remote-id ID</translation>
    </message>
    <message>
        <source>invoice %1 is not assigned to a connection</source>
        <translation>la factura %1 no está asignada a ninguna conexión</translation>
    </message>
    <message>
        <source>Invoice %1 is linked to %2 id %3.</source>
        <translation>La factura %1 está vinculada a %2 con el id %3.</translation>
    </message>
    <message>
        <source>usage: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S] | sync verify [--connection NAME]</source>
        <translation>uso: sync [--connection NAME] [--once] [--timeout S] [--quiet-period S] [--backoff-base S] | sync verify [--connection NAME]</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>--format debe ser csv o xlsx</translation>
    </message>
    <message>
        <source>--decimal-comma and --decimal-point exclude each other</source>
        <translation>--decimal-comma y --decimal-point se excluyen</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16 or windows-1252</source>
        <translation>--encoding debe ser utf-8, utf-8-bom, utf-16 o windows-1252</translation>
    </message>
    <message>
        <source>Say which with --decimal-comma or --decimal-point.</source>
        <translation>Indíquelo con --decimal-comma o --decimal-point.</translation>
    </message>
    <message>
        <source>To read a column under one of these names use --map &quot;Their Column=ourColumn&quot;; to leave a column out use --ignore-column &quot;Their Column&quot;.</source>
        <translation>Para leer una columna con uno de estos nombres use --map &quot;Su columna=nuestraColumna&quot;; para omitir una columna, --ignore-column &quot;Su columna&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported: problems in the header row: %1.</source>
        <translation>No se importó nada: problemas en la fila de encabezado: %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>The database is --db, else $INVOICEDESK_DB, else the application data folder.</source>
        <translation>La base de datos es --db, si no $INVOICEDESK_DB, si no la carpeta de datos de la aplicación.</translation>
    </message>
    <message>
        <source>CSV or XLSX follows the file&apos;s extension unless --format says.</source>
        <translation>CSV o XLSX según la extensión del archivo, salvo que --format diga otra cosa.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a failure to act on (bad file, rejected rows), 2 bad usage.</source>
        <translation>Códigos de salida: 0 éxito, 1 un fallo que requiere acción (archivo incorrecto, filas rechazadas), 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>there is no bank account named &quot;%1&quot;</source>
        <translation>no hay ninguna cuenta bancaria llamada «%1»</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-03-31, not &quot;%2&quot;</source>
        <translation>--%1 debe ser una fecha como 2026-03-31, no «%2»</translation>
    </message>
    <message>
        <source>usage: bank account add|list, bank import FILE, bank match, bank unmatch LINE, bank list, bank report, bank assign MARKER (see --help)</source>
        <translation>uso: bank account add|list, bank import ARCHIVO, bank match, bank unmatch LÍNEA, bank list, bank report, bank assign MARCADOR (vea --help)</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n lines automatically</source>
        <translation>
            <numerusform>%n línea conciliada automáticamente</numerusform>
            <numerusform>%n líneas conciliadas automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines wait for a person (bank match lists their candidates)</source>
        <translation>
            <numerusform>%n línea espera a una persona (bank match lista sus candidatos)</numerusform>
            <numerusform>%n líneas esperan a una persona (bank match lista sus candidatos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the statement, not in the books (%n):</source>
        <translation>
            <numerusform>En el extracto, no en los libros (%n):</numerusform>
            <numerusform>En el extracto, no en los libros (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the books, not on the statement (%n):</source>
        <translation>
            <numerusform>En los libros, no en el extracto (%n):</numerusform>
            <numerusform>En los libros, no en el extracto (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched lines that differ from their payment (%n):</source>
        <translation>
            <numerusform>Líneas conciliadas que difieren de su pago (%n):</numerusform>
            <numerusform>Líneas conciliadas que difieren de su pago (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>--set %1: name billing.FIELD or shipping.FIELD, e.g. billing.city=Berlin</source>
        <translation>--set %1: indique billing.CAMPO o shipping.CAMPO, p. ej. billing.city=Berlin</translation>
    </message>
    <message>
        <source>--terms must be a number of days</source>
        <translation>--terms debe ser un número de días</translation>
    </message>
    <message>
        <source>there is no customer named &quot;%1&quot;</source>
        <translation>no hay ningún cliente llamado «%1»</translation>
    </message>
    <message>
        <source>Added customer %1</source>
        <translation>Cliente %1 añadido</translation>
    </message>
    <message>
        <source>Saved customer %1</source>
        <translation>Cliente %1 guardado</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>importe «%1»: %2</translation>
    </message>
    <message>
        <source>--allocate %1: write NUMBER=AMOUNT</source>
        <translation>--allocate %1: escriba NÚMERO=IMPORTE</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-15</source>
        <translation>--date debe ser una fecha como 2026-11-15</translation>
    </message>
    <message>
        <source>receive needs --%1</source>
        <translation>receive necesita --%1</translation>
    </message>
    <message>
        <source>Receipt %1: %2 %3 from %4</source>
        <translation>Cobro %1: %2 %3 de %4</translation>
    </message>
    <message>
        <source>credit apply needs --%1</source>
        <translation>credit apply necesita --%1</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>no hay ninguna factura con el número «%1»</translation>
    </message>
    <message>
        <source>Applied %1 %2 of credit to invoice %3</source>
        <translation>Se aplicaron %1 %2 de saldo a favor a la factura %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write it as &quot;Their Column=ourColumn&quot;</source>
        <translation>--map «%1»: escríbalo como &quot;Su columna=nuestraColumna&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: %2 is not one of our columns; they are: %3</source>
        <translation>--map «%1»: %2 no es una de nuestras columnas; son: %3</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: a file without a header names its columns by number, counted from 1 (--map &quot;3=number&quot;)</source>
        <translation>--map «%1»: un archivo sin encabezado nombra sus columnas por número, contando desde 1 (--map &quot;3=number&quot;)</translation>
    </message>
    <message>
        <source>--set &quot;%1&quot;: write it as column=VALUE with one of our columns: %2</source>
        <translation>--set «%1»: escríbalo como columna=VALOR con una de nuestras columnas: %2</translation>
    </message>
    <message>
        <source>Tax code &quot;%1&quot; was created.</source>
        <translation>Se creó el código de impuesto «%1».</translation>
    </message>
    <message>
        <source>usage: bank account add NAME --currency C [--iban IBAN | --number N] [--opening-balance A] [--opening-date D]</source>
        <translation>uso: bank account add NOMBRE --currency C [--iban IBAN | --number N] [--opening-balance A] [--opening-date D]</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a currency code</source>
        <translation>--currency: «%1» no es un código de moneda</translation>
    </message>
    <message>
        <source>--opening-balance &quot;%1&quot;: %2</source>
        <translation>--opening-balance «%1»: %2</translation>
    </message>
    <message>
        <source>Added the bank account &quot;%1&quot; (%2)</source>
        <translation>Se añadió la cuenta bancaria «%1» (%2)</translation>
    </message>
    <message>
        <source>--map takes THEIRS=ours pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--map espera pares SUYO=nuestro separados por comas, no «%1»</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Importaría</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>%1 statement %2 into &quot;%3&quot;%4: %5 lines, %6 added, %7 already imported</source>
        <translation>%1: extracto %2 en «%3»%4: %5 líneas, %6 añadidas, %7 ya importadas</translation>
    </message>
    <message>
        <source> (a new account)</source>
        <translation> (una cuenta nueva)</translation>
    </message>
    <message>
        <source>balances checked: %1 on %2 and the lines give %3 on %4</source>
        <translation>saldos comprobados: %1 el %2 y las líneas dan %3 el %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>usage: bank account add NAME ... | bank account list [--format table|json]</source>
        <translation>uso: bank account add NOMBRE ... | bank account list [--format table|json]</translation>
    </message>
    <message>
        <source>usage: bank import FILE [--account NAME] [--dry-run] [CSV options]</source>
        <translation>uso: bank import ARCHIVO [--account NOMBRE] [--dry-run] [opciones CSV]</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>usage: bank assign MARKER --account NAME</source>
        <translation>uso: bank assign MARCADOR --account NOMBRE</translation>
    </message>
    <message>
        <source>there is no payment with the marker %1</source>
        <translation>no hay ningún pago con el marcador %1</translation>
    </message>
    <message>
        <source>The payment %1 went into &quot;%2&quot;</source>
        <translation>El pago %1 entró en «%2»</translation>
    </message>
    <message>
        <source>line %1  %2  %3 %4  %5  %6</source>
        <translation>línea %1  %2  %3 %4  %5  %6</translation>
    </message>
    <message>
        <source>record a payment for invoice %1 (%2)</source>
        <translation>registrar un pago para la factura %1 (%2)</translation>
    </message>
    <message>
        <source>record a receipt for invoices %1 (%2)</source>
        <translation>registrar un cobro para las facturas %1 (%2)</translation>
    </message>
    <message>
        <source>payment %1 of invoice %2 (%3, %4)</source>
        <translation>pago %1 de la factura %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1, score %2: %3</source>
        <translation>%1, puntuación %2: %3</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>ningún candidato</translation>
    </message>
    <message>
        <source>Recorded the payment %1 of %2 for invoice %3 from line %4</source>
        <translation>Se registró el pago %1 de %2 para la factura %3 desde la línea %4</translation>
    </message>
    <message>
        <source>Recorded the receipt %1 of %2 for invoices %3 from line %4</source>
        <translation>Cobro %1 de %2 registrado para las facturas %3 desde la línea %4</translation>
    </message>
    <message>
        <source>usage: bank match --line ID (--payment MARKER | --invoice NUMBER[,NUMBER...] [--method M])</source>
        <translation>uso: bank match --line ID (--payment MARKER | --invoice NÚMERO[,NÚMERO...] [--method M])</translation>
    </message>
    <message>
        <source>Line %1 is the payment %2</source>
        <translation>La línea %1 es el pago %2</translation>
    </message>
    <message>
        <source>--method: &quot;%1&quot; is not a payment method</source>
        <translation>--method: «%1» no es un método de pago</translation>
    </message>
    <message>
        <source>usage: bank match [--auto] [--account NAME] [--format table|json]</source>
        <translation>uso: bank match [--auto] [--account NOMBRE] [--format table|json]</translation>
    </message>
    <message>
        <source>Matched 1 line automatically</source>
        <translation>1 línea conciliada automáticamente</translation>
    </message>
    <message>
        <source>1 line waits for a person (bank match lists its candidates)</source>
        <translation>1 línea espera a una persona (bank match lista sus candidatos)</translation>
    </message>
    <message>
        <source>usage: bank unmatch LINE [--reason TEXT]</source>
        <translation>uso: bank unmatch LÍNEA [--reason TEXTO]</translation>
    </message>
    <message>
        <source>undone from the command line</source>
        <translation>deshecho desde la línea de órdenes</translation>
    </message>
    <message>
        <source>Line %1 is no longer matched</source>
        <translation>La línea %1 ya no está conciliada</translation>
    </message>
    <message>
        <source>Account:           %1 (%2)</source>
        <translation>Cuenta:            %1 (%2)</translation>
    </message>
    <message>
        <source>As of:             %1</source>
        <translation>A fecha de:        %1</translation>
    </message>
    <message>
        <source>Statement balance: %1</source>
        <translation>Saldo del extracto: %1</translation>
    </message>
    <message>
        <source>Book balance:      %1</source>
        <translation>Saldo contable:    %1</translation>
    </message>
    <message>
        <source>Difference:        %1</source>
        <translation>Diferencia:        %1</translation>
    </message>
    <message>
        <source>usage: bank report --account NAME --to DATE [--format table|json]</source>
        <translation>uso: bank report --account NOMBRE --to FECHA [--format table|json]</translation>
    </message>
    <message>
        <source>company set needs KEY=VALUE, e.g. name=Acme</source>
        <translation>company set necesita CLAVE=VALOR, p. ej. name=Acme</translation>
    </message>
    <message>
        <source>%1: the keys are %2</source>
        <translation>%1: las claves son %2</translation>
    </message>
    <message>
        <source>The company profile was not changed: %1</source>
        <translation>El perfil de la empresa no se modificó: %1</translation>
    </message>
    <message>
        <source>Saved the company profile</source>
        <translation>Perfil de la empresa guardado</translation>
    </message>
    <message>
        <source>company takes show or set</source>
        <translation>company admite show o set</translation>
    </message>
    <message>
        <source>Wrote the e-invoice of %1 to %2</source>
        <translation>Factura electrónica de %1 escrita en %2</translation>
    </message>
    <message>
        <source>--limit must be a whole number above 0</source>
        <translation>--limit debe ser un número entero mayor que 0</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-11-15</source>
        <translation>--%1 debe ser una fecha como 2026-11-15</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
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
        <source>--to is before --from</source>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <source>--output must name a .csv or .pdf file</source>
        <translation>--output debe indicar un archivo .csv o .pdf</translation>
    </message>
    <message>
        <source>no customer named &quot;%1&quot;</source>
        <translation>ningún cliente se llama «%1»</translation>
    </message>
    <message>
        <source>%1 has no invoices or payments up to %2</source>
        <translation>%1 no tiene facturas ni pagos hasta el %2</translation>
    </message>
    <message>
        <source>credit-note needs --invoice or --customer</source>
        <translation>credit-note necesita --invoice o --customer</translation>
    </message>
    <message>
        <source>credit-note needs --amount or --lines</source>
        <translation>credit-note necesita --amount o --lines</translation>
    </message>
    <message>
        <source>credit-note needs --reason</source>
        <translation>credit-note necesita --reason</translation>
    </message>
    <message>
        <source>Credit note %1 for %2: net %3, tax %4, total %5 %6</source>
        <translation>Nota de crédito %1 para %2: neto %3, impuesto %4, total %5 %6</translation>
    </message>
    <message>
        <source>Taken off the invoice: %1; credit for %2: %3</source>
        <translation>Descontado de la factura: %1; crédito para %2: %3</translation>
    </message>
    <message>
        <source>--refund must be credited or owed</source>
        <translation>--refund debe ser credited u owed</translation>
    </message>
    <message>
        <source>Invoice %1: %2, outstanding %3 %4</source>
        <translation>Factura %1: %2, pendiente %3 %4</translation>
    </message>
    <message>
        <source>Invoice %1 reopened</source>
        <translation>Factura %1 reabierta</translation>
    </message>
    <message>
        <source>pdf needs an invoice or credit note number and --output FILE.pdf</source>
        <translation>pdf necesita un número de factura o de nota de crédito y --output ARCHIVO.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1</source>
        <translation>
            <numerusform>%n documento escrito en %1</numerusform>
            <numerusform>%n documentos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>einvoice needs an invoice or credit note number, --format ubl|cii|zugferd and --output FILE</source>
        <translation>einvoice necesita un número de factura o de nota de crédito, --format ubl|cii|zugferd y --output ARCHIVO</translation>
    </message>
    <message>
        <source>--template belongs to --format zugferd, whose PDF it prints</source>
        <translation>--template va con --format zugferd, cuyo PDF imprime</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>notas de crédito</translation>
    </message>
    <message>
        <source>usage: import invoices|payments|creditnotes FILE [options], or import books DIR</source>
        <translation>uso: import invoices|payments|creditnotes ARCHIVO [opciones], o import books CARPETA</translation>
    </message>
    <message>
        <source>the books are exported as CSV files</source>
        <translation>los libros se exportan como archivos CSV</translation>
    </message>
    <message>
        <source>usage: export invoices|payments|creditnotes FILE|-, or export books DIR</source>
        <translation>uso: export invoices|payments|creditnotes ARCHIVO|-, o export books CARPETA</translation>
    </message>
    <message>
        <source>usage: void-receipt KEY --reason R</source>
        <translation>uso: void-receipt CLAVE --reason MOTIVO</translation>
    </message>
    <message>
        <source>there is no receipt &quot;%1&quot;</source>
        <translation>no hay ningún cobro «%1»</translation>
    </message>
    <message>
        <source>Voided receipt %1 (%2 %3 from %4) and every payment made from it.</source>
        <translation>Cobro %1 (%2 %3 de %4) anulado, junto con cada pago hecho con él.</translation>
    </message>
    <message>
        <source>--date-format %1: write the day as d or dd, the month as M or MM and the year as yy or yyyy, e.g. dd.MM.yyyy or M/d/yyyy</source>
        <translation>--date-format %1: escriba el día como d o dd, el mes como M o MM y el año como yy o yyyy, p. ej. dd.MM.yyyy o M/d/yyyy</translation>
    </message>
    <message>
        <source>Say which with --date-format, e.g. --date-format d/M/yyyy (day first) or --date-format M/d/yyyy (month first).</source>
        <translation>Indique cuál con --date-format, p. ej. --date-format d/M/yyyy (día primero) o --date-format M/d/yyyy (mes primero).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the dry run: %1</source>
        <translation>No se puede crear una carpeta temporal para la prueba: %1</translation>
    </message>
    <message>
        <source>There is no company file at %1: the dry run checks against empty books and creates no file.</source>
        <translation>No hay ningún archivo de empresa en %1: la prueba comprueba contra una contabilidad vacía y no crea ningún archivo.</translation>
    </message>
    <message>
        <source>tax rate &quot;%1&quot;: %2</source>
        <translation>tipo impositivo «%1»: %2</translation>
    </message>
    <message>
        <source>--tax-rate goes with --customer and --amount: a note on an invoice is split over the invoice&apos;s rates, and --lines gives each line&apos;s rate</source>
        <translation>--tax-rate va con --customer y --amount: una nota sobre una factura se reparte entre los tipos de la factura, y --lines da el tipo de cada línea</translation>
    </message>
    <message>
        <source>--rate &quot;%1&quot;: %2</source>
        <translation>--rate &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a new tax code needs --rate, e.g. --rate 19</source>
        <translation>un código de impuesto nuevo necesita --rate, p. ej. --rate 19</translation>
    </message>
    <message>
        <source>Tax code %1 was not saved: %2</source>
        <translation>El código de impuesto %1 no se guardó: %2</translation>
    </message>
    <message>
        <source>Saved tax code %1: %2 %, category %3</source>
        <translation>Código de impuesto %1 guardado: %2 %, categoría %3</translation>
    </message>
    <message>
        <source>Added tax code %1: %2 %, category %3</source>
        <translation>Código de impuesto %1 añadido: %2 %, categoría %3</translation>
    </message>
    <message>
        <source>taxcode takes list or set</source>
        <translation>taxcode admite list o set</translation>
    </message>
    <message numerus="yes">
        <source>The import would add these customers (%n): %1.</source>
        <translation>
            <numerusform>La importación añadiría este cliente (%n): %1.</numerusform>
            <numerusform>La importación añadiría estos clientes (%n): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The books&apos; files name their columns as export books writes them: rename or remove the column.</source>
        <translation>Los archivos de los libros nombran sus columnas como las escribe export books: cambie el nombre de la columna o quítela.</translation>
    </message>
    <message>
        <source>%1 beyond what can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>%1 más de lo que se puede sumar (más de 9.223.372.036.854.775.807 unidades mínimas)</translation>
    </message>
    <message>
        <source>--currency is needed: the account&apos;s currency code (EUR)</source>
        <translation>--currency es necesario: el código de moneda de la cuenta (EUR)</translation>
    </message>
    <message>
        <source>upgrade takes no more words</source>
        <translation>upgrade no admite más palabras</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation>%1 está actualizado (esquema %2).</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk: it is brought up to date (schema %2), and the file as it was is kept as %3.</source>
        <translation>%1 lo escribió un InvoiceDesk más antiguo: se actualiza (esquema %2), y el archivo tal como era se guarda como %3.</translation>
    </message>
    <message>
        <source>Left as credit: %1 %2 (%3&apos;s credit: %4 %2)</source>
        <translation>Queda como crédito: %1 %2 (crédito de %3: %4 %2)</translation>
    </message>
    <message>
        <source>Left as credit: %1 %2</source>
        <translation>Queda como crédito: %1 %2</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1; no se registró nada</translation>
    </message>
    <message>
        <source>usage: void-payment MARKER --reason R</source>
        <translation>uso: void-payment MARCA --reason MOTIVO</translation>
    </message>
    <message>
        <source>there is no payment with the marker %1 (`list payments` shows each one&apos;s)</source>
        <translation>no hay ningún pago con la marca %1 (`list payments` muestra la de cada uno)</translation>
    </message>
    <message>
        <source>Voided refund %1 (%2 %3 on %4).</source>
        <translation>Reembolso %1 anulado (%2 %3 en %4).</translation>
    </message>
    <message>
        <source>Voided payment %1 (%2 %3 on %4).</source>
        <translation>Pago %1 anulado (%2 %3 en %4).</translation>
    </message>
</context>
<context>
    <name>CompanyFileUpdate</name>
    <message>
        <source>Bringing %1 up to date for this version of InvoiceDesk.
A copy of the file as it was is kept beside it.</source>
        <translation>Actualizando %1 para esta versión de InvoiceDesk.
Se conserva al lado una copia del archivo tal como estaba.</translation>
    </message>
    <message>
        <source>Updating Company File</source>
        <translation>Actualizando el archivo de empresa</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>the country is a two-letter ISO 3166 code, e.g. DE</source>
        <translation>el país es un código ISO 3166 de dos letras, p. ej. DE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IBAN</source>
        <translation>«%1» no es un IBAN válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC (8 or 11 letters and digits)</source>
        <translation>«%1» no es un BIC (8 u 11 letras y dígitos)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation>tipo de conexión desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 no respondió: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation>%1 rechazó las credenciales: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectionUrl</name>
    <message>
        <source>the address must be a full URL such as https://crm.example.com</source>
        <translation>la dirección debe ser una URL completa, como https://crm.example.com</translation>
    </message>
    <message>
        <source>the address must not carry credentials (a user name, password or token); give them as secrets instead</source>
        <translation>la dirección no debe llevar credenciales (usuario, contraseña o token); indíquelas como secretos</translation>
    </message>
    <message>
        <source>the address must use https (plain http only on this machine&apos;s loopback address)</source>
        <translation>la dirección debe usar https (http simple solo hacia la dirección de bucle local de este equipo)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Accounts receivable number</source>
        <translation>Número de cuentas por cobrar</translation>
    </message>
    <message>
        <source>Payment type (default Payment)</source>
        <translation>Tipo de pago (por defecto Payment)</translation>
    </message>
    <message>
        <source>Business URL key</source>
        <translation>Clave de URL de la empresa</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Id de aplicación</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de aplicación</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Token Bearer (cabecera Authorization)</translation>
    </message>
    <message>
        <source>API key (api-key header)</source>
        <translation>Clave de API (cabecera api-key)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>connection &quot;%1&quot;: its %2 could not be read from the system keychain (%3). Where no keychain runs, name an environment variable instead (connection add ... --%4-env VAR)</source>
        <translation>conexión «%1»: su %2 no se pudo leer del llavero del sistema (%3). Donde no haya llavero, indique una variable de entorno en su lugar (connection add ... --%4-env VAR)</translation>
    </message>
    <message>
        <source>No system keychain answered (%1); the secret was not stored. Name an environment variable instead (--…-env VAR)</source>
        <translation>Ningún llavero del sistema respondió (%1); el secreto no se guardó. Indique una variable de entorno en su lugar (--…-env VAR)</translation>
    </message>
    <message>
        <source>connection &quot;%1&quot; cannot sign in: the environment variable %2 (its %3) is not set. Set the variable %2, or store the %3 in Sync &gt; Connections</source>
        <translation>la conexión «%1» no puede iniciar sesión: la variable de entorno %2 (su %3) no está definida. Defina la variable %2, o guarde %3 en Sincronizar &gt; Conexiones</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>a line&apos;s total overflows</source>
        <translation>el total de una línea se desborda</translation>
    </message>
    <message>
        <source>a credit note&apos;s amount must be positive</source>
        <translation>el importe de una nota de crédito debe ser positivo</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no header row</source>
        <translation>%1 no tiene fila de encabezado</translation>
    </message>
    <message>
        <source>%1 has no line.rate column</source>
        <translation>%1 no tiene columna line.rate</translation>
    </message>
    <message>
        <source>%1 has no lines</source>
        <translation>%1 no tiene líneas</translation>
    </message>
    <message>
        <source>the credit note&apos;s total is too large</source>
        <translation>el total de la nota de crédito es demasiado grande</translation>
    </message>
    <message>
        <source>a credit note needs a reason</source>
        <translation>una nota de crédito necesita un motivo</translation>
    </message>
    <message>
        <source>a credit note needs a date</source>
        <translation>una nota de crédito necesita una fecha</translation>
    </message>
    <message>
        <source>a credit note needs an amount or lines</source>
        <translation>una nota de crédito necesita un importe o líneas</translation>
    </message>
    <message>
        <source>a credit note&apos;s lines are positive amounts</source>
        <translation>las líneas de una nota de crédito son importes positivos</translation>
    </message>
</context>
<context>
    <name>CreditNoteListModel</name>
    <message>
        <source>−%1 off %2</source>
        <translation>−%1 sobre %2</translation>
    </message>
    <message>
        <source>+%1 credit</source>
        <translation>+%1 de crédito</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
</context>
<context>
    <name>CrmCom</name>
    <message>
        <source>CRM.COM&apos;s login answered HTTP %1 without JSON</source>
        <translation>El inicio de sesión de CRM.COM respondió HTTP %1 sin JSON</translation>
    </message>
    <message>
        <source>CRM.COM&apos;s login returned no token</source>
        <translation>El inicio de sesión de CRM.COM no devolvió ningún token</translation>
    </message>
    <message>
        <source>this CRM.COM connection has no payment method name for &quot;%1&quot;; set methodNames on the connection</source>
        <translation>esta conexión de CRM.COM no tiene nombre de método de pago para «%1»; defina methodNames en la conexión</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la respuesta no era JSON</translation>
    </message>
    <message>
        <source>CRM.COM returned no id</source>
        <translation>CRM.COM no devolvió ningún id</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relectura falló (HTTP %1)</translation>
    </message>
    <message>
        <source>the payment was cancelled in CRM.COM</source>
        <translation>el pago se anuló en CRM.COM</translation>
    </message>
    <message>
        <source>the answer carried no status, so it confirms nothing</source>
        <translation>la respuesta no traía estado, así que no confirma nada</translation>
    </message>
    <message>
        <source>HTTP %1 without a status</source>
        <translation>HTTP %1 sin estado</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>operación desconocida</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write to standard output</source>
        <translation>No se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in %5; choose UTF-8 or UTF-16</source>
        <translation>fila %1, columna %2: el carácter «%3» (U+%4) no se puede escribir en %5; elija UTF-8 o UTF-16</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>La exportación se canceló</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, columna %1</translation>
    </message>
    <message>
        <source>column %1 appears more than once</source>
        <translation>la columna %1 aparece más de una vez</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>falta la columna obligatoria %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>is not a date in the form yyyy-MM-dd</source>
        <translation>no es una fecha con el formato yyyy-MM-dd</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>no es una fecha real</translation>
    </message>
    <message>
        <source>is not a real date in the form %1</source>
        <translation>no es una fecha real con el formato %1</translation>
    </message>
    <message>
        <source>invoice %1 already exists (choose update or skip for existing invoices)</source>
        <translation>la factura %1 ya existe (elija update o skip para las facturas existentes)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>a payment needs an invoice number</source>
        <translation>un pago necesita un número de factura</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>no hay ninguna factura con el número «%1»</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the rows of invoice %1 must be together; it already appeared at line %2</source>
        <translation>las filas de la factura %1 deben ir juntas; ya apareció en la línea %2</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>una factura necesita un número</translation>
    </message>
    <message>
        <source>must be Draft, Pending, Paid, Cancelled or Refunded</source>
        <translation>debe ser Draft, Pending, Paid, Cancelled o Refunded</translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation>una factura necesita una fecha</translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation>una factura necesita una moneda</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>differs from the invoice&apos;s first row (line %1)</source>
        <translation>difiere de la primera fila de la factura (línea %1)</translation>
    </message>
    <message>
        <source>a row of a multi-line invoice has no line item</source>
        <translation>una fila de una factura de varias líneas no tiene línea de factura</translation>
    </message>
    <message>
        <source>a line needs a rate</source>
        <translation>una línea necesita un precio</translation>
    </message>
    <message>
        <source>must be Day, Month, Year or blank</source>
        <translation>debe ser Day, Month, Year o vacío</translation>
    </message>
    <message>
        <source>a payment needs a date</source>
        <translation>un pago necesita una fecha</translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation>un pago necesita un importe</translation>
    </message>
    <message>
        <source>a payment needs a method</source>
        <translation>un pago necesita un método</translation>
    </message>
    <message>
        <source>is not a payment method</source>
        <translation>no es un método de pago</translation>
    </message>
    <message>
        <source>must be visa, mastercard, amex, diners or unknown</source>
        <translation>debe ser visa, mastercard, amex, diners o unknown</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>columna desconocida; las columnas son: %1</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1 reads as %2 with a decimal comma, but as %1 with a decimal point); import the XLSX export instead, or write the number without thousands separators</source>
        <translation>parece modificado por una hoja de cálculo (%1 se lee como %2 con coma decimal, pero como %1 con punto decimal); importe en su lugar la exportación XLSX o escriba el número sin separadores de miles</translation>
    </message>
    <message>
        <source>the row has a different number of fields from the header (%1 here, %2 in the header)</source>
        <translation>la fila tiene un número de campos distinto del encabezado (%1 aquí, %2 en el encabezado)</translation>
    </message>
    <message>
        <source>holds a NUL character (a zero byte), which text cannot contain</source>
        <translation>contiene un carácter NUL (un byte cero), que un texto no puede contener</translation>
    </message>
    <message>
        <source>%1 holds no rows: it is empty</source>
        <translation>%1 no contiene filas: está vacío</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot;</source>
        <translation>línea %1, columna %2: «%3»</translation>
    </message>
    <message>
        <source>%1: the numbers could be read with a decimal point or with a decimal comma (%2)</source>
        <translation>%1: los números pueden leerse con punto decimal o con coma decimal (%2)</translation>
    </message>
    <message>
        <source>%1: the dates could be read as day/month or as month/day (%2)</source>
        <translation>%1: las fechas pueden leerse como día/mes o como mes/día (%2)</translation>
    </message>
    <message>
        <source>%1 holds no rows, only its header</source>
        <translation>%1 no contiene filas, solo su encabezado</translation>
    </message>
    <message>
        <source>this is an Excel workbook; import it as XLSX</source>
        <translation>esto es un libro de Excel; impórtelo como XLSX</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV first</source>
        <translation>esto es una hoja de cálculo OpenDocument (.ods); guárdela antes como XLSX o CSV</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not a CSV file</source>
        <translation>esto es un archivo ZIP, no un archivo CSV</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls); save it as XLSX or CSV first</source>
        <translation>esto es un libro de Excel 97-2003 (.xls); guárdelo antes como XLSX o CSV</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>esto es un archivo binario, no texto CSV</translation>
    </message>
    <message>
        <source>%1: this is not an Excel workbook (.xlsx); if it is CSV text, import it as CSV</source>
        <translation>%1: esto no es un libro de Excel (.xlsx); si es texto CSV, impórtelo como CSV</translation>
    </message>
    <message>
        <source>Reading the stored numbers</source>
        <translation>Lectura de los números guardados</translation>
    </message>
    <message>
        <source>import the XLSX export instead, or format the column as text in the spreadsheet before saving</source>
        <translation>importe en su lugar la exportación XLSX o dé formato de texto a la columna en la hoja de cálculo antes de guardar</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1); %2</source>
        <translation>parece modificado por una hoja de cálculo (%1); %2</translation>
    </message>
    <message>
        <source>an identifier became the number %1</source>
        <translation>un identificador se convirtió en el número %1</translation>
    </message>
    <message>
        <source>a number of more than 15 digits lost its last digits: %1</source>
        <translation>un número de más de 15 dígitos perdió sus últimos dígitos: %1</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>%1 se convirtió en %2</translation>
    </message>
    <message>
        <source>does not match quantity × rate − discount = %1</source>
        <translation>no coincide con cantidad × precio − descuento = %1</translation>
    </message>
    <message>
        <source>the file&apos;s total %1 differs from %2, the total of the lines, discount, shipping and tax</source>
        <translation>el total del archivo, %1, difiere de %2, el total de líneas, descuento, envío e impuestos</translation>
    </message>
    <message>
        <source>a line takes line.discountPercent or line.discountAmount, not both</source>
        <translation>una línea lleva line.discountPercent o line.discountAmount, no ambos</translation>
    </message>
    <message>
        <source>a credit note needs a number</source>
        <translation>una nota de crédito necesita un número</translation>
    </message>
    <message>
        <source>a credit note needs a date</source>
        <translation>una nota de crédito necesita una fecha</translation>
    </message>
    <message>
        <source>does not match quantity × rate = %1</source>
        <translation>no coincide con cantidad × precio = %1</translation>
    </message>
    <message>
        <source>a credit note has no such field; leave it empty</source>
        <translation>una nota de crédito no tiene este campo; déjelo vacío</translation>
    </message>
    <message>
        <source>differs from the credit note&apos;s first row (line %1)</source>
        <translation>difiere de la primera fila de la nota de crédito (línea %1)</translation>
    </message>
    <message>
        <source>a credit note for a customer needs a currency</source>
        <translation>una nota de crédito para un cliente necesita una moneda</translation>
    </message>
    <message>
        <source>the file&apos;s total %1 differs from %2, the total of the lines and their tax</source>
        <translation>el total del archivo %1 difiere de %2, el total de las líneas y su impuesto</translation>
    </message>
    <message>
        <source>invoice %1 belongs to customer &quot;%2&quot;</source>
        <translation>la factura %1 pertenece al cliente «%2»</translation>
    </message>
    <message>
        <source>a credit note without an invoice needs a customer</source>
        <translation>una nota de crédito sin factura necesita un cliente</translation>
    </message>
    <message>
        <source>the rows of credit note %1 must be together; it already appeared at line %2</source>
        <translation>las filas de la nota de crédito %1 deben ir juntas; ya apareció en la línea %2</translation>
    </message>
    <message>
        <source>the rows of receipt %1 must be together; it already appeared at line %2</source>
        <translation>las filas del cobro %1 deben ir juntas; ya apareció en la línea %2</translation>
    </message>
    <message>
        <source>differs from line %1 (&quot;%2&quot;): the rows of receipt %3 share its date, method and method fields</source>
        <translation>difiere de la línea %1 («%2»): las filas del cobro %3 comparten su fecha, su método y los campos del método</translation>
    </message>
    <message>
        <source>invoice %1 is in %2</source>
        <translation>la factura %1 está en %2</translation>
    </message>
    <message>
        <source>credit is applied to an invoice: there is no invoice numbered &quot;%1&quot;</source>
        <translation>el crédito se aplica a una factura: no hay ninguna factura con el número «%1»</translation>
    </message>
    <message>
        <source>a payment from credit has the method %1</source>
        <translation>un pago con crédito tiene el método %1</translation>
    </message>
    <message>
        <source>a receipt without an invoice needs a currency</source>
        <translation>un cobro sin factura necesita una moneda</translation>
    </message>
    <message>
        <source>a receipt without an invoice needs a customer</source>
        <translation>un cobro sin factura necesita un cliente</translation>
    </message>
    <message>
        <source>belongs to a payment of an invoice, not to a receipt&apos;s unallocated credit</source>
        <translation>corresponde al pago de una factura, no al crédito sin asignar de un cobro</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>cobro %1: %2</translation>
    </message>
    <message>
        <source>a credit note without an invoice applies nothing: leave it empty</source>
        <translation>una nota de crédito sin factura no aplica nada: déjelo vacío</translation>
    </message>
    <message>
        <source>this looks changed by a spreadsheet (%1 reads as %2 with a decimal point, but as %1 with a decimal comma); import the XLSX export instead, or write the number without thousands separators</source>
        <translation>parece modificado por una hoja de cálculo (%1 se lee como %2 con punto decimal, pero como %1 con coma decimal); importe en su lugar la exportación XLSX o escriba el número sin separadores de miles</translation>
    </message>
    <message>
        <source>a tax code needs a rate</source>
        <translation>un código de impuesto necesita un tipo</translation>
    </message>
    <message>
        <source>line %1 has this name too</source>
        <translation>la línea %1 también tiene este nombre</translation>
    </message>
    <message>
        <source>there is already a tax code of that name with other fields (choose update or skip for existing records)</source>
        <translation>ya existe un código de impuesto con ese nombre y otros campos (elija update o skip para los registros existentes)</translation>
    </message>
    <message>
        <source>there is already a customer of that name with other fields (choose update or skip for existing records)</source>
        <translation>ya existe un cliente con ese nombre y otros campos (elija update o skip para los registros existentes)</translation>
    </message>
    <message>
        <source>%1 holds none of the files of the books (company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv, creditnotes.csv)</source>
        <translation>%1 no contiene ninguno de los archivos de los libros (company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv, creditnotes.csv)</translation>
    </message>
    <message>
        <source>the company has one profile, on the first row: this row is another</source>
        <translation>la empresa tiene un solo perfil, en la primera fila: esta fila es otro</translation>
    </message>
    <message>
        <source>the company profile here has &quot;%1&quot; (choose update or skip for existing records)</source>
        <translation>el perfil de la empresa de aquí tiene «%1» (elija actualizar u omitir para los registros existentes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>credit note %1 is already issued (choose skip or update for credit notes already issued)</source>
        <translation>la nota de crédito %1 ya está emitida (elija omitir o actualizar para las notas de crédito ya emitidas)</translation>
    </message>
    <message>
        <source>credit note %1 is issued for %2 %3 on %4; an import does not change an issued credit note</source>
        <translation>la nota de crédito %1 está emitida por %2 %3 el %4; una importación no cambia una nota de crédito emitida</translation>
    </message>
    <message>
        <source>credit of this date and amount is already applied to invoice %1 (choose skip or update for payments already recorded)</source>
        <translation>ya se aplicó crédito de esta fecha e importe a la factura %1 (elija omitir o actualizar para los pagos ya registrados)</translation>
    </message>
    <message>
        <source>the rows of receipt %1 add up to more than an amount can be (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>las filas del cobro %1 suman más de lo que puede ser un importe (más de 9.223.372.036.854.775.807 unidades mínimas)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported: import it again</source>
        <translation>%1 cambió mientras se importaba: impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the refund on line %1 has the same invoice, date, amount, method and reference: give each its own reference if both were made, or allow duplicates</source>
        <translation>el reembolso de la línea %1 tiene la misma factura, fecha, importe, método y referencia: dé a cada uno su propia referencia si se hicieron ambos, o permita duplicados</translation>
    </message>
    <message>
        <source>the payment on line %1 has the same invoice, date, amount, method and reference: give each its own reference if both were made, or allow duplicates</source>
        <translation>el pago de la línea %1 tiene la misma factura, fecha, importe, método y referencia: dé a cada uno su propia referencia si se hicieron ambos, o permita duplicados</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted field that starts here is never closed</source>
        <translation>línea %1: un campo entrecomillado que empieza aquí nunca se cierra</translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation>línea %1, campo %2: texto tras la comilla de cierre</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>a customer needs a name</source>
        <translation>un cliente necesita un nombre</translation>
    </message>
    <message>
        <source>the name has spaces at its start or end</source>
        <translation>el nombre tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«%1» no es un código de moneda</translation>
    </message>
    <message>
        <source>payment terms are a number of days from 0 to 3650</source>
        <translation>el plazo de pago es un número de días de 0 a 3650</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a customer named &quot;%1&quot; exists</source>
        <translation>ya existe un cliente llamado «%1»</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Saving invoice %1</source>
        <translation>Guardando la factura %1</translation>
    </message>
    <message>
        <source>Updating invoice %1</source>
        <translation>Actualizando la factura %1</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Preparando una consulta</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Iniciando una transacción</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Guardando los cambios</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists</source>
        <translation>Ya existe una conexión llamada «%1»</translation>
    </message>
    <message>
        <source>Adding connection %1</source>
        <translation>Añadiendo la conexión %1</translation>
    </message>
    <message>
        <source>Updating connection %1</source>
        <translation>Actualizando la conexión %1</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;</source>
        <translation>No hay ninguna conexión llamada «%1»</translation>
    </message>
    <message>
        <source>Checking connection %1</source>
        <translation>Comprobando la conexión %1</translation>
    </message>
    <message>
        <source>Removing connection %1</source>
        <translation>Quitando la conexión %1</translation>
    </message>
    <message>
        <source>Reading connections</source>
        <translation>Leyendo conexiones</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not migrated; open it in the main thread first</source>
        <translation>%1 no está migrado; ábralo primero en el hilo principal</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is already open in another InvoiceDesk process (pid %2 on %3); close it there first</source>
        <translation>%1 ya está abierto en otro proceso de InvoiceDesk (pid %2 en %3); ciérrelo allí primero</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an InvoiceDesk database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 no es una base de datos de InvoiceDesk (no es un archivo SQLite); no se ha modificado</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as an SQLite database; it was left untouched</source>
        <translation>%1 no se puede leer como base de datos SQLite; no se ha modificado</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an InvoiceDesk database; it was left untouched</source>
        <translation>%1 es un archivo SQLite de otro programa, no una base de datos de InvoiceDesk; no se ha modificado</translation>
    </message>
    <message>
        <source>%1 was written by a newer InvoiceDesk (schema %2; this program knows up to %3). Update InvoiceDesk to open it; the file was left untouched</source>
        <translation>%1 fue escrito por un InvoiceDesk más reciente (esquema %2; este programa conoce hasta el %3). Actualice InvoiceDesk para abrirlo; el archivo no se ha modificado</translation>
    </message>
    <message>
        <source>Not migrating %1: the backup before migrating failed: %2</source>
        <translation>No se migra %1: la copia de seguridad previa a la migración falló: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migración %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>The database handle is not available for a backup</source>
        <translation>El acceso a la base de datos no está disponible para una copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>La copia de seguridad en %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a backup of a company file</source>
        <translation>%1 está vacío; no es una copia de seguridad de un archivo de empresa</translation>
    </message>
    <message>
        <source>Not restoring: the copy of the current data failed: %1</source>
        <translation>No se restaura: la copia de los datos actuales falló: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2; your data is unchanged, and also kept in %3</source>
        <translation>La restauración desde %1 falló: %2; sus datos no han cambiado y también se conservan en %3</translation>
    </message>
    <message>
        <source>Saving line %1 of invoice %2</source>
        <translation>Guardando la línea %1 de la factura %2</translation>
    </message>
    <message>
        <source>Saving the %1 address of invoice %2</source>
        <translation>Guardando la dirección de %1 de la factura %2</translation>
    </message>
    <message>
        <source>Deleting an invoice</source>
        <translation>Eliminando una factura</translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s paid amount</source>
        <translation>Actualizando el importe pagado de la factura</translation>
    </message>
    <message>
        <source>Changing the invoice&apos;s status</source>
        <translation>Cambiando el estado de la factura</translation>
    </message>
    <message>
        <source>Assigning the invoice to a connection</source>
        <translation>Asignando la factura a una conexión</translation>
    </message>
    <message>
        <source>Reading an invoice</source>
        <translation>Leyendo una factura</translation>
    </message>
    <message>
        <source>Looking up invoice %1</source>
        <translation>Buscando la factura %1</translation>
    </message>
    <message>
        <source>Reading invoice lines</source>
        <translation>Leyendo las líneas de factura</translation>
    </message>
    <message>
        <source>Reading addresses</source>
        <translation>Leyendo direcciones</translation>
    </message>
    <message>
        <source>Listing invoices</source>
        <translation>Listando facturas</translation>
    </message>
    <message>
        <source>Queueing %1 for sync</source>
        <translation>Poniendo %1 en la cola de sincronización</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Leyendo la cola de sincronización</translation>
    </message>
    <message>
        <source>Updating the sync queue</source>
        <translation>Actualizando la cola de sincronización</translation>
    </message>
    <message>
        <source>Counting the sync queue</source>
        <translation>Contando la cola de sincronización</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Escribiendo el registro de auditoría</translation>
    </message>
    <message>
        <source>Saving a payment on invoice %1</source>
        <translation>Guardando un pago en la factura %1</translation>
    </message>
    <message>
        <source>Voiding a payment</source>
        <translation>Anulando un pago</translation>
    </message>
    <message>
        <source>Reading a payment</source>
        <translation>Leyendo un pago</translation>
    </message>
    <message>
        <source>Reading payments</source>
        <translation>Leyendo pagos</translation>
    </message>
    <message>
        <source>Looking for a duplicate payment</source>
        <translation>Buscando un pago duplicado</translation>
    </message>
    <message>
        <source>Listing payments</source>
        <translation>Listando pagos</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; still has 1 operation to sync; sync or resolve it first</source>
        <translation>La conexión «%1» aún tiene 1 operación por sincronizar; sincronícela o resuélvala primero</translation>
    </message>
    <message numerus="yes">
        <source>Connection &quot;%1&quot; still has %n operations to sync; sync or resolve them first</source>
        <translation>
            <numerusform>La conexión «%1» aún tiene %n operación por sincronizar; sincronícela o resuélvala primero</numerusform>
            <numerusform>La conexión «%1» aún tiene %n operaciones por sincronizar; sincronícelas o resuélvalas primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; is assigned to 1 invoice; it cannot be removed</source>
        <translation>La conexión «%1» está asignada a 1 factura; no se puede eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Connection &quot;%1&quot; is assigned to %n invoices; it cannot be removed</source>
        <translation>
            <numerusform>La conexión «%1» está asignada a %n factura; no se puede eliminar</numerusform>
            <numerusform>La conexión «%1» está asignada a %n facturas; no se puede eliminar</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no company file at %1 (nothing was created)</source>
        <translation>No hay ningún archivo de empresa en %1 (no se creó nada)</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a company file; it was left untouched. If it should hold your books, restore your last backup over it</source>
        <translation>%1 está vacío (0 bytes), así que no es un archivo de empresa; no se ha tocado. Si debería contener su contabilidad, restaure su última copia de seguridad sobre él</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was read from it or written to it. Restore your last backup (File &gt; Restore in InvoiceDesk, or copy the backup over this file)</source>
        <translation>%1 está dañado: %2. No se leyó ni se escribió nada en él. Restaure su última copia de seguridad (Archivo &gt; Restaurar en InvoiceDesk, o copie la copia de seguridad sobre este archivo)</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: %1</source>
        <translation>la comprobación de integridad de SQLite encontró: %1</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is missing</source>
        <translation>falta su %1 «%2»</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>una carpeta con ese nombre lo impide</translation>
    </message>
    <message>
        <source>it cannot be written or read</source>
        <translation>no se puede escribir ni leer</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>No se puede crear el archivo de bloqueo %1: %2</translation>
    </message>
    <message>
        <source>Counting invoices</source>
        <translation>Contando las facturas</translation>
    </message>
    <message>
        <source>Counting payments</source>
        <translation>Contando los pagos</translation>
    </message>
    <message>
        <source>Reading customers</source>
        <translation>Leyendo los clientes</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Guardando el cliente</translation>
    </message>
    <message>
        <source>Reading receipts</source>
        <translation>Leyendo los cobros</translation>
    </message>
    <message>
        <source>Saving the receipt</source>
        <translation>Guardando el cobro</translation>
    </message>
    <message>
        <source>Reading the tax codes</source>
        <translation>Leyendo los códigos de impuesto</translation>
    </message>
    <message>
        <source>Saving tax code %1</source>
        <translation>Guardando el código de impuesto %1</translation>
    </message>
    <message>
        <source>Saving line %1</source>
        <translation>Guardando la línea %1</translation>
    </message>
    <message>
        <source>Reading the company profile</source>
        <translation>Leer el perfil de la empresa</translation>
    </message>
    <message>
        <source>Saving the company profile</source>
        <translation>Guardar el perfil de la empresa</translation>
    </message>
    <message>
        <source>Searching invoices</source>
        <translation>Búsqueda de facturas</translation>
    </message>
    <message>
        <source>Reading receivables</source>
        <translation>Leyendo las cuentas por cobrar</translation>
    </message>
    <message>
        <source>Reading credit notes</source>
        <translation>Leyendo notas de crédito</translation>
    </message>
    <message>
        <source>Saving the credit note</source>
        <translation>Guardando la nota de crédito</translation>
    </message>
    <message>
        <source>Updating the invoice&apos;s credited amount</source>
        <translation>Actualizando el importe acreditado de la factura</translation>
    </message>
    <message>
        <source>Adding the invoice&apos;s customer</source>
        <translation>Añadiendo el cliente de la factura</translation>
    </message>
    <message>
        <source>the connection is not an SQLite database</source>
        <translation>la conexión no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>Preparing the bulk load</source>
        <translation>Preparando la carga masiva</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la fila %1 de %2 remite a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>Starting to read</source>
        <translation>Iniciando la lectura</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk (schema %2), and a dry run does not bring it up to date: open it once in the app, or run the command without --dry-run</source>
        <translation>%1 lo escribió un InvoiceDesk más antiguo (esquema %2), y una prueba no lo actualiza: ábralo una vez en la aplicación, o ejecute la orden sin --dry-run</translation>
    </message>
    <message>
        <source>the %1 credit of %2</source>
        <translation>el saldo a favor en %1 de %2</translation>
    </message>
    <message>
        <source>%1: more than can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>%1: más de lo que se puede sumar (más de 9.223.372.036.854.775.807 unidades mínimas)</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1; no se registró nada</translation>
    </message>
    <message>
        <source>%1 was written by an older InvoiceDesk (schema %2); open it once in the app, or run invoicedesk-cli upgrade on it, to bring it up to date</source>
        <translation>%1 lo escribió un InvoiceDesk más antiguo (esquema %2); ábralo una vez en la aplicación, o ejecute invoicedesk-cli upgrade sobre él, para actualizarlo</translation>
    </message>
    <message>
        <source>this would take the %1 credit of %2 past what can be summed (over 9,223,372,036,854,775,807 minor units; it is %3 %1 before this)</source>
        <translation>esto llevaría el crédito en %1 de %2 más allá de lo que se puede sumar (más de 9.223.372.036.854.775.807 unidades mínimas; antes de esto es %3 %1)</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date; type it as %2 or as %3</source>
        <translation>«%1» no es una fecha; escríbala como %2 o como %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the day and the month have one or two digits, the year two or four</source>
        <translation>«%1» no es una fecha: el día y el mes tienen una o dos cifras, el año dos o cuatro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year has two or four digits</source>
        <translation>«%1» no es una fecha: el año tiene dos o cuatro cifras</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>«%1» no es una fecha: no existe el mes %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: %2 has %3 days</source>
        <translation>«%1» no es una fecha real: %2 tiene %3 días</translation>
    </message>
    <message>
        <source>%1 is more than a year from today; is the year right?</source>
        <translation>%1 está a más de un año de hoy; ¿es correcto el año?</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>has more than %1 decimal places</source>
        <translation>tiene más de %1 decimales</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>&amp;One PDF</source>
        <translation>&amp;Un PDF</translation>
    </message>
    <message>
        <source>One File &amp;Each</source>
        <translation>Un archivo &amp;cada una</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Company…</source>
        <translation>Empresa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export E-Invoice</source>
        <translation>Exportar factura electrónica</translation>
    </message>
    <message>
        <source>Export E-Invoice…</source>
        <translation>Exportar factura electrónica…</translation>
    </message>
    <message>
        <source>Select the invoices or credit notes to print first.</source>
        <translation>Seleccione primero las facturas o notas de crédito que quiere imprimir.</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n documents into one PDF, or one file each?</source>
        <translation>
            <numerusform>¿Exportar el documento (%n) en un PDF, o un archivo cada uno?</numerusform>
            <numerusform>¿Exportar los %n documentos en un PDF, o un archivo cada uno?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one invoice or credit note first: an e-invoice holds one document.</source>
        <translation>Seleccione primero una factura o nota de crédito: una factura electrónica contiene un solo documento.</translation>
    </message>
    <message>
        <source>Tax Codes…</source>
        <translation>Códigos de impuesto…</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no template named &quot;%1&quot;; the templates are %2 (your own go in %3)</source>
        <translation>No hay ninguna plantilla llamada «%1»; las plantillas son %2 (las suyas van en %3)</translation>
    </message>
    <message>
        <source>Cannot start printing</source>
        <translation>No se puede iniciar la impresión</translation>
    </message>
    <message>
        <source>Cannot write %1: there is no such folder</source>
        <translation>No se puede escribir %1: esa carpeta no existe</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>The statement template is missing</source>
        <translation>Falta la plantilla del estado de cuenta</translation>
    </message>
    <message>
        <source>Cannot write the PDF of the invoice</source>
        <translation>No se puede escribir el PDF de la factura</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>There is no invoice %1</source>
        <translation>No existe la factura %1</translation>
    </message>
    <message>
        <source>There is no invoice or credit note %1</source>
        <translation>No existe ninguna factura ni nota de crédito %1</translation>
    </message>
</context>
<context>
    <name>EInvoice</name>
    <message>
        <source>your company&apos;s name (File → Company…)</source>
        <translation>el nombre de su empresa (Archivo → Empresa…)</translation>
    </message>
    <message>
        <source>your company&apos;s country (File → Company…)</source>
        <translation>el país de su empresa (Archivo → Empresa…)</translation>
    </message>
    <message>
        <source>your company&apos;s VAT ID (File → Company…)</source>
        <translation>el NIF-IVA de su empresa (Archivo → Empresa…)</translation>
    </message>
    <message>
        <source>the customer&apos;s name (billing address)</source>
        <translation>el nombre del cliente (dirección de facturación)</translation>
    </message>
    <message>
        <source>the customer&apos;s country (billing address)</source>
        <translation>el país del cliente (dirección de facturación)</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT ID, which reverse charge and intra-community supplies need (the customer&apos;s tax ID)</source>
        <translation>el NIF-IVA del cliente, que necesitan la inversión del sujeto pasivo y las entregas intracomunitarias (identificador fiscal del cliente)</translation>
    </message>
    <message>
        <source>the delivery date of an intra-community supply (More tab)</source>
        <translation>la fecha de entrega de una entrega intracomunitaria (pestaña Más)</translation>
    </message>
    <message>
        <source>one invoice for the lines outside the scope of VAT and another for the rest</source>
        <translation>una factura para las líneas no sujetas a IVA y otra para el resto</translation>
    </message>
    <message>
        <source>a tax rate or tax code on line %1</source>
        <translation>un tipo o código de impuesto en la línea %1</translation>
    </message>
    <message>
        <source>a description on line %1</source>
        <translation>una descripción en la línea %1</translation>
    </message>
    <message>
        <source>a unit price that is not negative on line %1</source>
        <translation>un precio unitario no negativo en la línea %1</translation>
    </message>
    <message>
        <source>the exemption reason of tax code &quot;%1&quot; (line %2)</source>
        <translation>el motivo de exención del código de impuesto «%1» (línea %2)</translation>
    </message>
    <message>
        <source>the invoice&apos;s discount and shipping as lines (an e-invoice taxes them per line)</source>
        <translation>el descuento y el envío de la factura como líneas (una factura electrónica los grava por línea)</translation>
    </message>
    <message>
        <source>at least one line</source>
        <translation>al menos una línea</translation>
    </message>
    <message>
        <source>the tax computed from the lines (the invoice has a typed tax total)</source>
        <translation>el impuesto calculado a partir de las líneas (la factura tiene un total de impuesto escrito)</translation>
    </message>
    <message>
        <source>a due date or your company&apos;s payment terms</source>
        <translation>una fecha de vencimiento o las condiciones de pago de su empresa</translation>
    </message>
    <message>
        <source>a payment means code of the UNTDID 4461 list, such as 58 (More tab)</source>
        <translation>un código de medio de pago de la lista UNTDID 4461, como 58 (pestaña Más)</translation>
    </message>
    <message>
        <source>The e-invoice needs %1.</source>
        <translation>La factura electrónica necesita %1.</translation>
    </message>
    <message>
        <source>its tax at %1% is %2, rounded line by line; EN 16931 requires the tax of a rate on the sum of its lines (%3), and the official rules (BR-CO-17) refuse a difference of one %4 or more. Issue it with the tax of each rate rounded once (an import profile&apos;s &quot;taxRounding&quot;: &quot;per-rate&quot;), or send the PDF.</source>
        <translation>su impuesto al %1 % es %2, redondeado línea por línea; EN 16931 exige el impuesto de un tipo sobre la suma de sus líneas (%3), y las reglas oficiales (BR-CO-17) rechazan una diferencia de un %4 o más. Emítala con el impuesto de cada tipo redondeado una sola vez (&quot;taxRounding&quot;: &quot;per-rate&quot; en un perfil de importación) o envíe el PDF.</translation>
    </message>
    <message>
        <source>the invoice&apos;s shipping as a line (an e-invoice taxes it per line)</source>
        <translation>el envío de la factura como una línea (una factura electrónica lo grava por línea)</translation>
    </message>
    <message>
        <source>the invoice&apos;s discount as discounts on its lines (an e-invoice taxes it per line)</source>
        <translation>el descuento de la factura como descuentos en sus líneas (una factura electrónica lo grava por línea)</translation>
    </message>
</context>
<context>
    <name>EInvoiceFile</name>
    <message>
        <source>Invoice %1 was not exported: %2</source>
        <translation>La factura %1 no se exportó: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Credit note %1 was not exported: %2</source>
        <translation>La nota de crédito %1 no se exportó: %2</translation>
    </message>
</context>
<context>
    <name>FacturX</name>
    <message>
        <source>Cannot make the ZUGFeRD/Factur-X PDF: %1</source>
        <translation>No se puede crear el PDF ZUGFeRD/Factur-X: %1</translation>
    </message>
    <message>
        <source>the invoice PDF has no XMP metadata</source>
        <translation>el PDF de la factura no tiene metadatos XMP</translation>
    </message>
    <message>
        <source>the invoice PDF is no PDF/A-1b</source>
        <translation>el PDF de la factura no es un PDF/A-1b</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>ID de grupo</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>ID de cliente potencial</translation>
    </message>
    <message>
        <source>Subscription start</source>
        <translation>Inicio de la suscripción</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código de cupón</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Total general</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Forbidden methods</source>
        <translation>Métodos prohibidos</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Sincronizar con</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>ID remoto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Código de producto</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Descripción de la línea</translation>
    </message>
    <message>
        <source>Commissionable amount</source>
        <translation>Importe comisionable</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Billing first name</source>
        <translation>Nombre de facturación</translation>
    </message>
    <message>
        <source>Billing last name</source>
        <translation>Apellidos de facturación</translation>
    </message>
    <message>
        <source>Billing company</source>
        <translation>Empresa de facturación</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>Correo electrónico de facturación</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation>Teléfono de facturación</translation>
    </message>
    <message>
        <source>Billing address line 1</source>
        <translation>Línea de dirección 1 de facturación</translation>
    </message>
    <message>
        <source>Billing address line 2</source>
        <translation>Línea de dirección 2 de facturación</translation>
    </message>
    <message>
        <source>Billing neighbourhood</source>
        <translation>Barrio de facturación</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ciudad de facturación</translation>
    </message>
    <message>
        <source>Billing postcode</source>
        <translation>Código postal de facturación</translation>
    </message>
    <message>
        <source>Billing state code</source>
        <translation>Código de región de facturación</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Provincia de facturación</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>País de facturación</translation>
    </message>
    <message>
        <source>Shipping first name</source>
        <translation>Nombre de envío</translation>
    </message>
    <message>
        <source>Shipping last name</source>
        <translation>Apellidos de envío</translation>
    </message>
    <message>
        <source>Shipping company</source>
        <translation>Empresa de envío</translation>
    </message>
    <message>
        <source>Shipping e-mail</source>
        <translation>Correo electrónico de envío</translation>
    </message>
    <message>
        <source>Shipping phone</source>
        <translation>Teléfono de envío</translation>
    </message>
    <message>
        <source>Shipping address line 1</source>
        <translation>Línea de dirección 1 de envío</translation>
    </message>
    <message>
        <source>Shipping address line 2</source>
        <translation>Línea de dirección 2 de envío</translation>
    </message>
    <message>
        <source>Shipping neighbourhood</source>
        <translation>Barrio de envío</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>Ciudad de envío</translation>
    </message>
    <message>
        <source>Shipping postcode</source>
        <translation>Código postal de envío</translation>
    </message>
    <message>
        <source>Shipping state code</source>
        <translation>Código de región de envío</translation>
    </message>
    <message>
        <source>Shipping state</source>
        <translation>Provincia de envío</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>País de envío</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <source>Cheque drawer</source>
        <translation>Librador del cheque</translation>
    </message>
    <message>
        <source>Bank branch</source>
        <translation>Sucursal bancaria</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <source>Card fee %</source>
        <translation>Comisión de tarjeta %</translation>
    </message>
    <message>
        <source>Card fee amount</source>
        <translation>Importe de la comisión de tarjeta</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Gateway transaction id</source>
        <translation>ID de transacción de la pasarela</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>Fecha de la transferencia</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Referencia de la transferencia</translation>
    </message>
    <message>
        <source>TDS</source>
        <translation>TDS</translation>
    </message>
    <message>
        <source>Transaction charge</source>
        <translation>Comisión de transacción</translation>
    </message>
    <message>
        <source>Reconciled on</source>
        <translation>Conciliado el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Line tax</source>
        <translation>Impuesto de la línea</translation>
    </message>
    <message>
        <source>Taken off the invoice</source>
        <translation>Descontado de la factura</translation>
    </message>
    <message>
        <source>Line discount %</source>
        <translation>Descuento de línea %</translation>
    </message>
    <message>
        <source>Line discount amount</source>
        <translation>Descuento de línea (importe)</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Código de impuesto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Referencia del comprador</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Payment means code</source>
        <translation>Código de medio de pago</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>no answer within the time limit</source>
        <translation>sin respuesta dentro del plazo</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>el servidor cerró la conexión antes de responder</translation>
    </message>
    <message>
        <source>the answer&apos;s headers were too long</source>
        <translation>las cabeceras de la respuesta eran demasiado largas</translation>
    </message>
    <message>
        <source>the answer was not HTTP</source>
        <translation>la respuesta no era HTTP</translation>
    </message>
    <message>
        <source>the answer&apos;s length was not a number</source>
        <translation>la longitud de la respuesta no era un número</translation>
    </message>
    <message>
        <source>the answer announced %1 bytes, more than the %2 an answer may have</source>
        <translation>la respuesta anunció %1 bytes, más de los %2 que puede tener una respuesta</translation>
    </message>
    <message>
        <source>the answer&apos;s chunks were malformed</source>
        <translation>los fragmentos de la respuesta estaban mal formados</translation>
    </message>
    <message>
        <source>the answer was longer than the %1 bytes an answer may have</source>
        <translation>la respuesta superaba los %1 bytes que puede tener una respuesta</translation>
    </message>
    <message>
        <source>the server sent only interim answers</source>
        <translation>el servidor solo envió respuestas provisionales</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>%1: &quot;%2&quot; must be one character</source>
        <translation>%1: «%2» debe ser un solo carácter</translation>
    </message>
    <message>
        <source>%1: &quot;numbers.decimalMark&quot; must be &quot;.&quot; or &quot;,&quot;</source>
        <translation>%1: «numbers.decimalMark» debe ser &quot;.&quot; o &quot;,&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;numbers.grouping&quot; cannot be the decimal mark</source>
        <translation>%1: «numbers.grouping» no puede ser el separador decimal</translation>
    </message>
    <message>
        <source>%1: the tax code &quot;%2&quot; needs a &quot;code&quot; and a &quot;rate&quot; such as &quot;20&quot;</source>
        <translation>%1: el código de impuesto «%2» necesita &quot;code&quot; y &quot;rate&quot;, como &quot;20&quot;</translation>
    </message>
    <message>
        <source>%1: the category of tax code &quot;%2&quot; must be one of %3</source>
        <translation>%1: la categoría del código de impuesto «%2» debe ser una de %3</translation>
    </message>
    <message>
        <source>%1: a profile needs a &quot;name&quot;</source>
        <translation>%1: un perfil necesita un &quot;name&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;positions&quot; counts columns from 1; &quot;%2&quot; is not a column number</source>
        <translation>%1: «positions» cuenta las columnas desde 1; «%2» no es un número de columna</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a profile: %2</source>
        <translation>%1 no es un perfil: %2</translation>
    </message>
    <message>
        <source>there is no import profile named &quot;%1&quot;; the profiles are: %2</source>
        <translation>no hay ningún perfil de importación llamado «%1»; los perfiles son: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a profile shipped with InvoiceDesk and cannot be changed; save it under another name</source>
        <translation>«%1» es un perfil incluido en InvoiceDesk y no se puede cambiar; guárdelo con otro nombre</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>the profile maps &quot;%1&quot; to &quot;%2&quot;, which is not a column; the columns are: %3</source>
        <translation>el perfil asigna «%1» a «%2», que no es una columna; las columnas son: %3</translation>
    </message>
    <message>
        <source>a constant is set for &quot;%1&quot;, which is not a column; the columns are: %2</source>
        <translation>hay un valor fijo para «%1», que no es una columna; las columnas son: %2</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;records&quot; or &quot;bank-statement&quot;, not &quot;%2&quot;</source>
        <translation>%1: «kind» debe ser «records» o «bank-statement», no «%2»</translation>
    </message>
    <message>
        <source>the import profile &quot;%1&quot; reads invoices and payments, not bank statements; the bank statement profiles are: %2</source>
        <translation>el perfil de importación «%1» lee facturas y pagos, no extractos bancarios; los perfiles de extractos bancarios son: %2</translation>
    </message>
    <message>
        <source>the import profile &quot;%1&quot; reads bank statements, not invoices and payments; the profiles are: %2</source>
        <translation>el perfil de importación «%1» lee extractos bancarios, no facturas ni pagos; los perfiles son: %2</translation>
    </message>
    <message>
        <source>%1: &quot;taxRounding&quot; must be &quot;per-line&quot; or &quot;per-rate&quot;</source>
        <translation>%1: &quot;taxRounding&quot; debe ser &quot;per-line&quot; o &quot;per-rate&quot;</translation>
    </message>
</context>
<context>
    <name>ImportStatementDialog</name>
    <message>
        <source>Booking date</source>
        <translation>Fecha contable</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Fecha valor</translation>
    </message>
    <message>
        <source>Amount (signed)</source>
        <translation>Importe (con signo)</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Cargo (salida)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Abono (entrada)</translation>
    </message>
    <message>
        <source>Credit or debit (C/D)</source>
        <translation>Abono o cargo (A/C)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Counterparty&apos;s account</source>
        <translation>Cuenta de la contraparte</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Payer&apos;s reference</source>
        <translation>Referencia del pagador</translation>
    </message>
    <message>
        <source>Bank&apos;s reference</source>
        <translation>Referencia del banco</translation>
    </message>
    <message>
        <source>Balance after the line</source>
        <translation>Saldo tras la línea</translation>
    </message>
    <message>
        <source>Posting text</source>
        <translation>Texto del movimiento</translation>
    </message>
    <message>
        <source>Own account (IBAN)</source>
        <translation>Cuenta propia (IBAN)</translation>
    </message>
    <message>
        <source>CAMT.052 account report</source>
        <translation>Informe de cuenta CAMT.052</translation>
    </message>
    <message>
        <source>CAMT.053 statement</source>
        <translation>Extracto CAMT.053</translation>
    </message>
    <message>
        <source>CAMT.054 notification</source>
        <translation>Aviso CAMT.054</translation>
    </message>
    <message>
        <source>MT940 statement</source>
        <translation>Extracto MT940</translation>
    </message>
    <message>
        <source>OFX/QFX statement</source>
        <translation>Extracto OFX/QFX</translation>
    </message>
    <message>
        <source>Bank CSV export</source>
        <translation>Exportación CSV del banco</translation>
    </message>
    <message>
        <source>Booked or pending</source>
        <translation>Contabilizado o pendiente</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO 3166 country code</source>
        <translation>«%1» no es un código de país ISO 3166 de dos letras</translation>
    </message>
    <message>
        <source>the invoice total is too large</source>
        <translation>el total de la factura es demasiado grande</translation>
    </message>
    <message>
        <source>an invoice needs a number</source>
        <translation>una factura necesita un número</translation>
    </message>
    <message>
        <source>the number has spaces at its start or end</source>
        <translation>el número tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>an invoice needs a currency</source>
        <translation>una factura necesita una moneda</translation>
    </message>
    <message>
        <source>an invoice needs a date</source>
        <translation>una factura necesita una fecha</translation>
    </message>
    <message>
        <source>the due date is before the invoice date</source>
        <translation>la fecha de vencimiento es anterior a la fecha de la factura</translation>
    </message>
    <message>
        <source>a discount cannot be negative</source>
        <translation>un descuento no puede ser negativo</translation>
    </message>
    <message>
        <source>shipping cannot be negative</source>
        <translation>el envío no puede ser negativo</translation>
    </message>
    <message>
        <source>tax cannot be negative</source>
        <translation>el impuesto no puede ser negativo</translation>
    </message>
    <message>
        <source>the quantity must be more than zero</source>
        <translation>la cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>the line total is too large</source>
        <translation>el total de la línea es demasiado grande</translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>un tipo impositivo debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>a line needs a description or a product code</source>
        <translation>una línea necesita una descripción o un código de producto</translation>
    </message>
    <message>
        <source>the grand total cannot be negative</source>
        <translation>el total general no puede ser negativo</translation>
    </message>
    <message>
        <source>a line takes a discount percentage or a discount amount, not both</source>
        <translation>una línea lleva un descuento en porcentaje o en importe, no ambos</translation>
    </message>
    <message>
        <source>a discount must be between 0 and 100 %</source>
        <translation>un descuento debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>the discount is larger than quantity × rate</source>
        <translation>el descuento es mayor que cantidad × precio</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AgingWindow</name>
    <message>
        <source>A/R Aging</source>
        <translation>Antigüedad de cuentas por cobrar</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <source>Nothing is owed on %1.</source>
        <translation>No se debe nada al %1.</translation>
    </message>
    <message>
        <source>1 customer owes money.</source>
        <translation>1 cliente debe dinero.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers owe money.</source>
        <translation>
            <numerusform>%n cliente debe dinero.</numerusform>
            <numerusform>%n clientes deben dinero.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 customer is in credit.</source>
        <translation>1 cliente tiene saldo a favor.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers are in credit.</source>
        <translation>
            <numerusform>%n cliente tiene saldo a favor.</numerusform>
            <numerusform>%n clientes tienen saldo a favor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::AllocationTableModel</name>
    <message>
        <source>%1 owes %2; %3 cannot be applied to it</source>
        <translation>%1 tiene %2 pendiente; no se le pueden aplicar %3</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankAccountsDialog</name>
    <message>
        <source>Bank Accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>ES91 2100 0418 4502 0005 1332</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;IBAN or account number:</source>
        <translation>&amp;IBAN o número de cuenta:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Opening &amp;balance:</source>
        <translation>&amp;Saldo inicial:</translation>
    </message>
    <message>
        <source>Opening &amp;date:</source>
        <translation>&amp;Fecha inicial:</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>Saldo inicial: %1</translation>
    </message>
    <message>
        <source>Opening date: %1</source>
        <translation>Fecha inicial: %1</translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot;.</source>
        <translation>Se añadió la cuenta «%1».</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankAccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>IBAN or number</source>
        <translation>IBAN o número</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sin conciliar</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::BankLinesModel</name>
    <message>
        <source>%1 (invoice %2)</source>
        <translation>%1 (factura %2)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>Conciliada con</translation>
    </message>
    <message>
        <source>%1 (invoices %2)</source>
        <translation>%1 (facturas %2)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address &amp;line 2:</source>
        <translation>Dirección &amp;línea 2:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry (ISO code):</source>
        <translation>Pa&amp;ís (código ISO):</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>NIF-&amp;IVA:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>I&amp;BAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>BI&amp;C:</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;co:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Condiciones de pa&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>Pie de pági&amp;na:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>DE89 3704 0044 0532 0130 00</source>
        <translation>ES91 2100 0418 4502 0005 1332</translation>
    </message>
    <message>
        <source>Company Logo</source>
        <translation>Logotipo de la empresa</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The company profile was not saved: %1</source>
        <translation>El perfil de la empresa no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Where the secrets are kept</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <source>In the system &amp;keychain (type them above)</source>
        <translation>En el &amp;llavero del sistema (escríbalos arriba)</translation>
    </message>
    <message>
        <source>In environment &amp;variables (type the variables&apos; names above)</source>
        <translation>En &amp;variables de entorno (escriba arriba los nombres de las variables)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>(kept in the keychain; type to replace)</source>
        <translation>(guardado en el llavero; escriba para sustituirlo)</translation>
    </message>
    <message>
        <source>%1 Choose &quot;In environment variables&quot; to name variables that hold the secrets instead.</source>
        <translation>%1 Elija «En variables de entorno» para indicar variables que contengan los secretos.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Connected: %1 accepted the credentials.</source>
        <translation>Conectado: %1 aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;ueva</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Stop the Test</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <source>Unsaved Connection</source>
        <translation>Conexión sin guardar</translation>
    </message>
    <message>
        <source>Save the connection you are entering first?</source>
        <translation>¿Guardar primero la conexión que está introduciendo?</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar primero los cambios de %1?</translation>
    </message>
    <message>
        <source>This connection cannot sync: %1</source>
        <translation>Esta conexión no puede sincronizar: %1</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Eliminar la conexión</translation>
    </message>
    <message>
        <source>Remove the connection %1? Invoices assigned to it keep their data; InvoiceDesk stops syncing with it.</source>
        <translation>¿Eliminar la conexión %1? Las facturas asignadas conservan sus datos; InvoiceDesk deja de sincronizar con ella.</translation>
    </message>
    <message numerus="yes">
        <source>Testing %1… (it gives up after %n seconds)</source>
        <translation>
            <numerusform>Probando %1… (se abandona tras %n segundo)</numerusform>
            <numerusform>Probando %1… (se abandona tras %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Test stopped; nothing was changed.</source>
        <translation>Prueba detenida; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Una conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>Address: %1.</source>
        <translation>Dirección: %1.</translation>
    </message>
    <message>
        <source>%1 (invoices and payments)</source>
        <translation>%1 (facturas y pagos)</translation>
    </message>
    <message>
        <source>%1 (payments)</source>
        <translation>%1 (pagos)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Storing the secrets in the system keychain…</source>
        <translation>Guardando los secretos en el llavero del sistema…</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNoteDialog</name>
    <message>
        <source>Credit Note for Invoice %1</source>
        <translation>Nota de crédito para la factura %1</translation>
    </message>
    <message>
        <source>Invoice %1 owes %2 %3. A credit note takes that much off it; the rest becomes %4&apos;s credit.</source>
        <translation>La factura %1 debe %2 %3. Una nota de crédito descuenta como mucho eso; el resto pasa a ser crédito de %4.</translation>
    </message>
    <message>
        <source>&amp;Amount, tax included:</source>
        <translation>&amp;Importe con impuestos:</translation>
    </message>
    <message>
        <source>&amp;Lines (rate without tax):</source>
        <translation>&amp;Líneas (precio sin impuestos):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
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
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Issue Credit Note</source>
        <translation>&amp;Emitir nota de crédito</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNotesMenu</name>
    <message>
        <source>Show credit &amp;notes</source>
        <translation>Mostrar &amp;notas de crédito</translation>
    </message>
    <message>
        <source>Credi&amp;t Note…</source>
        <translation>Nota de &amp;crédito…</translation>
    </message>
    <message>
        <source>Re&amp;open Invoice</source>
        <translation>Re&amp;abrir factura</translation>
    </message>
    <message>
        <source>Cannot Reopen</source>
        <translation>No se puede reabrir</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>Anular factura</translation>
    </message>
    <message>
        <source>Invoice %1 holds %2 of payments, so it cannot be deleted. Before it is cancelled: is the money refunded, or kept as the customer&apos;s credit?</source>
        <translation>La factura %1 tiene %2 en pagos, así que no se puede eliminar. Antes de anularla: ¿se reembolsa el dinero o se conserva como crédito del cliente?</translation>
    </message>
    <message>
        <source>&amp;Refund It…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>&amp;Keep as Credit</source>
        <translation>&amp;Conservar como crédito</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Cancel</source>
        <translation>&amp;No anular</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>%1 goes back to the customer. Is invoice %2 credited (a credit note: nothing is owed) or owed again (Pending, overdue once due)?</source>
        <translation>%1 vuelve al cliente. ¿La factura %2 se acredita (una nota de crédito: no se debe nada) o vuelve a deberse (Pendiente, vencida al llegar el vencimiento)?</translation>
    </message>
    <message>
        <source>&amp;Credit the Invoice</source>
        <translation>&amp;Acreditar la factura</translation>
    </message>
    <message>
        <source>&amp;Owed Again</source>
        <translation>&amp;Debida de nuevo</translation>
    </message>
    <message>
        <source>Invoice %1 has payments, so it cannot be deleted. Cancel it instead?</source>
        <translation>La factura %1 tiene pagos, así que no se puede eliminar. ¿Anularla en su lugar?</translation>
    </message>
    <message>
        <source>Cannot Cancel</source>
        <translation>No se puede anular</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CreditNotesPanel</name>
    <message>
        <source>Credit notes (negative: they reduce what is owed)</source>
        <translation>Notas de crédito (negativas: reducen lo que se debe)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>&amp;Billing address</source>
        <translation>Dirección de fac&amp;turación</translation>
    </message>
    <message>
        <source>S&amp;hipping address</source>
        <translation>Dirección de &amp;envío</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>E-mail for in&amp;voices</source>
        <translation>Correo para &amp;facturas</translation>
    </message>
    <message>
        <source>Tax &amp;ID</source>
        <translation>&amp;Identificación fiscal</translation>
    </message>
    <message>
        <source>Default c&amp;urrency</source>
        <translation>&amp;Moneda predeterminada</translation>
    </message>
    <message>
        <source>Payment te&amp;rms (days)</source>
        <translation>Plazo de pa&amp;go (días)</translation>
    </message>
    <message>
        <source>Payment terms: &quot;%1&quot; is not a number of days</source>
        <translation>Plazo de pago: «%1» no es un número de días</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomerListModel</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomersMenu</name>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Clientes…</translation>
    </message>
    <message>
        <source>&amp;Receive Payment…</source>
        <translation>&amp;Recibir pago…</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::CustomersWindow</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>Receive &amp;Payment…</source>
        <translation>Recibir &amp;pago…</translation>
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
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>&amp;Invoices of %1</source>
        <translation>&amp;Facturas de %1</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Sin saldo a favor</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Saldo a favor: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::DateEdit</name>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>type a date, e.g. %1</source>
        <translation>escriba una fecha, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::EInvoiceDialog</name>
    <message>
        <source>Export E-Invoice</source>
        <translation>Exportar factura electrónica</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
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
        <translation>ZUGFeRD/Factur-X (PDF con el XML CII)</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Sintaxis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Archivos XML (*.xml)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Wrote the e-invoice of %1 to %2.</source>
        <translation>Se escribió la factura electrónica de %1 en %2.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
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
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Pagos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Only &amp;dated between</source>
        <translation>Solo con fec&amp;ha entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Exported 1 invoice to %1.</source>
        <translation>1 factura exportada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoices to %1.</source>
        <translation>
            <numerusform>%n factura exportada a %1.</numerusform>
            <numerusform>%n facturas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 payment to %1.</source>
        <translation>1 pago exportado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n payments to %1.</source>
        <translation>
            <numerusform>%n pago exportado a %1.</numerusform>
            <numerusform>%n pagos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel on Windows)</source>
        <translation>UTF-8 con BOM (Excel en Windows)</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texto Unicode)</translation>
    </message>
    <message>
        <source>E&amp;ncoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Stop the Export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Detenido: no se escribió nada.</translation>
    </message>
    <message>
        <source>&amp;Credit notes</source>
        <translation>N&amp;otas de crédito</translation>
    </message>
    <message>
        <source>&amp;Whole books (folder)</source>
        <translation>&amp;Libros completos (carpeta)</translation>
    </message>
    <message>
        <source>invoices.csv, payments.csv and creditnotes.csv, every record, into one folder: what Import reads back as the whole books</source>
        <translation>invoices.csv, payments.csv y creditnotes.csv, todos los registros, en una carpeta: lo que la importación vuelve a leer como libros completos</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>Ca&amp;rpeta</translation>
    </message>
    <message>
        <source>Exported 1 credit note to %1.</source>
        <translation>1 nota de crédito exportada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n credit notes to %1.</source>
        <translation>
            <numerusform>%n nota de crédito exportada a %1.</numerusform>
            <numerusform>%n notas de crédito exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the whole books to %1: company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv and creditnotes.csv.</source>
        <translation>Libros completos exportados a %1: company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv y creditnotes.csv.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::FirstRunDialog</name>
    <message>
        <source>Welcome to InvoiceDesk</source>
        <translation>Bienvenido a InvoiceDesk</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Company</source>
        <translation>Abrir la empresa de &amp;demostración</translation>
    </message>
    <message>
        <source>Create an &amp;Empty Company File</source>
        <translation>Crear un archivo de empresa &amp;vacío</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no company file at &lt;i&gt;%1&lt;/i&gt; yet.&lt;/p&gt;&lt;p&gt;Create it as an empty company, look around the demo company first (it is kept in a file of its own, %2, beside it), or open a company file you already have.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay ningún archivo de empresa en &lt;i&gt;%1&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Créelo como empresa vacía, explore primero la empresa de demostración (se guarda en un archivo propio, %2, a su lado) o abra un archivo de empresa que ya tenga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open an Existing File…</source>
        <translation>&amp;Abrir un archivo existente…</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Abrir archivo de empresa</translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation>Archivos de empresa de InvoiceDesk (*.invoicedesk *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportCheckPage</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix a row here, or skip the rows with problems.</source>
        <translation>Cada fila se comprueba antes de escribir nada. Corrija una fila aquí, u omita las filas con problemas.</translation>
    </message>
    <message>
        <source>The rows with problems (edit a cell to fix it, then check again):</source>
        <translation>Las filas con problemas (edite una celda para corregirla y compruebe de nuevo):</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>&amp;Omitir las filas con problemas e importar el resto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>This cell has a problem</source>
        <translation>Esta celda tiene un problema</translation>
    </message>
    <message>
        <source>No problems: 1 row is ready to import.</source>
        <translation>Sin problemas: 1 fila lista para importar.</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n rows are ready to import.</source>
        <translation>
            <numerusform>Sin problemas: %n fila lista para importar.</numerusform>
            <numerusform>Sin problemas: %n filas listas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation>1 problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row read.</source>
        <translation>1 fila leída.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read.</source>
        <translation>
            <numerusform>%n fila leída.</numerusform>
            <numerusform>%n filas leídas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Pagos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 no se puede leer.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos CSV y libros de Excel (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook of invoices (one row per line item), of payments (one row per payment) or of credit notes (one row per line); or a folder of the whole books.</source>
        <translation>Un archivo CSV o un libro de Excel de facturas (una fila por línea), de pagos (una fila por pago) o de notas de crédito (una fila por línea); o una carpeta con los libros completos.</translation>
    </message>
    <message>
        <source>&amp;Credit notes</source>
        <translation>N&amp;otas de crédito</translation>
    </message>
    <message>
        <source>&amp;Whole books (folder): invoices.csv, payments.csv and creditnotes.csv in one step</source>
        <translation>&amp;Libros completos (carpeta): invoices.csv, payments.csv y creditnotes.csv en un solo paso</translation>
    </message>
    <message>
        <source>%1 is not a folder with invoices.csv, payments.csv or creditnotes.csv.</source>
        <translation>%1 no es una carpeta con invoices.csv, payments.csv o creditnotes.csv.</translation>
    </message>
    <message>
        <source>Report them as problems</source>
        <translation>Señalarlas como problemas</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>Actualizarlas desde el archivo</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message>
        <source>Records &amp;already in the books:</source>
        <translation>Registros &amp;ya en los libros:</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate payments (the same invoice, date, amount, method and reference)</source>
        <translation>Permitir pagos &amp;duplicados (la misma factura, fecha, importe, método y referencia)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportFormatPage</name>
    <message>
        <source>How the file is written</source>
        <translation>Cómo se escribe el archivo</translation>
    </message>
    <message>
        <source>Detected from the file; change anything that looks wrong in the preview.</source>
        <translation>Detectado a partir del archivo; cambie lo que parezca incorrecto en la vista previa.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Numbers use a decimal &amp;comma (1.234,56)</source>
        <translation>Los números usan coma &amp;decimal (1.234,56)</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Separador</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>The first row holds the column na&amp;mes</source>
        <translation>La primera fila contiene los nom&amp;bres de las columnas</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>Without a header row the columns are not known yet: set the decimal mark and the date format yourself.</source>
        <translation>Sin fila de encabezado las columnas aún no se conocen: indique usted el separador decimal y el formato de fecha.</translation>
    </message>
    <message>
        <source>The numbers could be read with a decimal point or with a decimal comma (line %1, %2: &quot;%3&quot;): say which below.</source>
        <translation>Los números pueden leerse con punto o con coma decimal (línea %1, %2: &quot;%3&quot;): indíquelo abajo.</translation>
    </message>
    <message>
        <source>Found in the file: numbers with a decimal comma (1.234,56).</source>
        <translation>Encontrado en el archivo: números con coma decimal (1.234,56).</translation>
    </message>
    <message>
        <source>Found in the file: numbers with a decimal point (1,234.56).</source>
        <translation>Encontrado en el archivo: números con punto decimal (1,234.56).</translation>
    </message>
    <message>
        <source>The dates could be read as day/month or as month/day (line %1, %2: &quot;%3&quot;): choose their format below.</source>
        <translation>Las fechas pueden leerse como día/mes o como mes/día (línea %1, %2: &quot;%3&quot;): elija su formato abajo.</translation>
    </message>
    <message>
        <source>Found in the file: dates written %1.</source>
        <translation>Encontrado en el archivo: fechas escritas %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>Qué columna es cuál</translation>
    </message>
    <message>
        <source>Columns are matched by their header; choose for any that are not, or ignore them.</source>
        <translation>Las columnas se emparejan por su encabezado; elija para las que no lo estén, o ignórelas.</translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation>Guardar como &amp;perfil…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation>(por encabezado)</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Nombre de esta asignación de columnas:</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation>Dos columnas están asignadas a %1.</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which an import needs.</source>
        <translation>Ninguna columna está asignada a %1, que una importación necesita.</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(del archivo)</translation>
    </message>
    <message>
        <source>Currenc&amp;y where the file has none:</source>
        <translation>&amp;Moneda si el archivo no la indica:</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportRunPage</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything in one step; Cancel leaves the company file as it was.</source>
        <translation>Todavía no se ha escrito nada. Importar lo escribe todo en un solo paso; Cancelar deja el archivo de empresa como estaba.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Stop the Import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <source>1 invoice will be imported.</source>
        <translation>Se importará 1 factura.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices will be imported.</source>
        <translation>
            <numerusform>Se importará %n factura.</numerusform>
            <numerusform>Se importarán %n facturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment will be imported.</source>
        <translation>Se importará 1 pago.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments will be imported.</source>
        <translation>
            <numerusform>Se importará %n pago.</numerusform>
            <numerusform>Se importarán %n pagos.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 with problems is left out.</source>
        <translation>1 con problemas se deja fuera.</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems are left out.</source>
        <translation>
            <numerusform>%n con problemas se deja fuera.</numerusform>
            <numerusform>%n con problemas se dejan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported. Import starts again; Back changes the settings.</source>
        <translation>Detenido: no se ha importado nada. Importar empieza de nuevo; Atrás cambia los ajustes.</translation>
    </message>
    <message>
        <source>rows with problems remain</source>
        <translation>quedan filas con problemas</translation>
    </message>
    <message>
        <source>1 credit note will be imported.</source>
        <translation>Se importará 1 nota de crédito.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit notes will be imported.</source>
        <translation>
            <numerusform>Se importará %n nota de crédito.</numerusform>
            <numerusform>Se importarán %n notas de crédito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: fix these problems in the files first.</source>
        <translation>No se puede importar nada: corrija primero estos problemas en los archivos.</translation>
    </message>
    <message>
        <source>The whole books will be imported in one step, dated records in date order:</source>
        <translation>Los libros completos se importarán en un solo paso, los registros fechados por orden de fecha:</translation>
    </message>
    <message>
        <source>%1: 1 record</source>
        <translation>%1: 1 registro</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n records</source>
        <translation>
            <numerusform>%1: %n registro</numerusform>
            <numerusform>%1: %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportStatementDialog</name>
    <message>
        <source>Import Statement</source>
        <translation>Importar extracto</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;All files (*)</source>
        <translation>Extractos bancarios (*.xml *.camt *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Bank export as an Excel workbook</source>
        <translation>Exportación bancaria como libro de Excel</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Nombre de esta asignación de columnas:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Statement %1 (%2) into &quot;%3&quot;: %4 lines, %5 added, %6 already imported.</source>
        <translation>Extracto %1 (%2) en «%3»: %4 líneas, %5 añadidas, %6 ya importadas.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created from the statement.</source>
        <translation>La cuenta «%1» se creó a partir del extracto.</translation>
    </message>
    <message>
        <source>Balances checked: %1 on %2, plus the lines, is %3 on %4.</source>
        <translation>Saldos comprobados: %1 el %2, más las líneas, da %3 el %4.</translation>
    </message>
    <message>
        <source>Gap: %1</source>
        <translation>Hueco: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>(the account the statement names)</source>
        <translation>(la cuenta que indica el extracto)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Reconcile…</source>
        <translation>C&amp;onciliar…</translation>
    </message>
    <message>
        <source>Columns of the bank&apos;s CSV export</source>
        <translation>Columnas de la exportación CSV del banco</translation>
    </message>
    <message>
        <source>(by header)</source>
        <translation>(según la cabecera)</translation>
    </message>
    <message>
        <source>Save as &amp;Profile…</source>
        <translation>Guardar como &amp;perfil…</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Perfi&amp;l:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Es</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>Deducido del archivo</translation>
    </message>
    <message>
        <source>Point (1234.56)</source>
        <translation>Punto (1234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Coma (1.234,56)</translation>
    </message>
    <message>
        <source>The file&apos;s, else the account&apos;s</source>
        <translation>La del archivo, si no la de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Separador &amp;decimal:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Fec&amp;has:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Save the Rows with Problems…</source>
        <translation>Guardar las filas con problemas…</translation>
    </message>
    <message>
        <source>Save the Rows with Problems</source>
        <translation>Guardar las filas con problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported 1 invoice.</source>
        <translation>1 factura importada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n invoices.</source>
        <translation>
            <numerusform>%n factura importada.</numerusform>
            <numerusform>%n facturas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of them replaced an existing invoice.</source>
        <translation>1 de ellas sustituyó a una factura existente.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them replaced existing invoices.</source>
        <translation>
            <numerusform>%n de ellas sustituyó a una factura existente.</numerusform>
            <numerusform>%n de ellas sustituyeron a facturas existentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 existing invoice was left as it was.</source>
        <translation>1 factura existente se dejó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing invoices were left as they were.</source>
        <translation>
            <numerusform>%n factura existente se dejó como estaba.</numerusform>
            <numerusform>%n facturas existentes se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 invoice with problems was left out; its rows can be saved to fix them.</source>
        <translation>1 factura con problemas se dejó fuera; sus filas se pueden guardar para corregirlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n factura con problemas se dejó fuera; sus filas se pueden guardar para corregirlas.</numerusform>
            <numerusform>%n facturas con problemas se dejaron fuera; sus filas se pueden guardar para corregirlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 payment.</source>
        <translation>1 pago importado.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payments.</source>
        <translation>
            <numerusform>%n pago importado.</numerusform>
            <numerusform>%n pagos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 payment with problems was left out; its row can be saved to fix it.</source>
        <translation>1 pago con problemas se dejó fuera; su fila se puede guardar para corregirla.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n pago con problemas se dejó fuera; su fila se puede guardar para corregirla.</numerusform>
            <numerusform>%n pagos con problemas se dejaron fuera; sus filas se pueden guardar para corregirlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 credit note.</source>
        <translation>1 nota de crédito importada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n credit notes.</source>
        <translation>
            <numerusform>%n nota de crédito importada.</numerusform>
            <numerusform>%n notas de crédito importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported the whole books: 1 record.</source>
        <translation>Libros completos importados: 1 registro.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the whole books: %n records.</source>
        <translation>
            <numerusform>Libros completos importados: %n registro.</numerusform>
            <numerusform>Libros completos importados: %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the books and left as they were: %n.</source>
        <translation>
            <numerusform>Ya en los libros y dejado como estaba: %n.</numerusform>
            <numerusform>Ya en los libros y dejados como estaban: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 credit note with problems was left out; its rows can be saved to fix them.</source>
        <translation>1 nota de crédito con problemas se dejó fuera; sus filas se pueden guardar para corregirlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit notes with problems were left out; their rows can be saved to fix them.</source>
        <translation>
            <numerusform>%n nota de crédito con problemas se dejó fuera; sus filas se pueden guardar para corregirlas.</numerusform>
            <numerusform>%n notas de crédito con problemas se dejaron fuera; sus filas se pueden guardar para corregirlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>Already in the books, left as they are: %n.</source>
        <translation>
            <numerusform>Ya registrado, se deja como está: %n.</numerusform>
            <numerusform>Ya registrados, se dejan como están: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New customers (%n): %1.</source>
        <translation>
            <numerusform>Cliente nuevo (%n): %1.</numerusform>
            <numerusform>Clientes nuevos (%n): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::InvoiceEditor</name>
    <message>
        <source>&amp;Billing address</source>
        <translation>Dirección de fac&amp;turación</translation>
    </message>
    <message>
        <source>&amp;Shipping address</source>
        <translation>Dirección de &amp;envío</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>Má&amp;s</translation>
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
        <source>(none, keep local)</source>
        <translation>(ninguna, mantener en local)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Vencimiento</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>S&amp;ync with</source>
        <translation>S&amp;incronizar con</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Id de contacto</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Id de grupo</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de pedido</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Id de cliente potencial</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Código de cupón</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Forbidden payment methods</source>
        <translation>Métodos de pago prohibidos</translation>
    </message>
    <message>
        <source>Con&amp;tact id</source>
        <translation>Id de contacto</translation>
    </message>
    <message>
        <source>&amp;Group id</source>
        <translation>Id de grupo</translation>
    </message>
    <message>
        <source>&amp;Lead id</source>
        <translation>Id de cliente potencial</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Des&amp;cripción</translation>
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
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>from line rates</source>
        <translation>según los precios de las líneas</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>S&amp;hipping</source>
        <translation>Envío</translation>
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
        <translation>Re&amp;gistrar pago…</translation>
    </message>
    <message>
        <source>&amp;Void Payment…</source>
        <translation>Anu&amp;lar pago…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Duplicar línea</translation>
    </message>
    <message>
        <source>Move line up</source>
        <translation>Subir línea</translation>
    </message>
    <message>
        <source>Move line down</source>
        <translation>Bajar línea</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>New Invoice[*]</source>
        <translation>Nueva factura[*]</translation>
    </message>
    <message>
        <source>Invoice %1 (cancelled)[*]</source>
        <translation>Factura %1 (anulada)[*]</translation>
    </message>
    <message>
        <source>Invoice %1[*]</source>
        <translation>Factura %1[*]</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>línea %1, %2</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Void Payment</source>
        <translation>Anular pago</translation>
    </message>
    <message>
        <source>Select the payment to void first.</source>
        <translation>Seleccione primero el pago que desea anular.</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>Este pago ya está anulado.</translation>
    </message>
    <message>
        <source>Why is payment %1 being voided? It stays on record, marked void.</source>
        <translation>¿Por qué se anula el pago %1? Queda registrado, marcado como anulado.</translation>
    </message>
    <message>
        <source>Cannot Void Payment</source>
        <translation>No se puede anular el pago</translation>
    </message>
    <message>
        <source>Fill in %1&apos;s address</source>
        <translation>Rellene la dirección de %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this invoice before closing?</source>
        <translation>¿Guardar los cambios de esta factura antes de cerrar?</translation>
    </message>
    <message>
        <source>Same as billin&amp;g</source>
        <translation>Igual &amp;que la facturación</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <source>Subscription st&amp;arts</source>
        <translation>Suscripción &amp;desde</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Cupón</translation>
    </message>
    <message>
        <source>Forbidden &amp;methods</source>
        <translation>Métodos &amp;prohibidos</translation>
    </message>
    <message>
        <source>D&amp;iscount</source>
        <translation>Desc&amp;uento</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>Impuest&amp;os</translation>
    </message>
    <message>
        <source>Leitweg-ID or the buyer&apos;s reference</source>
        <translation>Leitweg-ID o referencia del comprador</translation>
    </message>
    <message>
        <source>58 SEPA transfer, 30 transfer, 10 cash</source>
        <translation>58 transferencia SEPA, 30 transferencia, 10 efectivo</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Referencia del comprador</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Payment means code</source>
        <translation>Código del medio de pago</translation>
    </message>
    <message>
        <source>Credit Note…</source>
        <translation>Nota de crédito…</translation>
    </message>
    <message>
        <source>The lines cannot change: this invoice has payments or credit notes. Correct it with a credit note.</source>
        <translation>Las líneas no pueden cambiar: esta factura tiene pagos o notas de crédito. Corríjala con una nota de crédito.</translation>
    </message>
    <message>
        <source>A cancelled invoice takes no payments</source>
        <translation>Una factura anulada no admite pagos</translation>
    </message>
    <message>
        <source>An invoice credited in full takes no payments</source>
        <translation>Una factura acreditada por completo no admite pagos</translation>
    </message>
    <message>
        <source>If the money never arrived (a cheque returned unpaid), void the receipt and every payment made from it. If it was put on the wrong invoice, void this payment only: its money stays as %1&apos;s credit, to apply elsewhere.</source>
        <translation>Si el dinero nunca llegó (un cheque devuelto impagado), anule el cobro y cada pago hecho con él. Si se aplicó a la factura equivocada, anule solo este pago: su dinero queda como saldo a favor de %1, para aplicarlo en otra factura.</translation>
    </message>
    <message>
        <source>Void the &amp;Receipt</source>
        <translation>Anular el &amp;cobro</translation>
    </message>
    <message>
        <source>Void This &amp;Payment Only</source>
        <translation>Anular solo este &amp;pago</translation>
    </message>
    <message>
        <source>Why is receipt %1 being voided? It and every payment made from it stay on record, marked void.</source>
        <translation>¿Por qué se anula el cobro %1? El cobro y cada pago hecho con él quedan registrados, marcados como anulados.</translation>
    </message>
    <message>
        <source>Void Receipt</source>
        <translation>Anular cobro</translation>
    </message>
    <message>
        <source>Payment %1 is part of receipt %2: %3 %4 received from %5, paying %6.</source>
        <translation>El pago %1 forma parte del cobro %2: %3 %4 recibidos de %5, que pagaron %6.</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Invoice Without Lines</source>
        <translation>Factura sin líneas</translation>
    </message>
    <message>
        <source>Invoice %1 has no lines: its total is %2 %3. Save it anyway?</source>
        <translation>La factura %1 no tiene líneas: su total es %2 %3. ¿Guardarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::LineItemsModel</name>
    <message>
        <source>Quantity %1</source>
        <translation>Cantidad %1</translation>
    </message>
    <message>
        <source>Unit must be Day, Month, Year or empty</source>
        <translation>La unidad debe ser Day, Month, Year o vacía</translation>
    </message>
    <message>
        <source>Tax rate %1</source>
        <translation>Tipo impositivo %1</translation>
    </message>
    <message>
        <source>Commissionable amount %1</source>
        <translation>Importe comisionable %1</translation>
    </message>
    <message>
        <source>The total is computed from quantity and rate</source>
        <translation>El total se calcula a partir de la cantidad y el precio</translation>
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
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>1 decimal place</source>
        <translation>1 decimal</translation>
    </message>
    <message numerus="yes">
        <source>%n decimal places</source>
        <translation>
            <numerusform>%n decimal</numerusform>
            <numerusform>%n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate &quot;%1&quot; %2: %3 amounts have %4. The text is kept so that you can correct it.</source>
        <translation>Precio «%1» %2: los importes en %3 tienen %4. El texto se conserva para que pueda corregirlo.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Código de impuesto</translation>
    </message>
    <message>
        <source>There is no tax code named &quot;%1&quot;</source>
        <translation>No hay ningún código de impuesto llamado «%1»</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Descuento %1</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Un descuento debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>Discount %1 (end it with %2 for a percentage)</source>
        <translation>Descuento %1 (termínelo con %2 para un porcentaje)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo venci&amp;das</translation>
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
        <translation>Factura</translation>
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
        <translation>E&amp;liminar o anular factura…</translation>
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
        <translation>%1 — InvoiceDesk</translation>
    </message>
    <message>
        <source>Sync is off: %1</source>
        <translation>La sincronización está desactivada: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
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
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>Open Company File</source>
        <translation>Abrir archivo de empresa</translation>
    </message>
    <message>
        <source>InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)</source>
        <translation>Archivos de empresa de InvoiceDesk (*.invoicedesk *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation>No se puede abrir el archivo de empresa</translation>
    </message>
    <message>
        <source>Delete Invoice</source>
        <translation>Eliminar factura</translation>
    </message>
    <message>
        <source>Delete invoice %1? The audit log keeps a copy.</source>
        <translation>¿Eliminar la factura %1? El registro de auditoría conserva una copia.</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk)</source>
        <translation>Copias de seguridad de InvoiceDesk (*.invoicedesk)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>InvoiceDesk backups (*.invoicedesk *.bak);;All files (*)</source>
        <translation>Copias de seguridad de InvoiceDesk (*.invoicedesk *.bak);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replace everything in this company file with %1? The current data is kept in a copy beside the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Sustituir todo el contenido de este archivo de empresa por %1? Los datos actuales se conservan en una copia junto al archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced data is in %2.</source>
        <translation>Restaurado desde %1; los datos sustituidos están en %2.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>Acerca de InvoiceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Offline invoice and payment entry for bookkeepers, with CSV import and export and sync to remote invoicing systems.&lt;/p&gt;&lt;p&gt;Company file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceDesk %1&lt;/h3&gt;&lt;p&gt;Registro sin conexión de facturas y pagos para contables, con importación y exportación CSV y sincronización con sistemas de facturación remotos.&lt;/p&gt;&lt;p&gt;Archivo de empresa: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes when InvoiceDesk starts again.</source>
        <translation>El idioma cambia cuando InvoiceDesk se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>1 operation was interrupted; it is being checked with the remote.</source>
        <translation>1 operación se interrumpió; se está comprobando con el sistema remoto.</translation>
    </message>
    <message numerus="yes">
        <source>%n operations were interrupted; they are being checked with the remote.</source>
        <translation>
            <numerusform>%n operación se interrumpió; se está comprobando con el sistema remoto.</numerusform>
            <numerusform>%n operaciones se interrumpieron; se están comprobando con el sistema remoto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &gt; Connections adds the systems to sync with.</source>
        <translation>Sincronizar &gt; Conexiones añade los sistemas con los que sincronizar.</translation>
    </message>
    <message>
        <source>Not connected to any system</source>
        <translation>No conectado a ningún sistema</translation>
    </message>
    <message>
        <source>1 connection needs attention: %1</source>
        <translation>1 conexión necesita atención: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connections need attention: %1</source>
        <translation>
            <numerusform>%n conexión necesita atención: %1</numerusform>
            <numerusform>%n conexiones necesitan atención: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 necesita atención</translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n necesita atención</numerusform>
            <numerusform>%n necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1 sync operation has not finished.&lt;/b&gt; Restoring replaces it with the backup&apos;s: what it carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1 operación de sincronización no ha terminado.&lt;/b&gt; Restaurar la sustituye por la de la copia: lo que llevaba podría enviarse de nuevo o nunca. Termine primero la sincronización si puede.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n sync operations have not finished.&lt;/b&gt; Restoring replaces them with the backup&apos;s: what they carried may be sent again or never. Finish syncing first if you can.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n operación de sincronización no ha terminado.&lt;/b&gt; Restaurar la sustituye por la de la copia: lo que llevaba podría enviarse de nuevo o nunca. Termine primero la sincronización si puede.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n operaciones de sincronización no han terminado.&lt;/b&gt; Restaurar las sustituye por las de la copia: lo que llevaban podría enviarse de nuevo o nunca. Termine primero la sincronización si puede.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by number, customer, e-mail or the text of a line</source>
        <translation>Filtrar por número, cliente, correo electrónico o texto de una línea</translation>
    </message>
    <message>
        <source>Damaged Company File</source>
        <translation>Archivo de empresa dañado</translation>
    </message>
    <message>
        <source>%1

You can look at what can still be read, but nothing will be saved.</source>
        <translation>%1

Puede ver lo que aún se puede leer, pero no se guardará nada.</translation>
    </message>
    <message>
        <source>A cancelled invoice takes no payments</source>
        <translation>Una factura anulada no admite pagos</translation>
    </message>
    <message>
        <source>An invoice credited in full takes no payments</source>
        <translation>Una factura acreditada por completo no admite pagos</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MatchCandidatesModel</name>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Record a receipt</source>
        <translation>Registrar un cobro</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::MethodPages</name>
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
        <translation>Otro / desconocido</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>Tipo de tar&amp;jeta</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>&amp;Comisión %</translation>
    </message>
    <message>
        <source>Fee amo&amp;unt</source>
        <translation>Importe de la comisión</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Pasarela</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>Id de trans&amp;acción</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Fecha de transferencia</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;ncia</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentDialog</name>
    <message>
        <source>Record Payment on %1</source>
        <translation>Registrar pago en %1</translation>
    </message>
    <message>
        <source>Invoice &lt;b&gt;%1&lt;/b&gt;: total %2 %4, outstanding &lt;b&gt;%3 %4&lt;/b&gt;</source>
        <translation>Factura &lt;b&gt;%1&lt;/b&gt;: total %2 %4, pendiente &lt;b&gt;%3 %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is a &amp;refund</source>
        <translation>Es un &amp;reembolso</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;TDS</source>
        <translation>&amp;TDS</translation>
    </message>
    <message>
        <source>Transaction c&amp;harge</source>
        <translation>Cargo de transacción</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
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
        <translation>Otro / desconocido</translation>
    </message>
    <message>
        <source>&amp;Fee %</source>
        <translation>&amp;Comisión %</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Pasarela</translation>
    </message>
    <message>
        <source>Transaction &amp;id</source>
        <translation>Id de trans&amp;acción</translation>
    </message>
    <message>
        <source>Trans&amp;fer date</source>
        <translation>Fecha de transferencia</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;ncia</translation>
    </message>
    <message>
        <source>Record Refund on %1</source>
        <translation>Registrar reembolso en %1</translation>
    </message>
    <message>
        <source>a payment needs an amount</source>
        <translation>un pago necesita un importe</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>Tipo de tar&amp;jeta</translation>
    </message>
    <message>
        <source>Fee amo&amp;unt</source>
        <translation>Importe de la comisión</translation>
    </message>
    <message>
        <source>Recorded here, this payment will not go to %1 by itself: %2</source>
        <translation>Registrado aquí, este pago no irá por sí solo a %1: %2</translation>
    </message>
    <message>
        <source>Cr&amp;edit the invoice with a credit note: nothing more is owed</source>
        <translation>Abonar la factura con una nota d&amp;e crédito: no se debe nada más</translation>
    </message>
    <message>
        <source>&amp;Leave the invoice owed again</source>
        <translation>Dejar la factura pen&amp;diente de nuevo</translation>
    </message>
    <message>
        <source>Say what the refund does to invoice %1: credit it with a credit note, or leave it owed again</source>
        <translation>Indique qué hace la devolución con la factura %1: abonarla con una nota de crédito o dejarla pendiente de nuevo</translation>
    </message>
    <message>
        <source>&amp;Keep the %1 %2 beyond what is owed as %3&apos;s credit</source>
        <translation>G&amp;uardar el excedente de %1 %2 como saldo a favor de %3</translation>
    </message>
    <message>
        <source>Apply %1 %2 of %3&apos;s credit fir&amp;st</source>
        <translation>Aplicar primero %1 %2 del saldo a fa&amp;vor de %3</translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 left to pay after the credit</source>
        <translation>%1 %2 excedería el saldo de la factura %3, que tiene %4 pendiente tras el saldo a favor</translation>
    </message>
    <message>
        <source>type the amount without a minus sign; for money paid back, tick &quot;This is a refund&quot;</source>
        <translation>escriba el importe sin signo menos; para dinero devuelto, marque «Es un reembolso»</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::PaymentsModel</name>
    <message>
        <source>Voided: %1</source>
        <translation>Anulado: %1</translation>
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
    <name>InvoiceDesk::ReceivePaymentWindow</name>
    <message>
        <source>Receive Payment</source>
        <translation>Recibir pago</translation>
    </message>
    <message>
        <source>Cus&amp;tomer</source>
        <translation>Clien&amp;te</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Méto&amp;do</translation>
    </message>
    <message>
        <source>Open in&amp;voices</source>
        <translation>Facturas a&amp;biertas</translation>
    </message>
    <message>
        <source>Apply o&amp;ldest first</source>
        <translation>Aplicar primero las más antig&amp;uas</translation>
    </message>
    <message>
        <source>Use &amp;credit</source>
        <translation>Usar c&amp;rédito</translation>
    </message>
    <message>
        <source>Clear a&amp;pplied</source>
        <translation>B&amp;orrar lo aplicado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>There is no customer named &quot;%1&quot;. Add it in Customers first.</source>
        <translation>No hay ningún cliente llamado «%1». Añádalo primero en Clientes.</translation>
    </message>
    <message>
        <source>Credit available: %1 %2</source>
        <translation>Saldo a favor disponible: %1 %2</translation>
    </message>
    <message>
        <source>Applied %1 · from this payment %2 · from credit %3 · left as credit %4</source>
        <translation>Aplicado %1 · de este pago %2 · del saldo a favor %3 · queda como saldo a favor %4</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Elija primero el cliente.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>%1 is applied, more than the amount received and the credit available together (%2).</source>
        <translation>Se aplican %1, más que el importe recibido y el saldo a favor disponible juntos (%2).</translation>
    </message>
    <message>
        <source>Credit available: unknown (%1)</source>
        <translation>Saldo a favor disponible: desconocido (%1)</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::ReconcileWindow</name>
    <message>
        <source>There is no bank account yet: import a statement (Banking &gt; Import Statement…).</source>
        <translation>Aún no hay ninguna cuenta bancaria: importe un extracto (Banco &gt; Importar extracto…).</translation>
    </message>
    <message>
        <source>Matched to the payment %1 of invoice %2. %3 undoes the match.</source>
        <translation>Conciliada con el pago %1 de la factura %2. %3 deshace la conciliación.</translation>
    </message>
    <message>
        <source>No recorded payment is this line. Search the open invoices to record one, or skip it.</source>
        <translation>Ningún pago registrado es esta línea. Busque en las facturas abiertas para registrar uno, u omítala.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>%1 — %2 — owes %3 %4</source>
        <translation>%1 — %2 — debe %3 %4</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>Elija primero una línea.</translation>
    </message>
    <message>
        <source>This line is matched already.</source>
        <translation>Esta línea ya está conciliada.</translation>
    </message>
    <message>
        <source>This line has no candidate: search the open invoices, or skip it.</source>
        <translation>Esta línea no tiene candidatos: busque en las facturas abiertas u omítala.</translation>
    </message>
    <message>
        <source>Recorded the payment %1 for invoice %2.</source>
        <translation>Se registró el pago %1 para la factura %2.</translation>
    </message>
    <message>
        <source>The line is the payment %1 of invoice %2.</source>
        <translation>La línea es el pago %1 de la factura %2.</translation>
    </message>
    <message>
        <source>Choose a line, then an invoice from the search.</source>
        <translation>Elija una línea y luego una factura de la búsqueda.</translation>
    </message>
    <message>
        <source>No unmatched line after this one.</source>
        <translation>No hay ninguna línea sin conciliar después de esta.</translation>
    </message>
    <message>
        <source>The current line is not matched.</source>
        <translation>La línea actual no está conciliada.</translation>
    </message>
    <message>
        <source>undone in the Reconcile window</source>
        <translation>deshecho en la ventana Conciliar</translation>
    </message>
    <message>
        <source>The line is no longer matched to %1.</source>
        <translation>La línea ya no está conciliada con %1.</translation>
    </message>
    <message>
        <source>Matched 1 line exactly.</source>
        <translation>1 línea conciliada exactamente.</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n lines exactly.</source>
        <translation>
            <numerusform>%n línea conciliada exactamente.</numerusform>
            <numerusform>%n líneas conciliadas exactamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Conciliar</translation>
    </message>
    <message>
        <source>Statement &amp;lines:</source>
        <translation>&amp;Líneas del extracto:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Statement balance:</source>
        <translation>Saldo del extracto:</translation>
    </message>
    <message>
        <source>Book balance:</source>
        <translation>Saldo contable:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Diferencia:</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates for the line:</source>
        <translation>Ca&amp;ndidatos para la línea:</translation>
    </message>
    <message>
        <source>Number, customer or amount owed</source>
        <translation>Número, cliente o importe adeudado</translation>
    </message>
    <message>
        <source>Search open &amp;invoices:</source>
        <translation>Buscar &amp;facturas abiertas:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>&amp;Undo Match</source>
        <translation>&amp;Deshacer conciliación</translation>
    </message>
    <message>
        <source>Match &amp;Exact Ones</source>
        <translation>Conciliar las &amp;exactas</translation>
    </message>
    <message>
        <source>Recorded the receipt %1 for invoices %2.</source>
        <translation>Cobro %1 registrado para las facturas %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::StatementTableModel</name>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
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
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Customer Statement</source>
        <translation>Estado de cuenta del cliente</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Type a period: the first day, then the last.</source>
        <translation>Escriba un periodo: el primer día y luego el último.</translation>
    </message>
    <message>
        <source>No customer is named &quot;%1&quot;.</source>
        <translation>Ningún cliente se llama «%1».</translation>
    </message>
    <message>
        <source>%1 has no invoices or payments up to %2.</source>
        <translation>%1 no tiene facturas ni pagos hasta el %2.</translation>
    </message>
    <message>
        <source>Aging on %1 (%2): %3; total %4</source>
        <translation>Antigüedad al %1 (%2): %3; total %4</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Statement</source>
        <translation>Exportar estado de cuenta</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncEngine</name>
    <message>
        <source>could not sign in to %1: %2</source>
        <translation>no se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>unknown connection kind &quot;%1&quot;</source>
        <translation>tipo de conexión desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 cannot be checked from here: look for marker %2 in %3 and confirm</source>
        <translation>%1 no se puede comprobar desde aquí: busque el marcador %2 en %3 y confirme</translation>
    </message>
    <message>
        <source>%1 has been in doubt too long; decide whether it landed</source>
        <translation>%1 lleva demasiado tiempo en duda; decida si llegó</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the read-back was refused (HTTP %1)</source>
        <translation>la relectura fue rechazada (HTTP %1)</translation>
    </message>
    <message>
        <source>found by read-back</source>
        <translation>encontrado por relectura</translation>
    </message>
    <message>
        <source>not found yet; waiting out the quiet period</source>
        <translation>aún no encontrado; esperando el periodo de calma</translation>
    </message>
    <message>
        <source>%1 was not found after %2 sends; decide what to do</source>
        <translation>%1 no se encontró tras %2 envíos; decida qué hacer</translation>
    </message>
    <message>
        <source>not found; checking again</source>
        <translation>no encontrado; comprobando de nuevo</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the credentials: %2</source>
        <translation>%1 rechazó las credenciales: %2</translation>
    </message>
    <message>
        <source>the connection of operation %1 is missing</source>
        <translation>falta la conexión de la operación %1</translation>
    </message>
    <message>
        <source>the remote asked to slow down</source>
        <translation>el sistema remoto pidió ir más despacio</translation>
    </message>
    <message>
        <source>the session expired; signing in again</source>
        <translation>la sesión caducó; iniciando sesión de nuevo</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>waiting out the quiet period before asking again</source>
        <translation>esperando el periodo de calma antes de volver a preguntar</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) to %2; check the connection&apos;s address</source>
        <translation>el servidor respondió con una redirección (HTTP %1) a %2; compruebe la dirección de la conexión</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 rechazó las credenciales (HTTP %2)</translation>
    </message>
    <message>
        <source>the invoice no longer exists locally</source>
        <translation>la factura ya no existe en local</translation>
    </message>
    <message>
        <source>the payment or its invoice no longer exists locally</source>
        <translation>el pago o su factura ya no existen en local</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::SyncOperationsModel</name>
    <message>
        <source>Attempt %1 (%2) at %3
</source>
        <translation>Intento %1 (%2) a las %3
</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(no hay respuesta registrada)</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Aún no enviado.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Fix it in Sync &gt; Connections (Test checks it), then Sync Now (F9).</source>
        <translation>Corríjalo en Sincronizar &gt; Conexiones (Probar lo comprueba) y luego Sincronizar ahora (F9).</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>inicio de sesión</translation>
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
        <translation>&amp;Descartar…</translation>
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
        <translation>InvoiceDesk no puede saber si esto llegó a %1. Busque allí el marcador %2; si lo encuentra, elija «Está allí»; si no, «No está allí» lo envía de nuevo.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>It&apos;s There</source>
        <translation>Está allí</translation>
    </message>
    <message>
        <source>It&apos;s Not There</source>
        <translation>No está allí</translation>
    </message>
    <message>
        <source>Export the Operation Before Discarding</source>
        <translation>Exportar la operación antes de descartarla</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The export could not be written; nothing was discarded.</source>
        <translation>No se pudo escribir la exportación; no se descartó nada.</translation>
    </message>
    <message>
        <source>Open &amp;Connections…</source>
        <translation>Abrir &amp;conexiones…</translation>
    </message>
    <message>
        <source>%1 cannot sync until this is fixed: %2</source>
        <translation>%1 no puede sincronizar hasta que se corrija esto: %2</translation>
    </message>
    <message>
        <source>&amp;Verify With Remote…</source>
        <translation>&amp;Verificar con el remoto…</translation>
    </message>
    <message>
        <source>Kept here (%1)</source>
        <translation>Solo aquí (%1)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>These stay in InvoiceDesk and are not sent: the connection&apos;s system takes no such document through its API.</source>
        <translation>Estos se quedan en InvoiceDesk y no se envían: el sistema de la conexión no admite ese documento por su API.</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::TaxCodesDialog</name>
    <message>
        <source>Tax Codes</source>
        <translation>Códigos de impuesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tipo %</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motivo de exención</translation>
    </message>
    <message>
        <source>e.g. 19 or 7.7</source>
        <translation>p. ej. 21 o 10,5</translation>
    </message>
    <message>
        <source>printed on the invoice, e.g. § 4 Nr. 14 UStG</source>
        <translation>se imprime en la factura, p. ej. art. 20 LIVA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Rate %:</source>
        <translation>&amp;Tipo %:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>E&amp;xemption reason:</source>
        <translation>Motivo de e&amp;xención:</translation>
    </message>
    <message>
        <source>Ne&amp;w Code</source>
        <translation>Código n&amp;uevo</translation>
    </message>
    <message>
        <source>&amp;Save Code</source>
        <translation>Guar&amp;dar código</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>a tax code needs a rate</source>
        <translation>un código de impuesto necesita un tipo</translation>
    </message>
    <message>
        <source>Tax code %1 was not saved: %2</source>
        <translation>El código de impuesto %1 no se guardó: %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDesk::VerifyDialog</name>
    <message>
        <source>Reading every synced invoice and payment back from the remote systems…</source>
        <translation>Releyendo desde los sistemas remotos cada factura y pago sincronizados…</translation>
    </message>
    <message>
        <source>Verify With Remote Systems</source>
        <translation>Verificar con los sistemas remotos</translation>
    </message>
    <message>
        <source>The books and the remote systems agree.</source>
        <translation>La contabilidad y los sistemas remotos coinciden.</translation>
    </message>
    <message>
        <source>The books and the remote systems do not agree: see below.</source>
        <translation>La contabilidad y los sistemas remotos no coinciden: vea abajo.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
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
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Tax total</source>
        <translation>Total de impuestos</translation>
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
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
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
        <translation>Banco</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Escanee para pagar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Credit Note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Número de nota de crédito</translation>
    </message>
    <message>
        <source>Credit note date</source>
        <translation>Fecha de la nota de crédito</translation>
    </message>
    <message>
        <source>Credits invoice %1</source>
        <translation>Abona la factura %1</translation>
    </message>
    <message>
        <source>Credits invoice %1 dated %2</source>
        <translation>Abona la factura %1 del %2</translation>
    </message>
    <message>
        <source>Credit to the customer&apos;s account</source>
        <translation>Abono en la cuenta del cliente</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Reverse charge: VAT to be accounted for by the customer</source>
        <translation>Inversión del sujeto pasivo</translation>
    </message>
    <message>
        <source>Exempt intra-community supply</source>
        <translation>Entrega intracomunitaria exenta</translation>
    </message>
    <message>
        <source>Exempt export outside the EU</source>
        <translation>Exportación exenta fuera de la UE</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>No sujeto a IVA</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Billed to %1; customer %2</source>
        <translation>Facturado a %1; cliente %2</translation>
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
    <name>Ivvy</name>
    <message>
        <source>invoice %1 is not linked to an iVvy invoice yet</source>
        <translation>la factura %1 todavía no está vinculada a una factura de iVvy</translation>
    </message>
    <message>
        <source>iVvy needs customPaymentMethodId for a custom payment; set it on the connection</source>
        <translation>iVvy necesita customPaymentMethodId para un pago personalizado; defínalo en la conexión</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la respuesta no era JSON</translation>
    </message>
    <message>
        <source>iVvy has no invoice numbered %1</source>
        <translation>iVvy no tiene ninguna factura con el número %1</translation>
    </message>
    <message>
        <source>iVvy has several invoices numbered %1</source>
        <translation>iVvy tiene varias facturas con el número %1</translation>
    </message>
    <message>
        <source>iVvy did not confirm the payment</source>
        <translation>iVvy no confirmó el pago</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relectura falló (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry receipt number %2</source>
        <translation>%1 pagos llevan el número de recibo %2</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments</source>
        <translation>la respuesta de la factura no enumera pagos</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments (HTTP %1)</source>
        <translation>la respuesta de la factura no enumera pagos (HTTP %1)</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>operación desconocida</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>no hay ninguna conexión llamada «%1»</translation>
    </message>
    <message>
        <source>invoice number %1 is already used</source>
        <translation>el número de factura %1 ya está en uso</translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation>la factura ya no existe</translation>
    </message>
    <message>
        <source>a cancelled invoice cannot be reopened</source>
        <translation>una factura anulada no se puede reabrir</translation>
    </message>
    <message>
        <source>an invoice with payments cannot go back to draft</source>
        <translation>una factura con pagos no puede volver a borrador</translation>
    </message>
    <message>
        <source>the currency cannot change once payments are recorded</source>
        <translation>la moneda no puede cambiar una vez registrados pagos</translation>
    </message>
    <message>
        <source>the new total %1 is less than the %2 already paid</source>
        <translation>el nuevo total %1 es menor que los %2 ya pagados</translation>
    </message>
    <message>
        <source>the invoice is already synced with &quot;%1&quot; and cannot move</source>
        <translation>la factura ya está sincronizada con «%1» y no puede cambiar</translation>
    </message>
    <message>
        <source>the invoice has not been saved yet</source>
        <translation>la factura aún no se ha guardado</translation>
    </message>
    <message>
        <source>invoice %1 has recorded payments and cannot be deleted; cancel it instead</source>
        <translation>la factura %1 tiene pagos registrados y no se puede eliminar; anúlela en su lugar</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Leyendo la cola de sincronización</translation>
    </message>
    <message>
        <source>invoice %1 is already cancelled</source>
        <translation>la factura %1 ya está anulada</translation>
    </message>
    <message>
        <source>there is no invoice numbered &quot;%1&quot;</source>
        <translation>no hay ninguna factura con el número «%1»</translation>
    </message>
    <message>
        <source>a payment with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation>ya hay un pago con la misma fecha, importe, método y referencia registrado en la factura %1</translation>
    </message>
    <message>
        <source>voiding a payment needs a reason</source>
        <translation>anular un pago necesita un motivo</translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation>el pago ya no existe</translation>
    </message>
    <message>
        <source>the payment is already voided</source>
        <translation>el pago ya está anulado</translation>
    </message>
    <message>
        <source>the payment&apos;s invoice no longer exists</source>
        <translation>la factura del pago ya no existe</translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: voiding this payment would leave more refunded than paid</source>
        <translation>anule primero los reembolsos de la factura %1: anular este pago dejaría más reembolsado que pagado</translation>
    </message>
    <message>
        <source>invoice %1 has payments or credit notes: correct it with a credit note, not by changing its lines</source>
        <translation>la factura %1 tiene pagos o notas de crédito: corríjala con una nota de crédito, no cambiando sus líneas</translation>
    </message>
    <message>
        <source>invoice %1 has credit notes and cannot be deleted; cancel it instead</source>
        <translation>la factura %1 tiene notas de crédito y no se puede eliminar; anúlela en su lugar</translation>
    </message>
    <message>
        <source>invoice %1 is a draft: change its lines instead</source>
        <translation>la factura %1 es un borrador: cambie sus líneas en su lugar</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, not %3</source>
        <translation>la factura %1 está en %2, no en %3</translation>
    </message>
    <message>
        <source>a credit note needs a currency</source>
        <translation>una nota de crédito necesita una moneda</translation>
    </message>
    <message>
        <source>invoice %1 has no customer</source>
        <translation>la factura %1 no tiene cliente</translation>
    </message>
    <message>
        <source>credit note number %1 is already used</source>
        <translation>el número de nota de crédito %1 ya está en uso</translation>
    </message>
    <message>
        <source>invoice %1 holds %2 %3 of payments: refund the money or keep it as the customer&apos;s credit</source>
        <translation>la factura %1 tiene %2 %3 en pagos: reembolse el dinero o consérvelo como crédito del cliente</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled</source>
        <translation>Factura %1 anulada</translation>
    </message>
    <message>
        <source>invoice %1 is not cancelled</source>
        <translation>la factura %1 no está anulada</translation>
    </message>
    <message>
        <source>invoice %1 was credited by a credit note and cannot be reopened</source>
        <translation>la factura %1 fue acreditada con una nota de crédito y no se puede reabrir</translation>
    </message>
    <message>
        <source>Refund on invoice %1</source>
        <translation>Devolución de la factura %1</translation>
    </message>
    <message>
        <source>a credit note without an invoice applies nothing: leave it empty</source>
        <translation>una nota de crédito sin factura no aplica nada: déjelo vacío</translation>
    </message>
    <message>
        <source>cannot be below zero</source>
        <translation>no puede ser menor que cero</translation>
    </message>
    <message>
        <source>%1 is more than the credit note&apos;s total %2</source>
        <translation>%1 es más que el total %2 de la nota de crédito</translation>
    </message>
    <message>
        <source>%1 is more than invoice %2 owes (%3)</source>
        <translation>%1 es más de lo que debe la factura %2 (%3)</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled: it owes nothing and its payments were settled when it was cancelled, so there is nothing left to credit</source>
        <translation>la factura %1 está anulada: no debe nada y sus pagos se liquidaron al anularla, así que no queda nada por abonar</translation>
    </message>
    <message>
        <source>invoice %1 is credited in full already: there is nothing left to credit</source>
        <translation>la factura %1 ya está abonada por completo: no queda nada por abonar</translation>
    </message>
    <message>
        <source>the credit note&apos;s total %1 is more than the %2 of invoice %3 not credited yet</source>
        <translation>el total %1 de la nota de crédito supera los %2 de la factura %3 aún no abonados</translation>
    </message>
    <message>
        <source>invoice %1&apos;s payments and refunds would add up to more than can be summed (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>los pagos y reembolsos de la factura %1 sumarían más de lo que se puede sumar (más de 9.223.372.036.854.775.807 unidades mínimas)</translation>
    </message>
    <message>
        <source>this refund pays out the %1 of credit that credit note %2 left on invoice %3, but %4 of that credit has paid invoice(s) %5: void those payments first</source>
        <translation>este reembolso paga los %1 de crédito que la nota de crédito %2 dejó en la factura %3, pero %4 de ese crédito ha pagado la(s) factura(s) %5: anule primero esos pagos</translation>
    </message>
    <message>
        <source>voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 (the invoice owes it again), but %4 of that credit has paid invoice(s) %5: void those payments first</source>
        <translation>anular este pago retira los %1 de crédito que la nota de crédito %2 dejó en la factura %3 (la factura vuelve a deberlos), pero %4 de ese crédito ha pagado la(s) factura(s) %5: anule primero esos pagos</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund takes back only money paid on or before its date</source>
        <translation>hasta el %1 la factura %2 habría reembolsado %3 más de lo que se le había pagado: un reembolso solo devuelve dinero pagado en su fecha o antes</translation>
    </message>
    <message>
        <source>void the refunds on invoice %1 first: without this payment, %2 more would have been refunded than paid by %3</source>
        <translation>anule primero los reembolsos de la factura %1: sin este pago, hasta el %3 se habrían reembolsado %2 más de lo pagado</translation>
    </message>
    <message>
        <source>this refund pays out the %1 of credit that credit note %2 left on invoice %3, but that would leave the customer&apos;s credit %5 short by %4, as credit applied by then to invoice(s) %6 used it: void those payments first</source>
        <translation>este reembolso paga los %1 de saldo a favor que la nota de crédito %2 dejó en la factura %3, pero al saldo a favor del cliente le faltarían %5 hasta el %4, porque el saldo aplicado hasta entonces a la(s) factura(s) %6 lo usó: anule primero esos pagos</translation>
    </message>
    <message>
        <source>voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 (the invoice owes it again), but that would leave the customer&apos;s credit %5 short by %4, as credit applied by then to invoice(s) %6 used it: void those payments first</source>
        <translation>anular este pago retira los %1 de saldo a favor que la nota de crédito %2 dejó en la factura %3 (la factura lo vuelve a deber), pero al saldo a favor del cliente le faltarían %5 hasta el %4, porque el saldo aplicado hasta entonces a la(s) factura(s) %6 lo usó: anule primero esos pagos</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have been paid %3 more than it owed then (its total less the credit notes dated before): date the payment on or after the refund that makes room for it</source>
        <translation>hasta el %1 la factura %2 habría recibido %3 más de lo que debía entonces (su total menos las notas de crédito fechadas antes): feche el pago el día del reembolso que le hace sitio o después</translation>
    </message>
    <message>
        <source>void the later payments on invoice %1 first: without this refund, the invoice would have been paid %2 more than it owed by %3</source>
        <translation>anule primero los pagos posteriores de la factura %1: sin este reembolso, la factura habría recibido hasta el %3 %2 más de lo que debía</translation>
    </message>
    <message>
        <source>the credit note is dated before money invoice %1 was paid: with it, the invoice would have been paid %2 more than it owed by %3; date the credit note on or after %3</source>
        <translation>la nota de crédito tiene fecha anterior a dinero pagado a la factura %1: con ella, la factura habría recibido hasta el %3 %2 más de lo que debía; feche la nota de crédito el %3 o después</translation>
    </message>
    <message>
        <source>this credit note takes off what invoice %1 owes, but on %2 it owed %3 less than that (money was refunded after that date): date the credit note on or after those refunds, or credit less</source>
        <translation>esta nota de crédito descuenta lo que debe la factura %1, pero el %2 debía %3 menos (se reembolsó dinero después de esa fecha): feche la nota de crédito el día de esos reembolsos o después, o acredite menos</translation>
    </message>
    <message>
        <source>with this change, invoice %1&apos;s credit note of %2 would take %3 more off it than it owed on that date</source>
        <translation>con este cambio, la nota de crédito del %2 de la factura %1 descontaría %3 más de lo que la factura debía ese día</translation>
    </message>
    <message>
        <source>this credit note leaves %1 as credit from money invoice %2 holds, but some of that money came in after the note&apos;s date in the books (on %3): date the credit note on or after %4</source>
        <translation>esta nota de crédito deja %1 como saldo a favor del dinero que tiene la factura %2, pero parte de ese dinero entró en los libros después de la fecha de la nota (el %3): feche la nota de crédito el %4 o después</translation>
    </message>
    <message>
        <source>a refund with the same date, amount, method and reference is already recorded on invoice %1</source>
        <translation>ya hay un reembolso con la misma fecha, importe, método y referencia registrado en la factura %1</translation>
    </message>
    <message>
        <source>by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund takes back only money paid on or before its date, and the invoice&apos;s next payment is dated %4</source>
        <translation>hasta el %1 la factura %2 habría reembolsado %3 más de lo que se le había pagado: un reembolso solo devuelve dinero pagado en su fecha o antes, y el siguiente pago de la factura es del %4</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source>Edit line</source>
        <translation>Editar línea</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Mover línea</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>transfer reference</source>
        <translation>referencia de transferencia</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>id de transacción</translation>
    </message>
    <message>
        <source>cheque number</source>
        <translation>número de cheque</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>marcador</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>número de factura</translation>
    </message>
    <message>
        <source>the payment less its card fee of %1</source>
        <translation>el pago menos su comisión de tarjeta de %1</translation>
    </message>
    <message>
        <source>the same amount</source>
        <translation>el mismo importe</translation>
    </message>
    <message>
        <source>booked 1 day after the payment</source>
        <translation>contabilizado 1 día después del pago</translation>
    </message>
    <message>
        <source>booked 1 day before the payment&apos;s date</source>
        <translation>contabilizado 1 día antes de la fecha del pago</translation>
    </message>
    <message numerus="yes">
        <source>booked %n days after the payment</source>
        <translation>
            <numerusform>contabilizado %n día después del pago</numerusform>
            <numerusform>contabilizado %n días después del pago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>booked %n days before the payment&apos;s date</source>
        <translation>
            <numerusform>contabilizado %n día antes de la fecha del pago</numerusform>
            <numerusform>contabilizado %n días antes de la fecha del pago</numerusform>
        </translation>
    </message>
    <message>
        <source>the text names its %1 %2</source>
        <translation>el texto nombra su %1 %2</translation>
    </message>
    <message>
        <source>the counterparty is like the customer %1</source>
        <translation>la contraparte se parece al cliente %1</translation>
    </message>
    <message>
        <source>the payment names this account</source>
        <translation>el pago indica esta cuenta</translation>
    </message>
    <message>
        <source>the whole %1 invoice %2 owes</source>
        <translation>todo el %1 que debe la factura %2</translation>
    </message>
    <message>
        <source>part of the %1 invoice %2 owes</source>
        <translation>parte del %1 que debe la factura %2</translation>
    </message>
    <message>
        <source>the text names invoices %1 of %2, which together owe %3</source>
        <translation>el texto nombra las facturas %1 de %2, que juntas deben %3</translation>
    </message>
    <message>
        <source>invoice %1 has a recorded payment that no line is matched to yet; if this line is that payment, find it by its amount or date</source>
        <translation>la factura %1 tiene un pago registrado que aún no está conciliado con ninguna línea; si esta línea es ese pago, búsquelo por su importe o fecha</translation>
    </message>
    <message>
        <source>invoice %1 owes %2, less than this line</source>
        <translation>la factura %1 debe %2, menos que esta línea</translation>
    </message>
    <message>
        <source>the text names invoice %1</source>
        <translation>el texto nombra la factura %1</translation>
    </message>
    <message>
        <source>the text names invoices %1, which together owe this amount, but they are not all open invoices of one customer: record a payment on each</source>
        <translation>el texto nombra las facturas %1, que juntas deben este importe, pero no son todas facturas abiertas de un mismo cliente: registre un pago en cada una</translation>
    </message>
    <message>
        <source>the only open invoice that owes this amount</source>
        <translation>la única factura abierta que debe este importe</translation>
    </message>
    <message>
        <source>the only open invoice of this customer that owes this amount</source>
        <translation>la única factura abierta de este cliente que debe este importe</translation>
    </message>
    <message>
        <source>the text names invoices %1, which together owe this amount; no receipt is proposed while invoice %2 has a recorded payment that no line is matched to: if this line is new money, record the receipt across them</source>
        <translation>el texto nombra las facturas %1, que juntas deben este importe; no se propone ningún cobro mientras la factura %2 tenga un pago registrado sin línea asignada: si esta línea es dinero nuevo, registre el cobro entre ellas</translation>
    </message>
</context>
<context>
    <name>Mt940Reader</name>
    <message>
        <source>this line belongs to no MT940 field (fields start with a tag such as :61:)</source>
        <translation>esta línea no pertenece a ningún campo MT940 (los campos empiezan con una etiqueta como :61:)</translation>
    </message>
    <message>
        <source>comes before the statement&apos;s :20: field</source>
        <translation>aparece antes del campo :20: del extracto</translation>
    </message>
    <message>
        <source>the file holds no MT940 statement (no :20: field)</source>
        <translation>el archivo no contiene ningún extracto MT940 (no hay campo :20:)</translation>
    </message>
    <message>
        <source>the statement has no opening balance (:60F:), which gives its currency</source>
        <translation>el extracto no tiene saldo inicial (:60F:), que indica su moneda</translation>
    </message>
    <message>
        <source>is not a balance such as C260301EUR1234,56</source>
        <translation>no es un saldo como C260301EUR1234,56</translation>
    </message>
    <message>
        <source>has no real date</source>
        <translation>no tiene una fecha válida</translation>
    </message>
    <message>
        <source>has an unknown currency</source>
        <translation>tiene una moneda desconocida</translation>
    </message>
    <message>
        <source>is in %1, the statement in %2</source>
        <translation>está en %1, el extracto en %2</translation>
    </message>
    <message>
        <source>is not a statement line such as 2603010301CR100,00NTRFNONREF//B1</source>
        <translation>no es una línea de extracto como 2603010301CR100,00NTRFNONREF//B1</translation>
    </message>
    <message>
        <source>comes before the opening balance (:60F:), which gives the currency</source>
        <translation>aparece antes del saldo inicial (:60F:), que indica la moneda</translation>
    </message>
    <message>
        <source>has no real value date</source>
        <translation>no tiene una fecha valor válida</translation>
    </message>
    <message>
        <source>has no real entry date</source>
        <translation>no tiene una fecha de asiento válida</translation>
    </message>
    <message>
        <source>the statement %1 ends without its closing balance (:62F:): the file is cut short or damaged; nothing was imported</source>
        <translation>el extracto %1 termina sin su saldo final (:62F:): el archivo está cortado o dañado; no se importó nada</translation>
    </message>
</context>
<context>
    <name>OfxReader</name>
    <message>
        <source>there is no &lt;OFX&gt; element</source>
        <translation>no hay ningún elemento &lt;OFX&gt;</translation>
    </message>
    <message>
        <source>line %1: a tag is not closed with &gt;</source>
        <translation>línea %1: una etiqueta no se cierra con &gt;</translation>
    </message>
    <message>
        <source>line %1: an empty tag</source>
        <translation>línea %1: una etiqueta vacía</translation>
    </message>
    <message>
        <source>line %1: the elements are nested too deeply</source>
        <translation>línea %1: los elementos están anidados demasiado profundamente</translation>
    </message>
    <message>
        <source>the file holds no bank or credit card statement (no STMTRS or CCSTMTRS)</source>
        <translation>el archivo no contiene ningún extracto bancario ni de tarjeta (ni STMTRS ni CCSTMTRS)</translation>
    </message>
    <message>
        <source>is not a date in the form YYYYMMDD</source>
        <translation>no es una fecha con el formato AAAAMMDD</translation>
    </message>
    <message>
        <source>is not a currency code</source>
        <translation>no es un código de moneda</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>falta el importe</translation>
    </message>
    <message>
        <source>the file ends inside &lt;%1&gt; (opened on line %2) without its &lt;/%1&gt;: it is cut short or damaged; nothing was imported</source>
        <translation>el archivo termina dentro de &lt;%1&gt; (abierto en la línea %2) sin su &lt;/%1&gt;: está cortado o dañado; no se importó nada</translation>
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
        <translation>Giro bancario</translation>
    </message>
    <message>
        <source>Wire / account transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>EFTPOS</source>
        <translation>EFTPOS</translation>
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
    <message>
        <source>a payment needs a date</source>
        <translation>un pago necesita una fecha</translation>
    </message>
    <message>
        <source>the amount cannot be zero</source>
        <translation>el importe no puede ser cero</translation>
    </message>
    <message>
        <source>is only for %1 payments, not %2</source>
        <translation>solo es para pagos %1, no %2</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation>un pago con cheque necesita el número de cheque</translation>
    </message>
    <message>
        <source>a fee percentage must be between 0 and 100</source>
        <translation>un porcentaje de comisión debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>a fee cannot be negative</source>
        <translation>una comisión no puede ser negativa</translation>
    </message>
    <message>
        <source>TDS cannot be negative</source>
        <translation>La TDS no puede ser negativa</translation>
    </message>
    <message>
        <source>a transaction charge cannot be negative</source>
        <translation>un cargo por transacción no puede ser negativo</translation>
    </message>
    <message>
        <source>the payment cannot be reconciled before it was made</source>
        <translation>el pago no se puede conciliar antes de haberse realizado</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled and takes no payments</source>
        <translation>la factura %1 está anulada y no admite pagos</translation>
    </message>
    <message>
        <source>%1 %2 would overpay invoice %3, which has %4 outstanding</source>
        <translation>%1 %2 excedería el saldo de la factura %3, que tiene %4 pendiente</translation>
    </message>
    <message>
        <source>a refund of %1 %2 is more than the %3 paid on invoice %4</source>
        <translation>un reembolso de %1 %2 es mayor que los %3 pagados en la factura %4</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>invoice %1 is not an open invoice of this customer in %2</source>
        <translation>la factura %1 no es una factura abierta de este cliente en %2</translation>
    </message>
    <message>
        <source>invoice %1 is allocated twice</source>
        <translation>la factura %1 está asignada dos veces</translation>
    </message>
    <message>
        <source>the amount allocated to invoice %1 must be more than zero</source>
        <translation>el importe asignado a la factura %1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>allocating %1 to invoice %2 is more than the %3 it owes</source>
        <translation>asignar %1 a la factura %2 supera los %3 que debe</translation>
    </message>
    <message>
        <source>a receipt&apos;s amount must be more than zero</source>
        <translation>el importe de un cobro debe ser mayor que cero</translation>
    </message>
    <message>
        <source>the allocations total %1, more than the %2 received</source>
        <translation>las asignaciones suman %1, más que los %2 recibidos</translation>
    </message>
    <message>
        <source>%1 is not a payment method field; they are named as payments.csv names them (cheque.number, eft.reference, ...)</source>
        <translation>%1 no es un campo de forma de pago; se llaman como en payments.csv (cheque.number, eft.reference, …)</translation>
    </message>
    <message>
        <source>there is no customer named &quot;%1&quot;</source>
        <translation>no hay ningún cliente llamado «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>«%1» no es un código de moneda</translation>
    </message>
    <message>
        <source>customer &quot;%1&quot; has no default currency; name the currency</source>
        <translation>el cliente «%1» no tiene moneda predeterminada; indique la moneda</translation>
    </message>
    <message>
        <source>a receipt needs a date</source>
        <translation>un cobro necesita una fecha</translation>
    </message>
    <message>
        <source>receipt %1 is already recorded</source>
        <translation>el cobro %1 ya está registrado</translation>
    </message>
    <message>
        <source>invoice %1: %2</source>
        <translation>factura %1: %2</translation>
    </message>
    <message>
        <source>voiding a receipt needs a reason</source>
        <translation>anular un cobro necesita un motivo</translation>
    </message>
    <message>
        <source>the receipt no longer exists</source>
        <translation>el cobro ya no existe</translation>
    </message>
    <message>
        <source>receipt %1 is already voided</source>
        <translation>el cobro %1 ya está anulado</translation>
    </message>
    <message>
        <source>invoice %1 is not %2&apos;s</source>
        <translation>la factura %1 no es de %2</translation>
    </message>
    <message>
        <source>%1 has %2 %3 of credit; %4 cannot be applied</source>
        <translation>%1 tiene %2 %3 de saldo a favor; no se pueden aplicar %4</translation>
    </message>
    <message>
        <source>Applied from the customer&apos;s credit</source>
        <translation>Aplicado del saldo a favor del cliente</translation>
    </message>
    <message>
        <source>enter the amount received or the credit to apply</source>
        <translation>introduzca el importe recibido o el saldo a favor que se aplicará</translation>
    </message>
    <message>
        <source>credit on %1: %2</source>
        <translation>saldo a favor en %1: %2</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: %2 %3 of %4&apos;s credit from it has paid invoice(s) %5; void those payments first, then the receipt</source>
        <translation>no se puede anular el cobro %1: %2 %3 del saldo a favor de %4 que procede de él ya pagó la(s) factura(s) %5; anule primero esos pagos y después el cobro</translation>
    </message>
    <message>
        <source>the credit to apply must be more than zero, not %1</source>
        <translation>el crédito a aplicar debe ser mayor que cero, no %1</translation>
    </message>
    <message>
        <source>receipt %1 is already recorded (choose skip for receipts already recorded)</source>
        <translation>el cobro %1 ya está registrado (elija omitir para los cobros ya registrados)</translation>
    </message>
    <message>
        <source>receipt %1 was voided on %2 (%3); a voided receipt&apos;s key is not used again: give the receipt a new key</source>
        <translation>el cobro %1 se anuló el %2 (%3); la clave de un cobro anulado no se vuelve a usar: dé al cobro una clave nueva</translation>
    </message>
    <message>
        <source>receipt %1 is recorded as %2 %3 from %4 on %5 and the file tells it otherwise (amount, date, customer, method or allocations); an import does not change a recorded receipt (void it and import it under a new key)</source>
        <translation>el cobro %1 está registrado como %2 %3 de %4 el %5 y el archivo dice otra cosa (importe, fecha, cliente, método o asignaciones); una importación no cambia un cobro registrado (anúlelo e impórtelo con una clave nueva)</translation>
    </message>
    <message>
        <source>the allocations add up to more than an amount can be (over 9,223,372,036,854,775,807 minor units)</source>
        <translation>las asignaciones suman más de lo que puede ser un importe (más de 9.223.372.036.854.775.807 unidades mínimas)</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: %2 %3 of %4&apos;s credit from it, or from credit note %5 on the money it paid, has paid invoice(s) %6; void those payments first, then the receipt</source>
        <translation>el recibo %1 no se puede anular: %2 %3 del crédito de %4 que viene de él, o de la nota de crédito %5 sobre el dinero que pagó, ha pagado la(s) factura(s) %6; anule primero esos pagos y después el recibo</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided: without it %2&apos;s credit would be %3 %4 short by %5 (credit applied by then, to invoice(s) %6, used it before later credit arrived); void those payments first, then the receipt</source>
        <translation>el recibo %1 no se puede anular: sin él, al saldo a favor de %2 le faltarían %3 %4 hasta el %5 (el saldo aplicado hasta entonces, a la(s) factura(s) %6, lo usó antes de que llegara saldo posterior); anule primero esos pagos y luego el recibo</translation>
    </message>
    <message>
        <source>receipt %1 cannot be voided, as its payment of %2 %3 on invoice %4 cannot: %5</source>
        <translation>el recibo %1 no se puede anular, porque su pago de %2 %3 en la factura %4 no se puede anular: %5</translation>
    </message>
    <message>
        <source>applying %3 %4 of %1&apos;s credit on %2 would leave it %6 %4 short by %5: credit is applied only from receipts and credit notes dated on or before the day it is applied; date it later, or record the receipt first</source>
        <translation>aplicar %3 %4 del saldo a favor de %1 el %2 lo dejaría %6 %4 corto hasta el %5: el saldo solo se aplica desde recibos y notas de crédito fechados el día en que se aplica o antes; póngale una fecha posterior o registre antes el recibo</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>The %1 amounts of these books add up to more than a report can sum (over 9,223,372,036,854,775,807 minor units): this report leaves them out.</source>
        <translation>Los importes en %1 de estos libros suman más de lo que un informe puede sumar (más de 9.223.372.036.854.775.807 unidades mínimas): este informe los deja fuera.</translation>
    </message>
    <message>
        <source>The %1 amounts of %2 add up to more than a statement can sum (over 9,223,372,036,854,775,807 minor units): no %1 statement is made.</source>
        <translation>Los importes en %1 de %2 suman más de lo que un estado de cuenta puede sumar (más de 9.223.372.036.854.775.807 unidades mínimas): no se hace estado de cuenta en %1.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>From the bank statement: %1</source>
        <translation>Del extracto bancario: %1</translation>
    </message>
    <message>
        <source>the payment %1 is no longer open</source>
        <translation>el pago %1 ya no está abierto</translation>
    </message>
    <message>
        <source>there is no statement line %1</source>
        <translation>no hay ninguna línea de extracto %1</translation>
    </message>
    <message>
        <source>line %1 is already matched to the receipt %2 (invoices %3)</source>
        <translation>la línea %1 ya está conciliada con el cobro %2 (facturas %3)</translation>
    </message>
    <message>
        <source>line %1 is already matched to the payment %2 (invoice %3)</source>
        <translation>la línea %1 ya está conciliada con el pago %2 (factura %3)</translation>
    </message>
    <message>
        <source>the payment was voided</source>
        <translation>el pago fue anulado</translation>
    </message>
    <message>
        <source>that payment is voided, already reconciled or matched to another line</source>
        <translation>ese pago está anulado, ya conciliado o conciliado con otra línea</translation>
    </message>
    <message>
        <source>the payment is in %1, the line in %2</source>
        <translation>el pago está en %1, la línea en %2</translation>
    </message>
    <message>
        <source>the line&apos;s amount %1 is not the payment&apos;s %2 (nor the payment less its card fee)</source>
        <translation>el importe %1 de la línea no es el del pago, %2 (ni el pago menos su comisión de tarjeta)</translation>
    </message>
    <message>
        <source>the payment %1 went into another account</source>
        <translation>el pago %1 entró en otra cuenta</translation>
    </message>
    <message>
        <source>line %1 takes money out; only money in is a payment for an invoice</source>
        <translation>la línea %1 es una salida de dinero; solo una entrada es un pago de una factura</translation>
    </message>
    <message>
        <source>the invoice no longer exists</source>
        <translation>la factura ya no existe</translation>
    </message>
    <message>
        <source>invoice %1 is in %2, the line in %3</source>
        <translation>la factura %1 está en %2, la línea en %3</translation>
    </message>
    <message>
        <source>a receipt needs at least one invoice</source>
        <translation>un cobro necesita al menos una factura</translation>
    </message>
    <message>
        <source>an invoice of the receipt is no longer open</source>
        <translation>una factura del cobro ya no está abierta</translation>
    </message>
    <message>
        <source>invoice %1 is %2&apos;s, not %3&apos;s: a receipt is one customer&apos;s money</source>
        <translation>la factura %1 es de %2, no de %3: un cobro es dinero de un solo cliente</translation>
    </message>
    <message>
        <source>the invoices owe %1 together, the line is %2</source>
        <translation>las facturas deben juntas %1, la línea es de %2</translation>
    </message>
    <message>
        <source>line %1 is not matched</source>
        <translation>la línea %1 no está conciliada</translation>
    </message>
    <message>
        <source>the payment no longer exists</source>
        <translation>el pago ya no existe</translation>
    </message>
    <message>
        <source>the bank account no longer exists</source>
        <translation>la cuenta bancaria ya no existe</translation>
    </message>
    <message>
        <source>the payment is matched to a line of the account &quot;%1&quot;</source>
        <translation>el pago está conciliado con una línea de la cuenta «%1»</translation>
    </message>
    <message>
        <source>invoice %1 already has the payment %2 of %3 from %4, which no statement line is matched to: line %5 is probably that money. Match the line to that payment; if the customer really paid twice, record the second payment first and match the line to it</source>
        <translation>la factura %1 ya tiene el pago %2 de %3 del %4, al que no se ha asignado ninguna línea del extracto: la línea %5 es probablemente ese dinero. Asigne la línea a ese pago; si el cliente pagó de verdad dos veces, registre primero el segundo pago y asígnele la línea</translation>
    </message>
    <message>
        <source>the bank took line %1 back: line %2 of %3 reverses its %4, so it is no payment</source>
        <translation>el banco retrocedió la línea %1: la línea %2 del %3 anula sus %4, así que no es un pago</translation>
    </message>
    <message>
        <source>the bank takes back an earlier line of %1 here: if that money was recorded as a payment, void the payment</source>
        <translation>aquí el banco retrocede una línea anterior de %1: si ese dinero se registró como pago, anule el pago</translation>
    </message>
</context>
<context>
    <name>Refrens</name>
    <message>
        <source>Refrens refused the login (HTTP %1)</source>
        <translation>Refrens rechazó el inicio de sesión (HTTP %1)</translation>
    </message>
    <message>
        <source>Refrens returned no access token</source>
        <translation>Refrens no devolvió ningún token de acceso</translation>
    </message>
    <message>
        <source>invoice %1 is not linked to a Refrens invoice yet</source>
        <translation>la factura %1 todavía no está vinculada a una factura de Refrens</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la respuesta no era JSON</translation>
    </message>
    <message>
        <source>Refrens has no invoice numbered %1</source>
        <translation>Refrens no tiene ninguna factura con el número %1</translation>
    </message>
    <message>
        <source>Refrens has several invoices numbered %1</source>
        <translation>Refrens tiene varias facturas con el número %1</translation>
    </message>
    <message>
        <source>Refrens returned no payment id</source>
        <translation>Refrens no devolvió ningún id de pago</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relectura falló (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation>%1 pagos llevan el marcador %2</translation>
    </message>
    <message>
        <source>the payment was removed in Refrens</source>
        <translation>el pago se quitó en Refrens</translation>
    </message>
    <message>
        <source>the answer lists no payments</source>
        <translation>la respuesta no enumera pagos</translation>
    </message>
    <message>
        <source>the answer lists no payments (HTTP %1)</source>
        <translation>la respuesta no enumera pagos (HTTP %1)</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>operación desconocida</translation>
    </message>
</context>
<context>
    <name>RemoteLimits</name>
    <message>
        <source>If it has already reached %1: %2.</source>
        <translation>Si ya ha llegado a %1: %2.</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Nota de crédito %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>A/R &amp;Aging…</source>
        <translation>&amp;Antigüedad de saldos…</translation>
    </message>
    <message>
        <source>Customer &amp;Statement…</source>
        <translation>&amp;Estado de cuenta…</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>, cheque %1</source>
        <translation>, cheque %1</translation>
    </message>
    <message>
        <source>, ref. %1</source>
        <translation>, ref. %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Refund on %1</source>
        <translation>Reembolso de %1</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibido</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>Nota de crédito: %1</translation>
    </message>
    <message>
        <source>Credit note on %1: %2</source>
        <translation>Nota de crédito sobre %1: %2</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
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
        <translation>Antigüedad al %1</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation>Estado de cuenta de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>StatementImporter</name>
    <message>
        <source>the statement %1 opens at %2 and its lines add %3, which gives %4, not its closing balance (a difference of %5); nothing was imported</source>
        <translation>el extracto %1 abre en %2 y sus líneas suman %3, lo que da %4, no su saldo final (una diferencia de %5); no se importó nada</translation>
    </message>
    <message>
        <source>the statement is for %1, which is the account &quot;%2&quot;; import it into that account, or without naming one</source>
        <translation>el extracto es de %1, que es la cuenta «%2»; impórtelo en esa cuenta o sin indicar ninguna</translation>
    </message>
    <message>
        <source>the statement is for %1, but the account &quot;%2&quot; is %3</source>
        <translation>el extracto es de %1, pero la cuenta «%2» es %3</translation>
    </message>
    <message>
        <source>the file does not say which account it is for; name the account</source>
        <translation>el archivo no dice de qué cuenta es; indique la cuenta</translation>
    </message>
    <message>
        <source>the statement is in %1, the account &quot;%2&quot; in %3</source>
        <translation>el extracto está en %1, la cuenta «%2» en %3</translation>
    </message>
    <message>
        <source>there is already an account named &quot;%1&quot;</source>
        <translation>ya hay una cuenta llamada «%1»</translation>
    </message>
    <message>
        <source>%1: the statement %2 opens on %3 at %4, but the account&apos;s lines before it come to %5; %6 is missing between %7 and %3 (a statement not imported yet?)</source>
        <translation>%1: el extracto %2 abre el %3 en %4, pero las líneas anteriores de la cuenta suman %5; faltan %6 entre el %7 y el %3 (¿un extracto aún no importado?)</translation>
    </message>
    <message>
        <source>%1: no statement covers %2 to %3</source>
        <translation>%1: ningún extracto cubre del %2 al %3</translation>
    </message>
    <message>
        <source>of %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1: the statement %2 closes at %3, so before its lines the account held %4, but the account&apos;s lines before %5 come to %6: %7 is missing between %8 and %5 (a statement not imported yet?), or the file&apos;s balance is wrong</source>
        <translation>%1: el extracto %2 cierra en %3, así que antes de sus líneas la cuenta tenía %4, pero las líneas de la cuenta antes del %5 suman %6: faltan %7 entre %8 y %5 (¿un extracto aún no importado?), o el saldo del archivo es erróneo</translation>
    </message>
</context>
<context>
    <name>StatementReader</name>
    <message>
        <source>this is not a CAMT, MT940 or OFX statement</source>
        <translation>no es un extracto CAMT, MT940 ni OFX</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>an address it did not give</source>
        <translation>una dirección que no indicó</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Recording an outcome</source>
        <translation>Registrando un resultado</translation>
    </message>
    <message>
        <source>Recovering the sync queue</source>
        <translation>Recuperando la cola de sincronización</translation>
    </message>
    <message>
        <source>Resuming connections</source>
        <translation>Reanudando conexiones</translation>
    </message>
    <message>
        <source>Reading the sync queue</source>
        <translation>Leyendo la cola de sincronización</translation>
    </message>
    <message>
        <source>Numbering an attempt</source>
        <translation>Numerando un intento</translation>
    </message>
    <message>
        <source>Recording an attempt</source>
        <translation>Registrando un intento</translation>
    </message>
    <message>
        <source>Marking an operation as sending</source>
        <translation>Marcando una operación como en envío</translation>
    </message>
    <message>
        <source>Saving a response</source>
        <translation>Guardando una respuesta</translation>
    </message>
    <message>
        <source>Recording the remote id</source>
        <translation>Registrando el id remoto</translation>
    </message>
    <message>
        <source>Recording a read-back</source>
        <translation>Registrando una relectura</translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation>las credenciales fueron rechazadas</translation>
    </message>
    <message>
        <source>Pausing a connection</source>
        <translation>Pausando una conexión</translation>
    </message>
    <message>
        <source>there is no operation %1</source>
        <translation>no hay ninguna operación %1</translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation>confirmado a mano</translation>
    </message>
    <message>
        <source>Recording a decision</source>
        <translation>Registrando una decisión</translation>
    </message>
    <message>
        <source>Retrying an operation</source>
        <translation>Reintentando una operación</translation>
    </message>
    <message>
        <source>Discarding an operation</source>
        <translation>Descartando una operación</translation>
    </message>
    <message>
        <source>Reading an operation&apos;s invoice</source>
        <translation>Lectura de la factura de una operación</translation>
    </message>
    <message>
        <source>operation %1 is in doubt and may only be read back</source>
        <translation>la operación %1 es dudosa y solo se puede releer</translation>
    </message>
    <message>
        <source>operation %1 was claimed twice; nothing was sent</source>
        <translation>la operación %1 se reclamó dos veces; no se envió nada</translation>
    </message>
    <message>
        <source>Postponing an operation</source>
        <translation>Aplazamiento de una operación</translation>
    </message>
    <message>
        <source>Reading a link</source>
        <translation>Lectura de un vínculo</translation>
    </message>
    <message>
        <source>invoice %1 is not linked to this connection</source>
        <translation>la factura %1 no está vinculada a esta conexión</translation>
    </message>
    <message>
        <source>invoice %1 is linked to remote id %2 already</source>
        <translation>la factura %1 ya está vinculada al id remoto %2</translation>
    </message>
    <message>
        <source>Reading what was synced</source>
        <translation>Lectura de lo sincronizado</translation>
    </message>
</context>
<context>
    <name>SyncVerifier</name>
    <message>
        <source>it was removed on %1</source>
        <translation>se eliminó en %1</translation>
    </message>
    <message>
        <source>amount %1 here, %2 on %3</source>
        <translation>importe %1 aquí, %2 en %3</translation>
    </message>
    <message>
        <source>date %1 here, %2 on %3</source>
        <translation>fecha %1 aquí, %2 en %3</translation>
    </message>
    <message>
        <source>match</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>missing there</source>
        <translation>falta allí</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation>desconocido aquí</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>  %1 match, %2 missing there, %3 differ, %4 unknown here, %5 not checked.</source>
        <translation>  %1 coinciden, %2 faltan allí, %3 difieren, %4 desconocidos aquí, %5 sin comprobar.</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 no está en %2</translation>
    </message>
    <message>
        <source>%1 payments on %2 carry this marker</source>
        <translation>%1 pagos en %2 llevan este marcador</translation>
    </message>
    <message>
        <source>%1 on %2 with our marker, not in these books</source>
        <translation>%1 en %2 con nuestro marcador, no está en esta contabilidad</translation>
    </message>
    <message>
        <source>%1 (this system does not report the amount)</source>
        <translation>%1 (este sistema no informa del importe)</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message>
        <source>a tax code needs a name</source>
        <translation>un código de impuesto necesita un nombre</translation>
    </message>
    <message>
        <source>the name has spaces at its start or end</source>
        <translation>el nombre tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>a tax rate must be between 0 and 100 %</source>
        <translation>un tipo impositivo debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>the category must be one of %1</source>
        <translation>la categoría debe ser una de %1</translation>
    </message>
    <message>
        <source>a code of category %1 has a rate of 0 %</source>
        <translation>un código de la categoría %1 tiene un tipo del 0 %</translation>
    </message>
    <message>
        <source>there is no tax code named &quot;%1&quot;</source>
        <translation>no hay ningún código de impuesto llamado «%1»</translation>
    </message>
    <message>
        <source>tax code &quot;%1&quot; is %2 %, but the line&apos;s tax rate is %3 %</source>
        <translation>el código de impuesto «%1» es del %2 %, pero el tipo de la línea es del %3 %</translation>
    </message>
    <message>
        <source>there is already a tax code named &quot;%1&quot;</source>
        <translation>ya hay un código de impuesto llamado «%1»</translation>
    </message>
    <message>
        <source>the tax code no longer exists</source>
        <translation>el código de impuesto ya no existe</translation>
    </message>
    <message>
        <source>a standard-rated code (S) has a rate above 0 %; 0 % is category Z</source>
        <translation>un código de tipo general (S) tiene un tipo superior al 0 %; el 0 % es la categoría Z</translation>
    </message>
    <message>
        <source>a code of category %1 is taxed: it has no exemption reason (the reason is for E, AE, K, G and O)</source>
        <translation>un código de la categoría %1 tributa: no tiene motivo de exención (el motivo es para E, AE, K, G y O)</translation>
    </message>
</context>
<context>
    <name>TaxCodesDialog</name>
    <message>
        <source>standard rate</source>
        <translation>tipo general</translation>
    </message>
    <message>
        <source>zero rated</source>
        <translation>tipo cero</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exento</translation>
    </message>
    <message>
        <source>reverse charge</source>
        <translation>inversión del sujeto pasivo</translation>
    </message>
    <message>
        <source>intra-community supply</source>
        <translation>entrega intracomunitaria</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>exportación fuera de la UE</translation>
    </message>
    <message>
        <source>not subject to VAT</source>
        <translation>no sujeto a IVA</translation>
    </message>
</context>
<context>
    <name>UpgradeChat</name>
    <message>
        <source>the invoice has no remote id yet</source>
        <translation>la factura aún no tiene id remoto</translation>
    </message>
    <message>
        <source>the invoice was never acknowledged by the remote, so there is nothing to delete</source>
        <translation>el servidor remoto nunca confirmó la factura, así que no hay nada que eliminar</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>operación desconocida</translation>
    </message>
    <message>
        <source>the response was not JSON</source>
        <translation>la respuesta no era JSON</translation>
    </message>
    <message>
        <source>the server refused the request</source>
        <translation>el servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>the read-back failed (HTTP %1)</source>
        <translation>la relectura falló (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 payments carry marker %2</source>
        <translation>%1 pagos llevan el marcador %2</translation>
    </message>
    <message>
        <source>the answer did not confirm the operation (it lacks what a success carries)</source>
        <translation>la respuesta no confirmó la operación (le falta lo que lleva un éxito)</translation>
    </message>
    <message>
        <source>invoice %1 was linked by the remote&apos;s &quot;already exists&quot; answer, so its Upgrade.Chat id is not known here: look the invoice up in Upgrade.Chat and enter its id (Sync Issues, or invoicedesk-cli sync link %1 --remote-id ID)</source>
        <translation>la factura %1 se vinculó por la respuesta «ya existe» del sistema remoto, así que aquí no se conoce su id de Upgrade.Chat: busque la factura en Upgrade.Chat e introduzca su id (Problemas de sincronización, o invoicedesk-cli sync link %1 --remote-id ID)</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments</source>
        <translation>la respuesta de la factura no enumera pagos</translation>
    </message>
    <message>
        <source>the invoice&apos;s answer lists no payments (HTTP %1)</source>
        <translation>la respuesta de la factura no enumera pagos (HTTP %1)</translation>
    </message>
    <message>
        <source>found by the remote&apos;s answer that invoice %1 already exists (this system has no documented read-back; its id is to be learned)</source>
        <translation>encontrada por la respuesta de que la factura %1 ya existe (este sistema no tiene relectura documentada; su id está por conocer)</translation>
    </message>
    <message>
        <source>the first send had not landed; created by the read-back</source>
        <translation>el primer envío no había llegado; creada por la relectura</translation>
    </message>
</context>
<context>
    <name>VerifyJob</name>
    <message>
        <source>There are no connections to verify.</source>
        <translation>No hay conexiones que verificar.</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>the workbook is damaged (its zip container)</source>
        <translation>el libro está dañado (su contenedor zip)</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>esto no es un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>al libro le falta la parte %1</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is too large</source>
        <translation>la parte %1 del libro es demasiado grande</translation>
    </message>
    <message>
        <source>row %1: a cell is out of order or beyond column XFD</source>
        <translation>fila %1: una celda está fuera de orden o más allá de la columna XFD</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>el libro no tiene la hoja «%1»; sus hojas son: %2</translation>
    </message>
    <message>
        <source>the sheet is damaged near row %1: %2</source>
        <translation>la hoja está dañada cerca de la fila %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>No se puede escribir el libro: %1</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>el libro está dañado (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>el libro no tiene ninguna hoja</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline invoice and payment entry for bookkeepers.</source>
        <translation>Registro sin conexión de facturas y pagos para contables.</translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation>El archivo de empresa que se abrirá.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit (for documentation and CI).</source>
        <translation>Dibujar la ventana principal en un archivo PNG y salir (para la documentación y la CI).</translation>
    </message>
    <message>
        <source>Cannot Open Company File</source>
        <translation>No se puede abrir el archivo de empresa</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Fill a company file that does not exist yet with the demo company, without asking (for scripts and screenshots).</source>
        <translation>Llenar sin preguntar con la empresa de demostración un archivo de empresa que aún no existe (para scripts y capturas de pantalla).</translation>
    </message>
</context>
</TS>
