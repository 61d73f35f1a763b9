// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The explanation pane's note on an arrow of a ladder merged from two captures: what the two
// captures show of it (its one-way delay, or where it went missing, and how the sender recovered a
// lost one), then the row's own note from the capture that holds it. Worded in context "Explanation".

#include "explanationnote.h"
#include "mergedladder.h"

namespace tcpladder::core {

ExplanationNote mergedExplanationNote(const ConnectionLadder &ladder, const PeerCapture &peer, const MergedArrow &arrow,
                                      const LadderTranslate &translate = {});

} // namespace tcpladder::core
