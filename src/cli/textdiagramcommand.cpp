// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiagramcommand.h"

#include "captureload.h"
#include "languagecatalogue.h"
#include "textdiagramexport.h"

#include <QFileInfo>

namespace tcpladder::cli {

int exportTextDiagram(const core::ConnectionLadder &ladder, const Arguments &args, const QString &output,
                      const QString &language, const core::PeerCapture *peer)
{
    // Only the catalogue: a text needs no font, so none is looked for (nor warned about).
    ui::LanguageCatalogue catalogue;
    if (!catalogue.load(language)) {
        printError("no translation for " + language.toStdString() + " is built in");
        return 1;
    }
    QString error;
    if (peer) {
        const ui::MergedLadderNames names{QFileInfo(QString::fromStdString(args.positionals.front())).fileName(),
                                          QFileInfo(QString::fromStdString(*args.value("--peer-capture"))).fileName()};
        if (!ui::exportMergedLadderText(ladder, *peer, names, output, catalogue.ladderTexts(), {}, &error)) {
            printError(error.toStdString());
            return 1;
        }
        return 0;
    }
    ui::TextDiagramExportOptions options;
    options.translate = catalogue.ladderTexts();
    options.explanationTranslate = catalogue.explanations();
    options.showStates = args.has("--states");
    options.expandAllRuns = args.has("--expand-runs");
    if (!ui::exportLadderText(ladder, output, options, &error)) {
        printError(error.toStdString());
        return 1;
    }
    return 0;
}

} // namespace tcpladder::cli
