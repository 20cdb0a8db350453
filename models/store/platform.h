// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace InvoiceDesk::Platform {

// Everything that differs between Linux, macOS and Windows lives behind this header, in
// platform.cpp, behind Q_OS_ guards.

/**
 * The identity of an existing file that every name of it shares (hard links included): the
 * device and inode on Unix, the volume serial number and file index on Windows. Empty where
 * the platform gives none.
 */
QString fileIdentity(const QString &path);

/**
 * A per-machine folder for lock files that name a file's identity: the session's runtime
 * folder where there is one (XDG_RUNTIME_DIR on Linux), else the temporary folder.
 */
QString lockFolder();

/** True when the process's standard input / standard error is an interactive terminal. */
bool stdinIsTerminal();
bool stderrIsTerminal();

/** Reads one line from the terminal without echoing it (for secrets); nullopt without one. */
std::optional<QString> readLineWithoutEcho();

} // namespace InvoiceDesk::Platform
