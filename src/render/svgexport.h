// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace tcpladder::ui {

struct SvgFile
{
    QSize size;
    QString title;
    QString description;
    QStringList fontFamilies; // what the drawing used: generic families are added after them
};

// Draws with `paint` into an SVG of `svg.size` at 96 dpi and saves it to `path` whole or not at all
// (QSaveFile), so a failed export keeps what was there. False with *error set when it cannot.
bool writeSvgFile(const QString &path, const SvgFile &svg, const std::function<void(QPainter &)> &paint,
                  QString *error);

} // namespace tcpladder::ui
