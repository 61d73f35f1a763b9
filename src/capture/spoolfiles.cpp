// SPDX-License-Identifier: GPL-3.0-or-later
#include "spoolfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace tcpladder::capture {

namespace {

const auto SpoolPattern = QStringLiteral("capture-*.pcapng");
// A pcapng spool that holds only its section and interface blocks: nothing was captured.
constexpr qint64 HeaderOnlyLimit = 128;

QString lockPathFor(const QString &spool)
{
    return spool + QStringLiteral(".lock");
}

// Held for the whole session; with no stale time, only a dead owner makes the lock stale.
std::unique_ptr<QLockFile> tryLock(const QString &spool)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(spool));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

SpoolFile::SpoolFile() = default;

SpoolFile::~SpoolFile() = default;

QString SpoolFile::directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("spool"));
}

bool SpoolFile::create(const QString &interfaceName, QString &error)
{
    discard();
    const QDir dir(directory());
    if (!dir.mkpath(QStringLiteral("."))) {
        error = QStringLiteral("Cannot create the spool folder %1").arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    QString safeName = interfaceName;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 0; n < 1000; ++n) {
        const QString name = n == 0 ? QStringLiteral("capture-%1-%2.pcapng").arg(stamp, safeName)
                                    : QStringLiteral("capture-%1-%2-%3.pcapng").arg(stamp, safeName).arg(n);
        const QString candidate = dir.filePath(name);
        if (QFileInfo::exists(candidate))
            continue;
        auto lock = tryLock(candidate);
        if (!lock)
            continue; // another session is creating the same name this second
        QFile file(candidate);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            error = QStringLiteral("Cannot create %1: %2").arg(QDir::toNativeSeparators(candidate), file.errorString());
            return false;
        }
        m_path = candidate;
        m_lock = std::move(lock);
        return true;
    }
    error = QStringLiteral("Cannot find a free spool file name in %1").arg(QDir::toNativeSeparators(dir.path()));
    return false;
}

bool SpoolFile::adopt(const QString &path, QString &error)
{
    discard();
    auto lock = tryLock(path);
    if (!lock || !QFileInfo::exists(path)) {
        error = QStringLiteral("The capture %1 is in use by another TCP Ladder window or is gone")
                    .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_path = path;
    m_lock = std::move(lock);
    return true;
}

void SpoolFile::discard()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    m_lock.reset(); // unlocking removes the lock file
    m_path.clear();
}

QList<OrphanedSpool> findOrphanedSpools()
{
    QList<OrphanedSpool> orphans;
    const QDir dir(SpoolFile::directory());
    const auto entries = dir.entryInfoList({SpoolPattern}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : entries) {
        // Taking the lock is the test for "nobody owns it"; let go at once, the user decides later.
        if (!tryLock(info.absoluteFilePath()))
            continue;
        if (info.size() <= HeaderOnlyLimit) {
            QFile::remove(info.absoluteFilePath());
            continue;
        }
        orphans.append({info.absoluteFilePath(), info.size(), info.lastModified()});
    }
    return orphans;
}

bool discardOrphanedSpool(const QString &path)
{
    const auto lock = tryLock(path);
    if (!lock)
        return false;
    return QFile::remove(path);
}

} // namespace tcpladder::capture
