// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPen>
#include <QScatterSeries>

namespace tcpladder::ui {

// A scatter series' marker drawn once into an image, given to the series as its "light marker".
// Qt Charts otherwise makes one graphics item per point and restyles and moves every one of them
// whenever the points change: thousands of points for a big connection, tens of milliseconds on the
// GUI thread at every new ladder. With a light marker the series paints the image at each point.
// The image is drawn at `pixelRatio` times the marker's size, so it stays sharp on a HiDPI screen
// and in a projector's larger text.
QImage graphMarkerImage(QScatterSeries::MarkerShape shape, qreal size, const QPen &pen, const QBrush &brush,
                        qreal pixelRatio = 2);

// The outline of `shape` in a `size` x `size` square centred on the origin.
QPolygonF graphMarkerOutline(QScatterSeries::MarkerShape shape, qreal size);

} // namespace tcpladder::ui
