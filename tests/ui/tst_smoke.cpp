// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real `tcpladder` in a virtual X server and checks that what it shows is not blank.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Arguments that open a bundled sample (through the embedded resource) or else a test capture.
QStringList pickCaptureArguments()
{
    if (const QByteArray env = qgetenv("TCPLADDER_TEST_CAPTURE"); !env.isEmpty())
        return {QString::fromLocal8Bit(env)};
    const QDir samples(QStringLiteral(TCPLADDER_SOURCE_DIR "/resources/samples"));
    const auto names =
        samples.entryList({QStringLiteral("web-fetch-3*.pcapng"), QStringLiteral("*.pcapng")}, QDir::Files);
    if (!names.isEmpty())
        return {QStringLiteral("--sample"), names.first()};
    const QDir data(QStringLiteral(TCPLADDER_TEST_DATA_DIR));
    const auto all = data.entryList({QStringLiteral("*.pcapng"), QStringLiteral("*.pcap")}, QDir::Files, QDir::Name);
    return all.isEmpty() ? QStringList() : QStringList{data.filePath(all.first())};
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestSmoke : public QObject
{
    Q_OBJECT

private slots:
    void screenshotIsNotBlank();
};

void TestSmoke::screenshotIsNotBlank()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty())
        QSKIP("xvfb-run is not installed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("import")).isEmpty(), "imagemagick's import is needed");
    const QStringList open = pickCaptureArguments();
    QVERIFY2(!open.isEmpty(), "no sample or test capture to open");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    // The app runs in the background; the screenshot is taken once it says the capture is loaded
    // (its stderr goes through a fifo that stays open, so later output cannot hit a closed pipe).
    const QString script = QStringLiteral(
        "shot=$1; app=$2; shift 2; fifo=$(mktemp -u); mkfifo \"$fifo\" || exit 1; "
        "\"$app\" \"$@\" --select-stream 0 2>\"$fifo\" & pid=$!; exec 3<\"$fifo\"; rm -f \"$fifo\"; loaded=0; "
        "while read -r line <&3; do echo \"$line\" >&2; case $line in *'capture loaded (ok)'*) loaded=1; break;; esac; "
        "done; "
        "if [ $loaded = 1 ]; then import -window root \"$shot\"; status=$?; else echo 'the app never loaded' >&2; "
        "status=1; fi; "
        "kill $pid; wait $pid; exit $status");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // CTest sets offscreen; this run needs the X server
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("xvfb-run"),
                  QStringList{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x800x24"),
                              QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("smoke"), shot,
                              QStringLiteral(TCPLADDER_GUI_PATH)}
                      + open);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QImage image(shot);
    QVERIFY2(!image.isNull(), "no screenshot was written");
    QCOMPARE(image.size(), QSize(1280, 800));
    const int colours = distinctColours(image.convertToFormat(QImage::Format_RGB32));
    // An empty X root is one colour; a window with text, a table and a ladder has hundreds.
    QVERIFY2(colours > 100, qPrintable(QStringLiteral("only %1 distinct colours").arg(colours)));
}

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
