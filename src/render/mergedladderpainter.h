// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laddertheme.h"
#include "mergedladder.h"

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;

namespace tcpladder::ui {

// The two capture files a merged ladder was made from, as the header names them.
struct MergedLadderNames
{
    QString capture; // A: the ladder's own capture
    QString peer;    // B: the other side's
};

// Geometry and drawing of a ladder made from two captures (core::MergedLadder) at one width: each
// arrow from its send time on one lifeline to its receive time on the other, a segment lost between
// the captures as an arrow that stops half-way with a cross, and a header saying what was merged and
// the clock offset. The export and the window's MergedLadderView both draw with it.
class MergedLadderPainter
{
public:
    // The vertical step a layout for `font` must be made with (core::layoutMergedLadder's `step`).
    static double stepFor(const QFont &font);

    // `layout` made by core::layoutMergedLadder(ladder, peer, stepFor(font)); the painter keeps
    // references to `ladder` and `peer`, which must outlive it.
    MergedLadderPainter(const core::ConnectionLadder &ladder, const core::PeerCapture &peer, MergedLadderNames names,
                        const QFont &font, std::shared_ptr<const core::MergedLadder> layout);

    void setWidth(double width);
    void setTheme(const LadderTheme &theme) { m_theme = theme; }
    double width() const { return m_width; }
    double height() const { return headerHeight() + m_layout->height; }
    double headerHeight() const { return 4 * m_line; }
    double clientX() const { return m_clientX; }
    double serverX() const { return m_serverX; }
    const core::MergedLadder &layout() const { return *m_layout; }

    // The header's two lines of text: what was merged, then the clock offset and the losses.
    QStringList headerLines() const;
    // Where arrow `i` is drawn, header included; a lost one ends half-way between the lifelines.
    QLineF arrowLine(std::size_t i) const;
    // The arrow whose line passes nearest `point` within a few pixels, or -1.
    int arrowAt(QPointF point) const;

    // Draws what meets `exposed` (all when null); `selected` (an arrow index, or -1) is highlighted.
    void paint(QPainter &p, const QRectF &exposed = QRectF(), int selected = -1) const;

private:
    void paintHeader(QPainter &p) const;
    void paintArrow(QPainter &p, const core::MergedArrow &arrow, const QLineF &line, bool selected) const;
    void paintHead(QPainter &p, QPointF from, QPointF to, const QColor &color) const;

    const core::ConnectionLadder &m_ladder;
    const core::PeerCapture &m_peer;
    MergedLadderNames m_names;
    std::shared_ptr<const core::MergedLadder> m_layout;
    LadderTheme m_theme = LadderTheme::light();
    QFont m_font;
    double m_line = 16;
    double m_width = 0;
    double m_timeWidth = 80;
    double m_clientX = 0;
    double m_serverX = 0;
};

} // namespace tcpladder::ui
