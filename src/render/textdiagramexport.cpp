// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiagramexport.h"

#include "languagecatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace tcpladder::ui {

QString ladderTextDiagram(const core::ConnectionLadder &ladder, core::TextDiagramFormat format,
                          const TextDiagramExportOptions &options)
{
    core::TextDiagramOptions diagramOptions;
    diagramOptions.showStates = options.showStates;
    diagramOptions.expandAllRuns = options.expandAllRuns;
    diagramOptions.expandedRuns = options.expandedRuns;
    diagramOptions.translate = options.translate ? options.translate : ladderTranslator();
    diagramOptions.explanationTranslate =
        options.explanationTranslate ? options.explanationTranslate : explanationTranslator();
    return QString::fromStdString(core::writeTextDiagram(core::buildTextDiagram(ladder, diagramOptions), format));
}

bool exportLadderText(const core::ConnectionLadder &ladder, const QString &path,
                      const TextDiagramExportOptions &options, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    const auto format = core::textDiagramFormatForPath(path.toStdString());
    if (!format)
        return fail(QCoreApplication::translate("TextDiagramExport", "%1 is not a .mmd, .puml, .tex or .md file")
                        .arg(QFileInfo(path).fileName()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(ladderTextDiagram(ladder, *format, options).toUtf8());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace tcpladder::ui
