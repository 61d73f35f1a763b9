// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tshark's reading of a test capture, so expectations come from a second dissector, not from
// the code under test.

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <vector>

namespace tcpladder::testsupport {

// Sets `exe` to tshark's path; skips the test without it, or fails when TCPLADDER_REQUIRE_TSHARK is set (CI).
// A Windows test program under wine has no tshark to run: it skips, and the Linux suite checks the same.
#if defined(Q_OS_WIN)
#define TCPLADDER_TSHARK_MISSING() \
    QSKIP("no tshark oracle for a Windows program under wine; the Linux suite checks this")
#else
#define TCPLADDER_TSHARK_MISSING() \
    do { \
        if (qEnvironmentVariableIsSet("TCPLADDER_REQUIRE_TSHARK")) \
            QFAIL("tshark is required (TCPLADDER_REQUIRE_TSHARK is set) but not installed"); \
        QSKIP("tshark is not installed"); \
    } while (false)
#endif
#define TCPLADDER_FIND_TSHARK_OR_SKIP(exe) \
    do { \
        (exe) = QStandardPaths::findExecutable(QStringLiteral("tshark")); \
        if ((exe).isEmpty()) \
            TCPLADDER_TSHARK_MISSING(); \
    } while (false)

inline bool haveTshark()
{
    return !QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty();
}

// tshark -T fields rows (frame number first, then `fields`) of the packets that match `filter`.
inline std::vector<QStringList> tsharkFields(const QString &file, const QString &filter, const QStringList &fields = {})
{
    std::vector<QStringList> rows;
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (exe.isEmpty())
        return rows;
    QStringList args{"-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number"};
    for (const QString &f : fields)
        args << "-e" << f;
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000))
        return rows;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            rows.push_back(QString::fromUtf8(line).split(u'\t'));
    return rows;
}

} // namespace tcpladder::testsupport
