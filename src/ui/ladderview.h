// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"
#include "ladderlayout.h"
#include "ladderpainter.h"
#include "laddertheme.h"
#include "ladderviewlayout.h"
#include "ladderzoom.h"
#include "newestjob.h"
#include "quizlabels.h"
#include "stepthrough.h"
#include "streamreplay.h"

#include <QAbstractScrollArea>
#include <QImage>

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace tcpladder::ui {

// The on-screen ladder of one connection. Lays out with core::layoutLadder, paints only the rows
// inside the viewport (so a million rows scroll like ten) and hit-tests with the same layout. A big
// ladder (a connection still loading, or one just selected) is laid out on a worker thread: the
// layout on screen stays until the new one is ready (laidOut), so the GUI thread never walks its rows.
class LadderView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr double minZoom = LadderZoom::minScale;
    static constexpr double maxZoom = LadderZoom::maxScale;

    explicit LadderView(QWidget *parent = nullptr);
    ~LadderView() override;

    // A ladder of the same stream that only grew (live capture) keeps scroll position, current row
    // and expanded runs; any other ladder starts at the top. The view shares `ladder`, never copies it.
    // A ladder of asyncLayoutRows() rows or more is laid out off the GUI thread (laidOut) when it
    // grew, when its view's width changes, and when it is another connection's (nothing is shown
    // until then, but a note saying so); a height change lays nothing out again.
    void setLadder(core::SharedLadder ladder);
    void setLadder(core::ConnectionLadder ladder);
    void clear();
    bool hasLadder() const { return m_hasLadder; }
    const core::ConnectionLadder &ladder() const { return *m_ladder; }  // the newest, maybe not laid out yet
    const core::SharedLadder &sharedLadder() const { return m_ladder; } // never null
    const core::LadderLayout &layout() const { return m_layout; }
    // The ladder layout() is of: ladder() itself, or the one before it while that is laid out.
    const core::SharedLadder &laidOutLadder() const { return m_laidOut; }
    // Below this many rows a grown ladder is laid out at once: it takes well under a millisecond.
    int asyncLayoutRows() const { return m_asyncLayoutRows; }
    void setAsyncLayoutRows(int rows) { m_asyncLayoutRows = rows; }
    bool isLayingOut() const { return !m_layoutJob->isIdle(); } // a layout is being made off the GUI thread
    // How many times the GUI thread laid the ladder out itself, over this view's life (for tests).
    int layoutsOnGuiThread() const { return m_layoutsOnGuiThread; }

    int currentRow() const { return m_currentRow; } // index into ladder().rows, -1 for none
    void setCurrentRow(int row);

    // The scale the ladder is drawn at (ladderviewzoom.cpp). Setting it, zooming in or out ends
    // fitting; Reset Zoom goes back to 1 times the text scale.
    double zoom() const { return m_zoom.scale(); }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // View > Larger Text: a factor on top of the user's zoom, taken off again on its own.
    double textScale() const { return m_zoom.textScale(); }
    double userZoom() const { return m_zoom.userZoom(); }
    void setTextScale(double factor);
    // View > Fit Ladder to Window: the largest scale at which both lifelines and every label fit the
    // viewport's width, recomputed on every resize.
    bool fitsToWidth() const { return m_zoom.fitsWidth(); }
    void setFitToWidth(bool on);

    LadderThemeKind themeKind() const { return m_themeKind; }
    void setThemeKind(LadderThemeKind kind);

    // RFC 9293 states beside the lifelines (View > Show TCP States).
    bool showStates() const { return m_showStates; }
    void setShowStates(bool on);
    // Arrows slanted by the one-way delay estimated from the handshake RTT (View > Textbook Layout).
    bool isTextbook() const { return m_textbook; }
    void setTextbook(bool on);

    // Step-through (View > Step Through): Space/Right reveals the next arrow, Left/Backspace hides
    // it again; the newest revealed arrow is the current row. Defined in ladderviewteaching.cpp.
    bool isStepping() const { return m_step.isActive(); }
    void setStepping(bool on);
    const StepThrough &stepThrough() const { return m_step; }
    bool stepNext();
    bool stepPrevious();
    void stepReset();
    // Reveals (or hides) arrows so that `row` is the newest one: the guide jumps to the teardown.
    bool stepTo(int row);
    // "Step 3 / 12", with what to do next at the start and the end; empty when not stepping.
    QString stepText() const;
    // Where stepText() is drawn, in viewport coordinates (bottom right); empty when not stepping.
    QRect stepBadgeRect() const;

    // Quiz mode (ladderviewteaching.cpp): the values the quiz hides are drawn as empty boxes, where
    // the quiz puts its answer fields (layout coordinates + viewportOffset()); an empty mask for none.
    void setQuizMask(QuizMask mask);
    const QuizMask &quizMask() const { return m_quizMask; }
    QFont ladderFont() const { return m_painter.font(); } // at the current zoom
    QPointF viewportOffset() const;                       // layout to viewport coordinates
    // Predict the next segment: Space and → ask for the next arrow (stepNextRequested) instead of
    // revealing it, so the student answers first; stepNext() still reveals.
    void setStepKeysHeld(bool held) { m_stepKeysHeld = held; }

    const std::set<std::uint32_t> &expandedRuns() const { return m_expandedRuns; }
    void setRunExpanded(std::uint32_t runKey, bool expanded);
    void collapseAllRuns();

    // Where the item showing `row` is drawn, in viewport coordinates (its arrow's middle, or the
    // middle of a collapsed run); nullopt when the row is not laid out.
    std::optional<QPoint> rowPoint(int row) const;
    // Row under a viewport point (the first row of a collapsed run); -1 when none.
    int rowAt(const QPoint &viewportPoint) const;

    // Teacher's notes changed in the app (CaptureNotes::edits()), over the ladder's own comments;
    // drawn as callouts here and in exports. Defined in ladderviewnotes.cpp.
    void setNoteEdits(core::FrameComments edits);
    const core::RowNotes &rowNotes() const { return m_rowNotes; }

    // What an export of this view should look like: what the view draws with (its theme, expanded
    // runs, states, textbook slant, language), at its text scale without the zoom, `width` wide.
    LadderExportOptions exportOptions(int width) const;
    QImage renderImage(int width) const; // for "Copy Ladder Image"

signals:
    void currentRowChanged(int row);
    void zoomChanged(double zoom);
    void fitToWidthChanged(bool on);
    void runExpanded(std::uint32_t runKey);
    // A click on a phase bracket (its line or its title band): index into layout().brackets().
    void bracketClicked(int bracket);
    void steppingChanged(bool on);
    void stepChanged(int revealedRows);
    // A layout made off the GUI thread (of a grown ladder, or at a new width) is now on screen
    // (layout() is of ladder()).
    void laidOut();
    // Scrolled, zoomed or laid out again: what sits on the layout moves.
    void viewMoved();
    void stepNextRequested(); // Space or → while the step keys are held

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // Below this the columns crowd each other even when the labels are short.
    static constexpr double minimumLogicalWidth = 600;

    void relayout();
    bool layoutFitsViewport() const; // laid out for the viewport's width as it is now
    void updateRowNotes();
    void applyZoom(double oldScale, bool oldFit);
    // The options the view lays out and paints with, at `width` and `scale` (ladderviewzoom.cpp).
    LadderExportOptions viewOptions(int width, double scale) const;
    int layoutWidth(int viewportWidth, double scale) const;
    LadderTheme currentTheme() const;
    LadderViewLayoutInput layoutInput() const; // ladderviewzoom.cpp
    void applyLayout(LadderViewLayout laid);
    void layOutOffGuiThread();          // the ladder as it is now, at the viewport's width as it is now
    void layOutNewLadderOffGuiThread(); // another connection's: nothing shown until it is laid out
    void applyJobLayout(LadderViewLayout &laid);
    void relayoutKeepingTopRow();
    void scrollRowToTop(int row); // -1: the top of the ladder
    void updateScrollBars();
    void ensureItemVisible(std::size_t item);
    void moveCurrent(int steps);
    double contentY(int viewportY) const;
    int topRow() const;
    std::optional<int> bracketAt(const QPoint &viewportPoint) const;
    bool teachingKey(QKeyEvent *event);
    void syncStepToView();
    // After the step moved: the view, the selection (its newest arrow) and stepChanged follow.
    void showNewestStep();
    void paintStepBadge(QPainter &painter) const;

    core::SharedLadder m_ladder;  // an empty ladder when there is none
    core::SharedLadder m_laidOut; // what m_layout refers to: m_ladder, or the one before while it is laid out
    core::LadderLayout m_layout;
    NewestJob *m_layoutJob = nullptr; // a child: lays out grown ladders
    int m_asyncLayoutRows = 20'000;
    LadderPainter m_painter;
    core::FrameComments m_noteEdits;
    core::RowNotes m_rowNotes; // what m_painter draws as callouts
    LadderThemeKind m_themeKind = LadderThemeKind::Palette;
    std::set<std::uint32_t> m_expandedRuns;
    StepThrough m_step;
    bool m_stepKeysHeld = false;
    QuizMask m_quizMask;
    bool m_showStates = true;
    bool m_textbook = false;
    bool m_hasLadder = false;
    int m_currentRow = -1;
    LadderZoom m_zoom;
    double m_shownScale = 1.0; // the scale last announced by zoomChanged
    double m_layoutWidth = -1; // the viewport widths m_layout was made for (LadderViewLayout)
    double m_layoutFitWidth = -1;
    int m_layoutsOnGuiThread = 0;
};

} // namespace tcpladder::ui
