// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "languagecatalogue.h"

#include <optional>

namespace tcpladder::cli {

// Loads the built-in catalogue of `language` ("en" or "zh_CN") for an export and returns the ladder's
// language: its texts and, for Chinese, a font with Chinese glyphs (said on stderr, or warned about
// when the system has none). nullopt, with the error printed, when the catalogue is not built in.
// Needs a QGuiApplication.
std::optional<ui::LadderLanguage> loadExportLanguage(ui::LanguageCatalogue &catalogue, const QString &language);

} // namespace tcpladder::cli
