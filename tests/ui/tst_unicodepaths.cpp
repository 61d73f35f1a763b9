// SPDX-License-Identifier: GPL-3.0-or-later
// Students' files live in folders such as C:\Users\张三\Desktop\握手 实验: a capture (plain and .gz) in a
// folder named with Chinese characters and spaces opens through the GUI's worker and the CLI, every frame
// is found again by its offset (as the details pane reads it), and the CLI exports PNG and SVG next to it.
// Runs on Linux and, as a Windows program, under wine (where the narrow C runtime would fail).
#include "captureindex.h"
#include "captureworker.h"
#include "corepath.h"
#include "packetsource.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tcpladder;

namespace {

struct Copied
{
    QString plain;
    QString gz;
};

// The samples copied into a Chinese-named folder with spaces, under new Chinese names.
Copied copyIntoChineseFolder(const QTemporaryDir &root)
{
    const QString folder = root.filePath(QStringLiteral("张三 的桌面/握手 实验"));
    QDir().mkpath(folder);
    Copied c{folder + QStringLiteral("/三次握手 抓包.pcap"), folder + QStringLiteral("/四次挥手 抓包.pcap.gz")};
    QFile::copy(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap"), c.plain);
    QFile::copy(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap.gz"), c.gz);
    return c;
}

QJsonObject runCli(const QStringList &arguments, QByteArray *errorOutput = nullptr)
{
    QProcess cli;
    cli.start(QStringLiteral(TCPLADDER_CLI_PATH), arguments);
    if (!cli.waitForFinished(120000))
        return {};
    if (errorOutput)
        *errorOutput = cli.readAllStandardError();
    return cli.exitCode() == 0 ? QJsonDocument::fromJson(cli.readAllStandardOutput()).object() : QJsonObject{};
}

} // namespace

class TestUnicodePaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap"))); }

    void workerOpensAndEveryFrameIsFoundAgain_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("pcap") << false;
        QTest::newRow("pcap.gz") << true;
    }
    void workerOpensAndEveryFrameIsFoundAgain()
    {
        QFETCH(bool, compressed);
        QTemporaryDir root;
        const Copied copied = copyIntoChineseFolder(root);
        const QString path = compressed ? copied.gz : copied.plain;
        QVERIFY(QFile::exists(path));

        QThread thread;
        auto *worker = new capture::CaptureWorker;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QSignalSpy finished(worker, &capture::CaptureWorker::finished);
        worker->openFile(path);
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().at(1).value<capture::LoadOutcome>();
        thread.quit();
        thread.wait();
        QVERIFY2(outcome.status == capture::LoadStatus::Ok, qPrintable(outcome.error));
        QCOMPARE(outcome.connections, quint64(1));

        // Every frame read back by the offset it was indexed at, as the details pane does on a click.
        core::FileSource source;
        std::string error;
        QVERIFY2(source.open(capture::toCorePath(path), error), error.c_str());
        core::RawFrame frame;
        int frames = 0;
        std::uint64_t lastOffset = 0;
        while (source.next(frame) == core::FileSource::Next::Frame) {
            const std::vector<std::uint8_t> expected(frame.data.begin(), frame.data.end());
            if (frame.frameNumber > 1)
                QVERIFY2(frame.fileOffset > lastOffset, "offsets are recorded and grow"); // also on Windows
            lastOffset = frame.fileOffset;
            std::vector<std::uint8_t> bytes;
            int linkType = 0;
            QVERIFY2(core::FileSource::readFrameAt(capture::toCorePath(path), frame.fileOffset, frame.frameNumber,
                                                   bytes, linkType, error),
                     error.c_str());
            QCOMPARE(bytes, expected);
            ++frames;
        }
        QCOMPARE(frames, int(outcome.frames));
    }

    void cliListsAndExportsBesideTheCapture()
    {
        QTemporaryDir root;
        const Copied copied = copyIntoChineseFolder(root);
        for (const QString &path : {copied.plain, copied.gz}) {
            QByteArray stderrText;
            const QJsonObject list = runCli({QStringLiteral("list"), path, QStringLiteral("--json")}, &stderrText);
            QVERIFY2(!list.isEmpty(), stderrText.constData());
            QCOMPARE(list.value(QLatin1String("connections")).toArray().size(), 1);
            QCOMPARE(QDir::fromNativeSeparators(list.value(QLatin1String("file")).toString()), path);
        }
        const QString folder = QFileInfo(copied.plain).absolutePath();
        for (const QString &name : {QStringLiteral("梯形图 1.png"), QStringLiteral("梯形图 1.svg")}) {
            const QString out = folder + QLatin1Char('/') + name;
            QProcess cli;
            cli.start(QStringLiteral(TCPLADDER_CLI_PATH),
                      {QStringLiteral("export"), copied.gz, QStringLiteral("--stream"), QStringLiteral("0"),
                       QStringLiteral("-o"), out});
            QVERIFY(cli.waitForFinished(120000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            QFile file(out);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
            const QByteArray content = file.readAll();
            if (name.endsWith(QLatin1String(".png"))) {
                const QImage image = QImage::fromData(content, "PNG");
                QVERIFY(image.width() > 200 && image.height() > 200);
            } else {
                QVERIFY(content.contains("<svg") && content.contains("SYN"));
            }
        }
    }
};

QTEST_MAIN(TestUnicodePaths)
#include "tst_unicodepaths.moc"
