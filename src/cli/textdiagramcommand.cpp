// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiagramcommand.h"

#include "captureload.h"
#include "languagemanager.h"
#include "textdiagramexport.h"

namespace tcpladder::cli {

int exportTextDiagram(const core::ConnectionLadder &ladder, const Arguments &args, const QString &output,
                      const QString &language)
{
    // Only the catalogue: a text needs no font, so none is looked for (nor warned about).
    if (!ui::LanguageManager::instance()->setLanguage(language, false)) {
        printError("no translation for " + language.toStdString() + " is built in");
        return 1;
    }
    ui::TextDiagramExportOptions options;
    options.showStates = args.has("--states");
    options.expandAllRuns = args.has("--expand-runs");
    QString error;
    if (!ui::exportLadderText(ladder, output, options, &error)) {
        printError(error.toStdString());
        return 1;
    }
    return 0;
}

} // namespace tcpladder::cli
