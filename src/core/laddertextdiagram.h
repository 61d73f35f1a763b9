// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ladder as text for other tools (Mermaid, PlantUML, LaTeX/TikZ, Markdown): the same rows, labels,
// phase titles, states, loss notes and collapsed runs as the drawn ladder (taken from layoutLadder),
// with every word already in the reader's language. The writers (laddertextwriters.h) only format.

#include "laddertranslate.h"
#include "packetcomments.h"
#include "streamreplay.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

enum class TextDiagramFormat : std::uint8_t { Mermaid, PlantUml, Tex, Markdown };

// By a file name's extension (case-insensitive): .mmd, .puml, .tex, .md; nullopt for any other.
std::optional<TextDiagramFormat> textDiagramFormatForPath(std::string_view path);

struct TextDiagramOptions
{
    bool showStates = false;              // each side's RFC 9293 state when it changes (every row in Markdown)
    bool expandAllRuns = false;           // no collapsed run of data segments
    std::set<std::uint32_t> expandedRuns; // LadderRun::key of the runs to write in full
    LadderTranslate translate;            // context "LadderText"; empty: English
    LadderTranslate explanationTranslate; // context "Explanation"; empty: English
    FrameComments noteEdits;              // teacher's notes changed in the app, over the ladder's comments
};

struct TextDiagramLane
{
    std::string role;     // "client"
    std::string endpoint; // "10.0.0.1:51000"
    std::string hostname; // may be empty
};

// One arrow, or a collapsed run of data segments (`label` is then its summary and frame..lastFrame
// its frames).
struct TextDiagramRow
{
    bool collapsed = false;
    bool toServer = true;
    std::uint32_t frame = 0;
    std::uint32_t lastFrame = 0;
    std::uint16_t flags = 0;
    std::uint32_t seq = 0; // relative, as tshark's tcp.seq / tcp.ack / tcp.len
    std::uint32_t ack = 0; // 0 when the ACK flag is off
    std::uint32_t length = 0;
    std::string label;       // "[SYN, ACK] Seq=0 Ack=1 Len=0"
    std::string tag;         // "retransmission", "dup ack", ... ; may be empty
    std::string frameLine;   // "frame 3, t = 0.000120 s (+0.000040)"
    std::string time;        // "0.000120"
    std::string delta;       // "+0.000040"
    std::string clientState; // after this row (showStates), else empty
    std::string serverState;
    bool clientStateChanged = false; // differs from the row before (or the first row)
    bool serverStateChanged = false;
    std::string lossNote; // "Dup ACK #3 of frame 41 · SACK 2897–4345"; may be empty
    std::string gap;      // "1448 bytes not captured (Seq 2897–4344)"; may be empty
    // Teacher's notes (laddernotes.h), each possibly of several lines; a collapsed run has those of all
    // its rows, each after its frame ("frame 12: ...").
    std::vector<std::string> notes;
    // Two captures merged (mergedtextdiagram.h) only: times on capture A's clock, empty when unknown.
    bool lost = false;       // sent, never captured arriving
    std::string seen;        // "both ends", "lost", "receiver only"
    std::string sent;        // "0.012345"
    std::string received;    // "0.032345"
    std::string oneWayDelay; // in ms: "20.000000"
    double sentStep = 0;     // where the send and the arrival are on the not-to-scale time axis, in lines
    double receivedStep = 0;
};

struct TextDiagramPhase
{
    Phase phase = Phase::Data;
    std::string title;                    // "three-way handshake", "teardown — 4 segments", ...
    std::vector<std::string> explanation; // the phase bracket's note, as the explanation pane words it
    std::vector<TextDiagramRow> rows;
};

// The words of the Markdown table's header row and the TikZ column titles.
struct TextDiagramWords
{
    std::string title;        // "TCP stream 3"
    std::string frame;        // "frame"
    std::string time;         // "time (s)"
    std::string delta;        // "Δt (s)"
    std::string direction;    // "direction"
    std::string flags;        // "flags"
    std::string clientState;  // "client state"
    std::string serverState;  // "server state"
    std::string notes;        // "notes"
    std::string teacherNotes; // "teacher's notes": a column only when some row has one
    std::string seen;         // merged only: "seen"
    std::string sent;         // "sent (s)"
    std::string received;     // "received (s)"
    std::string oneWayDelay;  // "one-way delay (ms)"
};

struct TextDiagram
{
    TextDiagramLane client;
    TextDiagramLane server;
    TextDiagramWords words;
    bool showStates = false;
    bool merged = false; // two captures: rows have sent/received/delay, arrows slant (mergedtextdiagram.h)
    std::vector<TextDiagramPhase> phases;
};

TextDiagram buildTextDiagram(const ConnectionLadder &ladder, const TextDiagramOptions &options = {});

// The diagram in `format`, as UTF-8 text ending in a newline.
std::string writeTextDiagram(const TextDiagram &diagram, TextDiagramFormat format);

} // namespace tcpladder::core
