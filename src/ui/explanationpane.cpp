// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationpane.h"

#include "explanationnote.h"
#include "languagemanager.h"
#include "mergedexplanation.h"
#include "mergedladderview.h"

#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace tcpladder::ui {

ExplanationPane::ExplanationPane(QWidget *parent)
    : QFrame(parent),
      m_noteJob(new NewestJob(this))
{
    m_noteJob->setObjectName(QStringLiteral("noteJob"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("explanationTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("explanationBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    clear();
}

namespace {

ExplanationPane::Note toNote(const core::ExplanationNote &note)
{
    ExplanationPane::Note out{QString::fromStdString(note.title), {}};
    for (const std::string &paragraph : note.paragraphs)
        out.paragraphs << QString::fromStdString(paragraph);
    return out;
}

} // namespace

ExplanationPane::Note ExplanationPane::noteForRow(const core::ConnectionLadder &ladder, int row)
{
    if (row < 0)
        return {};
    return toNote(core::explanationNoteForRow(ladder, static_cast<std::size_t>(row), explanationTranslator()));
}

ExplanationPane::Note ExplanationPane::noteForPhase(const core::ConnectionLadder &ladder, core::Phase phase,
                                                    std::uint32_t firstRow, std::uint32_t lastRow)
{
    return toNote(core::explanationNoteForPhase(ladder, phase, firstRow, lastRow, explanationTranslator()));
}

void ExplanationPane::showRow(const core::ConnectionLadder &ladder, int row)
{
    setNote(noteForRow(ladder, row));
}

void ExplanationPane::showRow(const core::SharedLadder &ladder, int row)
{
    if (!ladder || ladder->rows.size() < static_cast<std::size_t>(m_asyncRows))
        return ladder ? showRow(*ladder, row) : clear();
    m_noteJob->request([this, ladder, row]() -> std::function<void()> {
        auto note = std::make_shared<const Note>(noteForRow(*ladder, row));
        return [this, note] { setNote(*note); };
    });
}

void ExplanationPane::showMergedArrow(std::shared_ptr<const MergedSession> session, int arrow)
{
    if (!session || arrow < 0 || arrow >= static_cast<int>(session->layout->arrows.size())) {
        showHint(tr("Click an arrow of the merged ladder to see what the two captures show of it."));
        return;
    }
    m_noteJob->request([this, session = std::move(session), arrow]() -> std::function<void()> {
        auto note = std::make_shared<const Note>(toNote(core::mergedExplanationNote(
            *session->ladder, session->peer, session->layout->arrows[static_cast<std::size_t>(arrow)],
            explanationTranslator())));
        return [this, note] { setNote(*note); };
    });
}

void ExplanationPane::showPhase(const core::ConnectionLadder &ladder, core::Phase phase, std::uint32_t firstRow,
                                std::uint32_t lastRow)
{
    setNote(noteForPhase(ladder, phase, firstRow, lastRow));
}

void ExplanationPane::showHint(const QString &text)
{
    setNote({tr("Explanation"), {text}});
}

void ExplanationPane::clear()
{
    setNote({tr("Explanation"), {tr("Click an arrow or a phase bracket to see what it means in this connection.")}});
}

void ExplanationPane::setPresenterStyle(bool on)
{
    QFont base = font();
    const QFont app = QWidget().font();
    base.setPointSizeF(on ? app.pointSizeF() * 1.8 : app.pointSizeF());
    m_body->setFont(base);
    base.setBold(true);
    m_title->setFont(base);
    setStyleSheet(on ? QStringLiteral("tcpladder--ui--ExplanationPane { background: white; }"
                                      " QLabel { color: black; background: white; }")
                     : QString());
    setAutoFillBackground(on);
}

QSize ExplanationPane::minimumSizeHint() const
{
    QSize size = QFrame::minimumSizeHint();
    if (layout() && width() > 0) {
        const int cap = layout()->contentsMargins().top() + layout()->contentsMargins().bottom()
            + m_title->sizeHint().height() + 11 * m_body->fontMetrics().lineSpacing();
        size.setHeight(std::max(size.height(), std::min(layout()->heightForWidth(width()), cap)));
    }
    return size;
}

void ExplanationPane::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // the note wraps to another number of lines
}

QString ExplanationPane::title() const
{
    return m_note.title;
}

QString ExplanationPane::text() const
{
    return m_note.paragraphs.join(u'\n');
}

void ExplanationPane::setNote(const Note &note)
{
    m_noteJob->cancel(); // a note still being made is older than this one
    m_note = note;
    m_title->setText(note.title);
    QStringList html;
    for (const QString &paragraph : note.paragraphs)
        html << paragraph.toHtmlEscaped();
    m_body->setText(html.join(QStringLiteral("<br>")));
    updateGeometry();
    emit noteShown();
}

} // namespace tcpladder::ui
