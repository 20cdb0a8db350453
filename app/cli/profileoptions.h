// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"
#include "csvimporter.h"

namespace InvoiceDesk::Cli {

/**
 * The mapping options of an import (issue 12 item 3): --profile NAME, then --no-header,
 * --map "Their Column=ourColumn" (or "3=ourColumn" without a header), --set column=VALUE,
 * --ignore-column NAME and --ignore-unknown-columns on top of it. Sets options.profile (and
 * the profile's number and date format) when any is given; false after reporting a bad value.
 */
bool profileOptions(const Arguments &args, ImportOptions &options, Output &io);

} // namespace InvoiceDesk::Cli
