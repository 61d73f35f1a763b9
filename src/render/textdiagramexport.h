// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ladder as Mermaid, PlantUML, LaTeX/TikZ or Markdown text (core/laddertextdiagram.h), in the
// language of the translators given (by default those installed in the application): what File › Export, "Copy as Mermaid / PlantUML" and the
// CLI's `export -o x.mmd|x.puml|x.tex|x.md` write.

#include "laddertextdiagram.h"
#include "mergedladderpainter.h"

#include <QString>

#include <cstdint>
#include <set>

namespace tcpladder::ui {

struct TextDiagramExportOptions
{
    bool showStates = false;
    bool expandAllRuns = false;
    std::set<std::uint32_t> expandedRuns; // as the view has them
    // Empty: the catalogues installed in the application (ladderTranslator(), explanationTranslator()).
    core::LadderTranslate translate;
    core::LadderTranslate explanationTranslate;
    core::FrameComments noteEdits; // teacher's notes changed in the app (LadderExportOptions::noteEdits)
};

QString ladderTextDiagram(const core::ConnectionLadder &ladder, core::TextDiagramFormat format,
                          const TextDiagramExportOptions &options = {});

// Writes the text (UTF-8) to `path`, the format chosen by its extension; never a half-written file.
// False with a one-line *error when the extension is not a text format or the file cannot be written.
bool exportLadderText(const core::ConnectionLadder &ladder, const QString &path,
                      const TextDiagramExportOptions &options = {}, QString *error = nullptr);

} // namespace tcpladder::ui

namespace tcpladder::ui {

// The ladder merged from two captures (core/mergedtextdiagram.h) as text: what `export --peer-capture`
// and the window write while the merged ladder is shown. `translate` empty: the installed catalogue.
// `noteEdits`: teacher's notes changed in the app, over capture A's comments.
QString mergedLadderTextDiagram(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                                const MergedLadderNames &names, core::TextDiagramFormat format,
                                const core::LadderTranslate &translate = {}, const core::FrameComments &noteEdits = {});

// As exportLadderText, for the merged ladder.
bool exportMergedLadderText(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                            const MergedLadderNames &names, const QString &path,
                            const core::LadderTranslate &translate = {}, const core::FrameComments &noteEdits = {},
                            QString *error = nullptr);

} // namespace tcpladder::ui
