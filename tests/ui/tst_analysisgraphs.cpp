// SPDX-License-Identifier: GPL-3.0-or-later
// The graph dock's round-trip-time and bytes-in-flight graphs in the main window: chosen from the
// dock and remembered, linked both ways with the ladder, and saying so when there is nothing to draw.
#include "analysisgraphcharts.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "sequencegraph.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tcpladder;
using ui::GraphKind;
using ui::MainWindow;

Q_DECLARE_METATYPE(tcpladder::ui::GraphKind)

namespace {

const QString LossyBulk = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");
const QString SynUnanswered = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/syn-unanswered.pcap");

bool open(MainWindow &w, const QString &path)
{
    QSignalSpy finished(&w, &MainWindow::loadFinished);
    w.openFile(path);
    return (!finished.isEmpty() || finished.wait(20000))
        && finished.first().first().value<capture::LoadStatus>() == capture::LoadStatus::Ok;
}

QComboBox *kindCombo(MainWindow &w)
{
    return w.findChild<QComboBox *>(QStringLiteral("graphKindCombo"));
}

// Chooses `kind` in the dock as a person would and waits for the capture's second read.
bool showKind(MainWindow &w, GraphKind kind)
{
    QComboBox *combo = kindCombo(w);
    if (!combo)
        return false;
    combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
    ui::SequenceGraph *graph = w.sequenceGraph();
    auto *chart = qobject_cast<ui::TcpAnalysisChart *>(graph->chart());
    return chart && chart->kind() == kind
        && QTest::qWaitFor([&] { return chart->hasTcpAnalysis() && !graph->isReadingCapture(); }, 20000);
}

// The points of the shown graph a click can land on.
std::vector<core::GraphPoint> pointsOf(ui::GraphChart *chart)
{
    if (auto *rtt = qobject_cast<ui::RttGraphChart *>(chart)) {
        auto points = rtt->graph()[core::Direction::ClientToServer];
        const auto &other = rtt->graph()[core::Direction::ServerToClient];
        points.insert(points.end(), other.begin(), other.end());
        return points;
    }
    if (auto *inFlight = qobject_cast<ui::InFlightGraphChart *>(chart))
        return inFlight->graph()[chart->direction()].inFlight;
    return {};
}

} // namespace

class TestAnalysisGraphs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void linkedBothWaysWithTheLadder_data();
    void linkedBothWaysWithTheLadder();
    void choiceIsRemembered();
    void emptyStateSaysWhy();
};

void TestAnalysisGraphs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_analysisgraphs"));
}

void TestAnalysisGraphs::init()
{
    QSettings().clear();
}

void TestAnalysisGraphs::linkedBothWaysWithTheLadder_data()
{
    QTest::addColumn<GraphKind>("kind");
    QTest::newRow("round-trip time") << GraphKind::RoundTripTime;
    QTest::newRow("bytes in flight") << GraphKind::BytesInFlight;
}

void TestAnalysisGraphs::linkedBothWaysWithTheLadder()
{
    QFETCH(GraphKind, kind);
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(open(w, LossyBulk));
    QVERIFY(w.selectStream(0));
    w.showSequenceGraph();
    ui::SequenceGraph *graph = w.sequenceGraph();
    QTRY_VERIFY(graph->isVisible());
    QVERIFY(showKind(w, kind));
    QCOMPARE(w.findChild<QDockWidget *>(QStringLiteral("sequenceGraphDock"))->windowTitle(),
             kindCombo(w)->currentText());
    QCoreApplication::processEvents(); // the deferred refresh after layout
    ui::GraphChart *chart = graph->chart();
    QVERIFY(chart->emptyNote().isEmpty());
    const auto points = pointsOf(chart);
    QVERIFY2(
        points.size() > 20,
        qPrintable(QStringLiteral("%1 points for %2 rows").arg(points.size()).arg(w.currentLadder()->rows.size())));

    // Graph -> ladder: a click on a point selects its segment. Zoomed so its neighbours are pixels apart.
    const core::GraphPoint target = points[points.size() / 2];
    const double spanY = std::max(1.0, std::abs(target.value) * 0.01);
    graph->zoomTo(
        QRectF(QPointF(target.time - 1e-4, target.value - spanY), QPointF(target.time + 1e-4, target.value + spanY)));
    const auto pos = graph->rowPoint(target.row);
    QVERIFY(pos);
    QVERIFY(graph->viewport()->rect().contains(*pos));
    QVERIFY(w.ladderView()->currentRow() != target.row);
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, *pos);
    QCOMPARE(w.ladderView()->currentRow(), target.row);

    // Ladder -> graph: selecting a row rings its point.
    graph->resetZoom();
    const core::GraphPoint other = points[points.size() / 4];
    w.ladderView()->setCurrentRow(other.row);
    QXYSeries *highlight = chart->highlightSeries();
    QCOMPARE(highlight->count(), 1);
    QCOMPARE(highlight->at(0), QPointF(other.time, other.value));
}

void TestAnalysisGraphs::choiceIsRemembered()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.sequenceGraph()->kind(), GraphKind::Sequence); // a first start
        kindCombo(w)->setCurrentIndex(kindCombo(w)->findData(static_cast<int>(GraphKind::BytesInFlight)));
        QCOMPARE(w.sequenceGraph()->kind(), GraphKind::BytesInFlight);
    }
    MainWindow again;
    QCOMPARE(again.sequenceGraph()->kind(), GraphKind::BytesInFlight);
    QCOMPARE(kindCombo(again)->currentData().toInt(), static_cast<int>(GraphKind::BytesInFlight));
}

void TestAnalysisGraphs::emptyStateSaysWhy()
{
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(open(w, SynUnanswered));
    QVERIFY(w.selectStream(0));
    w.showSequenceGraph();
    QVERIFY(showKind(w, GraphKind::RoundTripTime));
    ui::GraphChart *chart = w.sequenceGraph()->chart();
    QCOMPARE(chart->emptyNote(),
             ui::RttGraphChart::tr("No RTT samples: no segment of this connection was acknowledged"));
    QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeScatter);
    QVERIFY(pointsOf(chart).empty());

    QVERIFY(showKind(w, GraphKind::BytesInFlight));
    QCOMPARE(w.sequenceGraph()->chart()->emptyNote(),
             ui::InFlightGraphChart::tr("No bytes in flight: no data was sent this way"));

    // A connection with samples clears the note.
    QVERIFY(open(w, LossyBulk));
    QVERIFY(w.selectStream(0));
    auto *inFlight = qobject_cast<ui::InFlightGraphChart *>(w.sequenceGraph()->chart());
    QVERIFY(inFlight);
    QTRY_VERIFY(inFlight->hasTcpAnalysis() && inFlight->emptyNote().isEmpty());
}

QTEST_MAIN(TestAnalysisGraphs)
#include "tst_analysisgraphs.moc"
