// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/ladderfixture.h"
#include "explanationpane.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace tcpladder;
using namespace tcpladder::core;

// Each scenario capture gets its own note, and each note carries this connection's numbers:
// the expected numbers are read from the rows here, never typed in.
class TestExplanationPane : public QObject
{
    Q_OBJECT

private slots:
    void synShowsRawIsn();
    void clientCloseThreeSegments();
    void serverCloseFourSegments();
    void halfClose();
    void rstAbort();
    void refused();
    void synRetransmissionBackOff();
    void paneShowsTheNote();
    void bigLadderNoteMadeOffGuiThread();
    void lostSynAcksAreSaid();
    void notesNameTheSide_data();
    void notesNameTheSide();
    void jsonExplanationIsThePane_data();
    void jsonExplanationIsThePane();
};

namespace {

ConnectionLadder load(const char *file)
{
    auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file, 0);
    if (!ladder)
        qFatal("cannot load %s", file);
    return *ladder;
}

int findRow(const ConnectionLadder &l, const std::function<bool(const Segment &)> &pred)
{
    for (std::size_t i = 0; i < l.rows.size(); ++i)
        if (pred(l.rows[i].segment))
            return static_cast<int>(i);
    return -1;
}

ui::ExplanationPane::Note phaseNote(const ConnectionLadder &l, Phase phase)
{
    std::uint32_t first = 0, last = 0;
    bool found = false;
    for (std::uint32_t i = 0; i < l.rows.size(); ++i)
        if (l.rows[i].analysis.phase == phase) {
            if (!found)
                first = i;
            found = true;
            last = i;
        }
    return found ? ui::ExplanationPane::noteForPhase(l, phase, first, last) : ui::ExplanationPane::Note{};
}

QString all(const ui::ExplanationPane::Note &n)
{
    return n.title + u'\n' + n.paragraphs.join(u'\n');
}

} // namespace

void TestExplanationPane::synShowsRawIsn()
{
    const auto l = load("client-close.pcap");
    QVERIFY(l.clientBaseSeq != 0);
    const QString syn = all(ui::ExplanationPane::noteForRow(l, 0));
    QVERIFY2(syn.contains(QString::number(l.clientBaseSeq)), qPrintable(syn));
    QVERIFY(syn.contains(u"Seq=0"));
    const int synAckRow = findRow(l, [](const Segment &s) { return s.has(FlagSyn) && s.has(FlagAck); });
    const QString synAck = all(ui::ExplanationPane::noteForRow(l, synAckRow));
    QVERIFY2(synAck.contains(QString::number(static_cast<std::uint32_t>(l.clientBaseSeq + 1))), qPrintable(synAck));
    QVERIFY(synAck.contains(QString::number(l.serverBaseSeq)));
    QVERIFY(synAck.contains(u"Ack=1"));
    const QString third = all(ui::ExplanationPane::noteForRow(l, synAckRow + 1));
    QVERIFY2(third.contains(u"ESTABLISHED"), qPrintable(third));
}

void TestExplanationPane::clientCloseThreeSegments()
{
    const auto l = load("client-close.pcap");
    QCOMPARE(l.teardownSegments.value_or(0), 3);
    const int merged = findRow(l, [](const Segment &s) { return s.hasNote(NoteFinAckMerged); });
    QVERIFY(merged >= 0);
    const QString note = all(phaseNote(l, Phase::Teardown));
    QVERIFY2(note.contains(u"3 segments"), qPrintable(note));
    // Points at the merged segment by its frame number and its own Ack.
    const Segment &m = l.rows[static_cast<std::size_t>(merged)].segment;
    QVERIFY2(note.contains(QStringLiteral("Frame %1").arg(m.frame)), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("Ack=%1").arg(m.ack)));
    QVERIFY(note.contains(u"The client closed first"));
    const QString row = all(ui::ExplanationPane::noteForRow(l, merged));
    QVERIFY2(row.contains(u"rode on its own FIN"), qPrintable(row));
    // The client closed first, so its last ACK leaves it in TIME_WAIT.
    const QString lastAck = all(ui::ExplanationPane::noteForRow(l, static_cast<int>(l.rows.size()) - 1));
    QVERIFY2(lastAck.contains(u"The client is now in TIME_WAIT"), qPrintable(lastAck));
}

void TestExplanationPane::serverCloseFourSegments()
{
    const auto l = load("server-close.pcap");
    QCOMPARE(l.teardownSegments.value_or(0), 4);
    const QString note = all(phaseNote(l, Phase::Teardown));
    QVERIFY2(note.contains(u"4 segments"), qPrintable(note));
    QVERIFY(note.contains(u"the server"));
    QVERIFY(!note.contains(u"rode on"));
    const int fin = findRow(l, [](const Segment &s) { return s.has(FlagFin); });
    const QString row = all(ui::ExplanationPane::noteForRow(l, fin));
    QVERIFY2(row.contains(u"The server closes first"), qPrintable(row));
    QVERIFY(row.contains(QStringLiteral("sequence number, %1").arg(l.rows[static_cast<std::size_t>(fin)].segment.seq)));
}

void TestExplanationPane::halfClose()
{
    const auto l = load("half-close.pcap");
    const int fin = findRow(l, [](const Segment &s) { return s.has(FlagFin); });
    std::uint64_t after = 0;
    for (std::size_t i = static_cast<std::size_t>(fin); i < l.rows.size(); ++i)
        after += l.rows[i].segment.payloadLength;
    QVERIFY(after >= 5000);
    const QString note = all(phaseNote(l, Phase::Teardown));
    QVERIFY2(note.contains(QString::number(after)), qPrintable(note));
    QVERIFY(note.contains(u"one direction"));
}

void TestExplanationPane::rstAbort()
{
    const auto l = load("rst-abort.pcap");
    const int rst = findRow(l, [](const Segment &s) { return s.has(FlagRst); });
    QVERIFY(rst > 0);
    const QString note = all(ui::ExplanationPane::noteForRow(l, rst));
    const Segment &before = l.rows[static_cast<std::size_t>(rst - 1)].segment;
    QVERIFY2(note.contains(u"The client aborts"), qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("after frame %1").arg(before.frame)));
    const QString phase = all(phaseNote(l, Phase::Reset));
    QVERIFY(phase.contains(QStringLiteral("Frame %1").arg(l.rows[static_cast<std::size_t>(rst)].segment.frame)));
}

void TestExplanationPane::refused()
{
    const auto l = load("refused.pcap");
    QCOMPARE(l.rows.size(), 2u);
    const QString note = all(ui::ExplanationPane::noteForRow(l, 1));
    QVERIFY2(note.contains(u"refused"), qPrintable(note));
    QVERIFY(note.contains(QString::number(l.server.port)));
    QVERIFY(note.contains(u"the server"));
}

void TestExplanationPane::synRetransmissionBackOff()
{
    const auto l = load("syn-retransmission.pcap");
    QList<int> syns;
    for (std::size_t i = 0; i < l.rows.size(); ++i)
        if (l.rows[i].segment.has(FlagSyn) && !l.rows[i].segment.has(FlagAck))
            syns << static_cast<int>(i);
    QCOMPARE(syns.size(), 3);
    const QString note = all(ui::ExplanationPane::noteForRow(l, syns.last()));
    for (int k = 1; k < syns.size(); ++k) {
        const double gap = double(l.rows[static_cast<std::size_t>(syns[k])].segment.timeNs
                                  - l.rows[static_cast<std::size_t>(syns[k - 1])].segment.timeNs)
            / 1e9;
        QVERIFY2(note.contains(QLocale().toString(gap, 'f', 3)), qPrintable(note));
    }
    QVERIFY(note.contains(u"retransmission 2"));
    QVERIFY(!all(ui::ExplanationPane::noteForRow(l, syns.first())).contains(u"retransmission"));
}

void TestExplanationPane::paneShowsTheNote()
{
    const auto l = load("client-close.pcap");
    ui::ExplanationPane pane;
    pane.showRow(l, 0);
    QVERIFY(pane.text().contains(QString::number(l.clientBaseSeq)));
    QVERIFY(pane.title().contains(QStringLiteral("Frame %1").arg(l.rows[0].segment.frame)));
    pane.clear();
    QVERIFY(!pane.text().contains(QString::number(l.clientBaseSeq)));
}

void TestExplanationPane::bigLadderNoteMadeOffGuiThread()
{
    const auto ladder = std::make_shared<const ConnectionLadder>(load("client-close.pcap"));
    ui::ExplanationPane pane;
    pane.setAsyncRows(0); // as a big ladder is
    QSignalSpy shown(&pane, &ui::ExplanationPane::noteShown);
    const QString before = pane.text();
    pane.showRow(ladder, 0);
    QCOMPARE(pane.text(), before); // not until the worker's note comes back through the event loop
    QVERIFY(shown.wait());
    QVERIFY(pane.text().contains(QString::number(ladder->clientBaseSeq)));
    QVERIFY(pane.title().contains(QStringLiteral("Frame %1").arg(ladder->rows[0].segment.frame)));
    // A note asked for and then overtaken by a hint never shows.
    pane.showRow(ladder, 1);
    pane.showHint(QStringLiteral("hint"));
    shown.clear();
    QTRY_VERIFY(!pane.isMakingNote());
    QCoreApplication::processEvents(); // a result still queued
    QCOMPARE(pane.text(), QStringLiteral("hint"));
    QCOMPARE(shown.count(), 0);
}

// Issue 14 item 2: the client resent its SYN after SYN-ACKs in the capture: those never reached it.
void TestExplanationPane::lostSynAcksAreSaid()
{
    const auto l = load("syn-ack-lost.pcap");
    int lastSyn = -1, lost = 0;
    for (std::size_t i = 0; i < l.rows.size(); ++i)
        if (l.rows[i].segment.has(FlagSyn) && !l.rows[i].segment.has(FlagAck))
            lastSyn = static_cast<int>(i);
    for (int i = 0; i < lastSyn; ++i) {
        const Segment &s = l.rows[static_cast<std::size_t>(i)].segment;
        if (!(s.has(FlagSyn) && s.has(FlagAck)))
            continue;
        const QString note = all(ui::ExplanationPane::noteForRow(l, i));
        QVERIFY2(note.contains(u"never reached the client"), qPrintable(note));
        ++lost;
    }
    QVERIFY(lost > 0);
    const QString phase = all(phaseNote(l, Phase::Handshake));
    QVERIFY2(!phase.contains(u"No SYN-ACK") && phase.contains(QStringLiteral("%1 SYN-ACK").arg(lost)),
             qPrintable(phase));
}

// Issue 14 item 6: "the peer" (对方) changed sides within one teardown note; every note names it.
void TestExplanationPane::notesNameTheSide_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "zh_CN"})
        for (const char *file : {"client-close.pcap", "server-close.pcap", "half-close.pcap", "fin-data.pcap",
                                 "crossing-fin.pcap", "syn-ack-lost.pcap", "lossy-bulk.pcap"})
            QTest::addRow("%s %s", file, language) << file << language;
}

void TestExplanationPane::notesNameTheSide()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QTranslator translator;
    if (language != u"en") {
        QVERIFY(translator.load(QStringLiteral(":/i18n/tcpladder_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto l = load(qPrintable(file));
    QStringList notes;
    for (int row = 0; row < static_cast<int>(l.rows.size()); ++row)
        notes << all(ui::ExplanationPane::noteForRow(l, row));
    for (const Phase phase : {Phase::Handshake, Phase::Data, Phase::Teardown, Phase::Reset})
        notes << all(phaseNote(l, phase));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(notes.join(u'\n').contains(language == u"en" ? QStringLiteral("the client") : QStringLiteral("客户端")));
    for (const QString &note : notes) {
        QVERIFY2(!note.contains(u"peer", Qt::CaseInsensitive) && !note.contains(u"对方"), qPrintable(note));
        // A space between two Chinese words is a stray one ("服务器 对对方").
        static const QRegularExpression stray(QStringLiteral("[\\x{4e00}-\\x{9fff}] [\\x{4e00}-\\x{9fff}]"));
        QVERIFY2(!note.contains(stray), qPrintable(note));
    }
}

// Issue 14: `ladder --json`'s "explanation" of each row and phase is what this pane shows when the
// student clicks that arrow or bracket, in English and in Chinese.
void TestExplanationPane::jsonExplanationIsThePane_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "zh_CN"})
        for (const char *file : {"client-close.pcap", "refused.pcap", "syn-ack-lost.pcap", "lossy-bulk.pcap",
                                 "rst-abort.pcap", "crossing-fin.pcap"})
            QTest::addRow("%s %s", file, language) << file << language;
}

void TestExplanationPane::jsonExplanationIsThePane()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const auto run = testsupport::runCli({QStringLiteral("ladder"), QStringLiteral(TCPLADDER_TEST_DATA_DIR "/") + file,
                                          QStringLiteral("--stream"), QStringLiteral("0"), QStringLiteral("--lang"),
                                          language, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray rows = json[u"rows"].toArray();
    const QJsonArray phases = json[u"phases"].toArray();

    // As the app does: English has a catalogue too, for its plural forms.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tcpladder_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const auto l = load(qPrintable(file));
    QCOMPARE(rows.size(), qsizetype(l.rows.size()));
    ui::ExplanationPane pane;
    for (int row = 0; row < static_cast<int>(l.rows.size()); ++row) {
        pane.showRow(l, row);
        QCOMPARE(rows[row].toObject()[u"explanation"].toString(), pane.text());
    }
    QVERIFY(!phases.isEmpty());
    int checked = 0;
    for (const auto &value : phases) {
        const QJsonObject phase = value.toObject();
        // The bracket the student clicks spans the rows of these frames.
        const int first = findRow(l, [&](const Segment &s) { return int(s.frame) == phase[u"first_frame"].toInt(); });
        const int last = findRow(l, [&](const Segment &s) { return int(s.frame) == phase[u"last_frame"].toInt(); });
        QVERIFY(first >= 0 && last >= first);
        const Phase kind = l.rows[std::size_t(first)].analysis.phase;
        QCOMPARE(phase[u"phase"].toString(),
                 QString::fromUtf8(toString(kind).data(), qsizetype(toString(kind).size())));
        pane.showPhase(l, kind, std::uint32_t(first), std::uint32_t(last));
        QCOMPARE(phase[u"title"].toString(), pane.title());
        QCOMPARE(phase[u"explanation"].toString(), pane.text());
        ++checked;
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(checked, phases.size());
}

QTEST_MAIN(TestExplanationPane)
#include "tst_explanationpane.moc"
