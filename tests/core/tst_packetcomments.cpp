// SPDX-License-Identifier: GPL-3.0-or-later
// pcapng packet comments (teacher's notes): read from files Wireshark's editcap wrote, plain and gzip,
// written back by saveCaptureWithComments (checked with tshark), a failed save, and damaged options.
#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse libstdc++'s C++20 <concepts>, which <span> pulls in
#include "tsharkfields.h"
#include "captureindex.h"
#include "commentedsave.h"
#include "packetcomments.h"
#endif

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tcpladder::core;
using tcpladder::testsupport::haveTshark;
using tcpladder::testsupport::tsharkFields;

namespace {

const QString dataDir = QStringLiteral(TCPLADDER_TEST_DATA_DIR);

FrameComments loadComments(const QString &path, std::uint64_t *frames = nullptr)
{
    CaptureIndex index;
    std::string error;
    if (loadFile(path.toStdString(), index, error) != LoadResult::Ok)
        qWarning("%s", error.c_str());
    if (frames)
        *frames = index.frames();
    return index.packetComments();
}

// The comments make_commented.sh gave editcap.
FrameComments editcapComments()
{
    return {{1, {"The client opens: SYN, its ISN is random"}},
            {2, {"SYN-ACK：服务器的初始序号，Ack = 客户端 ISN + 1"}},
            {8, {"The client closes first"}}};
}

void appendU32(QByteArray &out, std::uint32_t value)
{
    out.append(reinterpret_cast<const char *>(&value), 4);
}

void appendOption(QByteArray &out, std::uint16_t code, std::uint16_t length, const QByteArray &value)
{
    out.append(reinterpret_cast<const char *>(&code), 2);
    out.append(reinterpret_cast<const char *>(&length), 2);
    out.append(value);
    while (out.size() % 4)
        out.append('\0');
}

// An Enhanced Packet Block (host byte order, little-endian on every CI machine) with 4 bytes of data.
QByteArray packetBlock(const QByteArray &options, std::uint32_t capturedLength = 4)
{
    QByteArray body;
    appendU32(body, 0);
    appendU32(body, 0);
    appendU32(body, 0);
    appendU32(body, capturedLength);
    appendU32(body, 4);
    body.append("abcd");
    body.append(options);
    QByteArray block;
    appendU32(block, 6);
    appendU32(block, static_cast<std::uint32_t>(body.size() + 12));
    block.append(body);
    appendU32(block, static_cast<std::uint32_t>(body.size() + 12));
    return block;
}

std::vector<std::string> commentsOf(const QByteArray &block)
{
    return commentsOfPacketBlock(
        {reinterpret_cast<const std::uint8_t *>(block.constData()), static_cast<std::size_t>(block.size())}, false);
}

} // namespace

class TestPacketComments : public QObject
{
    Q_OBJECT

private slots:
    void readsEditcapComments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pcapng") << QStringLiteral("commented.pcapng");
        QTest::newRow("pcapng.gz") << QStringLiteral("commented.pcapng.gz");
    }

    void readsEditcapComments()
    {
        QFETCH(QString, file);
        QCOMPARE(loadComments(dataDir + u'/' + file), editcapComments());
    }

    void tsharkAgrees()
    {
        if (!haveTshark())
            QSKIP("tshark is not installed");
        const auto rows = tsharkFields(dataDir + QStringLiteral("/commented.pcapng"), QStringLiteral("frame.comment"),
                                       {QStringLiteral("frame.comment")});
        const FrameComments ours = loadComments(dataDir + QStringLiteral("/commented.pcapng"));
        QCOMPARE(rows.size(), ours.size());
        for (const QStringList &row : rows) {
            const auto found = ours.find(row.at(0).toUInt());
            QVERIFY(found != ours.end());
            QCOMPARE(QString::fromStdString(found->second.front()), row.at(1));
        }
    }

    void damagedOptionsInAFile()
    {
        // commented.pcapng with the option lengths of frames 1 and 8 overrunning their blocks (a fuzz seed).
        const QString seed = QStringLiteral(
            TCPLADDER_SOURCE_DIR "/tests/fuzz/regressions/fuzz_capture/pcapng-comment-option-overruns-block.pcapng");
        std::uint64_t frames = 0;
        const FrameComments comments = loadComments(seed, &frames);
        QCOMPARE(frames, std::uint64_t{10});
        QCOMPARE(comments, (FrameComments{{2, editcapComments().at(2)}}));
    }

    void filesWithoutCommentsHaveNone()
    {
        QVERIFY(loadComments(dataDir + QStringLiteral("/client-close-nano.pcapng")).empty());
        QVERIFY(loadComments(dataDir + QStringLiteral("/client-close.pcap")).empty());
    }

    void saveReplacesKeepsAndRemoves()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("saved.pcapng"));
        const FrameComments edits = {{1, {"edited note"}}, {3, {"first", "第二"}}, {8, {}}};
        std::string error;
        QVERIFY2(saveCaptureWithComments((dataDir + QStringLiteral("/commented.pcapng.gz")).toStdString(),
                                         target.toStdString(), edits, error),
                 error.c_str());
        std::uint64_t frames = 0;
        const FrameComments expected = {{1, {"edited note"}}, {2, editcapComments().at(2)}, {3, {"first", "第二"}}};
        QCOMPARE(loadComments(target, &frames), expected);
        QCOMPARE(frames, std::uint64_t{10});
        QVERIFY(!QFile::exists(target + QStringLiteral(".saving")));
        if (haveTshark()) {
            const auto rows = tsharkFields(target, QStringLiteral("frame.comment"), {QStringLiteral("frame.comment")});
            QCOMPARE(rows.size(), std::size_t{3});
            QCOMPARE(rows.at(0).at(1), QStringLiteral("edited note"));
            QCOMPARE(rows.at(2).at(1), QStringLiteral("first,第二")); // tshark joins a frame's comments with commas
        }
    }

    void pcapBecomesPcapngWithComments()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("from-pcap.pcapng"));
        std::string error;
        QVERIFY2(saveCaptureWithComments((dataDir + QStringLiteral("/client-close.pcap")).toStdString(),
                                         target.toStdString(), {{4, {"request"}}}, error),
                 error.c_str());
        QCOMPARE(loadComments(target), (FrameComments{{4, {"request"}}}));
    }

    void failedSaveKeepsTheOriginal()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.pcapng"));
        QVERIFY(QFile::copy(dataDir + QStringLiteral("/commented.pcapng"), original));
        const QByteArray before = [&] {
            QFile f(original);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        std::string error;
        const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/saved.pcapng"));
        QVERIFY(!saveCaptureWithComments(original.toStdString(), nowhere.toStdString(), {{1, {"x"}}}, error));
        QVERIFY(!error.empty());
        QVERIFY(!QFile::exists(nowhere));
        QFile after(original);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void savingOverTheSourceWhenAsked()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("same.pcapng"));
        QVERIFY(QFile::copy(dataDir + QStringLiteral("/commented.pcapng"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        std::string error;
        QVERIFY2(saveCaptureWithComments(file.toStdString(), file.toStdString(), {{1, {}}}, error), error.c_str());
        FrameComments expected = editcapComments();
        expected.erase(1);
        QCOMPARE(loadComments(file), expected);
    }

    void damagedOptions_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<int>("comments");
        QByteArray good;
        appendOption(good, 1, 5, "hello");
        QTest::newRow("one comment") << packetBlock(good) << 1;
        QByteArray overlong;
        appendOption(overlong, 1, 2, "ok");
        appendOption(overlong, 1, 400, "cut");
        QTest::newRow("option longer than the block") << packetBlock(overlong) << 1;
        QTest::newRow("caplen beyond the block") << packetBlock(good, 0xFFFFFFF0u) << 0;
        QTest::newRow("cut inside an option header") << packetBlock(good).left(34) << 0;
        QTest::newRow("empty") << QByteArray() << 0;
        QByteArray ended;
        appendOption(ended, 0, 0, {});
        appendOption(ended, 1, 5, "after");
        QTest::newRow("comment after opt_endofopt") << packetBlock(ended) << 0;
    }

    void damagedOptions()
    {
        QFETCH(QByteArray, block);
        QFETCH(int, comments);
        QCOMPARE(static_cast<int>(commentsOf(block).size()), comments);
    }
};

QTEST_GUILESS_MAIN(TestPacketComments)
#include "tst_packetcomments.moc"
