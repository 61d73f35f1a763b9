// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ladder drawn from two captures (mergedladder.h) as a TextDiagram, so the same writers give it as
// Mermaid, PlantUML, TikZ or Markdown: one row per arrow in send order, each with its send and receive
// times, one-way delay and whether it was lost between the captures; the phase title says what was
// merged and the clock offset with its bound. Teacher's notes are capture A's (the file the window
// opened): they sit on the arrows of A's frames.

#include "laddertextdiagram.h"
#include "peercapture.h"

#include <string>

namespace tcpladder::core {

struct MergedTextOptions
{
    std::string captureName;     // "client.pcap"
    std::string peerCaptureName; // "server.pcap"
    LadderTranslate translate;   // context "LadderText"; empty: English
    FrameComments noteEdits;     // teacher's notes changed in the app, over capture A's comments
};

TextDiagram buildMergedTextDiagram(const ConnectionLadder &ladder, const PeerCapture &peer,
                                   const MergedTextOptions &options = {});

} // namespace tcpladder::core
