// SPDX-License-Identifier: GPL-3.0-or-later
// `tcpladder-cli export --graph-type rtt|inflight`: the round-trip-time and bytes-in-flight graphs
// headless, as PNG and SVG, and a clear error for a graph type that does not exist.
#include "clirun.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using tcpladder::testsupport::runCli;

namespace {

const QString lossy = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");

// Distinct colours in a sample of the image: a blank (or background-only) image has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestCliGraphs : public QObject
{
    Q_OBJECT

private slots:
    void exportsGraph_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("yTitle");
        QTest::newRow("rtt") << QStringLiteral("rtt") << QStringLiteral("Round-trip time");
        QTest::newRow("inflight") << QStringLiteral("inflight") << QStringLiteral("Bytes in flight");
    }

    void exportsGraph()
    {
        QFETCH(QString, type);
        QFETCH(QString, yTitle);
        QTemporaryDir dir;
        const QString png = dir.filePath(type + QStringLiteral(".png"));
        auto run = runCli({"export", lossy, "--stream", "0", "--graph-type", type, "-o", png});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(colourCount(image) > 20, qPrintable(QString::number(colourCount(image))));

        const QString svg = dir.filePath(type + QStringLiteral(".svg"));
        run = runCli({"export", lossy, "--stream", "0", "--graph-type", type, "-o", svg});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("<?xml")) || text.contains(QStringLiteral("<svg")));
        QVERIFY2(text.contains(yTitle), qPrintable(yTitle));
        QVERIFY(text.contains(QStringLiteral("(ms)")) == (type == QStringLiteral("rtt")));
        QVERIFY(text.contains(QStringLiteral("since the first segment (s)")));
    }

    void sequenceStaysTheDefault()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("seq.svg"));
        const auto run = runCli({"export", lossy, "--stream", "0", "--graph", "-o", svg});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Relative sequence number"));
    }

    void rejectsUnknownType()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.png"));
        const auto run = runCli({"export", lossy, "--stream", "0", "--graph-type", "latency", "-o", out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--graph-type is sequence, rtt or inflight, not 'latency'"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliGraphs)
#include "tst_cligraphs.moc"
