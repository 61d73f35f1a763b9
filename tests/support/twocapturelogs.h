// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The key=value logs that tests/data/make_twocap_captures.sh writes next to the pairs it captures
// (lossy-drops.txt: the wire's own drop counts; shifted-truth.txt: the clock shift applied).

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>

namespace tcpladder::testsupport {

inline QString twoCaptureFile(const char *name)
{
    return QStringLiteral(TCPLADDER_TEST_DATA_DIR "/twocap/") + QString::fromUtf8(name);
}

// Empty when the log is missing, so a test comparing with it fails rather than passing on nothing.
inline QMap<QString, QString> readTwoCaptureLog(const char *name)
{
    QMap<QString, QString> values;
    QFile file(twoCaptureFile(name));
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (!line.startsWith('#') && eq > 0)
            values.insert(QString::fromLatin1(line.left(eq)), QString::fromLatin1(line.mid(eq + 1)).trimmed());
    }
    return values;
}

} // namespace tcpladder::testsupport
