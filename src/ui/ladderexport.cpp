// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderexport.h"

#include "ladderlayout.h"
#include "ladderpainter.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace tcpladder::ui {

namespace {

// QPainter's raster engine and most viewers give up well before QImage's own limit.
constexpr int maxImageHeight = 32000;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

core::LadderLayout layoutFor(const core::ConnectionLadder &ladder, const LadderPainter &painter,
                             const LadderExportOptions &options)
{
    core::LadderLayoutOptions layoutOptions = painter.layoutOptions(options.width);
    layoutOptions.expandedRuns = options.expandedRuns;
    return core::layoutLadder(ladder, layoutOptions);
}

QString describe(const core::ConnectionLadder &ladder)
{
    return QStringLiteral("TCP stream %1: %2 → %3")
        .arg(ladder.streamIndex)
        .arg(QString::fromStdString(ladder.client.toString()), QString::fromStdString(ladder.server.toString()));
}

} // namespace

QImage renderLadderImage(const core::ConnectionLadder &ladder, const LadderExportOptions &options, QString *error)
{
    if (options.width < 200 || options.width > 20000) {
        setError(error, QStringLiteral("width must be between 200 and 20000 pixels"));
        return {};
    }
    const LadderPainter painter(LadderTheme::forKind(options.theme), options.scale);
    const core::LadderLayout layout = layoutFor(ladder, painter, options);
    const int height = static_cast<int>(std::ceil(layout.height()));
    if (height > maxImageHeight) {
        setError(error, QStringLiteral("the ladder is %1 pixels tall, too tall for PNG; export SVG or collapse runs")
                            .arg(height));
        return {};
    }
    QImage image(options.width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setError(error, QStringLiteral("not enough memory for a %1×%2 image").arg(options.width).arg(height));
        return {};
    }
    image.fill(painter.theme().background);
    QPainter qp(&image);
    painter.paint(qp, layout, QRectF(0, 0, options.width, height));
    qp.end();
    image.setText(QStringLiteral("Title"), describe(ladder));
    image.setText(QStringLiteral("Software"), QStringLiteral("TCP Ladder"));
    return image;
}

bool exportLadder(const core::ConnectionLadder &ladder, const QString &path, const LadderExportOptions &options,
                  QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        const QImage image = renderLadderImage(ladder, options, error);
        if (image.isNull())
            return false;
        if (!image.save(path, "PNG")) {
            setError(error, QStringLiteral("cannot write %1").arg(path));
            return false;
        }
        return true;
    }
    if (suffix != QLatin1String("svg")) {
        setError(error, QStringLiteral("unknown export format \"%1\": use .png or .svg").arg(suffix));
        return false;
    }
    if (options.width < 200 || options.width > 20000) {
        setError(error, QStringLiteral("width must be between 200 and 20000 pixels"));
        return false;
    }
    const LadderPainter painter(LadderTheme::forKind(options.theme), options.scale);
    const core::LadderLayout layout = layoutFor(ladder, painter, options);
    const int height = static_cast<int>(std::ceil(layout.height()));
    {
        // Probe writability first: QSvgGenerator only warns on the console when it cannot open the file.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            setError(error, QStringLiteral("cannot write %1: %2").arg(path, probe.errorString()));
            return false;
        }
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(options.width, height));
    generator.setViewBox(QRect(0, 0, options.width, height));
    generator.setResolution(96);
    generator.setTitle(describe(ladder));
    generator.setDescription(QStringLiteral("Ladder diagram exported by TCP Ladder"));
    QPainter qp;
    if (!qp.begin(&generator)) {
        setError(error, QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    painter.paint(qp, layout, QRectF(0, 0, options.width, height));
    qp.end();
    return true;
}

} // namespace tcpladder::ui
