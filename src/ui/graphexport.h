// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"
#include "streamreplay.h"

#include <QImage>
#include <QString>

#include <optional>

namespace tcpladder::ui {

// The time-sequence graph of `ladder` as an image, drawn by the same SequenceGraphChart as the
// panel. Without `direction` it shows the direction that carried more data. Needs a QApplication
// (Qt Charts lives in a QGraphicsScene), but no window: runs with QT_QPA_PLATFORM=offscreen.
QImage renderSequenceGraph(const core::ConnectionLadder &ladder, int width, int height, bool dark,
                           std::optional<core::Direction> direction = std::nullopt, QString *error = nullptr);

// Writes a PNG. On failure returns false and sets *error to one line fit for stderr.
bool exportSequenceGraph(const core::ConnectionLadder &ladder, const QString &path, int width, int height, bool dark,
                         QString *error = nullptr);

} // namespace tcpladder::ui
