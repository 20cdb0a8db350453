// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import wizard's pages, one class and one file each, in the order they are shown.
#include "importcheckpage.h"
#include "importfilepage.h"
#include "importformatpage.h"
#include "importmappingpage.h"
#include "importrunpage.h"
#include "importsummarypage.h"
