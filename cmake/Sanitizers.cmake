# -DSDANIM_SANITIZE=ON: every target (libraries, executables, tests, the emulator) is built with
# AddressSanitizer (+ LeakSanitizer) and UndefinedBehaviorSanitizer. Meant for a Debug build in its own
# folder (scripts/build-sanitized.sh) so Qt's Q_ASSERTs and our own asserts run too.
# UB is not recoverable here: the first report aborts the process, so a test cannot pass over it.
# The runtime options (suppressions, stack traces) are set by scripts/build-sanitized.sh.
option(SDANIM_SANITIZE "Build with -fsanitize=address,undefined" OFF)
if(SDANIM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  # Bounds checks in libstdc++'s operator[] and friends: cheap, and out-of-range is UB ASan may miss
  # (inside a vector's capacity).
  add_compile_definitions(_GLIBCXX_ASSERTIONS)
  add_link_options(-fsanitize=address,undefined)
endif()
