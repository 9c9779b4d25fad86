# CTest packaging.versions (cmake -P): both programs, the metainfo and the Debian changelog carry
# project(VERSION), which the package version is by construction (CPACK_PACKAGE_VERSION).
foreach(var VERSION SDANIM EMULATOR METAINFO CHANGELOG)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckVersions.cmake: ${var} is not set")
  endif()
endforeach()

set(_failures "")
foreach(_pair "sdanim|${SDANIM}" "sdanim-emulator|${EMULATOR}")
  string(REPLACE "|" ";" _pair "${_pair}")
  list(GET _pair 0 _name)
  list(GET _pair 1 _program)
  execute_process(COMMAND ${_program} --version OUTPUT_VARIABLE _out RESULT_VARIABLE _rc ERROR_QUIET
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _rc EQUAL 0 OR NOT _out STREQUAL "${_name} ${VERSION}")
    list(APPEND _failures "${_name} --version printed \"${_out}\" (exit ${_rc}), expected \"${_name} ${VERSION}\"")
  endif()
endforeach()

file(READ ${METAINFO} _metainfo)
string(REGEX MATCHALL "<release version=\"[^\"]*\"" _releases "${_metainfo}")
list(GET _releases 0 _newest)
if(NOT _newest STREQUAL "<release version=\"${VERSION}\"")
  list(APPEND _failures "the newest metainfo release is ${_newest}, expected version ${VERSION}")
endif()

file(STRINGS ${CHANGELOG} _top LIMIT_COUNT 1)
if(NOT _top MATCHES "^sdanim \\(${VERSION}\\) ")
  list(APPEND _failures "the changelog starts with \"${_top}\", expected version ${VERSION}")
endif()

if(_failures)
  list(JOIN _failures "\n  " _text)
  message(FATAL_ERROR "Version mismatch:\n  ${_text}")
endif()
message(STATUS "sdanim, sdanim-emulator, metainfo and changelog all say ${VERSION}")
