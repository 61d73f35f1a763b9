// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"

#include <QDialog>

#include <cstdint>
#include <memory>
#include <set>

namespace Ui {
class ExportDialog;
}

namespace tcpladder::ui {

// Asks how to export a ladder: PNG or SVG, width, text scale, light or dark.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Png, Svg };

    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Expanded runs are carried through untouched: the dialog has no control for them.
    void setOptions(const LadderExportOptions &options);
    LadderExportOptions options() const;

    Format format() const;
    void setFormat(Format format);
    QString suffix() const; // "png" or "svg", for the file dialog that follows

private:
    std::unique_ptr<Ui::ExportDialog> ui;
    std::set<std::uint32_t> m_expandedRuns;
};

} // namespace tcpladder::ui
