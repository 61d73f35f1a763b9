// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderpane.h"

#include "ladderplaceholder.h"
#include "ladderview.h"

namespace tcpladder::ui {

LadderPane::LadderPane(QWidget *parent)
    : QStackedWidget(parent),
      m_placeholder(new LadderPlaceholder(this)),
      m_ladder(new LadderView(this))
{
    setObjectName(QStringLiteral("ladderStack"));
    m_placeholder->setObjectName(QStringLiteral("ladderPlaceholder"));
    m_ladder->setObjectName(QStringLiteral("ladderView"));
    addWidget(m_placeholder);
    addWidget(m_ladder);
}

void LadderPane::setMergedView(QWidget *merged)
{
    m_merged = merged;
    addWidget(merged);
}

void LadderPane::showPageFor(const Facts &facts)
{
    if (facts.ladderShown) {
        setCurrentWidget(facts.mergedShown && m_merged ? m_merged : static_cast<QWidget *>(m_ladder));
        return;
    }
    using State = LadderPlaceholder::State;
    if (!facts.captureOpen)
        m_placeholder->setState(State::NoCapture);
    else if (facts.connections == 0)
        m_placeholder->setState(facts.loading ? State::Loading : State::NoConnections);
    else if (facts.listed == 0)
        m_placeholder->setState(State::NothingMatches, facts.filter, facts.search, facts.connections);
    else
        m_placeholder->setState(State::SelectConnection);
    setCurrentWidget(m_placeholder);
}

} // namespace tcpladder::ui
