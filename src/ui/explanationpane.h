// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "newestjob.h"
#include "streamreplay.h"

#include <QFrame>

#include <cstdint>
#include <memory>

class QLabel;

namespace tcpladder::ui {

struct MergedSession;

// A short plain-language note on the arrow or phase bracket the student clicked, written with
// this connection's own numbers (the raw ISN, the back-off intervals, who reset after what).
// The core decides what there is to say and words it (core/explanationnote.h, translated in
// context "Explanation"); this widget only shows it.
class ExplanationPane : public QFrame
{
    Q_OBJECT
public:
    explicit ExplanationPane(QWidget *parent = nullptr);

    void showRow(const core::ConnectionLadder &ladder, int row);
    // The same for the shared ladder on screen. A note's words look over the whole connection, so
    // for a ladder of asyncRows() rows or more it is made off the GUI thread and shown when ready
    // (noteShown); anything shown meanwhile wins over it.
    void showRow(const core::SharedLadder &ladder, int row);
    void setAsyncRows(int rows) { m_asyncRows = rows; }
    // Arrow `arrow` of a ladder merged from two captures (MergedLadderView), always made off the GUI
    // thread: its words look over both captures (noteShown when ready).
    void showMergedArrow(std::shared_ptr<const MergedSession> session, int arrow);
    bool isMakingNote() const { return !m_noteJob->isIdle(); }
    void showPhase(const core::ConnectionLadder &ladder, core::Phase phase, std::uint32_t firstRow,
                   std::uint32_t lastRow);
    void showHint(const QString &text);
    void clear();
    // Presenter mode: large type, black on white.
    void setPresenterStyle(bool on);

    QString title() const;
    QString text() const; // the note as plain text (tests, the clipboard)

    // The note for a row / a phase without a widget: {title, paragraphs}.
    struct Note
    {
        QString title;
        QStringList paragraphs;
    };
    static Note noteForRow(const core::ConnectionLadder &ladder, int row);
    static Note noteForPhase(const core::ConnectionLadder &ladder, core::Phase phase, std::uint32_t firstRow,
                             std::uint32_t lastRow);

    // The whole note at the pane's width (up to ten lines): squeezed by the splitter under Larger
    // Text the pane showed half a line.
    QSize minimumSizeHint() const override;

signals:
    void noteShown();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setNote(const Note &note);

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    Note m_note;
    NewestJob *m_noteJob = nullptr; // a child
    int m_asyncRows = 20'000;
};

} // namespace tcpladder::ui
