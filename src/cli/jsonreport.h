// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureindex.h"
#include "jsonwriter.h"
#include "ladderlayout.h" // LadderTranslate
#include "streamreplay.h"
#include "tcpanalysis.h"

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace tcpladder::cli {

// The exact JSON documents of DESIGN.md §4, which tools outside the repo check field by field.
std::string listJson(const std::string &fileName, const core::CaptureIndex &index,
                     const std::vector<const core::Stream *> &streams);
// The same document written to `out` piece by piece (no trailing newline).
void writeListJson(std::FILE *out, const std::string &fileName, const core::CaptureIndex &index,
                   const std::vector<const core::Stream *> &streams);
// `tcp`, one entry per row, adds tshark's other tcp.analysis.* notes and the per-row fields; without
// it those fields are null or empty. Each row's "explanation" and the "phases" are worded as the
// explanation pane words them, through `translate` (context "Explanation"; empty: English).
// Fields another source adds to the ladder document (after the contract's own, never replacing
// them): `row` writes more keys into row r's object, `top` into the top-level object.
struct LadderJsonAdditions
{
    std::function<void(core::JsonWriter &json, std::size_t r)> row;
    std::function<void(core::JsonWriter &json)> top;
};
std::string ladderJson(const core::ConnectionLadder &ladder, const std::vector<core::TcpRowAnalysis> &tcp = {},
                       const core::LadderTranslate &translate = {}, const LadderJsonAdditions &additions = {});

// The §4 note names of a segment's notes, in a fixed order.
std::vector<std::string> noteNames(std::uint8_t notes);
// §4.1: the names above followed by those of tshark's other tcp.analysis.* flags (`tcpFlags`: SeqFlag bits).
std::vector<std::string> noteNames(std::uint8_t notes, std::uint32_t tcpFlags);

} // namespace tcpladder::cli
