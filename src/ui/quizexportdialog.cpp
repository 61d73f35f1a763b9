// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizexportdialog.h"

#include "languagecatalogue.h"
#include "newestjob.h"
#include "quizexport.h"
#include "ui_quizexportdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <algorithm>

namespace tcpladder::ui {

QuizExportDialog::QuizExportDialog(core::SharedLadder ladder, const QString &basePath, const QString &language,
                                   QWidget *parent)
    : QDialog(parent),
      ui(std::make_unique<Ui::QuizExportDialog>()),
      m_ladder(std::move(ladder)),
      m_job(new NewestJob(this))
{
    ui->setupUi(this);
    ui->sheetEdit->setText(basePath + QStringLiteral("-quiz.pdf"));
    ui->keyEdit->setText(basePath + QStringLiteral("-key.pdf"));
    ui->languageCombo->setCurrentIndex(language == QLatin1String("zh_CN") ? 1 : 0);
    for (QCheckBox *check : {ui->seqCheck, ui->ackCheck, ui->lenCheck, ui->flagsCheck, ui->statesCheck, ui->keyCheck})
        connect(check, &QCheckBox::toggled, this, &QuizExportDialog::updateOkButton);
    for (QLineEdit *edit : {ui->sheetEdit, ui->keyEdit})
        connect(edit, &QLineEdit::textChanged, this, &QuizExportDialog::updateOkButton);
    connect(ui->keyCheck, &QCheckBox::toggled, ui->keyEdit, &QWidget::setEnabled);
    connect(ui->keyCheck, &QCheckBox::toggled, ui->keyBrowse, &QWidget::setEnabled);
    connect(ui->sheetBrowse, &QPushButton::clicked, this, [this] { browse(ui->sheetEdit); });
    connect(ui->keyBrowse, &QPushButton::clicked, this, [this] { browse(ui->keyEdit); });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QuizExportDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QuizExportDialog::reject);
    updateOkButton();
}

QuizExportDialog::~QuizExportDialog() = default;

core::QuizOptions QuizExportDialog::quizOptions() const
{
    core::QuizOptions options;
    const std::pair<QCheckBox *, core::QuizField> fields[] = {{ui->seqCheck, core::QuizField::Seq},
                                                              {ui->ackCheck, core::QuizField::Ack},
                                                              {ui->lenCheck, core::QuizField::Len},
                                                              {ui->flagsCheck, core::QuizField::Flags},
                                                              {ui->statesCheck, core::QuizField::ClientState},
                                                              {ui->statesCheck, core::QuizField::ServerState}};
    for (const auto &[check, field] : fields)
        if (check->isChecked())
            options.hide.push_back(field);
    const core::QuizScope scopes[] = {core::QuizScope::All, core::QuizScope::Handshake, core::QuizScope::Teardown};
    options.scope = scopes[std::clamp(ui->phaseCombo->currentIndex(), 0, 2)];
    return options;
}

QString QuizExportDialog::language() const
{
    return ui->languageCombo->currentIndex() == 1 ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString QuizExportDialog::sheetPath() const
{
    return ui->sheetEdit->text().trimmed();
}

QString QuizExportDialog::keyPath() const
{
    return ui->keyCheck->isChecked() ? ui->keyEdit->text().trimmed() : QString();
}

void QuizExportDialog::updateOkButton()
{
    const bool ready = !quizOptions().hide.empty() && !sheetPath().isEmpty()
        && (!ui->keyCheck->isChecked() || !keyPath().isEmpty()) && !m_writing;
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void QuizExportDialog::browse(QLineEdit *edit)
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), edit->text(),
                                                      tr("PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void QuizExportDialog::accept()
{
    if (!m_ladder || !ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // The catalogue is loaded here and handed to the job, which reads it on its own thread; the
    // font with Chinese glyphs is looked up here too, where the font database lives.
    auto catalogue = std::make_shared<LanguageCatalogue>();
    catalogue->load(language());
    QuizExportOptions options;
    options.quiz = quizOptions();
    options.translate = catalogue->ladderTexts();
    options.explanationTranslate = catalogue->explanations();
    options.fontFamilies = catalogue->ladderLanguage().fontFamilies;
    m_writing = true;
    ui->statusLabel->setText(tr("Writing…"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_job->request([ladder = m_ladder, catalogue, options, sheet = sheetPath(), key = keyPath(), this] {
        QString error;
        exportQuiz(*ladder, sheet, key, options, &error);
        return std::function<void()>([this, error] { finished(error); });
    });
}

void QuizExportDialog::finished(const QString &error)
{
    m_writing = false;
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    ui->statusLabel->setText(tr("Could not export the quiz: %1").arg(error));
    updateOkButton();
}

} // namespace tcpladder::ui
