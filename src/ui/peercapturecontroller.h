// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergedladderview.h"
#include "newestjob.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace tcpladder::ui {

class MessageBar;

// File › Open Other Side's Capture… (issue 18): the selected connection merged with its copy in the
// capture taken at the other end, shown as one true ladder (MergedLadderView). Reading and matching
// the other capture runs on a NewestJob; a result for a connection no longer shown is dropped.
//
// A merge belongs to the connection it was made for: selecting another one closes it and says so
// (the other capture may not even hold the new connection; opening it again matches that one).
class PeerCaptureController : public QObject
{
    Q_OBJECT
public:
    PeerCaptureController(MergedLadderView *view, QWidget *dialogParent);

    // Puts Open… and Close… into `file` before `fileBefore`, and Show Merged Ladder into `view`.
    void addTo(QMenu *file, QAction *fileBefore, QMenu *view);
    QAction *openAction() const { return m_open; }
    QAction *showAction() const { return m_show; }
    QAction *closeAction() const { return m_close; }
    // What went wrong, and a merge closed for another connection, shown in `messages`; a merge hides it.
    void reportTo(MessageBar *messages);

    // The capture file on screen and its selected connection's ladder (null for none); `canMerge`
    // false while capturing live. A ladder of another connection closes the merge (see above).
    void setCapture(const QString &path, const core::SharedLadder &ladder, bool canMerge);
    // Reads `peerPath` and merges it with the current connection in the background; merged() or
    // failed() tells how it went. The file dialog of openAction() ends here.
    void openPeerCapture(const QString &peerPath);
    void closePeerCapture();

    bool isMerging() const { return !m_job->isIdle() || m_pending; }
    // The merged ladder is what the window should show now.
    bool isShown() const;
    const std::shared_ptr<const MergedSession> &session() const { return m_session; }
    MergedLadderView *view() const { return m_view; }

signals:
    void merged();
    void failed(const QString &message); // a sentence for the message bar
    void closedForOtherConnection(quint32 mergedStream, quint32 shownStream);
    void shownChanged(); // the window shows the merged ladder or the normal one from now on

private:
    void openDialog();
    void onMerged(std::shared_ptr<const MergedSession> session);
    void updateActions();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MergedLadderView *m_view;
    QWidget *m_dialogParent;
    NewestJob *m_job;       // a child
    bool m_pending = false; // a merge asked for whose result has not been handled
    QString m_path;
    core::SharedLadder m_ladder;
    bool m_canMerge = false;
    std::shared_ptr<const MergedSession> m_session;
    QAction *m_open = nullptr;
    QAction *m_close = nullptr;
    QAction *m_show = nullptr;
};

} // namespace tcpladder::ui
