// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiagramexport.h"

#include "languagecatalogue.h"
#include "mergedtextdiagram.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace tcpladder::ui {

QString ladderTextDiagram(const core::ConnectionLadder &ladder, core::TextDiagramFormat format,
                          const TextDiagramExportOptions &options)
{
    core::TextDiagramOptions diagramOptions;
    diagramOptions.showStates = options.showStates;
    diagramOptions.expandAllRuns = options.expandAllRuns;
    diagramOptions.expandedRuns = options.expandedRuns;
    diagramOptions.noteEdits = options.noteEdits;
    diagramOptions.translate = options.translate ? options.translate : ladderTranslator();
    diagramOptions.explanationTranslate =
        options.explanationTranslate ? options.explanationTranslate : explanationTranslator();
    return QString::fromStdString(core::writeTextDiagram(core::buildTextDiagram(ladder, diagramOptions), format));
}

namespace {

// `text` in the format of `path`'s extension, written whole or not at all.
bool writeTextFile(const QString &path, const std::function<QString(core::TextDiagramFormat)> &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto format = core::textDiagramFormatForPath(path.toStdString());
    if (!format)
        return fail(QCoreApplication::translate("TextDiagramExport", "%1 is not a .mmd, .puml, .tex or .md file")
                        .arg(QFileInfo(path).fileName()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(text(*format).toUtf8());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace

bool exportLadderText(const core::ConnectionLadder &ladder, const QString &path,
                      const TextDiagramExportOptions &options, QString *error)
{
    return writeTextFile(
        path, [&](core::TextDiagramFormat format) { return ladderTextDiagram(ladder, format, options); }, error);
}

QString mergedLadderTextDiagram(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                                const MergedLadderNames &names, core::TextDiagramFormat format,
                                const core::LadderTranslate &translate, const core::FrameComments &noteEdits)
{
    core::MergedTextOptions options;
    options.captureName = names.capture.toStdString();
    options.peerCaptureName = names.peer.toStdString();
    options.translate = translate ? translate : ladderTranslator();
    options.noteEdits = noteEdits;
    return QString::fromStdString(core::writeTextDiagram(core::buildMergedTextDiagram(ladder, peer, options), format));
}

bool exportMergedLadderText(const core::ConnectionLadder &ladder, const core::PeerCapture &peer,
                            const MergedLadderNames &names, const QString &path, const core::LadderTranslate &translate,
                            const core::FrameComments &noteEdits, QString *error)
{
    return writeTextFile(
        path,
        [&](core::TextDiagramFormat format) {
            return mergedLadderTextDiagram(ladder, peer, names, format, translate, noteEdits);
        },
        error);
}

} // namespace tcpladder::ui
