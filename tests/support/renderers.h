// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real renderers of the text diagrams (plantuml, xelatex, the Mermaid CLI in tests/tools/mermaid),
// run as a user would; a missing one skips, or fails when TCPLADDER_REQUIRE_RENDERERS is set (CI).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#define TCPLADDER_RENDERER_MISSING(what) \
    do { \
        if (qEnvironmentVariableIsSet("TCPLADDER_REQUIRE_RENDERERS")) \
            QFAIL(qPrintable(QStringLiteral("%1 is required (TCPLADDER_REQUIRE_RENDERERS is set) but missing; " \
                                            "scripts/install-deps.sh installs it") \
                                 .arg(what))); \
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh)").arg(what))); \
    } while (false)

namespace tcpladder::testsupport {

inline const QString mermaidDir = QStringLiteral(TCPLADDER_SOURCE_DIR "/tests/tools/mermaid");

struct Tool
{
    int exitCode = -1;
    QByteArray output;
};

inline Tool runTool(const QString &program, const QStringList &args, const QString &workingDir)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    Tool tool;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        tool.output = "timed out";
        return tool;
    }
    tool.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    tool.output = process.readAll();
    return tool;
}

} // namespace tcpladder::testsupport
