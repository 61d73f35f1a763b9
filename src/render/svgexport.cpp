// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgexport.h"

#include "ladderexport.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace tcpladder::ui {

bool writeSvgFile(const QString &path, const SvgFile &svg, const std::function<void(QPainter &)> &paint, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(svg.size);
    generator.setViewBox(QRect(QPoint(0, 0), svg.size));
    generator.setResolution(96);
    generator.setTitle(svg.title);
    generator.setDescription(svg.description);
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(QStringLiteral("cannot draw the SVG"));
    paint(painter);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(withGenericFontFamilies(buffer.data(), svg.fontFamilies)) < 0
        || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace tcpladder::ui
