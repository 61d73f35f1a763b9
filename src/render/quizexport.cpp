// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizexport.h"

#include "languagecatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace tcpladder::ui {

namespace {

// The HTML page laid out by Qt's rich-text engine on landscape A4 (nine columns need the width).
void writePdf(QSaveFile &file, const QString &html, const QString &title, const QStringList &fontFamilies)
{
    QPdfWriter pdf(&file);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("TCP Ladder"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    QTextDocument document;
    QFont font = QGuiApplication::font();
    if (!fontFamilies.isEmpty())
        font.setFamilies(fontFamilies);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(&pdf);
}

bool writeHandout(const core::ConnectionLadder &ladder, const QString &path, const QuizExportOptions &options,
                  bool answerKey, QString *error)
{
    const auto format = core::quizHandoutFormatForPath(path.toStdString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("QuizExport", "cannot write %1: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QString text = quizHandoutText(ladder, options, answerKey, *format);
    if (*format == core::QuizHandoutFormat::Pdf)
        writePdf(file, text, QFileInfo(path).completeBaseName(), options.fontFamilies);
    else
        file.write(text.toUtf8());
    if (!file.commit()) {
        *error = QCoreApplication::translate("QuizExport", "cannot write %1: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString quizHandoutText(const core::ConnectionLadder &ladder, const QuizExportOptions &options, bool answerKey,
                        core::QuizHandoutFormat format)
{
    core::QuizHandoutOptions handoutOptions;
    handoutOptions.quiz = options.quiz;
    handoutOptions.answerKey = answerKey;
    handoutOptions.translate = options.translate ? options.translate : ladderTranslator();
    handoutOptions.explanationTranslate =
        options.explanationTranslate ? options.explanationTranslate : explanationTranslator();
    const core::QuizHandout handout = core::buildQuizHandout(ladder, handoutOptions);
    return QString::fromStdString(format == core::QuizHandoutFormat::Markdown ? core::writeQuizMarkdown(handout)
                                                                              : core::writeQuizHtml(handout));
}

bool exportQuiz(const core::ConnectionLadder &ladder, const QString &sheetPath, const QString &keyPath,
                const QuizExportOptions &options, QString *error)
{
    QString message;
    const auto notAHandout = [&message](const QString &path) {
        if (core::quizHandoutFormatForPath(path.toStdString()))
            return false;
        message = QCoreApplication::translate("QuizExport", "%1 is not a .pdf, .html or .md file")
                      .arg(path.isEmpty() ? QStringLiteral("\"\"") : QFileInfo(path).fileName());
        return true;
    };
    if (!notAHandout(sheetPath) && !keyPath.isEmpty())
        notAHandout(keyPath);
    if (message.isEmpty() && !keyPath.isEmpty()
        && QFileInfo(keyPath).absoluteFilePath() == QFileInfo(sheetPath).absoluteFilePath())
        message = QCoreApplication::translate("QuizExport", "the answer key would overwrite the exercise sheet");
    const bool ok = message.isEmpty() && writeHandout(ladder, sheetPath, options, false, &message)
        && (keyPath.isEmpty() || writeHandout(ladder, keyPath, options, true, &message));
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace tcpladder::ui
