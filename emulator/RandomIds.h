#pragma once

#include <QString>

namespace sdanim::emulator {

// Identifiers shaped like Replicate's: all random, so nothing can be guessed or collide in practice.
class RandomIds
{
public:
    static QString predictionId();   // 26 chars [0-9a-z], like "0fqzzq8p2srgm0cjb2zaj681jr"
    static QString deliveryFolder(); // the random folder of a replicate.delivery-style file URL
    static QString streamToken();    // last path segment of urls.stream
    static QString randomString(int length, const char *alphabet);
};

} // namespace sdanim::emulator
