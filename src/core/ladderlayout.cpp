// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderlayout.h"

#include "ladderlabels.h"

#include "tcpflags.h"

#include <algorithm>
#include <cmath>

namespace tcpladder::core {

std::size_t LadderLayout::rowCount() const
{
    return m_ladder ? m_ladder->rows.size() : 0;
}

std::string LadderLayout::segmentLabel(const Segment &segment, bool withWindow) const
{
    return core::segmentLabel(segment, withWindow);
}

LadderText LadderLayout::fitText(std::string text, const LadderRect &rect, TextAlign align) const
{
    const auto &measure = m_options.measure;
    if (measure(text) > rect.width) {
        std::size_t keep = text.size();
        std::string elided;
        do {
            keep = keep > 1 ? keep - 1 : 0;
            elided = utf8Prefix(text, keep) + "…";
        } while (keep > 0 && measure(elided) > rect.width);
        text = keep > 0 ? elided : std::string();
    }
    return {std::move(text), rect, align};
}

std::size_t LadderLayout::bandsBefore(std::size_t item) const
{
    // Brackets are few (one per phase change), so a search over their first items is cheap.
    const auto it = std::upper_bound(m_brackets.begin(), m_brackets.end(), item,
                                     [](std::size_t value, const LadderBracket &b) { return value < b.firstItem; });
    return static_cast<std::size_t>(it - m_brackets.begin());
}

double LadderLayout::itemTop(std::size_t index) const
{
    return m_contentTop + static_cast<double>(index) * m_pitch + static_cast<double>(bandsBefore(index)) * m_band;
}

double LadderLayout::itemTopWithTitle(std::size_t index) const
{
    const bool opensPhase = bandsBefore(index) > (index == 0 ? 0 : bandsBefore(index - 1));
    return itemTop(index) - (opensPhase ? m_band : 0.0);
}

double LadderLayout::arrowY(std::size_t index) const
{
    return std::round(itemTop(index) + 1.55 * m_line + m_noteLine);
}

std::pair<std::size_t, std::size_t> LadderLayout::itemRange(double top, double bottom) const
{
    const auto firstEndingAfter = [this](double y) {
        std::size_t lo = 0;
        std::size_t hi = m_items.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (itemTop(mid) + m_pitch <= y)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    const std::size_t first = firstEndingAfter(top);
    std::size_t last = first;
    while (last < m_items.size() && itemTop(last) < bottom)
        ++last;
    return {first, last};
}

std::vector<LadderItem> LadderLayout::itemsInRange(double top, double bottom) const
{
    const auto [first, last] = itemRange(top, bottom);
    std::vector<LadderItem> items;
    items.reserve(last - first);
    for (std::size_t i = first; i < last; ++i)
        items.push_back(item(i));
    return items;
}

std::optional<std::size_t> LadderLayout::itemAt(double x, double y) const
{
    if (x < 0 || x >= m_width)
        return std::nullopt;
    const auto [first, last] = itemRange(y, y + 0.5);
    if (first < last && y >= itemTop(first))
        return first;
    return std::nullopt;
}

std::optional<std::size_t> LadderLayout::itemForRow(std::uint32_t row) const
{
    const auto it = std::upper_bound(m_items.begin(), m_items.end(), row,
                                     [](std::uint32_t value, const Entry &e) { return value < e.row; });
    if (it == m_items.begin())
        return std::nullopt;
    const auto index = static_cast<std::size_t>(it - m_items.begin()) - 1;
    const Entry &entry = m_items[index];
    const std::uint32_t last = entry.run >= 0 ? m_runs[static_cast<std::size_t>(entry.run)].lastRow : entry.row;
    if (row > last)
        return std::nullopt;
    return index;
}

const LadderRun *LadderLayout::runOfItem(std::size_t index) const
{
    if (index >= m_items.size() || m_items[index].run < 0)
        return nullptr;
    return &m_runs[static_cast<std::size_t>(m_items[index].run)];
}

LadderItem LadderLayout::item(std::size_t index) const
{
    LadderItem out;
    if (!m_ladder || index >= m_items.size())
        return out;
    const Entry &entry = m_items[index];
    const auto &rows = m_ladder->rows;
    const StreamRow &row = rows[entry.row];
    const double top = itemTop(index);
    const double L = m_line;
    out.index = index;
    out.row = entry.row;
    out.direction = row.segment.direction;
    out.phase = row.analysis.phase;
    out.flags = row.segment.flags;
    out.notes = row.segment.notes;
    out.bounds = {0, top, m_width, m_pitch};

    const double left = m_client.x;
    const double right = m_server.x;
    const double arrowY = this->arrowY(index);
    const double arrowDrop = m_arrowDrop;
    const double midY = arrowY + arrowDrop / 2;
    const std::int64_t t0 = rows.front().segment.timeNs;
    const std::int64_t previous = entry.row > 0 ? rows[entry.row - 1].segment.timeNs : row.segment.timeNs;
    out.time = {formatSeconds(row.segment.timeNs - t0), {m_timeX, midY - L / 2, m_timeWidth, L}, TextAlign::Right};
    out.delta = {"+" + formatSeconds(row.segment.timeNs - previous),
                 {m_deltaX, midY - L / 2, m_deltaWidth, L},
                 TextAlign::Right};

    if (entry.run >= 0) {
        const LadderRun &run = m_runs[static_cast<std::size_t>(entry.run)];
        out.kind = LadderItemKind::CollapsedRun;
        out.rowCount = run.count();
        out.notes = run.notes;
        const std::uint64_t retransmissions = run.retransmissions;
        const auto &translate = m_options.translate;
        std::string summary = "… "
            + fillArgs(ladderText(translate,
                                  TCPLADDER_TRANSLATE_N_NOOP("LadderText", "%n data segment(s), %1 (c→s %2, s→c %3)"),
                                  nullptr, static_cast<int>(run.count())),
                       {formatByteCount(run.bytesClientToServer + run.bytesServerToClient),
                        formatByteCount(run.bytesClientToServer), formatByteCount(run.bytesServerToClient)});
        if (retransmissions > 0)
            summary += ladderText(translate, TCPLADDER_TRANSLATE_N_NOOP("LadderText", ", %n retransmission(s)"),
                                  nullptr, static_cast<int>(std::min<std::uint64_t>(retransmissions, INT32_MAX)));
        summary += " …";
        const LadderRect box{left + 0.6 * L, top + 0.45 * L, right - left - 1.2 * L, m_pitch - 0.9 * L};
        out.label = fitText(std::move(summary), box, TextAlign::Center);
        out.start = {left, top + m_pitch / 2};
        out.end = {right, top + m_pitch / 2};
        return out;
    }

    const bool toServer = row.segment.direction == Direction::ClientToServer;
    out.start = {toServer ? left : right, arrowY};
    out.end = {toServer ? right : left, arrowY + arrowDrop};

    // Label and tag sit as one centred group above the arrow; the arrow only falls below its tail,
    // so nothing drawn above the tail's y can touch it.
    const auto &measure = m_options.measure;
    const std::string tag = noteTag(row.segment.notes, row.segment.flags, m_options.translate);
    const double pad = 0.4 * L;
    const double available = right - left - 2 * L;
    // Several notes at once make a long tag; the label, the more useful half, keeps most of the room.
    const double tagWidth = tag.empty() ? 0 : std::min(measure(tag) + 2 * pad, 0.45 * available);
    const double gap = tag.empty() ? 0 : pad;
    std::string label = segmentLabel(row.segment, m_options.showWindow);
    if (measure(label) + gap + tagWidth > available && m_options.showWindow)
        label = segmentLabel(row.segment, false);
    const double labelRoom = std::max(0.0, available - gap - tagWidth);
    const double labelWidth = std::min(measure(label), labelRoom);
    const double groupLeft = (left + right) / 2 - (labelWidth + gap + tagWidth) / 2;
    const double labelTop = arrowY - 0.2 * L - L;
    out.label = fitText(std::move(label), {groupLeft, labelTop, labelWidth, L}, TextAlign::Center);
    if (!tag.empty())
        out.tag = fitText(tag, {groupLeft + labelWidth + gap, labelTop, tagWidth, L}, TextAlign::Center);

    placeLossNotes(out, arrowY);

    if (m_options.showStates) {
        const RowAnalysis *before = entry.row > 0 ? &rows[entry.row - 1].analysis : nullptr;
        const double stateY = out.end.y - L / 2;
        if (!before || before->clientState != row.analysis.clientState)
            out.clientState = {std::string(toString(row.analysis.clientState)),
                               {left - 0.4 * L - m_stateWidth, stateY, m_stateWidth, L},
                               TextAlign::Right};
        if (!before || before->serverState != row.analysis.serverState)
            out.serverState = {std::string(toString(row.analysis.serverState)),
                               {right + 0.4 * L, stateY, m_stateWidth, L},
                               TextAlign::Left};
    }
    return out;
}

void LadderLayout::addRows(std::size_t first, std::size_t end, int keep, std::size_t threshold)
{
    const auto &rows = m_ladder->rows;
    std::size_t next = first;
    if (end - first > threshold) {
        LadderRun run;
        run.key = static_cast<std::uint32_t>(first);
        run.firstRow = static_cast<std::uint32_t>(first + static_cast<std::size_t>(keep));
        run.lastRow = static_cast<std::uint32_t>(end - 1 - static_cast<std::size_t>(keep));
        run.expanded = m_options.expandedRuns.count(run.key) > 0;
        for (std::uint32_t r = run.firstRow; r <= run.lastRow; ++r) {
            const Segment &segment = rows[r].segment;
            (segment.direction == Direction::ClientToServer ? run.bytesClientToServer : run.bytesServerToClient) +=
                segment.payloadLength;
            run.notes |= segment.notes;
            run.retransmissions += segment.hasNote(NoteRetransmission) ? 1 : 0;
        }
        for (; next < run.firstRow; ++next)
            m_items.push_back({static_cast<std::uint32_t>(next), -1});
        if (!run.expanded) {
            m_items.push_back({run.firstRow, static_cast<std::int32_t>(m_runs.size())});
            next = run.lastRow + 1;
        }
        m_runs.push_back(run);
    }
    for (; next < end; ++next)
        m_items.push_back({static_cast<std::uint32_t>(next), -1});
}

LadderLayout layoutLadder(const ConnectionLadder &ladder, const LadderLayoutOptions &options)
{
    LadderLayout layout;
    layout.m_ladder = &ladder;
    layout.m_options = options;
    const double L = std::max(4.0, options.lineHeight);
    if (!layout.m_options.measure)
        layout.m_options.measure = [L](std::string_view text) { return 0.6 * L * static_cast<double>(text.size()); };
    const auto &measure = layout.m_options.measure;
    const auto text = [&layout](const char *source) { return ladderText(layout.m_options.translate, source); };
    const std::string timeTitle = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "time (s)"));
    const std::string deltaTitle = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Δt (s)"));
    const auto &rows = ladder.rows;
    layout.m_line = L;
    layout.m_width = options.width;
    layout.m_pitch = std::round(2.7 * L);
    layout.m_band = std::round(1.6 * L);
    layout.m_arrowDrop = std::round(0.7 * L);
    if (options.textbook)
        layout.prepareTextbook(); // may make rows taller, so before anything is placed

    // Loss notes take a line of their own above the labels, in every row so rows keep one height.
    layout.m_loss = findLossMarks(ladder, options.translate);
    if (!layout.m_loss.marks.empty()) {
        layout.m_noteLine = L;
        layout.m_pitch += L;
    }

    // Collapsed runs: one pass, so 1M rows cost a few milliseconds and a few bytes per row. A run
    // never hides a gap, a retransmission or what triggered it: those rows split the data runs.
    const int keep = std::max(0, options.collapseKeep);
    const std::size_t threshold = static_cast<std::size_t>(std::max({options.collapseThreshold, 2 * keep + 1, 1}));
    auto pinned = layout.m_loss.pinned.begin();
    for (std::size_t i = 0; i < rows.size();) {
        if (rows[i].analysis.phase != Phase::Data) {
            layout.m_items.push_back({static_cast<std::uint32_t>(i), -1});
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < rows.size() && rows[end].analysis.phase == Phase::Data)
            ++end;
        for (std::size_t first = i; first < end;) {
            while (pinned != layout.m_loss.pinned.end() && *pinned < first)
                ++pinned;
            const std::size_t stop = pinned != layout.m_loss.pinned.end() && *pinned < end ? *pinned : end;
            layout.addRows(first, stop, keep, threshold);
            if (stop < end)
                layout.m_items.push_back({static_cast<std::uint32_t>(stop), -1});
            first = stop + 1;
        }
        i = end;
    }
    layout.placeLinks();

    // Columns: time | Δt | client state | client lifeline ... server lifeline | server state | bracket.
    std::int64_t maxDelta = 0;
    Segment widest; // largest numbers seen, so one synthetic label stands in for the longest real one
    widest.flags = FlagFin | FlagPsh | FlagAck;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Segment &segment = rows[i].segment;
        if (i > 0)
            maxDelta = std::max(maxDelta, segment.timeNs - rows[i - 1].segment.timeNs);
        widest.seq = std::max(widest.seq, segment.seq);
        widest.ack = std::max(widest.ack, segment.ack);
        widest.payloadLength = std::max(widest.payloadLength, segment.payloadLength);
        widest.window = std::max(widest.window, segment.window);
    }
    const std::int64_t span = rows.empty() ? 0 : rows.back().segment.timeNs - rows.front().segment.timeNs;
    layout.m_timeX = L;
    layout.m_timeWidth = std::ceil(std::max(measure(timeTitle), measure(formatSeconds(span))));
    layout.m_deltaX = layout.m_timeX + layout.m_timeWidth + 0.8 * L;
    layout.m_deltaWidth = std::ceil(std::max(measure(deltaTitle), measure("+" + formatSeconds(maxDelta))));
    layout.m_stateWidth = options.showStates ? std::ceil(measure("SYN_RECEIVED")) : 0;
    const double bracketX = std::round(options.width - L);
    layout.m_client.x = std::round(layout.m_deltaX + layout.m_deltaWidth + 1.2 * L + layout.m_stateWidth);
    layout.m_server.x = std::round(bracketX - 1.2 * L - layout.m_stateWidth);
    layout.m_server.x = std::max(layout.m_server.x, layout.m_client.x + 4 * L);
    const double labelRoom = measure(layout.segmentLabel(widest, options.showWindow))
        + measure(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "retransmission"))) + 3.2 * L;
    layout.m_minimumWidth = std::ceil(layout.m_client.x + labelRoom + (options.width - layout.m_server.x));

    // Header boxes over the lifelines.
    layout.m_client.role = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "client"));
    layout.m_server.role = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "server"));
    layout.m_client.endpoint = ladder.client.toString();
    layout.m_server.endpoint = ladder.server.toString();
    layout.m_server.hostname = ladder.hostname;
    const double lines = ladder.hostname.empty() ? 2 : 3;
    for (LadderLane *lane : {&layout.m_client, &layout.m_server}) {
        const double textWidth = std::max({measure(lane->role), measure(lane->endpoint), measure(lane->hostname)});
        const double boxWidth = std::ceil(textWidth + 1.2 * L);
        const double x =
            std::clamp(lane->x - boxWidth / 2, 0.25 * L, std::max(0.25 * L, options.width - 0.25 * L - boxWidth));
        lane->box = {x, 0.5 * L, boxWidth, std::ceil(lines * L + 0.6 * L)};
    }
    const double headerTextTop = layout.m_client.box.bottom() + 0.4 * L;
    layout.m_timeHeader = {timeTitle, {layout.m_timeX, headerTextTop, layout.m_timeWidth, L}, TextAlign::Right};
    layout.m_deltaHeader = {deltaTitle, {layout.m_deltaX, headerTextTop, layout.m_deltaWidth, L}, TextAlign::Right};
    layout.m_headerHeight = std::round(headerTextTop + 1.4 * L);
    layout.m_contentTop = layout.m_headerHeight;

    // Brackets: maximal runs of items in the same phase (a collapsed run is data).
    for (std::size_t i = 0; i < layout.m_items.size(); ++i) {
        const Phase phase = rows[layout.m_items[i].row].analysis.phase;
        if (layout.m_brackets.empty() || layout.m_brackets.back().phase != phase) {
            LadderBracket bracket;
            bracket.phase = phase;
            bracket.firstItem = i;
            bracket.firstRow = layout.m_items[i].row;
            layout.m_brackets.push_back(bracket);
        }
        auto &bracket = layout.m_brackets.back();
        bracket.lastItem = i;
        const auto &entry = layout.m_items[i];
        bracket.lastRow = entry.run >= 0 ? layout.m_runs[static_cast<std::size_t>(entry.run)].lastRow : entry.row;
    }
    for (auto &bracket : layout.m_brackets) {
        bracket.x = bracketX;
        bracket.top = layout.itemTop(bracket.firstItem) - layout.m_band;
        bracket.bottom = layout.itemTop(bracket.lastItem) + layout.m_pitch;
        const LadderRect titleRect{layout.m_client.x + L, bracket.top + (layout.m_band - L) / 2,
                                   layout.m_server.x - layout.m_client.x - 2 * L, L};
        bracket.title = layout.fitText(
            phaseTitle(ladder, bracket.phase, bracket.firstRow, bracket.lastRow, layout.m_options.translate), titleRect,
            TextAlign::Center);
    }
    const std::size_t count = layout.m_items.size();
    layout.m_height = std::ceil(layout.m_contentTop + static_cast<double>(count) * layout.m_pitch
                                + static_cast<double>(layout.m_brackets.size()) * layout.m_band + 1.5 * L);
    if (options.textbook)
        layout.placeTextbookCaption();
    return layout;
}

} // namespace tcpladder::core
