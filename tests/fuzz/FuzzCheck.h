#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A property the code under test promises, checked on every fuzz input. A violation aborts, so
// libFuzzer reports it like a crash and saves the input (tests/fuzz/README.md).
#define FUZZ_CHECK(cond)                                                                     \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                    \
        }                                                                                    \
    } while (0)

#define FUZZ_CHECK_EQ(a, b)                                                                  \
    do {                                                                                     \
        const auto &fuzzA_ = (a);                                                            \
        const auto &fuzzB_ = (b);                                                            \
        if (!(fuzzA_ == fuzzB_)) {                                                           \
            std::fprintf(stderr, "FUZZ_CHECK_EQ failed: %s == %s (%s:%d)\n", #a, #b, __FILE__, __LINE__); \
            std::abort();                                                                    \
        }                                                                                    \
    } while (0)

// Debug text of a value, for the message before an abort.
inline void fuzzPrint(const char *what, const QString &value)
{
    std::fprintf(stderr, "%s: \"%s\"\n", what, value.toUtf8().constData());
}
