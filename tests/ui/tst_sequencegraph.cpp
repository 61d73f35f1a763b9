// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureindex.h"
#include "graphexport.h"
#include "sequencegraph.h"
#include "sequencegraphchart.h"
#include "streamreplay.h"

#include <QApplication>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

#include <algorithm>

using namespace tcpladder;
using core::Direction;
using core::GraphMark;

namespace {

std::optional<core::ConnectionLadder> lossyLadder()
{
    core::CaptureIndex index;
    std::string error;
    if (core::loadFile(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap", index, error) != core::LoadResult::Ok)
        return std::nullopt;
    const auto &streams = index.tracker().streams();
    const auto busiest = std::max_element(streams.begin(), streams.end(), [](const auto &a, const auto &b) {
        return a.payloadClientToServer + a.payloadServerToClient < b.payloadClientToServer + b.payloadServerToClient;
    });
    if (busiest == streams.end())
        return std::nullopt;
    return core::buildConnectionLadder(*busiest, index.tracker().segments());
}

} // namespace

class TestSequenceGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsBusiestDirectionWithMarks();
    void clickSelectsRow();
    void clickOnEmptySpaceSelectsNothing();
    void currentRowIsHighlighted();
    void rubberBandWheelAndReset();
    void liveGrowthKeepsZoom();
    void grownLadderGraphBuiltOffGuiThread();
    void grownLadderGraphReducedOffGuiThread();
    void exportPng();

private:
    void showGraph();

    std::optional<core::ConnectionLadder> m_ladder;
    ui::SequenceGraph *m_graph = nullptr;
};

void TestSequenceGraph::initTestCase()
{
    m_ladder = lossyLadder();
    QVERIFY2(m_ladder, "tests/data/lossy-bulk.pcap did not load");
}

void TestSequenceGraph::init()
{
    m_graph = new ui::SequenceGraph;
    m_graph->setThemeKind(ui::LadderThemeKind::Light);
    m_graph->resize(1000, 700);
    m_graph->setLadder(*m_ladder);
    showGraph();
}

void TestSequenceGraph::cleanup()
{
    delete m_graph;
    m_graph = nullptr;
}

void TestSequenceGraph::showGraph()
{
    m_graph->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_graph));
    QCoreApplication::processEvents(); // the deferred refresh after layout
}

void TestSequenceGraph::showsBusiestDirectionWithMarks()
{
    const auto graph = core::buildSequenceGraph(*m_ladder);
    QCOMPARE(m_graph->direction(), graph.busiestDirection());
    auto *chart = m_graph->graphChart();
    auto *retrans = chart->markSeries(GraphMark::Retransmission);
    QVERIFY(retrans);
    QCOMPARE(std::size_t(retrans->count()), graph[graph.busiestDirection()].mark(GraphMark::Retransmission).size());
    QVERIFY(retrans->count() > 0);
    auto *data = chart->dataSeries();
    QVERIFY(data && data->count() > 50);
    QVERIFY(std::size_t(data->count()) <= graph[graph.busiestDirection()].data.size());

    m_graph->setDirection(Direction::ClientToServer == m_graph->direction() ? Direction::ServerToClient
                                                                            : Direction::ClientToServer);
    QCOMPARE(std::size_t(retrans->count()), graph[m_graph->direction()].mark(GraphMark::Retransmission).size());
}

void TestSequenceGraph::clickSelectsRow()
{
    const auto graph = core::buildSequenceGraph(*m_ladder);
    const auto &marks = graph[m_graph->direction()].mark(GraphMark::Retransmission);
    QVERIFY(!marks.empty());
    QSignalSpy spy(m_graph, &ui::SequenceGraph::rowActivated);
    // A few retransmissions, each zoomed so that its neighbours are pixels apart, then clicked.
    for (std::size_t i = 0; i < marks.size(); i += std::max<std::size_t>(1, marks.size() / 4)) {
        const auto &mark = marks[i];
        m_graph->zoomTo(
            QRectF(QPointF(mark.time - 0.002, mark.value - 6000), QPointF(mark.time + 0.002, mark.value + 6000)));
        const auto pos = m_graph->rowPoint(mark.row);
        QVERIFY(pos);
        QVERIFY(m_graph->viewport()->rect().contains(*pos));
        spy.clear();
        QTest::mouseClick(m_graph->viewport(), Qt::LeftButton, {}, *pos);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), mark.row);
        QCOMPARE(m_graph->currentRow(), mark.row);
    }
    // Unzoomed, a click a pixel off a data point still finds that segment.
    m_graph->resetZoom();
    const auto &first = graph[m_graph->direction()].data.front();
    const auto pos = m_graph->rowPoint(first.row);
    QVERIFY(pos);
    spy.clear();
    QTest::mouseClick(m_graph->viewport(), Qt::LeftButton, {}, *pos + QPoint(1, 1));
    QCOMPARE(spy.count(), 1);
    const int row = spy.at(0).at(0).toInt();
    const auto hit = m_graph->rowPoint(row);
    QVERIFY(hit);
    QVERIFY((*hit - *pos).manhattanLength() <= 4);
}

void TestSequenceGraph::clickOnEmptySpaceSelectsNothing()
{
    // Bulk data climbs from bottom left to top right: the bottom right corner is empty.
    QSignalSpy spy(m_graph, &ui::SequenceGraph::rowActivated);
    const QRectF area = m_graph->graphChart()->plotArea();
    const QPoint corner =
        m_graph->mapFromScene(m_graph->graphChart()->mapToScene(area.bottomRight() - QPointF(30, 30)));
    QTest::mouseClick(m_graph->viewport(), Qt::LeftButton, {}, corner);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!m_graph->isZoomed());
}

void TestSequenceGraph::currentRowIsHighlighted()
{
    const auto graph = core::buildSequenceGraph(*m_ladder);
    auto *highlight = m_graph->graphChart()->highlightSeries();
    QVERIFY(highlight);
    const auto &dir = graph[m_graph->direction()];
    const auto &data = dir.data[dir.data.size() / 2];
    m_graph->setCurrentRow(data.row);
    QCOMPARE(highlight->count(), 1);
    QCOMPARE(highlight->at(0), QPointF(data.time, data.value));
    // An ACK of the other side is highlighted on the ACK line.
    const auto &ack = dir.ack[dir.ack.size() / 3];
    m_graph->setCurrentRow(ack.row);
    QCOMPARE(highlight->count(), 1);
    QCOMPARE(highlight->at(0), QPointF(ack.time, ack.value));
    m_graph->setCurrentRow(-1);
    QCOMPARE(highlight->count(), 0);
}

void TestSequenceGraph::rubberBandWheelAndReset()
{
    auto *chart = m_graph->graphChart();
    const QRectF full = chart->visibleRange();
    const QRectF area = chart->plotArea();
    const auto toView = [&](QPointF p) { return m_graph->mapFromScene(chart->mapToScene(p)); };
    const QPoint a = toView(area.topLeft() + QPointF(area.width() * 0.25, area.height() * 0.25));
    const QPoint b = toView(area.topLeft() + QPointF(area.width() * 0.5, area.height() * 0.75));
    QSignalSpy spy(m_graph, &ui::SequenceGraph::rowActivated);
    QTest::mousePress(m_graph->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(m_graph->viewport(), (a + b) / 2);
    QTest::mouseMove(m_graph->viewport(), b);
    QTest::mouseRelease(m_graph->viewport(), Qt::LeftButton, {}, b);
    QCOMPARE(spy.count(), 0); // a drag zooms, it does not select
    QVERIFY(m_graph->isZoomed());
    const QRectF zoomed = chart->visibleRange();
    QVERIFY(qAbs(zoomed.width() - full.width() * 0.25) < full.width() * 0.02);
    QVERIFY(qAbs(zoomed.height() - full.height() * 0.5) < full.height() * 0.02);
    QVERIFY(qAbs(zoomed.left() - (full.left() + full.width() * 0.25)) < full.width() * 0.02);

    // Wheel forward zooms in around the cursor.
    const QPoint centre = toView(area.center());
    QWheelEvent wheel(centre, m_graph->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_graph->viewport(), &wheel);
    const QRectF wheeled = chart->visibleRange();
    QVERIFY(wheeled.width() < zoomed.width() * 0.9);
    QVERIFY(zoomed.contains(wheeled.center()));

    QTest::keyClick(m_graph, Qt::Key_Escape);
    QVERIFY(!m_graph->isZoomed());
    QCOMPARE(chart->visibleRange(), full);
}

void TestSequenceGraph::liveGrowthKeepsZoom()
{
    core::ConnectionLadder half = *m_ladder;
    half.rows.resize(half.rows.size() / 2);
    m_graph->setLadder(half);
    QCoreApplication::processEvents();
    const QRectF halfRange = m_graph->graphChart()->visibleRange();
    // Not zoomed: the view grows with the connection.
    m_graph->setLadder(*m_ladder);
    QCoreApplication::processEvents();
    QVERIFY(m_graph->graphChart()->visibleRange().right() > halfRange.right());
    // Zoomed: more segments arrive, the zoom stays.
    m_graph->setLadder(half);
    const QRectF zoom(QPointF(halfRange.left(), halfRange.top()),
                      QPointF(halfRange.center().x(), halfRange.center().y()));
    m_graph->zoomTo(zoom);
    m_graph->setLadder(*m_ladder);
    QCoreApplication::processEvents();
    QVERIFY(m_graph->isZoomed());
    QCOMPARE(m_graph->graphChart()->visibleRange(), zoom);
    // Another connection starts unzoomed.
    core::ConnectionLadder other = *m_ladder;
    other.streamIndex += 1;
    m_graph->setLadder(other);
    QVERIFY(!m_graph->isZoomed());
}

void TestSequenceGraph::grownLadderGraphBuiltOffGuiThread()
{
    m_graph->setAsyncGraphRows(0); // every grown ladder goes to the worker, as a big one does
    auto half = std::make_shared<core::ConnectionLadder>(*m_ladder);
    half->streamIndex += 1; // another connection, also built off the GUI thread
    half->rows.resize(half->rows.size() / 2);
    m_graph->setLadder(core::SharedLadder(half));
    QTRY_VERIFY(!m_graph->isBuilding());
    QCoreApplication::processEvents(); // its result, still queued
    int firstData = -1;
    for (int row = 0; row < int(half->rows.size()) && firstData < 0; ++row) {
        const core::Segment &s = half->rows[std::size_t(row)].segment;
        if (s.direction == m_graph->direction() && s.payloadLength > 0)
            firstData = row;
    }
    QVERIFY(firstData >= 0);
    QVERIFY(m_graph->graphChart()->pointForRow(firstData));
    // The last data segment of the graphed direction, found in the ladder itself.
    auto grown = std::make_shared<core::ConnectionLadder>(*m_ladder);
    grown->streamIndex = half->streamIndex;
    int lastData = -1;
    for (int row = int(grown->rows.size()) - 1; row >= int(half->rows.size()) && lastData < 0; --row) {
        const core::Segment &s = grown->rows[std::size_t(row)].segment;
        if (s.direction == m_graph->direction() && s.payloadLength > 0)
            lastData = row;
    }
    QVERIFY(lastData >= 0);
    QSignalSpy updated(m_graph, &ui::SequenceGraph::graphUpdated);
    m_graph->setLadder(core::SharedLadder(grown));
    QVERIFY(!m_graph->rowPoint(lastData)); // the old graph stays until the worker's data comes
    QVERIFY(updated.wait());
    const auto point = m_graph->graphChart()->pointForRow(lastData);
    QVERIFY(point);
    // Its point is drawn and a click on it selects its row.
    m_graph->zoomTo(
        QRectF(QPointF(point->time - 0.002, point->value - 6000), QPointF(point->time + 0.002, point->value + 6000)));
    const auto pos = m_graph->rowPoint(lastData);
    QVERIFY(pos);
    QSignalSpy activated(m_graph, &ui::SequenceGraph::rowActivated);
    QTest::mouseClick(m_graph->viewport(), Qt::LeftButton, {}, *pos);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), lastData);

    // Outdated: a growth then another connection at once; the growth's data never shows.
    updated.clear();
    auto longer = std::make_shared<core::ConnectionLadder>(*grown);
    longer->rows.push_back(longer->rows.back());
    m_graph->setLadder(core::SharedLadder(longer));
    auto other = std::make_shared<core::ConnectionLadder>(*half);
    other->streamIndex += 1;
    m_graph->setLadder(core::SharedLadder(other));
    // Until the other connection's data comes the graph is empty, not the last connection's.
    QVERIFY(!m_graph->graphChart()->pointForRow(firstData));
    QTRY_VERIFY(!m_graph->isBuilding());
    QCoreApplication::processEvents(); // a result still queued
    QCOMPARE(updated.count(), 1);      // the other connection's, not the growth's
    QVERIFY(m_graph->graphChart()->pointForRow(firstData));
    QVERIFY(!m_graph->graphChart()->pointForRow(lastData));
}

void TestSequenceGraph::grownLadderGraphReducedOffGuiThread()
{
    // Shown by the GUI thread itself (a small ladder): what the worker's reduction must match.
    auto *chart = m_graph->graphChart();
    const qsizetype retransmissions = chart->markSeries(GraphMark::Retransmission)->count();
    const qsizetype dataPoints = chart->dataSeries()->count();
    QVERIFY(retransmissions > 0 && dataPoints > 0);
    m_graph->setAsyncGraphRows(0); // every ladder goes to the worker, as a big one does
    QSignalSpy updated(m_graph, &ui::SequenceGraph::graphUpdated);
    const int reductions = chart->reductionsHere();

    // The same connection again, as when it grew: its full range and pixel columns worked out there.
    m_graph->setLadder(std::make_shared<const core::ConnectionLadder>(*m_ladder));
    QVERIFY(updated.wait());
    QCOMPARE(chart->reductionsHere(), reductions);
    QCOMPARE(chart->markSeries(GraphMark::Retransmission)->count(), retransmissions);
    QCOMPARE(chart->dataSeries()->count(), dataPoints);

    // Zoomed in, a grown ladder keeps the zoom, reduced there for that range.
    const QRectF full = chart->visibleRange();
    const QRectF zoom(full.left(), full.top(), full.width() / 4, full.height() / 4);
    m_graph->zoomTo(zoom);
    QCoreApplication::processEvents(); // the plot's new width beside the new tick labels
    const qsizetype zoomedPoints = chart->dataSeries()->count();
    const int zoomedReductions = chart->reductionsHere();
    m_graph->setLadder(std::make_shared<const core::ConnectionLadder>(*m_ladder));
    QVERIFY(updated.wait());
    QCOMPARE(chart->reductionsHere(), zoomedReductions);
    QCOMPARE(chart->visibleRange(), zoom);
    QCOMPARE(chart->dataSeries()->count(), zoomedPoints);
}

void TestSequenceGraph::exportPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    QString error;
    QVERIFY2(ui::exportSequenceGraph(*m_ladder, path, 1400, 800, false, &error), qPrintable(error));
    QImage image(path);
    QCOMPARE(image.size(), QSize(1400, 800));
    // The retransmission rings are drawn in the theme's reset colour: some pixels must carry it.
    const QColor ring = ui::LadderTheme::light().reset;
    int ringPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ringPixels += image.pixelColor(x, y).rgb() == ring.rgb();
    }
    QVERIFY2(ringPixels > 20, qPrintable(QString::number(ringPixels)));
    QVERIFY(ui::exportSequenceGraph(*m_ladder, dir.filePath(QStringLiteral("dark.png")), 1400, 800, true, &error));
    QVERIFY(!ui::exportSequenceGraph(*m_ladder, path, 10, 10, false, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ui::exportSequenceGraph(*m_ladder, QStringLiteral("/nonexistent/dir/x.png"), 800, 600, false, &error));

    // For looking at it (docs/images/sequence-graph.png is made this way).
    const QByteArray keep = qgetenv("TCPLADDER_SAVE_GRAPH");
    if (!keep.isEmpty()) {
        QVERIFY(ui::exportSequenceGraph(*m_ladder, QString::fromLocal8Bit(keep), 1400, 800, false, &error));
        QVERIFY(ui::exportSequenceGraph(*m_ladder, QString::fromLocal8Bit(keep) + QStringLiteral(".dark.png"), 1400,
                                        800, true, &error));
        m_graph->resize(760, 420); // about a dock's size, to see the panel as people will
        QCoreApplication::processEvents();
        QVERIFY(m_graph->exportImage(QString::fromLocal8Bit(keep) + QStringLiteral(".view.png"), &error));
    }
}

QTEST_MAIN(TestSequenceGraph)
#include "tst_sequencegraph.moc"
