// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one wording of the explanations: what the explanation pane shows, what `ladder --json` puts
// in "explanation" and what the text ladder prints under "Notes". explainRow / explainPhase decide
// what there is to say; this words it, in English or through `translate` (context "Explanation").

#include "explanation.h"
#include "ladderlayout.h" // LadderTranslate

#include <cstdint>
#include <string>
#include <vector>

namespace tcpladder::core {

struct ExplanationNote
{
    std::string title;
    std::vector<std::string> paragraphs;

    std::string text() const; // the paragraphs, one a line
};

// The note on row `row` (empty for a row out of range).
ExplanationNote explanationNoteForRow(const ConnectionLadder &ladder, std::size_t row,
                                      const LadderTranslate &translate = {});
// The note on the phase bracket over rows [firstRow, lastRow] (empty for a bad range).
ExplanationNote explanationNoteForPhase(const ConnectionLadder &ladder, Phase phase, std::uint32_t firstRow,
                                        std::uint32_t lastRow, const LadderTranslate &translate = {});
// The paragraphs one explanation of row `row` adds to that row's note.
std::vector<std::string> explanationParagraphs(const ConnectionLadder &ladder, std::size_t row, const Explanation &e,
                                               const LadderTranslate &translate = {});

// Each phase of the ladder once, in order of its first row, with its rows: what the brackets span.
struct PhaseSpan
{
    Phase phase = Phase::Handshake;
    std::uint32_t firstRow = 0;
    std::uint32_t lastRow = 0;
};
std::vector<PhaseSpan> phaseSpans(const ConnectionLadder &ladder);

} // namespace tcpladder::core
