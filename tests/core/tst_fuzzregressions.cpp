// SPDX-License-Identifier: GPL-3.0-or-later
// Every input the fuzzers ever broke the core with (tests/fuzz/regressions/<target>/), replayed in
// the normal build the same way the fuzz target reads it, plus what each fix promised.
#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse libstdc++'s C++20 <concepts>, which <span> pulls in
#include "../fuzz/fuzzinput.h"
#include "captureindex.h"
#include "decoder.h"
#include "displayfilter.h"
#include "packetsource.h"
#endif

#include <QDir>
#include <QFile>
#include <QtTest>

#include <limits>

using namespace tcpladder;

namespace {

const QString regressions = QStringLiteral(TCPLADDER_SOURCE_DIR "/tests/fuzz/regressions/");

QStringList inputsOf(const QString &target)
{
    QStringList paths;
    const QDir dir(regressions + target);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String(".md"))) // a README keeps an empty directory in git
            paths << dir.filePath(name);
    }
    return paths;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Times must stay where every later difference of two of them fits in 64 bits (see FileSource::next).
void verifyTimes(const core::CaptureIndex &index)
{
    constexpr std::int64_t latest = 9'000'000'000LL * 1'000'000'000LL + 999'999'999LL;
    for (const auto &segment : index.tracker().segments()) {
        QVERIFY2(segment.timeNs >= 0 && segment.timeNs <= latest, qPrintable(QString::number(segment.timeNs)));
    }
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void captures_data();
    void captures();
    void frames_data();
    void frames();
    void filters_data();
    void filters();
    void deepFilters_data();
    void deepFilters();
};

void TestFuzzRegressions::captures_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = inputsOf("fuzz_capture");
    QVERIFY(!paths.isEmpty()); // the directory holds at least the first finding
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestFuzzRegressions::captures()
{
    QFETCH(QString, path);
    core::CaptureIndex index;
    std::string error;
    const auto result = core::loadFile(path.toStdString(), index, error);
    if (result == core::LoadResult::Failed) {
        QVERIFY2(!error.empty(), "a failure must say why");
        return;
    }
    QCOMPARE(result, core::LoadResult::Ok);
    QVERIFY(index.tcpSegments() <= index.frames());
    verifyTimes(index);
    // The detail view re-reads frames by the offsets of the first pass (a frame after a block
    // libpcap skips once could not be re-read).
    for (const auto &segment : index.tracker().segments()) {
        std::vector<std::uint8_t> bytes;
        int linkType = 0;
        QVERIFY2(core::FileSource::readFrameAt(path.toStdString(), segment.fileOffset, segment.frame, bytes, linkType,
                                               error),
                 error.c_str());
    }
    std::size_t rows = 0;
    fuzz::exerciseLadders(index, [&](const core::ConnectionLadder &ladder) { rows += ladder.rows.size(); });
    QVERIFY(rows <= index.tcpSegments());
}

void TestFuzzRegressions::frames_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = inputsOf("fuzz_frames");
    QVERIFY(!paths.isEmpty()); // at least the frames of real captures
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestFuzzRegressions::frames()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    core::CaptureIndex index;
    std::uint64_t frames = 0;
    fuzz::forEachFrame(
        std::span(reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())),
        [&](const core::RawFrame &frame) {
            ++frames;
            index.addFrame(frame);
            core::DecodedTcp tcp;
            const auto status = core::decodeFrame(frame.linkType, frame.data, tcp);
            if (status == core::DecodeStatus::Tcp) {
                // The payload view must lie inside the frame it was decoded from.
                QVERIFY(tcp.payload.empty()
                        || (tcp.payload.data() >= frame.data.data()
                            && tcp.payload.data() + tcp.payload.size() <= frame.data.data() + frame.data.size()));
            }
        });
    QCOMPARE(index.frames(), frames);
    verifyTimes(index);
    fuzz::exerciseLadders(index, [](const core::ConnectionLadder &) {});
}

void TestFuzzRegressions::filters_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = inputsOf("fuzz_filter");
    QVERIFY(!paths.isEmpty());
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestFuzzRegressions::filters()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    core::FilterError error;
    const auto filter = core::DisplayFilter::compile(text, error);
    if (!filter) {
        QVERIFY(!error.message.empty());
        QVERIFY(error.position <= text.size());
        QVERIFY(error.length <= text.size() - error.position);
        return;
    }
    core::CaptureIndex index;
    std::string loadError;
    QCOMPARE(core::loadFile(TCPLADDER_TEST_DATA_DIR "/port-reuse.pcap", index, loadError), core::LoadResult::Ok);
    const auto &segments = index.tracker().segments();
    for (const auto &stream : index.tracker().streams()) {
        static_cast<void>(filter->matchesStream(stream, segments));
        for (const std::uint32_t s : stream.segments)
            static_cast<void>(filter->matchesSegment(stream, segments[s]));
    }
}

// Parsing, evaluating and freeing a filter recurse: 200000 `!` or `(` overflowed the stack of the
// filter bar. Built here rather than stored, since only a huge input shows the crash.
void TestFuzzRegressions::deepFilters_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addColumn<QString>("join");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("100 nots") << 100 << "!"
                              << ""
                              << "" << true;
    QTest::newRow("200000 nots") << 200000 << "!"
                                 << ""
                                 << "" << false;
    QTest::newRow("100 parentheses") << 100 << "("
                                     << ")"
                                     << "" << true;
    QTest::newRow("200000 parentheses") << 200000 << "("
                                        << ")"
                                        << "" << false;
    QTest::newRow("1001 conditions") << 1001 << ""
                                     << ""
                                     << " or " << true;
    QTest::newRow("200000 conditions") << 200000 << ""
                                       << ""
                                       << " && " << false;
}

void TestFuzzRegressions::deepFilters()
{
    QFETCH(int, depth);
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(QString, join);
    QFETCH(bool, accepted);
    std::string text;
    if (join.isEmpty()) {
        for (int i = 0; i < depth; ++i)
            text += open.toStdString();
        text += "tcp.port == 80";
        for (int i = 0; i < depth; ++i)
            text += close.toStdString();
    } else {
        for (int i = 0; i < depth; ++i)
            text += (i ? join.toStdString() : std::string()) + "tcp.port == " + std::to_string(i % 65536);
    }
    core::FilterError error;
    const auto filter = core::DisplayFilter::compile(text, error);
    QCOMPARE(filter.has_value(), accepted);
    if (accepted) {
        core::Stream stream;
        core::Segment segment;
        static_cast<void>(filter->matchesSegment(stream, segment));
        return;
    }
    QVERIFY2(error.message.find("at most") != std::string::npos, error.message.c_str());
    QVERIFY(error.position < text.size()); // the caret points at the first token past the limit
}

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
