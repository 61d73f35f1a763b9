// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mergedladderpainter.h"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>

namespace tcpladder::ui {

// A connection merged with the other side's capture, laid out (off the GUI thread) for `font`.
struct MergedSession
{
    core::SharedLadder ladder; // capture A's, as the window showed it
    core::PeerCapture peer;
    MergedLadderNames names;
    QFont font;
    std::shared_ptr<const core::MergedLadder> layout;
};

// The merged two-capture ladder in the window: MergedLadderPainter's drawing (the export's) with
// scrolling, Ctrl+wheel zoom and a selected arrow (click, Up/Down) that the explanation pane follows.
class MergedLadderView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit MergedLadderView(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const MergedSession> session);
    void clear();
    const MergedSession *session() const { return m_session.get(); }
    // Null without a session; geometry in unzoomed drawing coordinates.
    const MergedLadderPainter *painter() const { return m_painter ? &*m_painter : nullptr; }

    void setThemeKind(LadderThemeKind kind);
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    int currentArrow() const { return m_current; }
    void setCurrentArrow(int arrow); // -1: none; scrolls it into view

signals:
    void currentArrowChanged(int arrow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGeometryOfDrawing(); // the painter's width and the scroll bars, after a resize or zoom
    QPointF toDrawing(QPointF viewportPoint) const;

    std::shared_ptr<const MergedSession> m_session;
    std::optional<MergedLadderPainter> m_painter;
    LadderThemeKind m_theme = LadderThemeKind::Palette;
    double m_zoom = 1.0;
    int m_current = -1;
};

} // namespace tcpladder::ui
