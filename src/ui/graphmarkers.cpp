// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmarkers.h"

#include <QPainter>

#include <cmath>
#include <numbers>

namespace tcpladder::ui {

namespace {

// Points on a circle of `radius`, the first straight up, `count` of them evenly spaced.
QPolygonF regularPoints(int count, qreal radius, qreal turnOffset = 0)
{
    QPolygonF points;
    for (int i = 0; i < count; ++i) {
        const qreal angle = -std::numbers::pi / 2 + (i + turnOffset) * 2 * std::numbers::pi / count;
        points << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return points;
}

} // namespace

QPolygonF graphMarkerOutline(QScatterSeries::MarkerShape shape, qreal size)
{
    const qreal r = size / 2;
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        return QPolygonF(QRectF(-r, -r, size, size));
    case QScatterSeries::MarkerShapeRotatedRectangle:
        return QPolygonF({QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)});
    case QScatterSeries::MarkerShapeTriangle:
        return QPolygonF({QPointF(0, -r), QPointF(r, r), QPointF(-r, r)});
    case QScatterSeries::MarkerShapePentagon:
        return regularPoints(5, r);
    case QScatterSeries::MarkerShapeStar: {
        // Five spikes: outer and inner points in turn.
        const QPolygonF outer = regularPoints(5, r);
        const QPolygonF inner = regularPoints(5, r * 0.4, 0.5);
        QPolygonF star;
        for (int i = 0; i < 5; ++i)
            star << outer[i] << inner[i];
        return star;
    }
    case QScatterSeries::MarkerShapeCircle:
        break;
    }
    return regularPoints(24, r);
}

QImage graphMarkerImage(QScatterSeries::MarkerShape shape, qreal size, const QPen &pen, const QBrush &brush,
                        qreal pixelRatio)
{
    // Room for the pen around the shape, which Qt Charts scales to the marker's size.
    const int side = std::max(1, static_cast<int>(std::ceil(size * pixelRatio)));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(side / 2.0, side / 2.0);
    painter.scale(pixelRatio, pixelRatio);
    const qreal inset = pen.style() == Qt::NoPen ? 0 : pen.widthF();
    painter.setPen(pen);
    painter.setBrush(brush);
    if (shape == QScatterSeries::MarkerShapeCircle) {
        const qreal r = (size - inset) / 2;
        painter.drawEllipse(QPointF(0, 0), r, r);
    } else {
        painter.drawPolygon(graphMarkerOutline(shape, size - inset));
    }
    return image;
}

} // namespace tcpladder::ui
