// SPDX-License-Identifier: GPL-3.0-or-later
// The exercise sheet and its key as the core builds them (quizhandout.h): what the sheet must not give
// away, and what the key adds. client-close.pcap's teardown, as tshark shows it: frame 8 [FIN, ACK] from
// the client, frame 9 [FIN, ACK] from the server (its ACK rides on its FIN), frame 10 [ACK].
#include "ladderfixture.h"

#include "quizhandout.h"

#include <QtTest>

using namespace tcpladder::core;

class TestQuizHandout : public QObject
{
    Q_OBJECT

private slots:
    void sheetHidesWhatItAsks();
    void keyFillsTheBlanks();
    void formatForPath_data();
    void formatForPath();
};

namespace {

QuizHandout teardown(bool answerKey)
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    if (!ladder)
        qFatal("client-close.pcap did not load");
    QuizHandoutOptions options;
    options.quiz = {{QuizField::Flags, QuizField::Ack}, QuizScope::Teardown};
    options.answerKey = answerKey;
    return buildQuizHandout(*ladder, options);
}

} // namespace

void TestQuizHandout::sheetHidesWhatItAsks()
{
    const QuizHandout sheet = teardown(false);
    QCOMPARE(QString::fromStdString(sheet.title), QStringLiteral("Quiz — TCP stream 0"));
    QVERIFY(!sheet.nameLabel.empty());
    QVERIFY(sheet.answersTitle.empty() && sheet.blanks.empty());
    QCOMPARE(sheet.sections.size(), std::size_t(1));
    // Not "teardown — 3 segments: the server's ACK rode on its FIN": that would answer (6).
    QCOMPARE(QString::fromStdString(sheet.sections.front().title), QStringLiteral("teardown"));
    const auto &rows = sheet.sections.front().rows;
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].frame, 8u);
    QCOMPARE(rows[2].frame, 10u);
    QVERIFY(sheet.sections.front().explanation.empty()); // it would explain the answers
    for (const QuizHandoutRow &row : rows)
        QVERIFY2(row.notes.find("FIN") == std::string::npos, row.notes.c_str()); // no "ACK rode on FIN"
    const std::string markdown = writeQuizMarkdown(sheet);
    const std::string html = writeQuizHtml(sheet);
    for (const std::string *text : {&markdown, &html}) {
        QVERIFY(text->find("FIN, ACK") == std::string::npos);
        QVERIFY(text->find("1292") != std::string::npos); // frame 9's Seq is not asked: shown
        QVERIFY(text->find("(6)") != std::string::npos);
        QVERIFY(text->find("(7)") == std::string::npos);
    }
}

void TestQuizHandout::keyFillsTheBlanks()
{
    const QuizHandout key = teardown(true);
    QCOMPARE(QString::fromStdString(key.title), QStringLiteral("Answer key — TCP stream 0"));
    QVERIFY(key.nameLabel.empty());
    QVERIFY(!key.sections.front().explanation.empty());
    QCOMPARE(key.blanks.size(), std::size_t(6));
    const auto &row9 = key.sections.front().rows[1];
    QCOMPARE(row9.fields[static_cast<std::size_t>(QuizField::Ack)].blank, 3);
    QCOMPARE(QString::fromStdString(row9.fields[static_cast<std::size_t>(QuizField::Ack)].value), QStringLiteral("89"));
    QCOMPARE(row9.fields[static_cast<std::size_t>(QuizField::Flags)].blank, 4);
    QVERIFY2(row9.notes.find("FIN") != std::string::npos, row9.notes.c_str());
    const std::string markdown = writeQuizMarkdown(key);
    QVERIFY(markdown.find("**(4) FIN, ACK**") != std::string::npos);
    QVERIFY(markdown.find("\n4. FIN, ACK\n") != std::string::npos);
    QVERIFY(writeQuizHtml(key).find("<b>(3) 89</b>") != std::string::npos);
}

void TestQuizHandout::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("md") << "a/quiz.md" << int(QuizHandoutFormat::Markdown);
    QTest::newRow("HTML") << "quiz.HTML" << int(QuizHandoutFormat::Html);
    QTest::newRow("htm") << "quiz.htm" << int(QuizHandoutFormat::Html);
    QTest::newRow("pdf") << "quiz.pdf" << int(QuizHandoutFormat::Pdf);
    QTest::newRow("png") << "quiz.png" << -1;
    QTest::newRow("none") << "quiz" << -1;
}

void TestQuizHandout::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = quizHandoutFormatForPath(path.toStdString());
    QCOMPARE(found ? int(*found) : -1, format);
}

QTEST_GUILESS_MAIN(TestQuizHandout)
#include "tst_quizhandout.moc"
