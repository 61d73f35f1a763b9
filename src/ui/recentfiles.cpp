// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>

namespace tcpladder::ui {

namespace {
const auto RecentKey = QStringLiteral("recentFiles");
const auto SampleFolder = QStringLiteral(":/samples/");
} // namespace

RecentFiles::RecentFiles(QMenu *recent, QAction *clear, QMenu *samples, QObject *parent)
    : QObject(parent),
      m_recent(recent),
      m_clear(clear),
      m_samples(samples)
{
    m_files = QSettings().value(RecentKey).toStringList();
    m_writer.setMaxThreadCount(1);
    connect(m_clear, &QAction::triggered, this, &RecentFiles::clear);
    // A file moved or deleted since it was opened shows greyed, as it is when the menu opens.
    connect(m_recent, &QMenu::aboutToShow, this, &RecentFiles::rebuildRecent);
    rebuildRecent();
    rebuildSamples();
}

RecentFiles::~RecentFiles()
{
    m_writer.waitForDone(); // the last list reaches the disk before the program ends
}

QStringList RecentFiles::files() const
{
    return m_files;
}

void RecentFiles::add(const QString &path)
{
    m_files.removeAll(path);
    m_files.prepend(path);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    store();
    rebuildRecent();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
    rebuildRecent();
}

void RecentFiles::store()
{
    m_writer.start([this, list = m_files] {
        QSettings settings;
        if (list.isEmpty())
            settings.remove(RecentKey);
        else
            settings.setValue(RecentKey, list);
        settings.sync();
        // Queued: the destructor waits for this thread, so `this` is still there to post to.
        QMetaObject::invokeMethod(this, &RecentFiles::stored, Qt::QueuedConnection);
    });
}

void RecentFiles::rebuildRecent()
{
    m_recent->clear();
    const QStringList list = files();
    for (const QString &file : list) {
        QAction *action = m_recent->addAction(QFileInfo(file).fileName());
        const QString shown = QDir::toNativeSeparators(file);
        const bool there = QFileInfo(file).isFile();
        action->setEnabled(there);
        action->setToolTip(there ? shown : tr("%1 (no longer there)").arg(shown));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    m_recent->addSeparator();
    m_recent->addAction(m_clear);
    m_clear->setEnabled(!list.isEmpty());
}

QStringList RecentFiles::sampleNames()
{
    return QDir(SampleFolder)
        .entryList({QStringLiteral("*.pcapng"), QStringLiteral("*.pcap")}, QDir::Files, QDir::Name);
}

QString RecentFiles::sampleFileName(const QString &name)
{
    return hasSample(name) || name.contains(u'.') ? name : name + QStringLiteral(".pcapng");
}

bool RecentFiles::hasSample(const QString &fileName)
{
    return QFile::exists(SampleFolder + fileName);
}

QString RecentFiles::sampleTitle(const QString &fileName)
{
    if (fileName.startsWith(QLatin1String("web-fetch-3")))
        return tr("Web page fetch, 3-segment teardown");
    if (fileName.startsWith(QLatin1String("web-fetch-4")))
        return tr("Web page fetch, 4-segment teardown");
    if (fileName.startsWith(QLatin1String("reset")))
        return tr("Connection ended by a reset");
    if (fileName.startsWith(QLatin1String("refused")))
        return tr("Refused connection (nothing listening)");
    return fileName;
}

QString RecentFiles::unpackSample(const QString &fileName)
{
    if (!hasSample(fileName))
        return {};
    if (!m_sampleDir)
        m_sampleDir = std::make_unique<QTemporaryDir>();
    const QString target = m_sampleDir->filePath(fileName);
    QFile::remove(target);
    if (!m_sampleDir->isValid() || !QFile::copy(SampleFolder + fileName, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

bool RecentFiles::isSample(const QString &path) const
{
    return m_sampleDir && QFileInfo(path).absoluteFilePath().startsWith(m_sampleDir->path());
}

void RecentFiles::rebuildSamples()
{
    m_samples->clear();
    const QStringList names = sampleNames();
    for (const QString &name : names) {
        QAction *action = m_samples->addAction(sampleTitle(name));
        action->setToolTip(name);
        connect(action, &QAction::triggered, this, [this, name] { emit sampleRequested(name); });
    }
    m_samples->setEnabled(!names.isEmpty());
}

void RecentFiles::retranslate()
{
    rebuildSamples();
    rebuildRecent();
}

} // namespace tcpladder::ui
