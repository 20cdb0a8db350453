// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliarguments.h"

#include <QJsonObject>
#include <QTextStream>

namespace InvoiceDesk {
class Database;
class Ledger;
} // namespace InvoiceDesk

namespace InvoiceDesk::Cli {

/** Exit codes of DESIGN.md, "Command line". */
enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

/** Where commands write: results to out, problems and progress to err. */
struct Output
{
    QTextStream &out;
    QTextStream &err;
    bool errIsTerminal = false;
};

/** `import invoices|payments FILE ...` */
int runImport(Ledger &ledger, const Arguments &args, Output &io);
/** `export invoices|payments FILE|-` */
int runExport(Ledger &ledger, const Arguments &args, Output &io);
/** `list invoices|payments` */
int runList(Ledger &ledger, const Arguments &args, Output &io);
/** `status` */
int runStatus(Ledger &ledger, const Arguments &args, Output &io);
/** `demo` */
int runDemo(Ledger &ledger, const Arguments &args, Output &io);

/** `connection add|set|list|remove` */
int runConnection(Ledger &ledger, const Arguments &args, Output &io);
/**
 * `--lanes N` and `--requests-per-second R`, the limits of every kind of connection, into its
 * settings (0 clears a limit: the engine's default); false after a usage error (said).
 */
bool paceOptions(const Arguments &args, QJsonObject &settings, Output &io);
/** `connection set NAME [--lanes N] [--requests-per-second R]`: a connection's limits. */
int connectionSet(Ledger &ledger, const Arguments &args, Output &io);
/** `sync`: the sync engine works on the company file through a store of its own. */
int runSync(Ledger &ledger, Database &database, const Arguments &args, Output &io);

/** `bank account|import|match|unmatch|list|report|assign` (issue 15; app/cli/bank*.cpp) */
int runBank(Ledger &ledger, Database &database, const Arguments &args, Output &io);

/** `customer list|add|edit` (issue 13) */
int runCustomer(Ledger &ledger, const Arguments &args, Output &io);
/** `receive`: one receipt allocated across invoices, the rest as credit */
int runReceive(Ledger &ledger, const Arguments &args, Output &io);
/** `credit list|apply` */
int runCredit(Ledger &ledger, const Arguments &args, Output &io);
/** void-receipt KEY --reason R: voids a receipt and every payment made from it (issue 13). */
int runVoidReceipt(Ledger &ledger, const Arguments &args, Output &io);
int runVoidPayment(Ledger &ledger, const Arguments &args, Output &io);
/** `credit-note (--invoice NUMBER | --customer NAME) (--amount A | --lines FILE) --reason R` */
int runCreditNote(Ledger &ledger, const Arguments &args, Output &io);
/** `cancel NUMBER [--keep-credit | --refund credited|owed [--method M]]` (issue 10 item 7) */
int runCancel(Ledger &ledger, const Arguments &args, Output &io);
/** `reopen NUMBER`: a cancelled invoice nothing credited (issue 10 item 7) */
int runReopen(Ledger &ledger, const Arguments &args, Output &io);

/** `company show|set` (issue 14 item 1) */
int runCompany(Ledger &ledger, const Arguments &args, Output &io);
/** upgrade: brings a file an older InvoiceDesk wrote up to date (opening it did) and says so. */
int runUpgrade(Ledger &ledger, Database &database, const Arguments &args, Output &io);
int runTaxCode(Ledger &ledger, const Arguments &args, Output &io);
/** `pdf NUMBER --output FILE.pdf [--template NAME]` (issue 14 item 2), invoices and credit
 * notes */
int runPdf(Ledger &ledger, const Arguments &args, Output &io);
/** `einvoice NUMBER --format ubl|cii|zugferd --output FILE [--template NAME]` (issue 14 item 5),
 * invoices and credit notes; --template with zugferd only */
int runEInvoice(Ledger &ledger, const Arguments &args, Output &io);
/** `aging --as-of D [--format table|csv|json]` (issue 14 item 4) */
int runAging(Ledger &ledger, Database &database, const Arguments &args, Output &io);
/** `statement --customer NAME --from D --to D --output FILE.pdf|.csv` (issue 14 item 3) */
int runStatement(Ledger &ledger, Database &database, const Arguments &args, Output &io);

/** Dispatches to the command named by args.words.first(). */
int run(const Arguments &args, Output &io);

} // namespace InvoiceDesk::Cli
