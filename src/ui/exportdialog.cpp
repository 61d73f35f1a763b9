// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "ui_exportdialog.h"

namespace tcpladder::ui {

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExportDialog>())
{
    ui->setupUi(this);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setOptions(const LadderExportOptions &options)
{
    ui->widthSpin->setValue(options.width);
    ui->scaleSpin->setValue(options.scale);
    ui->themeCombo->setCurrentIndex(options.theme == LadderThemeKind::Dark ? 1 : 0);
    m_expandedRuns = options.expandedRuns;
}

LadderExportOptions ExportDialog::options() const
{
    LadderExportOptions options;
    options.width = ui->widthSpin->value();
    options.scale = ui->scaleSpin->value();
    options.theme = ui->themeCombo->currentIndex() == 1 ? LadderThemeKind::Dark : LadderThemeKind::Light;
    options.expandedRuns = m_expandedRuns;
    return options;
}

ExportDialog::Format ExportDialog::format() const
{
    return ui->formatCombo->currentIndex() == 1 ? Format::Svg : Format::Png;
}

void ExportDialog::setFormat(Format format)
{
    ui->formatCombo->setCurrentIndex(format == Format::Svg ? 1 : 0);
}

QString ExportDialog::suffix() const
{
    return format() == Format::Svg ? QStringLiteral("svg") : QStringLiteral("png");
}

} // namespace tcpladder::ui
