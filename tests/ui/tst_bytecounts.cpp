// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 item 4: the connection list, the ladder's phase bracket and the CLI's text list showed
// three different sizes for one connection. They must print the same count in the same units.
#include "captureindex.h"
#include "connectionmodel.h"
#include "connectionsummary.h"
#include "ladderlayout.h"
#include "streamreplay.h"

#include <QProcess>
#include <QTest>

using namespace tcpladder;

class TestByteCounts : public QObject
{
    Q_OBJECT

private slots:
    void formatter_data();
    void formatter();
    void displaysAgree();
};

void TestByteCounts::formatter_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << quint64(999) << QStringLiteral("999 B");
    QTest::newRow("kilo is 1000") << quint64(1000) << QStringLiteral("1.0 kB");
    QTest::newRow("not 1024") << quint64(368818) << QStringLiteral("368.8 kB");
    QTest::newRow("rounds up to MB") << quint64(999960) << QStringLiteral("1.0 MB");
    QTest::newRow("mega") << quint64(3'400'000) << QStringLiteral("3.4 MB");
}

void TestByteCounts::formatter()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(core::formatByteCount(bytes)), text);
    QCOMPARE(model::ConnectionModel::bytesText(bytes), text);
}

// lossy-bulk.pcap: tshark sums tcp.len to 85 bytes client→server and 368733 server→client, all of it
// inside the data phase (the close carries none), retransmissions included.
void TestByteCounts::displaysAgree()
{
    const QString path = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap");
    core::CaptureIndex index;
    std::string error;
    QCOMPARE(core::loadFile(path.toStdString(), index, error), core::LoadResult::Ok);
    QCOMPARE(index.tracker().streams().size(), std::size_t(1));
    const core::Stream &stream = index.tracker().streams().front();

    // The connection list: total in the column, each direction in the tooltip.
    model::ConnectionModel list;
    list.applyBatch({capture::summarize(stream, index.firstFrameTimeNs())});
    const QModelIndex cell = list.index(0, model::ConnectionModel::BytesColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("368.8 kB"));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("85 B")) && tip.contains(QStringLiteral("368.7 kB")), qPrintable(tip));

    // The ladder's data bracket.
    const core::ConnectionLadder ladder = core::buildConnectionLadder(stream, index.tracker().segments());
    const core::LadderLayout layout = core::layoutLadder(ladder, {});
    QString dataTitle;
    for (const auto &bracket : layout.brackets())
        if (bracket.phase == core::Phase::Data)
            dataTitle = QString::fromStdString(bracket.title.text);
    QVERIFY2(dataTitle.endsWith(QStringLiteral(", 368.8 kB")), qPrintable(dataTitle));

    // The CLI's text list: each direction in its own column.
    QProcess cli;
    cli.start(QStringLiteral(TCPLADDER_CLI_PATH), {QStringLiteral("list"), path});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("  85 B  ")) && out.contains(QStringLiteral("  368.7 kB  ")), qPrintable(out));
}

QTEST_MAIN(TestByteCounts)
#include "tst_bytecounts.moc"
