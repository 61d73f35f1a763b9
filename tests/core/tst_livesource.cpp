// SPDX-License-Identifier: GPL-3.0-or-later
// Real live capture on the loopback interface: a TCP connection made by this test's own sockets is
// captured with a BPF filter, tracked, and spooled to pcapng; the spool must read back the same.
// Needs root or cap_net_raw; with TCPLADDER_REQUIRE_LIVE=1 (CI) a capture we cannot open fails.
#include "loopback.h"
#include "captureindex.h"
#include "livesource.h"
#include "pcapngwriter.h"
#include "tcpflags.h"

#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace tcpladder::core;
using tcpladder::testsupport::BulkTransfer;
using tcpladder::testsupport::connectTo;
using tcpladder::testsupport::Listener;
using tcpladder::testsupport::liveRequired;

namespace {

// Captures on a thread, like the app's worker: frames go to the index and to the spool file.
class CaptureThread
{
public:
    bool start(const LiveOptions &options, const QString &spoolPath, std::string &error)
    {
        if (!m_source.open(options, error))
            return false;
        if (!m_writer.open(spoolPath.toStdString(), m_source.linkType(), m_source.snapLength(), options.interfaceName,
                           error))
            return false;
        m_thread = std::thread([this] {
            const std::function<void(const RawFrame &)> onFrame = [this](const RawFrame &frame) {
                RawFrame spooled = frame;
                spooled.fileOffset = m_writer.bytesWritten();
                m_writer.write(frame);
                m_index.addFrame(spooled);
                const auto &segments = m_index.tracker().segments();
                if (!segments.empty() && segments.back().has(FlagFin))
                    ++m_fins;
                m_framesAfterSecondFin += m_fins >= 2 ? 1 : 0;
                ++m_frames;
            };
            std::string dispatchError;
            while (m_source.dispatch(onFrame, dispatchError) == LiveSource::Status::Ok)
                m_writer.flush();
            m_writer.close();
        });
        return true;
    }

    void stop()
    {
        m_source.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    ~CaptureThread() { stop(); }
    const CaptureIndex &index() const { return m_index; }
    // Readable while capturing, so a test waits for what it needs instead of for a fixed time.
    int frames() const { return m_frames; }
    // Frames captured after the second FIN (its ACK): the connection's close is complete.
    int framesAfterSecondFin() const { return m_framesAfterSecondFin; }
    CaptureStats stats() const { return m_source.stats(); }

private:
    LiveSource m_source;
    PcapngWriter m_writer;
    CaptureIndex m_index;
    std::thread m_thread;
    std::atomic<int> m_frames{0};
    std::atomic<int> m_fins{0};
    std::atomic<int> m_framesAfterSecondFin{0};
};

} // namespace

class TestLiveSource : public QObject
{
    Q_OBJECT

private slots:
    void capturesARealConnectionAndSpoolsIt()
    {
        Listener listener;
        QTemporaryDir dir;
        const QString spool = dir.filePath("spool.pcapng");
        LiveOptions options;
        options.interfaceName = "lo";
        options.filter = "tcp port " + std::to_string(listener.port);
        CaptureThread capture;
        std::string error;
        if (!capture.start(options, spool, error)) {
            if (liveRequired())
                QFAIL(error.c_str());
            QSKIP(error.c_str());
        }
        // Packets are captured from the moment start() returns: the kernel buffers them for the thread.
        const int client = connectTo(listener.port);
        QVERIFY(client >= 0);
        const int server = ::accept(listener.fd, nullptr, nullptr);
        QVERIFY(server >= 0);
        QCOMPARE(::send(client, "GET / HTTP/1.0\r\n\r\n", 18, 0), ssize_t(18));
        char buffer[64];
        QCOMPARE(::recv(server, buffer, sizeof buffer, 0), ssize_t(18));
        QCOMPARE(::send(server, "hello", 5, 0), ssize_t(5));
        QCOMPARE(::recv(client, buffer, sizeof buffer, 0), ssize_t(5));
        ::close(client); // the client closes first...
        QCOMPARE(::recv(server, buffer, sizeof buffer, 0), ssize_t(0));
        ::close(server);                                                      // ...and the server follows
        QTRY_VERIFY_WITH_TIMEOUT(capture.framesAfterSecondFin() >= 1, 10000); // the last ACK is in
        capture.stop();

        const auto &tracker = capture.index().tracker();
        QCOMPARE(tracker.streams().size(), std::size_t(1));
        const Stream &stream = tracker.streams().front();
        QCOMPARE(stream.server.port, listener.port);
        QCOMPARE(toString(stream.analyzer.open()), std::string_view("complete"));
        QCOMPARE(toString(stream.analyzer.close()), std::string_view("fin"));
        QVERIFY(stream.analyzer.firstFin() == Side::Client);
        QCOMPARE(stream.payloadClientToServer, std::uint64_t(18));
        QCOMPARE(stream.payloadServerToClient, std::uint64_t(5));
        const auto &segments = tracker.segments();
        QCOMPARE(flagsToString(segments[stream.segments[0]].flags), std::string("SYN"));
        QCOMPARE(flagsToString(segments[stream.segments[1]].flags), std::string("SYN, ACK"));
        QCOMPARE(flagsToString(segments[stream.segments[2]].flags), std::string("ACK"));
        QCOMPARE(capture.stats().dropped, std::uint64_t(0));

        // The spool is a valid pcapng with the same connection, frame for frame.
        CaptureIndex reread;
        QVERIFY(loadFile(spool.toStdString(), reread, error) == LoadResult::Ok);
        QVERIFY2(reread.warnings().empty(), reread.warnings().empty() ? "" : reread.warnings().front().c_str());
        QCOMPARE(reread.frames(), capture.index().frames());
        const auto &again = reread.tracker().streams();
        QCOMPARE(again.size(), std::size_t(1));
        QCOMPARE(again.front().segments.size(), stream.segments.size());
        QVERIFY(again.front().analyzer.teardownSegments() == stream.analyzer.teardownSegments());
        for (std::size_t i = 0; i < stream.segments.size(); ++i) {
            const Segment &a = segments[stream.segments[i]];
            const Segment &b = reread.tracker().segments()[again.front().segments[i]];
            QCOMPARE(b.flags, a.flags);
            QCOMPARE(b.seq, a.seq);
            QCOMPARE(b.ack, a.ack);
            QCOMPARE(b.timeNs, a.timeNs);
            QCOMPARE(b.fileOffset, a.fileOffset); // the detail view re-reads frames by this offset
        }
    }

    void stoppingMidTransferLeavesAReadableFile()
    {
        Listener listener;
        QTemporaryDir dir;
        const QString spool = dir.filePath("stopped.pcapng");
        LiveOptions options;
        options.interfaceName = "lo";
        options.filter = "tcp port " + std::to_string(listener.port);
        CaptureThread capture;
        std::string error;
        if (!capture.start(options, spool, error)) {
            if (liveRequired())
                QFAIL(error.c_str());
            QSKIP(error.c_str());
        }
        BulkTransfer transfer(listener);
        QVERIFY(transfer.connected());
        QTRY_VERIFY_WITH_TIMEOUT(capture.frames() > 100, 10000);
        capture.stop(); // mid-transfer
        transfer.stop();

        CaptureIndex reread;
        QVERIFY(loadFile(spool.toStdString(), reread, error) == LoadResult::Ok);
        QVERIFY(reread.warnings().empty());
        QVERIFY(reread.frames() > 10);
        QCOMPARE(reread.frames(), capture.index().frames());
    }

    void invalidFilterIsAnErrorNotACrash()
    {
        LiveSource source;
        LiveOptions options;
        options.interfaceName = "lo";
        options.filter = "tcp port eighty";
        std::string error;
        QVERIFY(!source.open(options, error));
        if (!liveRequired() && error.find("permission") != std::string::npos)
            QSKIP("no capture permission");
        QVERIFY2(error.find("Invalid capture filter") != std::string::npos, error.c_str());
    }

    void unknownInterfaceIsNamed()
    {
        LiveSource source;
        LiveOptions options;
        options.interfaceName = "nosuchif0";
        std::string error;
        QVERIFY(!source.open(options, error));
        QVERIFY2(error.find("nosuchif0") != std::string::npos, error.c_str());
    }

    void filterValidation_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("host") << "host 61.167.60.70" << true;
        QTest::newRow("port") << "tcp port 443" << true;
        QTest::newRow("combined") << "tcp and (port 80 or port 443)" << true;
        QTest::newRow("typo") << "tcp prot 80" << false;
        QTest::newRow("bad address") << "host 300.1.1.1" << false;
        QTest::newRow("display filter syntax") << "ip.addr == 1.2.3.4" << false;
    }

    void filterValidation()
    {
        QFETCH(QString, filter);
        QFETCH(bool, valid);
        std::string error;
        QCOMPARE(validateCaptureFilter(filter.toStdString(), 1 /* Ethernet */, error), valid);
        QCOMPARE(error.empty(), valid);
    }

    void interfacesIncludeLoopback()
    {
        std::vector<InterfaceInfo> interfaces;
        std::string error;
        QVERIFY2(listInterfaces(interfaces, error), error.c_str());
        const auto lo =
            std::find_if(interfaces.begin(), interfaces.end(), [](const InterfaceInfo &i) { return i.name == "lo"; });
        QVERIFY(lo != interfaces.end());
        QVERIFY(lo->loopback);
        QVERIFY(std::find(lo->addresses.begin(), lo->addresses.end(), "127.0.0.1") != lo->addresses.end());
    }
};

QTEST_MAIN(TestLiveSource)
#include "tst_livesource.moc"
