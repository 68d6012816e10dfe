# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
# .ts files live in translations/. The .qm files are generated into the build tree and embedded
# into the given target under :/i18n. `cmake --build BUILD --target jiuzhu_lupdate` refreshes the
# .ts files from the sources of models/, ui/ and app/.
set(JIUZHU_TS_FILES "${PROJECT_SOURCE_DIR}/translations/jiuzhu_zh_CN.ts")

function(jiuzhu_add_translations target)
    # lrelease runs under a target of its own, so other catalogues can be added to the same
    # library without clashing over the <target>_lrelease name.
    add_custom_target(${target}_translations)
    qt_add_lrelease(${target}_translations
        TS_FILES ${JIUZHU_TS_FILES}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "jiuzhu_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()

add_custom_target(jiuzhu_lupdate
    COMMAND Qt6::lupdate -no-obsolete -locations none -extensions cpp,h,ui
        "${PROJECT_SOURCE_DIR}/models" "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app"
        -ts ${JIUZHU_TS_FILES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM)
