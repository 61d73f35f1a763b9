// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <string>

namespace tcpladder::capture {

// A path as the core takes it (core/platformfile.h): UTF-8 with backslashes on Windows, so a student's
// C:\Users\张三\… survives and messages show the path as Explorer does; the file system's own bytes on
// POSIX, where a name need not be valid UTF-8.
inline std::string toCorePath(const QString &path)
{
#if defined(Q_OS_WIN)
    return QDir::toNativeSeparators(path).toStdString();
#else
    return QFile::encodeName(path).toStdString();
#endif
}

// The inverse, for a path the core reports back (a spool name, a message).
inline QString fromCorePath(const std::string &path)
{
#if defined(Q_OS_WIN)
    return QString::fromStdString(path);
#else
    return QFile::decodeName(QByteArray::fromStdString(path));
#endif
}

} // namespace tcpladder::capture
