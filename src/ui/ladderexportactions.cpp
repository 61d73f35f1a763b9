// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderexportactions.h"

#include "exportdialog.h"
#include "ladderview.h"
#include "languagemanager.h"
#include "mergedsessionexport.h"
#include "quizexportdialog.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>

#include <algorithm>

namespace tcpladder::ui {

LadderExportActions::LadderExportActions(const Actions &actions, TextDiagramActions::LadderSource ladder,
                                         const LadderView *view, CaptureSource capture, QWidget *dialogParent)
    : QObject(dialogParent),
      m_actions(actions),
      m_ladder(std::move(ladder)),
      m_view(view),
      m_capture(std::move(capture)),
      m_dialogParent(dialogParent)
{
    // What the view shows (states, expanded runs, unsaved notes): the text copies and exports write the same.
    m_text = new TextDiagramActions(
        m_ladder,
        [view] {
            TextDiagramExportOptions options;
            options.showStates = view->showStates();
            LadderExportOptions drawn = view->exportOptions(0);
            options.expandedRuns = std::move(drawn.expandedRuns);
            options.noteEdits = std::move(drawn.noteEdits);
            return options;
        },
        this);
    m_text->addTo(m_actions.menu, m_actions.copyImage);
    connect(m_text, &TextDiagramActions::copied, this, &LadderExportActions::succeeded);
    connect(m_actions.exportLadder, &QAction::triggered, this, &LadderExportActions::exportWithDialog);
    connect(m_actions.exportQuiz, &QAction::triggered, this, &LadderExportActions::exportQuizWithDialog);
    connect(m_actions.copyImage, &QAction::triggered, this, &LadderExportActions::copyImage);
    updateEnabled();
}

void LadderExportActions::setMergedSource(TextDiagramActions::MergedSource merged)
{
    m_merged = merged;
    m_text->setMergedSource(std::move(merged));
}

void LadderExportActions::updateEnabled()
{
    const core::SharedLadder ladder = m_ladder();
    const bool haveLadder = ladder && !ladder->rows.empty();
    for (QAction *action : {m_actions.exportLadder, m_actions.exportQuiz, m_actions.copyImage})
        action->setEnabled(haveLadder);
}

QString LadderExportActions::suggestedPath(const QString &ending, QStandardPaths::StandardLocation sampleFolder) const
{
    const CaptureFile capture = m_capture();
    const QString folder =
        capture.isSample ? QStandardPaths::writableLocation(sampleFolder) : QFileInfo(capture.path).absolutePath();
    const QString name = QStringLiteral("%1-stream%2%3")
                             .arg(QFileInfo(capture.path).completeBaseName())
                             .arg(m_ladder()->streamIndex)
                             .arg(ending);
    return QDir(folder).filePath(name);
}

void LadderExportActions::exportWithDialog()
{
    const core::SharedLadder ladder = m_ladder();
    if (!ladder)
        return;
    ExportDialog dialog(m_dialogParent);
    dialog.setOptions(m_view->exportOptions(1200));
    dialog.setLadder(&*ladder);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export Ladder"), suggestedPath(u'.' + dialog.suffix(), QStandardPaths::PicturesLocation),
        dialog.fileFilter());
    if (!path.isEmpty())
        exportTo(path, dialog.options());
}

bool LadderExportActions::exportTo(const QString &path, const LadderExportOptions &options)
{
    const core::SharedLadder ladder = m_ladder();
    if (!ladder)
        return false;
    QString error;
    const bool text = core::textDiagramFormatForPath(path.toStdString()).has_value();
    const auto merged = m_merged ? m_merged() : nullptr; // the ladder the window shows
    const bool written = merged ? exportMergedSession(*merged, path, options, &error)
        : text                  ? exportLadderText(*ladder, path, m_text->options(), &error)
                                : exportLadder(*ladder, path, options, &error);
    if (!written) {
        emit failed(tr("Could not export the ladder: %1").arg(error));
        return false;
    }
    emit succeeded(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LadderExportActions::exportQuizWithDialog()
{
    const core::SharedLadder ladder = m_ladder();
    if (!ladder)
        return;
    QuizExportDialog dialog(ladder, suggestedPath({}, QStandardPaths::DocumentsLocation),
                            LanguageManager::instance()->language(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        emit succeeded(tr("Saved %1").arg(QDir::toNativeSeparators(dialog.sheetPath())));
}

bool LadderExportActions::copyImage()
{
    if (!m_ladder())
        return false;
    const QImage image = m_view->renderImage(std::max(1000, m_view->viewport()->width()));
    if (image.isNull()) {
        emit failed(tr("The ladder is too long to copy as one image; export it as SVG instead."));
        return false;
    }
    QGuiApplication::clipboard()->setImage(image);
    emit succeeded(tr("Ladder image copied (%1 × %2 px)").arg(image.width()).arg(image.height()));
    return true;
}

} // namespace tcpladder::ui
