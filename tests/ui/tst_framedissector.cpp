// SPDX-License-Identifier: GPL-3.0-or-later
// The details pane's protocol layers, frame by frame, against tshark's frame.protocols on every
// capture in tests/data: the link layers come from the core decoder, so both must agree.
// moc (Qt 6.4) cannot parse libstdc++'s C++20 <concepts>, which <span> pulls in.
#ifndef Q_MOC_RUN
#include "framedissector.h"
#include "packetsource.h"
#include "tsharkfields.h"
#endif

#include <QDirIterator>
#include <QProcess>
#include <QtTest>

class TestFrameDissector : public QObject
{
    Q_OBJECT

private slots:
    void sameLayersAsTshark_data();
    void sameLayersAsTshark();
};

void TestFrameDissector::sameLayersAsTshark_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(TCPLADDER_TEST_DATA_DIR), {"*.pcap", "*.pcapng", "*.pcap.gz"}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
}

// The first frames of each capture: the pane's top-level lines name the same protocols, in the same
// order, as tshark does down to TCP ("ethertype" is tshark's bookkeeping, not a header).
void TestFrameDissector::sameLayersAsTshark()
{
    QFETCH(QString, path);
    constexpr int kFrames = 5;
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    QProcess process;
    process.start(tshark, {"-r", path, "-n", "-c", QString::number(kFrames), "-T", "fields", "-e", "frame.protocols"});
    QVERIFY(process.waitForFinished(60000));
    QStringList expected;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        QStringList layers = QString::fromUtf8(line).trimmed().split(u':', Qt::SkipEmptyParts);
        layers.removeAll(QStringLiteral("ethertype"));
        if (const auto tcp = layers.indexOf(QStringLiteral("tcp")); tcp >= 0)
            layers = layers.mid(0, tcp + 1);
        if (!layers.isEmpty())
            expected << layers.join(u':');
    }
    QVERIFY(!expected.isEmpty());

    tcpladder::core::FileSource source;
    std::string error;
    QVERIFY2(source.open(path.toStdString(), error), error.c_str());
    tcpladder::core::RawFrame frame;
    const tcpladder::core::ConnectionLadder ladder;
    QStringList shown;
    while (shown.size() < expected.size() && source.next(frame) == tcpladder::core::FileSource::Next::Frame) {
        tcpladder::core::StreamRow row;
        row.segment.frame = frame.frameNumber;
        QStringList layers;
        for (const auto &field : tcpladder::ui::dissectFrame(frame.linkType, frame.data, ladder, row)) {
            if (field.protocol != QLatin1String("frame"))
                layers << field.protocol;
        }
        shown << layers.join(u':');
    }
    QCOMPARE(shown, expected);
}

QTEST_MAIN(TestFrameDissector)
#include "tst_framedissector.moc"
