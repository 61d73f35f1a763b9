// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tshark's reading of a test capture, so expectations come from a second dissector, not from
// the code under test.

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <vector>

namespace tcpladder::testsupport {

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
