// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderplaceholder.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace tcpladder::ui {

LadderPlaceholder::LadderPlaceholder(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("placeholderMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Centred between stretches, not by alignment: an aligned label gets its one-line width and
    // the wrapped lines are cut off below.
    m_message->setMaximumWidth(640);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(m_message, 100);
    centred->addStretch(1);
    layout->addLayout(centred);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto makeButton = [&](const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(22, 22));
        buttons->addWidget(button);
        return button;
    };
    m_open = makeButton("placeholderOpen");
    m_sample = makeButton("placeholderSample");
    m_sample->setPopupMode(QToolButton::InstantPopup);
    m_capture = makeButton("placeholderCapture");
    m_guide = makeButton("placeholderGettingStarted");
    m_clearFilter = new QPushButton(this);
    m_clearFilter->setObjectName(QStringLiteral("placeholderClearFilter"));
    buttons->addWidget(m_clearFilter);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_clearFilter, &QPushButton::clicked, this, &LadderPlaceholder::clearFilterRequested);
    retranslate();
}

void LadderPlaceholder::setActions(QAction *open, QMenu *samples, QAction *capture, QAction *guide)
{
    if (guide)
        m_guide->setDefaultAction(guide);
    m_open->setDefaultAction(open);
    m_sample->setMenu(samples);
    m_sample->setIcon(open->icon());
    m_capture->setDefaultAction(capture);
    retranslate();
}

void LadderPlaceholder::setState(State state, const QString &filter, const QString &search, int hidden)
{
    m_state = state;
    m_filter = filter;
    m_search = search;
    m_hidden = hidden;
    retranslate();
}

QString LadderPlaceholder::text() const
{
    return QTextDocumentFragment::fromHtml(m_message->text()).toPlainText();
}

void LadderPlaceholder::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_message)
        retranslate();
}

void LadderPlaceholder::retranslate()
{
    m_sample->setText(tr("Open a &Sample"));
    m_sample->setToolTip(tr("Small captures bundled with TCP Ladder: a web page fetch, a reset, a refused connection"));
    m_clearFilter->setText(tr("&Clear the Filter"));
    QString title;
    QString body;
    switch (m_state) {
    case State::NoCapture:
        title = tr("No capture is open");
        body = tr("Open a pcap or pcapng file, start with a bundled sample, or capture live on a network "
                  "interface. Each TCP connection is then listed above; pick one to see its ladder.");
        break;
    case State::Loading:
        title = tr("Loading…");
        body = tr("The connections appear above as they are read.");
        break;
    case State::NoConnections:
        title = tr("This capture has no TCP connections");
        body = tr("Capture again while the browser or program talks to the server, or open another file.");
        break;
    case State::NothingMatches:
        if (!m_filter.isEmpty() && !m_search.isEmpty())
            title = tr("No connection matches %1 with the quick search “%2”")
                        .arg(m_filter.toHtmlEscaped(), m_search.toHtmlEscaped());
        else if (!m_filter.isEmpty())
            title = tr("No connection matches %1").arg(m_filter.toHtmlEscaped());
        else
            title = tr("No connection matches the quick search “%1”").arg(m_search.toHtmlEscaped());
        body =
            tr("The %n connection(s) of this capture are all hidden. The address a ping shows may not be the one "
               "the browser used (a name can have several addresses, IPv4 and IPv6): clear the filter to see them all.",
               nullptr, m_hidden);
        break;
    case State::SelectConnection:
        title = tr("Select a connection");
        body = tr("Click a row in the list above to draw its ladder: the handshake, the data and the teardown.");
        break;
    }
    m_message->setText(QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p><p>%2</p>").arg(title, body));
    const bool start = m_state == State::NoCapture || m_state == State::NoConnections;
    m_open->setVisible(start && m_open->defaultAction());
    m_sample->setVisible(start && m_sample->menu());
    m_capture->setVisible(start && m_capture->defaultAction());
    m_guide->setVisible(m_state == State::NoCapture && m_guide->defaultAction());
    m_clearFilter->setVisible(m_state == State::NothingMatches);
}

} // namespace tcpladder::ui
