// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizcommand.h"

#include "captureload.h"
#include "exportlanguage.h"
#include "quizexport.h"

#include <QGuiApplication>

namespace tcpladder::cli {

namespace {

struct QuizRequest
{
    core::QuizOptions quiz;
    QString sheet;
    QString key;
    QString language;
};

bool isHandoutName(const std::string &path)
{
    return core::quizHandoutFormatForPath(path).has_value();
}

// Every option is checked before the capture is read, so a typo fails at once.
std::optional<QuizRequest> parseRequest(const Arguments &args)
{
    QuizRequest request;
    const std::string hide = args.value("--hide").value_or("");
    const auto fields = core::parseQuizFields(hide);
    if (!fields) {
        printError("--hide needs a comma-separated list of seq, ack, len, flags, states, not '" + hide + "'");
        return std::nullopt;
    }
    request.quiz.hide = *fields;
    const std::string phase = args.value("--phase").value_or("all");
    const auto scope = core::parseQuizScope(phase);
    if (!scope) {
        printError("--phase is handshake, teardown or all, not '" + phase + "'");
        return std::nullopt;
    }
    request.quiz.scope = *scope;
    const auto output = args.value("-o");
    if (!output || !isHandoutName(*output)) {
        printError(output ? "the quiz must end in .pdf, .html or .md, not '" + *output + "'"
                          : "'quiz' needs -o QUIZ.pdf, -o QUIZ.html or -o QUIZ.md");
        return std::nullopt;
    }
    request.sheet = QString::fromStdString(*output);
    if (const auto answers = args.value("--answers")) {
        if (!isHandoutName(*answers)) {
            printError("the answer key must end in .pdf, .html or .md, not '" + *answers + "'");
            return std::nullopt;
        }
        request.key = QString::fromStdString(*answers);
    }
    const auto language = languageOption(args);
    if (!language)
        return std::nullopt;
    request.language = QString::fromStdString(*language);
    return request;
}

} // namespace

int runQuiz(const Arguments &args, int argc, char *argv[])
{
    std::optional<QuizRequest> request;
    CaptureLoad capture;
    const auto ladder = capture.loadStream(args, "quiz", [&] { return (request = parseRequest(args)).has_value(); });
    if (!ladder)
        return 1;

    // A PDF lays text out with real fonts: that needs an application object (QtGui only); the
    // offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication app(argc, argv);
    ui::LanguageCatalogue catalogue;
    const auto language = loadExportLanguage(catalogue, request->language);
    if (!language)
        return 1;
    ui::QuizExportOptions options;
    options.quiz = request->quiz;
    options.translate = language->translate;
    options.explanationTranslate = catalogue.explanations();
    options.fontFamilies = language->fontFamilies;
    QString error;
    if (!ui::exportQuiz(*ladder, request->sheet, request->key, options, &error)) {
        printError(error.toStdString());
        return 1;
    }
    printWarnings(capture.index());
    return 0;
}

} // namespace tcpladder::cli
