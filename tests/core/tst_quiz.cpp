// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderfixture.h"

#include "quiz.h"
#include "tsharkfields.h"

#include <QtTest>

using namespace tcpladder::core;

// Issue 17's quiz model. Blanks and their answers are checked against tshark's reading of real
// captures (tcp.seq, tcp.ack, tcp.len, tcp.flags); states and scopes against what the capture
// scenarios (tests/data/README.md) say happened, read by hand; grading against a table of spellings.
class TestQuiz : public QObject
{
    Q_OBJECT

private slots:
    void parseFields_data();
    void parseFields();
    void parseScope_data();
    void parseScope();
    void blanksMatchTshark_data();
    void blanksMatchTshark();
    void states_data();
    void states();
    void noAckBlankWithoutAckFlag();
    void fieldOrderWithinRow();
    void isCorrectAnswer_data();
    void isCorrectAnswer();
    void gradePrediction_data();
    void gradePrediction();
};

Q_DECLARE_METATYPE(std::optional<std::vector<QuizField>>)
Q_DECLARE_METATYPE(std::optional<QuizScope>)
Q_DECLARE_METATYPE(QuizField)
Q_DECLARE_METATYPE(QuizScope)

namespace {

// QCOMPARE cannot print a QuizField itself: ADL finds the core's toString, which returns a string_view.
QString name(QuizField field)
{
    return QString::fromUtf8(toString(field).data(), static_cast<qsizetype>(toString(field).size()));
}

QString dataFile(const char *name)
{
    return QStringLiteral(TCPLADDER_TEST_DATA_DIR "/") + QLatin1String(name);
}

ConnectionLadder ladderOf(const char *name)
{
    auto ladder = ladderfixture::loadLadder(dataFile(name).toStdString(), 0);
    if (!ladder)
        qFatal("cannot load %s", name);
    return *ladder;
}

// Wireshark's Info-column names for tshark's tcp.flags value ("0x0012" -> "SYN, ACK").
QString flagNames(const QString &hex)
{
    bool ok = false;
    const uint bits = hex.toUInt(&ok, 16);
    const std::pair<uint, const char *> names[] = {{0x001, "FIN"}, {0x002, "SYN"}, {0x004, "RST"},
                                                   {0x008, "PSH"}, {0x010, "ACK"}, {0x020, "URG"},
                                                   {0x040, "ECE"}, {0x080, "CWR"}, {0x100, "AE"}};
    QStringList parts;
    for (const auto &[bit, name] : names)
        if (bits & bit)
            parts << QLatin1String(name);
    return parts.join(QStringLiteral(", "));
}

} // namespace

void TestQuiz::parseFields_data()
{
    using Fields = std::optional<std::vector<QuizField>>;
    QTest::addColumn<QString>("words");
    QTest::addColumn<Fields>("expected");
    QTest::newRow("seq,ack") << "seq,ack" << Fields{{QuizField::Seq, QuizField::Ack}};
    QTest::newRow("states is both ends") << "states" << Fields{{QuizField::ClientState, QuizField::ServerState}};
    QTest::newRow("case and spaces") << " SEQ , Flags " << Fields{{QuizField::Seq, QuizField::Flags}};
    QTest::newRow("all words") << "seq,ack,len,flags,states"
                               << Fields{{QuizField::Seq, QuizField::Ack, QuizField::Len, QuizField::Flags,
                                          QuizField::ClientState, QuizField::ServerState}};
    QTest::newRow("twice counts once") << "len,len,states,server_state"
                                       << Fields{{QuizField::Len, QuizField::ClientState, QuizField::ServerState}};
    QTest::newRow("one end") << "server_state" << Fields{{QuizField::ServerState}};
    QTest::newRow("unknown word") << "seq,window" << Fields{};
    QTest::newRow("empty") << "" << Fields{};
    QTest::newRow("empty word") << "seq,,ack" << Fields{};
}

void TestQuiz::parseFields()
{
    QFETCH(QString, words);
    QFETCH(std::optional<std::vector<QuizField>>, expected);
    QVERIFY(parseQuizFields(words.toStdString()) == expected);
}

void TestQuiz::parseScope_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<std::optional<QuizScope>>("expected");
    QTest::newRow("all") << "all" << std::optional(QuizScope::All);
    QTest::newRow("handshake") << "handshake" << std::optional(QuizScope::Handshake);
    QTest::newRow("teardown, case") << "Teardown" << std::optional(QuizScope::Teardown);
    QTest::newRow("data is no scope") << "data" << std::optional<QuizScope>();
    QTest::newRow("empty") << "" << std::optional<QuizScope>();
}

void TestQuiz::parseScope()
{
    QFETCH(QString, word);
    QFETCH(std::optional<QuizScope>, expected);
    QVERIFY(parseQuizScope(word.toStdString()) == expected);
}

void TestQuiz::blanksMatchTshark_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("hide");
    QTest::addColumn<QuizScope>("scope");
    QTest::addColumn<QList<uint>>("frames"); // the scope's frames, read from the scenario
    const QList<uint> clientCloseAll{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("client-close all") << "client-close.pcap"
                                      << "seq,ack,len,flags" << QuizScope::All << clientCloseAll;
    QTest::newRow("client-close handshake") << "client-close.pcap"
                                            << "seq,ack" << QuizScope::Handshake << QList<uint>{1, 2, 3};
    // The 3-segment close: client FIN, server FIN+ACK, client ACK.
    QTest::newRow("client-close teardown") << "client-close.pcap"
                                           << "ack,flags" << QuizScope::Teardown << QList<uint>{8, 9, 10};
    QTest::newRow("server-close teardown") << "server-close.pcap"
                                           << "seq,ack,len" << QuizScope::Teardown << QList<uint>{8, 9, 10, 11};
    // No FIN: the RST, frame 12, is how it ended.
    QTest::newRow("rst-abort teardown") << "rst-abort.pcap"
                                        << "seq,ack,flags" << QuizScope::Teardown << QList<uint>{12};
    QTest::newRow("half-close teardown, data after the FIN")
        << "half-close.pcap"
        << "len" << QuizScope::Teardown << QList<uint>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    QTest::newRow("refused teardown") << "refused.pcap"
                                      << "flags" << QuizScope::Teardown << QList<uint>{2};
    QTest::newRow("syn-retransmission handshake") << "syn-retransmission.pcap"
                                                  << "flags,seq" << QuizScope::Handshake << QList<uint>{1, 2, 3, 4, 5};
}

void TestQuiz::blanksMatchTshark()
{
    QFETCH(QString, file);
    QFETCH(QString, hide);
    QFETCH(QuizScope, scope);
    QFETCH(QList<uint>, frames);
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const QString path = dataFile(file.toLatin1().constData());
    const auto oracle = tcpladder::testsupport::tsharkFields(path, QStringLiteral("tcp.stream == 0"),
                                                             {"tcp.seq", "tcp.ack", "tcp.len", "tcp.flags"});
    QVERIFY(!oracle.empty());

    const auto fields = parseQuizFields(hide.toStdString());
    QVERIFY(fields);
    const ConnectionLadder ladder = ladderOf(file.toLatin1().constData());
    const Quiz quiz = makeQuiz(ladder, {*fields, scope});

    struct Expected
    {
        std::size_t row;
        QuizField field;
        QString answer;
    };
    std::vector<Expected> expected;
    std::vector<std::size_t> expectedRows;
    for (std::size_t row = 0; row < oracle.size(); ++row) {
        const QStringList &t = oracle[row];
        if (!frames.contains(t[0].toUInt()))
            continue;
        expectedRows.push_back(row);
        const bool ackFlag = t[4].toUInt(nullptr, 16) & 0x10;
        const std::pair<QuizField, QString> values[] = {{QuizField::Seq, t[1]},
                                                        {QuizField::Ack, t[2]},
                                                        {QuizField::Len, t[3]},
                                                        {QuizField::Flags, flagNames(t[4])}};
        for (const auto &[field, value] : values)
            if (std::find(fields->begin(), fields->end(), field) != fields->end()
                && (field != QuizField::Ack || ackFlag))
                expected.push_back({row, field, value});
    }
    QCOMPARE(quiz.rows, expectedRows);
    QCOMPARE(quiz.blanks.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const QuizBlank &blank = quiz.blanks[i];
        QCOMPARE(blank.number, static_cast<int>(i) + 1);
        QCOMPARE(blank.row, expected[i].row);
        QCOMPARE(name(blank.field), name(expected[i].field));
        QCOMPARE(QString::fromStdString(blank.answer), expected[i].answer);
    }
}

void TestQuiz::states_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("client");
    QTest::addColumn<QStringList>("server");
    // Client closes first, the server's ACK rides on its FIN (RFC 9293 figure: FIN_WAIT_1 straight to
    // TIME_WAIT on a FIN that acknowledges ours).
    QTest::newRow("client-close") << "client-close.pcap" << QStringList{"FIN_WAIT_1", "TIME_WAIT", "TIME_WAIT"}
                                  << QStringList{"CLOSE_WAIT", "LAST_ACK", "CLOSED"};
    // Server closes first: FIN, ACK, FIN, ACK.
    QTest::newRow("server-close") << "server-close.pcap"
                                  << QStringList{"CLOSE_WAIT", "CLOSE_WAIT", "LAST_ACK", "CLOSED"}
                                  << QStringList{"FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "TIME_WAIT"};
}

void TestQuiz::states()
{
    QFETCH(QString, file);
    QFETCH(QStringList, client);
    QFETCH(QStringList, server);
    const ConnectionLadder ladder = ladderOf(file.toLatin1().constData());
    const Quiz quiz = makeQuiz(ladder, {{QuizField::ServerState, QuizField::ClientState}, QuizScope::Teardown});
    QCOMPARE(quiz.rows.size(), static_cast<std::size_t>(client.size()));
    QCOMPARE(quiz.blanks.size(), 2 * quiz.rows.size());
    for (qsizetype i = 0; i < client.size(); ++i) {
        const QuizBlank &clientBlank = quiz.blanks[2 * i];
        const QuizBlank &serverBlank = quiz.blanks[2 * i + 1];
        QCOMPARE(name(clientBlank.field), name(QuizField::ClientState));
        QCOMPARE(name(serverBlank.field), name(QuizField::ServerState));
        QCOMPARE(clientBlank.row, serverBlank.row);
        QCOMPARE(QString::fromStdString(clientBlank.answer), client[i]);
        QCOMPARE(QString::fromStdString(serverBlank.answer), server[i]);
    }
}

void TestQuiz::noAckBlankWithoutAckFlag()
{
    // refused.pcap's handshake is one SYN: no ACK flag, so nothing to ask about its Ack.
    const Quiz refused = makeQuiz(ladderOf("refused.pcap"), {{QuizField::Ack}, QuizScope::Handshake});
    QCOMPARE(refused.rows, std::vector<std::size_t>{0});
    QVERIFY(refused.blanks.empty());
    // client-close: 10 rows, only the first (the SYN) lacks the ACK flag.
    const Quiz all = makeQuiz(ladderOf("client-close.pcap"), {{QuizField::Ack}, QuizScope::All});
    QCOMPARE(all.blanks.size(), std::size_t(9));
    QCOMPARE(all.blanks.front().row, std::size_t(1));
    QCOMPARE(all.blanks.front().answer, std::string("1"));
}

void TestQuiz::fieldOrderWithinRow()
{
    // The order the teacher lists the fields in does not matter: the handout reads left to right.
    const Quiz quiz = makeQuiz(ladderOf("client-close.pcap"),
                               {{QuizField::ServerState, QuizField::Flags, QuizField::Seq}, QuizScope::Handshake});
    QCOMPARE(quiz.blanks.size(), std::size_t(9));
    const QuizField perRow[] = {QuizField::Seq, QuizField::Flags, QuizField::ServerState};
    for (std::size_t i = 0; i < quiz.blanks.size(); ++i) {
        QCOMPARE(quiz.blanks[i].row, i / 3);
        QCOMPARE(name(quiz.blanks[i].field), name(perRow[i % 3]));
    }
    // Frame 2 of client-close (tshark): [SYN, ACK] Seq=0; the server has answered: SYN_RECEIVED.
    QCOMPARE(quiz.blanks[3].answer, std::string("0"));
    QCOMPARE(quiz.blanks[4].answer, std::string("SYN, ACK"));
    QCOMPARE(quiz.blanks[5].answer, std::string("SYN_RECEIVED"));
}

void TestQuiz::isCorrectAnswer_data()
{
    QTest::addColumn<QuizField>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("correct");
    const auto row = [](const char *name, QuizField field, const char *typed, const char *answer, bool correct) {
        QTest::newRow(name) << field << QString::fromUtf8(typed) << QString::fromUtf8(answer) << correct;
    };
    row("number", QuizField::Seq, "1448", "1448", true);
    row("number spaces", QuizField::Ack, "  1448 ", "1448", true);
    row("number inner space", QuizField::Ack, "1 448", "1448", true);
    row("number plus", QuizField::Len, "+87", "87", true);
    row("number leading zeros", QuizField::Seq, "001", "1", true);
    row("zero", QuizField::Len, "0", "0", true);
    row("number wrong", QuizField::Seq, "1449", "1448", false);
    row("number minus", QuizField::Seq, "-1", "1", false);
    row("number two signs", QuizField::Seq, "++1", "1", false);
    row("number with words", QuizField::Ack, "Ack=1", "1", false);
    row("number hex", QuizField::Seq, "0x1", "1", false);
    row("number empty", QuizField::Seq, "", "0", false);
    row("number blank", QuizField::Seq, "   ", "0", false);
    row("flags canonical", QuizField::Flags, "SYN, ACK", "SYN, ACK", true);
    row("flags no space", QuizField::Flags, "SYN,ACK", "SYN, ACK", true);
    row("flags lower, space", QuizField::Flags, "syn ack", "SYN, ACK", true);
    row("flags reversed", QuizField::Flags, "ACK SYN", "SYN, ACK", true);
    row("flags plus", QuizField::Flags, "syn+ack", "SYN, ACK", true);
    row("flags slash", QuizField::Flags, "FIN/ACK", "FIN, ACK", true);
    row("flags one of two", QuizField::Flags, "SYN", "SYN, ACK", false);
    row("flags one too many", QuizField::Flags, "PSH, ACK, FIN", "PSH, ACK", false);
    row("flags wrong", QuizField::Flags, "RST", "FIN, ACK", false);
    row("flags empty", QuizField::Flags, "", "SYN", false);
    row("flags separators only", QuizField::Flags, " , ", "SYN", false);
    row("state canonical", QuizField::ClientState, "ESTABLISHED", "ESTABLISHED", true);
    row("state lower", QuizField::ServerState, "established", "ESTABLISHED", true);
    row("state title", QuizField::ServerState, " Established ", "ESTABLISHED", true);
    row("state dash", QuizField::ClientState, "SYN-SENT", "SYN_SENT", true);
    row("state underscore lower", QuizField::ClientState, "syn_sent", "SYN_SENT", true);
    row("state space", QuizField::ClientState, "fin wait 1", "FIN_WAIT_1", true);
    row("state wrong number", QuizField::ClientState, "FIN-WAIT-2", "FIN_WAIT_1", false);
    row("state wrong", QuizField::ServerState, "LISTEN", "SYN_RECEIVED", false);
    row("state empty", QuizField::ServerState, "", "CLOSED", false);
    row("state punctuation only", QuizField::ServerState, "-", "CLOSED", false);
}

void TestQuiz::isCorrectAnswer()
{
    QFETCH(QuizField, field);
    QFETCH(QString, typed);
    QFETCH(QString, answer);
    QFETCH(bool, correct);
    QCOMPARE(tcpladder::core::isCorrectAnswer(field, typed.toStdString(), answer.toStdString()), correct);
}

void TestQuiz::gradePrediction_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("sender"); // -1 none, 0 client, 1 server
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("ack");
    QTest::addColumn<QList<bool>>("grade"); // sender, flags, seq, ack
    // client-close.pcap as tshark reads it: frame 1 [SYN] Seq=0; frame 2 [SYN, ACK] Seq=0 Ack=1 (server);
    // frame 9 [FIN, ACK] Seq=1292 Ack=89 (server).
    QTest::newRow("SYN-ACK right") << 1 << 1 << "syn ack"
                                   << "0"
                                   << "1" << QList<bool>{true, true, true, true};
    QTest::newRow("SYN-ACK all wrong") << 1 << 0 << "ACK"
                                       << "1"
                                       << "2" << QList<bool>{false, false, false, false};
    QTest::newRow("SYN-ACK no sender") << 1 << -1 << "SYN, ACK"
                                       << "0"
                                       << "" << QList<bool>{false, true, true, false};
    QTest::newRow("SYN, empty ack") << 0 << 0 << "SYN"
                                    << "0"
                                    << "" << QList<bool>{true, true, true, true};
    QTest::newRow("SYN, ack 0") << 0 << 0 << "SYN"
                                << "0"
                                << " 0 " << QList<bool>{true, true, true, true};
    QTest::newRow("SYN, ack dash") << 0 << 0 << "SYN"
                                   << "0"
                                   << "-" << QList<bool>{true, true, true, true};
    QTest::newRow("SYN, ack 1") << 0 << 0 << "SYN"
                                << "0"
                                << "1" << QList<bool>{true, true, true, false};
    QTest::newRow("FIN right") << 8 << 1 << "ACK,FIN"
                               << "1292"
                               << "89" << QList<bool>{true, true, true, true};
    QTest::newRow("FIN off by one") << 8 << 1 << "FIN, ACK"
                                    << "1292"
                                    << "88" << QList<bool>{true, true, true, false};
    QTest::newRow("past the end") << 10 << 0 << "ACK"
                                  << "89"
                                  << "1293" << QList<bool>{false, false, false, false};
}

void TestQuiz::gradePrediction()
{
    QFETCH(int, row);
    QFETCH(int, sender);
    QFETCH(QString, flags);
    QFETCH(QString, seq);
    QFETCH(QString, ack);
    QFETCH(QList<bool>, grade);
    static const ConnectionLadder ladder = ladderOf("client-close.pcap");
    SegmentPrediction prediction;
    if (sender >= 0)
        prediction.sender = sender == 0 ? Side::Client : Side::Server;
    prediction.flags = flags.toStdString();
    prediction.seq = seq.toStdString();
    prediction.ack = ack.toStdString();
    const PredictionGrade result = tcpladder::core::gradePrediction(ladder, static_cast<std::size_t>(row), prediction);
    QCOMPARE((QList<bool>{result.sender, result.flags, result.seq, result.ack}), grade);
    QCOMPARE(result.correct(), static_cast<int>(grade.count(true)));
}

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
