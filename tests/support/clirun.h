// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs tcpladder-cli as a user would, for the tests/cli suites.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace tcpladder::testsupport {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(TCPLADDER_CLI_PATH), args);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace tcpladder::testsupport
