// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

namespace tcpladder::cli {

// `quiz FILE --stream N --hide seq,ack,len,flags,states [--phase handshake|teardown|all] [--lang en|zh_CN]
// -o QUIZ.pdf|.html|.md [--answers KEY.pdf|.html|.md]`: the exercise sheet and its answer key (issue 17).
// Returns the exit status.
int runQuiz(const Arguments &args, int argc, char *argv[]);

} // namespace tcpladder::cli
