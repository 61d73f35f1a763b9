// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepthrough.h"

#include <algorithm>

namespace tcpladder::ui {

void StepThrough::start(int rowCount)
{
    m_active = true;
    m_rowCount = std::max(0, rowCount);
    m_revealed = 0;
}

void StepThrough::stop()
{
    m_active = false;
    m_revealed = 0;
}

void StepThrough::setRowCount(int rowCount)
{
    m_rowCount = std::max(0, rowCount);
    m_revealed = std::min(m_revealed, m_rowCount);
}

bool StepThrough::next(int count)
{
    if (!m_active || count <= 0 || m_revealed >= m_rowCount)
        return false;
    m_revealed = std::min(m_rowCount, m_revealed + count);
    return true;
}

bool StepThrough::previous(int count)
{
    if (!m_active || count <= 0 || m_revealed <= 0)
        return false;
    m_revealed = std::max(0, m_revealed - count);
    return true;
}

void StepThrough::reset()
{
    m_revealed = 0;
}

bool StepThrough::revealUpTo(int row)
{
    if (!m_active || row < -1 || row >= m_rowCount || row + 1 == m_revealed)
        return false;
    m_revealed = row + 1;
    return true;
}

} // namespace tcpladder::ui
