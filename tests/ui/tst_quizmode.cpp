// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, quiz mode in the window: fill the blanks of the handshake and the teardown of a real
// capture, right and wrong, and check the marks and the score; predict the next segment in
// step-through, right and wrong, with the arrow revealed only after the guess. The values a student
// must find come from tshark (Seq, Ack, Len, flags) or from RFC 9293 (the states a sender enters).
#include "explanationpane.h"
#include "languagemanager.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "presentermode.h"
#include "predictpanel.h"
#include "quizbar.h"
#include "quizmode.h"
#include "quizoverlay.h"
#include "quizsession.h"
#include "shots.h"
#include "tsharkfields.h"
#include "viewssettled.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <map>

using namespace tcpladder;
using core::QuizField;
using testsupport::saveShot;
using ui::MainWindow;
using ui::QuizOverlay;

namespace {

// client opens, asks, gets 1291 B and closes first: SYN, SYN-ACK, ACK … FIN-ACK, FIN-ACK, ACK.
const QString ClientClose = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap");

// One segment as tshark reads it.
struct Truth
{
    QString source;
    std::uint16_t flags = 0;
    QString seq, ack, len;
};

// Wireshark's Info-column order, written out here so the expected text is not the app's own.
QString flagNames(std::uint16_t flags)
{
    static const std::pair<std::uint16_t, const char *> names[] = {{0x001, "FIN"}, {0x002, "SYN"}, {0x004, "RST"},
                                                                   {0x008, "PSH"}, {0x010, "ACK"}, {0x020, "URG"}};
    QStringList out;
    for (const auto &[bit, name] : names)
        if (flags & bit)
            out << QLatin1String(name);
    return out.join(QStringLiteral(", "));
}

std::map<int, Truth> tsharkTruth(const QString &file)
{
    std::map<int, Truth> truth;
    for (const QStringList &row : testsupport::tsharkFields(file, QStringLiteral("tcp"),
                                                            {"ip.src", "tcp.flags", "tcp.seq", "tcp.ack", "tcp.len"}))
        if (row.size() == 6)
            truth[row[0].toInt()] = {row[1], static_cast<std::uint16_t>(row[2].toUInt(nullptr, 16)), row[3], row[4],
                                     row[5]};
    return truth;
}

bool openClientClose(MainWindow &w)
{
    return loadAndSettle(w, ClientClose) && w.selectStream(0) && viewsSettled(w) && w.ladderView()->hasLadder();
}

} // namespace

class TestQuizMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillTheBlanksOfTheHandshake();
    void fillTheBlanksOfTheTeardown();
    void fieldsFollowScrollAndPresenterMode();
    void predictTheNextSegment();
    void quizInChinese();
    void cleanup();

private:
    // The frame and field of a blank, and the session's blank index of it.
    struct Asked
    {
        int blank = -1;
        int frame = 0;
        QuizField field = QuizField::Seq;
    };
    static std::vector<Asked> asked(const MainWindow &w);
    static QLineEdit *typeInto(MainWindow &w, int blank, const QString &text);

    QString m_tshark;
    std::map<int, Truth> m_truth;
};

void TestQuizMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    m_truth = tsharkTruth(ClientClose);
    QCOMPARE(m_truth.size(), std::size_t(10));
}

std::vector<TestQuizMode::Asked> TestQuizMode::asked(const MainWindow &w)
{
    std::vector<Asked> out;
    const ui::QuizSession *session = w.quizMode()->session();
    const auto &ladder = *session->ladder();
    for (int i = 0; i < session->blankCount(); ++i) {
        const core::QuizBlank &b = session->quiz().blanks[static_cast<std::size_t>(i)];
        out.push_back({i, static_cast<int>(ladder.rows[b.row].segment.frame), b.field});
    }
    return out;
}

QLineEdit *TestQuizMode::typeInto(MainWindow &w, int blank, const QString &text)
{
    // A blank out of sight has no field: scrolled to, as a student would, it gets one.
    if (!w.quizMode()->overlay()->field(blank))
        w.ladderView()->setCurrentRow(
            static_cast<int>(w.quizMode()->session()->quiz().blanks[static_cast<std::size_t>(blank)].row));
    QLineEdit *field = w.quizMode()->overlay()->field(blank);
    if (!field || !field->isVisible())
        return nullptr;
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    return field;
}

void TestQuizMode::fillTheBlanksOfTheHandshake()
{
    MainWindow w;
    w.resize(1400, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClientClose(w));
    ui::QuizMode *quiz = w.quizMode();
    quiz->startQuiz({{QuizField::Seq, QuizField::Ack, QuizField::Flags, QuizField::ClientState, QuizField::ServerState},
                     core::QuizScope::Handshake});
    QVERIFY(quiz->bar()->isVisible());
    // The packet details would list the answers of the current row: hidden while the quiz runs.
    QWidget *details = w.findChild<QWidget *>(QStringLiteral("packetDetails"));
    QVERIFY(details && !details->isVisible());
    const auto blanks = asked(w);
    // Frames 1–3 are the handshake; Ack is asked only where the ACK flag is set (frames 2 and 3).
    int expectedBlanks = 0;
    for (int frame = 1; frame <= 3; ++frame)
        expectedBlanks += 4 + ((m_truth[frame].flags & 0x010) ? 1 : 0);
    QCOMPARE(static_cast<int>(blanks.size()), expectedBlanks);
    // Before Check, a quizzed row's explanation would give its answers away.
    w.ladderView()->setCurrentRow(1);
    QVERIFY2(w.explanationPane()->text().contains(QStringLiteral("comes after Check")),
             qPrintable(w.explanationPane()->text()));
    saveShot(&w, QStringLiteral("quiz-handshake-before"));

    std::map<int, bool> expectRight;
    for (const Asked &a : blanks) {
        const Truth &t = m_truth[a.frame];
        QString typed;
        bool right = false;
        switch (a.field) {
        case QuizField::Seq: // frame 1 right with spaces, frame 2 one off, frame 3 right with a '+'
            typed = a.frame == 1 ? QStringLiteral(" %1 ").arg(t.seq)
                : a.frame == 2   ? QString::number(t.seq.toLongLong() + 1)
                                 : QStringLiteral("+%1").arg(t.seq);
            right = a.frame != 2;
            break;
        case QuizField::Ack: // right on frame 2, the peer's seq (not + 1) on frame 3
            typed = a.frame == 2 ? t.ack : QString::number(t.ack.toLongLong() - 1);
            right = a.frame == 2;
            break;
        case QuizField::Flags: // lower case, reordered, other separators: still right; frame 3 wrong
            typed = a.frame == 3 ? QStringLiteral("SYN")
                                 : flagNames(t.flags).toLower().split(QStringLiteral(", ")).join(u' ');
            if (a.frame == 2)
                typed = QStringLiteral("ACK,SYN");
            right = a.frame != 3;
            break;
        case QuizField::ClientState: // RFC 9293: a SYN's sender is in SYN-SENT; after the third ACK, ESTABLISHED
            typed = a.frame == 1 ? QStringLiteral("syn-sent")
                : a.frame == 3   ? QStringLiteral("Established")
                                 : QString();
            right = a.frame != 2; // frame 2 left empty: never right
            break;
        case QuizField::ServerState: // after the handshake, ESTABLISHED; TIME_WAIT is never a state here
            typed = a.frame == 3 ? QStringLiteral("ESTABLISHED") : QStringLiteral("time_wait");
            right = a.frame == 3;
            break;
        case QuizField::Len:
            QFAIL("Len was not asked for");
        }
        if (!typed.isEmpty())
            QVERIFY2(typeInto(w, a.blank, typed), qPrintable(QStringLiteral("no field for blank %1").arg(a.blank)));
        expectRight[a.blank] = right;
    }
    int expectedScore = 0;
    for (const auto &[blank, right] : expectRight)
        expectedScore += right ? 1 : 0;

    // Enter in a field checks, as the Check button does.
    QLineEdit *first = quiz->overlay()->field(blanks.front().blank);
    QVERIFY(first);
    QTest::keyClick(first, Qt::Key_Return);
    QVERIFY(quiz->session()->isChecked());
    for (const auto &[blank, right] : expectRight) {
        QLineEdit *field = quiz->overlay()->field(blank);
        QVERIFY(field);
        QCOMPARE(QuizOverlay::markOf(field), right ? QStringLiteral("right") : QStringLiteral("wrong"));
        QVERIFY(field->isReadOnly());
        if (!right) { // a wrong field shows the right value; what was typed is in its tooltip
            QCOMPARE(field->text(),
                     QString::fromStdString(quiz->session()->quiz().blanks[static_cast<std::size_t>(blank)].answer));
            QVERIFY2(field->toolTip().contains(quiz->session()->answer(blank).trimmed()), qPrintable(field->toolTip()));
        }
    }
    QCOMPARE(quiz->session()->score(), expectedScore);
    QCOMPARE(quiz->bar()->scoreText(), QStringLiteral("%1 / %2").arg(expectedScore).arg(expectedBlanks));
    // The whole score in sight, not squeezed by the hint beside it.
    auto *score = quiz->bar()->findChild<QLabel *>(QStringLiteral("quizScore"));
    QTRY_VERIFY(score->isVisible() && score->width() >= score->sizeHint().width());
    // The seq of frame 2 shown as right after Check: what tshark says.
    for (const Asked &a : blanks)
        if (a.frame == 2 && a.field == QuizField::Seq)
            QCOMPARE(quiz->overlay()->field(a.blank)->text(), m_truth[2].seq);
    // After Check, clicking a quizzed row explains it.
    w.ladderView()->setCurrentRow(0);
    w.ladderView()->setCurrentRow(1);
    QVERIFY(!w.explanationPane()->text().contains(QStringLiteral("its explanation comes after Check")));
    QVERIFY(!w.explanationPane()->text().isEmpty());
    saveShot(&w, QStringLiteral("quiz-handshake-checked"));

    // Leaving quiz mode gives the ladder back: no mask, no fields.
    quiz->endQuiz();
    QVERIFY(w.ladderView()->quizMask().empty());
    QVERIFY(!quiz->overlay()->field(blanks.front().blank));
    QVERIFY(!quiz->bar()->isVisible());
    QVERIFY(details->isVisible());
}

void TestQuizMode::fillTheBlanksOfTheTeardown()
{
    MainWindow w;
    w.resize(1400, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClientClose(w));
    ui::QuizMode *quiz = w.quizMode();
    quiz->startQuiz({{QuizField::Seq, QuizField::Ack, QuizField::Len, QuizField::Flags, QuizField::ClientState,
                      QuizField::ServerState},
                     core::QuizScope::Teardown});
    // The teardown: from the first FIN on (tshark: frames 8, 9, 10), all with ACK: six blanks each.
    int firstFin = 0;
    for (const auto &[frame, t] : m_truth)
        if (!firstFin && (t.flags & 0x001))
            firstFin = frame;
    QCOMPARE(firstFin, 8);
    const auto blanks = asked(w);
    QCOMPARE(static_cast<int>(blanks.size()), 3 * 6);
    for (const Asked &a : blanks)
        QVERIFY(a.frame >= firstFin);

    // Right: every Len, the flags of the FINs, and the states RFC 9293 fixes: the first FIN's sender
    // enters FIN-WAIT-1; the second FIN's sender (who had the first) LAST-ACK; after the last ACK the
    // closer waits in TIME-WAIT and the other end is CLOSED. Wrong: every Seq (one off) and the rest.
    std::map<int, bool> expectRight;
    for (const Asked &a : blanks) {
        const Truth &t = m_truth[a.frame];
        const bool fromClient = t.source == m_truth[1].source;
        QString typed;
        bool right = false;
        switch (a.field) {
        case QuizField::Seq:
            typed = QString::number(t.seq.toLongLong() + 1);
            break;
        case QuizField::Ack:
            typed = a.frame == 10 ? t.ack : QString();
            right = a.frame == 10;
            break;
        case QuizField::Len:
            typed = t.len;
            right = true;
            break;
        case QuizField::Flags:
            typed = a.frame == 10 ? QStringLiteral("FIN, ACK") : QStringLiteral("fin+ack");
            right = (t.flags & 0x001) != 0; // frame 10 is a bare ACK
            break;
        case QuizField::ClientState:
            typed = a.frame == 8 ? QStringLiteral("fin_wait_1")
                : a.frame == 10  ? QStringLiteral("TIME WAIT")
                                 : QStringLiteral("CLOSE_WAIT");
            right = (a.frame == 8 && fromClient) || a.frame == 10;
            break;
        case QuizField::ServerState:
            typed = a.frame == 9 ? QStringLiteral("last-ack")
                : a.frame == 10  ? QStringLiteral("closed")
                                 : QStringLiteral("SYN_SENT");
            right = a.frame == 9 || a.frame == 10;
            break;
        }
        if (!typed.isEmpty())
            QVERIFY2(typeInto(w, a.blank, typed), qPrintable(QStringLiteral("no field for blank %1").arg(a.blank)));
        expectRight[a.blank] = right;
    }
    int expectedScore = 0;
    for (const auto &[blank, right] : expectRight)
        expectedScore += right ? 1 : 0;
    QTest::mouseClick(quiz->bar()->findChild<QPushButton *>(QStringLiteral("quizCheck")), Qt::LeftButton);
    QVERIFY(quiz->session()->isChecked());
    for (const auto &[blank, right] : expectRight)
        QCOMPARE(QuizOverlay::markOf(quiz->overlay()->field(blank)),
                 right ? QStringLiteral("right") : QStringLiteral("wrong"));
    QCOMPARE(quiz->bar()->scoreText(), QStringLiteral("%1 / %2").arg(expectedScore).arg(blanks.size()));
    saveShot(&w, QStringLiteral("quiz-teardown-checked"));

    // Try Again keeps what was typed and takes the marks off.
    QTest::mouseClick(quiz->bar()->findChild<QPushButton *>(QStringLiteral("quizTryAgain")), Qt::LeftButton);
    QVERIFY(!quiz->session()->isChecked());
    const Asked &len =
        *std::find_if(blanks.begin(), blanks.end(), [](const Asked &a) { return a.field == QuizField::Len; });
    QCOMPARE(quiz->overlay()->field(len.blank)->text(), m_truth[len.frame].len);
    QCOMPARE(QuizOverlay::markOf(quiz->overlay()->field(len.blank)), QString());
    QVERIFY(!quiz->overlay()->field(len.blank)->isReadOnly());
}

void TestQuizMode::fieldsFollowScrollAndPresenterMode()
{
    MainWindow w;
    w.resize(1400, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClientClose(w));
    ui::QuizMode *quiz = w.quizMode();
    ui::LadderView *view = w.ladderView();
    w.presenterMode()->setActive(true);
    QVERIFY(viewsSettled(w));
    quiz->startQuiz({{QuizField::Seq}, core::QuizScope::All});
    QCOMPARE(quiz->session()->blankCount(), 10); // one Seq per frame
    // Every field sits on the box the ladder draws for it, in the ladder's (presenter-sized) font.
    const ui::QuizLabelGeometry geometry(view->ladderFont());
    int shown = 0;
    for (int blank = 0; blank < 10; ++blank) {
        QLineEdit *field = quiz->overlay()->field(blank);
        if (!field)
            continue;
        ++shown;
        const auto row = quiz->session()->quiz().blanks[static_cast<std::size_t>(blank)].row;
        const auto item = view->layout().item(*view->layout().itemForRow(static_cast<std::uint32_t>(row)));
        const auto boxes = geometry.blanks(view->layout(), item, view->quizMask());
        QCOMPARE(boxes.size(), std::size_t(1));
        QCOMPARE(field->geometry().topLeft(), boxes.front().rect.translated(view->viewportOffset()).toRect().topLeft());
        QCOMPARE(field->font().pixelSize(), view->ladderFont().pixelSize());
    }
    QVERIFY(shown > 0);
    // Presenter mode's large type, the quiz bar's buttons too.
    QCOMPARE(quiz->bar()->findChild<QPushButton *>(QStringLiteral("quizCheck"))->font().pointSizeF(), 18.0);
    saveShot(&w, QStringLiteral("quiz-presenter"));
    // Scrolled, a field moves with its row.
    if (view->verticalScrollBar()->maximum() > 0) {
        QLineEdit *last = nullptr;
        int lastBlank = 9;
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        last = quiz->overlay()->field(lastBlank);
        QVERIFY(last);
        const auto item = view->layout().item(*view->layout().itemForRow(9));
        QCOMPARE(last->geometry().top(),
                 static_cast<int>(geometry.blanks(view->layout(), item, view->quizMask())
                                      .front()
                                      .rect.translated(view->viewportOffset())
                                      .toRect()
                                      .top()));
    }
    w.presenterMode()->setActive(false);
}

void TestQuizMode::predictTheNextSegment()
{
    MainWindow w;
    w.resize(1400, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClientClose(w));
    ui::QuizMode *quiz = w.quizMode();
    ui::LadderView *view = w.ladderView();
    w.findChild<QAction *>(QStringLiteral("actionPredictNext"))->trigger();
    QVERIFY(quiz->isPredicting());
    QVERIFY(view->isStepping());
    QVERIFY(quiz->predictPanel()->isVisible());
    QCOMPARE(view->stepThrough().revealed(), 0);
    // Space asks for a prediction instead of revealing the first arrow.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(view->stepThrough().revealed(), 0);

    ui::PredictPanel *panel = quiz->predictPanel();
    const auto predict = [&](bool fromClient, const QString &flags, const QString &seq, const QString &ack) {
        panel->findChild<QRadioButton *>(fromClient ? QStringLiteral("predictClient") : QStringLiteral("predictServer"))
            ->setChecked(true);
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("predictFlags")), flags);
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("predictSeq")), seq);
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("predictAck")), ack);
    };
    const QString client = m_truth[1].source;
    // Frame 1, all right: the client's SYN, Seq 0, no Ack (empty is right without the ACK flag).
    predict(m_truth[1].source == client, flagNames(m_truth[1].flags).toLower(), m_truth[1].seq, QString());
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("predictSubmit")), Qt::LeftButton);
    QCOMPARE(view->stepThrough().revealed(), 1);
    QCOMPARE(quiz->tally().points(), 4);
    QVERIFY2(panel->gradeText().startsWith(QStringLiteral("4 of 4")), qPrintable(panel->gradeText()));

    // Frame 2: wrong sender and Seq, right flags and Ack → 2 of 4; Enter submits.
    QCOMPARE(view->stepThrough().revealed(), 1); // not revealed before the guess
    predict(m_truth[2].source == client ? false : true, QStringLiteral("ack syn"),
            QString::number(m_truth[2].seq.toLongLong() + 1), m_truth[2].ack);
    QTest::keyClick(panel->findChild<QLineEdit *>(QStringLiteral("predictAck")), Qt::Key_Return);
    QCOMPARE(view->stepThrough().revealed(), 2);
    QCOMPARE(quiz->tally().points(), 6);
    QCOMPARE(quiz->tally().possible(), 8);
    QVERIFY2(panel->gradeText().startsWith(QStringLiteral("2 of 4")), qPrintable(panel->gradeText()));
    QVERIFY2(panel->gradeText().contains(m_truth[2].seq), qPrintable(panel->gradeText())); // the true Seq shown
    QCOMPARE(panel->scoreText(), QStringLiteral("Score: 6 / 8"));
    saveShot(&w, QStringLiteral("quiz-predict"));

    // Ending step-through ends predicting.
    view->setStepping(false);
    QVERIFY(!quiz->isPredicting());
    QVERIFY(!panel->isVisible());
}

void TestQuizMode::quizInChinese()
{
    MainWindow w;
    w.resize(1400, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openClientClose(w));
    QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
    ui::QuizMode *quiz = w.quizMode();
    quiz->startQuiz(
        {{QuizField::Seq, QuizField::Ack, QuizField::Flags, QuizField::ClientState}, core::QuizScope::Handshake});
    // The language change reaches the widgets as a posted event.
    QTRY_COMPARE(quiz->bar()->findChild<QPushButton *>(QStringLiteral("quizCheck"))->text(), QStringLiteral("检查"));
    QTRY_COMPARE(quiz->menu()->title(), QStringLiteral("教学(&T)"));
    // Frame 1: Seq and flags right, the client's state wrong; the rest left empty.
    int right = 0;
    for (const Asked &a : asked(w)) {
        if (a.frame != 1)
            continue;
        const QString typed = a.field == QuizField::Seq ? m_truth[1].seq
            : a.field == QuizField::Flags               ? QStringLiteral("SYN")
                                                        : QStringLiteral("LISTEN"); // the SYN's sender is in SYN-SENT
        right += a.field == QuizField::ClientState ? 0 : 1;
        QVERIFY(typeInto(w, a.blank, typed));
    }
    QCOMPARE(right, 2);
    quiz->check();
    QCOMPARE(quiz->bar()->scoreText(), QStringLiteral("2 / %1").arg(quiz->session()->blankCount()));
    auto *score = quiz->bar()->findChild<QLabel *>(QStringLiteral("quizScore"));
    QTRY_VERIFY(score->width() >= score->sizeHint().width());
    saveShot(&w, QStringLiteral("quiz-handshake-checked-zh_CN"));
    quiz->endQuiz();

    w.findChild<QAction *>(QStringLiteral("actionPredictNext"))->trigger();
    ui::PredictPanel *panel = quiz->predictPanel();
    panel->findChild<QRadioButton *>(QStringLiteral("predictClient"))->setChecked(true);
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("predictFlags")), QStringLiteral("syn"));
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("predictSeq")), QStringLiteral("1"));
    QTest::keyClick(panel->findChild<QLineEdit *>(QStringLiteral("predictSeq")), Qt::Key_Return);
    QCOMPARE(w.ladderView()->stepThrough().revealed(), 1);
    QCOMPARE(panel->scoreText(), QStringLiteral("得分：3 / 4")); // Seq 1 is wrong: a SYN's relative Seq is 0
    saveShot(&w, QStringLiteral("quiz-predict-zh_CN"));
}

void TestQuizMode::cleanup()
{
    ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
}

QTEST_MAIN(TestQuizMode)
#include "tst_quizmode.moc"
