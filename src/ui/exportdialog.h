// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace tcpladder::ui {

// Asks how to export a ladder: PNG, SVG or PDF, width, text scale, light or dark; or as text
// (Mermaid, PlantUML, LaTeX/TikZ, Markdown: textdiagramexport.h), which has no size or theme.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Pdf, Mermaid, PlantUml, Tex, Markdown };

    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What the dialog has no control for (expanded runs, states, textbook slant, language) is carried
    // through untouched, so the file shows what the view shows.
    void setOptions(const LadderExportOptions &options);
    LadderExportOptions options() const;

    Format format() const;
    void setFormat(Format format);
    QString suffix() const;     // "png", "svg", "pdf", "mmd", "puml", "tex" or "md", for the file dialog that follows
    QString fileFilter() const; // "PNG image (*.png)", ... for the same dialog

    // The ladder to be exported, to warn while PNG is chosen and would be too tall for viewers.
    void setLadder(const core::ConnectionLadder *ladder);
    bool pngTooTall() const;

private:
    std::unique_ptr<Ui::ExportDialog> ui;
    void updateTallWarning();
    void updateImageOptions();

    LadderExportOptions m_carried;
    const core::ConnectionLadder *m_ladder = nullptr; // the caller's, outlives the dialog
};

} // namespace tcpladder::ui
