// SPDX-License-Identifier: GPL-3.0-or-later
// The connection list without the main window, on a real capture (many-connections.pcap, read by the
// core as the worker reads it): the first row selected only when nothing is, a stream selected by its
// number (tshark says which client port it has), one hidden by the quick search not selectable, what
// the list shows announced, and the hostname column left room.
#include "captureindex.h"
#include "connectionfilterproxy.h"
#include "connectionlist.h"
#include "connectionmodel.h"
#include "tsharkfields.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace tcpladder;
using model::ConnectionModel;
using ui::ConnectionList;

namespace {

const QString capturePath = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap");

capture::ConnectionBatch batchOf(const QString &path)
{
    core::CaptureIndex index;
    std::string error;
    capture::ConnectionBatch batch;
    if (core::loadFile(path.toStdString(), index, error) != core::LoadResult::Ok)
        return batch;
    for (const auto &stream : index.tracker().streams())
        batch << capture::summarize(stream, index.firstFrameTimeNs());
    return batch;
}

// The clients' SYNs as tshark reads them: one per connection, with its stream number and client port.
auto clientSyns()
{
    return testsupport::tsharkFields(capturePath, QStringLiteral("tcp.flags.syn == 1 && tcp.flags.ack == 0"),
                                     {QStringLiteral("tcp.stream"), QStringLiteral("tcp.srcport")});
}

struct List
{
    QWidget window;
    QLineEdit *search = new QLineEdit(&window);
    QTableView *table = new QTableView(&window);
    ConnectionList list{table, search};
};

} // namespace

class TestConnectionList : public QObject
{
    Q_OBJECT

private slots:
    void selectsFirstAndByStream();
    void quickSearchHides();
    void hostnameColumnHasRoom();
};

void TestConnectionList::selectsFirstAndByStream()
{
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto syns = clientSyns();
    QVERIFY(syns.size() >= 3);

    List l;
    QSignalSpy selected(&l.list, &ConnectionList::streamSelected);
    QSignalSpy cleared(&l.list, &ConnectionList::selectionCleared);
    l.list.selectFirst(); // nothing listed: nothing to select
    QCOMPARE(selected.count(), 0);
    l.list.model()->applyBatch(batchOf(capturePath));
    QCOMPARE(l.list.model()->rowCount(), static_cast<int>(syns.size()));

    l.list.selectFirst();
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().first().toUInt(), 0u); // sorted by stream: Wireshark's first
    QVERIFY(l.list.selectStream(syns.back()[1].toUInt()));
    QCOMPARE(selected.last().first().toUInt(), syns.back()[1].toUInt());
    const QModelIndex current = l.table->currentIndex();
    const QString client = current.siblingAtColumn(ConnectionModel::ClientColumn).data().toString();
    QVERIFY2(client.endsWith(u':' + syns.back()[2]), qPrintable(client));
    l.list.selectFirst(); // one is selected: it stays
    QCOMPARE(selected.last().first().toUInt(), syns.back()[1].toUInt());

    QVERIFY(!l.list.selectStream(static_cast<quint32>(syns.size()) + 100));
    l.table->selectionModel()->clearCurrentIndex();
    QCOMPARE(cleared.count(), 1);
}

void TestConnectionList::quickSearchHides()
{
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto syns = clientSyns();
    QVERIFY(syns.size() >= 3);
    List l;
    QSignalSpy listed(&l.list, &ConnectionList::listedChanged);
    l.list.model()->applyBatch(batchOf(capturePath));
    QVERIFY(listed.count() >= 1); // the rows came
    const int before = listed.count();

    // The second connection's client port is in no other row (each connection has its own).
    l.search->setText(syns[1][2]);
    QVERIFY(listed.count() > before);
    QCOMPARE(l.list.proxy()->rowCount(), 1);
    QVERIFY(!l.list.selectStream(syns[0][1].toUInt())); // hidden
    QVERIFY(l.list.selectStream(syns[1][1].toUInt()));
    l.search->clear();
    QCOMPARE(l.list.proxy()->rowCount(), static_cast<int>(syns.size()));
}

void TestConnectionList::hostnameColumnHasRoom()
{
    List l;
    l.list.model()->applyBatch(batchOf(capturePath));
    QVERIFY(l.list.model()->rowCount() > 0);
    l.list.fitColumns();
    // Names arrive after the addresses: sixteen average characters whatever the rows hold now.
    QVERIFY(l.table->columnWidth(ConnectionModel::HostnameColumn) >= 16 * l.table->fontMetrics().averageCharWidth());
    QFont larger = l.table->font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    l.list.fitTo(larger);
    QCOMPARE(l.table->verticalHeader()->defaultSectionSize(), QFontMetrics(larger).height() + 6);
}

QTEST_MAIN(TestConnectionList)
#include "tst_connectionlist.moc"
