# Writes a gzipped man page for one of the built programs from its own --help and --version, so the
# page cannot drift from the program (cmake -P; called by packaging/Packaging.cmake at build time).
#   PROGRAM      the built executable
#   DESCRIPTION  the one-line NAME section text
#   INCLUDE      a help2man include file with the hand-written sections (may be empty)
#   COMMANDS     ON: every command that "PROGRAM --help" lists under "Commands" gets a COMMANDS
#                subsection with its own "PROGRAM COMMAND --help", so a new command is documented too
#   HELP2MAN, GZIP, OUTPUT (…/name.1.gz)
foreach(var PROGRAM DESCRIPTION HELP2MAN GZIP OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "ManPage.cmake: ${var} is not set")
  endif()
endforeach()

get_filename_component(_dir "${PROGRAM}" DIRECTORY)
get_filename_component(_name "${PROGRAM}" NAME)
get_filename_component(_out_dir "${OUTPUT}" DIRECTORY)
set(_page "${_out_dir}/${_name}.1")
set(_include "${_out_dir}/${_name}.h2m")

# Run by name through PATH so the pages say "sdanim", not the build path (Qt prints argv[0]), in
# English (the C locale), with no display needed.
set(_env env "PATH=${_dir}:$ENV{PATH}" LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
         "XDG_CONFIG_HOME=${_out_dir}/${_name}-home" "XDG_DATA_HOME=${_out_dir}/${_name}-home")

set(_text "")
if(INCLUDE)
  file(READ "${INCLUDE}" _text)
endif()
if(COMMANDS)
  execute_process(COMMAND ${_env} ${_name} --help OUTPUT_VARIABLE _usage RESULT_VARIABLE _rc ERROR_QUIET)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${_name} --help failed (${_rc})")
  endif()
  # The block after the "Commands…" heading up to the next blank line: "  name   what it does".
  string(REGEX MATCH "\nCommands[^\n]*\n(  [^\n]*\n)+" _block "${_usage}")
  string(REGEX MATCHALL "\n  [a-z][a-z-]* " _names "${_block}")
  set(_commands "")
  foreach(_n IN LISTS _names)
    string(STRIP "${_n}" _n)
    list(APPEND _commands ${_n})
  endforeach()
  if(NOT _commands)
    message(FATAL_ERROR "${_name} --help lists no commands under \"Commands\":\n${_usage}")
  endif()
  string(APPEND _text "\n[COMMANDS]\n")
  foreach(_command IN LISTS _commands)
    execute_process(COMMAND ${_env} ${_name} ${_command} --help
                    OUTPUT_VARIABLE _help RESULT_VARIABLE _rc ERROR_QUIET)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "${_name} ${_command} --help failed (${_rc})")
    endif()
    # Verbatim in roff: backslashes escaped, and a line starting with . or ' must not be a request.
    string(REPLACE "\\" "\\e" _help "${_help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" _help "${_help}")
    string(APPEND _text ".SS \"${_name} ${_command}\"\n.nf\n${_help}.fi\n")
  endforeach()
endif()
file(WRITE "${_include}" "${_text}")

execute_process(COMMAND ${_env} "${HELP2MAN}" --no-info --section=1 "--name=${DESCRIPTION}"
                        "--include=${_include}" "--output=${_page}" ${_name}
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "help2man failed for ${_name} (${_rc})")
endif()
# -n: no name or time stamp inside the .gz, so equal pages give equal packages (lintian checks -9).
execute_process(COMMAND "${GZIP}" -9nf "${_page}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "gzip failed for ${_page} (${_rc})")
endif()
file(REMOVE_RECURSE "${_out_dir}/${_name}-home")
