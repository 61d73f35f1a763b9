// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <algorithm>

namespace tcpladder::ui {

namespace {

// The theme combo box's entries, in order.
constexpr LadderThemeKind themeKinds[] = {LadderThemeKind::Light, LadderThemeKind::Dark, LadderThemeKind::HighContrast};

int themeIndex(LadderThemeKind kind)
{
    const auto *found = std::find(std::begin(themeKinds), std::end(themeKinds), kind);
    return found == std::end(themeKinds) ? 0 : static_cast<int>(found - std::begin(themeKinds));
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::ExportDialog>())
{
    ui->setupUi(this);
    ui->widthSpin->setRange(minExportWidth, maxExportWidth);
    // After Light and Dark (forms/exportdialog.ui): presenter mode's theme, exported as it is shown.
    ui->themeCombo->addItem(tr("High contrast (presenter)"));
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateTallWarning);
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateImageOptions);
    connect(ui->widthSpin, &QSpinBox::valueChanged, this, &ExportDialog::updateTallWarning);
    connect(ui->scaleSpin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateTallWarning);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setOptions(const LadderExportOptions &options)
{
    ui->widthSpin->setValue(options.width);
    ui->scaleSpin->setValue(options.scale);
    ui->themeCombo->setCurrentIndex(themeIndex(options.theme));
    m_carried = options;
    updateTallWarning();
}

LadderExportOptions ExportDialog::options() const
{
    LadderExportOptions options = m_carried;
    options.width = ui->widthSpin->value();
    options.scale = ui->scaleSpin->value();
    options.theme = themeKinds[std::clamp(ui->themeCombo->currentIndex(), 0, 2)];
    return options;
}

// The combo box lists the formats in the enum's order (forms/exportdialog.ui).
ExportDialog::Format ExportDialog::format() const
{
    return static_cast<Format>(std::max(0, ui->formatCombo->currentIndex()));
}

void ExportDialog::setFormat(Format format)
{
    ui->formatCombo->setCurrentIndex(static_cast<int>(format));
}

QString ExportDialog::suffix() const
{
    switch (format()) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Mermaid:
        return QStringLiteral("mmd");
    case Format::PlantUml:
        return QStringLiteral("puml");
    case Format::Tex:
        return QStringLiteral("tex");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Png:
        break;
    }
    return QStringLiteral("png");
}

QString ExportDialog::fileFilter() const
{
    switch (format()) {
    case Format::Svg:
        return tr("SVG drawing (*.svg)");
    case Format::Pdf:
        return tr("PDF document (*.pdf)");
    case Format::Mermaid:
        return tr("Mermaid diagram (*.mmd)");
    case Format::PlantUml:
        return tr("PlantUML diagram (*.puml)");
    case Format::Tex:
        return tr("LaTeX document (*.tex)");
    case Format::Markdown:
        return tr("Markdown document (*.md)");
    case Format::Png:
        break;
    }
    return tr("PNG image (*.png)");
}

void ExportDialog::setLadder(const core::ConnectionLadder *ladder)
{
    m_ladder = ladder;
    updateTallWarning();
}

bool ExportDialog::pngTooTall() const
{
    return m_ladder && format() == Format::Png && ladderImageHeight(*m_ladder, options()) > viewerImageHeightLimit;
}

// Said while the choice can still change: a PNG past the limit opens in few viewers, a PDF in all.
void ExportDialog::updateTallWarning()
{
    const bool tall = pngTooTall();
    if (tall)
        ui->tallLabel->setText(tr("This PNG would be %1 pixels tall; many image viewers refuse images taller than %2 "
                                  "pixels. Choose PDF for pages that any viewer opens.")
                                   .arg(ladderImageHeight(*m_ladder, options()))
                                   .arg(viewerImageHeightLimit));
    ui->tallLabel->setVisible(tall);
}

// A text has no pixels, text scale or colours: those fields only apply to the drawn formats.
void ExportDialog::updateImageOptions()
{
    const bool image = format() == Format::Png || format() == Format::Svg || format() == Format::Pdf;
    for (QWidget *widget : {static_cast<QWidget *>(ui->widthSpin), static_cast<QWidget *>(ui->scaleSpin),
                            static_cast<QWidget *>(ui->themeCombo)})
        widget->setEnabled(image);
}

} // namespace tcpladder::ui
