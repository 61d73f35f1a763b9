// SPDX-License-Identifier: GPL-3.0-or-later
// Ladders, display-filter matches and frames for the details pane are made on the ViewWorker's
// thread: outdated answers are dropped, one ladder is shared, the filter looks again only at the
// streams that changed, and a .gz capture's frames are the right ones.
#include "captureworker.h"
#include "connectionmodel.h"
#include "displayfilter.h"
#include "framedissector.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "packetdetailsview.h"
#include "sequencegraph.h"
#include "freeoffguithread.h"
#include "viewssettled.h"
#include "viewworker.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <pcap/pcap.h>

using namespace tcpladder;
using ui::MainWindow;

namespace {

const QString ManyConnections = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap"); // 10 connections
const QString ClientClose = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap");
const QString ClientCloseGz = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap.gz"); // gzip of the above

bool load(MainWindow &w, const QString &path)
{
    return loadAndSettle(w, path);
}

QTableView *table(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("connectionTable"));
}

quint32 streamAtRow(MainWindow &w, int row)
{
    return table(w)->model()->index(row, 0).data(model::ConnectionModel::StreamRole).toUInt();
}

// Every frame of a plain capture, read by libpcap itself: the oracle for the .gz's frames.
QList<QByteArray> framesOf(const QString &path)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    QList<QByteArray> frames;
    pcap_t *in = pcap_open_offline(QFile::encodeName(path).constData(), errbuf);
    if (!in)
        return frames;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    while (pcap_next_ex(in, &header, &data) == 1)
        frames.append(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(header->caplen)));
    pcap_close(in);
    return frames;
}

std::shared_ptr<const core::DisplayFilter> compile(const char *text)
{
    core::FilterError error;
    auto filter = core::DisplayFilter::compile(text, error);
    return filter ? std::make_shared<const core::DisplayFilter>(std::move(*filter)) : nullptr;
}

} // namespace

class TestOffGuiThread : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void outdatedLadderIsDropped()
    {
        MainWindow w;
        w.show();
        QVERIFY(load(w, ManyConnections));
        const quint32 a = streamAtRow(w, 3);
        const quint32 b = streamAtRow(w, 6);
        QVERIFY(a != b);
        QSignalSpy shown(&w, &MainWindow::ladderShown);
        // Both asked for before either answer can arrive: only B may be shown.
        table(w)->selectRow(3);
        table(w)->selectRow(6);
        QVERIFY(viewsSettled(w));
        QVERIFY(!shown.isEmpty());
        for (const auto &arguments : std::as_const(shown))
            QCOMPARE(arguments.at(0).toUInt(), b);
        QVERIFY(w.currentLadder());
        QCOMPARE(w.currentLadder()->streamIndex, b);
        QCOMPARE(w.ladderView()->ladder().streamIndex, b);
        QCOMPARE(w.ladderView()->currentRow(), 0);
    }

    void viewGraphAndDetailsShareOneLadder()
    {
        MainWindow w;
        w.show();
        QVERIFY(load(w, ManyConnections));
        w.showSequenceGraph();
        QTRY_VERIFY(w.sequenceGraph()->isVisible());
        table(w)->selectRow(2);
        QVERIFY(viewsSettled(w));
        const core::SharedLadder &ladder = w.currentLadder();
        QVERIFY(ladder);
        QCOMPARE(ladder->streamIndex, streamAtRow(w, 2));
        auto *details = w.findChild<ui::PacketDetailsView *>();
        QVERIFY(details);
        QCOMPARE(details->shownRow(), 0);
        QCOMPARE(w.ladderView()->sharedLadder().get(), ladder.get());
        QCOMPARE(w.sequenceGraph()->sharedLadder().get(), ladder.get());
        QCOMPARE(details->sharedLadder().get(), ladder.get());
        // The window, the view (as its ladder and as the one its layout points into), the graph and the
        // details pane hold it: five references to one ladder, no copies.
        QCOMPARE(w.ladderView()->laidOutLadder().get(), ladder.get());
        // A layout or graph job that took a reference lets it go when it ends (slower under wine).
        QTRY_COMPARE(ladder.use_count(), 5);
    }

    void aReplacedLadderIsFreedOffTheGuiThread()
    {
        MainWindow w;
        w.show();
        QVERIFY(load(w, ManyConnections));
        table(w)->selectRow(3);
        QVERIFY(viewsSettled(w));
        QTRY_VERIFY(w.currentLadder() && w.currentLadder()->tcp.size() == w.currentLadder()->rows.size());
        QVERIFY(viewsSettled(w));
        const std::weak_ptr<const core::ConnectionLadder> first = w.currentLadder();
        const quint64 freed = capture::sharedValuesFreed();
        const quint64 freedOnGuiThread = capture::sharedValuesFreedOnGuiThread();

        // Another connection: the window, the view, the graph and the details pane let the first go.
        table(w)->selectRow(6);
        QVERIFY(viewsSettled(w));
        QTRY_VERIFY(first.expired());
        QTRY_VERIFY(capture::sharedValuesFreed() > freed);
        QCOMPARE(capture::sharedValuesFreedOnGuiThread(), freedOnGuiThread);
    }

    void filterLooksAgainOnlyAtChangedStreams()
    {
        capture::CaptureWorker worker;
        QThread thread;
        worker.moveToThread(&thread);
        thread.start();
        QSignalSpy finished(&worker, &capture::CaptureWorker::finished);
        worker.openFile(ManyConnections);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);

        capture::ViewWorker views(&worker);
        QSignalSpy matches(&views, &capture::ViewWorker::matchesReady);
        const auto filter = compile("tcp.stream == 4");
        QVERIFY(filter);
        {
            // The spy records from the worker's thread: an answer can come before a wait() would start.
            const qsizetype before = matches.count();
            views.requestMatches(filter, {}, true);
            QTRY_VERIFY_WITH_TIMEOUT(matches.count() > before, 20000);
        }
        QCOMPARE(matches.last().at(1).value<QSet<quint32>>(), QSet<quint32>{4});
        QCOMPARE(views.streamsEvaluated(), quint64(10)); // a new filter: every connection

        {
            const qsizetype before = matches.count();
            views.requestMatches(filter, {4, 7, 7});
            QTRY_VERIFY_WITH_TIMEOUT(matches.count() > before, 20000);
        }
        QCOMPARE(matches.last().at(1).value<QSet<quint32>>(), QSet<quint32>{4});
        QCOMPARE(views.streamsEvaluated(), quint64(12)); // the two that changed, once each

        {
            const qsizetype before = matches.count();
            views.requestMatches(filter, {});
            QTRY_VERIFY_WITH_TIMEOUT(matches.count() > before, 20000);
        }
        QCOMPARE(views.streamsEvaluated(), quint64(12)); // nothing changed, nothing evaluated

        {
            const qsizetype before = matches.count();
            views.requestMatches(compile("tcp.stream == 7"), {});
            QTRY_VERIFY_WITH_TIMEOUT(matches.count() > before, 20000);
        }
        QCOMPARE(matches.last().at(1).value<QSet<quint32>>(), QSet<quint32>{7});
        QCOMPARE(views.streamsEvaluated(), quint64(22)); // another filter: every connection again

        worker.cancel();
        thread.quit();
        thread.wait();
    }

    void detailsShowTheRightFrameOfAGzCapture()
    {
        const QList<QByteArray> frames = framesOf(ClientClose);
        QVERIFY(frames.size() > 4);
        MainWindow w;
        w.show();
        QVERIFY(load(w, ClientCloseGz));
        const core::SharedLadder ladder = w.currentLadder();
        QVERIFY(ladder && ladder->rows.size() > 4);
        auto *details = w.findChild<ui::PacketDetailsView *>();
        ui::LadderView *view = w.ladderView();
        // Down the ladder and back up again: a .gz read on from where it was, and rewound.
        QList<int> rows;
        for (int row = 0; row < static_cast<int>(ladder->rows.size()); ++row)
            rows << row;
        rows << 1 << 0 << static_cast<int>(ladder->rows.size()) - 1;
        for (const int row : std::as_const(rows)) {
            view->setCurrentRow(row);
            QVERIFY(viewsSettled(w));
            QCOMPARE(details->shownRow(), row);
            const std::uint32_t frame = ladder->rows[static_cast<std::size_t>(row)].segment.frame;
            QCOMPARE(details->tree()->topLevelItem(0)->text(0), QStringLiteral("Frame %1").arg(frame));
            const QByteArray &expected = frames.at(static_cast<qsizetype>(frame) - 1);
            const auto *bytes = reinterpret_cast<const std::uint8_t *>(expected.constData());
            QCOMPARE(details->hexText(), ui::hexDump({bytes, static_cast<std::size_t>(expected.size())}));
        }
    }
};

QTEST_MAIN(TestOffGuiThread)
#include "tst_offguithread.moc"
