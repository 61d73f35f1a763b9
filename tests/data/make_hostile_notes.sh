#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Teacher's notes that try to break each text-diagram syntax (Mermaid, PlantUML, TikZ, Markdown):
# client-close.pcap with pcapng packet comments added by editcap -a: the characters each syntax reads
# as markup, notes of several lines (a line that would end a PlantUML note or a TeX picture, one that
# starts with '['), and Chinese. Needs only editcap (Debian: wireshark-common); run from anywhere.
set -eu
DATA_DIR=$(cd "$(dirname "$0")" && pwd)
OUT="$DATA_DIR/notes-hostile.pcapng"
editcap -F pcapng \
    -a '1:Marks: a;b #1 50% <b>x</b> | a\b {z} $5 & c_d ~e ^f *g* [h] `i`' \
    -a '3:Line one: the ACK
第二行：确认握手
[bracket] starts a line' \
    -a '4:客户端发送请求（87 字节）；注意 Seq=1' \
    -a '6:end note
@enduml
%% not a comment
\end{tikzpicture}' \
    -a "9:The server's FIN: \"it closes too\"" \
    "$DATA_DIR/client-close.pcap" "$OUT"
