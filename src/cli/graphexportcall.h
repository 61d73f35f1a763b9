// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

// The contract between tcpladder-cli and the module that draws `export --graph*`. Qt Charts needs Qt
// Widgets; kept in a module (tcpladder_graphexport) that only a graph export loads, so list, ladder,
// capture and a ladder's export never load a widget library (tests/cli/tst_clilibraries.cpp).
namespace tcpladder::cli {

struct GraphExportCall
{
    int argc = 0;
    char **argv = nullptr;                          // for the QApplication the module makes
    const core::ConnectionLadder *ladder = nullptr; // with its tcp analysis (RTT, bytes in flight)
    const char *graphType = "sequence";             // "sequence", "rtt" or "inflight" (checked by the CLI)
    const char *output = nullptr;                   // UTF-8 path ending in .png or .svg
    const char *language = "en";                    // "en" or "zh_CN"
    int width = 1400;
    bool dark = false;
};

// The module's one exported function: 0 on success, else 1 with the reason on stderr.
using GraphExportFunction = int (*)(const GraphExportCall *call);
inline constexpr char graphExportModule[] = "tcpladder_graphexport";
inline constexpr char graphExportSymbol[] = "tcpladderExportGraph";

} // namespace tcpladder::cli
