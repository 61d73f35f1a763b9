// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturenotes.h"

namespace tcpladder::ui {

QStringList CaptureNotes::notesOf(std::uint32_t frame, const core::ConnectionLadder &ladder) const
{
    const auto edit = m_edits.find(frame);
    const auto &source = edit != m_edits.end() ? m_edits : ladder.comments;
    const auto found = source.find(frame);
    QStringList notes;
    if (found != source.end()) {
        for (const std::string &note : found->second)
            notes << QString::fromStdString(note);
    }
    return notes;
}

void CaptureNotes::setNote(std::uint32_t frame, const QString &text)
{
    const QString trimmed = text.trimmed();
    auto &notes = m_edits[frame];
    notes.clear();
    if (!trimmed.isEmpty())
        notes.push_back(trimmed.toStdString());
    emit changed();
}

void CaptureNotes::clear()
{
    if (m_edits.empty())
        return;
    m_edits.clear();
    emit changed();
}

} // namespace tcpladder::ui
