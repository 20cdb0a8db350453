// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace InvoiceDesk::Platform {

QString fileIdentity(const QString &path)
{
#if defined(Q_OS_UNIX)
    struct stat info
    {
    };
    if (::stat(path.toLocal8Bit().constData(), &info) != 0)
        return {};
    return QStringLiteral("%1-%2").arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
#elif defined(Q_OS_WIN)
    const HANDLE file = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), 0,
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
        FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return {};
    BY_HANDLE_FILE_INFORMATION info {};
    const bool ok = GetFileInformationByHandle(file, &info);
    CloseHandle(file);
    if (!ok)
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(info.dwVolumeSerialNumber)
        .arg(info.nFileIndexHigh)
        .arg(info.nFileIndexLow);
#else
    Q_UNUSED(path);
    return {};
#endif
}

QString lockFolder()
{
#if defined(Q_OS_LINUX)
    // QStandardPaths warns on every call where the session has no runtime folder (cron, CI).
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return QDir::temp().filePath(QStringLiteral("invoicedesk-locks"));
#endif
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::temp().filePath(QStringLiteral("invoicedesk-locks")) : runtime;
}

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

bool stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

std::optional<QString> readLineWithoutEcho()
{
    if (!stdinIsTerminal())
        return std::nullopt;
#if defined(Q_OS_WIN)
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved {};
    tcgetattr(fileno(stdin), &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSANOW, &quiet);
#endif
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
#if defined(Q_OS_WIN)
    SetConsoleMode(input, mode);
#else
    tcsetattr(fileno(stdin), TCSANOW, &saved);
#endif
    if (!read)
        return std::nullopt;
    return QString::fromLocal8Bit(buffer).trimmed();
}

} // namespace InvoiceDesk::Platform
