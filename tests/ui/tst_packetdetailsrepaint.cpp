// SPDX-License-Identifier: GPL-3.0-or-later
// The details pane following the selection down a connection (issue 15, step 7): the next frame of the
// same kind updates the lines in place, so the scroll bars of the tree and of the hex dump (each
// repainted for every frame before: about a third of the pane's painting) are not painted again, what
// the student opened stays open, and what is shown is the same as a fresh pane shows for that frame.
#include "captureindex.h"
#include "packetdetailsview.h"
#include "streamreplay.h"
#include "viewworker.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTreeWidget>
#include <QtTest>

#include <pcap/pcap.h>

#include <functional>
#include <memory>

using namespace tcpladder;

namespace {

const QString LossyBulk = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");

// Frame `number` (1-based) as libpcap reads it, with the file's link type.
capture::FrameRead readFrame(const QString &path, quint32 number)
{
    capture::FrameRead read;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *in = pcap_open_offline(QFile::encodeName(path).constData(), errbuf);
    if (!in) {
        read.error = QString::fromLocal8Bit(errbuf);
        return read;
    }
    read.linkType = pcap_datalink(in);
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    for (quint32 frame = 1; pcap_next_ex(in, &header, &data) == 1; ++frame)
        if (frame == number) {
            read.bytes.assign(data, data + header->caplen);
            break;
        }
    pcap_close(in);
    return read;
}

// Counts the paint events the watched widgets receive.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Every line of the tree, as "depth name = value", top to bottom.
QStringList treeLines(const QTreeWidget *tree)
{
    QStringList lines;
    std::function<void(const QTreeWidgetItem *, int)> walk = [&](const QTreeWidgetItem *item, int depth) {
        lines << QStringLiteral("%1 %2 = %3").arg(depth).arg(item->text(0), item->text(1));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i), 0);
    return lines;
}

void settle()
{
    // Paints are posted: once the queue is empty, everything the last change asked for was painted.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestPacketDetailsRepaint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nextDataFrameRepaintsNoScrollBar();
    void updatedPaneShowsWhatAFreshPaneShows();

private:
    core::SharedLadder m_ladder;
    std::vector<int> m_dataRows; // rows of the bulk sender's data segments, in order
};

void TestPacketDetailsRepaint::initTestCase()
{
    core::CaptureIndex index;
    std::string error;
    QVERIFY(core::loadFile(LossyBulk.toStdString(), index, error) != core::LoadResult::Failed);
    const auto &streams = index.tracker().streams();
    QVERIFY(!streams.empty());
    m_ladder = std::make_shared<const core::ConnectionLadder>(
        core::buildConnectionLadder(streams.front(), index.tracker().segments()));
    std::vector<int> byDirection[2];
    for (std::size_t i = 0; i < m_ladder->rows.size(); ++i) {
        const core::Segment &s = m_ladder->rows[i].segment;
        if (s.payloadLength > 0)
            byDirection[s.direction == core::Direction::ClientToServer ? 0 : 1].push_back(static_cast<int>(i));
    }
    m_dataRows = byDirection[0].size() > byDirection[1].size() ? byDirection[0] : byDirection[1];
    QVERIFY2(m_dataRows.size() >= 5, "lossy-bulk.pcap: one side sends data segments");
}

void TestPacketDetailsRepaint::nextDataFrameRepaintsNoScrollBar()
{
    ui::PacketDetailsView details;
    details.resize(240, 260); // small: the tree and the hex dump both need scroll bars
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    const auto show = [&](int row) {
        const quint32 frame = m_ladder->rows[static_cast<std::size_t>(row)].segment.frame;
        return details.showFrame(m_ladder, row, readFrame(LossyBulk, frame));
    };
    // The first two: from then on the values keep their number of digits (the relative sequence numbers
    // have four), so the columns keep their width and a scroll bar has nothing new to show.
    QVERIFY(show(m_dataRows[0]));
    QVERIFY(show(m_dataRows[1]));
    settle();

    PaintCounter bars;
    int visibleBars = 0;
    for (QScrollBar *bar : details.findChildren<QScrollBar *>()) {
        bar->installEventFilter(&bars);
        visibleBars += bar->isVisible() ? 1 : 0;
    }
    QVERIFY2(visibleBars >= 2, "the pane is small enough for the scroll bars to be shown");
    PaintCounter treeView;
    details.tree()->viewport()->installEventFilter(&treeView);

    for (std::size_t i = 2; i < 5; ++i) {
        QVERIFY(show(m_dataRows[i]));
        settle();
    }
    QCOMPARE(details.shownRow(), m_dataRows[4]);
    QVERIFY2(treeView.paints > 0, "the new values were painted");
    QCOMPARE(bars.paints, 0);
}

void TestPacketDetailsRepaint::updatedPaneShowsWhatAFreshPaneShows()
{
    ui::PacketDetailsView followed;
    followed.resize(400, 500);
    followed.show();
    const auto frameOf = [&](int row) {
        return readFrame(LossyBulk, m_ladder->rows[static_cast<std::size_t>(row)].segment.frame);
    };
    QVERIFY(followed.showFrame(m_ladder, m_dataRows[0], frameOf(m_dataRows[0])));
    // The student opens every line and selects the sequence number.
    QTreeWidget *tree = followed.tree();
    tree->expandAll();
    const QList<QTreeWidgetItem *> seq =
        tree->findItems(QStringLiteral("Sequence number (relative)"), Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!seq.isEmpty());
    tree->setCurrentItem(seq.first());
    const int linesBefore = static_cast<int>(tree->findItems(QString(), Qt::MatchContains | Qt::MatchRecursive).size());

    const int next = m_dataRows[1];
    QVERIFY(followed.showFrame(m_ladder, next, frameOf(next)));
    ui::PacketDetailsView fresh;
    QVERIFY(fresh.showFrame(m_ladder, next, frameOf(next)));

    QCOMPARE(treeLines(tree), treeLines(fresh.tree()));
    QCOMPARE(followed.hexText(), fresh.hexText());
    QCOMPARE(followed.shownRow(), next);
    // The frame's own bytes, as libpcap reads them, are what the hex dump starts with.
    const capture::FrameRead bytes = frameOf(next);
    QVERIFY(followed.hexText().contains(
        QString::asprintf("%02x %02x %02x %02x", bytes.bytes[0], bytes.bytes[1], bytes.bytes[2], bytes.bytes[3]),
        Qt::CaseInsensitive));
    // What was opened and selected stays so, on the next frame's line.
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY(tree->topLevelItem(i)->isExpanded() || tree->topLevelItem(i)->childCount() == 0);
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("Sequence number (relative)"));
    QCOMPARE(tree->currentItem()->text(1),
             fresh.tree()
                 ->findItems(QStringLiteral("Sequence number (relative)"), Qt::MatchExactly | Qt::MatchRecursive)
                 .first()
                 ->text(1));
    QCOMPARE(static_cast<int>(tree->findItems(QString(), Qt::MatchContains | Qt::MatchRecursive).size()), linesBefore);
}

QTEST_MAIN(TestPacketDetailsRepaint)
#include "tst_packetdetailsrepaint.moc"
