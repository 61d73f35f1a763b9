// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphchart.h"
#include "sequencegraphdata.h"

#include <QLineSeries>
#include <QScatterSeries>

#include <array>
#include <memory>
#include <optional>

namespace tcpladder::ui {

// The time-sequence graph of one direction. Holds the full data and shows, for the visible time
// range, a reduction to about one bucket per pixel column (core::displayGraph).
class SequenceGraphChart : public GraphChart
{
    Q_OBJECT

public:
    explicit SequenceGraphChart(QGraphicsItem *parent = nullptr);

    GraphKind kind() const override { return GraphKind::Sequence; }
    void setLadder(const core::ConnectionLadder &ladder, bool keepRange) override;
    // `graph` is core::buildSequenceGraph(ladder), made before (on a worker, for a big ladder).
    void setGraph(const core::ConnectionLadder &ladder, std::shared_ptr<const core::SequenceGraphData> graph,
                  bool keepRange);

    // Sequence numbers are drawn from the lowest one shown, not from 0: fullRange() and prepare() both say so.
    static constexpr bool kValuesFromZero = false;

    // What setGraph() shows of a graph, worked out beside it off the GUI thread for a big ladder:
    // both its full range and the reduction to pixel columns walk every point.
    struct Shown
    {
        core::Direction direction = core::Direction::ClientToServer;
        QRectF range;
        core::GraphDisplay display;
    };
    // `range` is kept when given, else the direction's full range; `buckets` as buckets() says now.
    static Shown prepare(const core::SequenceGraphData &graph, core::Direction direction, std::optional<QRectF> range,
                         std::size_t buckets);
    void setGraph(const core::ConnectionLadder &ladder, std::shared_ptr<const core::SequenceGraphData> graph,
                  Shown shown);
    std::size_t pixelColumns() const { return buckets(); }
    // How many times this chart reduced its points itself, on the GUI thread (for tests).
    int reductionsHere() const { return m_reductionsHere; }
    void clearGraph() override;
    const core::SequenceGraphData &graph() const { return *m_graph; }
    core::Direction busiestDirection() const override { return m_graph->busiestDirection(); }

    void setGraphTheme(const LadderTheme &theme, bool dark) override;
    void refresh() override;
    std::optional<core::GraphPoint> pointForRow(int row) const override;

    static QString markName(core::GraphMark mark);      // with what it means, for the legend
    static QString shortMarkName(core::GraphMark mark); // just the name
    void setCompactLegend(bool compact) override;
    void retranslate() override;

    QXYSeries *dataSeries() const { return m_data; }
    QXYSeries *markSeries(core::GraphMark mark) const { return m_marks[static_cast<std::size_t>(mark)]; }

protected:
    std::vector<const std::vector<core::GraphPoint> *> clickablePoints() const override;
    std::vector<const std::vector<core::GraphPoint> *> allPoints() const override;
    double duration() const override { return m_graph->duration; }
    bool valuesFromZero() const override { return kValuesFromZero; }
    void directionChanged() override { updateTitle(); }

private:
    void updateTitle();
    void updateLegend();
    void showDisplay(core::GraphDisplay display); // into the series
    static std::vector<const std::vector<core::GraphPoint> *> pointsOf(const core::GraphDirection &direction);

    std::shared_ptr<const core::SequenceGraphData> m_graph; // never null
    core::GraphDisplay m_shown;                             // what the series hold now, for hit-testing
    int m_reductionsHere = 0;
    QScatterSeries *m_data = nullptr;
    QLineSeries *m_ack = nullptr;
    QLineSeries *m_window = nullptr;
    std::array<QScatterSeries *, core::graphMarkCount> m_marks{};
};

} // namespace tcpladder::ui
