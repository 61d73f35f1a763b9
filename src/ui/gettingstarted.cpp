// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarted.h"

#include "filterbar.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "segment.h"
#include "tcpflags.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace tcpladder::ui {

const GettingStartedDialog::Lesson &GettingStartedDialog::lesson()
{
    static const Lesson facts;
    return facts;
}

QString GettingStartedDialog::filterText()
{
    return QStringLiteral("ip.addr == %1").arg(QLatin1String(lesson().serverIp));
}

GettingStartedDialog::GettingStartedDialog(MainWindow *window)
    : QDialog(window),
      m_window(window)
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(10);
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    grid->addWidget(m_intro, 0, 0, 1, 2);
    static const char *const buttonNames[] = {"guideOpenSample", "guideTypeFilter", "guideSelectConnection",
                                              "guideStepToTeardown"};
    for (int step = 0; step < StepCount; ++step) {
        auto *number = new QLabel(QStringLiteral("<b style=\"font-size:x-large\">%1</b>").arg(step + 1), page);
        number->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        auto *text = new QLabel(page);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *button = new QPushButton(page);
        button->setObjectName(QLatin1String(buttonNames[step]));
        connect(button, &QPushButton::clicked, this, [this, step] { run(static_cast<Step>(step)); });
        auto *cell = new QVBoxLayout;
        cell->addWidget(text);
        cell->addWidget(button, 0, Qt::AlignLeft);
        grid->addWidget(number, step + 1, 0);
        grid->addLayout(cell, step + 1, 1);
        m_texts[step] = text;
        m_buttons[step] = button;
    }
    grid->setRowStretch(StepCount + 1, 1);
    // Scrolls rather than grows past a small screen (1366×768 with larger text).
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    resize(480, 640);
}

void GettingStartedDialog::retranslate()
{
    const Lesson &l = lesson();
    const auto code = [](const QString &text) { return QStringLiteral("<code>%1</code>").arg(text.toHtmlEscaped()); };
    const QString client = QLatin1String(l.clientIp);
    const QString server = QLatin1String(l.serverIp);
    const QString host = QLatin1String(l.hostname);
    setWindowTitle(tr("Getting Started"));
    m_intro->setText(
        tr("The tutorial's first lesson, with a capture that comes with TCP Ladder: a client (%1) fetches a "
           "web page from %2 (%3), then closes the connection. Try each step yourself; the button under "
           "it does it for you.")
            .arg(client, host, server));
    m_texts[OpenSample]->setText(
        tr("<b>Open the sample</b> (File › Open Sample › Web page fetch, 3-segment teardown): %1 holds %2 frames, "
           "the DNS lookup of %3 (frames 1–2) and one TCP connection (frames %4–%2).")
            .arg(code(QLatin1String(l.sample)))
            .arg(l.frames)
            .arg(host)
            .arg(l.synFrame));
    m_buttons[OpenSample]->setText(tr("Open the Sample"));
    m_texts[TypeFilter]->setText(
        tr("<b>Find the connection</b> as in Wireshark: type %1 into the display filter above the list. A valid filter "
           "turns green, and the list keeps the connections to or from the web server. %2 finds it by name (learned "
           "from the DNS answer).")
            .arg(code(filterText()), code(QStringLiteral("host == \"%1\"").arg(host))));
    m_buttons[TypeFilter]->setText(tr("Type the Filter"));
    m_texts[SelectConnection]->setText(
        tr("<b>Select the connection</b> (%1:%2 → %3:%4) and read the three-way handshake: frame %5 <b>[SYN]</b> "
           "seq=0 from the client, frame %6 <b>[SYN, ACK]</b> seq=0 ack=1 from the server, frame %7 <b>[ACK]</b> "
           "seq=1 ack=1. The numbers are relative, as in Wireshark: each side counts from its own initial sequence "
           "number; ack=1 means “got your SYN, byte 1 next”.")
            .arg(client)
            .arg(l.clientPort)
            .arg(server)
            .arg(l.serverPort)
            .arg(l.synFrame)
            .arg(l.synAckFrame)
            .arg(l.ackFrame));
    m_buttons[SelectConnection]->setText(tr("Select the Connection"));
    m_texts[StepToTeardown]->setText(
        tr("<b>Why the teardown has 3 segments.</b> Frame %1: the client's <b>[FIN, ACK]</b>, it has nothing more to "
           "send. Frame %2: the server's own <b>[FIN, ACK]</b>; its ack=%3 acknowledges the client's FIN, so that ACK "
           "rides on the server's FIN instead of a segment of its own. Frame %4: the client's <b>[ACK]</b> ack=%5 "
           "acknowledges the server's FIN. The button turns on Step Through (F6) at frame %2; Space shows the last "
           "ACK.")
            .arg(l.finFrame)
            .arg(l.peerFinFrame)
            .arg(l.finAck)
            .arg(l.lastAckFrame)
            .arg(l.lastAck));
    m_buttons[StepToTeardown]->setText(tr("Step to the Teardown"));
}

void GettingStartedDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_intro)
        retranslate();
}

bool GettingStartedDialog::sampleIsOpen() const
{
    return m_window && QFileInfo(m_window->currentFile()).fileName() == QLatin1String(lesson().sample);
}

void GettingStartedDialog::withSample(std::function<void()> then)
{
    if (!m_window)
        return;
    disconnect(m_pending); // the last click wins
    if (sampleIsOpen() && !m_window->isLoading()) {
        then();
        return;
    }
    m_pending =
        connect(m_window, &MainWindow::loadFinished, this, [this, then = std::move(then)](capture::LoadStatus status) {
            disconnect(m_pending);
            if (status == capture::LoadStatus::Ok && sampleIsOpen())
                then();
        });
    if (!sampleIsOpen() && !m_window->openSample(QLatin1String(lesson().sample)))
        disconnect(m_pending);
}

void GettingStartedDialog::run(Step step)
{
    switch (step) {
    case OpenSample:
        withSample([] {});
        break;
    case TypeFilter:
        withSample([this] { m_window->filterBar()->setText(filterText()); });
        break;
    case SelectConnection:
        withSample([this] { selectConnection(); });
        break;
    case StepToTeardown:
        withSample([this] { stepToTeardown(); });
        break;
    case StepCount:
        break;
    }
}

void GettingStartedDialog::selectConnection()
{
    // Step-through would hide the handshake this step is about.
    m_window->ladderView()->setStepping(false);
    // A filter that hides the connection (typed by the student) would make it unselectable. Clearing
    // it shows every connection at once; the lesson's filter, matched off the GUI thread, keeps it.
    if (!m_window->selectStream(lesson().stream)) {
        m_window->filterBar()->setText({});
        m_window->selectStream(lesson().stream);
        m_window->filterBar()->setText(filterText());
    }
    m_window->ladderView()->setCurrentRow(0);
    m_window->ladderView()->setFocus();
}

void GettingStartedDialog::stepToTeardown()
{
    const auto &shown = m_window->currentLadder();
    if (!shown || shown->streamIndex != lesson().stream) {
        // The ladder is made off the GUI thread: step once it is shown.
        connect(
            m_window, &MainWindow::ladderShown, this,
            [this](quint32 stream) {
                if (stream == lesson().stream)
                    stepToTeardown();
            },
            Qt::SingleShotConnection);
        selectConnection();
        return;
    }
    // The row where the peer's ACK rides on its FIN; else the teardown's last FIN.
    int target = -1;
    for (std::size_t i = 0; i < shown->rows.size(); ++i) {
        const core::StreamRow &row = shown->rows[i];
        if (row.analysis.phase != core::Phase::Teardown || !row.segment.has(core::FlagFin))
            continue;
        target = static_cast<int>(i);
        if ((row.analysis.notes & core::NoteFinAckMerged) || row.segment.hasNote(core::NoteFinAckMerged))
            break;
    }
    if (target < 0)
        return;
    m_window->ladderView()->setStepping(true); // View › Step Through follows
    m_window->ladderView()->stepTo(target);
}

} // namespace tcpladder::ui
