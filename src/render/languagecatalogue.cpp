// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecatalogue.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>

// Q_INIT_RESOURCE must be used outside any namespace; the .qm files are in a static library.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(tcpladder_translations);
}

namespace tcpladder::ui {

namespace {

core::LadderTranslate installedTranslator(const char *context)
{
    return [context](const char *source, const char *comment, int n) {
        return QCoreApplication::translate(context, source, comment, n).toStdString();
    };
}

} // namespace

bool LanguageCatalogue::load(const QString &language)
{
    initTranslationResources();
    if (!languages().contains(language) || !m_translator.load(QStringLiteral(":/i18n/tcpladder_%1.qm").arg(language)))
        return false;
    m_language = language;
    return true;
}

core::LadderTranslate LanguageCatalogue::ladderTexts() const
{
    return [this](const char *source, const char *comment, int n) {
        return m_translator.translate("LadderText", source, comment, n).toStdString();
    };
}

core::LadderTranslate LanguageCatalogue::explanations() const
{
    return [this](const char *source, const char *comment, int n) {
        return m_translator.translate("Explanation", source, comment, n).toStdString();
    };
}

LadderLanguage LanguageCatalogue::ladderLanguage() const
{
    LadderLanguage language{ladderTexts(), {}};
    const QString cjk = m_language == QLatin1String("zh_CN") ? cjkFontFamily() : QString();
    if (!cjk.isEmpty())
        language.fontFamilies = {QGuiApplication::font().family(), cjk};
    return language;
}

core::LadderTranslate ladderTranslator()
{
    return installedTranslator("LadderText");
}

core::LadderTranslate explanationTranslator()
{
    return installedTranslator("Explanation");
}

LadderLanguage installedLadderLanguage()
{
    return {ladderTranslator(), {}};
}

QString cjkFontFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    // Sans faces made for screens first; then anything that claims simplified Chinese.
    static const char *const preferred[] = {"Noto Sans CJK SC",  "Source Han Sans SC", "WenQuanYi Micro Hei",
                                            "WenQuanYi Zen Hei", "Microsoft YaHei",    "PingFang SC",
                                            "Noto Sans SC",      "AR PL UMing CN"};
    for (const char *name : preferred) {
        if (families.contains(QLatin1String(name), Qt::CaseInsensitive))
            return QString::fromLatin1(name);
    }
    return families.isEmpty() ? QString() : families.constFirst();
}

} // namespace tcpladder::ui
