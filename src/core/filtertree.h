// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled form of a display filter, shared by its parser (filterparser.cpp) and its
// evaluation (displayfilter.cpp). Internal to the core.
#pragma once

#include "displayfilter.h"
#include "filterlexer.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

enum class Field {
    IpAddr,
    IpSrc,
    IpDst,
    Ipv6Addr,
    Ipv6Src,
    Ipv6Dst,
    TcpPort,
    TcpSrcPort,
    TcpDstPort,
    TcpStream,
    TcpLen,
    FlagSyn,
    FlagFin,
    FlagReset,
    FlagAck,
    FlagPush,
    Host
};
enum class Op { Eq, Ne, Gt, Lt, Ge, Le, Contains };
enum class ValueKind { Address, Number, Text };

struct DisplayFilter::Node
{
    enum class Kind { And, Or, Not, Compare } kind = Kind::Compare;
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
    Field field = Field::IpAddr;
    Op op = Op::Eq;
    IpAddress address;
    int prefixBits = 128;
    std::uint64_t number = 0;
    std::string text;
};

// ASCII lower case: fields, keywords and host names compare without case.
std::string filterLowercase(std::string_view text);

// The tree of `tokens` (not empty), or null with `error` set; `textLength` places errors at the end.
std::unique_ptr<DisplayFilter::Node> parseFilter(std::vector<FilterToken> tokens, std::size_t textLength,
                                                 FilterError &error);

} // namespace tcpladder::core
