# SPDX-FileCopyrightText: 2026 Jiuzhu authors
# SPDX-License-Identifier: GPL-3.0-or-later
include(GNUInstallDirs)

install(TARGETS jiuzhu jiuzhu-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES installer/jiuzhu.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/icons/jiuzhu.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY examples/households DESTINATION ${CMAKE_INSTALL_DATADIR}/jiuzhu/examples)
