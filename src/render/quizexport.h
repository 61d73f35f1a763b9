// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A quiz's exercise sheet and answer key as files (core/quizhandout.h): Markdown, HTML or PDF by
// extension. What File › Export Quiz… and `tcpladder-cli quiz` both write.

#include "quizhandout.h"

#include <QString>
#include <QStringList>

namespace tcpladder::ui {

struct QuizExportOptions
{
    core::QuizOptions quiz;
    // Empty: the catalogues installed in the application (ladderTranslator(), explanationTranslator()).
    core::LadderTranslate translate;
    core::LadderTranslate explanationTranslate;
    QStringList fontFamilies; // the PDF's; empty: the application font's
};

// The handout (the sheet, or the key when `answerKey`) as the file `path`'s format holds it; for
// .pdf, the HTML the PDF is rendered from.
QString quizHandoutText(const core::ConnectionLadder &ladder, const QuizExportOptions &options, bool answerKey,
                        core::QuizHandoutFormat format);

// Writes the sheet to `sheetPath` and, unless `keyPath` is empty, the key to `keyPath`. Both names are
// checked before anything is written, and each file appears whole or not at all. False with a
// one-line *error on a name that is not .md, .html or .pdf, or a file that cannot be written.
bool exportQuiz(const core::ConnectionLadder &ladder, const QString &sheetPath, const QString &keyPath,
                const QuizExportOptions &options, QString *error = nullptr);

} // namespace tcpladder::ui
