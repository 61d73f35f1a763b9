// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedladderpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

namespace {

QString milliseconds(std::int64_t ns)
{
    return QString::number(static_cast<double>(ns) / 1e6, 'f', 1);
}

QString matchedBy(core::PeerMatchMethod method)
{
    switch (method) {
    case core::PeerMatchMethod::PortsAndIsns:
        return QCoreApplication::translate("MergedLadder", "ports and ISNs");
    case core::PeerMatchMethod::IsnsOnly:
        return QCoreApplication::translate("MergedLadder", "ISNs only (a NAT between the captures)");
    case core::PeerMatchMethod::SequenceNumbers:
        return QCoreApplication::translate("MergedLadder", "sequence numbers (no SYN captured)");
    }
    return {};
}

// Distance from `point` to the segment `line`.
double distanceTo(const QLineF &line, QPointF point)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - line.p1(), d) / length2, 0.0, 1.0) : 0.0;
    return QLineF(line.p1() + t * d, point).length();
}

} // namespace

double MergedLadderPainter::stepFor(const QFont &font)
{
    return QFontMetricsF(font).height() * 1.1;
}

MergedLadderPainter::MergedLadderPainter(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                                         MergedLadderNames names, const QFont &font,
                                         std::shared_ptr<const core::MergedLadder> layout)
    : m_ladder(ladder),
      m_peer(peer),
      m_names(std::move(names)),
      m_layout(std::move(layout)),
      m_font(font)
{
    m_line = QFontMetricsF(m_font).height();
    // As wide as a time or its column's heading, whichever the language makes wider.
    const QFontMetricsF metrics(m_font);
    m_timeWidth = std::max(metrics.horizontalAdvance(QStringLiteral("00.000000")),
                           metrics.horizontalAdvance(QCoreApplication::translate("MergedLadder", "sent (s)")))
        + m_line;
    setWidth(1200);
}

void MergedLadderPainter::setWidth(double width)
{
    m_width = width;
    m_clientX = m_timeWidth + (m_width - m_timeWidth) * 0.2;
    m_serverX = m_timeWidth + (m_width - m_timeWidth) * 0.8;
}

QStringList MergedLadderPainter::headerLines() const
{
    const core::TwoCaptureMerge &merge = m_peer.merge;
    const QString merged = merge.aSide == core::Side::Client
        ? QCoreApplication::translate("MergedLadder",
                                      "Merged: %1 (client side) and %2 (server side), its stream %3, matched by %4")
        : QCoreApplication::translate("MergedLadder",
                                      "Merged: %1 (server side) and %2 (client side), its stream %3, matched by %4");
    const QString capture =
        m_names.capture.isEmpty() ? QCoreApplication::translate("MergedLadder", "this capture") : m_names.capture;
    return {merged.arg(capture, m_names.peer).arg(m_peer.match.stream).arg(matchedBy(m_peer.match.method)),
            QCoreApplication::translate("MergedLadder",
                                        "Clock offset %1 ms ± %2 ms (assumes the fastest trip took as long each "
                                        "way) · lost between the captures: %3 client→server, %4 server→client")
                .arg(milliseconds(merge.clock ? merge.clock->offsetNs : 0),
                     milliseconds(merge.clock ? merge.clock->errorBoundNs : 0))
                .arg(merge.directions[0].lostBetweenCaptures)
                .arg(merge.directions[1].lostBetweenCaptures)};
}

QLineF MergedLadderPainter::arrowLine(std::size_t i) const
{
    const core::MergedArrow &arrow = m_layout->arrows.at(i);
    const bool fromClient = arrow.direction == core::Direction::ClientToServer;
    const double x0 = fromClient ? m_clientX : m_serverX;
    const double x1 = fromClient ? m_serverX : m_clientX;
    const bool lost = arrow.seen == core::Seen::SenderOnly;
    return {QPointF(x0, headerHeight() + arrow.startY),
            QPointF(lost ? (x0 + x1) / 2 : x1, headerHeight() + arrow.endY)};
}

int MergedLadderPainter::arrowAt(QPointF point) const
{
    const auto &arrows = m_layout->arrows;
    const double y = point.y() - headerHeight();
    // Arrows are by startY: only those starting above the point, and not so far up they cannot reach it.
    const auto last = std::upper_bound(arrows.begin(), arrows.end(), y + m_line,
                                       [](double value, const core::MergedArrow &a) { return value < a.startY; });
    int best = -1;
    double bestDistance = m_line * 0.6;
    for (auto it = last; it != arrows.begin();) {
        --it;
        if (it->startY < y - m_layout->longestDrop - m_line)
            break;
        const auto i = static_cast<std::size_t>(it - arrows.begin());
        // The label above the tail counts as the arrow too: it is what a student aims at.
        const double distance =
            std::min(distanceTo(arrowLine(i), point), distanceTo(arrowLine(i).translated(0, -m_line * 0.6), point));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

void MergedLadderPainter::paint(QPainter &p, const QRectF &exposed, int selected) const
{
    const QRectF area = exposed.isNull() ? QRectF(0, 0, m_width, height()) : exposed;
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(m_font);
    p.fillRect(area, m_theme.background);
    paintHeader(p);
    const double top = headerHeight();
    p.setPen(QPen(m_theme.lifeline, 2));
    p.drawLine(QPointF(m_clientX, top), QPointF(m_clientX, top + m_layout->height));
    p.drawLine(QPointF(m_serverX, top), QPointF(m_serverX, top + m_layout->height));
    const auto &arrows = m_layout->arrows;
    const double from = area.top() - top - m_layout->longestDrop - 2 * m_line;
    auto it = std::lower_bound(arrows.begin(), arrows.end(), from,
                               [](const core::MergedArrow &a, double value) { return a.startY < value; });
    for (; it != arrows.end() && it->startY - 2 * m_line <= area.bottom() - top; ++it) {
        const auto i = static_cast<std::size_t>(it - arrows.begin());
        paintArrow(p, *it, arrowLine(i), static_cast<int>(i) == selected);
    }
}

void MergedLadderPainter::paintHeader(QPainter &p) const
{
    const QStringList lines = headerLines();
    p.setPen(m_theme.text);
    p.drawText(QRectF(m_line, 0, m_width - 2 * m_line, m_line), Qt::AlignLeft, lines.value(0));
    const QString client = QString::fromStdString(m_ladder.client.toString());
    const QString server = QString::fromStdString(m_ladder.server.toString());
    p.drawText(QRectF(m_clientX - m_width * 0.2, m_line * 2.6, m_width * 0.4, m_line), Qt::AlignCenter,
               QCoreApplication::translate("MergedLadder", "Client %1").arg(client));
    p.drawText(QRectF(m_serverX - m_width * 0.2, m_line * 2.6, m_width * 0.4, m_line), Qt::AlignCenter,
               QCoreApplication::translate("MergedLadder", "Server %1").arg(server));
    p.setPen(m_theme.mutedText);
    p.drawText(QRectF(m_line, m_line * 1.2, m_width - 2 * m_line, m_line), Qt::AlignLeft, lines.value(1));
    p.drawText(QRectF(0, m_line * 2.6, m_timeWidth, m_line), Qt::AlignCenter,
               QCoreApplication::translate("MergedLadder", "sent (s)"));
}

void MergedLadderPainter::paintArrow(QPainter &p, const core::MergedArrow &arrow, const QLineF &line,
                                     bool selected) const
{
    const bool fromClient = arrow.direction == core::Direction::ClientToServer;
    const double x0 = line.x1();
    const double x1 = fromClient ? m_serverX : m_clientX;
    const bool lost = arrow.seen == core::Seen::SenderOnly;
    const QPointF start = line.p1();
    const QPointF end = line.p2();
    if (selected)
        p.fillRect(QRectF(0, start.y() - m_line * 1.1, m_width, end.y() - start.y() + m_line * 1.6), m_theme.selection);
    const QColor color = fromClient ? m_theme.clientArrow : m_theme.serverArrow;
    QPen pen(color, selected ? 2.4 : 1.4);
    if (arrow.startEstimated)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawLine(start, end);
    if (lost) {
        const double r = m_line * 0.35;
        p.setPen(QPen(m_theme.reset, 2));
        p.drawLine(end + QPointF(-r, -r), end + QPointF(r, r));
        p.drawLine(end + QPointF(-r, r), end + QPointF(r, -r));
    } else {
        paintHead(p, start, end, color);
    }
    // The label above the tail, on the sender's side; the delay beside the head.
    p.setPen(m_theme.text);
    const double labelWidth = (m_serverX - m_clientX) * 0.62;
    const QRectF label(fromClient ? x0 + m_line * 0.3 : x0 - m_line * 0.3 - labelWidth, start.y() - m_line * 1.05,
                       labelWidth, m_line);
    p.drawText(label, (fromClient ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom,
               QString::fromStdString(arrow.label));
    p.setPen(m_theme.mutedText);
    p.drawText(QRectF(0, start.y() - m_line * 0.5, m_timeWidth - m_line * 0.3, m_line), Qt::AlignRight,
               QString::number(static_cast<double>(arrow.startNs) / 1e9, 'f', 6));
    const QString note = lost ? QCoreApplication::translate("MergedLadder", "lost between the captures")
        : arrow.seen == core::Seen::ReceiverOnly
        ? QCoreApplication::translate("MergedLadder", "not in the sender's capture")
        : QCoreApplication::translate("MergedLadder", "%1 ms").arg(milliseconds(arrow.oneWayDelayNs.value_or(0)));
    const double noteWidth = m_width - m_serverX;
    if (lost) {
        p.setPen(m_theme.reset);
        p.drawText(QRectF(end.x() - labelWidth / 2, end.y() + m_line * 0.3, labelWidth, m_line), Qt::AlignCenter, note);
    } else if (fromClient) {
        p.drawText(QRectF(x1 + m_line * 0.3, end.y() - m_line * 0.5, noteWidth - m_line * 0.3, m_line), Qt::AlignLeft,
                   note);
    } else {
        p.drawText(QRectF(m_timeWidth, end.y() - m_line * 0.5, x1 - m_timeWidth - m_line * 0.3, m_line), Qt::AlignRight,
                   note);
    }
}

void MergedLadderPainter::paintHead(QPainter &p, QPointF from, QPointF to, const QColor &color) const
{
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const double size = m_line * 0.55;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4)));
    head.lineTo(to - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4)));
    head.closeSubpath();
    p.fillPath(head, color);
}

} // namespace tcpladder::ui
