// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphexportcall.h"

namespace tcpladder::cli {

// Loads tcpladder_graphexport (beside tcpladder-cli, or in ../lib/tcpladder of an installed tree) and
// draws the graph with it; 0 on success, else 1 with the reason on stderr. No QCoreApplication may
// exist: the module makes the QApplication.
int exportGraphWithModule(const GraphExportCall &call);

} // namespace tcpladder::cli
