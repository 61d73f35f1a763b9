// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz.h"
#include "streamreplay.h"

#include <cstddef>
#include <map>

namespace tcpladder::ui {

// The running score of "predict the next segment": each row counts once, with the parts (sender,
// flags, Seq, Ack; core::gradePrediction) the student got right the first time. Stepping back and
// predicting a row again shows the new grade but keeps the first in the score.
class PredictionTally
{
public:
    core::PredictionGrade grade(const core::ConnectionLadder &ladder, std::size_t row,
                                const core::SegmentPrediction &prediction);
    int points() const;                                                        // parts right, over all rows
    int possible() const { return 4 * static_cast<int>(m_firstTries.size()); } // four parts a row
    int predicted() const { return static_cast<int>(m_firstTries.size()); }
    void reset() { m_firstTries.clear(); }

private:
    std::map<std::size_t, int> m_firstTries; // row → parts right on the first try
};

} // namespace tcpladder::ui
