// SPDX-License-Identifier: GPL-3.0-or-later
// Quiz mode's labels: a hidden value becomes a box that tells nothing about it (same width, nothing
// of it drawn), the rest of the label stays where the ladder put it, and the label's parts are the
// ladder's own label.
#include "../core/ladderfixture.h"
#include "ladderpainter.h"
#include "quizlabels.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace tcpladder;
using core::QuizField;

namespace {

constexpr auto c2s = core::Direction::ClientToServer;
constexpr auto s2c = core::Direction::ServerToClient;

// A handshake whose SYN-ACK carries `serverSeq` as its (relative) Seq: only that number differs.
core::ConnectionLadder handshake(std::uint32_t serverSeq)
{
    ladderfixture::Builder b;
    b.add(c2s, core::FlagSyn, 0, 0, 0);
    b.add(s2c, core::FlagSyn | core::FlagAck, serverSeq, 1, 0);
    b.add(c2s, core::FlagAck, 1, serverSeq + 1, 0);
    return b.finish();
}

QImage render(const core::ConnectionLadder &ladder, const ui::QuizMask *mask)
{
    ui::LadderPainter painter;
    painter.setQuizMask(mask);
    const auto layout = core::layoutLadder(ladder, painter.layoutOptions(900));
    QImage image(900, static_cast<int>(layout.height()), QImage::Format_RGB32);
    QPainter p(&image);
    painter.paint(p, layout, QRectF(0, 0, 900, layout.height()));
    return image;
}

ui::QuizMask hiding(const core::ConnectionLadder &ladder, std::uint32_t row, std::initializer_list<QuizField> fields)
{
    ui::QuizMask mask;
    for (const QuizField field : fields)
        mask.hide(row, ladder.rows[row].segment, field);
    return mask;
}

} // namespace

class TestQuizLabels : public QObject
{
    Q_OBJECT

private slots:
    void partsAreTheLabel();
    void hiddenValueIsNeverDrawn();
    void blankWidthTellsNothing();
    void blanksReadLeftToRight();
};

void TestQuizLabels::partsAreTheLabel()
{
    const auto ladder = handshake(0);
    QString joined;
    for (const auto &part : core::segmentLabelParts(ladder.rows[1].segment, false))
        joined += QString::fromStdString(part.text);
    QCOMPARE(joined, QStringLiteral("[SYN, ACK] Seq=0 Ack=1 Len=0"));
    QCOMPARE(joined.toStdString(), core::segmentLabel(ladder.rows[1].segment, false));
    // The SYN has no ACK flag: no Ack part to hide.
    for (const auto &part : core::segmentLabelParts(ladder.rows[0].segment, false))
        QVERIFY(part.kind != core::LabelPartKind::Ack);
}

void TestQuizLabels::hiddenValueIsNeverDrawn()
{
    // Seq 0 and Seq 123456 in the SYN-ACK's label: shown, the pictures differ; hidden, they must not
    // (the next row's Ack, which would tell, is hidden too).
    const auto small = handshake(0);
    const auto large = handshake(123455);
    QVERIFY(render(small, nullptr) != render(large, nullptr));
    ui::QuizMask smallMask = hiding(small, 1, {QuizField::Seq});
    smallMask.hide(2, small.rows[2].segment, QuizField::Ack);
    ui::QuizMask largeMask = hiding(large, 1, {QuizField::Seq});
    largeMask.hide(2, large.rows[2].segment, QuizField::Ack);
    QCOMPARE(render(small, &smallMask), render(large, &largeMask));
    // And the box is drawn: the quizzed picture is not the plain one.
    QVERIFY(render(small, &smallMask) != render(small, nullptr));
}

void TestQuizLabels::blankWidthTellsNothing()
{
    const auto small = handshake(0);
    const auto large = handshake(123455);
    ui::LadderPainter painter;
    const ui::QuizLabelGeometry geometry(painter.font());
    const auto boxes = [&](const core::ConnectionLadder &ladder) {
        const auto layout = core::layoutLadder(ladder, painter.layoutOptions(900));
        const auto mask = hiding(ladder, 1, {QuizField::Seq});
        return geometry.blanks(layout, layout.item(*layout.itemForRow(1)), mask);
    };
    const auto a = boxes(small);
    const auto b = boxes(large);
    QCOMPARE(a.size(), std::size_t(1));
    QCOMPARE(b.size(), std::size_t(1));
    QCOMPARE(a.front().rect.width(), b.front().rect.width());
    // Wide enough for any 32-bit relative Seq a student may type in eight digits or fewer.
    QVERIFY(a.front().rect.width() >= QFontMetricsF(painter.font()).horizontalAdvance(QStringLiteral("12345678")));
}

void TestQuizLabels::blanksReadLeftToRight()
{
    const auto ladder = handshake(0);
    ui::LadderPainter painter;
    const ui::QuizLabelGeometry geometry(painter.font());
    const auto layout = core::layoutLadder(ladder, painter.layoutOptions(900));
    const auto mask = hiding(ladder, 1,
                             {QuizField::Seq, QuizField::Ack, QuizField::Len, QuizField::Flags, QuizField::ClientState,
                              QuizField::ServerState});
    const auto item = layout.item(*layout.itemForRow(1));
    const auto blanks = geometry.blanks(layout, item, mask);
    QCOMPARE(blanks.size(), std::size_t(6));
    const QuizField order[] = {QuizField::ClientState, QuizField::Flags, QuizField::Seq,
                               QuizField::Ack,         QuizField::Len,   QuizField::ServerState};
    for (std::size_t i = 0; i < blanks.size(); ++i) {
        QCOMPARE(static_cast<int>(*blanks[i].blank), static_cast<int>(order[i]));
        if (i > 0) // left to right, never overlapping
            QVERIFY(blanks[i].rect.left() >= blanks[i - 1].rect.right() - 0.5);
    }
    // The states sit outside the lifelines, the label's blanks between them.
    QVERIFY(blanks.front().rect.right() <= layout.client().x);
    QVERIFY(blanks.back().rect.left() >= layout.server().x);
    for (std::size_t i = 1; i + 1 < blanks.size(); ++i) {
        QVERIFY(blanks[i].rect.left() > layout.client().x);
        QVERIFY(blanks[i].rect.right() < layout.server().x);
    }
}

QTEST_MAIN(TestQuizLabels)
#include "tst_quizlabels.moc"
