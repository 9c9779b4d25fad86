# Invoked by CTest (see CMakeLists.txt): checks the prerequisites with clear messages, then runs the
# node test file against the given sdanim-emulator executable.
if(NOT NODE OR NOT EXISTS "${NODE}")
  message(FATAL_ERROR "conformance.replicate_npm: node (Node.js >= 18) was not found when configuring; "
                      "run scripts/setup.sh and re-run cmake")
endif()
if(NOT EXISTS "${CONFORMANCE_DIR}/node_modules/replicate/package.json")
  message(FATAL_ERROR "conformance.replicate_npm: ${CONFORMANCE_DIR}/node_modules is missing; "
                      "run `npm ci` in tests/conformance (scripts/setup.sh does it)")
endif()
if(NOT EXISTS "${EMULATOR}")
  message(FATAL_ERROR "conformance.replicate_npm: ${EMULATOR} does not exist; build the sdanim-emulator target")
endif()
set(ENV{SDANIM_EMULATOR} "${EMULATOR}")
execute_process(COMMAND "${NODE}" --test --test-reporter=spec replicate-client.test.mjs
                WORKING_DIRECTORY "${CONFORMANCE_DIR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "conformance.replicate_npm: the official replicate client disagrees with the emulator "
                      "(node exited with ${rc})")
endif()
