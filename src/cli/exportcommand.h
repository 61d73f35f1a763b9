// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

namespace tcpladder::cli {

// Draws a ladder (or with --graph the time-sequence graph) to PNG/SVG with the GUI's own painter,
// headless: a QGuiApplication on the offscreen platform, so no display is needed.
int runExport(const Arguments &args, int argc, char *argv[]);

} // namespace tcpladder::cli
