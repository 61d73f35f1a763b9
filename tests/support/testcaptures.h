// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

// tshark, the oracle, is a Linux program: a Windows test running under wine cannot start it. Such a test
// skips the oracle's checks (the Linux suites run them) and runs everything else.
#define TCPLADDER_SKIP_WITHOUT_ORACLE(oracleRows) \
    if ((oracleRows).isEmpty()) \
    QSKIP("no tshark oracle for a Windows program under wine; the Linux suite checks this")

namespace tcpladder::testsupport {

#if defined(Q_OS_WIN)
inline constexpr bool kOracleRequired = false;
#else
inline constexpr bool kOracleRequired = true;
#endif

// A real capture with several connections from tests/data (made by the kernel's TCP stack); the one
// with the most connections exercises batching and the table best. TCPLADDER_TEST_CAPTURE overrides.
inline QString pickCapture()
{
    if (const QByteArray env = qgetenv("TCPLADDER_TEST_CAPTURE"); !env.isEmpty())
        return QString::fromLocal8Bit(env);
    const QDir dir(QStringLiteral(TCPLADDER_TEST_DATA_DIR));
    const auto all = dir.entryList({QStringLiteral("*.pcapng"), QStringLiteral("*.pcap")}, QDir::Files, QDir::Name);
    for (const auto *preferred : {"many-connections", "client-close", "web", "http"}) {
        for (const auto &name : all) {
            if (name.startsWith(QLatin1String(preferred)))
                return dir.filePath(name);
        }
    }
    return all.isEmpty() ? QString() : dir.filePath(all.first());
}

} // namespace tcpladder::testsupport
