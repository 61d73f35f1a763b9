// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphchart.h"
#include "segment.h"
#include "streamreplay.h"
#include "tcpanalysis.h"

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace tcpladder::ui {

// One graph of a connection for a headless export: which, and the data it needs.
struct GraphExportRequest
{
    GraphKind kind = GraphKind::Sequence;
    // One entry per ladder row (core::analyzeStreamTcp); the RTT and bytes-in-flight graphs need it.
    std::vector<core::TcpRowAnalysis> analysis;
    // Without it: the direction that carried more data.
    std::optional<core::Direction> direction;
    int width = 1400;
    int height = 800;
    bool dark = false;
};

// The graph of `ladder` as an image, drawn by the same chart classes as the panel. Needs a
// QApplication (Qt Charts lives in a QGraphicsScene), but no window: runs with QT_QPA_PLATFORM=offscreen.
QImage renderGraph(const core::ConnectionLadder &ladder, const GraphExportRequest &request, QString *error = nullptr);

// Writes PNG or SVG, by the extension of `path`. On failure returns false and sets *error to one
// line fit for stderr.
bool exportGraph(const core::ConnectionLadder &ladder, const GraphExportRequest &request, const QString &path,
                 QString *error = nullptr);

// The time-sequence graph (the CLI's --graph before --graph-type), as before.
QImage renderSequenceGraph(const core::ConnectionLadder &ladder, int width, int height, bool dark,
                           std::optional<core::Direction> direction = std::nullopt, QString *error = nullptr);
bool exportSequenceGraph(const core::ConnectionLadder &ladder, const QString &path, int width, int height, bool dark,
                         QString *error = nullptr);

} // namespace tcpladder::ui
