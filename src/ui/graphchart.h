// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laddertheme.h"
#include "sequencegraphdata.h"
#include "streamreplay.h"
#include "tcpanalysis.h"

#include <QChart>
#include <QRectF>
#include <QScatterSeries>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace tcpladder::ui {

// Narrower than this the legend's explanations squeeze the plot: short names instead.
inline constexpr int compactLegendBelow = 1100;

// What the graph dock can show of the selected connection.
enum class GraphKind { Sequence, RoundTripTime, BytesInFlight };

// A graph of one connection over time, linked to the ladder by row index: the axes, zoom range,
// highlight of the current row, hit-testing and empty-state note that every graph of the dock
// shares. Subclasses hold the data and the series. Shared by the panel and the headless export.
class GraphChart : public QChart
{
    Q_OBJECT

public:
    explicit GraphChart(QGraphicsItem *parent = nullptr);

    virtual GraphKind kind() const = 0;
    // Keeps the visible range when `keepRange` is set (a live connection that grew under a zoom).
    virtual void setLadder(const core::ConnectionLadder &ladder, bool keepRange) = 0;
    // The same, for a ladder the chart may keep without copying it (the panel's).
    virtual void setSharedLadder(const core::SharedLadder &ladder, bool keepRange) { setLadder(*ladder, keepRange); }
    virtual void clearGraph() = 0;
    // Graphs of tshark's tcp.analysis fields need them for every row (analyzeLadderTcp), which
    // takes a second read of the capture; until they come the graph says it is waiting.
    virtual bool needsTcpAnalysis() const { return false; }
    virtual void setTcpAnalysis(const std::vector<core::TcpRowAnalysis> &analysis, bool keepRange);

    // The direction whose data is graphed; a graph of both directions ignores it.
    virtual bool usesDirection() const { return true; }
    virtual core::Direction busiestDirection() const = 0;
    core::Direction direction() const { return m_direction; }
    void setDirection(core::Direction direction);

    virtual void setGraphTheme(const LadderTheme &theme, bool dark);

    // Axis ranges: x in seconds, y in the graph's unit.
    QRectF fullRange() const;
    // The full range of `points` over `duration` seconds: fullRange() of a graph holding them (any thread).
    static QRectF rangeOf(const std::vector<const std::vector<core::GraphPoint> *> &points, double duration,
                          bool valuesFromZero);
    QRectF visibleRange() const;
    void setVisibleRange(const QRectF &range);
    void resetRange() { setVisibleRange(fullRange()); }

    // Rebuilds the displayed points for the visible range (one replace() per series).
    virtual void refresh() = 0;

    void setCurrentRow(int row);
    int currentRow() const { return m_currentRow; }
    // The point that stands for ladder row `row` in this graph, nullopt when it draws nothing.
    virtual std::optional<core::GraphPoint> pointForRow(int row) const = 0;

    // Where a graph value is drawn, in chart item coordinates.
    QPointF positionOf(const core::GraphPoint &point) const;
    // The ladder row of the shown point nearest to `chartPos` within `radius` pixels, -1 for none.
    int rowAt(const QPointF &chartPos, qreal radius) const;

    // The smallest size at which Qt Charts elides nothing: the vertical axis title whole along the
    // plot, a tick label per grid line, every legend entry (it cuts them off, it does not wrap).
    QSizeF readableSize() const;

    virtual void setCompactLegend(bool compact) = 0;
    // Axis titles, names and title again in the current language.
    virtual void retranslate() = 0;

    QXYSeries *highlightSeries() const { return m_highlight; }
    // The note over an empty plot ("no RTT samples"); empty text when the graph has points.
    QString emptyNote() const;

protected:
    // Adds a series on the shared axes; the highlight goes last (finishSeries) so it draws on top.
    void attachSeries(QXYSeries *series);
    void finishSeries();
    // Sets the axis titles; the vertical one's unit goes on a line of its own, or a short dock's
    // plot cuts it to "Rela…".
    void setAxisTitles(const QString &x, const QString &y);
    void setEmptyNote(const QString &note);
    void setAxisRanges(const QRectF &range); // setVisibleRange() without the refresh
    void turnTo(core::Direction direction);  // setDirection() without the new range
    void updateHighlight();
    void placeEmptyNote();
    // Shown points in the order a click prefers them on a tie (marks first).
    virtual std::vector<const std::vector<core::GraphPoint> *> clickablePoints() const = 0;
    // Every point the full range must include.
    virtual std::vector<const std::vector<core::GraphPoint> *> allPoints() const = 0;
    virtual double duration() const = 0;
    // Whether the vertical axis starts at 0 (bytes, milliseconds) rather than at the lowest value.
    virtual bool valuesFromZero() const { return true; }
    virtual void directionChanged() { }

    // The number of pixel columns to reduce lines to (core::downsamplePoints).
    std::size_t buckets() const;
    // What a scatter series draws of `points` on the plot as it is now: one dot per cell of a
    // pixel or two, since Qt Charts spends time on every dot of a scatter series, seen or not.
    QList<QPointF> drawnScatterPoints(const std::vector<core::GraphPoint> &points) const;
    void setConnection(const core::ConnectionLadder &ladder);

    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    LadderTheme m_theme = LadderTheme::light();
    std::uint32_t m_streamIndex = 0;
    QString m_client;
    QString m_server;
    bool m_hasData = false;

private:
    core::Direction m_direction = core::Direction::ClientToServer;
    int m_currentRow = -1;
    QScatterSeries *m_highlight = nullptr;
    QGraphicsSimpleTextItem *m_emptyNote = nullptr;
};

// Helpers for the subclasses' series.
QList<QPointF> graphScatterPoints(const std::vector<core::GraphPoint> &points);
// A value that changes only when a segment arrives, drawn as steps (tcptrace's look).
QList<QPointF> graphStepPoints(const std::vector<core::GraphPoint> &points);
QScatterSeries *makeGraphScatter(QScatterSeries::MarkerShape shape, qreal size);
void styleGraphScatter(QScatterSeries *series, const QColor &color, bool hollow, qreal penWidth = 1.5);

} // namespace tcpladder::ui
