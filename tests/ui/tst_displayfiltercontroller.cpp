// SPDX-License-Identifier: GPL-3.0-or-later
// The display filter from the field to the list, without the main window: what is typed in the
// FilterBar is matched by the ViewWorker and the proxy shows exactly the connections tshark's -Y
// finds a packet of, whether the filter comes before or after the connections, and a filter typed
// over another ends with the last one.
#include "capturesession.h"
#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "displayfiltercontroller.h"
#include "filterbar.h"
#include "tsharkfields.h"
#include "viewworker.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace tcpladder;

namespace {

const QString ManyConnections = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap"); // 10 connections

// The tcp.stream of every packet tshark's -Y `filter` keeps (packets without TCP count for nothing).
QSet<quint32> tsharkStreams(const QString &filter)
{
    QSet<quint32> streams;
    for (const QStringList &row : testsupport::tsharkFields(ManyConnections, filter, {QStringLiteral("tcp.stream")}))
        if (row.size() > 1 && !row[1].isEmpty())
            streams.insert(row[1].toUInt());
    return streams;
}

} // namespace

class TestDisplayFilterController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matchesWhatTsharkFinds_data();
    void matchesWhatTsharkFinds();
    void filterBeforeTheConnectionsArrive();
    void lastFilterTypedWins();
    void invalidTextKeepsTheLastFilterAndClearShowsAll();

private:
    bool load();
    QSet<quint32> shownStreams() const;

    QString m_tshark;
    std::unique_ptr<capture::CaptureSession> m_session;
    std::unique_ptr<capture::ViewWorker> m_views; // reads m_session's capture: goes first
    std::unique_ptr<model::ConnectionModel> m_model;
    std::unique_ptr<model::ConnectionFilterProxy> m_proxy;
    std::unique_ptr<ui::FilterBar> m_bar;
    std::unique_ptr<ui::DisplayFilterController> m_controller;
    QSet<quint32> m_all;
};

void TestDisplayFilterController::initTestCase()
{
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    m_all = tsharkStreams(QStringLiteral("tcp"));
    if (m_all.size() != 10)
        QFAIL("committed test data missing or changed: many-connections.pcap should hold 10 connections");
}

void TestDisplayFilterController::init()
{
    m_session = std::make_unique<capture::CaptureSession>();
    m_views = std::make_unique<capture::ViewWorker>(m_session->worker());
    m_model = std::make_unique<model::ConnectionModel>();
    m_proxy = std::make_unique<model::ConnectionFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    // The model first, as in the window: a batch is in the list before it is filtered.
    connect(m_session->worker(), &capture::CaptureWorker::batchReady, m_model.get(),
            [this](quint64, const capture::ConnectionBatch &batch) { m_model->applyBatch(batch); });
    m_bar = std::make_unique<ui::FilterBar>();
    m_controller =
        std::make_unique<ui::DisplayFilterController>(m_bar.get(), m_session->worker(), m_views.get(), m_proxy.get());
}

void TestDisplayFilterController::cleanup()
{
    m_controller.reset();
    m_bar.reset();
    m_views.reset();
    m_session.reset();
    m_proxy.reset();
    m_model.reset();
}

bool TestDisplayFilterController::load()
{
    // The spy hears the worker on its own thread: finished may be recorded before anything waits for it.
    QSignalSpy finished(m_session->worker(), &capture::CaptureWorker::finished);
    m_session->worker()->openFile(ManyConnections);
    return QTest::qWaitFor([&] { return !finished.isEmpty() && m_model->rowCount() == m_all.size(); }, 20000);
}

QSet<quint32> TestDisplayFilterController::shownStreams() const
{
    QSet<quint32> streams;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        streams.insert(m_proxy->index(row, 0).data(model::ConnectionModel::StreamRole).toUInt());
    return streams;
}

void TestDisplayFilterController::matchesWhatTsharkFinds_data()
{
    // Ports are tshark's own reading of the capture, so no number here is the code's.
    QMap<quint32, QString> clientPort;
    for (const QStringList &row :
         testsupport::tsharkFields(ManyConnections,
                                   QStringLiteral("tcp.flags.syn == 1 && "
                                                  "tcp.flags.ack == 0"),
                                   {QStringLiteral("tcp.stream"), QStringLiteral("tcp.srcport")}))
        clientPort.insert(row.value(1).toUInt(), row.value(2));
    QTest::addColumn<QString>("filter");
    QTest::newRow("one client port") << QStringLiteral("tcp.srcport == %1 || tcp.dstport == %1").arg(clientPort[4]);
    QTest::newRow("two streams") << QStringLiteral("tcp.stream == 2 or tcp.port == %1").arg(clientPort[8]);
    QTest::newRow("negations") << QStringLiteral("tcp.stream != 4 and !tcp.stream == 7");
    QTest::newRow("every handshake") << QStringLiteral("tcp.flags.syn == 1");
    QTest::newRow("resets") << QStringLiteral("tcp.flags.reset == 1");
    QTest::newRow("nobody") << QStringLiteral("ip.addr == 192.0.2.99");
}

void TestDisplayFilterController::matchesWhatTsharkFinds()
{
    QFETCH(QString, filter);
    QVERIFY(load());
    QSignalSpy applied(m_controller.get(), &ui::DisplayFilterController::applied);
    m_bar->setText(filter);
    QCOMPARE(m_bar->state(), ui::FilterBar::State::Valid);
    QVERIFY(applied.wait(20000));
    QVERIFY(m_controller->isActive());
    QCOMPARE(m_controller->text(), filter);
    QCOMPARE(shownStreams(), tsharkStreams(filter));
}

void TestDisplayFilterController::filterBeforeTheConnectionsArrive()
{
    // The batches are checked as they come, not only when the filter is typed.
    const QString filter = QStringLiteral("tcp.stream != 4 and !tcp.stream == 7");
    m_bar->setText(filter);
    QVERIFY(m_controller->isActive());
    QVERIFY(load());
    const QSet<quint32> expected = tsharkStreams(filter);
    QCOMPARE(expected.size(), m_all.size() - 2);
    QTRY_COMPARE_WITH_TIMEOUT(shownStreams(), expected, 20000);
}

void TestDisplayFilterController::lastFilterTypedWins()
{
    QVERIFY(load());
    // Typed one after another without waiting: an answer for an earlier filter must not stay.
    const QString last = QStringLiteral("tcp.stream == 3");
    for (const QString &filter : {QStringLiteral("tcp.stream == 1"), QStringLiteral("tcp.flags.syn == 1"), last})
        m_bar->setText(filter);
    QTRY_COMPARE_WITH_TIMEOUT(shownStreams(), tsharkStreams(last), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_views->isIdle(), 20000);
    QCoreApplication::sendPostedEvents(); // any late answer is delivered now, and must be dropped
    QCOMPARE(shownStreams(), tsharkStreams(last));
}

void TestDisplayFilterController::invalidTextKeepsTheLastFilterAndClearShowsAll()
{
    QVERIFY(load());
    const QString filter = QStringLiteral("tcp.stream == 5");
    QSignalSpy applied(m_controller.get(), &ui::DisplayFilterController::applied);
    m_bar->setText(filter);
    QVERIFY(applied.wait(20000));
    QCOMPARE(shownStreams(), tsharkStreams(filter));
    // Half typed: the field says what is wrong and the list keeps the last good filter.
    m_bar->setText(QStringLiteral("tcp.stream == 5 and"));
    QCOMPARE(m_bar->state(), ui::FilterBar::State::Invalid);
    QVERIFY(!m_bar->errorText().isEmpty());
    QVERIFY(m_controller->isActive());
    QCOMPARE(shownStreams(), tsharkStreams(filter));
    // Clearing shows every connection at once, without asking the worker.
    applied.clear();
    m_controller->clear();
    QCOMPARE(applied.count(), 1);
    QVERIFY(!m_controller->isActive());
    QCOMPARE(m_controller->text(), QString());
    QCOMPARE(m_bar->text(), QString());
    QCOMPARE(shownStreams(), m_all);
}

QTEST_MAIN(TestDisplayFilterController)
#include "tst_displayfiltercontroller.moc"
