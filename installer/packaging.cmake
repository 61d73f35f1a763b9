# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for everything that is not an executable, and the CPack setup: a DEB on Linux, an NSIS
# installer on Windows. Included last from the top-level CMakeLists.txt. installer/README.md explains
# what each package contains and how it is built.
include(GNUInstallDirs)

set(_tcpladder_installer_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_tcpladder_resources "${PROJECT_SOURCE_DIR}/resources")
file(GLOB _tcpladder_samples "${_tcpladder_resources}/samples/*.pcapng")

# Translations: whatever .qm the build produced (qt_add_translations writes them into the binary dir
# of the target that owns them) or the source tree holds; looked up at install time so a language added later needs no edit.
set(_tcpladder_qm_destination "${CMAKE_INSTALL_DATADIR}/tcpladder/translations")
if(WIN32)
    set(_tcpladder_qm_destination "translations")
endif()
install(CODE "
    file(GLOB _qm \"${PROJECT_BINARY_DIR}/src/*/tcpladder_*.qm\" \"${PROJECT_BINARY_DIR}/resources/*/tcpladder_*.qm\"
                   \"${_tcpladder_resources}/translations/*.qm\")
    if(_qm)
        file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${_tcpladder_qm_destination}\" TYPE FILE FILES \${_qm})
    endif()")

if(UNIX AND NOT APPLE)
    set(_linux "${_tcpladder_resources}/linux")
    install(FILES "${_linux}/tcpladder.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_linux}/io.github.tcpladder.TCPLadder.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_linux}/tcpladder-mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME tcpladder.xml)
    install(DIRECTORY "${_linux}/icons/hicolor" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
    install(FILES "${_tcpladder_resources}/icons/tcpladder.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(FILES ${_tcpladder_samples} DESTINATION "${CMAKE_INSTALL_DATADIR}/tcpladder/samples")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${_tcpladder_installer_dir}/deb/README.Debian"
            DESTINATION "${CMAKE_INSTALL_DOCDIR}")
elseif(WIN32)
    install(FILES ${_tcpladder_samples} DESTINATION samples)
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION .)
    # The MSVC runtime DLLs next to the executables, so no separate VC++ redistributable is needed
    # (MinGW's runtime DLLs come with the Qt deployment below).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
    if(CMAKE_CROSSCOMPILING)
        # A Linux-hosted Qt has no windeployqt: the toolchain's stand-in copies what both programs import
        # (Qt, the MinGW runtime, zlib), the platform/style/image plugins and Qt's own translations.
        get_filename_component(_tcpladder_qt_prefix "${Qt6_DIR}/../../.." ABSOLUTE)
        install(CODE "execute_process(COMMAND \"${_tcpladder_toolchain}/deploy-qt-mingw.sh\"
                    --qt \"${_tcpladder_qt_prefix}\" --dest \"\${CMAKE_INSTALL_PREFIX}/bin\"
                    \"\${CMAKE_INSTALL_PREFIX}/bin/tcpladder.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/tcpladder-cli.exe\"
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)")
    endif()
    # Qt's DLLs and plugins (windeployqt under the hood) for both executables; they share one bin/.
    foreach(_target IN ITEMS tcpladder tcpladder-cli)
        if(CMAKE_CROSSCOMPILING)
            break()
        endif()
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${_target} OUTPUT_SCRIPT _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${_target} FILENAME_VARIABLE _deploy NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT "${_deploy}")
    endforeach()
endif()

# ---- The portable Windows folder ------------------------------------------------------------------
# A cross build stages build/windows/stage (the install tree: bin/ with both programs, every DLL and
# plugin they load, samples/) and zips it as the portable release; it runs as it is on Windows.
if(WIN32 AND CMAKE_CROSSCOMPILING)
    set(_tcpladder_zip "tcpladder-${PROJECT_VERSION}-windows-x64.zip")
    add_custom_target(windows_stage ALL
        COMMAND "${CMAKE_COMMAND}" -E rm -rf stage "${_tcpladder_zip}"
        COMMAND "${CMAKE_COMMAND}" --install . --prefix stage
        COMMAND "${CMAKE_COMMAND}" -E chdir stage "${CMAKE_COMMAND}" -E tar cf "../${_tcpladder_zip}" --format=zip .
        WORKING_DIRECTORY "${PROJECT_BINARY_DIR}"
        COMMENT "Staging the portable folder stage/ and ${_tcpladder_zip}"
        VERBATIM)
    add_dependencies(windows_stage tcpladder tcpladder-cli tcpladder_graphexport)
endif()

# ---- CPack: shared --------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "tcpladder")
set(CPACK_PACKAGE_VENDOR "TCP Ladder")
set(CPACK_PACKAGE_CONTACT "TCP Ladder maintainers <tcpladder@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/tcpladder/tcpladder")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "See TCP connections from pcap/pcapng captures as ladder diagrams")
set(CPACK_PACKAGE_DESCRIPTION "TCP Ladder shows TCP the way a textbook draws it: open a pcap or pcapng
capture, or capture live, pick a connection and see its ladder diagram (SYN, SYN-ACK, ACK, data, FIN, RST)
with Wireshark's relative sequence numbers, the handshake and teardown named and explained. Includes the
console tool tcpladder-cli (list, ladder, export, interfaces, capture) and sample captures.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TCP Ladder")
set(CPACK_PACKAGE_EXECUTABLES "tcpladder" "TCP Ladder")
set(CPACK_STRIP_FILES ON)
# Values reach CPackConfig.cmake exactly as written here (the NSIS snippets contain quotes).
set(CPACK_VERBATIM_VARIABLES ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
else()
    # CPack's default is a placeholder text; better no licence page than a wrong one.
    set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
endif()

# ---- DEB ------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# setcap and groupadd run from postinst; the rest are what a desktop user expects to work out of the box.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libcap2-bin, passwd")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-translations-l10n, shared-mime-info")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wireshark, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${_tcpladder_installer_dir}/deb/postinst;${_tcpladder_installer_dir}/deb/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Moves the executables behind /usr/bin launchers and adds the pcap-group copies (see deb/stage.cmake).
set(CPACK_PRE_BUILD_SCRIPTS "${_tcpladder_installer_dir}/deb/stage.cmake")
set(CPACK_TCPLADDER_DEB_DIR "${_tcpladder_installer_dir}/deb")

# ---- NSIS -----------------------------------------------------------------------------------------
include("${_tcpladder_installer_dir}/windows/nsis.cmake")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
