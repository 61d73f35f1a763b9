// SPDX-License-Identifier: GPL-3.0-or-later
// File › Open Recent and Open Sample without the main window: newest first, each file once, at most
// ten, kept in QSettings under one key for the next start, Chinese paths intact, a file gone since
// shown greyed, the list cleared; the samples are the ones in resources/samples and unpack to a real file.
#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using tcpladder::ui::RecentFiles;

// Q_INIT_RESOURCE must be used outside any namespace; the samples are in tcpladder_ui's resources.
static void initResources()
{
    Q_INIT_RESOURCE(tcpladder);
}

namespace {

// The menus a window would own, and the list filling them.
struct Menus
{
    QMenu recent;
    QMenu samples;
    QAction clear{QStringLiteral("Clear")};
    std::unique_ptr<RecentFiles> files{std::make_unique<RecentFiles>(&recent, &clear, &samples)};

    // The file entries, without the separator and Clear List.
    QList<QAction *> entries() const
    {
        QList<QAction *> list;
        for (QAction *action : recent.actions())
            if (!action->isSeparator() && action != &clear)
                list << action;
        return list;
    }
    QStringList entryTexts() const
    {
        QStringList texts;
        for (const QAction *action : entries())
            texts << action->text();
        return texts;
    }
};

} // namespace

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newestFirstOnceAndAtMostTen();
    void keptForTheNextStartUnderOneKey();
    void storedInTheBackgroundInOrder();
    void chinesePathOpensAsItWas();
    void fileGoneSinceIsGreyed();
    void clearEmptiesListAndMenu();
    void samplesAreTheBundledOnes();

private:
    // A real, empty file in the temporary folder.
    QString makeFile(const QString &name);

    QTemporaryDir m_dir;
};

void TestRecentFiles::initTestCase()
{
    initResources();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recentfiles"));
    QVERIFY(m_dir.isValid());
}

void TestRecentFiles::init()
{
    QSettings().clear();
}

QString TestRecentFiles::makeFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    return QFileInfo(path).absoluteFilePath();
}

void TestRecentFiles::newestFirstOnceAndAtMostTen()
{
    Menus m;
    QStringList opened;
    for (int i = 0; i < 12; ++i) {
        opened.prepend(makeFile(QStringLiteral("capture-%1.pcapng").arg(i)));
        m.files->add(opened.first());
    }
    QCOMPARE(RecentFiles::MaxFiles, 10);
    QCOMPARE(m.files->files(), opened.mid(0, 10)); // the two oldest dropped
    // Opened again: moved to the top, not listed twice.
    m.files->add(opened[5]);
    QStringList expected = opened.mid(0, 10);
    expected.move(5, 0);
    QCOMPARE(m.files->files(), expected);
    QStringList names;
    for (const QString &path : expected)
        names << QFileInfo(path).fileName();
    QCOMPARE(m.entryTexts(), names);
    // Clear List comes last, after a separator.
    const QList<QAction *> all = m.recent.actions();
    QCOMPARE(all.last(), &m.clear);
    QVERIFY(all[all.size() - 2]->isSeparator());
    QVERIFY(m.clear.isEnabled());
}

void TestRecentFiles::keptForTheNextStartUnderOneKey()
{
    const QString first = makeFile(QStringLiteral("first.pcap"));
    const QString second = makeFile(QStringLiteral("second.pcapng"));
    {
        Menus m;
        m.files->add(first);
        m.files->add(second);
    }
    QSettings().sync();
    QCOMPARE(QSettings().allKeys(), QStringList{QStringLiteral("recentFiles")});
    Menus again;
    QCOMPARE(again.files->files(), (QStringList{second, first}));
    QCOMPARE(again.entryTexts(), (QStringList{QStringLiteral("second.pcapng"), QStringLiteral("first.pcap")}));
}

void TestRecentFiles::storedInTheBackgroundInOrder()
{
    Menus m;
    QSignalSpy stored(m.files.get(), &RecentFiles::stored);
    QStringList opened;
    for (int i = 0; i < 5; ++i) {
        opened.prepend(makeFile(QStringLiteral("order-%1.pcap").arg(i)));
        m.files->add(opened.first());
    }
    // The menu follows at once; the disk once each write has landed, the last one last.
    QCOMPARE(m.files->files(), opened);
    QTRY_COMPARE(stored.count(), 5);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), opened);
    m.files->clear();
    QTRY_COMPARE(stored.count(), 6);
    QVERIFY(!QSettings().contains(QStringLiteral("recentFiles")));
}

void TestRecentFiles::chinesePathOpensAsItWas()
{
    const QString path = makeFile(QStringLiteral("抓包 实验/三次握手.pcapng"));
    QVERIFY(QFileInfo::exists(path));
    {
        Menus m;
        m.files->add(path);
    }
    Menus m;
    QCOMPARE(m.entryTexts(), QStringList{QStringLiteral("三次握手.pcapng")});
    QAction *entry = m.entries().first();
    QVERIFY(entry->isEnabled());
    QCOMPARE(entry->toolTip(), QDir::toNativeSeparators(path));
    QSignalSpy open(m.files.get(), &RecentFiles::openRequested);
    entry->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), path);
}

void TestRecentFiles::fileGoneSinceIsGreyed()
{
    const QString kept = makeFile(QStringLiteral("kept.pcap"));
    const QString gone = makeFile(QStringLiteral("gone.pcap"));
    Menus m;
    QSignalSpy stored(m.files.get(), &RecentFiles::stored);
    m.files->add(gone);
    m.files->add(kept);
    QVERIFY(m.entries()[1]->isEnabled());
    QVERIFY(QFile::remove(gone));
    // As the menu opens, it shows what is there now.
    m.recent.popup(QPoint(0, 0));
    QTRY_VERIFY(m.recent.isVisible());
    m.recent.hide();
    const QList<QAction *> entries = m.entries();
    QCOMPARE(entries.size(), 2); // still listed: it may be back when a USB stick is plugged in again
    QVERIFY(entries[0]->isEnabled());
    QVERIFY(!entries[1]->isEnabled());
    QVERIFY2(entries[1]->toolTip().contains(QLatin1String("no longer there")), qPrintable(entries[1]->toolTip()));
    QVERIFY(entries[1]->toolTip().contains(QDir::toNativeSeparators(gone)));
    // A new start shows it greyed from the first, once the list is on disk.
    QTRY_COMPARE(stored.count(), 2);
    Menus again;
    QVERIFY(!again.entries()[1]->isEnabled());
}

void TestRecentFiles::clearEmptiesListAndMenu()
{
    Menus m;
    QSignalSpy stored(m.files.get(), &RecentFiles::stored);
    m.files->add(makeFile(QStringLiteral("a.pcap")));
    m.files->add(makeFile(QStringLiteral("b.pcap")));
    QCOMPARE(m.entries().size(), 2);
    m.clear.trigger();
    QVERIFY(m.files->files().isEmpty());
    // The writes land in order in the background: the last one removes the key.
    QTRY_COMPARE(stored.count(), 3);
    QVERIFY(!QSettings().contains(QStringLiteral("recentFiles")));
    QVERIFY(m.entries().isEmpty());
    QVERIFY(!m.clear.isEnabled());
    QVERIFY(Menus().entries().isEmpty());
}

void TestRecentFiles::samplesAreTheBundledOnes()
{
    const QDir onDisk(QStringLiteral(TCPLADDER_SOURCE_DIR "/resources/samples"));
    const QStringList names = onDisk.entryList({QStringLiteral("*.pcapng")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        QFAIL("committed test data missing: no bundled samples");
    QCOMPARE(RecentFiles::sampleNames(), names);
    Menus m;
    const QList<QAction *> entries = m.samples.actions();
    QCOMPARE(entries.size(), names.size());
    QSignalSpy requested(m.files.get(), &RecentFiles::sampleRequested);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(entries[i]->toolTip(), names[i]);
        QVERIFY(!entries[i]->text().isEmpty());
        entries[i]->trigger();
        QCOMPARE(requested.last().first().toString(), names[i]);
    }
    // The README's spelling, without the extension, names the same sample.
    const QString name = names.first();
    QCOMPARE(RecentFiles::sampleFileName(QFileInfo(name).completeBaseName()), name);
    QVERIFY(!RecentFiles::hasSample(QStringLiteral("no-such-sample.pcapng")));
    QVERIFY(m.files->unpackSample(QStringLiteral("no-such-sample.pcapng")).isEmpty());
    // Unpacked to a real file libpcap can read, byte for byte the committed one; opened twice, fresh.
    for (int twice = 0; twice < 2; ++twice) {
        const QString copy = m.files->unpackSample(name);
        QVERIFY(!copy.isEmpty());
        QFile unpacked(copy);
        QFile committed(onDisk.filePath(name));
        QVERIFY(unpacked.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
        QCOMPARE(unpacked.readAll(), committed.readAll());
        QVERIFY(m.files->isSample(copy));
    }
    QVERIFY(!m.files->isSample(onDisk.filePath(name)));
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
