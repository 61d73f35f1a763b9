// SPDX-License-Identifier: GPL-3.0-or-later
// File › Open Other Side's Capture… in the window (issue 18): the lossy pair of tests/data/twocap
// merged into one true ladder, checked against how the pair was made (the wire's drop log) and,
// for the numbers the explanation pane says, against tshark's reading of both files.
#include "explanationpane.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "mergedladderview.h"
#include "mergedsessionexport.h"
#include "peercapturecontroller.h"
#include "shots.h"
#include "tsharkfields.h"
#include "twocapturelogs.h"
#include "viewssettled.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QMap>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace tcpladder;
using tcpladder::testsupport::twoCaptureFile;
using ui::MainWindow;

namespace {

// tshark's frame.time_epoch ("1764000000.123456000") as integer ns: a double would round the µs.
qint64 epochNs(const QString &epoch)
{
    const QStringList parts = epoch.split(u'.');
    const QString fraction = (parts.value(1) + QStringLiteral("000000000")).left(9);
    return parts.value(0).toLongLong() * 1'000'000'000LL + fraction.toLongLong();
}

QString milliseconds(qint64 ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f ms", static_cast<double>(ns) / 1e6);
    return QString::fromLatin1(text);
}

QString seconds(qint64 ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6f s", static_cast<double>(ns) / 1e9);
    return QString::fromLatin1(text);
}

// What identifies a segment in both captures (as tst_clitwocapture pairs them), by frame.
const QStringList wireFields{
    "frame.time_epoch", "tcp.srcport", "tcp.seq_raw", "tcp.ack_raw", "tcp.len", "ip.id", "tcp.options.timestamp.tsval"};

QString wireKey(const QStringList &row)
{
    return row.mid(3).join(u'|'); // from tcp.seq_raw on (frame number, epoch and port differ)
}

} // namespace

class TestMergedLadderView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noMatchingConnectionLeavesTheLadder();
    void unreadableFileLeavesTheLadder();
    void mergedLadderShowsTheLossyPair();
    void pairedRowSaysItsOneWayDelay();
    void lostRowSaysItWasLostAndResent();
    void exportAndCopyWriteTheMergedLadder();

private:
    // A window with the lossy pair's client capture open and its connection shown.
    bool openClient(MainWindow &w);
    bool merge(MainWindow &w);
};

void TestMergedLadderView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mergedladderview"));
    QSettings().clear();
}

bool TestMergedLadderView::openClient(MainWindow &w)
{
    w.setStreamToSelect(0);
    w.show();
    return loadAndSettle(w, twoCaptureFile("lossy-client.pcap"))
        && QTest::qWaitFor([&] { return w.currentLadder() != nullptr; }) && viewsSettled(w);
}

bool TestMergedLadderView::merge(MainWindow &w)
{
    QSignalSpy merged(w.peerCapture(), &ui::PeerCaptureController::merged);
    return w.openPeerCapture(twoCaptureFile("lossy-server.pcap")) && merged.wait(30000);
}

void TestMergedLadderView::noMatchingConnectionLeavesTheLadder()
{
    MainWindow w;
    QVERIFY(openClient(w));
    const core::SharedLadder before = w.currentLadder();
    QSignalSpy failed(w.peerCapture(), &ui::PeerCaptureController::failed);
    // The NAT pair's connection has other ISNs and other data: nothing in it is the lossy one's.
    QVERIFY(w.openPeerCapture(twoCaptureFile("nat-server.pcap")));
    QVERIFY(failed.wait(30000));
    QVERIFY2(w.messageText().contains(QLatin1String("nat-server.pcap holds no connection")),
             qPrintable(w.messageText()));
    QCOMPARE(w.currentLadder(), before);
    QVERIFY(!w.peerCapture()->isShown());
    auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("ladderStack"));
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.ladderView()));
}

void TestMergedLadderView::unreadableFileLeavesTheLadder()
{
    MainWindow w;
    QVERIFY(openClient(w));
    QSignalSpy failed(w.peerCapture(), &ui::PeerCaptureController::failed);
    QVERIFY(w.openPeerCapture(twoCaptureFile("no-such-capture.pcap")));
    QVERIFY(failed.wait(30000));
    QVERIFY2(w.messageText().startsWith(QLatin1String("Cannot read no-such-capture.pcap")),
             qPrintable(w.messageText()));
    QVERIFY(!w.peerCapture()->isShown());
}

void TestMergedLadderView::mergedLadderShowsTheLossyPair()
{
    const auto drops = testsupport::readTwoCaptureLog("lossy-drops.txt");
    QVERIFY2(drops.contains("c2s") && drops.contains("s2c"), "tests/data/twocap/lossy-drops.txt is missing");
    MainWindow w;
    QVERIFY(openClient(w));
    QVERIFY(merge(w));
    ui::PeerCaptureController *peer = w.peerCapture();
    QVERIFY(peer->isShown());
    auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("ladderStack"));
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(peer->view()));

    // Both captures ran in network namespaces of one machine, on one clock: the true offset is 0.
    const core::TwoCaptureMerge &result = peer->session()->peer.merge;
    QVERIFY(result.clock);
    QVERIFY2(std::abs(result.clock->offsetNs) <= result.clock->errorBoundNs,
             qPrintable(QStringLiteral("%1 +/- %2 ns").arg(result.clock->offsetNs).arg(result.clock->errorBoundNs)));

    const ui::MergedLadderPainter *painter = peer->view()->painter();
    QVERIFY(painter);
    const QStringList header = painter->headerLines();
    QVERIFY2(header.value(0).contains(QLatin1String("lossy-client.pcap (client side) and lossy-server.pcap "
                                                    "(server side), its stream 0, matched by ports and ISNs")),
             qPrintable(header.value(0)));
    QVERIFY2(header.value(1).contains(QStringLiteral("lost between the captures: %1 client→server, %2 server→client")
                                          .arg(drops.value("c2s"), drops.value("s2c"))),
             qPrintable(header.value(1)));

    // Every dropped frame is an arrow that stops half-way; every other one reaches the far lifeline.
    int lost = 0;
    const auto &arrows = painter->layout().arrows;
    const double middle = (painter->clientX() + painter->serverX()) / 2;
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        const QLineF line = painter->arrowLine(i);
        QVERIFY(line.y2() > line.y1()); // the receive time is later: a true slant
        if (arrows[i].seen == core::Seen::SenderOnly) {
            ++lost;
            QCOMPARE(line.x2(), middle);
        } else {
            const bool toServer = arrows[i].direction == core::Direction::ClientToServer;
            QCOMPARE(line.x2(), toServer ? painter->serverX() : painter->clientX());
        }
    }
    QCOMPARE(lost, drops.value("c2s").toInt() + drops.value("s2c").toInt());

    // A way back: View › Show Merged Ladder off shows the capture's own ladder again.
    peer->showAction()->setChecked(false);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.ladderView()));
    peer->showAction()->setChecked(true);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(peer->view()));
}

// The first client data segment both captures have: its delay is the server capture's time minus the
// client capture's, minus the clock offset, all read by tshark.
void TestMergedLadderView::pairedRowSaysItsOneWayDelay()
{
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto client = testsupport::tsharkFields(twoCaptureFile("lossy-client.pcap"), "tcp", wireFields);
    const auto server = testsupport::tsharkFields(twoCaptureFile("lossy-server.pcap"), "tcp", wireFields);
    QVERIFY(!client.empty() && !server.empty());
    QMap<QString, QStringList> atServer;
    for (const QStringList &row : server)
        atServer.insert(wireKey(row), row);
    const QStringList *sent = nullptr;
    for (const QStringList &row : client)
        if (row.value(2) != QLatin1String("8080") && row.value(5).toInt() > 0 && atServer.contains(wireKey(row))) {
            sent = &row;
            break;
        }
    QVERIFY(sent);
    const QStringList received = atServer.value(wireKey(*sent));

    MainWindow w;
    w.resize(1500, 950);
    QVERIFY(openClient(w));
    QVERIFY(merge(w));
    ui::PeerCaptureController *peer = w.peerCapture();
    const auto &arrows = peer->view()->painter()->layout().arrows;
    const auto it = std::find_if(arrows.begin(), arrows.end(), [&](const core::MergedArrow &a) {
        return a.inA && a.frame == sent->value(0).toUInt();
    });
    QVERIFY(it != arrows.end());
    QSignalSpy noted(w.explanationPane(), &ui::ExplanationPane::noteShown);
    peer->view()->setCurrentArrow(static_cast<int>(it - arrows.begin()));
    QVERIFY(noted.wait(20000));

    const qint64 offset = peer->session()->peer.merge.clock->offsetNs;
    const qint64 first = epochNs(client.front().value(1));
    const qint64 sentNs = epochNs(sent->value(1)) - first;
    const qint64 receivedNs = epochNs(received.value(1)) - offset - first;
    const QString expected =
        QStringLiteral("This segment took %1 one way (sent %2, received %3 on the client's clock).")
            .arg(milliseconds(receivedNs - sentNs), seconds(sentNs), seconds(receivedNs));
    QVERIFY2(w.explanationPane()->text().startsWith(expected),
             qPrintable(w.explanationPane()->text() + QStringLiteral("\n  expected: ") + expected));
}

// The first data segment of the server's that the client never captured: lost, and (tshark: the next
// server frame with the same raw Seq) sent again that much later. And a client's lost pure ACK.
void TestMergedLadderView::lostRowSaysItWasLostAndResent()
{
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto client = testsupport::tsharkFields(twoCaptureFile("lossy-client.pcap"), "tcp", wireFields);
    const auto server = testsupport::tsharkFields(twoCaptureFile("lossy-server.pcap"), "tcp", wireFields);
    const auto firstLost = [](const std::vector<QStringList> &sender, const std::vector<QStringList> &receiver,
                              bool fromServer, bool data) {
        QMap<QString, int> received;
        for (const QStringList &row : receiver)
            ++received[wireKey(row)];
        for (std::size_t i = 0; i < sender.size(); ++i)
            if ((sender[i].value(2) == QLatin1String("8080")) == fromServer && (sender[i].value(5).toInt() > 0) == data
                && received[wireKey(sender[i])]-- <= 0)
                return i;
        return sender.size();
    };
    const std::size_t lost = firstLost(server, client, true, true);
    QVERIFY(lost < server.size());
    std::size_t again = lost + 1;
    while (again < server.size()
           && !(server[again].value(2) == server[lost].value(2) && server[again].value(3) == server[lost].value(3)
                && server[again].value(5).toInt() > 0))
        ++again;
    QVERIFY(again < server.size());
    const std::size_t lostAck = firstLost(client, server, false, false);
    QVERIFY(lostAck < client.size());

    MainWindow w;
    w.resize(1500, 950);
    QVERIFY(openClient(w));
    QVERIFY(merge(w));
    ui::PeerCaptureController *peer = w.peerCapture();
    const auto &arrows = peer->view()->painter()->layout().arrows;
    const auto explain = [&](bool inA, const QString &frame) {
        const auto it = std::find_if(arrows.begin(), arrows.end(), [&](const core::MergedArrow &a) {
            return a.inA == inA && a.frame == frame.toUInt();
        });
        if (it == arrows.end() || it->seen != core::Seen::SenderOnly)
            return QStringLiteral("no lost arrow for frame ") + frame;
        QSignalSpy noted(w.explanationPane(), &ui::ExplanationPane::noteShown);
        peer->view()->setCurrentArrow(static_cast<int>(it - arrows.begin()));
        return noted.wait(20000) ? w.explanationPane()->text() : QStringLiteral("no note");
    };
    const QString lostText = QStringLiteral("This segment left the sender but never reached the receiver's capture: "
                                            "lost between the two capture points.");

    const QString ack = explain(true, client[lostAck].value(0));
    QVERIFY2(ack.startsWith(lostText), qPrintable(ack));
    QVERIFY2(ack.contains(QLatin1String("A pure ACK is never sent again")), qPrintable(ack));

    const QString text = explain(false, server[lost].value(0));
    QVERIFY2(text.startsWith(lostText), qPrintable(text));
    const QString resent = QStringLiteral("It was sent again %1 later (frame %2 of the other capture)")
                               .arg(milliseconds(epochNs(server[again].value(1)) - epochNs(server[lost].value(1))),
                                    server[again].value(0));
    QVERIFY2(text.contains(resent), qPrintable(text + QStringLiteral("\n  expected: ") + resent));
    // The client's ACKs in between that asked for exactly these bytes (tcp.ack_raw = its tcp.seq_raw).
    int askedFor = 0;
    for (std::size_t i = lost + 1; i < again; ++i)
        askedFor += server[i].value(2) != QLatin1String("8080") && server[i].value(4) == server[lost].value(3);
    const QString cause = askedFor > 0
        ? QStringLiteral("after %1 ACK%2 from the receiver asking for exactly these bytes: a fast retransmission.")
              .arg(askedFor)
              .arg(askedFor == 1 ? QString() : QStringLiteral("s"))
        : QStringLiteral("with no ACK asking for it: the sender's retransmission timeout (RTO).");
    QVERIFY2(text.contains(cause), qPrintable(text + QStringLiteral("\n  expected: ") + cause));
    testsupport::saveShot(&w, QStringLiteral("twocap-window"));
}

// File › Export Ladder… while the merged ladder is shown writes it (the function the dialog's path goes
// to), and Copy as Mermaid copies it: the merged header and one lost arrow per segment the wire dropped.
void TestMergedLadderView::exportAndCopyWriteTheMergedLadder()
{
    const auto drops = testsupport::readTwoCaptureLog("lossy-drops.txt");
    const int dropped = drops.value("c2s").toInt() + drops.value("s2c").toInt();
    QVERIFY(dropped > 0);
    MainWindow w;
    QVERIFY(openClient(w));
    QVERIFY(merge(w));
    const auto session = w.peerCapture()->session();
    QVERIFY(session);
    QTemporaryDir dir;
    const auto lostArrows = [](const QByteArray &text, const char *mark) {
        int count = 0;
        for (const QByteArray &line : text.split('\n'))
            count += line.contains(mark) ? 1 : 0;
        return count;
    };
    QString error;
    const QString mmd = dir.filePath(QStringLiteral("merged.mmd"));
    QVERIFY2(ui::exportMergedSession(*session, mmd, {}, &error), qPrintable(error));
    QFile file(mmd);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // Mermaid writes ';' as its entity code #59;.
    QVERIFY2(text.contains("lossy-client.pcap merged with lossy-server.pcap, its stream 0#59; clock offset"),
             text.left(600).constData());
    QCOMPARE(lostArrows(text, "-x"), dropped);

    const QString svg = dir.filePath(QStringLiteral("merged.svg"));
    QVERIFY2(ui::exportMergedSession(*session, svg, {}, &error), qPrintable(error));
    QFile picture(svg);
    QVERIFY(picture.open(QIODevice::ReadOnly));
    QCOMPARE(int(picture.readAll().count(">lost between the captures<")), dropped);

    auto *copyMermaid = w.findChild<QAction *>(QStringLiteral("actionCopyMermaid"));
    QVERIFY(copyMermaid && copyMermaid->isEnabled());
    copyMermaid->trigger();
    const QByteArray copied = QGuiApplication::clipboard()->text().toUtf8();
    QVERIFY2(copied.contains("merged with lossy-server.pcap"), copied.left(400).constData());
    QCOMPARE(lostArrows(copied, "-x"), dropped);
}

QTEST_MAIN(TestMergedLadderView)
#include "tst_mergedladderview.moc"