# Installation layout and the Debian package: `cmake --build <dir> && cd <dir> && cpack -G DEB`.
include(GNUInstallDirs)

install(TARGETS sdanim sdanim-emulator RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/sdanim.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/sdanim.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/sdanim-256.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps RENAME sdanim.png)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sdanim)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sdanim)
set(CPACK_PACKAGE_VENDOR "SD Animator")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "SD Animator developers <sdanim@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Animate between Stable Diffusion prompts (Replicate, Cog, offline)")
set(CPACK_PACKAGE_DESCRIPTION
    "Desktop app and CLI for the Replicate model andreasjansson/stable-diffusion-animation. It runs on\
 Replicate's cloud, on a local Cog container, or fully offline against the bundled emulator\
 (sdanim-emulator), which renders clearly labelled synthetic GIF/MP4 previews.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the linked libraries (Qt, QtKeychain, giflib, libav*); the Qt plugins and
# the label font are loaded at run time, so they are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
# A Secret Service provider stores the API token; Wayland sessions want the Qt Wayland plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ffmpeg")

include(CPack)
