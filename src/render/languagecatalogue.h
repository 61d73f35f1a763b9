// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laddertranslate.h"

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace tcpladder::ui {

// The language a ladder is drawn in, handed to the painter as a value: the translation of its texts
// (context "LadderText") and the font families that have its glyphs. The view passes what the
// application has installed; the CLI passes its --lang without installing anything.
struct LadderLanguage
{
    core::LadderTranslate translate; // empty: the English source texts
    QStringList fontFamilies;        // empty: the application font's families
};

// One built-in catalogue (:/i18n/tcpladder_<language>.qm) used without installing it.
class LanguageCatalogue
{
public:
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

    // False for a language that is not built in.
    bool load(const QString &language);
    const QString &language() const { return m_language; }
    QTranslator &translator() { return m_translator; }

    // Valid while the catalogue lives.
    core::LadderTranslate ladderTexts() const;
    core::LadderTranslate explanations() const;
    // The ladder's texts and, for Chinese, the application font followed by a face with Chinese glyphs
    // (so Latin text looks the same as in English).
    LadderLanguage ladderLanguage() const;

private:
    QTranslator m_translator;
    QString m_language;
};

// Translators through the catalogues installed in the application (QCoreApplication::translate).
core::LadderTranslate ladderTranslator();      // context "LadderText"
core::LadderTranslate explanationTranslator(); // context "Explanation" (core/explanationnote.h)
LadderLanguage installedLadderLanguage();      // ladderTranslator(), the application font

// A font family with Chinese glyphs (Noto CJK, WenQuanYi, ...), empty when the system has none.
QString cjkFontFamily();

} // namespace tcpladder::ui
