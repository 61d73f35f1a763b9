// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace tcpladder::cli {

// The command line as UTF-8, without the program name. On Windows argv is in the ANSI code page, where
// 张三's file names turn into question marks, so the wide command line is converted instead.
std::vector<std::string> utf8Arguments(int argc, char *argv[]);

// Output is UTF-8 on every platform, with "\n" line ends (so the JSON is byte for byte the same): on
// Windows the console is switched to UTF-8 and stdout/stderr to binary mode.
void prepareConsole();

} // namespace tcpladder::cli
