// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <cmath>
#include <cstdio>

namespace tcpladder::core {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_needsComma.empty()) {
        if (m_needsComma.back())
            m_text += ", ";
        m_needsComma.back() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_text += '{';
    m_needsComma.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_text += '}';
    m_needsComma.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_text += '[';
    m_needsComma.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_text += ']';
    m_needsComma.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    m_text += '"';
    m_text += jsonEscape(name);
    m_text += "\": ";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    separate();
    m_text += '"';
    m_text += jsonEscape(text);
    m_text += '"';
    return *this;
}

JsonWriter &JsonWriter::value(std::int64_t number)
{
    separate();
    m_text += std::to_string(number);
    return *this;
}

JsonWriter &JsonWriter::value(std::uint64_t number)
{
    separate();
    m_text += std::to_string(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_text += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::fixed(double number, int decimals)
{
    if (!std::isfinite(number))
        return null();
    separate();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, number);
    m_text += buffer;
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_text += "null";
    return *this;
}

std::string jsonEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

void JsonWriter::drainTo(std::FILE *out)
{
    std::fwrite(m_text.data(), 1, m_text.size(), out);
    m_text.clear();
}

} // namespace tcpladder::core
