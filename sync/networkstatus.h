// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkInformation>

#include <optional>

namespace InvoiceDesk {

/**
 * Whether this machine can reach the network, for the status bar (issue 10): QNetworkInformation's
 * reachability where a backend reports it, checked against the network interfaces, so that
 * "Online" is never shown while no interface is up.
 */
namespace NetworkStatus {

enum class State { Online, Offline, Unknown };

/** The state from a backend's reachability (none when no backend answers) and the interfaces. */
State combine(std::optional<QNetworkInformation::Reachability> reachability, bool interfaceUp);

/** Whether any interface other than loopback is up and running. */
bool anyInterfaceUp();

/** The state now, from QNetworkInformation (loaded by the caller) and the interfaces. */
State current();

} // namespace NetworkStatus

} // namespace InvoiceDesk
