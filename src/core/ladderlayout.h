// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "ladderloss.h"
#include "laddertranslate.h"
#include "segment.h"
#include "streamreplay.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tcpladder::core {

struct LadderLayoutOptions
{
    double width = 960;                   // logical pixels
    double lineHeight = 16;               // height of one text line; every other metric is derived from it
    TextMeasure measure;                  // empty: 0.6 * lineHeight per character
    int collapseThreshold = 6;            // a data run longer than this collapses
    int collapseKeep = 2;                 // rows of a collapsed run left visible at each end, for context
    std::set<std::uint32_t> expandedRuns; // LadderRun::key of the runs the user expanded
    bool showWindow = false;              // append " Win=N" to the arrow labels
    bool showStates = true;               // RFC 9293 state beside a lifeline when it changes
    // "Textbook" slant: as in a textbook, where every segment takes the same one-way delay (half the
    // handshake RTT), every arrow falls steeply by one drop — inside its own, taller row, so it never
    // reaches another row or a phase title. Needs a seen handshake; else the capture-time geometry.
    bool textbook = false;
    LadderTranslate translate; // empty: English
};

struct LadderPoint
{
    double x = 0;
    double y = 0;
};

struct LadderRect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool contains(double px, double py) const { return px >= x && px < right() && py >= y && py < bottom(); }
    bool intersectsY(double top, double bottomY) const { return y < bottomY && bottom() > top; }
};

enum class TextAlign : std::uint8_t { Left, Center, Right };

struct LadderText
{
    std::string text; // UTF-8; empty means nothing to draw
    LadderRect rect;
    TextAlign align = TextAlign::Center;
};

enum class LadderItemKind : std::uint8_t { Segment, CollapsedRun };

// One drawable row: a segment's arrow or a collapsed run. Built on demand for visible rows only.
struct LadderItem
{
    LadderItemKind kind = LadderItemKind::Segment;
    std::size_t index = 0;      // item index in the layout
    std::uint32_t row = 0;      // index into ConnectionLadder::rows (first row of a run)
    std::uint32_t rowCount = 1; // rows this item stands for
    Direction direction = Direction::ClientToServer;
    Phase phase = Phase::Data;
    std::uint16_t flags = 0;
    std::uint8_t notes = 0; // SegmentNote bits; a run carries the union of its rows' notes
    LadderRect bounds;      // the full-width band this item owns (hit-testing, selection)
    LadderPoint start;      // arrow tail on the sender's lifeline
    LadderPoint end;        // arrow head on the receiver's lifeline
    LadderText label;       // "[SYN, ACK] Seq=0 Ack=1 Len=0", or the run's summary (rect = run box)
    LadderText tag;         // "retransmission", "RST", ... beside the label; empty when none
    LadderText time;        // seconds since the connection's first segment
    LadderText delta;       // seconds since the previous segment
    LadderText clientState; // only when the state changed with this row
    LadderText serverState;
    // Loss (ladderloss.h), on the line above the label; empty when the row has none. `gap` sits on
    // the sender's side: data before this segment was never captured.
    LadderText note; // "Dup ACK #3 of frame 41 · SACK 2897–4345", "fast retransmission after …"
    LadderText gap;  // "1448 bytes not captured (Seq 2897–4344)"
};

// A retransmission tied to what came before it: a bracket just inside its sender's lifeline with a
// tick at each duplicate ACK that reached that lifeline (or at the earlier transmission, for a wait)
// and one at the retransmission. Its words are the retransmission's note.
struct LadderLink
{
    LossLinkKind kind = LossLinkKind::Wait;
    std::uint32_t row = 0; // the retransmission
    std::vector<std::uint32_t> triggerRows;
    double lifelineX = 0;
    double x = 0; // the bracket's vertical line
    double top = 0;
    double bottom = 0;
    std::vector<double> ticks; // y on the lifeline of each trigger, the retransmission last
};

// A run of consecutive data-phase rows long enough to collapse (collapsed or expanded).
struct LadderRun
{
    std::uint32_t key = 0;      // first row of the whole data run; stable while a live stream grows
    std::uint32_t firstRow = 0; // first collapsed row
    std::uint32_t lastRow = 0;  // last collapsed row (inclusive)
    std::uint64_t bytesClientToServer = 0;
    std::uint64_t bytesServerToClient = 0;
    std::uint64_t retransmissions = 0;
    std::uint8_t notes = 0; // union of the collapsed rows' notes, so painting never walks the run
    bool expanded = false;

    std::uint32_t count() const { return lastRow - firstRow + 1; }
};

// A phase (handshake, data, teardown, reset) drawn as a bracket on the right with a titled band above.
struct LadderBracket
{
    Phase phase = Phase::Data;
    std::size_t firstItem = 0;
    std::size_t lastItem = 0; // inclusive
    std::uint32_t firstRow = 0;
    std::uint32_t lastRow = 0; // inclusive
    double x = 0;              // the bracket's vertical line
    double top = 0;            // top of the title band
    double bottom = 0;         // bottom of the last item
    LadderText title;          // "three-way handshake", "teardown — 4 segments", ...
};

struct LadderLane
{
    double x = 0;         // lifeline
    std::string role;     // "client" / "server"
    std::string endpoint; // "10.0.0.1:51000"
    std::string hostname; // may be empty
    LadderRect box;       // header box holding the three texts
};

class LadderLayout
{
public:
    double width() const { return m_width; }
    double height() const { return m_height; }
    // Narrowest width at which the longest label of this ladder (with a note tag) fits unelided.
    double minimumWidth() const { return m_minimumWidth; }
    double lineHeight() const { return m_line; }
    double headerHeight() const { return m_headerHeight; }
    double lifelineTop() const { return m_headerHeight; }
    double lifelineBottom() const { return m_height - m_line; }
    const LadderLane &client() const { return m_client; }
    const LadderLane &server() const { return m_server; }
    LadderText timeHeader() const { return m_timeHeader; }
    LadderText deltaHeader() const { return m_deltaHeader; }
    const std::vector<LadderBracket> &brackets() const { return m_brackets; }
    const std::vector<LadderRun> &runs() const { return m_runs; }
    // Gaps, retransmission triggers and ACK notes, from ConnectionLadder::tcp (empty without it).
    const LossMarks &loss() const { return m_loss; }
    LadderLink link(std::size_t index) const; // index into loss().links
    // Links whose bracket overlaps [top, bottom).
    std::vector<LadderLink> linksInRange(double top, double bottom) const;
    std::size_t rowCount() const;

    std::size_t itemCount() const { return m_items.size(); }
    LadderItem item(std::size_t index) const;
    double itemTop(std::size_t index) const;
    // Where the item's view begins when scrolled to: the title band above it when it opens a phase, so
    // that scrolling to the first row never hides "three-way handshake" under the pinned header.
    double itemTopWithTitle(std::size_t index) const;
    double itemHeight() const { return m_pitch; }
    // Items whose band overlaps [top, bottom): half-open index range, O(log n).
    std::pair<std::size_t, std::size_t> itemRange(double top, double bottom) const;
    std::vector<LadderItem> itemsInRange(double top, double bottom) const;
    std::optional<std::size_t> itemAt(double x, double y) const;
    // The item that shows the row (a collapsed run for a hidden row); nullopt when out of range.
    std::optional<std::size_t> itemForRow(std::uint32_t row) const;
    // The run a collapsed-run item stands for.
    const LadderRun *runOfItem(std::size_t index) const;

    // Textbook layout (options.textbook): the estimate the slant uses, nullopt when the handshake
    // was not seen (then the arrows keep the capture-time drop). Half of SYN -> third ACK.
    std::optional<std::int64_t> oneWayDelayNs() const;
    std::optional<std::int64_t> handshakeRttNs() const;
    // True when the capture was taken near the client (SYN -> SYN-ACK is the longer gap): the banner
    // and the teaching notes say at which end the times were taken.
    bool capturedNearClient() const { return m_capturedNearClient; }
    // The banner naming the estimate ("textbook layout: … RTT (41.5 ms) …"), in the header row right
    // of the time columns; its text fits its rect (a shorter wording is chosen when the long one does
    // not). Empty unless options.textbook.
    const LadderText &textbookCaption() const { return m_textbookCaption; }

private:
    friend LadderLayout layoutLadder(const ConnectionLadder &, const LadderLayoutOptions &);

    struct Entry
    {
        std::uint32_t row;
        std::int32_t run; // index into m_runs when collapsed, else -1
    };
    LadderText fitText(std::string text, const LadderRect &rect, TextAlign align) const;
    std::string segmentLabel(const Segment &segment, bool withWindow) const;
    std::size_t bandsBefore(std::size_t item) const;
    double arrowY(std::size_t item) const;
    void addRows(std::size_t first, std::size_t end, int keep, std::size_t threshold);
    void placeLossNotes(LadderItem &item, double arrowY) const;
    void placeLinks();
    void prepareTextbook();
    void placeTextbookCaption();

    const ConnectionLadder *m_ladder = nullptr; // must outlive the layout (the view owns both)
    LadderLayoutOptions m_options;
    std::vector<Entry> m_items;
    std::vector<LadderRun> m_runs;
    std::vector<LadderBracket> m_brackets;
    LossMarks m_loss;
    std::vector<std::pair<std::size_t, std::size_t>> m_linkItems; // first and last item of each link
    std::size_t m_longestLink = 0;                                // in items
    LadderLane m_client;
    LadderLane m_server;
    LadderText m_timeHeader;
    LadderText m_deltaHeader;
    double m_width = 0;
    double m_height = 0;
    double m_minimumWidth = 0;
    double m_line = 16;
    double m_pitch = 40;
    double m_band = 24;
    double m_headerHeight = 0;
    double m_contentTop = 0;
    double m_timeX = 0;
    double m_timeWidth = 0;
    double m_deltaX = 0;
    double m_deltaWidth = 0;
    double m_stateWidth = 0;
    double m_noteLine = 0;   // room above the label for loss notes; 0 when the ladder has none
    double m_arrowDrop = 11; // how far an arrow's head falls below its tail, inside its own row
    LadderText m_textbookCaption;
    std::int64_t m_handshakeRttNs = -1;
    bool m_capturedNearClient = true;
};

// Pure geometry + text for one connection's ladder: lanes, per-row arrows and labels (computed on
// demand), phase brackets and collapsed runs. `ladder` must outlive the returned layout.
LadderLayout layoutLadder(const ConnectionLadder &ladder, const LadderLayoutOptions &options);

// Helpers shared with the tests and the painter.
std::string formatSeconds(std::int64_t ns); // "1.234567"
// The one byte-count formatter of every display (list, brackets, CLI text): "980 B", "1.2 kB", "52.0 kB", "3.4 MB".
std::string formatByteCount(std::uint64_t bytes);
// What every display counts: the TCP payload of rows [firstRow, lastRow], retransmissions included
// (bytes sent, as the JSON's payload_c2s / payload_s2c).
std::uint64_t payloadBytes(const ConnectionLadder &ladder, std::uint32_t firstRow, std::uint32_t lastRow);
std::string noteTag(std::uint8_t notes, std::uint16_t flags, // "retransmission", "dup ack", "RST", ...
                    const LadderTranslate &translate = {});

} // namespace tcpladder::core
