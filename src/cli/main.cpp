// SPDX-License-Identifier: GPL-3.0-or-later
// tcpladder-cli: the console face of TCP Ladder; works without a display.
#include "arguments.h"
#include "capturecommands.h"
#include "captureload.h"
#include "commands.h"
#include "console.h"
#include "exportcommand.h"
#include "quizcommand.h"

#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace tcpladder::cli;

namespace {

constexpr const char *usage = R"(Usage:
  tcpladder-cli list FILE [--filter EXPR] [--json]
  tcpladder-cli ladder FILE --stream N [--peer-capture OTHER] [--lang en|zh_CN] [--json]
  tcpladder-cli export FILE --stream N -o OUT.png|OUT.svg|OUT.pdf [--width PX] [--theme light|dark] [--lang en|zh_CN]
                [--expand-runs] [--graph] [--graph-type sequence|rtt|inflight] [--peer-capture OTHER]
  tcpladder-cli export FILE --stream N -o OUT.mmd|OUT.puml|OUT.tex|OUT.md [--lang en|zh_CN] [--states] [--expand-runs]
  tcpladder-cli quiz FILE --stream N --hide seq,ack,len,flags,states [--phase handshake|teardown|all]
                [--lang en|zh_CN] -o QUIZ.pdf|QUIZ.html|QUIZ.md [--answers KEY.pdf|KEY.html|KEY.md]
  tcpladder-cli interfaces [--json]
  tcpladder-cli capture -i IFACE [-f BPF] [--duration S] [--count N] -w OUT.pcapng

FILE is a pcap or pcapng capture, optionally gzip-compressed.
PDF: one page per screenful, pages break between rows. Text diagrams: .mmd a Mermaid sequenceDiagram,
.puml PlantUML, .tex a standalone LaTeX/TikZ picture (xelatex), .md a Markdown table; --states adds
each side's TCP state. --expand-runs draws every collapsed run of
data segments in full.
--graph exports the time-sequence graph instead of the ladder (PNG or SVG); --graph-type picks the graph
(implies --graph): sequence (time-sequence), rtt (round-trip time per ACK, as tshark's
tcp.analysis.ack_rtt) or inflight (bytes in flight against the receive window).
--peer-capture OTHER merges the capture taken at the connection's other end: each segment's send and
receive time, the clock offset between the captures, and what was lost between them; export then draws
each arrow from its send time to its receive time (PNG, SVG or PDF).
quiz writes an exercise sheet: the connection's rows (of the --phase) with the --hide fields as numbered
blanks; --answers also writes its answer key. Same input, same .md/.html bytes.
Exit status: 0 on success, 1 on a user error (reported in one line on stderr).
)";

struct Command
{
    CommandSpec spec;
    std::function<int(const Arguments &)> run;
};

} // namespace

int main(int argc, char *argv[])
{
    prepareConsole();
    const std::vector<std::string> all = utf8Arguments(argc, argv);
    if (all.empty()) {
        std::fputs(usage, stderr);
        return 1;
    }
    if (all.front() == "--help" || all.front() == "-h" || all.front() == "help") {
        std::fputs(usage, stdout);
        return 0;
    }
    if (all.front() == "--version") {
        std::printf("tcpladder-cli %s\n", TCPLADDER_VERSION);
        return 0;
    }

    const std::vector<Command> commands{
        {{"list", {"--filter"}, {"--json"}, 1}, runList},
        {{"ladder", {"--stream", "--lang", "--peer-capture"}, {"--json"}, 1},
         [&](const Arguments &args) { return runLadder(args, argc, argv); }},
        {{"export",
          {"--stream", "-o", "--width", "--theme", "--lang", "--graph-type", "--peer-capture"},
          {"--graph", "--expand-runs", "--states"},
          1},
         [&](const Arguments &args) { return runExport(args, argc, argv); }},
        {{"quiz", {"--stream", "--hide", "--phase", "--lang", "-o", "--answers"}, {}, 1},
         [&](const Arguments &args) { return runQuiz(args, argc, argv); }},
        {{"interfaces", {}, {"--json"}, 0}, runInterfaces},
        {{"capture", {"-i", "-f", "--duration", "--count", "-w"}, {}, 0}, runCapture},
    };
    for (const auto &command : commands) {
        if (command.spec.name != all.front())
            continue;
        std::string error;
        const auto args = parseArguments(command.spec, {all.begin() + 1, all.end()}, error);
        if (!args) {
            printError(error);
            return 1;
        }
        return command.run(*args);
    }
    printError("unknown command '" + all.front()
               + "' (commands: list, ladder, export, quiz, interfaces, capture; see --help)");
    return 1;
}
