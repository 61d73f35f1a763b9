// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"
#include "mergedladderpainter.h"

#include <QString>

namespace tcpladder::ui {

// A ladder drawn from two captures of one connection (MergedLadderPainter) as PNG, SVG or PDF
// (pages cut across the drawing), by the extension of `path`.
bool exportMergedLadder(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                        const MergedLadderNames &names, const QString &path, const LadderExportOptions &options,
                        QString *error = nullptr);

} // namespace tcpladder::ui
