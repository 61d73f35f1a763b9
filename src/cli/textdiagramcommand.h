// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"
#include "laddertextdiagram.h"
#include "peercapture.h"
#include "streamreplay.h"

#include <QString>

namespace tcpladder::cli {

// `export -o x.mmd|x.puml|x.tex|x.md`: the ladder as text in `language` ("en" or "zh_CN"), with
// --states and --expand-runs. Needs a QCoreApplication (the catalogue). Returns the exit status.
// `peer` given (--peer-capture): the ladder merged from the two captures.
int exportTextDiagram(const core::ConnectionLadder &ladder, const Arguments &args, const QString &output,
                      const QString &language, const core::PeerCapture *peer = nullptr);

} // namespace tcpladder::cli
