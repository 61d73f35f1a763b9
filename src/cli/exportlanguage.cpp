// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlanguage.h"

#include <cstdio>

namespace tcpladder::cli {

std::optional<ui::LadderLanguage> loadExportLanguage(ui::LanguageCatalogue &catalogue, const QString &language)
{
    if (!catalogue.load(language)) {
        std::fprintf(stderr, "tcpladder-cli: no translation for %s is built in\n", language.toUtf8().constData());
        return std::nullopt;
    }
    ui::LadderLanguage ladderLanguage = catalogue.ladderLanguage();
    if (language != QLatin1String("zh_CN"))
        return ladderLanguage;
    if (ladderLanguage.fontFamilies.isEmpty())
        std::fputs("tcpladder-cli: warning: no font with Chinese glyphs found (install fonts-noto-cjk or "
                   "fonts-wqy-microhei); Chinese text may be drawn as boxes\n",
                   stderr);
    else
        std::fprintf(stderr, "tcpladder-cli: font for Chinese text: %s\n",
                     ladderLanguage.fontFamilies.constLast().toUtf8().constData());
    return ladderLanguage;
}

} // namespace tcpladder::cli
