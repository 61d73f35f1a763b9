// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"
#include "mergedladder.h"

#include <QString>

namespace tcpladder::ui {

// A ladder drawn from two captures of one connection (core::MergedLadder): each arrow from its send
// time on one lifeline to its receive time on the other, a segment lost between the captures as an
// arrow that stops half-way with a cross, and a header saying what was merged and the clock offset.
// PNG, SVG or PDF (pages cut across the drawing), by the extension of `path`.
bool exportMergedLadder(const core::ConnectionLadder &ladder, const core::PeerCapture &peer, const QString &peerName,
                        const QString &path, const LadderExportOptions &options, QString *error = nullptr);

} // namespace tcpladder::ui
