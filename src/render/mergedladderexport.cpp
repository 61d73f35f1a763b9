// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedladderexport.h"

#include "svgexport.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace tcpladder::ui {

namespace {

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

bool exportMergedLadder(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                        const MergedLadderNames &names, const QString &path, const LadderExportOptions &options,
                        QString *error)
{
    if (!peer.merge.clock) {
        setError(error,
                 QStringLiteral("the two captures share too few segments in each direction to align their clocks"));
        return false;
    }
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * options.scale);
    MergedLadderPainter painter(ladder, peer, names, font,
                                std::make_shared<const core::MergedLadder>(
                                    core::layoutMergedLadder(ladder, peer, MergedLadderPainter::stepFor(font))));
    painter.setWidth(options.width);
    painter.setTheme(LadderTheme::forKind(options.theme));
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
