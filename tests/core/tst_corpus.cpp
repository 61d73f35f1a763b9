// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: every capture of libpcap's and tcpdump's test suites (truncated records, absurd
// lengths, odd link types, broken pcapng blocks) goes through the whole loading path.
#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse libstdc++'s C++20 <concepts>, which <span> pulls in
#include "captureindex.h"
#include "corpus.h"
#endif

#include <QDirIterator>
#include <QElapsedTimer>
#include <QtTest>

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void loadEveryFile();
};

void TestCorpus::loadEveryFile()
{
    const QString root = QStringLiteral(TCPLADDER_SHARED_DIR "/corpus");
    TCPLADDER_SKIP_WITHOUT_CORPUS();

    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(".md") && !path.endsWith("LICENSE"))
            files << path;
    }
    files.sort();
    QVERIFY2(files.size() > 100, "the corpus looks incomplete");

    int opened = 0, failed = 0, withWarnings = 0;
    std::uint64_t frames = 0, segments = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : std::as_const(files)) {
        tcpladder::core::CaptureIndex index;
        std::string error;
        const auto result = tcpladder::core::loadFile(path.toStdString(), index, error);
        if (result == tcpladder::core::LoadResult::Failed) {
            ++failed;
            QVERIFY2(!error.empty(), qPrintable(path + " failed without a message"));
            QVERIFY2(error.find(path.toStdString()) != std::string::npos, error.c_str());
            continue;
        }
        QCOMPARE(result, tcpladder::core::LoadResult::Ok);
        ++opened;
        frames += index.frames();
        segments += index.tcpSegments();
        const auto warnings = index.warnings();
        if (!warnings.empty())
            ++withWarnings;
        for (const auto &w : warnings)
            QVERIFY2(!w.empty(), qPrintable(path));
        QVERIFY(index.tcpSegments() <= index.frames());
    }
    qInfo("%lld files: %d opened (%d with warnings), %d failed; %llu frames, %llu TCP segments, %lld ms",
          qlonglong(files.size()), opened, withWarnings, failed, qulonglong(frames), qulonglong(segments),
          qlonglong(timer.elapsed()));
    QCOMPARE(opened + failed, int(files.size()));
    QVERIFY(opened > failed); // most of the corpus is readable; a regression in the reader shows here
}

QTEST_MAIN(TestCorpus)
#include "tst_corpus.moc"
