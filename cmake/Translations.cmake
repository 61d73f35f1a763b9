# SPDX-License-Identifier: GPL-3.0-or-later
# English and Simplified Chinese through Qt Linguist. Included from src/render/CMakeLists.txt: the .qm files
# are embedded in tcpladder_render under :/i18n, so the app, the CLI and the tests all carry them.
#
#   cmake --build <dir> --target update_translations   # lupdate: refresh the .ts from the sources
#   linguist resources/translations/tcpladder_zh_CN.ts  # translate; the build runs lrelease
#
# qt_add_translations() would run one lupdate with the same options for both files; English only
# needs its plural forms ("1 connection" / "2 connections"), so it gets its own -pluralonly lupdate.

set(TCPLADDER_TS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
set(TCPLADDER_TS_ZH "${TCPLADDER_TS_DIR}/tcpladder_zh_CN.ts")
set(TCPLADDER_TS_EN "${TCPLADDER_TS_DIR}/tcpladder_en.ts")

# Every file that can hold user-visible text. The Qt-free core marks its ladder texts with
# TCPLADDER_TRANSLATE_*NOOP (ladderlabels.h), which lupdate is told to read as Qt's own markers.
file(GLOB TCPLADDER_TR_SOURCES CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/src/ui/*.cpp" "${PROJECT_SOURCE_DIR}/src/ui/*.h"
     "${PROJECT_SOURCE_DIR}/src/render/*.cpp" "${PROJECT_SOURCE_DIR}/src/render/*.h"
     "${PROJECT_SOURCE_DIR}/src/model/*.cpp" "${PROJECT_SOURCE_DIR}/src/model/*.h"
     "${PROJECT_SOURCE_DIR}/src/capture/*.cpp" "${PROJECT_SOURCE_DIR}/src/capture/*.h"
     "${PROJECT_SOURCE_DIR}/src/app/*.cpp"
     "${PROJECT_SOURCE_DIR}/src/cli/exportcommand.cpp"
     "${PROJECT_SOURCE_DIR}/src/core/*.cpp"
     "${PROJECT_SOURCE_DIR}/forms/*.ui")
set(TCPLADDER_TR_INCLUDES
    "${PROJECT_SOURCE_DIR}/src/ui" "${PROJECT_SOURCE_DIR}/src/render" "${PROJECT_SOURCE_DIR}/src/model" "${PROJECT_SOURCE_DIR}/src/capture"
    "${PROJECT_SOURCE_DIR}/src/core")
set(TCPLADDER_TR_ALIASES
    QT_TRANSLATE_NOOP+=TCPLADDER_TRANSLATE_NOOP QT_TRANSLATE_NOOP3+=TCPLADDER_TRANSLATE_NOOP3
    QT_TRANSLATE_N_NOOP+=TCPLADDER_TRANSLATE_N_NOOP QT_TRANSLATE_N_NOOP3+=TCPLADDER_TRANSLATE_N_NOOP3)
list(JOIN TCPLADDER_TR_ALIASES "," TCPLADDER_TR_ALIASES)
set(TCPLADDER_LUPDATE_OPTIONS
    -no-obsolete -locations relative -source-language en
    -tr-function-alias "${TCPLADDER_TR_ALIASES}")

qt_add_lupdate(tcpladder_render
    TS_FILES "${TCPLADDER_TS_ZH}"
    SOURCES ${TCPLADDER_TR_SOURCES}
    INCLUDE_DIRECTORIES ${TCPLADDER_TR_INCLUDES}
    OPTIONS ${TCPLADDER_LUPDATE_OPTIONS})
# No target of that name exists; the name only makes the lupdate target "tcpladder_en_lupdate".
qt_add_lupdate(tcpladder_en
    TS_FILES "${TCPLADDER_TS_EN}"
    SOURCES ${TCPLADDER_TR_SOURCES}
    INCLUDE_DIRECTORIES ${TCPLADDER_TR_INCLUDES}
    OPTIONS ${TCPLADDER_LUPDATE_OPTIONS} -pluralonly)

qt_add_lrelease(tcpladder_render
    TS_FILES "${TCPLADDER_TS_EN}" "${TCPLADDER_TS_ZH}"
    QM_FILES_OUTPUT_VARIABLE TCPLADDER_QM_FILES)
qt_add_resources(tcpladder_render tcpladder_translations
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${TCPLADDER_QM_FILES}
    OUTPUT_TARGETS TCPLADDER_QM_TARGETS)
# The static library's resources become an object library; with the project-wide AUTOUIC it would
# generate ui_*.h files a second time (ninja: "multiple rules generate ui_mainwindow.h").
set_target_properties(${TCPLADDER_QM_TARGETS} PROPERTIES AUTOUIC OFF AUTOMOC OFF AUTORCC OFF)

