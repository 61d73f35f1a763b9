// SPDX-License-Identifier: GPL-3.0-or-later
#include "predictiontally.h"

namespace tcpladder::ui {

core::PredictionGrade PredictionTally::grade(const core::ConnectionLadder &ladder, std::size_t row,
                                             const core::SegmentPrediction &prediction)
{
    const core::PredictionGrade grade = core::gradePrediction(ladder, row, prediction);
    if (row < ladder.rows.size())
        m_firstTries.try_emplace(row, grade.correct());
    return grade;
}

int PredictionTally::points() const
{
    int sum = 0;
    for (const auto &[row, right] : m_firstTries)
        sum += right;
    return sum;
}

} // namespace tcpladder::ui
