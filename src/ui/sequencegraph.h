// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphchart.h"
#include "laddertheme.h"
#include "newestjob.h"
#include "sequencegraphchart.h"
#include "streamreplay.h"

#include <QChartView>
#include <QPoint>

#include <optional>

QT_BEGIN_NAMESPACE
class QRubberBand;
QT_END_NAMESPACE

namespace tcpladder::ui {

// The graph panel of the selected connection (time-sequence, round-trip time or bytes in flight),
// linked to the ladder by row index. Drag a rectangle to zoom, wheel to zoom around the cursor,
// Escape / Home / double-click to reset; the context menu switches direction and exports a PNG.
class SequenceGraph : public QChartView
{
    Q_OBJECT

public:
    explicit SequenceGraph(QWidget *parent = nullptr);
    ~SequenceGraph() override;

    // Another ladder of the same connection (live growth) keeps a zoom the user made and the chosen
    // direction; any other connection starts unzoomed on its busiest direction.
    // The graph shares `ladder` with the window, the view and the details pane. The RTT and
    // bytes-in-flight graphs draw its `tcp` analysis (read off the GUI thread by the window's
    // TcpAnalysisLoader); until a ladder with it arrives they say they are reading the capture.
    // A ladder of asyncGraphRows() rows or more gets its time-sequence data made off the GUI
    // thread; the graph on screen stays until it is ready (graphUpdated), or, when it is of another
    // connection (a big one selected), the graph is empty until then.
    void setLadder(core::SharedLadder ladder);
    void setLadder(const core::ConnectionLadder &ladder); // a copy, for tests and exports
    int asyncGraphRows() const { return m_asyncGraphRows; }
    void setAsyncGraphRows(int rows) { m_asyncGraphRows = rows; }
    bool isBuilding() const { return !m_graphJob->isIdle(); } // data is being made off the GUI thread
    const core::SharedLadder &sharedLadder() const { return m_ladder; }
    void clear();

    GraphKind kind() const { return m_chart->kind(); }
    void setKind(GraphKind kind);
    // The ladder on show has no analysis yet (the window is reading the capture again).
    bool isReadingCapture() const
    {
        return m_ladder && !m_ladder->rows.empty() && m_ladder->tcp.size() != m_ladder->rows.size();
    }

    core::Direction direction() const { return m_chart->direction(); }
    void setDirection(core::Direction direction);

    LadderThemeKind themeKind() const { return m_themeKind; }
    void setThemeKind(LadderThemeKind kind);

    int currentRow() const { return m_chart->currentRow(); }
    bool isZoomed() const { return m_zoomed; }
    void zoomTo(const QRectF &range); // x in seconds, y in relative sequence numbers
    void resetZoom();

    GraphChart *chart() const { return m_chart; }
    // The time-sequence chart, or nullptr while another graph is shown.
    SequenceGraphChart *graphChart() const;
    // Where `row`'s point is drawn, in viewport coordinates; nullopt when it has none here.
    std::optional<QPoint> rowPoint(int row) const;
    bool exportImage(const QString &path, QString *error = nullptr);
    // The chart's readableSize(): a dock or splitter cannot squeeze the labels into "…".
    QSize minimumSizeHint() const override;

public slots:
    void setCurrentRow(int row); // highlights only; does not emit rowActivated

signals:
    void rowActivated(int ladderRow);
    void directionChanged(tcpladder::core::Direction direction);
    void kindChanged(tcpladder::ui::GraphKind kind);
    // The graph shows the connection's analysis (or the capture could not be read again).
    void analysisReady();
    // The time-sequence data of a grown ladder, made off the GUI thread, is now shown.
    void graphUpdated();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QPointF chartPos(const QPoint &viewportPos) const;
    QPointF valueAt(const QPointF &chartPos) const;
    void scheduleRefresh();
    void applyTheme();
    void retranslate();
    void exportWithDialog();
    void applyAnalysis();
    void showNewData(bool sameConnection);
    // What a big ladder's graph was worked out for off the GUI thread.
    struct ShownAsked
    {
        bool directionChosen = false;
        bool zoomed = false;
        core::Direction direction = core::Direction::ClientToServer;
        QRectF range;
        std::size_t buckets = 0;
    };
    void showGraph(const core::ConnectionLadder &ladder, std::shared_ptr<const core::SequenceGraphData> graph,
                   const ShownAsked &asked, SequenceGraphChart::Shown shown);

    GraphChart *m_chart = nullptr;   // owned by the view (QChartView::setChart)
    core::SharedLadder m_ladder;     // for a graph switched to
    NewestJob *m_graphJob = nullptr; // a child: builds a grown ladder's time-sequence data
    int m_asyncGraphRows = 20'000;
    QRubberBand *m_rubberBand = nullptr;
    std::optional<QPoint> m_pressPos;
    bool m_zoomed = false;
    bool m_directionChosen = false;
    bool m_refreshPending = false;
    bool m_hasLadder = false;
    std::uint32_t m_streamIndex = 0;
    core::Endpoint m_client;
    core::Endpoint m_server;
    LadderThemeKind m_themeKind = LadderThemeKind::Palette;
};

} // namespace tcpladder::ui
