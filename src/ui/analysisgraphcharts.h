// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisgraphdata.h"
#include "graphchart.h"

#include <QLineSeries>
#include <QScatterSeries>

#include <array>

namespace tcpladder::ui {

// A graph of tshark's tcp.analysis fields: it keeps the ladder until the per-row analysis of a
// second read of the capture arrives (setTcpAnalysis), saying meanwhile that it is waiting.
class TcpAnalysisChart : public GraphChart
{
    Q_OBJECT

public:
    using GraphChart::GraphChart;

    bool needsTcpAnalysis() const override { return true; }
    void setLadder(const core::ConnectionLadder &ladder, bool keepRange) override;
    void setSharedLadder(const core::SharedLadder &ladder, bool keepRange) override;
    void setTcpAnalysis(const std::vector<core::TcpRowAnalysis> &analysis, bool keepRange) override;
    void clearGraph() override;
    bool hasTcpAnalysis() const { return m_analysed; }
    void retranslate() override;

protected:
    // Builds the graph from the ladder and its analysis (empty: drop everything).
    virtual void rebuild(std::span<const core::TcpRowAnalysis> analysis) = 0;
    virtual QString graphTitle() const = 0; // with a connection on screen
    virtual QString noPointsNote() const = 0;
    virtual bool hasPoints() const = 0;
    virtual void retranslateSeries() = 0;
    void updateTexts();

    core::SharedLadder m_ladder = std::make_shared<const core::ConnectionLadder>(); // never null

private:
    bool m_analysed = false;
};

// Round-trip time per ACK (tcp.analysis.ack_rtt), both directions' data at once.
class RttGraphChart : public TcpAnalysisChart
{
    Q_OBJECT

public:
    explicit RttGraphChart(QGraphicsItem *parent = nullptr);

    GraphKind kind() const override { return GraphKind::RoundTripTime; }
    bool usesDirection() const override { return false; }
    core::Direction busiestDirection() const override { return direction(); }
    const core::RttGraphData &graph() const { return m_graph; }

    void setGraphTheme(const LadderTheme &theme, bool dark) override;
    void refresh() override;
    std::optional<core::GraphPoint> pointForRow(int row) const override;
    void setCompactLegend(bool compact) override;
    QXYSeries *samplesSeries(core::Direction data) const { return m_samples[static_cast<std::size_t>(data)]; }

protected:
    void rebuild(std::span<const core::TcpRowAnalysis> analysis) override;
    QString graphTitle() const override;
    QString noPointsNote() const override;
    bool hasPoints() const override { return !m_graph.empty(); }
    void retranslateSeries() override;
    std::vector<const std::vector<core::GraphPoint> *> clickablePoints() const override;
    std::vector<const std::vector<core::GraphPoint> *> allPoints() const override;
    double duration() const override { return m_graph.duration; }

private:
    core::RttGraphData m_graph;
    std::array<std::vector<core::GraphPoint>, 2> m_shown;
    std::array<QScatterSeries *, 2> m_samples{};
    bool m_compact = false;
};

// Bytes in flight of one direction's data against the receive window the other side advertised.
class InFlightGraphChart : public TcpAnalysisChart
{
    Q_OBJECT

public:
    explicit InFlightGraphChart(QGraphicsItem *parent = nullptr);

    GraphKind kind() const override { return GraphKind::BytesInFlight; }
    core::Direction busiestDirection() const override { return m_graph.busiestDirection(); }
    const core::InFlightGraphData &graph() const { return m_graph; }

    void setGraphTheme(const LadderTheme &theme, bool dark) override;
    void refresh() override;
    std::optional<core::GraphPoint> pointForRow(int row) const override;
    void setCompactLegend(bool compact) override;
    QXYSeries *inFlightSeries() const { return m_inFlight; }
    QXYSeries *windowSeries() const { return m_window; }

protected:
    void rebuild(std::span<const core::TcpRowAnalysis> analysis) override;
    QString graphTitle() const override;
    QString noPointsNote() const override;
    bool hasPoints() const override { return !m_graph[direction()].inFlight.empty(); }
    void retranslateSeries() override;
    void directionChanged() override { updateTexts(); }
    std::vector<const std::vector<core::GraphPoint> *> clickablePoints() const override;
    std::vector<const std::vector<core::GraphPoint> *> allPoints() const override;
    double duration() const override { return m_graph.duration; }

private:
    core::InFlightGraphData m_graph;
    std::vector<core::GraphPoint> m_shownInFlight;
    std::vector<core::GraphPoint> m_shownWindow;
    QScatterSeries *m_inFlight = nullptr;
    QLineSeries *m_window = nullptr;
    bool m_compact = false;
};

} // namespace tcpladder::ui
