// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreport.h"

#include "explanationnote.h"
#include "jsonwriter.h"
#include "tcpflags.h"

#include <array>
#include <utility>

namespace tcpladder::cli {

using core::JsonWriter;

namespace {

constexpr double nsToSeconds(std::int64_t ns)
{
    return static_cast<double>(ns) / 1e9;
}

void writeEndpoint(JsonWriter &json, const core::Endpoint &endpoint)
{
    json.beginObject();
    json.key("ip").value(endpoint.ip.toString());
    json.key("port").value(static_cast<unsigned>(endpoint.port));
    json.endObject();
}

void writeConnection(JsonWriter &json, const core::Stream &stream, std::int64_t fileStartNs)
{
    const auto &analysis = stream.analyzer;
    json.beginObject();
    json.key("stream").value(stream.index);
    json.key("client");
    writeEndpoint(json, stream.client);
    json.key("server");
    writeEndpoint(json, stream.server);
    json.key("hostname");
    if (stream.hostname.empty())
        json.null();
    else
        json.value(stream.hostname);
    json.key("first_frame").value(stream.firstFrame);
    json.key("start").fixed(nsToSeconds(stream.firstTimeNs - fileStartNs), 6);
    json.key("duration").fixed(nsToSeconds(stream.lastTimeNs - stream.firstTimeNs), 6);
    json.key("segments").value(static_cast<std::uint64_t>(stream.segments.size()));
    json.key("payload_c2s").value(stream.payloadClientToServer);
    json.key("payload_s2c").value(stream.payloadServerToClient);
    json.key("open").value(core::toString(analysis.open()));
    json.key("close").value(core::toString(analysis.close()));
    json.key("first_fin");
    if (const auto side = analysis.firstFin())
        json.value(core::toString(*side));
    else
        json.null();
    json.key("teardown_segments");
    if (const auto count = analysis.teardownSegments())
        json.value(*count);
    else
        json.null();
    json.endObject();
}

} // namespace

std::vector<std::string> noteNames(std::uint8_t notes)
{
    static constexpr std::array<std::pair<std::uint8_t, const char *>, 7> names{{
        {core::NoteRetransmission, "retransmission"},
        {core::NoteDuplicateAck, "duplicate_ack"},
        {core::NoteOutOfOrder, "out_of_order"},
        {core::NoteZeroWindow, "zero_window"},
        {core::NoteKeepAlive, "keep_alive"},
        {core::NoteFinAckMerged, "fin_ack_merged"},
        {core::NotePortReused, "port_reused"},
    }};
    std::vector<std::string> out;
    for (const auto &[bit, name] : names) {
        if (notes & bit)
            out.emplace_back(name);
    }
    return out;
}

std::vector<std::string> noteNames(std::uint8_t notes, std::uint32_t tcpFlags)
{
    // A fast or spurious retransmission also carries `retransmission` (from `notes`), as in tshark.
    static constexpr std::array<std::pair<std::uint32_t, const char *>, 9> names{{
        {core::SeqFastRetransmission, "fast_retransmission"},
        {core::SeqSpuriousRetransmission, "spurious_retransmission"},
        {core::SeqLostSegment, "lost_segment"},
        {core::SeqAckLostSegment, "ack_lost_segment"},
        {core::SeqWindowUpdate, "window_update"},
        {core::SeqWindowFull, "window_full"},
        {core::SeqZeroWindowProbe, "zero_window_probe"},
        {core::SeqZeroWindowProbeAck, "zero_window_probe_ack"},
        {core::SeqKeepAliveAck, "keep_alive_ack"},
    }};
    std::vector<std::string> out = noteNames(notes);
    for (const auto &[bit, name] : names) {
        if (tcpFlags & bit)
            out.emplace_back(name);
    }
    return out;
}

namespace {

// With `out`, the document is written there in pieces as it is built; without, it is returned whole.
std::string buildListJson(std::FILE *out, const std::string &fileName, const core::CaptureIndex &index,
                          const std::vector<const core::Stream *> &streams)
{
    JsonWriter json;
    json.beginObject();
    json.key("file").value(fileName);
    json.key("frames").value(index.frames());
    json.key("tcp_segments").value(index.tcpSegments());
    json.key("warnings").beginArray();
    for (const auto &warning : index.warnings())
        json.value(warning);
    json.endArray();
    json.key("connections").beginArray();
    std::size_t sinceDrain = 0;
    for (const auto *stream : streams) {
        writeConnection(json, *stream, index.firstFrameTimeNs());
        // Whole, the list of 170k connections is ~60 MB, held up to three times while the string grows.
        if (out && ++sinceDrain == 1024) {
            sinceDrain = 0;
            json.drainTo(out);
        }
    }
    json.endArray();
    json.endObject();
    if (!out)
        return json.text();
    json.drainTo(out);
    return {};
}

} // namespace

std::string listJson(const std::string &fileName, const core::CaptureIndex &index,
                     const std::vector<const core::Stream *> &streams)
{
    return buildListJson(nullptr, fileName, index, streams);
}

void writeListJson(std::FILE *out, const std::string &fileName, const core::CaptureIndex &index,
                   const std::vector<const core::Stream *> &streams)
{
    buildListJson(out, fileName, index, streams);
}

namespace {

// §4.1 "phases": one entry per phase bracket the ladder draws.
void writePhases(JsonWriter &json, const core::ConnectionLadder &ladder, const core::LadderTranslate &translate)
{
    json.key("phases").beginArray();
    for (const core::PhaseSpan &span : core::phaseSpans(ladder)) {
        const core::ExplanationNote note =
            core::explanationNoteForPhase(ladder, span.phase, span.firstRow, span.lastRow, translate);
        json.beginObject();
        json.key("phase").value(core::toString(span.phase));
        json.key("first_frame").value(ladder.rows[span.firstRow].segment.frame);
        json.key("last_frame").value(ladder.rows[span.lastRow].segment.frame);
        json.key("title").value(note.title);
        json.key("explanation").value(note.text());
        json.endObject();
    }
    json.endArray();
}

} // namespace

std::string ladderJson(const core::ConnectionLadder &ladder, const std::vector<core::TcpRowAnalysis> &tcp,
                       const core::LadderTranslate &translate, const LadderJsonAdditions &additions)
{
    JsonWriter json;
    json.beginObject();
    json.key("stream").value(ladder.streamIndex);
    json.key("client");
    writeEndpoint(json, ladder.client);
    json.key("server");
    writeEndpoint(json, ladder.server);
    json.key("rows").beginArray();
    const std::int64_t firstNs = ladder.rows.empty() ? 0 : ladder.rows.front().segment.timeNs;
    std::int64_t previousNs = firstNs;
    const core::TcpRowAnalysis none;
    for (std::size_t r = 0; r < ladder.rows.size(); ++r) {
        const auto &row = ladder.rows[r];
        const auto &segment = row.segment;
        const core::TcpRowAnalysis &extra = r < tcp.size() ? tcp[r] : none;
        json.beginObject();
        json.key("frame").value(segment.frame);
        json.key("time").fixed(nsToSeconds(segment.timeNs - firstNs), 6);
        json.key("delta").fixed(nsToSeconds(segment.timeNs - previousNs), 6);
        json.key("dir").value(segment.direction == core::Direction::ClientToServer ? "c2s" : "s2c");
        json.key("flags").value(core::flagsToString(segment.flags));
        json.key("seq").value(segment.seq);
        json.key("ack").value(segment.ack);
        json.key("len").value(segment.payloadLength);
        json.key("win").value(core::advertisedWindow(segment, ladder));
        json.key("phase").value(core::toString(row.analysis.phase));
        json.key("client_state").value(core::toString(row.analysis.clientState));
        json.key("server_state").value(core::toString(row.analysis.serverState));
        json.key("notes").beginArray();
        for (const auto &name : noteNames(segment.notes, extra.flags))
            json.value(name);
        json.endArray();
        json.key("dup_ack_of");
        if (extra.dupAckOf)
            json.value(extra.dupAckOf);
        else
            json.null();
        json.key("sack").beginArray();
        for (const auto &[left, right] : extra.sack) {
            json.beginArray();
            json.value(left).value(right);
            json.endArray();
        }
        json.endArray();
        json.key("ack_rtt");
        if (extra.ackRttNs >= 0)
            json.fixed(nsToSeconds(extra.ackRttNs), 9);
        else
            json.null();
        json.key("bytes_in_flight");
        if (extra.bytesInFlight >= 0)
            json.value(extra.bytesInFlight);
        else
            json.null();
        json.key("explanation").value(core::explanationNoteForRow(ladder, r, translate).text());
        json.key("comments").beginArray();
        if (const auto found = ladder.comments.find(segment.frame); found != ladder.comments.end()) {
            for (const auto &comment : found->second)
                json.value(comment);
        }
        json.endArray();
        if (additions.row)
            additions.row(json, r);
        json.endObject();
        previousNs = segment.timeNs;
    }
    json.endArray();
    writePhases(json, ladder, translate);
    if (additions.top)
        additions.top(json);
    json.endObject();
    return json.text();
}

} // namespace tcpladder::cli
