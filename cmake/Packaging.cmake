# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
set(CPACK_PACKAGE_NAME "jiuzhu")
set(CPACK_PACKAGE_VENDOR "Jiuzhu authors")
set(CPACK_PACKAGE_CONTACT "Jiuzhu authors <jiuzhu@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-wqy-microhei, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
include(CPack)
