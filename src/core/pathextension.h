// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace tcpladder::core {

// What follows a path's last dot, in lower case ("Quiz.PDF" -> "pdf"); empty without a dot. The export
// formats are chosen by it.
inline std::string lowercaseExtension(std::string_view path)
{
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos)
        return {};
    std::string suffix(path.substr(dot + 1));
    for (char &c : suffix)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return suffix;
}

} // namespace tcpladder::core
