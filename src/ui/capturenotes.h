// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laddernotes.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace tcpladder::ui {

// Teacher's notes added, edited or removed in the app, keyed by frame number, over the comments the
// capture file already has (ConnectionLadder::comments). Only the changes are held: saving writes them
// over the file's comments, and a frame nobody touched keeps what the file says.
class CaptureNotes : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The notes of `frame` as shown now: the change made in the app, else the ladder's comments.
    QStringList notesOf(std::uint32_t frame, const core::ConnectionLadder &ladder) const;
    // Replaces the frame's notes with `text` (one note); empty text removes them.
    void setNote(std::uint32_t frame, const QString &text);
    void removeNotes(std::uint32_t frame) { setNote(frame, {}); }

    const core::FrameComments &edits() const { return m_edits; }
    // Changes not yet saved: the window asks before they are lost.
    bool isModified() const { return !m_edits.empty(); }
    // A capture was opened (or the saved one reopened): nothing is changed any more.
    void clear();

signals:
    void changed();

private:
    core::FrameComments m_edits; // frame -> its notes; an empty list: removed
};

} // namespace tcpladder::ui
