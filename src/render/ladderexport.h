// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderlayout.h"
#include "laddernotes.h"
#include "laddertheme.h"
#include "languagecatalogue.h"
#include "streamreplay.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <set>

namespace tcpladder::ui {

class LadderPainter;

// Everything that decides how a ladder is drawn. LadderView lays out and paints with these too
// (LadderView::exportOptions), so an export carries whatever the view applies.
struct LadderExportOptions
{
    int width = 1200; // output width in pixels (see widenToLabels)
    LadderThemeKind theme = LadderThemeKind::Light;
    double scale = 1.0;                   // text and line scale ("large text"); width stays `width`
    std::set<std::uint32_t> expandedRuns; // LadderRun::key of runs to draw expanded
    bool expandAllRuns = false;           // every run drawn expanded (the CLI's --expand-runs)
    bool showStates = true;               // RFC 9293 states beside the lifelines (View > Show TCP States)
    bool textbook = false;                // arrows slanted by the one-way delay (View > Textbook Layout)
    LadderLanguage language;              // the texts' language and fonts; empty: English
    // Wider than `width` where the labels need it, as the view does (it scrolls sideways rather than
    // cut a Seq number off); off, the labels are fitted into `width` (the CLI's --width is exact).
    bool widenToLabels = false;
    core::FrameComments noteEdits; // teacher's notes changed in the app, over the ladder's comments
};

// The widths a ladder export may have, in pixels: the export dialog, the CLI's --width and the
// exports themselves hold to them.
constexpr int minExportWidth = 300;
constexpr int maxExportWidth = 16000;
constexpr bool isExportWidth(int width)
{
    return width >= minExportWidth && width <= maxExportWidth;
}

// Layout options for `options` measured with `painter`'s font (expanded runs as listed, not all).
core::LadderLayoutOptions ladderLayoutOptions(const LadderPainter &painter, const LadderExportOptions &options);
// The layout the view shows and the exports draw: every run expanded for expandAllRuns, and wider
// than options.width where the labels need it when widenToLabels.
core::LadderLayout layOutLadder(const core::ConnectionLadder &ladder, const LadderPainter &painter,
                                const LadderExportOptions &options);

// Common image viewers refuse (or scale unreadably) images taller than this: a PNG export beyond it
// is said so, and PDF suggested, never silently written.
constexpr int viewerImageHeightLimit = 16384;

// Height in pixels of the ladder as one image (PNG or SVG) with `options`.
int ladderImageHeight(const core::ConnectionLadder &ladder, const LadderExportOptions &options);

// The whole ladder (collapsed runs stay collapsed unless expanded) as an image `width` pixels wide
// (wider only where widenToLabels widens it).
// Null image when the result would be too tall for a raster image. Needs a QGuiApplication, no widgets.
QImage renderLadderImage(const core::ConnectionLadder &ladder, const LadderExportOptions &options,
                         QString *error = nullptr);

// Writes PNG, SVG or PDF (LadderPdfWriter: pages), chosen by the extension of `path` (case-insensitive). On failure returns false
// and sets *error to one line fit for a status bar or stderr.
bool exportLadder(const core::ConnectionLadder &ladder, const QString &path, const LadderExportOptions &options,
                  QString *error = nullptr);

// QSvgGenerator's output with font families every SVG viewer resolves (it writes only Qt's first
// family name, which browsers do not know): shared by the ladder and graph exports.
QByteArray withGenericFontFamilies(const QByteArray &svg, const QStringList &painterFamilies);

} // namespace tcpladder::ui
