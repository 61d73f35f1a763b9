// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

// A streaming JSON writer that keeps keys in the order written, so the CLI output reads in the
// order the contract documents (QJsonObject would sort them).
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(std::string_view name);

    JsonWriter &value(std::string_view text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(std::int64_t number);
    JsonWriter &value(std::uint64_t number);
    JsonWriter &value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter &value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &fixed(double number, int decimals); // e.g. seconds with 6 decimals
    JsonWriter &null();

    const std::string &text() const { return m_text; }
    // Writes what has been built so far to `out` and forgets it (the nesting state stays), so a
    // large document such as the list of a 1 GB capture streams out instead of sitting in memory.
    void drainTo(std::FILE *out);

private:
    void separate();
    std::string m_text;
    std::vector<bool> m_needsComma; // one entry per open container
    bool m_afterKey = false;
};

std::string jsonEscape(std::string_view text);

} // namespace tcpladder::core
