// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace InvoiceDesk::Cli::Console {

namespace {

int descriptor(Stream stream)
{
    switch (stream) {
    case Stream::In:
        return 0;
    case Stream::Out:
        return 1;
    case Stream::Err:
        return 2;
    }
    return 0;
}

/** Switches terminal echo of standard input off for its lifetime, and back on after. */
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        mInput = GetStdHandle(STD_INPUT_HANDLE);
        mActive = GetConsoleMode(mInput, &mSaved) != 0;
        if (mActive)
            SetConsoleMode(mInput, mSaved & ~DWORD(ENABLE_ECHO_INPUT));
#else
        mActive = tcgetattr(STDIN_FILENO, &mSaved) == 0;
        if (mActive) {
            termios quiet = mSaved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!mActive)
            return;
#if defined(Q_OS_WIN)
        SetConsoleMode(mInput, mSaved);
#else
        tcsetattr(STDIN_FILENO, TCSANOW, &mSaved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool mActive = false;
#if defined(Q_OS_WIN)
    HANDLE mInput = nullptr;
    DWORD mSaved = 0;
#else
    termios mSaved {};
#endif
};

} // namespace

bool isTerminal(Stream stream)
{
#if defined(Q_OS_WIN)
    return _isatty(descriptor(stream)) != 0;
#else
    return isatty(descriptor(stream)) != 0;
#endif
}

std::optional<QString> readSecretLine()
{
    if (!isTerminal(Stream::In))
        return std::nullopt;
    char buffer[1024] = {};
    bool read = false;
    {
        const EchoOff quiet;
        read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    }
    if (!read)
        return std::nullopt;
    return QString::fromLocal8Bit(buffer).trimmed();
}

} // namespace InvoiceDesk::Cli::Console
