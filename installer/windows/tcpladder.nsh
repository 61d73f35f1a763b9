; SPDX-License-Identifier: GPL-3.0-or-later
; TCP Ladder additions to CPack's NSIS installer, included through CPACK_NSIS_DEFINES (nsis.cmake):
; the Npcap page (shown only when Npcap is missing) and the .pcap/.pcapng association.

!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define TCPLADDER_PROGID "TCPLadder.Capture"
!define NPCAP_DOWNLOAD_URL "https://npcap.com/#download"

Var NpcapFound
Var NpcapDialog
Var NpcapControl

; TCP Ladder loads wpcap.dll from System32\Npcap for live capture only (src/core/livepcapapi.cpp). The
; installer is a 64-bit program (Target amd64-unicode); the switch matters only for a 32-bit build.
Function NpcapCheck
  ${If} ${RunningX64}
    ${DisableX64FSRedirection}
  ${EndIf}
  StrCpy $NpcapFound 0
  ${If} ${FileExists} "$WINDIR\System32\Npcap\wpcap.dll"
    StrCpy $NpcapFound 1
  ${EndIf}
  ${If} ${RunningX64}
    ${EnableX64FSRedirection}
  ${EndIf}
FunctionEnd

Function NpcapOpenDownload
  Pop $0 ; the clicked control, pushed by nsDialogs
  ExecShell "open" "${NPCAP_DOWNLOAD_URL}"
FunctionEnd

Function NpcapPageCreate
  Call NpcapCheck
  ${If} $NpcapFound == 1
    Abort ; Npcap is there: skip the page
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "Npcap is not installed" "Live capture in TCP Ladder needs Npcap."
  nsDialogs::Create 1018
  Pop $NpcapDialog
  ${If} $NpcapDialog == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 36u "TCP Ladder opens, draws and exports capture files without anything else. To \
capture live it needs the free Npcap driver, which is not installed on this computer. You can finish \
installing TCP Ladder now and install Npcap whenever you want to capture:"
  Pop $NpcapControl
  ${NSD_CreateLink} 0 40u 100% 12u "Download Npcap from ${NPCAP_DOWNLOAD_URL}"
  Pop $NpcapControl
  ${NSD_OnClick} $NpcapControl NpcapOpenDownload
  ${NSD_CreateLabel} 0 58u 100% 80u "In the Npcap installer the default options are fine:$\r$\n\
  - leave $\"Restrict Npcap driver's access to Administrators only$\" UNticked, otherwise only an \
Administrator can capture;$\r$\n\
  - tick $\"Support loopback traffic$\" to capture connections to localhost;$\r$\n\
  - $\"WinPcap API-compatible Mode$\" is not needed.$\r$\n\
Then open Capture again in TCP Ladder."
  Pop $NpcapControl
  nsDialogs::Show
FunctionEnd

Function NpcapPageLeave
FunctionEnd

; Adds TCP Ladder to "Open with" for an extension, and makes it the default only when no other program
; (Wireshark, say) already is.
!macro TcpLadderAssociateExtension EXT
  WriteRegStr SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${TCPLADDER_PROGID}" ""
  ReadRegStr $0 HKCR "${EXT}" ""
  ${If} $0 == ""
    WriteRegStr SHCTX "Software\Classes\${EXT}" "" "${TCPLADDER_PROGID}"
  ${EndIf}
!macroend

!macro TcpLadderAssociateFiles
  WriteRegStr SHCTX "Software\Classes\${TCPLADDER_PROGID}" "" "Packet capture"
  WriteRegStr SHCTX "Software\Classes\${TCPLADDER_PROGID}\DefaultIcon" "" "$INSTDIR\bin\tcpladder.exe,0"
  WriteRegStr SHCTX "Software\Classes\${TCPLADDER_PROGID}\shell\open\command" "" '"$INSTDIR\bin\tcpladder.exe" "%1"'
  !insertmacro TcpLadderAssociateExtension ".pcap"
  !insertmacro TcpLadderAssociateExtension ".pcapng"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED
!macroend

!macro TcpLadderUnassociateExtension EXT
  DeleteRegValue SHCTX "Software\Classes\${EXT}\OpenWithProgids" "${TCPLADDER_PROGID}"
  ReadRegStr $0 SHCTX "Software\Classes\${EXT}" ""
  ${If} $0 == "${TCPLADDER_PROGID}"
    DeleteRegValue SHCTX "Software\Classes\${EXT}" ""
  ${EndIf}
!macroend

!macro TcpLadderUnassociateFiles
  !insertmacro TcpLadderUnassociateExtension ".pcap"
  !insertmacro TcpLadderUnassociateExtension ".pcapng"
  DeleteRegKey SHCTX "Software\Classes\${TCPLADDER_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
