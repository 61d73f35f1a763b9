<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Explanation</name>
    <message numerus="yes">
        <location filename="../../src/core/explanationnote.cpp" line="+100"/>
        <source>%1 had sent %n duplicate ACK(s) asking for Seq=%2, so %3 resent it without waiting for its timer: a fast retransmission.</source>
        <translation>
            <numerusform>%1 had sent %n duplicate ACK asking for Seq=%2, so %3 resent it without waiting for its timer: a fast retransmission.</numerusform>
            <numerusform>%1 had sent %n duplicate ACKs asking for Seq=%2, so %3 resent it without waiting for its timer: a fast retransmission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/explanationphasenote.cpp" line="+41"/>
        <source>The server did answer: %n SYN-ACK(s) appear in the capture, but none reached the client, which kept resending its SYN.</source>
        <translation>
            <numerusform>The server did answer: %n SYN-ACK appears in the capture, but it never reached the client, which kept resending its SYN.</numerusform>
            <numerusform>The server did answer: %n SYN-ACKs appear in the capture, but none reached the client, which kept resending its SYN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The client did answer: %n SYN-ACK(s) appear in the capture, but none reached the server, which kept resending its SYN.</source>
        <translation>
            <numerusform>The client did answer: %n SYN-ACK appears in the capture, but it never reached the server, which kept resending its SYN.</numerusform>
            <numerusform>The client did answer: %n SYN-ACKs appear in the capture, but none reached the server, which kept resending its SYN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/mergedexplanation.cpp" line="+57"/>
        <source>It was sent again %1 later (frame %2 of %3), after %n ACK(s) from the receiver asking for exactly these bytes: a fast retransmission.</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderText</name>
    <message numerus="yes">
        <location filename="../../src/core/ladderlabels.cpp" line="+162"/>
        <source>data — %n segment(s), %1</source>
        <translation>
            <numerusform>data — %n segment, %1</numerusform>
            <numerusform>data — %n segments, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>teardown — %n segment(s): the client&apos;s ACK rode on its FIN</source>
        <translation>
            <numerusform>teardown — %n segment: the client&apos;s ACK rode on its FIN</numerusform>
            <numerusform>teardown — %n segments: the client&apos;s ACK rode on its FIN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>teardown — %n segment(s): the server&apos;s ACK rode on its FIN</source>
        <translation>
            <numerusform>teardown — %n segment: the server&apos;s ACK rode on its FIN</numerusform>
            <numerusform>teardown — %n segments: the server&apos;s ACK rode on its FIN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>teardown — %n segment(s)</source>
        <comment>four-way teardown</comment>
        <translation>
            <numerusform>teardown — %n segment</numerusform>
            <numerusform>teardown — %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>teardown — %n segment(s)</source>
        <translation>
            <numerusform>teardown — %n segment</numerusform>
            <numerusform>teardown — %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/ladderlayout.cpp" line="+163"/>
        <source>%n data segment(s), %1 (c→s %2, s→c %3)</source>
        <translation>
            <numerusform>%n data segment, %1 (c→s %2, s→c %3)</numerusform>
            <numerusform>%n data segments, %1 (c→s %2, s→c %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n retransmission(s)</source>
        <translation>
            <numerusform>, %n retransmission</numerusform>
            <numerusform>, %n retransmissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/ladderloss.cpp" line="+115"/>
        <source>%n byte(s) not captured (Seq %1–%2)</source>
        <translation>
            <numerusform>%n byte not captured (Seq %1–%2)</numerusform>
            <numerusform>%n bytes not captured (Seq %1–%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>fast retransmission after %n duplicate ACK(s)</source>
        <translation>
            <numerusform>fast retransmission after %n duplicate ACK</numerusform>
            <numerusform>fast retransmission after %n duplicate ACKs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::CaptureStatusBar</name>
    <message numerus="yes">
        <location filename="../../src/ui/capturestatusbar.cpp" line="+74"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n connection(s)</source>
        <translation>
            <numerusform>%1 of %n connection</numerusform>
            <numerusform>%1 of %n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LadderPlaceholder</name>
    <message numerus="yes">
        <location filename="../../src/ui/ladderplaceholder.cpp" line="+125"/>
        <source>The %n connection(s) of this capture are all hidden. The address a ping shows may not be the one the browser used (a name can have several addresses, IPv4 and IPv6): clear the filter to see them all.</source>
        <translation>
            <numerusform>The %n connection of this capture is hidden. The address a ping shows may not be the one the browser used (a name can have several addresses, IPv4 and IPv6): clear the filter to see it.</numerusform>
            <numerusform>The %n connections of this capture are all hidden. The address a ping shows may not be the one the browser used (a name can have several addresses, IPv4 and IPv6): clear the filter to see them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LiveCaptureController</name>
    <message numerus="yes">
        <location filename="../../src/ui/livecapturecontroller.cpp" line="+173"/>
        <source>%1
The %n packet(s) captured before that are kept: File › Save Capture As… saves them.</source>
        <translation>
            <numerusform>%1
The %n packet captured before that are kept: File › Save Capture As… saves them.</numerusform>
            <numerusform>%1
The %n packets captured before that are kept: File › Save Capture As… saves them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source> (and %n more, offered one after another)</source>
        <translation>
            <numerusform> (and %n more, offered one after another)</numerusform>
            <numerusform> (and %n more, offered one after another)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::MessageBar</name>
    <message numerus="yes">
        <location filename="../../src/ui/messagebar.cpp" line="+45"/>
        <source>… and %n more (hover to see all)</source>
        <translation>
            <numerusform>… and %n more (hover to see all)</numerusform>
            <numerusform>… and %n more (hover to see all)</numerusform>
        </translation>
    </message>
</context>
</TS>
