// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>
#include <QtGlobal>

namespace tcpladder::testsupport {

// The shared hostile corpus lives beside the clone (../shared/corpus), as in CI; a plain clone has none.
inline QString corpusPath(const QString &name = {})
{
    return QStringLiteral(TCPLADDER_SHARED_DIR "/corpus/") + name;
}

inline bool corpusAvailable()
{
    return QDir(corpusPath()).exists();
}

// CI sets TCPLADDER_REQUIRE_CORPUS=1 (../shared is beside the clone there): a missing corpus fails.
inline bool corpusRequired()
{
    return qEnvironmentVariableIntValue("TCPLADDER_REQUIRE_CORPUS") == 1;
}

} // namespace tcpladder::testsupport

#define TCPLADDER_SKIP_WITHOUT_CORPUS() \
    do { \
        if (!tcpladder::testsupport::corpusAvailable()) { \
            if (tcpladder::testsupport::corpusRequired()) \
                QFAIL(qPrintable("no corpus at " + tcpladder::testsupport::corpusPath())); \
            QSKIP("no ../shared/corpus beside this clone"); \
        } \
    } while (false)
