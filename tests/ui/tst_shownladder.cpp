// SPDX-License-Identifier: GPL-3.0-or-later
// ShownLadder without the main window: the ladder asked for is the connection tshark sees, shared by
// the view, the graph and the details pane; an answer to a replaced request is dropped; the selected
// row's frame reaches the details pane; tshark's loss analysis follows; a grown ladder keeps its row.
#include "capturesession.h"
#include "captureworker.h"
#include "framedissector.h"
#include "ladderview.h"
#include "packetdetailsview.h"
#include "seqanalysis.h"
#include "sequencegraph.h"
#include "shownladder.h"
#include "tsharkfields.h"
#include "viewssettled.h"
#include "viewworker.h"

#include <QSignalSpy>
#include <QThread>
#include <QTreeWidget>
#include <QtTest>

#include <pcap/pcap.h>

#include <memory>

using namespace tcpladder;

namespace {

const QString ManyConnections = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap"); // 10 connections
const QString ClientClose = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap");         // 1, 10 packets
const QString LossyBulk = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");             // 6 retransmissions

// tshark's frame numbers of the packets `filter` keeps, in capture order.
QList<quint32> tsharkFrames(const QString &file, const QString &filter)
{
    QList<quint32> frames;
    for (const QStringList &row : testsupport::tsharkFields(file, filter))
        frames << row.first().toUInt();
    return frames;
}

QList<quint32> ladderFrames(const core::ConnectionLadder &ladder)
{
    QList<quint32> frames;
    for (const core::StreamRow &row : ladder.rows)
        frames << row.segment.frame;
    return frames;
}

// Frame `number` (1-based) as libpcap reads it: the oracle for the bytes the details pane shows.
QByteArray frameBytes(const QString &path, quint32 number)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *in = pcap_open_offline(QFile::encodeName(path).constData(), errbuf);
    if (!in)
        return {};
    QByteArray bytes;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    for (quint32 frame = 1; pcap_next_ex(in, &header, &data) == 1; ++frame) {
        if (frame == number) {
            bytes = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(header->caplen));
            break;
        }
    }
    pcap_close(in);
    return bytes;
}

} // namespace

class TestShownLadder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void showsTheConnectionTsharkSees();
    void answerToAReplacedRequestIsDropped();
    void selectedRowsFrameReachesTheDetails();
    void lossAnalysisFollowsTheShownLadder();
    void grownLadderKeepsItsRow();
    void clearDropsTheLadderOnItsWay();

private:
    bool load(const QString &path);
    bool showAndWait(quint32 stream);

    QString m_tshark;
    // Declared in the order they are made: ShownLadder goes first, the capture it reads last.
    std::unique_ptr<capture::CaptureSession> m_session;
    std::unique_ptr<capture::ViewWorker> m_views;
    std::unique_ptr<ui::LadderView> m_view;
    std::unique_ptr<ui::SequenceGraph> m_graph;
    std::unique_ptr<ui::PacketDetailsView> m_details;
    std::unique_ptr<ui::ShownLadder> m_shown;
    QString m_path;
};

void TestShownLadder::initTestCase()
{
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
}

void TestShownLadder::cleanup()
{
    m_shown.reset();
    m_details.reset();
    m_graph.reset();
    m_view.reset();
    m_views.reset();
    m_session.reset();
}

bool TestShownLadder::load(const QString &path)
{
    m_path = path;
    m_session = std::make_unique<capture::CaptureSession>();
    m_views = std::make_unique<capture::ViewWorker>(m_session->worker());
    m_view = std::make_unique<ui::LadderView>();
    m_graph = std::make_unique<ui::SequenceGraph>();
    m_details = std::make_unique<ui::PacketDetailsView>();
    m_shown = std::make_unique<ui::ShownLadder>(
        m_views.get(), [this] { return m_path; }, m_view.get(), m_graph.get(), m_details.get());
    m_view->resize(800, 600);
    m_view->show();
    // The spy hears the worker on its own thread: finished may be recorded before anything waits for it.
    QSignalSpy finished(m_session->worker(), &capture::CaptureWorker::finished);
    m_session->worker()->openFile(path);
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000)
        && finished.first().at(1).value<capture::LoadOutcome>().status == capture::LoadStatus::Ok;
}

bool TestShownLadder::showAndWait(quint32 stream)
{
    QSignalSpy shown(m_shown.get(), &ui::ShownLadder::ladderShown);
    m_shown->show(stream);
    return viewsSettled(*m_views) && shown.count() == 1 && shown.first().at(0).toUInt() == stream;
}

void TestShownLadder::showsTheConnectionTsharkSees()
{
    QVERIFY(load(ManyConnections));
    const QList<quint32> expected = tsharkFrames(ManyConnections, QStringLiteral("tcp.stream == 4"));
    QCOMPARE(expected.size(), 10); // the committed capture: 10 packets per connection
    QSignalSpy changed(m_shown.get(), &ui::ShownLadder::ladderChanged);
    QVERIFY(showAndWait(4));
    QCOMPARE(changed.count(), 1);
    const core::SharedLadder &ladder = m_shown->ladder();
    QVERIFY(ladder);
    QCOMPARE(ladder->streamIndex, 4u);
    QCOMPARE(ladderFrames(*ladder), expected);
    // One ladder, shared: the view and the graph hold the very object, not copies.
    QCOMPARE(m_view->sharedLadder().get(), ladder.get());
    QCOMPARE(m_graph->sharedLadder().get(), ladder.get());
    // A new selection starts at its first row, whose frame the details pane shows.
    QCOMPARE(m_view->currentRow(), 0);
    QCOMPARE(m_details->shownRow(), 0);
    QCOMPARE(m_details->tree()->topLevelItem(0)->text(0), QStringLiteral("Frame %1").arg(expected.first()));
}

void TestShownLadder::answerToAReplacedRequestIsDropped()
{
    QVERIFY(load(ManyConnections));
    QSignalSpy shown(m_shown.get(), &ui::ShownLadder::ladderShown);
    // Both asked for before either answer can be delivered: only the second may be shown.
    m_shown->show(3);
    m_shown->show(6);
    QVERIFY(viewsSettled(*m_views));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(0).toUInt(), 6u);
    QVERIFY(m_shown->ladder());
    QCOMPARE(ladderFrames(*m_shown->ladder()), tsharkFrames(ManyConnections, QStringLiteral("tcp.stream == 6")));
    QCOMPARE(m_view->ladder().streamIndex, 6u);
}

void TestShownLadder::selectedRowsFrameReachesTheDetails()
{
    QVERIFY(load(ClientClose));
    const QList<quint32> frames = tsharkFrames(ClientClose, QStringLiteral("tcp.stream == 0"));
    QCOMPARE(frames.size(), 10);
    QVERIFY(showAndWait(0));
    QStringList hexOfRow; // what the pane must show for each row, from libpcap's reading of the file
    for (const quint32 frame : frames) {
        const QByteArray bytes = frameBytes(ClientClose, frame);
        QVERIFY(!bytes.isEmpty());
        hexOfRow << ui::hexDump(
            {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
    }
    // After every frame delivered, the pane shows the bytes of the row it says it shows.
    QStringList wrong;
    connect(m_views.get(), &capture::ViewWorker::frameReady, this, [&] {
        const int row = m_details->shownRow();
        if (row >= 0 && m_details->hexText() != hexOfRow.at(row))
            wrong << QStringLiteral("row %1").arg(row);
    });

    // Row 1's frame is read and waits to be delivered when row 4 is selected: it is outdated then.
    m_view->setCurrentRow(1);
    while (!m_views->isIdle()) // without delivering anything; QtTest's function timeout ends a hang
        QThread::yieldCurrentThread();
    m_view->setCurrentRow(4);
    QVERIFY(viewsSettled(*m_views));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u", ")));
    QCOMPARE(m_details->shownRow(), 4);
    QCOMPARE(m_details->tree()->topLevelItem(0)->text(0), QStringLiteral("Frame %1").arg(frames.at(4)));
    QCOMPARE(m_details->hexText(), hexOfRow.at(4));
    // No row: nothing to show.
    m_view->setCurrentRow(-1);
    QCOMPARE(m_details->shownRow(), -1);
}

void TestShownLadder::lossAnalysisFollowsTheShownLadder()
{
    QVERIFY(load(LossyBulk));
    const QList<quint32> retransmitted =
        tsharkFrames(LossyBulk, QStringLiteral("tcp.analysis.retransmission || tcp.analysis.fast_retransmission"));
    QVERIFY(!retransmitted.isEmpty());
    QVERIFY(showAndWait(0));
    // The ladder is shown before its analysis is read (a second read of the file, which may end before
    // or after the ladder settles): then the analysed ladder replaces it.
    QTRY_VERIFY_WITH_TIMEOUT(m_shown->ladder()->tcp.size() == m_shown->ladder()->rows.size(), 20000);
    const core::SharedLadder &analysed = m_shown->ladder();
    QCOMPARE(analysed->tcp.size(), analysed->rows.size());
    QList<quint32> marked;
    for (std::size_t i = 0; i < analysed->rows.size(); ++i)
        if (analysed->tcp[i].flags & (core::SeqRetransmission | core::SeqFastRetransmission))
            marked << analysed->rows[i].segment.frame;
    QCOMPARE(marked, retransmitted);
    // The analysed ladder replaced the one shared before, everywhere.
    QCOMPARE(m_view->sharedLadder().get(), analysed.get());
    QCOMPARE(m_graph->sharedLadder().get(), analysed.get());
    QCOMPARE(m_details->sharedLadder().get(), analysed.get());
}

void TestShownLadder::grownLadderKeepsItsRow()
{
    QVERIFY(load(ClientClose));
    QVERIFY(showAndWait(0));
    m_view->setCurrentRow(3);
    QVERIFY(viewsSettled(*m_views));
    const quint64 made = m_views->requestsMade();

    // A batch that does not change the shown connection asks for nothing.
    capture::ConnectionSummary same;
    same.stream = 0;
    same.segments = m_shown->ladder()->rows.size();
    m_shown->refreshIfGrew({same});
    QCOMPARE(m_views->requestsMade(), made);

    // One that says it has more segments has the ladder made again; the view stays on its row.
    QSignalSpy shown(m_shown.get(), &ui::ShownLadder::ladderShown);
    capture::ConnectionSummary grown = same;
    ++grown.segments;
    m_shown->refreshIfGrew({grown});
    QVERIFY(m_views->requestsMade() > made);
    QVERIFY(viewsSettled(*m_views));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->currentRow(), 3);
}

void TestShownLadder::clearDropsTheLadderOnItsWay()
{
    QVERIFY(load(ManyConnections));
    QVERIFY(showAndWait(2));
    QSignalSpy shown(m_shown.get(), &ui::ShownLadder::ladderShown);
    m_shown->show(5);
    m_shown->clear();
    QVERIFY(viewsSettled(*m_views));
    QCOMPARE(shown.count(), 0);
    QVERIFY(!m_shown->ladder());
    QVERIFY(m_view->ladder().rows.empty());
    QVERIFY(!m_graph->sharedLadder());
    QCOMPARE(m_details->shownRow(), -1);
}

QTEST_MAIN(TestShownLadder)
#include "tst_shownladder.moc"
