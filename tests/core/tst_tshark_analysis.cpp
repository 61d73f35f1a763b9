// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test of the tcp.analysis.* flags and fields (ladder --json's notes, dup_ack_of, sack,
// ack_rtt, bytes_in_flight): per frame against tshark 4.0, over tests/data and the shared corpus.

#include "captureindex.h"
#include "corpus.h"
#include "tsharkfields.h"
#include "segment.h"
#include "tcpanalysis.h"
#include "tcpflags.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <map>

using namespace tcpladder::core;

namespace {

// tshark's flag fields, in the order of the -e arguments after the frame number and stream.
const std::pair<const char *, std::uint32_t> kFlags[] = {
    {"retransmission", SeqRetransmission | SeqFastRetransmission | SeqSpuriousRetransmission},
    {"fast_retransmission", SeqFastRetransmission},
    {"spurious_retransmission", SeqSpuriousRetransmission},
    {"out_of_order", SeqOutOfOrder},
    {"lost_segment", SeqLostSegment},
    {"ack_lost_segment", SeqAckLostSegment},
    {"duplicate_ack", SeqDuplicateAck},
    {"window_update", SeqWindowUpdate},
    {"window_full", SeqWindowFull},
    {"zero_window", SeqZeroWindow},
    {"zero_window_probe", SeqZeroWindowProbe},
    {"zero_window_probe_ack", SeqZeroWindowProbeAck},
    {"keep_alive", SeqKeepAlive},
    {"keep_alive_ack", SeqKeepAliveAck},
    {"reused_ports", SeqReusedPorts},
};
constexpr int kFlagCount = int(std::size(kFlags));

// Corpus captures whose TCP headers are damaged on purpose (as listed in tst_tshark_diff): tshark
// skips parts of its analysis on them (e.g. no bytes in flight after a bogus header length or
// reserved flag bits), which says nothing about the analysis of well-formed segments.
const char *const kDamagedTcp[] = {
    "babel_update_oobr.pcap",
    "beep-oobr.pcap",
    "bgp_pmsi_tunnel-oobr.pcap",
    "bgp_vpn_rt-oobr.pcap",
    "bgp_mp_reach_nlri-oobr.pcap",
    "heapoverflow-tcp_print.pcap",
    "tcp-auth-heapoverflow.pcap",
    "bgp-bgp_capabilities_print-oobr-1.pcap",
    "bgp-bgp_capabilities_print-oobr-2.pcap",
    "rpki-rtr-oobr.pcap",
    "kday4.pcap",
    "kday7.pcap",
};

struct Expected
{
    std::uint32_t stream = 0;
    std::uint32_t flags = 0; // bit i: kFlags[i] set by tshark
    std::uint32_t dupAckOf = 0;
    std::vector<std::array<std::uint32_t, 2>> sack;
    std::int64_t ackRttNs = -1;
    bool ackRttInvalid = false; // the capture's timestamps are invalid: not comparable
    std::int64_t bytesInFlight = -1;
};

struct Tally
{
    qint64 both = 0;
    qint64 oursOnly = 0;
    qint64 theirsOnly = 0;
    double precision() const { return both + oursOnly ? double(both) / double(both + oursOnly) : 1.0; }
    double recall() const { return both + theirsOnly ? double(both) / double(both + theirsOnly) : 1.0; }
};

// "0.030542000" -> 30542000 ns, exactly (no floating point); -1 for what is no valid time span:
// tshark prints e.g. "-0.1000000000" where a capture's own timestamps are invalid (µs >= 10^6).
std::int64_t secondsToNs(const QByteArray &text)
{
    if (text.startsWith('-') || (text.indexOf('.') >= 0 && text.size() - text.indexOf('.') - 1 > 9))
        return -1;
    const qsizetype dot = text.indexOf('.');
    const QByteArray whole = dot < 0 ? text : text.left(dot);
    QByteArray fraction = dot < 0 ? QByteArray() : text.mid(dot + 1);
    fraction = fraction.leftJustified(9, '0', true);
    return whole.toLongLong() * 1'000'000'000 + fraction.toLongLong();
}

std::vector<std::uint32_t> numbers(const QByteArray &text)
{
    std::vector<std::uint32_t> out;
    for (const QByteArray &part : text.split(','))
        if (!part.isEmpty())
            out.push_back(part.toUInt());
    return out;
}

// A capture no Linux stack produces on its own, so that every flag occurs at least once: a window
// filled to its edge, a zero window, a one-byte zero-window probe and its ACK, a window update and a
// spurious retransmission. Raw IPv4 (LINKTYPE_RAW), checksums left 0 (tshark does not check them).
QByteArray zeroWindowProbeCapture()
{
    struct Packet
    {
        bool fromClient;
        std::uint32_t seq;
        std::uint32_t ack;
        std::uint8_t flags;
        std::uint16_t window;
        std::uint16_t length;
    };
    enum : std::uint8_t { Fin = 0x01, Syn = 0x02, Psh = 0x08, Ack = 0x10 };
    const Packet packets[] = {
        {true, 1000, 0, Syn, 64240, 0},
        {false, 5000, 1001, Syn | Ack, 4000, 0},
        {true, 1001, 5001, Ack, 64240, 0},
        {true, 1001, 5001, Ack, 64240, 1000},
        {true, 2001, 5001, Ack, 64240, 1000},
        {true, 3001, 5001, Ack, 64240, 1000},
        {true, 4001, 5001, Psh | Ack, 64240, 1000}, // reaches ack 1001 + window 4000: window full
        {false, 5001, 5001, Ack, 0, 0},             // zero window
        {true, 5001, 5001, Ack, 64240, 1},          // zero-window probe
        {false, 5001, 5001, Ack, 0, 0},             // its ACK
        {false, 5001, 5001, Ack, 8000, 0},          // window update
        {true, 5001, 5001, Psh | Ack, 64240, 1000},
        {true, 2001, 5001, Ack, 64240, 1000}, // already acknowledged: spurious retransmission
        {false, 5001, 6001, Ack, 8000, 0},
        {true, 6001, 5001, Fin | Ack, 64240, 0},
        {false, 5001, 6002, Fin | Ack, 8000, 0},
        {true, 6002, 5002, Ack, 64240, 0},
    };
    QByteArray out;
    const auto put32 = [&out](std::uint32_t v) { out.append(reinterpret_cast<const char *>(&v), 4); };
    const auto put16 = [&out](std::uint16_t v) { out.append(reinterpret_cast<const char *>(&v), 2); };
    put32(0xa1b2c3d4); // pcap, host byte order, microseconds
    put16(2);
    put16(4);
    put32(0);
    put32(0);
    put32(65535);
    put32(101); // LINKTYPE_RAW
    std::uint32_t usec = 0;
    for (const Packet &p : packets) {
        QByteArray frame(40 + p.length, '\0');
        auto *b = reinterpret_cast<std::uint8_t *>(frame.data());
        const auto be16 = [](std::uint8_t *at, std::uint16_t v) { at[0] = v >> 8, at[1] = v & 0xff; };
        const auto be32 = [](std::uint8_t *at, std::uint32_t v) {
            at[0] = v >> 24, at[1] = (v >> 16) & 0xff, at[2] = (v >> 8) & 0xff, at[3] = v & 0xff;
        };
        b[0] = 0x45;
        be16(b + 2, std::uint16_t(frame.size()));
        b[8] = 64;
        b[9] = 6;
        const std::uint8_t client[4] = {192, 0, 2, 10};
        const std::uint8_t server[4] = {192, 0, 2, 80};
        std::memcpy(b + 12, p.fromClient ? client : server, 4);
        std::memcpy(b + 16, p.fromClient ? server : client, 4);
        be16(b + 20, p.fromClient ? 40000 : 8080);
        be16(b + 22, p.fromClient ? 8080 : 40000);
        be32(b + 24, p.seq);
        be32(b + 28, (p.flags & Ack) ? p.ack : 0);
        b[32] = 5 << 4;
        b[33] = p.flags;
        be16(b + 34, p.window);
        usec += 10000;
        put32(1700000000);
        put32(usec);
        put32(std::uint32_t(frame.size()));
        put32(std::uint32_t(frame.size()));
        out.append(frame);
    }
    return out;
}

} // namespace

class TestTsharkAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compareWithTshark();

private:
    QStringList captureFiles() const;
    // False when tshark could not read the file cleanly (the corpus holds damaged files on purpose).
    bool runTshark(const QString &file, std::map<std::uint32_t, Expected> &rows) const;

    QString m_tshark;
    QTemporaryDir m_dir;
    QString m_synthetic; // zeroWindowProbeCapture(), written into m_dir
};

void TestTsharkAnalysis::initTestCase()
{
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    QVERIFY(m_dir.isValid());
    m_synthetic = m_dir.filePath(QStringLiteral("zero-window-probe.pcap"));
    QFile file(m_synthetic);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(zeroWindowProbeCapture()) > 0);
}

QStringList TestTsharkAnalysis::captureFiles() const
{
    // Local investigation: only the listed captures.
    QStringList files = qEnvironmentVariable("TCPLADDER_ANALYSIS_ONLY").split(':', Qt::SkipEmptyParts);
    if (!files.isEmpty())
        return files << m_synthetic;
    QDirIterator it(QStringLiteral(TCPLADDER_TEST_DATA_DIR), {"*.pcap", "*.pcapng", "*.gz"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    files << m_synthetic;
    if (tcpladder::testsupport::corpusAvailable()) {
        QStringList corpus;
        QDirIterator inCorpus(tcpladder::testsupport::corpusPath(), {"*.pcap", "*.pcapng"}, QDir::Files,
                              QDirIterator::Subdirectories);
        while (inCorpus.hasNext())
            corpus << inCorpus.next();
        corpus.sort();
        files << corpus;
    }
    return files;
}

bool TestTsharkAnalysis::runTshark(const QString &file, std::map<std::uint32_t, Expected> &rows) const
{
    QStringList args{"-r", file, "-n", "-T", "fields", "-E", "separator=/t", "-Y", "tcp"};
    args << "-o"
         << "tcp.analyze_sequence_numbers:TRUE"
         << "-o"
         << "tcp.relative_sequence_numbers:TRUE"
         << "-o"
         << "tcp.fastrt_supersedes_ooo:TRUE"
         << "-o"
         << "tcp.track_bytes_in_flight:TRUE";
    args << "-e"
         << "frame.number"
         << "-e"
         << "tcp.stream";
    for (const auto &[name, bits] : kFlags)
        args << "-e" << QStringLiteral("tcp.analysis.%1").arg(QLatin1String(name));
    args << "-e"
         << "tcp.analysis.duplicate_ack_frame"
         << "-e"
         << "tcp.options.sack_le"
         << "-e"
         << "tcp.options.sack_re"
         << "-e"
         << "tcp.analysis.ack_rtt"
         << "-e"
         << "tcp.analysis.bytes_in_flight"
         << "-e"
         << "frame.protocols";
    QProcess process;
    process.start(m_tshark, args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return false;
    const int columns = 2 + kFlagCount + 6;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != columns || f.last().count(":tcp") != 1)
            continue; // an ICMP error quoting a TCP header adds a second TCP layer
        Expected row;
        row.stream = f[1].toUInt();
        for (int i = 0; i < kFlagCount; ++i)
            if (!f[2 + i].isEmpty())
                row.flags |= 1u << i;
        int c = 2 + kFlagCount;
        row.dupAckOf = f[c++].toUInt();
        const auto left = numbers(f[c++]);
        const auto right = numbers(f[c++]);
        for (std::size_t i = 0; i < std::min(left.size(), right.size()); ++i)
            row.sack.push_back({left[i], right[i]});
        if (!f[c].isEmpty()) {
            row.ackRttNs = secondsToNs(f[c]);
            row.ackRttInvalid = row.ackRttNs < 0;
        }
        ++c;
        if (!f[c].isEmpty())
            row.bytesInFlight = f[c].toLongLong();
        rows[f[0].toUInt()] = row;
    }
    return true;
}

void TestTsharkAnalysis::compareWithTshark()
{
    Tally tallies[kFlagCount];
    qint64 fieldChecks[4] = {}; // dup_ack_of, sack, ack_rtt, bytes_in_flight: frames compared
    qint64 fieldMismatches[4] = {};
    const char *const fieldNames[4] = {"dup_ack_of", "sack", "ack_rtt", "bytes_in_flight"};
    const bool kEmitted[4] = {true, true, true, true}; // a field kept out of ladder --json is only reported
    qint64 filesCompared = 0;
    qint64 framesCompared = 0;
    QStringList skipped;

    // One tshark start per file is most of the run time: of the corpus captures that hold TCP, every
    // other one (by sorted name, so the sample is the same on every run) unless TCPLADDER_ANALYSIS_FULL=1.
    const bool full = qEnvironmentVariableIntValue("TCPLADDER_ANALYSIS_FULL") == 1;
    qint64 corpusWithTcp = 0;
    for (const QString &file : captureFiles()) {
        const QString name = QFileInfo(file).fileName();
        CaptureIndex index;
        std::string error;
        if (loadFile(file.toStdString(), index, error) != LoadResult::Ok || index.tcpSegments() == 0)
            continue; // nothing of ours to compare (tst_tshark_diff checks we miss no TCP)
        if (std::find(std::begin(kDamagedTcp), std::end(kDamagedTcp), name.toStdString()) != std::end(kDamagedTcp)) {
            skipped << name + " (TCP header damaged on purpose)";
            continue;
        }
        if (file.startsWith(tcpladder::testsupport::corpusPath()) && corpusWithTcp++ % 2 == 1 && !full)
            continue;
        std::map<std::uint32_t, Expected> expected;
        if (!runTshark(file, expected)) {
            skipped << name + " (tshark cannot read it)";
            continue;
        }
        const auto &segments = index.tracker().segments();
        const auto analysis = analyzeCaptureTcp(file.toStdString(), index.tracker(), {}, error);
        QVERIFY2(error.empty(), qPrintable(file + ": " + QString::fromStdString(error)));

        std::map<std::uint32_t, std::uint32_t> segmentOf; // frame -> segment index
        std::map<std::uint32_t, std::uint32_t> streamOf;
        for (const Stream &stream : index.tracker().streams())
            for (const std::uint32_t i : stream.segments) {
                segmentOf[segments[i].frame] = i;
                streamOf[segments[i].frame] = stream.index;
            }
        // A file whose connections we number differently (TCP in tunnels) cannot be compared frame by frame.
        bool sameStreams = segmentOf.size() == expected.size();
        for (const auto &[frame, row] : expected)
            sameStreams = sameStreams && streamOf.count(frame) && streamOf[frame] == row.stream;
        if (!sameStreams) {
            skipped << name + " (connections numbered unlike tshark: see tst_tshark_diff)";
            continue;
        }
        ++filesCompared;
        for (const auto &[frame, row] : expected) {
            const TcpRowAnalysis &ours = analysis[segmentOf[frame]];
            ++framesCompared;
            if (row.ackRttInvalid)
                qInfo().noquote() << QStringLiteral(
                                         "%1 frame %2: ack_rtt not compared (invalid timestamps in the file)")
                                         .arg(name)
                                         .arg(frame);
            for (int i = 0; i < kFlagCount; ++i) {
                const bool theirs = row.flags & (1u << i);
                const bool mine = ours.flags & kFlags[i].second;
                Tally &t = tallies[i];
                if (theirs && mine)
                    ++t.both;
                else if (mine)
                    ++t.oursOnly;
                else if (theirs)
                    ++t.theirsOnly;
                if (theirs != mine)
                    qInfo().noquote() << QStringLiteral("%1 frame %2: %3 tshark=%4 ours=%5")
                                             .arg(name)
                                             .arg(frame)
                                             .arg(QLatin1String(kFlags[i].first))
                                             .arg(theirs)
                                             .arg(mine);
            }
            const bool fieldOk[4] = {
                row.dupAckOf == ours.dupAckOf,
                row.sack == ours.sack,
                row.ackRttInvalid
                    || ((row.ackRttNs < 0) == (ours.ackRttNs < 0) && std::abs(row.ackRttNs - ours.ackRttNs) < 1000),
                row.bytesInFlight == ours.bytesInFlight,
            };
            const qint64 theirsValue[4] = {row.dupAckOf, qint64(row.sack.size()), row.ackRttNs, row.bytesInFlight};
            const qint64 oursValue[4] = {ours.dupAckOf, qint64(ours.sack.size()), ours.ackRttNs, ours.bytesInFlight};
            for (int k = 0; k < 4; ++k) {
                ++fieldChecks[k];
                if (fieldOk[k])
                    continue;
                // A field not in ladder --json (see kEmitted): its first disagreements only.
                if (++fieldMismatches[k] > 20 && !kEmitted[k])
                    continue;
                qInfo().noquote() << QStringLiteral("%1 frame %2: %3 tshark=%4 ours=%5")
                                         .arg(name)
                                         .arg(frame)
                                         .arg(QLatin1String(fieldNames[k]))
                                         .arg(theirsValue[k])
                                         .arg(oursValue[k]);
            }
        }
    }

    qInfo("files compared: %lld, frames: %lld, files skipped: %lld", filesCompared, framesCompared,
          qint64(skipped.size()));
    for (const QString &s : skipped)
        qInfo().noquote() << "  skipped" << s;
    qInfo("%-24s %8s %8s %8s %9s %7s", "flag", "agree", "ours", "tshark", "precision", "recall");
    for (int i = 0; i < kFlagCount; ++i) {
        const Tally &t = tallies[i];
        qInfo("%-24s %8lld %8lld %8lld %9.4f %7.4f", kFlags[i].first, t.both, t.oursOnly, t.theirsOnly, t.precision(),
              t.recall());
    }
    for (int k = 0; k < 4; ++k)
        qInfo("%-16s frames %lld, mismatches %lld", fieldNames[k], fieldChecks[k], fieldMismatches[k]);

    QVERIFY2(framesCompared > 0, "no frames were compared");
    // Every flag must have been seen where tshark sees it, or its figures would prove nothing.
    for (int i = 0; i < kFlagCount && !qEnvironmentVariableIsSet("TCPLADDER_ANALYSIS_ONLY"); ++i)
        QVERIFY2(tallies[i].both > 0, qPrintable(QStringLiteral("no %1 in any capture").arg(kFlags[i].first)));
    for (int i = 0; i < kFlagCount; ++i) {
        const Tally &t = tallies[i];
        QVERIFY2(t.precision() >= 0.99 && t.recall() >= 0.99,
                 qPrintable(QStringLiteral("%1: precision %2, recall %3")
                                .arg(QLatin1String(kFlags[i].first))
                                .arg(t.precision())
                                .arg(t.recall())));
    }
    for (int k = 0; k < 4; ++k)
        QVERIFY2(fieldMismatches[k] == 0 || !kEmitted[k],
                 qPrintable(QStringLiteral("%1 differs from tshark").arg(fieldNames[k])));
}

QTEST_MAIN(TestTsharkAnalysis)
#include "tst_tshark_analysis.moc"
