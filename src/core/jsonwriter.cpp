// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tcpladder::core {

namespace {

// Appends in place: a --json listing of a large capture writes millions of keys and strings, and
// building a temporary string for each was a visible slice of the profile.
void appendEscaped(std::string &out, std::string_view text)
{
    std::size_t plain = 0; // start of the run of characters that need no escape
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            }
        }
    }
    out.append(text.data() + plain, text.size() - plain);
}

template<typename Number>
void appendNumber(std::string &out, Number number)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out.append(buffer, result.ptr);
}

} // namespace

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
    appendEscaped(m_text, name);
    m_text += "\": ";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    separate();
    m_text += '"';
    appendEscaped(m_text, text);
    m_text += '"';
    return *this;
}

JsonWriter &JsonWriter::value(std::int64_t number)
{
    separate();
    appendNumber(m_text, number);
    return *this;
}

JsonWriter &JsonWriter::value(std::uint64_t number)
{
    separate();
    appendNumber(m_text, number);
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
    // to_chars rounds the exact binary value like printf's "%.*f", without printf's parsing and
    // locale lookups; the buffer holds any double in fixed notation with up to 17 decimals.
    char buffer[352];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed, decimals);
    if (result.ec == std::errc{}) {
        m_text.append(buffer, result.ptr);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, number);
        m_text += buffer;
    }
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
    appendEscaped(out, text);
    return out;
}

void JsonWriter::drainTo(std::FILE *out)
{
    std::fwrite(m_text.data(), 1, m_text.size(), out);
    m_text.clear();
}

} // namespace tcpladder::core
