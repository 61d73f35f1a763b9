// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedladderexport.h"

#include "laddertheme.h"
#include "svgexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace tcpladder::ui {

namespace {

QString milliseconds(std::int64_t ns)
{
    return QString::number(static_cast<double>(ns) / 1e6, 'f', 1);
}

// Geometry and drawing of one merged ladder at one width.
class MergedLadderPainter
{
public:
    MergedLadderPainter(const core::ConnectionLadder &ladder, const core::PeerCapture &peer, QString peerName,
                        const LadderExportOptions &options)
        : m_ladder(ladder),
          m_peer(peer),
          m_peerName(std::move(peerName)),
          m_theme(LadderTheme::forKind(options.theme)),
          m_width(options.width)
    {
        m_font = QGuiApplication::font();
        m_font.setPointSizeF(m_font.pointSizeF() * options.scale);
        m_line = QFontMetricsF(m_font).height();
        m_header = 4 * m_line;
        m_merged = core::layoutMergedLadder(ladder, peer, m_line * 1.1);
        m_timeWidth = QFontMetricsF(m_font).horizontalAdvance(QStringLiteral("00.000000")) + m_line;
        m_clientX = m_timeWidth + (m_width - m_timeWidth) * 0.2;
        m_serverX = m_timeWidth + (m_width - m_timeWidth) * 0.8;
    }

    double height() const { return m_header + m_merged.height; }

    void paint(QPainter &p) const
    {
        p.setRenderHint(QPainter::Antialiasing);
        p.setFont(m_font);
        p.fillRect(QRectF(0, 0, m_width, height()), m_theme.background);
        paintHeader(p);
        p.save();
        p.translate(0, m_header);
        p.setPen(QPen(m_theme.lifeline, 2));
        p.drawLine(QPointF(m_clientX, 0), QPointF(m_clientX, m_merged.height));
        p.drawLine(QPointF(m_serverX, 0), QPointF(m_serverX, m_merged.height));
        for (const core::MergedArrow &arrow : m_merged.arrows)
            paintArrow(p, arrow);
        p.restore();
    }

private:
    void paintHeader(QPainter &p) const
    {
        const core::TwoCaptureMerge &merge = m_peer.merge;
        const bool aAtClient = merge.aSide == core::Side::Client;
        p.setPen(m_theme.text);
        const QString client = QString::fromStdString(m_ladder.client.toString());
        const QString server = QString::fromStdString(m_ladder.server.toString());
        p.drawText(QRectF(m_clientX - m_width * 0.2, m_line * 2.6, m_width * 0.4, m_line), Qt::AlignCenter,
                   QCoreApplication::translate("MergedLadder", "Client %1").arg(client));
        p.drawText(QRectF(m_serverX - m_width * 0.2, m_line * 2.6, m_width * 0.4, m_line), Qt::AlignCenter,
                   QCoreApplication::translate("MergedLadder", "Server %1").arg(server));
        const core::DirectionReport &c2s = merge.directions[0];
        const core::DirectionReport &s2c = merge.directions[1];
        const QString merged = aAtClient
            ? QCoreApplication::translate("MergedLadder",
                                          "Merged: this capture (client side) and %1 (server side), stream %2")
            : QCoreApplication::translate("MergedLadder",
                                          "Merged: this capture (server side) and %1 (client side), stream %2");
        p.drawText(QRectF(m_line, 0, m_width - 2 * m_line, m_line), Qt::AlignLeft,
                   merged.arg(m_peerName).arg(m_peer.match.stream));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(m_line, m_line * 1.2, m_width - 2 * m_line, m_line), Qt::AlignLeft,
                   QCoreApplication::translate("MergedLadder",
                                               "Clock offset %1 ms ± %2 ms (assumes the fastest trip took as long each "
                                               "way) · lost between the captures: %3 client→server, %4 server→client")
                       .arg(milliseconds(merge.clock ? merge.clock->offsetNs : 0),
                            milliseconds(merge.clock ? merge.clock->errorBoundNs : 0))
                       .arg(c2s.lostBetweenCaptures)
                       .arg(s2c.lostBetweenCaptures));
        p.drawText(QRectF(0, m_line * 2.6, m_timeWidth, m_line), Qt::AlignCenter,
                   QCoreApplication::translate("MergedLadder", "sent (s)"));
    }

    void paintArrow(QPainter &p, const core::MergedArrow &arrow) const
    {
        const bool fromClient = arrow.direction == core::Direction::ClientToServer;
        const double x0 = fromClient ? m_clientX : m_serverX;
        const double x1 = fromClient ? m_serverX : m_clientX;
        const bool lost = arrow.seen == core::Seen::SenderOnly;
        const QPointF start(x0, arrow.startY);
        const QPointF end(lost ? (x0 + x1) / 2 : x1, arrow.endY);
        QColor color = fromClient ? m_theme.clientArrow : m_theme.serverArrow;
        QPen pen(color, 1.4);
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
        const QRectF label(fromClient ? x0 + m_line * 0.3 : x0 - m_line * 0.3 - labelWidth,
                           arrow.startY - m_line * 1.05, labelWidth, m_line);
        p.drawText(label, (fromClient ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom,
                   QString::fromStdString(arrow.label));
        p.setPen(m_theme.mutedText);
        p.drawText(QRectF(0, arrow.startY - m_line * 0.5, m_timeWidth - m_line * 0.3, m_line), Qt::AlignRight,
                   QString::number(static_cast<double>(arrow.startNs) / 1e9, 'f', 6));
        const QString delay = milliseconds(arrow.oneWayDelayNs.value_or(0));
        const QString note = lost ? QCoreApplication::translate("MergedLadder", "lost between the captures")
            : arrow.seen == core::Seen::ReceiverOnly
            ? QCoreApplication::translate("MergedLadder", "not in the sender's capture")
            : QCoreApplication::translate("MergedLadder", "%1 ms").arg(delay);
        const double noteWidth = m_width - m_serverX;
        if (lost) {
            p.setPen(m_theme.reset);
            p.drawText(QRectF(end.x() - labelWidth / 2, end.y() + m_line * 0.3, labelWidth, m_line), Qt::AlignCenter,
                       note);
        } else if (fromClient) {
            p.drawText(QRectF(x1 + m_line * 0.3, arrow.endY - m_line * 0.5, noteWidth - m_line * 0.3, m_line),
                       Qt::AlignLeft, note);
        } else {
            p.drawText(QRectF(m_timeWidth, arrow.endY - m_line * 0.5, x1 - m_timeWidth - m_line * 0.3, m_line),
                       Qt::AlignRight, note);
        }
    }

    void paintHead(QPainter &p, QPointF from, QPointF to, const QColor &color) const
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

    const core::ConnectionLadder &m_ladder;
    const core::PeerCapture &m_peer;
    QString m_peerName;
    LadderTheme m_theme;
    double m_width = 0;
    QFont m_font;
    double m_line = 16;
    double m_header = 64;
    double m_timeWidth = 80;
    double m_clientX = 0;
    double m_serverX = 0;
    core::MergedLadder m_merged;
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool writePdf(const MergedLadderPainter &painter, double width, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("TCP Ladder"));
    QPainter qp;
    if (!qp.begin(&writer)) {
        setError(error, QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double scale = page.width() / width;
    const double pageHeight = page.height() / scale;
    for (double top = 0; top < painter.height(); top += pageHeight) {
        if (top > 0)
            writer.newPage();
        qp.save();
        qp.scale(scale, scale);
        qp.setClipRect(QRectF(0, 0, width, pageHeight));
        qp.translate(0, -top);
        painter.paint(qp);
        qp.restore();
    }
    return qp.end();
}

} // namespace

bool exportMergedLadder(const core::ConnectionLadder &ladder, const core::PeerCapture &peer, const QString &peerName,
                        const QString &path, const LadderExportOptions &options, QString *error)
{
    if (!peer.merge.clock) {
        setError(error,
                 QStringLiteral("the two captures share too few segments in each direction to align their clocks"));
        return false;
    }
    const MergedLadderPainter painter(ladder, peer, peerName, options);
    const int width = options.width;
    const int height = static_cast<int>(std::ceil(painter.height()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        QPainter qp(&image);
        painter.paint(qp);
        qp.end();
        if (!image.save(path, "PNG")) {
            setError(error, QStringLiteral("cannot write %1").arg(path));
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("pdf"))
        return writePdf(painter, width, path, error);
    const SvgFile svg{QSize(width, height), QString(),
                      QStringLiteral("Two-capture ladder diagram exported by TCP Ladder"),
                      QGuiApplication::font().families()};
    return writeSvgFile(
        path, svg, [&](QPainter &qp) { painter.paint(qp); }, error);
}

} // namespace tcpladder::ui
