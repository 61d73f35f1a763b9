// SPDX-License-Identifier: GPL-3.0-or-later
#include "peercapturecontroller.h"

#include "corepath.h"
#include "messagebar.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace tcpladder::ui {

namespace {

// The message bar's sentence for a merge that did not happen.
QString failureMessage(core::PeerCaptureFailure failure, const QString &peerName, quint32 stream,
                       const std::string &detail)
{
    if (failure == core::PeerCaptureFailure::NoMatch)
        return PeerCaptureController::tr("%1 holds no connection with the ISNs or sequence numbers of stream %2, so "
                                         "it cannot be merged: open the capture taken at the other end of this "
                                         "connection.")
            .arg(peerName)
            .arg(stream);
    return PeerCaptureController::tr("Cannot read %1 as the other side's capture: %2.")
        .arg(peerName, capture::fromCorePath(detail));
}

} // namespace

PeerCaptureController::PeerCaptureController(MergedLadderView *view, QWidget *dialogParent)
    : QObject(dialogParent),
      m_view(view),
      m_dialogParent(dialogParent),
      m_job(new NewestJob(this))
{
    m_open = new QAction(this);
    m_open->setObjectName(QStringLiteral("actionOpenPeerCapture"));
    m_close = new QAction(this);
    m_close->setObjectName(QStringLiteral("actionClosePeerCapture"));
    m_show = new QAction(this);
    m_show->setObjectName(QStringLiteral("actionShowMergedLadder"));
    m_show->setCheckable(true);
    connect(m_open, &QAction::triggered, this, &PeerCaptureController::openDialog);
    connect(m_close, &QAction::triggered, this, &PeerCaptureController::closePeerCapture);
    connect(m_show, &QAction::toggled, this, &PeerCaptureController::shownChanged);
    retranslate();
    updateActions();
}

void PeerCaptureController::addTo(QMenu *file, QAction *fileBefore, QMenu *view)
{
    file->insertAction(fileBefore, m_open);
    file->insertAction(fileBefore, m_close);
    file->insertSeparator(fileBefore);
    view->addSeparator();
    view->addAction(m_show);
    file->installEventFilter(this); // LanguageChange reaches the menu, not a QObject like this one
}

void PeerCaptureController::reportTo(MessageBar *messages)
{
    connect(this, &PeerCaptureController::failed, messages,
            [messages](const QString &message) { messages->show(message, true); });
    connect(this, &PeerCaptureController::merged, messages, &MessageBar::hide);
    connect(this, &PeerCaptureController::closedForOtherConnection, messages,
            [messages](quint32 merged, quint32 shown) {
                messages->show(
                    [merged, shown] {
                        return tr("The other side's capture was merged with stream %1 only, so it was closed when "
                                  "stream %2 "
                                  "was selected. Open it again to merge this connection.")
                            .arg(merged)
                            .arg(shown);
                    },
                    false);
            });
}

void PeerCaptureController::setCapture(const QString &path, const core::SharedLadder &ladder, bool canMerge)
{
    const bool sameFile = path == m_path;
    const bool otherConnection = !sameFile || !ladder || !m_ladder || ladder->streamIndex != m_ladder->streamIndex;
    m_path = path;
    m_canMerge = canMerge;
    m_ladder = ladder;
    if (otherConnection) {
        m_job->cancel(); // a merge under way is for the connection that was shown
        m_pending = false;
        if (m_session) {
            const quint32 merged = m_session->ladder->streamIndex;
            closePeerCapture();
            if (ladder && sameFile)
                emit closedForOtherConnection(merged, ladder->streamIndex);
        }
    }
    updateActions();
}

void PeerCaptureController::openDialog()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Open Other Side's Capture"), dir,
        QCoreApplication::translate("tcpladder::ui::MainWindow",
                                    "Captures (*.pcap *.pcapng *.cap *.pcap.gz *.pcapng.gz);;All files (*)"));
    if (!path.isEmpty())
        openPeerCapture(path);
}

void PeerCaptureController::openPeerCapture(const QString &peerPath)
{
    if (!m_ladder || m_path.isEmpty() || !m_canMerge) {
        emit failed(tr("Open a capture file and select a connection first: the other side's capture is merged with "
                       "the selected connection."));
        return;
    }
    m_pending = true;
    updateActions();
    const core::SharedLadder ladder = m_ladder;
    const std::string path = capture::toCorePath(m_path);
    const std::string otherPath = capture::toCorePath(peerPath);
    const MergedLadderNames names{QFileInfo(m_path).fileName(), QFileInfo(peerPath).fileName()};
    const QFont font = m_view->font();
    const double step = MergedLadderPainter::stepFor(font); // measured here: fonts belong to the GUI thread
    m_job->request([this, ladder, path, otherPath, names, font, step]() -> std::function<void()> {
        std::string error;
        core::PeerCaptureFailure failure = core::PeerCaptureFailure::Unreadable;
        auto peer = core::mergePeerCapture(path, *ladder, otherPath, error, &failure);
        if (!peer) {
            const QString message = failureMessage(failure, names.peer, ladder->streamIndex, error);
            return [this, message] {
                m_pending = false;
                updateActions();
                emit failed(message);
            };
        }
        if (!peer->merge.clock) {
            const QString peerName = names.peer;
            return [this, peerName] {
                m_pending = false;
                updateActions();
                emit failed(tr("%1 holds this connection, but the two captures share too few segments in each "
                               "direction to align their clocks, so no true ladder can be drawn.")
                                .arg(peerName));
            };
        }
        auto session = std::make_shared<MergedSession>();
        session->ladder = ladder;
        session->names = names;
        session->font = font;
        session->peer = std::move(*peer);
        session->layout =
            std::make_shared<const core::MergedLadder>(core::layoutMergedLadder(*ladder, session->peer, step));
        return [this, session] { onMerged(session); };
    });
}

void PeerCaptureController::onMerged(std::shared_ptr<const MergedSession> session)
{
    m_pending = false;
    m_session = std::move(session);
    m_view->setSession(m_session);
    const QSignalBlocker quiet(m_show);
    m_show->setChecked(true);
    updateActions();
    emit shownChanged();
    emit merged();
}

void PeerCaptureController::closePeerCapture()
{
    m_job->cancel();
    m_pending = false;
    const bool wasShown = isShown();
    m_session.reset();
    m_view->clear();
    {
        const QSignalBlocker quiet(m_show);
        m_show->setChecked(false);
    }
    updateActions();
    if (wasShown)
        emit shownChanged();
}

bool PeerCaptureController::isShown() const
{
    return m_session && m_show->isChecked();
}

void PeerCaptureController::updateActions()
{
    m_open->setEnabled(m_ladder && !m_ladder->rows.empty() && m_canMerge && !m_pending);
    m_close->setEnabled(m_session != nullptr || m_pending);
    m_show->setEnabled(m_session != nullptr);
}

void PeerCaptureController::retranslate()
{
    m_open->setText(tr("Open &Other Side's Capture…"));
    m_open->setStatusTip(tr("Merge the selected connection with its capture taken at the other end: one ladder "
                            "with the true one-way delays and the segments lost in between"));
    m_close->setText(tr("Close Other Side's Capture"));
    m_show->setText(tr("Show &Merged Ladder"));
    m_show->setStatusTip(tr("The ladder of both captures, or this capture's own"));
}

bool PeerCaptureController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace tcpladder::ui
