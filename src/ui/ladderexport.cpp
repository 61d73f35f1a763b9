// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderexport.h"

#include "ladderlayout.h"
#include "ladderpainter.h"
#include "ladderpdf.h"

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

core::LadderLayout layoutFor(const core::ConnectionLadder &ladder, const LadderPainter &painter,
                             const LadderExportOptions &options)
{
    core::LadderLayoutOptions layoutOptions = painter.layoutOptions(options.width);
    layoutOptions.expandedRuns = options.expandedRuns;
    if (options.expandAllRuns) {
        // Run keys depend on the rows and the collapse settings only, so one plain layout names them all.
        const core::LadderLayout collapsed = core::layoutLadder(ladder, layoutOptions);
        for (const core::LadderRun &run : collapsed.runs())
            layoutOptions.expandedRuns.insert(run.key);
    }
    return core::layoutLadder(ladder, layoutOptions);
}

QString describe(const core::ConnectionLadder &ladder)
{
    return QStringLiteral("TCP stream %1: %2 → %3")
        .arg(ladder.streamIndex)
        .arg(QString::fromStdString(ladder.client.toString()), QString::fromStdString(ladder.server.toString()));
}


} // namespace

// QSvgGenerator writes only Qt's first family name ("Sans Serif" under fontconfig), which no browser
// knows, so they fall back to a serif face. Every font-family gets the painter's real families (the
// CJK one the CLI adds for Chinese), fonts found everywhere, and a CSS generic family last.
QByteArray withGenericFontFamilies(const QByteArray &svg, const QStringList &painterFamilies)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    static const QStringList qtAliases{QStringLiteral("sans serif"), QStringLiteral("sans"), QStringLiteral("sans-serif"),
                                       QStringLiteral("helvetica")};
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + 4096);
    qsizetype last = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QStringList families;
        for (const QString &name : QStringList{match.captured(1)} + painterFamilies) {
            const QString quoted = QStringLiteral("'%1'").arg(name.trimmed());
            if (!name.trimmed().isEmpty() && !qtAliases.contains(name.trimmed().toLower()) && !families.contains(quoted))
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
    const LadderPainter painter(LadderTheme::forKind(options.theme), options.scale);
    return static_cast<int>(std::ceil(layoutFor(ladder, painter, options).height()));
}

QImage renderLadderImage(const core::ConnectionLadder &ladder, const LadderExportOptions &options, QString *error)
{
    if (options.width < 200 || options.width > 20000) {
        setError(error, QStringLiteral("width must be between 200 and 20000 pixels"));
        return {};
    }
    LadderPainter painter(LadderTheme::forKind(options.theme), options.scale);
    const core::RowNotes notes = core::ladderNotes(ladder, options.noteEdits);
    painter.setNotes(&notes);
    const core::LadderLayout layout = layoutFor(ladder, painter, options);
    const int height = static_cast<int>(std::ceil(layout.height()));
    if (height > maxImageHeight) {
        setError(error, QStringLiteral("the ladder is %1 pixels tall, too tall for PNG; export PDF (pages) or SVG instead")
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
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        setError(error, QStringLiteral("unknown export format \"%1\": use .png, .svg or .pdf").arg(suffix));
        return false;
    }
    if (options.width < 200 || options.width > 20000) {
        setError(error, QStringLiteral("width must be between 200 and 20000 pixels"));
        return false;
    }
    LadderPainter painter(LadderTheme::forKind(options.theme), options.scale);
    const core::RowNotes notes = core::ladderNotes(ladder, options.noteEdits);
    painter.setNotes(&notes);
    const core::LadderLayout layout = layoutFor(ladder, painter, options);
    if (suffix == QLatin1String("pdf"))
        return LadderPdfWriter(painter, layout).writeTo(path, describe(ladder), error);
    const int height = static_cast<int>(std::ceil(layout.height()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(options.width, height));
    generator.setViewBox(QRect(0, 0, options.width, height));
    generator.setResolution(96);
    generator.setTitle(describe(ladder));
    generator.setDescription(QStringLiteral("Ladder diagram exported by TCP Ladder"));
    QPainter qp;
    if (!qp.begin(&generator)) {
        setError(error, QStringLiteral("cannot draw the SVG"));
        return false;
    }
    painter.paint(qp, layout, QRectF(0, 0, options.width, height));
    qp.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(withGenericFontFamilies(buffer.data(), painter.font().families())) < 0 || !file.commit()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace tcpladder::ui
