// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureindex.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"

#include "tsharkfields.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tcpladder;
using capture::ConnectionBatch;
using capture::ConnectionSummary;
using model::ConnectionFilterProxy;
using model::ConnectionModel;

using tcpladder::testsupport::tsharkFields;

namespace {

QStringList captures()
{
    if (const QByteArray env = qgetenv("TCPLADDER_TEST_CAPTURE"); !env.isEmpty())
        return {QString::fromLocal8Bit(env)};
    const QDir dir(QStringLiteral(TCPLADDER_TEST_DATA_DIR));
    QStringList paths;
    for (const auto &name :
         dir.entryList({QStringLiteral("*.pcapng"), QStringLiteral("*.pcap")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// Summaries straight from the core, the way the worker builds them.
QList<ConnectionSummary> summariesOf(const QString &path)
{
    core::CaptureIndex index;
    std::string error;
    if (core::loadFile(path.toStdString(), index, error) != core::LoadResult::Ok)
        return {};
    QList<ConnectionSummary> all;
    for (const auto &stream : index.tracker().streams())
        all << capture::summarize(stream, index.firstFrameTimeNs());
    return all;
}

} // namespace

class TestConnectionModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchesInsertAndUpdate();
    void repeatedStreamKeepsLatest();
    void sortsByRawValue();
    void quickSearch();
    void marksIncompleteAndReset();
    void retranslateAsksTheViewsAgain();

private:
    QList<ConnectionSummary> m_all;   // the capture with the most connections
    QString m_allPath;                // ...and its file, for tshark's reading of it
    QList<ConnectionSummary> m_every; // every connection of every capture, for the markers
};

void TestConnectionModel::initTestCase()
{
    for (const auto &path : captures()) {
        auto summaries = summariesOf(path);
        m_every += summaries;
        if (summaries.size() > m_all.size()) {
            m_all = summaries;
            m_allPath = path;
        }
    }
    if (m_all.size() < 2)
        QFAIL("committed test data missing: needs a capture with at least two connections in tests/data");
}

void TestConnectionModel::retranslateAsksTheViewsAgain()
{
    ConnectionModel model;
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate(); // empty: only the headers
    QCOMPARE(headers.count(), 1);
    QCOMPARE(changed.count(), 0);
    ConnectionBatch batch;
    for (const auto &s : m_all)
        batch << s;
    model.applyBatch(batch);
    model.retranslate();
    QCOMPARE(headers.count(), 2);
    QCOMPARE(headers.at(1).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(1).at(1).toInt(), 0);
    QCOMPARE(headers.at(1).at(2).toInt(), ConnectionModel::ColumnCount - 1);
    // Every cell: the open and close kinds and the problem texts are words of the language.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             model.index(static_cast<int>(m_all.size()) - 1, ConnectionModel::ColumnCount - 1));
}

void TestConnectionModel::batchesInsertAndUpdate()
{
    ConnectionModel model;
    ConnectionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // First batch: the first half of the connections, each with only part of its segments.
    const auto half = m_all.size() / 2;
    ConnectionBatch first;
    for (qsizetype i = 0; i < half; ++i) {
        auto s = m_all[i];
        s.segments = s.segments / 2;
        first << s;
    }
    model.applyBatch(first);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), static_cast<int>(half) - 1);
    QCOMPARE(changed.count(), 0);

    // Second batch: brings the rest and completes the first half, all in reverse order.
    ConnectionBatch second;
    for (qsizetype i = m_all.size() - 1; i >= 0; --i)
        second << m_all[i];
    model.applyBatch(second);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), static_cast<int>(half));
    QCOMPARE(inserted.at(1).at(2).toInt(), static_cast<int>(m_all.size()) - 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), static_cast<int>(half) - 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), ConnectionModel::ColumnCount - 1);
    QCOMPARE(reset.count(), 0);

    QCOMPARE(model.rowCount(), static_cast<int>(m_all.size()));
    for (const auto &s : m_all) {
        const int row = model.rowForStream(s.stream);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ConnectionModel::SegmentsColumn).data(ConnectionModel::SortRole).toULongLong(),
                 s.segments);
        QCOMPARE(model.index(row, ConnectionModel::ClientColumn).data().toString(), s.client());
        QCOMPARE(model.index(row, ConnectionModel::StreamColumn).data(ConnectionModel::StreamRole).toUInt(), s.stream);
    }
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

// A batch that brings a new stream several times (the worker summarises a growing stream at every
// flush) shows the latest summary, whatever the batch's order and size.
void TestConnectionModel::repeatedStreamKeepsLatest()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionBatch batch;
    constexpr int copies = 12; // with two streams, more entries than a small-list sort keeps in order
    for (int copy = 1; copy <= copies; ++copy)
        for (qsizetype i = m_all.size() - 1; i >= 0; --i) {
            auto s = m_all[i];
            s.segments = s.segments * quint64(copy) / copies; // grows; the last copy is the whole stream
            batch << s;
        }
    model.applyBatch(batch);
    QCOMPARE(model.rowCount(), static_cast<int>(m_all.size()));
    for (const auto &s : m_all) {
        const int row = model.rowForStream(s.stream);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ConnectionModel::SegmentsColumn).data(ConnectionModel::SortRole).toULongLong(),
                 s.segments);
    }
}

void TestConnectionModel::sortsByRawValue()
{
    ConnectionModel model;
    ConnectionFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.applyBatch(m_all);
    proxy.sort(ConnectionModel::BytesColumn, Qt::DescendingOrder);
    quint64 previous = std::numeric_limits<quint64>::max();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const quint64 bytes =
            proxy.index(row, ConnectionModel::BytesColumn).data(ConnectionModel::SortRole).toULongLong();
        QVERIFY(bytes <= previous);
        previous = bytes;
    }
    proxy.sort(ConnectionModel::StreamColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, 0).data(ConnectionModel::StreamRole).toUInt()
                < proxy.index(row, 0).data(ConnectionModel::StreamRole).toUInt());
}

void TestConnectionModel::quickSearch()
{
    ConnectionModel model;
    ConnectionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyBatch(m_all);

    // tshark says which connections use a port or an address; the search must find exactly those.
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto streamsMatching = [this](const QString &filter) {
        QSet<quint32> streams;
        for (const QStringList &row : tsharkFields(m_allPath, filter, {QStringLiteral("tcp.stream")}))
            streams.insert(row.value(1).toUInt());
        return streams;
    };
    const auto shownStreams = [&proxy] {
        QSet<quint32> streams;
        for (int row = 0; row < proxy.rowCount(); ++row)
            streams.insert(proxy.index(row, 0).data(ConnectionModel::StreamRole).toUInt());
        return streams;
    };

    // By a client port: exactly the connections that use it. A five-digit port cannot be part of
    // another port or a loopback address, so tshark's equality is the search's substring match.
    const auto &probe = m_all.last();
    const auto port = probe.clientPort;
    QVERIFY2(port >= 10000, "the probe needs an ephemeral (five-digit) client port");
    proxy.setQuickSearch(QString::number(port));
    QCOMPARE(shownStreams(), streamsMatching(QStringLiteral("tcp.port==%1").arg(port)));
    QVERIFY(proxy.rowCount() >= 1);

    // By stream number.
    proxy.setQuickSearch(QStringLiteral("#%1").arg(probe.stream));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ConnectionModel::StreamRole).toUInt(), probe.stream);
    proxy.setQuickSearch(QStringLiteral("tcp.stream==%1").arg(probe.stream));
    QCOMPARE(proxy.rowCount(), 1);

    // By address: every connection of the server's address, and two words narrow it further.
    proxy.setQuickSearch(probe.serverIp);
    QCOMPARE(shownStreams(),
             streamsMatching(
                 (probe.serverIp.contains(u':') ? QStringLiteral("ipv6.addr==%1") : QStringLiteral("ip.addr==%1"))
                     .arg(probe.serverIp)));
    proxy.setQuickSearch(probe.serverIp + QStringLiteral("  #") + QString::number(probe.stream));
    QCOMPARE(proxy.rowCount(), 1);

    proxy.setQuickSearch(QStringLiteral("no-such-host.invalid"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickSearch({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestConnectionModel::marksIncompleteAndReset()
{
    ConnectionModel model;
    // Streams of different files share numbers; the model keys by stream, so renumber them.
    ConnectionBatch batch;
    for (qsizetype i = 0; i < m_every.size(); ++i) {
        auto s = m_every[i];
        s.stream = static_cast<quint32>(i);
        batch << s;
    }
    model.applyBatch(batch);
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &s = model.summary(row);
        const QModelIndex index = model.index(row, ConnectionModel::StreamColumn);
        const bool clean =
            s.open == core::OpenKind::Complete && s.close == core::CloseKind::Fin && s.teardownSegments > 0;
        const auto problem = static_cast<ConnectionModel::Problem>(index.data(ConnectionModel::ProblemRole).toInt());
        QCOMPARE(problem == ConnectionModel::Problem::None, clean);
        QCOMPARE(index.data(Qt::DecorationRole).isValid(), !clean);
        QCOMPARE(index.data(Qt::ToolTipRole).toString().isEmpty(), clean);
        if (s.close == core::CloseKind::Rst) {
            QCOMPARE(problem, ConnectionModel::Problem::Reset);
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("RST")));
        }
        marked += clean ? 0 : 1;
    }
    if (marked == 0)
        QFAIL("committed test data missing: no capture in tests/data has an incomplete or reset connection");
}

QTEST_MAIN(TestConnectionModel)
#include "tst_connectionmodel.moc"
