// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QAction;
class QMenu;
class QTemporaryDir;

namespace tcpladder::ui {

// File › Open Recent and File › Open Sample. The captures opened lately, newest first, are kept in
// QSettings under one key ("recentFiles"); the samples are bundled in the resources and unpacked to a
// temporary folder when opened, since libpcap reads only real files. Fills both menus; choosing an
// entry asks for it by signal, so the window decides how to open it. The list is written off the GUI
// thread: QSettings syncs its file to disk (fdatasync), which took up to 100 ms at every file opened.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    // `clear` is put at the end of `recent`, enabled while the list has entries.
    RecentFiles(QMenu *recent, QAction *clear, QMenu *samples, QObject *parent = nullptr);
    ~RecentFiles() override;

    QStringList files() const;
    // Puts `path` first (once), dropping the oldest beyond MaxFiles.
    void add(const QString &path);
    void clear();

    // The bundled samples' file names ("reset.pcapng"), sorted.
    static QStringList sampleNames();
    // "web-fetch-3-segment-close" is as good as the full file name: that is how the README spells it.
    static QString sampleFileName(const QString &name);
    static bool hasSample(const QString &fileName);
    // What the menu and the window title call a sample.
    static QString sampleTitle(const QString &fileName);
    // A fresh copy of the sample in the temporary folder; empty when it could not be made.
    QString unpackSample(const QString &fileName);
    // `path` is such a copy (never worth a place in the recent list).
    bool isSample(const QString &path) const;

    // Both menus again in the current language.
    void retranslate();

signals:
    void openRequested(const QString &path);
    void sampleRequested(const QString &fileName);
    // The list as it is now is in QSettings, on disk.
    void stored();

private:
    void rebuildRecent();
    void rebuildSamples();
    void store();

    QMenu *m_recent;
    QAction *m_clear;
    QMenu *m_samples;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    QStringList m_files;
    QThreadPool m_writer; // one thread: the writes land in the order they were made
};

} // namespace tcpladder::ui
