// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturenotessaver.h"

#include "backgroundpriority.h"
#include "commentedsave.h"
#include "corepath.h"

#include <QThread>

#include <memory>

namespace tcpladder::ui {

CaptureNotesSaver::~CaptureNotesSaver()
{
    // The thread holds only copies of its inputs; it must finish before the program ends, though.
    if (m_thread)
        m_thread->wait();
}

bool CaptureNotesSaver::start(const QString &source, const QString &target, const core::FrameComments &edits)
{
    if (m_thread)
        return false;
    struct Outcome
    {
        bool ok = false;
        std::string error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_thread =
        QThread::create([outcome, source = capture::toCorePath(source), to = capture::toCorePath(target), edits] {
            capture::runBelowGuiPriority();
            outcome->ok = core::saveCaptureWithComments(source, to, edits, outcome->error);
        });
    connect(m_thread, &QThread::finished, this, [this, outcome, target] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(outcome->ok, target, QString::fromStdString(outcome->error));
    });
    m_thread->start();
    return true;
}

} // namespace tcpladder::ui
