// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizoverlay.h"

#include "ladderview.h"
#include "quizsession.h"

#include <QKeyEvent>
#include <QLineEdit>

#include <algorithm>
#include <set>

namespace tcpladder::ui {

namespace {
const char *const BlankProperty = "quizBlank";
const char *const MarkProperty = "quizMark";
} // namespace

QuizOverlay::QuizOverlay(LadderView *view, QuizSession *session, QObject *parent)
    : QObject(parent),
      m_view(view),
      m_session(session)
{
    connect(m_session, &QuizSession::started, this, &QuizOverlay::onStarted);
    connect(m_session, &QuizSession::stopped, this, &QuizOverlay::onStopped);
    connect(m_session, &QuizSession::checkedChanged, this, [this] {
        for (const auto &[blank, field] : m_fields)
            if (field)
                showState(field, blank);
    });
    connect(m_view, &LadderView::viewMoved, this, &QuizOverlay::place);
    connect(m_view, &LadderView::stepChanged, this, &QuizOverlay::place);
}

QLineEdit *QuizOverlay::field(int blank) const
{
    const auto it = m_fields.find(blank);
    return it == m_fields.end() ? nullptr : it->second.data();
}

QString QuizOverlay::markOf(const QLineEdit *field)
{
    return field ? field->property(MarkProperty).toString() : QString();
}

void QuizOverlay::onStarted()
{
    onStopped();
    m_view->setQuizMask(m_session->mask());
    place();
}

void QuizOverlay::onStopped()
{
    for (auto &[blank, field] : m_fields)
        delete field.data();
    m_fields.clear();
    m_view->setQuizMask({});
}

void QuizOverlay::place()
{
    if (!m_session->isReady()) {
        onStopped();
        return;
    }
    const core::LadderLayout &layout = m_view->layout();
    const QPointF offset = m_view->viewportOffset();
    const QRect viewport = m_view->viewport()->rect();
    // The header stays pinned over the rows once scrolled: a field under it would float over it.
    const double top = -offset.y() + (offset.y() < 0 ? layout.headerHeight() : 0.0);
    const double bottom = -offset.y() + viewport.height();
    const QuizLabelGeometry geometry(m_view->ladderFont());
    std::set<int> inSight;
    const auto [first, last] = layout.itemRange(top, bottom);
    for (std::size_t index = first; index < last; ++index) {
        const core::LadderItem item = layout.item(index);
        const auto &rowBlanks = m_session->blanksOfRow(item.row);
        if (rowBlanks.empty() || item.kind != core::LadderItemKind::Segment
            || (m_view->isStepping() && !m_view->stepThrough().isRevealed(static_cast<int>(item.row))))
            continue;
        for (const QuizLabelPiece &piece : geometry.blanks(layout, item, m_session->mask())) {
            const auto blank = std::find_if(rowBlanks.begin(), rowBlanks.end(), [&](int b) {
                return m_session->quiz().blanks[static_cast<std::size_t>(b)].field == *piece.blank;
            });
            const QRectF rect = piece.rect.translated(offset);
            // Below the viewport the field is clipped like the row; under the pinned header it would cover it.
            if (blank == rowBlanks.end() || rect.top() < top + offset.y())
                continue;
            QLineEdit *field = this->field(*blank);
            if (!field)
                field = makeField(*blank);
            field->setFont(m_view->ladderFont());
            // A wrong answer's correction may be wider than its box: the client's state grows away from
            // its lifeline (to the left), the rest to the right, kept inside the viewport.
            const int width = std::max(static_cast<int>(rect.width()),
                                       field->fontMetrics().horizontalAdvance(field->text()) + field->height() / 2);
            const QRect box = rect.toRect();
            int x = *piece.blank == core::QuizField::ClientState ? box.right() + 1 - width : box.left();
            x = std::max(0, std::min(x, viewport.width() - width));
            field->setGeometry(QRect(QPoint(x, box.top()), QSize(width, box.height())));
            field->show();
            inSight.insert(*blank);
        }
    }
    for (auto it = m_fields.begin(); it != m_fields.end();) {
        if (inSight.count(it->first) == 0) {
            delete it->second.data();
            it = m_fields.erase(it);
        } else {
            ++it;
        }
    }
}

QLineEdit *QuizOverlay::makeField(int blank)
{
    auto *field = new QLineEdit(m_view->viewport());
    field->setObjectName(QStringLiteral("quizBlank%1").arg(m_session->quiz().blanks[blank].number));
    field->setProperty(BlankProperty, blank);
    field->setAlignment(Qt::AlignCenter);
    field->setFrame(true);
    field->installEventFilter(this);
    connect(field, &QLineEdit::textEdited, this,
            [this, blank](const QString &text) { m_session->setAnswer(blank, text); });
    m_fields[blank] = field;
    showState(field, blank);
    return field;
}

void QuizOverlay::showState(QLineEdit *field, int blank) const
{
    const QString typed = m_session->answer(blank);
    const core::QuizBlank &asked = m_session->quiz().blanks[static_cast<std::size_t>(blank)];
    QString mark;
    QString text = typed;
    // Thin frames and no padding: the field must show its digits inside the box the ladder leaves,
    // which is one text line high. Green or red whatever the theme, to read on a projector too.
    QString style = QStringLiteral("QLineEdit { border: 1px solid #6f7f90; border-radius: 3px; padding: 0px 2px; }");
    if (m_session->isChecked()) {
        const bool right = m_session->isRight(blank);
        mark = right ? QStringLiteral("right") : QStringLiteral("wrong");
        const QString answer = QString::fromStdString(asked.answer);
        style = right ? QStringLiteral("QLineEdit { background: #d8f5d0; color: #14501e; border: 2px solid #2e9b3e; "
                                       "border-radius: 3px; padding: 0px 2px; }")
                      : QStringLiteral("QLineEdit { background: #fbdcdc; color: #7a1010; border: 2px solid #c62828; "
                                       "border-radius: 3px; padding: 0px 2px; }");
        // A wrong field shows the right value (in red); what was typed is in its tooltip and comes
        // back with Try Again. Both at once would not fit the box the label leaves.
        if (!right)
            text = answer;
        field->setToolTip(right ? tr("Right")
                              : typed.trimmed().isEmpty()
                              ? tr("Left empty; the right value is %1").arg(answer)
                              : tr("You typed %1; the right value is %2").arg(typed.trimmed(), answer));
    } else {
        field->setToolTip(tr("Blank (%1): type the value, Tab for the next, Enter to check").arg(asked.number));
    }
    field->setReadOnly(m_session->isChecked());
    field->setText(text);
    field->setCursorPosition(0);
    field->setStyleSheet(style);
    field->setProperty(MarkProperty, mark);
}

void QuizOverlay::focusFirst()
{
    if (!m_fields.empty() && m_fields.begin()->second)
        m_fields.begin()->second->setFocus(Qt::TabFocusReason);
}

void QuizOverlay::focusNext(QLineEdit *from, bool forward)
{
    // Left to right as the row reads (the client's state, the label, the server's state), then the
    // next row's: that is not the blanks' numbering, which follows the fields' order.
    const auto rank = [](core::QuizField field) {
        switch (field) {
        case core::QuizField::ClientState:
            return 0;
        case core::QuizField::Flags:
            return 1;
        case core::QuizField::Seq:
            return 2;
        case core::QuizField::Ack:
            return 3;
        case core::QuizField::Len:
            return 4;
        case core::QuizField::ServerState:
            return 5;
        }
        return 6;
    };
    const auto &blanks = m_session->quiz().blanks;
    const auto key = [&](int blank) {
        const core::QuizBlank &b = blanks[static_cast<std::size_t>(blank)];
        return std::pair(b.row, rank(b.field));
    };
    std::vector<int> order;
    const int current = from->property(BlankProperty).toInt();
    // A row has at most six blanks, so the next one, in this row or a neighbour, is this close.
    const int first = std::max(0, current - 8);
    const int end = std::min(m_session->blankCount(), current + 9);
    for (int b = first; b < end; ++b)
        order.push_back(b);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    auto it = std::find(order.begin(), order.end(), current);
    int next = -1;
    if (forward && std::next(it) != order.end())
        next = *std::next(it);
    else if (!forward && it != order.begin())
        next = *std::prev(it);
    if (next < 0)
        return; // the first or the last blank: Tab stays
    if (!field(next))
        m_view->setCurrentRow(static_cast<int>(blanks[static_cast<std::size_t>(next)].row)); // scrolls it in
    if (QLineEdit *target = field(next))
        target->setFocus(Qt::TabFocusReason);
}

bool QuizOverlay::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QLineEdit *>(watched);
    if (!field)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        const int blank = field->property(BlankProperty).toInt();
        emit rowChosen(static_cast<int>(m_session->quiz().blanks[static_cast<std::size_t>(blank)].row));
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Tab stays among the blanks (in blank order, which is row order) instead of leaving the ladder.
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            focusNext(field, key->key() == Qt::Key_Tab);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit checkRequested();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tcpladder::ui
