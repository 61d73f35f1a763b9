// SPDX-License-Identifier: GPL-3.0-or-later
// Every capture in ../shared/corpus (about 870, many deliberately malformed) goes through the real
// `tcpladder-cli list --json`: no crash, no hang, valid JSON on success, one clear line on failure.
#include "corpus.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

class TestCorpusCli : public QObject
{
    Q_OBJECT

private slots:
    void everyCorpusFileIsHandled()
    {
        const QString root = QStringLiteral(TCPLADDER_SHARED_DIR "/corpus");
        QStringList files;
        for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            if (!path.endsWith("LICENSE") && !path.endsWith(".md"))
                files << path;
        }
        if (files.isEmpty())
            TCPLADDER_SKIP_WITHOUT_CORPUS();
        files.sort();

        int listed = 0, refused = 0, withWarnings = 0;
        QStringList failures;
        const QString cli = QStringLiteral(TCPLADDER_CLI_PATH);
        const auto judge = [&](QProcess &process, const QString &path) {
            if (!process.waitForFinished(20000)) {
                process.kill();
                process.waitForFinished();
                // A loaded machine (or wine starting a process) can stall one start for seconds; a real hang
                // on this file hangs again when it runs alone with six times the time.
                qInfo("no answer in 20 s, again alone: %s", qPrintable(path));
                process.start(cli, {"list", path, "--json"});
                if (!process.waitForFinished(120000)) {
                    process.kill();
                    process.waitForFinished();
                    failures << "hang: " + path;
                    return;
                }
            }
            const QByteArray out = process.readAllStandardOutput();
            const QByteArray err = process.readAllStandardError();
            if (process.exitStatus() != QProcess::NormalExit) {
                failures << "crash: " + path;
            } else if (process.exitCode() == 0) {
                const auto doc = QJsonDocument::fromJson(out);
                if (!doc.isObject())
                    failures << "invalid JSON: " + path;
                ++listed;
                if (!doc.object().value("warnings").toArray().isEmpty())
                    ++withWarnings;
            } else if (process.exitCode() == 1) {
                if (err.count('\n') != 1 || !err.startsWith("tcpladder-cli: "))
                    failures << "unclear error: " + path + ": " + QString::fromUtf8(err);
                ++refused;
            } else {
                failures << QStringLiteral("exit %1: ").arg(process.exitCode()) + path;
            }
        };
        // A few at a time: most of a run is process start-up (under wine, loading the DLLs), not reading.
        const int parallel = std::max(2, QThread::idealThreadCount() * 2);
        for (qsizetype first = 0; first < files.size(); first += parallel) {
            std::vector<std::unique_ptr<QProcess>> running;
            for (qsizetype i = first; i < std::min(files.size(), first + parallel); ++i) {
                running.push_back(std::make_unique<QProcess>());
                running.back()->start(cli, {"list", files[i], "--json"});
            }
            for (std::size_t i = 0; i < running.size(); ++i)
                judge(*running[i], files[first + static_cast<qsizetype>(i)]);
        }
        qInfo("corpus: %lld files, %d listed (%d with warnings), %d refused with a message", files.size(), listed,
              withWarnings, refused);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
        QVERIFY(listed > files.size() / 2);
    }
};

QTEST_MAIN(TestCorpusCli)
#include "tst_corpuscli.moc"
