<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../forms/capturedialog.ui" line="+10"/>
        <source>Capture Live</source>
        <translation>实时抓包</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Interface to capture on:</source>
        <translation>抓包接口(&amp;I)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Capture &amp;filter:</source>
        <translation>抓包过滤器(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. tcp port 443 or host 192.0.2.10 (empty: everything)</source>
        <translation>例如 tcp port 443 or host 192.0.2.10（留空：全部抓取）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A BPF capture filter (the tcpdump syntax): only matching packets are captured</source>
        <translation>BPF 抓包过滤器（tcpdump 语法）：只抓取匹配的数据包</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Advanced</source>
        <translation>高级(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Snap length:</source>
        <translation>截取长度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes kept of each packet; 96 is enough for the TCP headers a ladder needs</source>
        <translation>每个数据包保留的字节数；梯形图只需 TCP 首部，96 字节已足够</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Promiscuous mode (also packets for other hosts)</source>
        <translation>混杂模式(&amp;P)（也抓取发往其他主机的数据包）</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../../src/core/explanationnote.cpp" line="+22"/>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/core/mergedexplanation.cpp" line="+21"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 opens the connection. Its SYN shows Seq=0 because sequence numbers are shown relative to its initial sequence number (ISN); the raw ISN it chose is %2.</source>
        <translation>%1发起连接。它的 SYN 显示 Seq=0，因为序列号是相对于它的初始序列号（ISN）显示的；它选择的原始 ISN 是 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection refused: %1 answered the SYN (frame %2) with a reset. Nothing listens on port %3, so the connection never opened.</source>
        <translation>连接被拒绝：%1用复位（RST）应答了 SYN（第 %2 帧）。端口 %3 上没有程序在监听，所以连接从未建立。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 had sent %n duplicate ACK(s) asking for Seq=%2, so %3 resent it without waiting for its timer: a fast retransmission.</source>
        <translation>
            <numerusform>%1已经发送了 %n 个重复 ACK，要求 Seq=%2，所以%3不等计时器超时就立即重传：这是快速重传。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No duplicate ACK asked for it: no acknowledgement came within %1 of the previous copy, so %2&apos;s retransmission timer fired.</source>
        <translation>没有重复 ACK 要求它：上一次发送后 %1 内没有收到确认，所以%2的重传计时器超时了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No duplicate ACK asked for it in this capture, so %1&apos;s retransmission timer fired.</source>
        <translation>抓包中没有重复 ACK 要求它，所以%1的重传计时器超时了。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 closes first: its FIN says “I will send no more data” and takes one sequence number, %2. It moves to %3, and it will be the side that waits in TIME_WAIT.</source>
        <translation>%1先关闭：它的 FIN 表示“我不会再发送数据了”，并占用一个序号：%2。它进入 %3，之后将由它在 TIME_WAIT 中等待。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 closes its direction too: its FIN takes sequence number %2. It is now in %3.</source>
        <translation>%1也关闭了自己的方向：它的 FIN 占用序号 %2。现在它处于 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The FIN rides on %1 bytes of data that start at Seq=%2, and it takes the number after them: %2 + %1 = %3. That is why %4 answers it with Ack=%5.</source>
        <translation>这个 FIN 捎带了从 Seq=%2 开始的 %1 字节数据，FIN 占用的是这些数据之后的序号：%2 + %1 = %3。所以%4用 Ack=%5 来确认它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>after frame %1 ([%2] from %3)</source>
        <translation>在第 %1 帧（来自%3的 [%2]）之后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the first segment seen</source>
        <translation>作为看到的第一个报文段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 aborts the connection with a reset, %2. No FIN handshake follows: both ends forget the connection at once and unread data is thrown away.</source>
        <translation>%1用复位（RST）中止了连接，%2。之后没有 FIN 挥手：两端立即丢弃这个连接，尚未读取的数据也被丢弃。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is retransmission %1 of the SYN-ACK: no ACK reached %3, so it waited and sent it again. Waits so far: %2.</source>
        <translation>这是 SYN-ACK 的第 %1 次重传：没有 ACK 到达%3，所以它等待后再次发送。到目前为止的等待时间：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is retransmission %1 of the SYN: %3 waited and sent it again. Waits so far: %2.</source>
        <translation>这是 SYN 的第 %1 次重传：%3等待后再次发送。到目前为止的等待时间：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 accepts. Ack=1 acknowledges the SYN: a SYN occupies one sequence number, so the next byte expected is ISN + 1 = %2 (relative 1). Its own Seq=0 stands for its raw ISN %3.</source>
        <translation>%1接受连接。Ack=1 确认了 SYN：SYN 占用一个序列号，所以期望收到的下一个字节是 ISN + 1 = %2（相对值 1）。它自己的 Seq=0 代表它的原始 ISN %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The third segment of the handshake: %1 acknowledges the SYN-ACK (Ack=%2, %5&apos;s ISN %3 + %2). Both ends are now ESTABLISHED and data can flow. From the first SYN to this ACK took %4: the round-trip time seen at this capture point.</source>
        <translation>握手的第三个报文段：%1确认了 SYN-ACK（Ack=%2，即%5的 ISN %3 + %2）。现在两端都进入 ESTABLISHED，可以传输数据了。从第一个 SYN 到这个 ACK 用时 %4：这就是在抓包位置观察到的往返时间（RTT）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This segment never reached the server: the server sent %1 again afterwards (frame %2), which it would not have done had this segment arrived.</source>
        <translation>这个报文段没有到达服务器：服务器之后又发送了 %1（第 %2 帧），如果这个报文段到达了，服务器就不会这样做。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This segment never reached the client: the client sent %1 again afterwards (frame %2), which it would not have done had this segment arrived.</source>
        <translation>这个报文段没有到达客户端：客户端之后又发送了 %1（第 %2 帧），如果这个报文段到达了，客户端就不会这样做。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sends %2 bytes of data, relative bytes %3 to %4. When %6 has them all, its Ack will say %5.</source>
        <translation>%1发送了 %2 字节数据，相对字节序号 %3 到 %4。%6全部收到后，它的确认号将是 %5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 acknowledges: Ack=%2 means “I have every byte before %2 from %3”.</source>
        <translation>%1发出确认：Ack=%2 表示“%3发来的 %2 之前的每个字节我都收到了”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment is a retransmission: the same %1 bytes at Seq=%2 were first sent in frame %3.</source>
        <translation>这个报文段是重传：Seq=%2 处同样的 %1 字节最早在第 %3 帧发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment is a retransmission: the same %1 bytes at Seq=%2 were sent before the capture point saw them.</source>
        <translation>这个报文段是重传：Seq=%2 处同样的 %1 字节在抓包位置看到之前就已发送过。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate ACK #%1 of frame %2: %3 repeats Ack=%4 because a later segment arrived while the bytes at %4 are still missing. Three duplicates make the sender retransmit at once (fast retransmit).</source>
        <translation>第 %2 帧的第 %1 个重复确认：%3重复发送 Ack=%4，因为后面的报文段已经到达，而 %4 处的字节仍然缺失。收到三个重复确认后，发送方会立即重传（快速重传）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 advertises a zero window: its receive buffer is full, so %2 must stop sending until the window opens again.</source>
        <translation>%1通告了零窗口：它的接收缓冲区已满，所以%2必须停止发送，直到窗口再次打开。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now in TIME_WAIT: it closed first, so it keeps the connection&apos;s ports for 2×MSL in case this last ACK is lost and %2&apos;s FIN comes again.</source>
        <translation>%1现在处于 TIME_WAIT：它先关闭，所以要把这个连接的端口保留 2×MSL，以防最后这个 ACK 丢失、%2的 FIN 再次到来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This FIN puts %1 in TIME_WAIT: it closed first, so it keeps the connection&apos;s ports for 2×MSL in case its last ACK is lost and this FIN comes again.</source>
        <translation>这个 FIN 使%1进入 TIME_WAIT：它先关闭，所以要把这个连接的端口保留 2×MSL，以防它的最后一个 ACK 丢失、这个 FIN 再次到来。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Frame %1: [%2] from %3</source>
        <translation>第 %1 帧：来自%3的 [%2]</translation>
    </message>
    <message>
        <location filename="../../src/core/explanationphasenote.cpp" line="+19"/>
        <source>The waits are all the same length.</source>
        <translation>每次等待的时间都一样长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each wait is twice the one before: exponential back-off.</source>
        <translation>每次等待都是上一次的两倍：指数退避。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first waits are the same length, then each wait is twice the one before.</source>
        <translation>开始几次等待一样长，之后每次等待都是上一次的两倍。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No SYN-ACK came back from the server.</source>
        <translation>服务器没有回复 SYN-ACK。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SYN-ACK came back from the client.</source>
        <translation>客户端没有回复 SYN-ACK。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server did answer: %n SYN-ACK(s) appear in the capture, but none reached the client, which kept resending its SYN.</source>
        <translation>
            <numerusform>服务器其实回复了：抓包中有 %n 个 SYN-ACK，但都没有到达客户端，所以客户端一直重发 SYN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The client did answer: %n SYN-ACK(s) appear in the capture, but none reached the server, which kept resending its SYN.</source>
        <translation>
            <numerusform>客户端其实回复了：抓包中有 %n 个 SYN-ACK，但都没有到达服务器，所以服务器一直重发 SYN。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teardown in %1 segments: the client sent FIN, the server ACKed it, later sent its own FIN, and the client ACKed that. Each direction is closed separately.</source>
        <translation>用 %1 个报文段完成挥手：客户端发送 FIN，服务器确认它，随后服务器发送自己的 FIN，客户端再确认这个 FIN。两个方向分别关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teardown in %1 segments: the server sent FIN, the client ACKed it, later sent its own FIN, and the server ACKed that. Each direction is closed separately.</source>
        <translation>用 %1 个报文段完成挥手：服务器发送 FIN，客户端确认它，随后客户端发送自己的 FIN，服务器再确认这个 FIN。两个方向分别关闭。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Frame %1: the server had its ACK of the client&apos;s FIN waiting (delayed ACK) when it closed too, so the ACK rode on its own FIN: one segment instead of two (Ack=%2).</source>
        <translation>第 %1 帧：服务器对客户端 FIN 的 ACK 还在等待发送（延迟确认）时，自己也关闭了，于是这个 ACK 捎带在服务器自己的 FIN 上：用一个报文段代替了两个（Ack=%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frame %1: the client had its ACK of the server&apos;s FIN waiting (delayed ACK) when it closed too, so the ACK rode on its own FIN: one segment instead of two (Ack=%2).</source>
        <translation>第 %1 帧：客户端对服务器 FIN 的 ACK 还在等待发送（延迟确认）时，自己也关闭了，于是这个 ACK 捎带在客户端自己的 FIN 上：用一个报文段代替了两个（Ack=%2）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Before it the client had sent %1 bytes and the server %2 bytes, and a FIN had already been sent: the reset cut the close short.</source>
        <translation>在此之前，客户端发送了 %1 字节，服务器发送了 %2 字节，并且已经发送过 FIN：复位打断了正常的关闭过程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it the client had sent %1 bytes and the server %2 bytes; data not yet acknowledged may be lost.</source>
        <translation>在此之前，客户端发送了 %1 字节，服务器发送了 %2 字节；尚未被确认的数据可能会丢失。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Teardown: %1 sent the first FIN.</source>
        <translation>连接释放：%1发送了第一个 FIN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only one FIN was seen: the other direction is still open.</source>
        <translation>只看到一个 FIN：另一个方向仍然是打开的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teardown in 3 segments: the client sent FIN; the server&apos;s ACK of it and the server&apos;s own FIN travelled together; then the client&apos;s last ACK.</source>
        <translation>用 3 个报文段完成挥手：客户端发送 FIN；服务器对它的 ACK 和服务器自己的 FIN 一起发出；然后是客户端的最后一个 ACK。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teardown in 3 segments: the server sent FIN; the client&apos;s ACK of it and the client&apos;s own FIN travelled together; then the server&apos;s last ACK.</source>
        <translation>用 3 个报文段完成挥手：服务器发送 FIN；客户端对它的 ACK 和客户端自己的 FIN 一起发出；然后是服务器的最后一个 ACK。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Half-close: %1 sent its FIN but the other side kept sending — %2 bytes after the first FIN. A FIN closes only one direction.</source>
        <translation>半关闭：%1发送了 FIN，但另一方继续发送数据 — 第一个 FIN 之后还有 %2 字节。一个 FIN 只关闭一个方向。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simultaneous close: both sides sent a FIN before the other&apos;s arrived, so both went through CLOSING and both end in TIME_WAIT.</source>
        <translation>同时关闭：双方都在收到另一方的 FIN 之前发送了自己的 FIN，所以双方都经过 CLOSING 状态，最后都进入 TIME_WAIT。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 closed first, so it is the one left in TIME_WAIT.</source>
        <translation>%1先关闭，所以它是留在 TIME_WAIT 中的一方。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据传输</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teardown</source>
        <translation>连接释放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Frames %1–%2: the three-way handshake. The client&apos;s SYN (raw ISN %3), the server&apos;s SYN-ACK (raw ISN %4), the client&apos;s ACK. It took %5.</source>
        <translation>第 %1–%2 帧：三次握手。客户端的 SYN（原始 ISN %3），服务器的 SYN-ACK（原始 ISN %4），客户端的 ACK。共用时 %5。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Frames %1–%2: %3 sent its SYN %4 times, waiting %5 between the tries.</source>
        <translation>第 %1–%2 帧：%3发送了 %4 次 SYN，每两次之间分别等待了 %5。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frames %1–%2: %3 bytes from the client and %4 bytes from the server, each acknowledged by the other side.</source>
        <translation>第 %1–%2 帧：客户端发送 %3 字节，服务器发送 %4 字节，每一方的数据都由另一方确认。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retransmissions: %1 segments were sent again and are not counted twice.</source>
        <translation>重传：有 %1 个报文段被再次发送，它们不会被重复计算。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frame %1: %2 reset the connection (RST). Whatever follows is not a normal close.</source>
        <translation>第 %1 帧：%2复位了连接（RST）。之后的报文都不属于正常关闭。</translation>
    </message>
    <message>
        <location filename="../../src/core/mergedexplanation.cpp" line="+21"/>
        <source>this capture</source>
        <translation>本抓包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other capture</source>
        <translation>另一个抓包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender&apos;s capture (%1) holds no later copy of it.</source>
        <translation>发送方的抓包（%1）中没有它后来的副本。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>It was sent again %1 later (frame %2 of %3), after %n ACK(s) from the receiver asking for exactly these bytes: a fast retransmission.</source>
        <translation>
            <numerusform>%1 之后它被再次发送（%3 的第 %2 帧），此前接收方已发来 %n 个正好请求这些字节的 ACK：这是快速重传。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was sent again %1 later (frame %2 of %3) with no ACK asking for it: the sender&apos;s retransmission timeout (RTO).</source>
        <translation>%1 之后它被再次发送（%3 的第 %2 帧），其间没有 ACK 请求它：这是发送方的重传超时（RTO）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Frame %1 of the other capture: %2</source>
        <translation>另一个抓包的第 %1 帧：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This segment took %1 one way (sent %2, received %3 on %4&apos;s clock).</source>
        <translation>该报文段单程耗时 %1（按%4的时钟：%2 发出，%3 收到）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This segment left the sender but never reached the receiver&apos;s capture: lost between the two capture points.</source>
        <translation>该报文段已从发送方发出，却从未出现在接收方的抓包中：它在两个抓包点之间丢失了。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A pure ACK is never sent again: the next ACK acknowledges the same bytes and any that came since.</source>
        <translation>纯 ACK 从不重发：下一个 ACK 会确认相同的字节以及此后收到的字节。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the receiver&apos;s capture has this segment: it arrived at %1 on %2&apos;s clock, but the capture at the sender missed it. Its send time is drawn one median one-way delay earlier.</source>
        <translation>只有接收方的抓包中有该报文段：按%2的时钟，它在 %1 到达，但发送方的抓包漏掉了它。图中的发送时间按单程时延的中位数往前推算。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../forms/exportdialog.ui" line="+14"/>
        <source>Export Ladder</source>
        <translation>导出梯形图</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF document (one page per screenful)</source>
        <translation>PDF 文档（每屏一页）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mermaid sequence diagram (text)</source>
        <translation>Mermaid 时序图（文本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PlantUML sequence diagram (text)</source>
        <translation>PlantUML 时序图（文本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LaTeX/TikZ picture (text, for xelatex)</source>
        <translation>LaTeX/TikZ 图（文本，用 xelatex 编译）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown table (text)</source>
        <translation>Markdown 表格（文本）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text &amp;scale:</source>
        <translation>文字缩放(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole connection is exported; collapsed runs stay collapsed unless you expanded them.</source>
        <translation>导出整个连接；折叠的数据段保持折叠，除非你已将其展开。</translation>
    </message>
</context>
<context>
    <name>FilterError</name>
    <message>
        <location filename="../../src/core/filtererrors.cpp" line="+16"/>
        <source>this string has no closing `&quot;`</source>
        <translation>这个字符串缺少结尾的 `&quot;`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use `==` to compare (a single `=` is not an operator)</source>
        <translation>比较请用 `==`（单个 `=` 不是运算符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected character `%1`</source>
        <translation>意外的字符 `%1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected `)` without a matching `(`</source>
        <translation>多余的 `)`：没有与之配对的 `(`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected `%1`; join conditions with `and` or `or`</source>
        <translation>意外的 `%1`；请用 `and` 或 `or` 连接条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many conditions: a filter may join at most %1</source>
        <translation>条件太多：一个过滤器最多只能连接 %1 个条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nested too deeply: at most %1 levels of `(` and `not`</source>
        <translation>嵌套太深：`(` 和 `not` 最多 %1 层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty filter</source>
        <translation>过滤器为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the filter ends too early: expected a field</source>
        <translation>过滤器提前结束：这里应有一个字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing `)` to close the `(` at column %1</source>
        <translation>缺少 `)`：第 %1 列的 `(` 没有闭合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a field name such as `ip.addr`, found `%1`</source>
        <translation>这里应是字段名（如 `ip.addr`），实际是 `%1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field `%1`</source>
        <translation>未知字段 `%1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field `%1` — did you mean `%2`?</source>
        <translation>未知字段 `%1` — 您是想输入 `%2` 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` needs a comparison, e.g. `%2`</source>
        <translation>`%1` 后面需要一个比较，例如 `%2`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`contains` works with `host` only</source>
        <translation>`contains` 只能用于 `host`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>addresses can only be compared with == or !=</source>
        <translation>地址只能用 == 或 != 比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a value after `%1`</source>
        <translation>`%1` 后面应有一个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` has an invalid prefix length</source>
        <translation>`%1` 的前缀长度无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` is not an IPv4 address</source>
        <translation>`%1` 不是 IPv4 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` is not an IPv6 address</source>
        <translation>`%1` 不是 IPv6 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`%1` is not a number</source>
        <translation>`%1` 不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a flag is 0 or 1, not %1</source>
        <translation>标志位只能是 0 或 1，不能是 %1</translation>
    </message>
</context>
<context>
    <name>LadderText</name>
    <message>
        <location filename="../../src/core/ladderlabels.cpp" line="+108"/>
        <source>, </source>
        <comment>between two note tags</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+98"/>
        <location filename="../../src/core/quizhandout.cpp" line="+71"/>
        <location filename="../../src/ui/framedissector.cpp" line="+31"/>
        <source>reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <location line="-96"/>
        <location filename="../../src/core/ladderlayout.cpp" line="+327"/>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out-of-order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dup ack</source>
        <translation>重复确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK rode on FIN</source>
        <translation>ACK 随 FIN 捎带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port reused</source>
        <translation>端口复用</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>three-way handshake</source>
        <translation>三次握手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simultaneous open</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>handshake — refused: the server answered with RST</source>
        <translation>握手 — 被拒绝：服务器以 RST 回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handshake — refused: the client answered with RST</source>
        <translation>握手 — 被拒绝：客户端以 RST 回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handshake — the SYN was not answered</source>
        <translation>握手 — SYN 没有得到应答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handshake — no final ACK</source>
        <translation>握手 — 缺少最后的 ACK</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/core/quizhandout.cpp" line="-8"/>
        <location filename="../../src/ui/framedissector.cpp" line="-6"/>
        <source>handshake</source>
        <translation>握手</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>data — %n segment(s), %1</source>
        <translation>
            <numerusform>数据传输 — %n 个报文段，%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>teardown — half-close: only the client sent FIN</source>
        <translation>连接释放 — 半关闭：只有客户端发送了 FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teardown — half-close: only the server sent FIN</source>
        <translation>连接释放 — 半关闭：只有服务器发送了 FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/quizhandout.cpp" line="+4"/>
        <location filename="../../src/ui/framedissector.cpp" line="+4"/>
        <source>teardown</source>
        <translation>连接释放</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>teardown — %n segment(s): the client&apos;s ACK rode on its FIN</source>
        <translation>
            <numerusform>挥手 — %n 个报文段：客户端的 ACK 捎带在它的 FIN 上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>teardown — %n segment(s): the server&apos;s ACK rode on its FIN</source>
        <translation>
            <numerusform>挥手 — %n 个报文段：服务器的 ACK 捎带在它的 FIN 上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>teardown — %n segment(s)</source>
        <comment>four-way teardown</comment>
        <translation>
            <numerusform>四次挥手 — %n 个报文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>teardown — %n segment(s)</source>
        <translation>
            <numerusform>挥手 — %n 个报文段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, with %1 of data</source>
        <translation>，含 %1 数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reset — the client sent RST</source>
        <translation>复位 — 客户端发送了 RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset — the server sent RST</source>
        <translation>复位 — 服务器发送了 RST</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/ladderlayout.cpp" line="-164"/>
        <source>%n data segment(s), %1 (c→s %2, s→c %3)</source>
        <translation>
            <numerusform>%n 个数据报文段，%1（客→服 %2，服→客 %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n retransmission(s)</source>
        <translation>
            <numerusform>，%n 次重传</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Δt (s)</source>
        <translation>Δt (s)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../src/core/quizhandout.cpp" line="-2"/>
        <location filename="../../src/ui/framedissector.cpp" line="-2"/>
        <source>data</source>
        <translation>数据传输</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Answer key — %1</source>
        <translation>答案 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz — %1</source>
        <translation>测验 — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each numbered blank of the exercise sheet, filled in (bold), with each phase&apos;s explanation.</source>
        <translation>练习单上每个编号空格的答案（粗体），并附有各阶段的说明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers</source>
        <translation>答案汇总</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in each numbered blank. Seq and Ack are relative, as Wireshark shows them; a state is that end&apos;s TCP state after the segment.</source>
        <translation>请填写每个编号空格。Seq 和 Ack 为相对序号，与 Wireshark 显示的一致；状态是该端在此报文段之后的 TCP 状态。</translation>
    </message>
    <message>
        <location filename="../../src/core/laddertextbook.cpp" line="+98"/>
        <source>textbook layout: slant estimated from the handshake RTT (%1 ms), one way = RTT / 2</source>
        <translation>教科书布局：倾斜度由握手 RTT（%1 ms）估算，单程 = RTT / 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>textbook layout: one way = RTT / 2 = %1 ms</source>
        <translation>教科书布局：单程 = RTT / 2 = %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one way %1 ms</source>
        <translation>单程 %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>textbook layout: no complete handshake, so no RTT to estimate the slant from</source>
        <translation>教科书布局：没有完整的握手，无法用 RTT 估算倾斜度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>textbook layout: no handshake RTT</source>
        <translation>教科书布局：无握手 RTT</translation>
    </message>
    <message>
        <location filename="../../src/core/ladderloss.cpp" line="+55"/>
        <source>SACK %1</source>
        <translation>SACK %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · </source>
        <comment>between two loss notes</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n byte(s) not captured (Seq %1–%2)</source>
        <translation>
            <numerusform>%n 字节未捕获（Seq %1–%2）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>previous segment not captured</source>
        <translation>前一个报文段未捕获</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spurious retransmission: already acknowledged</source>
        <translation>虚假重传：这些数据已被确认</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>fast retransmission after %n duplicate ACK(s)</source>
        <translation>
            <numerusform>收到 %n 个重复 ACK 后快速重传</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fast retransmission</source>
        <translation>快速重传</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waited %1 for an ACK, then resent frame %2</source>
        <translation>等待 ACK %1 未果，重传第 %2 帧的数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>retransmission: the first one was not captured</source>
        <translation>重传：首次发送未被捕获</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>out of order: fills an earlier gap, too soon for a retransmission</source>
        <translation>乱序：填补先前的空缺，间隔太短，不是重传</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>acknowledges data that was not captured</source>
        <translation>确认了未被捕获的数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dup ACK #%1 of frame %2</source>
        <translation>第 %2 帧的第 %1 个重复 ACK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window update</source>
        <translation>窗口更新</translation>
    </message>
    <message>
        <location filename="../../src/core/laddertextdiagram.cpp" line="+55"/>
        <source>frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>frames %1–%2</source>
        <translation>第 %1–%2 帧</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>frame %1, t = %2 s (%3)</source>
        <translation>第 %1 帧，t = %2 秒（%3）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TCP stream %1</source>
        <translation>TCP 流 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client state</source>
        <translation>客户端状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server state</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teacher&apos;s notes</source>
        <translation>教师备注</translation>
    </message>
    <message>
        <location filename="../../src/core/mergedtextdiagram.cpp" line="+38"/>
        <source>both ends</source>
        <translation>两端均有</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>receiver only</source>
        <translation>仅接收端</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 merged with %2, its stream %3</source>
        <translation>%1 与 %2（其流 %3）合并</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>clock offset %1 ms ± %2 ms</source>
        <translation>时钟偏差 %1 ms ± %2 ms</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seen</source>
        <translation>捕获于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent (s)</source>
        <translation>发送时间 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received (s)</source>
        <translation>接收时间 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-way delay (ms)</source>
        <translation>单向时延 (ms)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>frame %1</source>
        <translation>帧 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1 of the other capture</source>
        <translation>另一抓包的帧 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one-way delay %1 ms</source>
        <translation>单向时延 %1 ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/mainwindow.ui" line="+10"/>
        <source>TCP Ladder</source>
        <translation>TCP 梯形图</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quick search: address, port, stream number or hostname</source>
        <translation>快速搜索：地址、端口、流编号或主机名</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a pcap or pcapng capture</source>
        <translation>打开 pcap 或 pcapng 抓包文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Capture…</source>
        <translation>抓包(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture live on a network interface</source>
        <translation>在网络接口上实时抓包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top Capture</source>
        <translation>停止抓包(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the live capture; what was captured stays</source>
        <translation>停止实时抓包；已抓到的内容会保留</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Capture &amp;As…</source>
        <translation>抓包另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the live capture as a pcapng or pcap file</source>
        <translation>将实时抓包保存为 pcapng 或 pcap 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Ladder…</source>
        <translation>导出梯形图(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected connection&apos;s ladder as PNG or SVG</source>
        <translation>将所选连接的梯形图保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Quiz…</source>
        <translation>导出测验(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an exercise sheet with numbered blanks, and its answer key</source>
        <translation>保存带编号空格的练习单及其答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Ladder Image</source>
        <translation>复制梯形图图像(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ladder to the clipboard as an image</source>
        <translation>将梯形图作为图像复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fit Ladder to Window</source>
        <translation>梯形图适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale the ladder so both lifelines and every label fit the window&apos;s width</source>
        <translation>缩放梯形图，使两条生命线和所有标签都在窗口宽度内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Larger Text</source>
        <translation>大号文字(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger fonts everywhere, for a projector</source>
        <translation>所有文字都使用大号字体，适合投影仪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first lesson with the bundled sample: the handshake and the teardown, step by step</source>
        <translation>用自带的示例上第一课：一步一步看三次握手和挥手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TCP Ladder</source>
        <translation>关于 TCP 梯形图(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MergedLadder</name>
    <message>
        <location filename="../../src/render/mergedladderpainter.cpp" line="+160"/>
        <source>Client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Clock offset %1 ms ± %2 ms (assumes the fastest trip took as long each way) · lost between the captures: %3 client→server, %4 server→client</source>
        <translation>时钟偏差 %1 ms ± %2 ms（假设两个方向上最快的一次传输耗时相同）· 两个抓包点之间丢失：客户端→服务器 %3 个，服务器→客户端 %4 个</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+103"/>
        <source>sent (s)</source>
        <translation>发送时间 (s)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>ports and ISNs</source>
        <translation>端口和 ISN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISNs only (a NAT between the captures)</source>
        <translation>仅 ISN（两个抓包点之间有 NAT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequence numbers (no SYN captured)</source>
        <translation>序列号（未抓到 SYN）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Merged: %1 (client side) and %2 (server side), its stream %3, matched by %4</source>
        <translation>已合并：%1（客户端一侧）与 %2（服务器一侧）中的流 %3，匹配依据：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged: %1 (server side) and %2 (client side), its stream %3, matched by %4</source>
        <translation>已合并：%1（服务器一侧）与 %2（客户端一侧）中的流 %3，匹配依据：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this capture</source>
        <translation>本抓包</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>lost between the captures</source>
        <translation>在两个抓包点之间丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the sender&apos;s capture</source>
        <translation>发送方的抓包中没有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>QuizExport</name>
    <message>
        <location filename="../../src/render/quizexport.cpp" line="+43"/>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a .pdf, .html or .md file</source>
        <translation>%1 不是 .pdf、.html 或 .md 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer key would overwrite the exercise sheet</source>
        <translation>答案文件会覆盖练习单</translation>
    </message>
</context>
<context>
    <name>QuizExportDialog</name>
    <message>
        <location filename="../../forms/quizexportdialog.ui" line="+14"/>
        <source>Export Quiz</source>
        <translation>导出测验</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank out:</source>
        <translation>挖空字段：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Seq</source>
        <translation>Seq(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Ack</source>
        <translation>Ack(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Len</source>
        <translation>Len(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Flags</source>
        <translation>标志(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tates</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phase:</source>
        <translation>阶段(&amp;P)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole connection</source>
        <translation>整个连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teardown (FIN or RST)</source>
        <translation>连接释放（FIN 或 RST）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Exercise sheet:</source>
        <translation>练习单(&amp;E)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Answer &amp;key:</source>
        <translation>答案(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>TextDiagramExport</name>
    <message>
        <location filename="../../src/render/textdiagramexport.cpp" line="+41"/>
        <source>%1 is not a .mmd, .puml, .tex or .md file</source>
        <translation>%1 不是 .mmd、.puml、.tex 或 .md 文件</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+27"/>
        <source>See TCP connections as ladder diagrams.</source>
        <translation>以梯形图查看 TCP 连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pcap or pcapng capture to open</source>
        <translation>要打开的 pcap 或 pcapng 抓包文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select connection N (tcp.stream) once loaded.</source>
        <translation>加载完成后选中第 N 个连接（tcp.stream）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a bundled sample, e.g. reset.pcapng.</source>
        <translation>打开内置示例，例如 reset.pcapng。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with larger text (projectors).</source>
        <translation>启动时使用大号文字（适合投影仪）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Help › Getting Started at start.</source>
        <translation>启动时显示“帮助 › 入门指南”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Help › Keyboard Shortcuts at start.</source>
        <translation>启动时显示“帮助 › 键盘快捷键”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start in presenter mode (F11).</source>
        <translation>以演示模式启动（F11）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the graphs: time-sequence, round-trip time or bytes in flight (Ctrl+G).</source>
        <translation>显示图表：时间-序列号图、往返时间图或在途字节数图（Ctrl+G）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start in the textbook layout (View menu).</source>
        <translation>以教科书布局启动（视图菜单）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge the selected connection with FILE, the other side&apos;s capture (File menu).</source>
        <translation>将所选连接与 FILE（另一端的抓包）合并（文件菜单）。</translation>
    </message>
</context>
<context>
    <name>tcpladder::capture::CaptureSession</name>
    <message>
        <location filename="../../src/capture/capturesession.cpp" line="+33"/>
        <location line="+55"/>
        <source>A capture is already running.</source>
        <translation>已有抓包正在进行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no stopped capture to save.</source>
        <translation>没有已停止的抓包可以保存。</translation>
    </message>
</context>
<context>
    <name>tcpladder::model::ConnectionModel</name>
    <message>
        <location filename="../../src/model/connectionmodel.cpp" line="+81"/>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>建立</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments</source>
        <translation>报文段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>client → server: %1
server → client: %2</source>
        <translation>客户端 → 服务器：%1
服务器 → 客户端：%2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Refused: the SYN was answered with a RST (nothing listening on port %1)</source>
        <translation>被拒绝：SYN 收到的应答是 RST（端口 %1 上没有程序在监听）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handshake incomplete: only the SYN was seen, no SYN-ACK came back</source>
        <translation>握手不完整：只看到 SYN，没有收到 SYN-ACK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handshake incomplete: SYN and SYN-ACK were seen, but not the final ACK</source>
        <translation>握手不完整：看到了 SYN 和 SYN-ACK，但没有最后的 ACK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No handshake: the connection started before the capture</source>
        <translation>没有握手：连接在开始抓包之前就已建立</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset: a RST segment ended the connection abruptly</source>
        <translation>复位：一个 RST 报文段突然终止了连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teardown incomplete: only the %1 sent a FIN (half-closed)</source>
        <translation>连接释放不完整：只有%1发送了 FIN（半关闭）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No teardown: no FIN or RST was seen (still open when the capture ended)</source>
        <translation>没有连接释放：未看到 FIN 或 RST（抓包结束时连接仍处于打开状态）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teardown incomplete: both sides sent FIN but not both FINs were acknowledged</source>
        <translation>连接释放不完整：双方都发送了 FIN，但并非两个 FIN 都得到了确认</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN only</source>
        <translation>仅 SYN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYN, SYN-ACK</source>
        <translation>SYN、SYN-ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simultaneous</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>FIN (%1 segments)</source>
        <translation>FIN（%1 个报文段）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half (one FIN)</source>
        <translation>半关闭（一个 FIN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST</source>
        <translation>RST</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::CaptureDialog</name>
    <message>
        <location filename="../../src/ui/capturedialog.cpp" line="+35"/>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>未启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wireless</source>
        <translation>无线</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Live capture needs Npcap, which is not installed: download it from &lt;a href=&quot;https://npcap.com&quot;&gt;https://npcap.com&lt;/a&gt; and run its installer (the defaults are fine). Opening capture files works without it.</source>
        <translation>实时抓包需要 Npcap，但它尚未安装：请从 &lt;a href=&quot;https://npcap.com&quot;&gt;https://npcap.com&lt;/a&gt; 下载并运行安装程序（使用默认设置即可）。打开抓包文件不需要它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libpcap found no capture interfaces. On Linux, capturing needs the cap_net_raw capability (see the README); on Windows, Npcap.</source>
        <translation>libpcap 没有找到可抓包的接口。在 Linux 上，抓包需要 cap_net_raw 权限（见 README）；在 Windows 上需要 Npcap。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No filter: every packet on the interface is captured.</source>
        <translation>无过滤器：抓取该接口上的所有数据包。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid capture filter.</source>
        <translation>抓包过滤器有效。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This looks like a Wireshark display filter. Capture filters use BPF syntax, for example “host 127.0.0.1” or “tcp port 80”.</source>
        <translation>这看起来像 Wireshark 的显示过滤器。抓包过滤器使用 BPF 语法，例如“host 127.0.0.1”或“tcp port 80”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This looks like a Wireshark display filter. Capture filters use BPF syntax: &lt;a href=&quot;%1&quot;&gt;use “%2”&lt;/a&gt;.</source>
        <translation>这看起来像 Wireshark 的显示过滤器。抓包过滤器使用 BPF 语法：&lt;a href=&quot;%1&quot;&gt;改用“%2”&lt;/a&gt;。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the capture filter first</source>
        <translation>请先修正抓包过滤器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an interface first</source>
        <translation>请先选择一个接口</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::CaptureStatusBar</name>
    <message>
        <location filename="../../src/ui/capturestatusbar.cpp" line="+62"/>
        <source>%1 frames, %2 TCP segments</source>
        <translation>%1 帧，%2 个 TCP 报文段</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n connection(s)</source>
        <translation>
            <numerusform>%1 / %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Loading… %p%</source>
        <translation>正在加载… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading; what was read so far stays</source>
        <translation>停止加载；已读取的内容会保留</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::ExplanationPane</name>
    <message>
        <location filename="../../src/ui/explanationpane.cpp" line="+88"/>
        <source>Click an arrow of the merged ladder to see what the two captures show of it.</source>
        <translation>点击合并梯形图中的箭头，查看两个抓包分别记录了它什么。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click an arrow or a phase bracket to see what it means in this connection.</source>
        <translation>单击一个箭头或阶段括号，查看它在这个连接中的含义。</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::ExportDialog</name>
    <message>
        <location filename="../../src/ui/exportdialog.cpp" line="+30"/>
        <source>High contrast (presenter)</source>
        <translation>高对比度（演示模式）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mermaid diagram (*.mmd)</source>
        <translation>Mermaid 图 (*.mmd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PlantUML diagram (*.puml)</source>
        <translation>PlantUML 图 (*.puml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LaTeX document (*.tex)</source>
        <translation>LaTeX 文档 (*.tex)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown document (*.md)</source>
        <translation>Markdown 文档 (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This PNG would be %1 pixels tall; many image viewers refuse images taller than %2 pixels. Choose PDF for pages that any viewer opens.</source>
        <translation>此 PNG 将高 %1 像素；许多图片查看器拒绝打开高于 %2 像素的图片。请选择 PDF，分页后任何查看器都能打开。</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::FilterBar</name>
    <message>
        <location filename="../../src/ui/filterbar.cpp" line="+42"/>
        <source>Display filter, e.g. ip.addr == 192.0.2.80 &amp;&amp; tcp.flags.syn == 1</source>
        <translation>显示过滤器，例如 ip.addr == 192.0.2.80 &amp;&amp; tcp.flags.syn == 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wireshark display-filter syntax: ip.addr, ip.src, ip.dst, ipv6.addr, tcp.port, tcp.srcport, tcp.dstport, tcp.stream, tcp.flags.syn/fin/reset, host; == != eq ne, and &amp;&amp; or || not !, parentheses</source>
        <translation>Wireshark 显示过滤器语法：ip.addr、ip.src、ip.dst、ipv6.addr、tcp.port、tcp.srcport、tcp.dstport、tcp.stream、tcp.flags.syn/fin/reset、host；== != eq ne，and &amp;&amp; or || not !，括号</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::FrameDissector</name>
    <message>
        <location filename="../../src/ui/framelinkfields.cpp" line="+21"/>
        <source>Ethernet II</source>
        <translation>以太网 II</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>802.1Q VLAN</source>
        <translation>802.1Q VLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID %1, priority %2</source>
        <translation>ID %1，优先级 %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/ui/framedissector.cpp" line="+17"/>
        <location line="+39"/>
        <location filename="../../src/ui/framelinkfields.cpp" line="-10"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/framelinkfields.cpp" line="+25"/>
        <source>Linux cooked capture (SLL)</source>
        <translation>Linux cooked 抓包（SLL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Packet type</source>
        <translation>数据包类型</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Link-layer address type</source>
        <translation>链路层地址类型</translation>
    </message>
    <message>
        <location filename="../../src/ui/framedissector.cpp" line="-15"/>
        <location filename="../../src/ui/framelinkfields.cpp" line="+1"/>
        <location line="+6"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../src/ui/framelinkfields.cpp" line="-1"/>
        <source>Linux cooked capture v2 (SLL2)</source>
        <translation>Linux cooked 抓包 v2（SLL2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface index</source>
        <translation>接口索引</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>address family %1</source>
        <translation>地址族 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Raw IP</source>
        <translation>原始 IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no link-layer header</source>
        <translation>无链路层首部</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Link type %1</source>
        <translation>链路类型 %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>MPLS label</source>
        <translation>MPLS 标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label %1, TTL %2</source>
        <translation>标签 %1，TTL %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PPPoE session</source>
        <translation>PPPoE 会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point-to-Point Protocol</source>
        <translation>点对点协议（PPP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cisco HDLC</source>
        <translation>Cisco HDLC</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not decoded</source>
        <translation>未解析</translation>
    </message>
    <message>
        <location filename="../../src/ui/framedissector.cpp" line="-25"/>
        <source>Internet Protocol version 4</source>
        <translation>网际协议第 4 版（IPv4）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+150"/>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+20"/>
        <location line="+27"/>
        <location line="+36"/>
        <location line="+27"/>
        <location line="+73"/>
        <location line="+4"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>DSCP / ECN</source>
        <translation>DSCP / ECN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSCP %1, ECN %2</source>
        <translation>DSCP %1，ECN %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fragment offset</source>
        <translation>片偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live</source>
        <translation>生存时间（TTL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP (6)</source>
        <translation>TCP (6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header checksum</source>
        <translation>首部校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Destination address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+163"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Internet Protocol version 6</source>
        <translation>网际协议第 6 版（IPv6）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Traffic class</source>
        <translation>流量类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow label</source>
        <translation>流标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload length</source>
        <translation>有效载荷长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next header</source>
        <translation>下一个首部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop limit</source>
        <translation>跳数限制</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extension header %1</source>
        <translation>扩展首部 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1, cut short or not decoded</source>
        <translation>版本 %1，被截断或未解析</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>End of options</source>
        <translation>选项结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No-operation (NOP)</source>
        <translation>无操作（NOP）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maximum segment size</source>
        <translation>最大报文段长度（MSS）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window scale</source>
        <translation>窗口扩大因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift %1 (multiply by %2)</source>
        <translation>左移 %1 位（乘以 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SACK permitted</source>
        <translation>允许 SACK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SACK</source>
        <translation>SACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSval %1, TSecr %2</source>
        <translation>TSval %1，TSecr %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>header cut short</source>
        <translation>首部被截断</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transmission Control Protocol</source>
        <translation>传输控制协议（TCP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2, Seq=%3 Ack=%4 Len=%5</source>
        <translation>%1 → %2，Seq=%3 Ack=%4 Len=%5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence number (relative)</source>
        <translation>序列号（相对）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence number (raw)</source>
        <translation>序列号（原始）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next sequence number</source>
        <translation>下一个序列号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgment number (relative)</source>
        <translation>确认号（相对）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment number (raw)</source>
        <translation>确认号（原始）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes (%2)</source>
        <translation>%1 字节（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set</source>
        <translation>置位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>未置位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Window (scaled)</source>
        <translation>窗口（扩大后）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 bytes (× %2)</source>
        <translation>%1 字节（× %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown: window scale not seen in the handshake</source>
        <translation>未知：握手中未看到窗口扩大因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payload</source>
        <translation>有效载荷</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes captured</source>
        <translation>捕获了 %1 字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client state after</source>
        <translation>之后的客户端状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server state after</source>
        <translation>之后的服务器状态</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::GettingStartedDialog</name>
    <message>
        <location filename="../../src/ui/gettingstarted.cpp" line="+89"/>
        <source>Getting Started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tutorial&apos;s first lesson, with a capture that comes with TCP Ladder: a client (%1) fetches a web page from %2 (%3), then closes the connection. Try each step yourself; the button under it does it for you.</source>
        <translation>教程的第一课，用 TCP 梯形图自带的抓包文件来学：客户端（%1）从 %2（%3）获取一个网页，然后关闭连接。每一步请先自己动手试试；步骤下面的按钮也可以替你完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Open the sample&lt;/b&gt; (File › Open Sample › Web page fetch, 3-segment teardown): %1 holds %2 frames, the DNS lookup of %3 (frames 1–2) and one TCP connection (frames %4–%2).</source>
        <translation>&lt;b&gt;打开示例&lt;/b&gt;（文件 › 打开示例 › 获取网页，3 个报文段的挥手）：%1 共有 %2 帧，包括对 %3 的 DNS 查询（第 1–2 帧）和一条 TCP 连接（第 %4–%2 帧）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the Sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Find the connection&lt;/b&gt; as in Wireshark: type %1 into the display filter above the list. A valid filter turns green, and the list keeps the connections to or from the web server. %2 finds it by name (learned from the DNS answer).</source>
        <translation>&lt;b&gt;查找连接&lt;/b&gt;，和在 Wireshark 中一样：在列表上方的显示过滤器中输入 %1。过滤器有效时输入框变成绿色，列表只保留与该 Web 服务器之间的连接。%2 可以按名称找到它（名称来自 DNS 应答）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the Filter</source>
        <translation>输入过滤器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Select the connection&lt;/b&gt; (%1:%2 → %3:%4) and read the three-way handshake: frame %5 &lt;b&gt;[SYN]&lt;/b&gt; seq=0 from the client, frame %6 &lt;b&gt;[SYN, ACK]&lt;/b&gt; seq=0 ack=1 from the server, frame %7 &lt;b&gt;[ACK]&lt;/b&gt; seq=1 ack=1. The numbers are relative, as in Wireshark: each side counts from its own initial sequence number; ack=1 means “got your SYN, byte 1 next”.</source>
        <translation>&lt;b&gt;选中这条连接&lt;/b&gt;（%1:%2 → %3:%4），阅读三次握手：第 %5 帧是客户端发出的 &lt;b&gt;[SYN]&lt;/b&gt; seq=0，第 %6 帧是服务器发出的 &lt;b&gt;[SYN, ACK]&lt;/b&gt; seq=0 ack=1，第 %7 帧是 &lt;b&gt;[ACK]&lt;/b&gt; seq=1 ack=1。这些是相对序号，与 Wireshark 一致：每一方都从自己的初始序号开始计数；ack=1 的意思是“收到你的 SYN 了，下一个该发第 1 个字节”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select the Connection</source>
        <translation>选中连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Why the teardown has 3 segments.&lt;/b&gt; Frame %1: the client&apos;s &lt;b&gt;[FIN, ACK]&lt;/b&gt;, it has nothing more to send. Frame %2: the server&apos;s own &lt;b&gt;[FIN, ACK]&lt;/b&gt;; its ack=%3 acknowledges the client&apos;s FIN, so that ACK rides on the server&apos;s FIN instead of a segment of its own. Frame %4: the client&apos;s &lt;b&gt;[ACK]&lt;/b&gt; ack=%5 acknowledges the server&apos;s FIN. The button turns on Step Through (F6) at frame %2; Space shows the last ACK.</source>
        <translation>&lt;b&gt;为什么挥手只有 3 个报文段。&lt;/b&gt;第 %1 帧：客户端的 &lt;b&gt;[FIN, ACK]&lt;/b&gt;，它已没有数据要发。第 %2 帧：服务器自己的 &lt;b&gt;[FIN, ACK]&lt;/b&gt;；其中 ack=%3 确认了客户端的 FIN，所以这个 ACK 捎带在服务器的 FIN 上，没有单独占用一个报文段。第 %4 帧：客户端的 &lt;b&gt;[ACK]&lt;/b&gt; ack=%5 确认服务器的 FIN。按钮会打开“逐步演示”（F6）并停在第 %2 帧；按空格键显示最后的 ACK。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step to the Teardown</source>
        <translation>跳到挥手</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::GraphChart</name>
    <message>
        <location filename="../../src/ui/graphchart.cpp" line="+156"/>
        <source>Selected segment</source>
        <translation>选中的报文段</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::GraphDock</name>
    <message>
        <location filename="../../src/ui/graphdock.cpp" line="+89"/>
        <source>Time-Sequence Graph</source>
        <translation>时间-序列号图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round-Trip Time Graph</source>
        <translation>往返时间图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes in Flight Graph</source>
        <translation>在途字节数图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G&amp;raph:</source>
        <translation>图表(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Graphs</source>
        <translation>图表(&amp;G)</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::GraphExport</name>
    <message>
        <location filename="../../src/ui/graphexport.cpp" line="+61"/>
        <source>Graph size must be between %1 and %2 pixels per side</source>
        <translation>图的每条边必须在 %1 到 %2 像素之间</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not enough memory for a %1 x %2 image</source>
        <translation>内存不足，无法生成 %1 × %2 的图像</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection has no segments to graph</source>
        <translation>该连接没有可绘制的报文段</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::HelpMenu</name>
    <message>
        <location filename="../../src/ui/helpmenu.cpp" line="+62"/>
        <source>About TCP Ladder</source>
        <translation>关于 TCP 梯形图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TCP Ladder %1&lt;/h3&gt;&lt;p&gt;Shows TCP connections from pcap and pcapng captures as ladder diagrams: the three-way handshake, the data and the teardown, segment by segment.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TCP 梯形图 %1&lt;/h3&gt;&lt;p&gt;把 pcap 和 pcapng 抓包文件中的 TCP 连接画成梯形图：三次握手、数据传输和连接释放（挥手），一个报文段一个报文段地展示。&lt;/p&gt;&lt;p&gt;以 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::InFlightGraphChart</name>
    <message>
        <location filename="../../src/ui/analysisgraphcharts.cpp" line="+173"/>
        <source>Time since the first segment (s)</source>
        <translation>距第一个报文段的时间 (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes in flight, window (bytes)</source>
        <translation>在途字节数与窗口（字节）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bytes in flight</source>
        <translation>在途字节数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes in flight: sent, not yet acknowledged</source>
        <translation>在途字节数：已发送、尚未被确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive window</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive window: what the receiver can take</source>
        <translation>接收窗口：接收方还能接收的字节数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes in flight of stream %1: data %2 → %3</source>
        <translation>流 %1 的在途字节数：数据 %2 → %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bytes in flight: no data was sent this way</source>
        <translation>没有在途字节：这个方向没有发送数据</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LadderExportActions</name>
    <message>
        <location filename="../../src/ui/ladderexportactions.cpp" line="+88"/>
        <source>Export Ladder</source>
        <translation>导出梯形图</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not export the ladder: %1</source>
        <translation>无法导出梯形图：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ladder is too long to copy as one image; export it as SVG instead.</source>
        <translation>梯形图太长，无法作为一张图像复制；请改为导出 SVG。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ladder image copied (%1 × %2 px)</source>
        <translation>已复制梯形图图像（%1 × %2 像素）</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LadderNotesMenu</name>
    <message>
        <location filename="../../src/ui/laddernotesmenu.cpp" line="+39"/>
        <source>Edit Note…</source>
        <translation>编辑批注…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Note…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Note</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add Note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on frame %1 (saved as a pcapng packet comment, shown by Wireshark):</source>
        <translation>第 %1 帧的批注（保存为 pcapng 数据包注释，Wireshark 会显示）：</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LadderPlaceholder</name>
    <message>
        <location filename="../../src/ui/ladderplaceholder.cpp" line="+97"/>
        <source>Open a &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small captures bundled with TCP Ladder: a web page fetch, a reset, a refused connection</source>
        <translation>TCP 梯形图自带的小型抓包：网页获取、复位、被拒绝的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear the Filter</source>
        <translation>清除过滤器(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No capture is open</source>
        <translation>尚未打开抓包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a pcap or pcapng file, start with a bundled sample, or capture live on a network interface. Each TCP connection is then listed above; pick one to see its ladder.</source>
        <translation>打开 pcap 或 pcapng 文件、从内置示例开始，或在网络接口上实时抓包。随后每个 TCP 连接都会列在上方；选择一个即可查看它的梯形图。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connections appear above as they are read.</source>
        <translation>连接会在读取的同时显示在上方。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This capture has no TCP connections</source>
        <translation>此抓包中没有 TCP 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture again while the browser or program talks to the server, or open another file.</source>
        <translation>请在浏览器或程序与服务器通信时重新抓包，或打开另一个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection matches %1 with the quick search “%2”</source>
        <translation>没有连接同时匹配 %1 和快速搜索“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection matches %1</source>
        <translation>没有连接匹配 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection matches the quick search “%1”</source>
        <translation>没有连接匹配快速搜索“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n connection(s) of this capture are all hidden. The address a ping shows may not be the one the browser used (a name can have several addresses, IPv4 and IPv6): clear the filter to see them all.</source>
        <translation>
            <numerusform>此抓包的 %n 个连接全部被隐藏。ping 显示的地址不一定是浏览器实际使用的地址（一个域名可以有多个地址，包括 IPv4 和 IPv6）：清除过滤器即可看到全部连接。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a connection</source>
        <translation>请选择一个连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a row in the list above to draw its ladder: the handshake, the data and the teardown.</source>
        <translation>点击上方列表中的一行即可绘制它的梯形图：握手、数据传输和连接释放。</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LadderView</name>
    <message>
        <location filename="../../src/ui/ladderview.cpp" line="+184"/>
        <source>Select a connection to see its ladder</source>
        <translation>选择一个连接以查看其梯形图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laying out %1 segments…</source>
        <translation>正在排布 %1 个报文段…</translation>
    </message>
    <message>
        <location filename="../../src/ui/ladderviewteaching.cpp" line="+105"/>
        <source>Step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — end of the connection: every segment is shown. Home starts again, F6 ends step-through.</source>
        <translation>%1 — 连接结束：所有报文段都已显示。按 Home 从头开始，按 F6 结束逐步演示。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — press Space or → for the first arrow</source>
        <translation>%1 — 按空格键或 → 显示第一个箭头</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LadderViewActions</name>
    <message>
        <location filename="../../src/ui/ladderviewactions.cpp" line="+27"/>
        <source>Step-through: press Space or → to reveal the first arrow.</source>
        <translation>逐步演示：按空格或 → 显示第一个箭头。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show TCP &amp;States</source>
        <translation>显示 TCP 状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 9293 states (SYN_SENT, ESTABLISHED, FIN_WAIT_1, …) beside both lifelines</source>
        <translation>在两条生命线旁显示 RFC 9293 状态（SYN_SENT、ESTABLISHED、FIN_WAIT_1 等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Textbook Layout</source>
        <translation>教科书布局(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slant the arrows by the one-way delay estimated from the handshake RTT</source>
        <translation>按照由握手 RTT 估算的单程时延倾斜箭头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;Through</source>
        <translation>逐步演示(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal the arrows one by one: Space or → for the next, ← or Backspace to go back</source>
        <translation>逐个显示箭头：空格或 → 显示下一个，← 或退格键返回上一个</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LanguageManager</name>
    <message>
        <location filename="../../src/ui/languagemanager.cpp" line="+30"/>
        <location line="+85"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::LiveCaptureController</name>
    <message>
        <location filename="../../src/ui/livecapturecontroller.cpp" line="+100"/>
        <source>Cannot start the capture: %1</source>
        <translation>无法开始抓包：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capturing on %1 — TCP Ladder</source>
        <translation>正在 %1 上抓包 — TCP 梯形图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: %1</source>
        <translation>实时：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capturing on %1…</source>
        <translation>正在 %1 上抓包…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Capturing on %1: %2 packets, %3 dropped, %4</source>
        <translation>正在 %1 上抓包：%2 个数据包，丢弃 %3 个，%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped: packets the kernel could not hand over in time (its buffer was full); %1 more were dropped by the interface.
Spooled to %2 (%3).</source>
        <translation>丢弃：内核未能及时交付的数据包（其缓冲区已满）；另有 %1 个被接口丢弃。
已暂存到 %2（%3）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Captured on %1: %2 packets, %3 dropped</source>
        <translation>在 %1 上抓到 %2 个数据包，丢弃 %3 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Capture on %1 failed</source>
        <translation>在 %1 上抓包失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot capture on %1: %2</source>
        <translation>无法在 %1 上抓包：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capture on %1 ended without packets: nothing matched the capture filter, or there was no traffic.</source>
        <translation>%1 上的抓包结束，没有抓到数据包：没有数据包匹配抓包过滤器，或者没有流量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture on %1 (unsaved) — TCP Ladder</source>
        <translation>%1 上的抓包（未保存）— TCP 梯形图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture on %1 (unsaved)</source>
        <translation>%1 上的抓包（未保存）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1
The %n packet(s) captured before that are kept: File › Save Capture As… saves them.</source>
        <translation>
            <numerusform>%1
在此之前抓到的 %n 个数据包已保留：用“文件 › 抓包另存为…”保存它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture stopped. File › Save Capture As… keeps it.</source>
        <translation>抓包已停止。用“文件 › 抓包另存为…”保存它。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng 抓包文件 (*.pcapng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Capture As</source>
        <translation>抓包另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pcapng capture (*.pcapng);;pcap capture (*.pcap)</source>
        <translation>pcapng 抓包文件 (*.pcapng);;pcap 抓包文件 (*.pcap)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the capture: %1</source>
        <translation>无法保存抓包：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved Capture</source>
        <translation>未保存的抓包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capture on %1 has not been saved. Save it before it is closed?</source>
        <translation>%1 上的抓包尚未保存。关闭之前要保存吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier session</source>
        <translation>之前的会话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>TCP Ladder found a live capture that was never saved (%1, %2, %3). &lt;a href=&quot;open&quot;&gt;Open it&lt;/a&gt; · &lt;a href=&quot;discard&quot;&gt;Discard it&lt;/a&gt;</source>
        <translation>TCP 梯形图发现了一个从未保存的实时抓包（%1，%2，%3）。&lt;a href=&quot;open&quot;&gt;打开它&lt;/a&gt; · &lt;a href=&quot;discard&quot;&gt;丢弃它&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> (and %n more, offered one after another)</source>
        <translation>
            <numerusform>（还有 %n 个，将逐个提示）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (recovered, unsaved) — TCP Ladder</source>
        <translation>%1（已恢复，未保存）— TCP 梯形图</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::MainWindow</name>
    <message>
        <location filename="../../src/ui/languagemanager.cpp" line="-10"/>
        <source>TCP Ladder</source>
        <translation>TCP 梯形图</translation>
    </message>
    <message>
        <location filename="../../src/ui/peercapturecontroller.cpp" line="+108"/>
        <source>Captures (*.pcap *.pcapng *.cap *.pcap.gz *.pcapng.gz);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.pcap.gz *.pcapng.gz);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::MessageBar</name>
    <message numerus="yes">
        <location filename="../../src/ui/messagebar.cpp" line="+45"/>
        <source>… and %n more (hover to see all)</source>
        <translation>
            <numerusform>… 还有 %n 条（将鼠标悬停在此处查看全部）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::NotesController</name>
    <message>
        <location filename="../../src/ui/notescontroller.cpp" line="+49"/>
        <source>Save Capture As</source>
        <translation>抓包另存为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pcapng capture (*.pcapng)</source>
        <translation>pcapng 抓包文件 (*.pcapng)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the capture: %1</source>
        <translation>无法保存抓包：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved Notes</source>
        <translation>批注未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes added to this capture have not been saved. Save them in a pcapng file before it is closed?</source>
        <translation>为此抓包添加的批注尚未保存。关闭之前要把它们保存到 pcapng 文件吗？</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::OpenCapture</name>
    <message>
        <location filename="../../src/ui/opencapture.cpp" line="+45"/>
        <source>Cannot open “%1”: it is not a readable file.</source>
        <translation>无法打开“%1”：这不是一个可读取的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open “%1”: there is no such file.</source>
        <translation>无法打开“%1”：文件不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+110"/>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>“%1” is still open.</source>
        <translation>“%1”仍处于打开状态。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no bundled sample called “%1”.</source>
        <translation>没有名为“%1”的内置示例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not unpack the sample “%1” to a temporary folder.</source>
        <translation>无法将示例“%1”解压到临时文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Capture</source>
        <translation>打开抓包文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captures (*.pcap *.pcapng *.cap *.pcap.gz *.pcapng.gz);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.pcap.gz *.pcapng.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (sample) — TCP Ladder</source>
        <translation>%1（示例）— TCP 梯形图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — TCP Ladder</source>
        <translation>%1 — TCP 梯形图</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading was cancelled; the list shows the connections read so far.</source>
        <translation>加载已取消；列表显示的是目前已读取的连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file loaded with warnings:
%1</source>
        <translation>文件已加载，但有警告：
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No TCP connections were found in “%1”.</source>
        <translation>在“%1”中没有找到 TCP 连接。</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::PacketDetailsView</name>
    <message>
        <location filename="../../src/ui/packetdetailsview.cpp" line="+113"/>
        <location line="+73"/>
        <location line="+25"/>
        <source>Select an arrow in the ladder to see its headers.</source>
        <translation>在梯形图中选择一个箭头以查看其首部。</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+87"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+87"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Frame %1 could not be read again from the file: %2</source>
        <translation>无法从文件中重新读取第 %1 帧：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame %1 — %2 bytes</source>
        <translation>第 %1 帧 — %2 字节</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::PeerCaptureController</name>
    <message>
        <location filename="../../src/ui/peercapturecontroller.cpp" line="-85"/>
        <source>%1 holds no connection with the ISNs or sequence numbers of stream %2, so it cannot be merged: open the capture taken at the other end of this connection.</source>
        <translation>%1 中没有与流 %2 的 ISN 或序列号相同的连接，因此无法合并：请打开在该连接另一端抓取的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1 as the other side&apos;s capture: %2.</source>
        <translation>无法将 %1 作为另一端的抓包读取：%2。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The other side&apos;s capture was merged with stream %1 only, so it was closed when stream %2 was selected. Open it again to merge this connection.</source>
        <translation>另一端的抓包只与流 %1 合并，因此在选择流 %2 时已将其关闭。请再次打开它以合并此连接。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open Other Side&apos;s Capture</source>
        <translation>打开另一端的抓包</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a capture file and select a connection first: the other side&apos;s capture is merged with the selected connection.</source>
        <translation>请先打开抓包文件并选择一个连接：另一端的抓包会与所选连接合并。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 holds this connection, but the two captures share too few segments in each direction to align their clocks, so no true ladder can be drawn.</source>
        <translation>%1 中有该连接，但两个抓包在每个方向上共有的报文段太少，无法对齐时钟，因此画不出真实的梯形图。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open &amp;Other Side&apos;s Capture…</source>
        <translation>打开另一端的抓包(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected connection with its capture taken at the other end: one ladder with the true one-way delays and the segments lost in between</source>
        <translation>将所选连接与在另一端抓取的文件合并：一张梯形图显示真实的单程时延和中途丢失的报文段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close Other Side&apos;s Capture</source>
        <translation>关闭另一端的抓包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Merged Ladder</source>
        <translation>显示合并梯形图(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ladder of both captures, or this capture&apos;s own</source>
        <translation>显示两个抓包合并后的梯形图，或仅本抓包的梯形图</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::PredictPanel</name>
    <message>
        <location filename="../../src/ui/predictpanel.cpp" line="+107"/>
        <source>Score: %1 / %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>flags:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Seq:</source>
        <translation>Seq：</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Ack:</source>
        <translation>Ack：</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>none (no ACK flag)</source>
        <translation>无（没有 ACK 标志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 4 right — %2</source>
        <translation>4 项答对 %1 项 — %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Predict the next segment: who sends it, with which flags, Seq and Ack?</source>
        <translation>预测下一个报文段：由谁发送？带哪些标志、Seq 和 Ack？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. SYN, ACK</source>
        <translation>例如 SYN, ACK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty if no ACK</source>
        <translation>没有 ACK 时留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;&amp; Reveal</source>
        <translation>检查并揭晓</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::PresenterMode</name>
    <message>
        <location filename="../../src/ui/presentermode.cpp" line="+36"/>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::QuizBar</name>
    <message>
        <location filename="../../src/ui/quizbar.cpp" line="+72"/>
        <source>Making the quiz…</source>
        <translation>正在生成测验…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fill in: this connection has no rows of that kind. Pick other rows or values.</source>
        <translation>没有可填的空：这个连接没有这类行。请换别的行或别的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green is right, red is wrong and shows the right value. Click a row for its explanation.</source>
        <translation>绿色表示正确，红色表示错误并给出正确的值。点击一行可查看它的解释。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the blanks: type a value in each box (Tab for the next), then Check (Enter).</source>
        <translation>填空：在每个方框里输入数值（按 Tab 跳到下一个），然后点“检查”（Enter）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try Again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Quiz…</source>
        <translation>新测验…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End Quiz</source>
        <translation>结束测验</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::QuizExportDialog</name>
    <message>
        <location filename="../../src/ui/quizexportdialog.cpp" line="+85"/>
        <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF 文档 (*.pdf);;网页 (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not export the quiz: %1</source>
        <translation>无法导出测验：%1</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::QuizMode</name>
    <message>
        <location filename="../../src/ui/quizmode.cpp" line="+64"/>
        <source>Predict first: say who sends the next segment and what it carries, then Check &amp; Reveal.</source>
        <translation>请先预测：说出下一个报文段由谁发送、携带什么，然后点“检查并揭晓”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+107"/>
        <source>Select a connection first: the quiz is made from its ladder.</source>
        <translation>请先选择一个连接：测验由它的梯形图生成。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This row is part of the quiz: its explanation comes after Check.</source>
        <translation>这一行是测验的一部分：点“检查”之后才显示它的解释。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Predict the next segment: who sends it, its flags, Seq and Ack. Check &amp; Reveal grades it and shows the arrow.</source>
        <translation>预测下一个报文段：由谁发送、它的标志、Seq 和 Ack。“检查并揭晓”会评分并显示这个箭头。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Teaching</source>
        <translation>教学(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the &amp;Blanks…</source>
        <translation>填空测验(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Seq, Ack, Len, flags or states on this connection for the class to fill in</source>
        <translation>隐藏这个连接的 Seq、Ack、Len、标志或状态，让学生填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict the Next Segment</source>
        <translation>预测下一个报文段(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In step-through, guess who sends the next segment and its flags, Seq and Ack before it is revealed</source>
        <translation>在逐步演示中，在下一个报文段显示之前，猜出由谁发送以及它的标志、Seq 和 Ack</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::QuizOverlay</name>
    <message>
        <location filename="../../src/ui/quizoverlay.cpp" line="+153"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left empty; the right value is %1</source>
        <translation>未填写；正确的值是 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You typed %1; the right value is %2</source>
        <translation>你填的是 %1；正确的值是 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank (%1): type the value, Tab for the next, Enter to check</source>
        <translation>第 %1 空：输入数值，按 Tab 跳到下一空，按 Enter 检查</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::QuizSetupDialog</name>
    <message>
        <location filename="../../src/ui/quizsetupdialog.cpp" line="+18"/>
        <source>Fill the Blanks</source>
        <translation>填空测验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide these values</source>
        <translation>隐藏这些值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Seq (relative sequence number)</source>
        <translation>&amp;Seq（相对序列号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ack (relative acknowledgement number)</source>
        <translation>&amp;Ack（相对确认号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Len (payload bytes)</source>
        <translation>&amp;Len（载荷字节数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flags (SYN, ACK, FIN, …)</source>
        <translation>标志(&amp;F)（SYN、ACK、FIN…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP states of both &amp;ends after each segment</source>
        <translation>每个报文段之后两端的 TCP 状态(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On these rows of the connection</source>
        <translation>在连接的这些行上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;rows</source>
        <translation>所有行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three-way &amp;handshake</source>
        <translation>三次握手(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;teardown (FIN or RST)</source>
        <translation>连接释放(&amp;T)（FIN 或 RST）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Quiz</source>
        <translation>开始测验</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::RecentFiles</name>
    <message>
        <location filename="../../src/ui/recentfiles.cpp" line="+84"/>
        <source>%1 (no longer there)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Web page fetch, 3-segment teardown</source>
        <translation>获取网页，3 个报文段的挥手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page fetch, 4-segment teardown</source>
        <translation>获取网页，四次挥手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection ended by a reset</source>
        <translation>以复位（RST）结束的连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused connection (nothing listening)</source>
        <translation>被拒绝的连接（没有程序在监听）</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::RttGraphChart</name>
    <message>
        <location filename="../../src/ui/analysisgraphcharts.cpp" line="-96"/>
        <source>Time of the ACK since the first segment (s)</source>
        <translation>ACK 距第一个报文段的时间 (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round-trip time (ms)</source>
        <translation>往返时间（毫秒）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data client → server</source>
        <translation>数据 客户端 → 服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data client → server until the server&apos;s ACK</source>
        <translation>数据 客户端 → 服务器，直到服务器的 ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data server → client</source>
        <translation>数据 服务器 → 客户端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data server → client until the client&apos;s ACK</source>
        <translation>数据 服务器 → 客户端，直到客户端的 ACK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round-trip time per ACK of stream %1 (%2 ↔ %3)</source>
        <translation>流 %1 每个 ACK 的往返时间（%2 ↔ %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No RTT samples: no segment of this connection was acknowledged</source>
        <translation>没有 RTT 样本：这个连接中没有报文段被确认</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::SequenceGraph</name>
    <message>
        <location filename="../../src/ui/sequencegraph.cpp" line="+51"/>
        <source>Drag to zoom, wheel to zoom at the cursor, double-click or Esc to reset; click a point to select its segment in the ladder</source>
        <translation>拖动以缩放，滚轮以光标为中心缩放，双击或按 Esc 重置；单击某个点可在梯形图中选中对应的报文段</translation>
    </message>
    <message>
        <location filename="../../src/ui/sequencegraphinput.cpp" line="+138"/>
        <source>Data client → server</source>
        <translation>数据 客户端 → 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data server → client</source>
        <translation>数据 服务器 → 客户端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Graph as PNG…</source>
        <translation>将图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/sequencegraph.cpp" line="+179"/>
        <source>Export Graph</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::SequenceGraphChart</name>
    <message>
        <location filename="../../src/ui/sequencegraphchart.cpp" line="+45"/>
        <source>Time since the first segment (s)</source>
        <translation>距第一个报文段的时间 (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative sequence number (bytes)</source>
        <translation>相对序列号（字节）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receive window: ACK + window × 2^scale</source>
        <translation>接收窗口：ACK + 窗口 × 2^扩大因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACK: all bytes below it arrived</source>
        <translation>ACK：在它之前的所有字节都已到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data segment (drawn at seq + len)</source>
        <translation>数据报文段（画在 seq + len 处）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Receive window</source>
        <translation>接收窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data (seq + len)</source>
        <translation>数据（seq + len）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate ACK</source>
        <translation>重复确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SYN: connection opens</source>
        <translation>SYN：连接建立</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIN: sender has no more data</source>
        <translation>FIN：发送方没有更多数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST: connection reset</source>
        <translation>RST：连接复位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retransmission: data sent again</source>
        <translation>重传：数据被再次发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of order: arrived after later data</source>
        <translation>乱序：在后面的数据之后才到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate ACK: receiver asks for a gap</source>
        <translation>重复确认：接收方请求缺失的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zero window: receiver full, sender waits</source>
        <translation>零窗口：接收方已满，发送方等待</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Time-sequence graph: no connection selected</source>
        <translation>时间-序列号图：未选择连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time-sequence graph of stream %1: data %2 → %3</source>
        <translation>流 %1 的时间-序列号图：数据 %2 → %3</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::ShortcutsDialog</name>
    <message>
        <location filename="../../src/ui/shortcutsdialog.cpp" line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command that has a key, as the menus have it now:</source>
        <translation>所有设有快捷键的命令（与当前菜单一致）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::TcpAnalysisChart</name>
    <message>
        <location filename="../../src/ui/analysisgraphcharts.cpp" line="-45"/>
        <source>No connection selected</source>
        <translation>未选择连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the capture again for tshark&apos;s analysis…</source>
        <translation>正在重新读取抓包文件，按 tshark 的方式分析…</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::TextDiagramActions</name>
    <message>
        <location filename="../../src/ui/textdiagramactions.cpp" line="+52"/>
        <source>Ladder copied as Mermaid text</source>
        <translation>已将梯形图复制为 Mermaid 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ladder copied as PlantUML text</source>
        <translation>已将梯形图复制为 PlantUML 文本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy as &amp;Mermaid</source>
        <translation>复制为 &amp;Mermaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ladder as a Mermaid sequence diagram, for Markdown pages and wikis</source>
        <translation>将梯形图复制为 Mermaid 时序图，可用于 Markdown 页面和维基</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;PlantUML</source>
        <translation>复制为 &amp;PlantUML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ladder as a PlantUML sequence diagram</source>
        <translation>将梯形图复制为 PlantUML 时序图</translation>
    </message>
</context>
<context>
    <name>tcpladder::ui::WindowTitle</name>
    <message>
        <location filename="../../src/ui/windowtitle.cpp" line="+29"/>
        <source>TCP Ladder</source>
        <translation>TCP 梯形图</translation>
    </message>
</context>
</TS>
