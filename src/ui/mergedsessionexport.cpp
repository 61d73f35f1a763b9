// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedsessionexport.h"

#include "mergedladderexport.h"
#include "textdiagramexport.h"

namespace tcpladder::ui {

bool exportMergedSession(const MergedSession &session, const QString &path, const LadderExportOptions &options,
                         QString *error)
{
    if (core::textDiagramFormatForPath(path.toStdString()))
        return exportMergedLadderText(*session.ladder, session.peer, session.names, path, {}, options.noteEdits, error);
    return exportMergedLadder(*session.ladder, session.peer, session.names, path, options, error);
}

QString mergedSessionText(const MergedSession &session, core::TextDiagramFormat format,
                          const core::FrameComments &noteEdits)
{
    return mergedLadderTextDiagram(*session.ladder, session.peer, session.names, format, {}, noteEdits);
}

} // namespace tcpladder::ui
