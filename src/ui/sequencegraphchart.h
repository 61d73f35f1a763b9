// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laddertheme.h"
#include "sequencegraphdata.h"
#include "streamreplay.h"

#include <QChart>
#include <QLineSeries>
#include <QRectF>
#include <QScatterSeries>

#include <array>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace tcpladder::ui {

// The time-sequence graph of one direction as a QChart. Shared by the on-screen view and the PNG
// export, so both draw exactly the same series, marks and legend. Holds the full data and shows,
// for the visible time range, a reduction to about one bucket per pixel column (core::displayGraph).
class SequenceGraphChart : public QChart
{
    Q_OBJECT

public:
    explicit SequenceGraphChart(QGraphicsItem *parent = nullptr);

    // Keeps the visible range when `keepRange` is set (a live connection that grew under a zoom).
    void setLadder(const core::ConnectionLadder &ladder, bool keepRange);
    void clearGraph();
    const core::SequenceGraphData &graph() const { return m_graph; }

    core::Direction direction() const { return m_direction; }
    void setDirection(core::Direction direction);

    void setGraphTheme(const LadderTheme &theme, bool dark);

    // Axis ranges: x in seconds, y in relative sequence numbers.
    QRectF fullRange() const;
    QRectF visibleRange() const;
    void setVisibleRange(const QRectF &range);
    void resetRange() { setVisibleRange(fullRange()); }

    // Rebuilds the displayed points for the visible range (one replace() per series).
    void refresh();

    void setCurrentRow(int row);
    int currentRow() const { return m_currentRow; }

    // Where a graph value is drawn, in chart item coordinates.
    QPointF positionOf(const core::GraphPoint &point) const;
    // The ladder row of the shown point nearest to `chartPos` within `radius` pixels, -1 for none.
    int rowAt(const QPointF &chartPos, qreal radius) const;

    // The smallest size at which Qt Charts elides nothing: the vertical axis title whole along the
    // plot, a tick label per grid line, every legend entry (it cuts them off, it does not wrap).
    QSizeF readableSize() const;

    static QString markName(core::GraphMark mark);      // with what it means, for the legend
    static QString shortMarkName(core::GraphMark mark); // just the name
    void setCompactLegend(bool compact);
    // Axis titles, the highlight's name and the title again in the current language (the legend's
    // names come from setCompactLegend()).
    void retranslate();

    QXYSeries *dataSeries() const { return m_data; }
    QXYSeries *markSeries(core::GraphMark mark) const
    {
        return m_marks[static_cast<std::size_t>(mark)];
    }
    QXYSeries *highlightSeries() const { return m_highlight; }

private:
    void updateTitle();
    void updateLegend();
    void updateHighlight();

    core::SequenceGraphData m_graph;
    core::Direction m_direction = core::Direction::ClientToServer;
    QString m_client;
    QString m_server;
    std::uint32_t m_streamIndex = 0;
    int m_currentRow = -1;
    bool m_hasData = false;

    core::GraphDisplay m_shown; // what the series hold now, for hit-testing
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QScatterSeries *m_data = nullptr;
    QLineSeries *m_ack = nullptr;
    QLineSeries *m_window = nullptr;
    std::array<QScatterSeries *, core::graphMarkCount> m_marks{};
    QScatterSeries *m_highlight = nullptr;
    LadderTheme m_theme = LadderTheme::light();
};

} // namespace tcpladder::ui
