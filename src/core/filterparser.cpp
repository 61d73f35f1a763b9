// SPDX-License-Identifier: GPL-3.0-or-later
// Display-filter text to its tree: the fields it knows, operators, values, and errors that say
// what to write instead.
#include "filtertree.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <vector>

namespace tcpladder::core {

namespace {

using Node = DisplayFilter::Node;

struct FieldInfo
{
    std::string_view name;
    Field field;
    ValueKind kind;
};

constexpr std::array<FieldInfo, 17> fields{{
    {"ip.addr", Field::IpAddr, ValueKind::Address},
    {"ip.src", Field::IpSrc, ValueKind::Address},
    {"ip.dst", Field::IpDst, ValueKind::Address},
    {"ipv6.addr", Field::Ipv6Addr, ValueKind::Address},
    {"ipv6.src", Field::Ipv6Src, ValueKind::Address},
    {"ipv6.dst", Field::Ipv6Dst, ValueKind::Address},
    {"tcp.port", Field::TcpPort, ValueKind::Number},
    {"tcp.srcport", Field::TcpSrcPort, ValueKind::Number},
    {"tcp.dstport", Field::TcpDstPort, ValueKind::Number},
    {"tcp.stream", Field::TcpStream, ValueKind::Number},
    {"tcp.len", Field::TcpLen, ValueKind::Number},
    {"tcp.flags.syn", Field::FlagSyn, ValueKind::Number},
    {"tcp.flags.fin", Field::FlagFin, ValueKind::Number},
    {"tcp.flags.reset", Field::FlagReset, ValueKind::Number},
    {"tcp.flags.ack", Field::FlagAck, ValueKind::Number},
    {"tcp.flags.push", Field::FlagPush, ValueKind::Number},
    {"host", Field::Host, ValueKind::Text},
}};

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

class Parser
{
public:
    Parser(std::vector<FilterToken> tokens, std::size_t textLength, FilterError &error)
        : m_tokens(std::move(tokens)),
          m_textLength(textLength),
          m_error(error)
    {
    }

    std::unique_ptr<Node> parse()
    {
        auto root = parseOr();
        if (root && m_pos < m_tokens.size()) {
            const auto &t = m_tokens[m_pos];
            if (t.text == ")")
                fail(t, FilterErrorCode::UnmatchedClose);
            else
                fail(t, FilterErrorCode::UnexpectedToken, {t.text});
            return nullptr;
        }
        return root;
    }

private:
    const FilterToken *peek() const { return m_pos < m_tokens.size() ? &m_tokens[m_pos] : nullptr; }

    bool peekIs(std::initializer_list<std::string_view> words) const
    {
        const auto *t = peek();
        if (!t || t->kind == FilterToken::Kind::String)
            return false;
        const std::string lower = filterLowercase(t->text);
        return std::find(words.begin(), words.end(), lower) != words.end();
    }

    std::nullptr_t fail(const FilterToken &t, FilterErrorCode code, std::vector<std::string> args = {})
    {
        if (m_error.message.empty())
            m_error = FilterError::make(t.position, t.text.size(), code, std::move(args));
        return nullptr;
    }

    std::nullptr_t failAtEnd(FilterErrorCode code, std::vector<std::string> args = {})
    {
        if (m_error.message.empty())
            m_error = FilterError::make(m_textLength, 0, code, std::move(args));
        return nullptr;
    }

    static std::unique_ptr<Node> join(Node::Kind kind, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    // Parsing, evaluating and freeing the tree all recurse, so a pasted or generated filter with
    // 100000 `(` or `!` overflowed the stack (found by fuzzing). Real filters stay far below these.
    static constexpr int kMaxNesting = 100;
    static constexpr int kMaxOperators = 1000;

    bool tooMany()
    {
        if (++m_operators <= kMaxOperators)
            return false;
        fail(*peek(), FilterErrorCode::TooManyConditions, {std::to_string(kMaxOperators)});
        return true;
    }

    bool tooDeep(const FilterToken &t)
    {
        if (m_nesting < kMaxNesting)
            return false;
        fail(t, FilterErrorCode::NestedTooDeep, {std::to_string(kMaxNesting)});
        return true;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && peekIs({"or", "||"})) {
            if (tooMany())
                return nullptr;
            ++m_pos;
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = join(Node::Kind::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseNot();
        while (left && peekIs({"and", "&&"})) {
            if (tooMany())
                return nullptr;
            ++m_pos;
            auto right = parseNot();
            if (!right)
                return nullptr;
            left = join(Node::Kind::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseNot()
    {
        if (peekIs({"not", "!"})) {
            if (tooDeep(*peek()))
                return nullptr;
            ++m_pos;
            ++m_nesting;
            auto inner = parseNot();
            --m_nesting;
            return inner ? join(Node::Kind::Not, std::move(inner), nullptr) : nullptr;
        }
        return parsePrimary();
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const auto *t = peek();
        if (!t)
            return failAtEnd(m_tokens.empty() ? FilterErrorCode::Empty : FilterErrorCode::EndsEarly);
        if (t->text == "(" && t->kind == FilterToken::Kind::Symbol) {
            if (tooDeep(*t))
                return nullptr;
            ++m_pos;
            ++m_nesting;
            auto inner = parseOr();
            --m_nesting;
            if (!inner)
                return nullptr;
            if (!peek() || peek()->text != ")")
                return failAtEnd(FilterErrorCode::MissingClose, {std::to_string(t->position + 1)});
            ++m_pos;
            return inner;
        }
        return parseComparison();
    }

    std::unique_ptr<Node> parseComparison();

    std::vector<FilterToken> m_tokens;
    std::size_t m_pos = 0;
    int m_nesting = 0;
    int m_operators = 0;
    std::size_t m_textLength;
    FilterError &m_error;
};

std::unique_ptr<Node> Parser::parseComparison()
{
    const FilterToken &fieldToken = m_tokens[m_pos];
    const std::string name = filterLowercase(fieldToken.text);
    const auto info = std::find_if(fields.begin(), fields.end(), [&](const FieldInfo &f) { return f.name == name; });
    if (fieldToken.kind != FilterToken::Kind::Word || info == fields.end()) {
        if (fieldToken.kind != FilterToken::Kind::Word)
            return fail(fieldToken, FilterErrorCode::ExpectedField, {fieldToken.text});
        const auto best = std::min_element(fields.begin(), fields.end(), [&](const FieldInfo &a, const FieldInfo &b) {
            return editDistance(name, a.name) < editDistance(name, b.name);
        });
        if (editDistance(name, best->name) <= 3)
            return fail(fieldToken, FilterErrorCode::UnknownFieldSuggestion,
                        {fieldToken.text, std::string(best->name)});
        return fail(fieldToken, FilterErrorCode::UnknownField, {fieldToken.text});
    }
    ++m_pos;

    static const std::array<std::pair<std::string_view, Op>, 13> ops{{
        {"==", Op::Eq},
        {"eq", Op::Eq},
        {"!=", Op::Ne},
        {"ne", Op::Ne},
        {">", Op::Gt},
        {"gt", Op::Gt},
        {"<", Op::Lt},
        {"lt", Op::Lt},
        {">=", Op::Ge},
        {"ge", Op::Ge},
        {"<=", Op::Le},
        {"le", Op::Le},
        {"contains", Op::Contains},
    }};
    const auto *opToken = peek();
    const std::string opText = opToken ? filterLowercase(opToken->text) : std::string();
    const auto op =
        opToken ? std::find_if(ops.begin(), ops.end(), [&](const auto &o) { return o.first == opText; }) : ops.end();
    if (!opToken || opToken->kind == FilterToken::Kind::String || op == ops.end()) {
        const std::string example = info->kind == ValueKind::Address ? " == 192.0.2.1"
            : info->kind == ValueKind::Text                          ? " == \"example.com\""
            : info->field >= Field::FlagSyn                          ? " == 1"
                                                                     : " == 80";
        return fail(fieldToken, FilterErrorCode::NeedsComparison, {fieldToken.text, fieldToken.text + example});
    }
    ++m_pos;
    if (op->second == Op::Contains && info->kind != ValueKind::Text)
        return fail(*opToken, FilterErrorCode::ContainsHostOnly);
    if (info->kind == ValueKind::Address && op->second != Op::Eq && op->second != Op::Ne)
        return fail(*opToken, FilterErrorCode::AddressOperator);

    const auto *valueToken = peek();
    if (!valueToken || (valueToken->kind == FilterToken::Kind::Symbol))
        return valueToken ? fail(*valueToken, FilterErrorCode::ExpectedValue, {opToken->text})
                          : failAtEnd(FilterErrorCode::ExpectedValue, {opToken->text});
    ++m_pos;

    auto node = std::make_unique<Node>();
    node->field = info->field;
    node->op = op->second;
    const std::string &value = valueToken->text;
    switch (info->kind) {
    case ValueKind::Address: {
        std::string addressText = value;
        const bool v6Field =
            info->field == Field::Ipv6Addr || info->field == Field::Ipv6Src || info->field == Field::Ipv6Dst;
        node->prefixBits = v6Field ? 128 : 32;
        if (const auto slash = value.find('/'); slash != std::string::npos) {
            addressText = value.substr(0, slash);
            int bits = -1;
            const auto *b = value.data() + slash + 1;
            const auto *e = value.data() + value.size();
            const auto [ptr, ec] = std::from_chars(b, e, bits);
            if (ec != std::errc() || ptr != e || bits < 0 || bits > node->prefixBits)
                return fail(*valueToken, FilterErrorCode::InvalidPrefix, {value});
            node->prefixBits = bits;
        }
        if (!IpAddress::parse(addressText, node->address) || node->address.isV6 != v6Field)
            return fail(*valueToken, v6Field ? FilterErrorCode::NotIpv6 : FilterErrorCode::NotIpv4, {addressText});
        break;
    }
    case ValueKind::Number: {
        const bool isFlag = info->field >= Field::FlagSyn && info->field <= Field::FlagPush;
        std::string text = filterLowercase(value);
        if (isFlag && (text == "true" || text == "false"))
            text = std::string(1, text == "true" ? '1' : '0'); // assigning a literal trips GCC 12's -Wrestrict
        const auto *b = text.data();
        const auto *e = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(b, e, node->number);
        if (ec != std::errc() || ptr != e)
            return fail(*valueToken, FilterErrorCode::NotNumber, {value});
        if (isFlag && node->number > 1)
            return fail(*valueToken, FilterErrorCode::FlagRange, {value});
        break;
    }
    case ValueKind::Text:
        node->text = filterLowercase(value);
        break;
    }
    return node;
}

} // namespace

std::string filterLowercase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::unique_ptr<DisplayFilter::Node> parseFilter(std::vector<FilterToken> tokens, std::size_t textLength,
                                                 FilterError &error)
{
    return Parser(std::move(tokens), textLength, error).parse();
}

} // namespace tcpladder::core
