// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laddertextdiagram.h"
#include "mergedladderview.h"
#include "textdiagramexport.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace tcpladder::ui {

// "Copy as Mermaid" and "Copy as PlantUML": the current ladder's text on the clipboard, to paste into
// a Markdown file, a wiki or a thesis. Enabled whenever the action it is placed after is (the ladder
// image copy), so the window has one place that decides when a ladder can be copied.
class TextDiagramActions : public QObject
{
    Q_OBJECT

public:
    using LadderSource = std::function<core::SharedLadder()>;
    using OptionsSource = std::function<TextDiagramExportOptions()>;

    TextDiagramActions(LadderSource ladder, OptionsSource options, QObject *parent);
    // The merged two-capture ladder while the window shows it (else null): copied instead of the ladder.
    using MergedSource = std::function<std::shared_ptr<const MergedSession>()>;
    void setMergedSource(MergedSource merged) { m_merged = std::move(merged); }

    // Puts both actions into `menu` after `after`, enabled as `after` is.
    void addTo(QMenu *menu, QAction *after);
    QAction *copyMermaidAction() const { return m_mermaid; }
    QAction *copyPlantUmlAction() const { return m_plantUml; }

    // What the view shows (states, expanded runs): the File › Export of a text format writes the same.
    TextDiagramExportOptions options() const { return m_options(); }

    // The text of `format` on the clipboard; false (nothing copied) without a ladder.
    bool copy(core::TextDiagramFormat format);

signals:
    void copied(const QString &message); // for the status bar

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    LadderSource m_ladder;
    OptionsSource m_options;
    MergedSource m_merged;
    QAction *m_mermaid = nullptr;
    QAction *m_plantUml = nullptr;
};

} // namespace tcpladder::ui
