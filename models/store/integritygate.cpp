// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritygate.h"

namespace InvoiceDesk {

void IntegrityGate::startChecking()
{
    QMutexLocker locker(&mMutex);
    mState = State::Checking;
}

void IntegrityGate::passed()
{
    QMutexLocker locker(&mMutex);
    mState = State::Open;
    mChanged.wakeAll();
}

void IntegrityGate::failed(const QString &finding)
{
    QMutexLocker locker(&mMutex);
    mState = State::Failed;
    mFinding = finding;
    mChanged.wakeAll();
}

IntegrityGate::State IntegrityGate::state() const
{
    QMutexLocker locker(&mMutex);
    return mState;
}

Status IntegrityGate::waitUntilWritable() const
{
    QMutexLocker locker(&mMutex);
    while (mState == State::Checking)
        mChanged.wait(&mMutex);
    if (mState == State::Failed)
        return Error {mFinding};
    return {};
}

} // namespace InvoiceDesk
