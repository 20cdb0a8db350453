// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace InvoiceDesk::Cli {

/**
 * The only platform-specific code of the command line: whether a standard
 * stream is a terminal, and reading a line from the terminal without echo.
 * Unix uses isatty and termios, Windows _isatty and SetConsoleMode.
 */
namespace Console {

enum class Stream { In, Out, Err };

/** True when the stream is an interactive terminal (not a file or a pipe). */
bool isTerminal(Stream stream);

/**
 * Reads one line from standard input with echo switched off, for a password.
 * Nothing when standard input is no terminal or the input ended.
 */
std::optional<QString> readSecretLine();

} // namespace Console

} // namespace InvoiceDesk::Cli
