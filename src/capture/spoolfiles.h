// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace tcpladder::capture {

// One live capture's spool file in <cache>/spool. While a session owns it, a lock file next to it
// names the owning process; a spool whose lock is gone or stale (the process died) is a capture
// that was never saved, and the next start offers it back.
class SpoolFile
{
public:
    SpoolFile();
    ~SpoolFile(); // releases the lock but keeps the file: only discard() throws a capture away
    SpoolFile(const SpoolFile &) = delete;
    SpoolFile &operator=(const SpoolFile &) = delete;

    // A new, empty, locked spool named after the interface and the time.
    bool create(const QString &interfaceName, QString &error);
    // Takes over an orphaned spool (one from findOrphanedSpools) so it is this session's again.
    bool adopt(const QString &path, QString &error);
    void discard();

    QString path() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }

    static QString directory();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

struct OrphanedSpool
{
    QString path;
    qint64 size = 0;
    QDateTime modified;
};

// Spools no running process owns, newest first. Empty spools (a capture that got no packet before
// the crash) are removed on the way, since there is nothing in them to offer.
QList<OrphanedSpool> findOrphanedSpools();
// Deletes an orphaned spool and its lock; false when another running session owns it.
bool discardOrphanedSpool(const QString &path);

} // namespace tcpladder::capture
