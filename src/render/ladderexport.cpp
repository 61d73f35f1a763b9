// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderexport.h"

#include "ladderlayout.h"
#include "ladderpainter.h"
#include "ladderpdf.h"
#include "svgexport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
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

LadderPainter painterFor(const LadderExportOptions &options)
{
    return LadderPainter(LadderTheme::forKind(options.theme), options.scale, options.language);
}

QString widthError()
{
    return QStringLiteral("width must be between %1 and %2 pixels").arg(minExportWidth).arg(maxExportWidth);
}

QString describe(const core::ConnectionLadder &ladder)
{
    return QStringLiteral("TCP stream %1: %2 → %3")
        .arg(ladder.streamIndex)
        .arg(QString::fromStdString(ladder.client.toString()), QString::fromStdString(ladder.server.toString()));
}

} // namespace

core::LadderLayoutOptions ladderLayoutOptions(const LadderPainter &painter, const LadderExportOptions &options)
{
    core::LadderLayoutOptions layoutOptions = painter.layoutOptions(options.width);
    layoutOptions.expandedRuns = options.expandedRuns;
    layoutOptions.showStates = options.showStates;
    layoutOptions.textbook = options.textbook;
    return layoutOptions;
}

core::LadderLayout layOutLadder(const core::ConnectionLadder &ladder, const LadderPainter &painter,
                                const LadderExportOptions &options)
{
    core::LadderLayoutOptions layoutOptions = ladderLayoutOptions(painter, options);
    if (options.expandAllRuns) {
        // Run keys depend on the rows and the collapse settings only, so one plain layout names them all.
        const core::LadderLayout collapsed = core::layoutLadder(ladder, layoutOptions);
        for (const core::LadderRun &run : collapsed.runs())
            layoutOptions.expandedRuns.insert(run.key);
    }
    core::LadderLayout layout = core::layoutLadder(ladder, layoutOptions);
    if (options.widenToLabels && layout.minimumWidth() > layoutOptions.width) {
        layoutOptions.width = layout.minimumWidth();
        layout = core::layoutLadder(ladder, layoutOptions);
    }
    return layout;
}

// QSvgGenerator writes only Qt's first family name ("Sans Serif" under fontconfig), which no browser
// knows, so they fall back to a serif face. Every font-family gets the painter's real families (the
// CJK one the CLI adds for Chinese), fonts found everywhere, and a CSS generic family last.
QByteArray withGenericFontFamilies(const QByteArray &svg, const QStringList &painterFamilies)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    static const QStringList qtAliases{QStringLiteral("sans serif"), QStringLiteral("sans"),
                                       QStringLiteral("sans-serif"), QStringLiteral("helvetica")};
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + 4096);
    qsizetype last = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QStringList families;
        for (const QString &name : QStringList{match.captured(1)} + painterFamilies) {
            const QString quoted = QStringLiteral("'%1'").arg(name.trimmed());
            if (!name.trimmed().isEmpty() && !qtAliases.contains(name.trimmed().toLower())
                && !families.contains(quoted))
                families << quoted;
        }
        families << QStringLiteral("'DejaVu Sans'") << QStringLiteral("Arial") << QStringLiteral("'Noto Sans CJK SC'")
                 << QStringLiteral("'Microsoft YaHei'") << QStringLiteral("sans-serif");
        families.removeDuplicates();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += QStringLiteral("font-family=\"%1\"").arg(families.join(QStringLiteral(", ")));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

int ladderImageHeight(const core::ConnectionLadder &ladder, const LadderExportOptions &options)
{
    return static_cast<int>(std::ceil(layOutLadder(ladder, painterFor(options), options).height()));
}

QImage renderLadderImage(const core::ConnectionLadder &ladder, const LadderExportOptions &options, QString *error)
{
    if (!isExportWidth(options.width)) {
        setError(error, widthError());
        return {};
    }
    LadderPainter painter = painterFor(options);
    const core::RowNotes notes = core::ladderNotes(ladder, options.noteEdits);
    painter.setNotes(&notes);
    const core::LadderLayout layout = layOutLadder(ladder, painter, options);
    const int width = static_cast<int>(std::ceil(layout.width()));
    const int height = static_cast<int>(std::ceil(layout.height()));
    if (height > maxImageHeight) {
        setError(error,
                 QStringLiteral("the ladder is %1 pixels tall, too tall for PNG; export PDF (pages) or SVG instead")
                     .arg(height));
        return {};
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setError(error, QStringLiteral("not enough memory for a %1×%2 image").arg(width).arg(height));
        return {};
    }
    image.fill(painter.theme().background);
    QPainter qp(&image);
    painter.paint(qp, layout, QRectF(0, 0, width, height));
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
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        setError(error, QStringLiteral("unknown export format \"%1\": use .png, .svg or .pdf").arg(suffix));
        return false;
    }
    if (!isExportWidth(options.width)) {
        setError(error, widthError());
        return false;
    }
    LadderPainter painter = painterFor(options);
    const core::RowNotes notes = core::ladderNotes(ladder, options.noteEdits);
    painter.setNotes(&notes);
    const core::LadderLayout layout = layOutLadder(ladder, painter, options);
    if (suffix == QLatin1String("pdf"))
        return LadderPdfWriter(painter, layout).writeTo(path, describe(ladder), error);
    const int width = static_cast<int>(std::ceil(layout.width()));
    const int height = static_cast<int>(std::ceil(layout.height()));
    const SvgFile svg{QSize(width, height), describe(ladder), QStringLiteral("Ladder diagram exported by TCP Ladder"),
                      painter.font().families()};
    return writeSvgFile(
        path, svg, [&](QPainter &qp) { painter.paint(qp, layout, QRectF(0, 0, width, height)); }, error);
}

} // namespace tcpladder::ui
