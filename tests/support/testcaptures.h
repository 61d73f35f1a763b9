// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace tcpladder::testsupport {

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
