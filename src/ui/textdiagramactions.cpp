// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiagramactions.h"

#include "mergedsessionexport.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>

namespace tcpladder::ui {

TextDiagramActions::TextDiagramActions(LadderSource ladder, OptionsSource options, QObject *parent)
    : QObject(parent),
      m_ladder(std::move(ladder)),
      m_options(std::move(options)),
      m_mermaid(new QAction(this)),
      m_plantUml(new QAction(this))
{
    m_mermaid->setObjectName(QStringLiteral("actionCopyMermaid"));
    m_plantUml->setObjectName(QStringLiteral("actionCopyPlantUml"));
    connect(m_mermaid, &QAction::triggered, this, [this] { copy(core::TextDiagramFormat::Mermaid); });
    connect(m_plantUml, &QAction::triggered, this, [this] { copy(core::TextDiagramFormat::PlantUml); });
    retranslate();
}

void TextDiagramActions::addTo(QMenu *menu, QAction *after)
{
    const auto actions = menu->actions();
    const qsizetype at = actions.indexOf(after);
    QAction *before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
    menu->insertActions(before, {m_mermaid, m_plantUml});
    const auto follow = [this, after] {
        m_mermaid->setEnabled(after->isEnabled());
        m_plantUml->setEnabled(after->isEnabled());
    };
    connect(after, &QAction::changed, this, follow);
    follow();
    menu->installEventFilter(this); // LanguageChange reaches the menu, not a QObject like this one
}

bool TextDiagramActions::copy(core::TextDiagramFormat format)
{
    const core::SharedLadder ladder = m_ladder();
    if (!ladder)
        return false;
    const auto merged = m_merged ? m_merged() : nullptr;
    const TextDiagramExportOptions options = m_options();
    QGuiApplication::clipboard()->setText(merged ? mergedSessionText(*merged, format, options.noteEdits)
                                                 : ladderTextDiagram(*ladder, format, options));
    emit copied(format == core::TextDiagramFormat::Mermaid ? tr("Ladder copied as Mermaid text")
                                                           : tr("Ladder copied as PlantUML text"));
    return true;
}

void TextDiagramActions::retranslate()
{
    m_mermaid->setText(tr("Copy as &Mermaid"));
    m_mermaid->setStatusTip(tr("Copy the ladder as a Mermaid sequence diagram, for Markdown pages and wikis"));
    m_plantUml->setText(tr("Copy as &PlantUML"));
    m_plantUml->setStatusTip(tr("Copy the ladder as a PlantUML sequence diagram"));
}

bool TextDiagramActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace tcpladder::ui
