// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz.h"
#include "streamreplay.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class QuizExportDialog;
}

namespace tcpladder::ui {

class NewestJob;

// File › Export Quiz… (issue 17): which fields to blank out, which phase, which language, and where
// the exercise sheet and its answer key go (.pdf, .html or .md). OK writes both off the GUI thread
// (a long connection is a long PDF) with the same code as `tcpladder-cli quiz`; the dialog closes
// when they are written, and stays open with the error when they cannot be.
class QuizExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `basePath`: the suggested names without their ending ("…/capture-stream3"); `language` the one
    // preselected ("en" or "zh_CN").
    QuizExportDialog(core::SharedLadder ladder, const QString &basePath, const QString &language,
                     QWidget *parent = nullptr);
    ~QuizExportDialog() override;

    core::QuizOptions quizOptions() const;
    QString language() const; // "en" or "zh_CN"
    QString sheetPath() const;
    QString keyPath() const; // empty: no key

    void accept() override;

private:
    void updateOkButton();
    void browse(QLineEdit *edit);
    void finished(const QString &error);

    std::unique_ptr<Ui::QuizExportDialog> ui;
    core::SharedLadder m_ladder;
    NewestJob *m_job;
    bool m_writing = false;
};

} // namespace tcpladder::ui
