// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetcomments.h"

#include <QObject>
#include <QString>

class QThread;

namespace tcpladder::ui {

// Saves a capture with its teacher's notes as pcapng packet comments (core::saveCaptureWithComments)
// on a thread of its own: a big capture takes a while, and the window stays responsive meanwhile.
class CaptureNotesSaver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CaptureNotesSaver() override;

    bool isSaving() const { return m_thread != nullptr; }
    // False when a save is already running. `target` may be `source`: it is replaced only once the
    // new file is complete.
    bool start(const QString &source, const QString &target, const core::FrameComments &edits);

signals:
    // `error` is one line for the message bar, empty on success.
    void finished(bool ok, const QString &target, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace tcpladder::ui
