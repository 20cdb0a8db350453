// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkstatus.h"

#include <QNetworkInterface>

namespace InvoiceDesk::NetworkStatus {

State combine(std::optional<QNetworkInformation::Reachability> reachability, bool interfaceUp)
{
    if (!interfaceUp)
        return State::Offline; // nothing to send through, whatever a backend guesses
    if (!reachability || *reachability == QNetworkInformation::Reachability::Unknown)
        return State::Unknown;
    return *reachability == QNetworkInformation::Reachability::Online ? State::Online
                                                                      : State::Offline;
}

bool anyInterfaceUp()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning)
            && !flags.testFlag(QNetworkInterface::IsLoopBack))
            return true;
    }
    return false;
}

State current()
{
    std::optional<QNetworkInformation::Reachability> reachability;
    if (QNetworkInformation *information = QNetworkInformation::instance())
        reachability = information->reachability();
    return combine(reachability, anyInterfaceUp());
}

} // namespace InvoiceDesk::NetworkStatus
