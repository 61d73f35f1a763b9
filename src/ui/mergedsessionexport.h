// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The merged two-capture ladder the window shows, as File › Export Ladder… writes it (PNG/SVG/PDF as
// drawn, .mmd/.puml/.tex/.md as text) and as Copy as Mermaid / PlantUML puts it on the clipboard.

#include "ladderexport.h"
#include "laddertextdiagram.h"
#include "mergedladderview.h"

#include <QString>

namespace tcpladder::ui {

// By the extension of `path`; false with a one-line *error when it cannot be written.
bool exportMergedSession(const MergedSession &session, const QString &path, const LadderExportOptions &options,
                         QString *error = nullptr);

// In the language of the installed catalogue, with `noteEdits` (teacher's notes changed in the app).
QString mergedSessionText(const MergedSession &session, core::TextDiagramFormat format,
                          const core::FrameComments &noteEdits);

} // namespace tcpladder::ui
