# Installation layout and the Debian package: `cmake --build <dir> && cd <dir> && cpack -G DEB`
# (scripts/check-package.sh builds, lints, installs and removes it; docs/packaging.md).
include(GNUInstallDirs)

# The version is project(SDAnimator VERSION …) in the top-level CMakeLists.txt and nowhere else:
# `sdanim --version`, `sdanim-emulator --version`, the About box, the package, its changelog and the
# AppStream release all read PROJECT_VERSION. This is the date of that release: bump the two together.
set(SDANIM_RELEASE_DATE 2026-12-01)

# Who the package comes from. The defaults are honest about what does not exist yet (no address, no
# web site): set real values when the project gets them (docs/packaging.md).
set(SDANIM_APP_ID "io.github.sdanim.SDAnimator" CACHE STRING "AppStream component id (reverse DNS)")
set(SDANIM_PACKAGE_CONTACT "SD Animator developers <maintainers@sdanim.invalid>" CACHE STRING
    "Maintainer of the Debian package (name <address>)")
set(SDANIM_HOMEPAGE_URL "" CACHE STRING "Project home page (Debian Homepage, AppStream url); empty: none")
set(SDANIM_SCREENSHOT_URL "" CACHE STRING
    "https:// folder where docs/screenshots/*.png are published; empty: the metainfo lists no screenshots")

set(_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(_pkg_out ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_pkg_out})

find_program(SDANIM_RSVG_CONVERT rsvg-convert REQUIRED)  # librsvg2-bin
find_program(SDANIM_HELP2MAN help2man REQUIRED)
find_program(SDANIM_GZIP gzip REQUIRED)
find_program(SDANIM_DATE date REQUIRED)

execute_process(COMMAND ${SDANIM_DATE} -u -R -d ${SDANIM_RELEASE_DATE}
                OUTPUT_VARIABLE SDANIM_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${SDANIM_DATE} -u -d ${SDANIM_RELEASE_DATE} +%s
                OUTPUT_VARIABLE _release_epoch OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

# The licence is written once, in the Debian copyright file; the metainfo repeats its first one.
file(STRINGS ${_pkg_src}/copyright _license REGEX "^License: " LIMIT_COUNT 1)
string(REGEX REPLACE "^License: *" "" SDANIM_LICENSE "${_license}")

# --- AppStream metainfo -----------------------------------------------------------------------
# AppStream only takes web URLs for screenshots (a path in the package is an error), so they are
# listed once the project has somewhere public that serves docs/screenshots/.
function(sdanim_metainfo_web out homepage screenshots)
  set(_xml "")
  if(homepage)
    string(APPEND _xml "  <url type=\"homepage\">${homepage}</url>\n")
  endif()
  if(screenshots)
    string(APPEND _xml "  <screenshots>\n")
    foreach(_shot "running.png|Two runs in progress, with intermediate frames arriving in the filmstrip"
                  "finished.png|A finished animation playing in the preview"
                  "history-search.png|The history of every prediction, searched by prompt"
                  "settings.png|The three backends: Replicate, a local Cog container and the offline preview")
      string(REPLACE "|" ";" _shot "${_shot}")
      list(GET _shot 0 _file)
      list(GET _shot 1 _caption)
      set(_type "")
      if(_file STREQUAL "running.png")
        set(_type " type=\"default\"")
      endif()
      string(APPEND _xml "    <screenshot${_type}>\n      <caption>${_caption}</caption>\n"
                         "      <image>${screenshots}/${_file}</image>\n    </screenshot>\n")
    endforeach()
    string(APPEND _xml "  </screenshots>\n")
  endif()
  set(${out} "${_xml}" PARENT_SCOPE)
endfunction()

set(SDANIM_METAINFO ${_pkg_out}/${SDANIM_APP_ID}.metainfo.xml)
sdanim_metainfo_web(SDANIM_METAINFO_WEB "${SDANIM_HOMEPAGE_URL}" "${SDANIM_SCREENSHOT_URL}")
configure_file(${_pkg_src}/sdanim.metainfo.xml.in ${SDANIM_METAINFO} @ONLY)
# Not installed: the same template with web URLs filled in, so the test validates that markup too
# while the project has none of its own (.invalid never resolves; the check runs with --no-net).
sdanim_metainfo_web(SDANIM_METAINFO_WEB "https://sdanim.invalid" "https://sdanim.invalid/docs/screenshots")
configure_file(${_pkg_src}/sdanim.metainfo.xml.in ${_pkg_out}/metainfo-with-web-urls.xml @ONLY)

# --- Icons, man pages, changelog (built with the programs, so cpack finds them) ---------------------
set(SDANIM_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_package_data "")
foreach(_size IN LISTS SDANIM_ICON_SIZES)
  set(_png ${_pkg_out}/icons/hicolor/${_size}x${_size}/apps/sdanim.png)
  add_custom_command(OUTPUT ${_png}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_out}/icons/hicolor/${_size}x${_size}/apps
                     COMMAND ${SDANIM_RSVG_CONVERT} -w ${_size} -h ${_size} -o ${_png} ${_pkg_src}/sdanim.svg
                     DEPENDS ${_pkg_src}/sdanim.svg VERBATIM)
  list(APPEND _package_data ${_png})
endforeach()

set(_man_sdanim_description "animate between Stable Diffusion prompts (desktop app and command line)")
set(_man_sdanim_commands ON)
set(_man_sdanim-emulator_description "offline emulator of the Replicate and Cog APIs for SD Animator")
set(_man_sdanim-emulator_commands OFF)
foreach(_program sdanim sdanim-emulator)
  set(_page ${_pkg_out}/man/${_program}.1.gz)
  add_custom_command(OUTPUT ${_page}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${_pkg_out}/man
                     COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${_release_epoch}
                             ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${_program}>
                             "-DDESCRIPTION=${_man_${_program}_description}"
                             -DCOMMANDS=${_man_${_program}_commands}
                             -DINCLUDE=${_pkg_src}/${_program}.h2m
                             -DHELP2MAN=${SDANIM_HELP2MAN} -DGZIP=${SDANIM_GZIP} -DOUTPUT=${_page}
                             -P ${_pkg_src}/ManPage.cmake
                     DEPENDS ${_program} ${_pkg_src}/ManPage.cmake ${_pkg_src}/${_program}.h2m VERBATIM)
  list(APPEND _package_data ${_page})
endforeach()

configure_file(${_pkg_src}/changelog.in ${_pkg_out}/changelog @ONLY)
add_custom_command(OUTPUT ${_pkg_out}/changelog.gz
                   COMMAND ${SDANIM_GZIP} -9nkf ${_pkg_out}/changelog
                   DEPENDS ${_pkg_out}/changelog VERBATIM)
list(APPEND _package_data ${_pkg_out}/changelog.gz)
add_custom_target(sdanim_package_data ALL DEPENDS ${_package_data})

# --- Installed files ----------------------------------------------------------------------------
install(TARGETS sdanim sdanim-emulator RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${_pkg_src}/sdanim.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SDANIM_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_pkg_src}/sdanim.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(_size IN LISTS SDANIM_ICON_SIZES)
  install(FILES ${_pkg_out}/icons/hicolor/${_size}x${_size}/apps/sdanim.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()
install(FILES ${_pkg_out}/man/sdanim.1.gz ${_pkg_out}/man/sdanim-emulator.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${_pkg_src}/copyright ${_pkg_out}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sdanim)
# The translations (translations/*.ts → .qm) are compiled into the executables as Qt resources
# (:/i18n), so there is no separate catalogue to install.

# --- The Debian package -------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sdanim)
set(CPACK_PACKAGE_VENDOR "SD Animator")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SDANIM_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "animate between Stable Diffusion prompts (Replicate, Cog, offline)")
# The extended description (CPack puts the summary above it); lines of at most 80 characters, since
# dpkg shows them as they are.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "SD Animator is a desktop app and command line for the Replicate model
andreasjansson/stable-diffusion-animation: it interpolates between two or more
prompts and returns a GIF or MP4, with a live preview, a history of every run
and presets.
.
It runs on Replicate's cloud, on a local Cog container of the model, or fully
offline against the bundled emulator (sdanim-emulator), which renders clearly
labelled synthetic GIF/MP4 previews.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(SDANIM_HOMEPAGE_URL)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SDANIM_HOMEPAGE_URL}")
endif()
# dpkg-shlibdeps (from dpkg-dev) derives the linked libraries: Qt 6 Core/Gui/Widgets/Network/Sql/
# Multimedia, QtKeychain, giflib. Qt loads its plugins with dlopen, which it cannot see, and so does
# the app with FFmpeg's libav* (app/media/LibAv, SDANIM_LIBAV_SONAMES in the top-level CMakeLists.txt):
# their packages are listed below, found by the file of each soname, at least the upstream release
# (epoch:major.minor) whose headers the build used.
# On Debian 12 most live in packages it finds anyway: the xcb and offscreen platforms and the GIF
# image reader in libqt6gui6, the FFmpeg multimedia backend in libqt6multimedia6, the OpenSSL TLS
# backend in libqt6network6 (which depends on libssl3); scripts/check-package.sh checks that every
# plugin the app loads is owned by a package this one depends on. Listed by hand, because no linked
# library pulls them in: the SQLite driver of the history database, and the emulator's label font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(_libav_depends "")
find_program(SDANIM_DPKG_QUERY dpkg-query)
pkg_get_variable(_libav_libdir libavutil libdir)
foreach(_soname ${SDANIM_LIBAV_SONAMES})
  # libavcodec.so.59 → libavcodec59 (Debian's name for it) unless dpkg knows better.
  string(REGEX REPLACE "\\.so\\." "" _package "${_soname}")
  set(_version "")
  if(SDANIM_DPKG_QUERY)
    execute_process(COMMAND ${SDANIM_DPKG_QUERY} -S ${_libav_libdir}/${_soname}
                    OUTPUT_VARIABLE _owner RESULT_VARIABLE _rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(_rc EQUAL 0 AND _owner MATCHES "^([^:,]+)")
      set(_package ${CMAKE_MATCH_1})
      execute_process(COMMAND ${SDANIM_DPKG_QUERY} -W -f=\${Version} ${_package}
                      OUTPUT_VARIABLE _installed RESULT_VARIABLE _rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(_rc EQUAL 0 AND _installed MATCHES "^(([0-9]+:)?[0-9]+\\.[0-9]+)")
        set(_version " (>= ${CMAKE_MATCH_1})")
      endif()
    endif()
  endif()
  string(APPEND _libav_depends ", ${_package}${_version}")
endforeach()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core${_libav_depends}")
# A Secret Service stores the API token; CA certificates let the TLS backend verify Replicate;
# Wayland sessions want the Qt Wayland platform; Qt's own dialogs speak the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, ca-certificates, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ffmpeg")

include(CPack)

# --- Tests of the package metadata (the install test is scripts/check-package.sh) ---------------
find_program(SDANIM_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(SDANIM_APPSTREAMCLI appstreamcli)
if(SDANIM_DESKTOP_FILE_VALIDATE)
  add_test(NAME packaging.desktop_file COMMAND ${SDANIM_DESKTOP_FILE_VALIDATE} ${_pkg_src}/sdanim.desktop)
endif()
if(SDANIM_APPSTREAMCLI)
  add_test(NAME packaging.metainfo COMMAND ${SDANIM_APPSTREAMCLI} validate --no-net ${SDANIM_METAINFO})
  add_test(NAME packaging.metainfo_web_urls
           COMMAND ${SDANIM_APPSTREAMCLI} validate --no-net ${_pkg_out}/metainfo-with-web-urls.xml)
endif()
add_test(NAME packaging.versions
         COMMAND ${CMAKE_COMMAND} -DVERSION=${PROJECT_VERSION} -DSDANIM=$<TARGET_FILE:sdanim>
                 -DEMULATOR=$<TARGET_FILE:sdanim-emulator> -DMETAINFO=${SDANIM_METAINFO}
                 -DCHANGELOG=${_pkg_out}/changelog -P ${_pkg_src}/CheckVersions.cmake)
set_tests_properties(packaging.versions PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=")
get_property(_packaging_tests DIRECTORY PROPERTY TESTS)
list(FILTER _packaging_tests INCLUDE REGEX "^packaging\\.")
set_tests_properties(${_packaging_tests} PROPERTIES LABELS packaging)
