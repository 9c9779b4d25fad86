#include "emulator/RandomIds.h"

#include <QRandomGenerator>

#include <cstring>

namespace sdanim::emulator {

namespace {
const char kLowerAlnum[] = "0123456789abcdefghijklmnopqrstuvwxyz";
const char kBase32[] = "abcdefghijklmnopqrstuvwxyz234567";
} // namespace

QString RandomIds::randomString(int length, const char *alphabet)
{
    const int n = int(std::strlen(alphabet));
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(n)]);
    return s;
}

QString RandomIds::predictionId()
{
    return randomString(26, kLowerAlnum);
}

QString RandomIds::deliveryFolder()
{
    return randomString(40, kLowerAlnum);
}

QString RandomIds::streamToken()
{
    return randomString(4, kBase32) + QLatin1Char('-') + randomString(52, kBase32);
}

} // namespace sdanim::emulator
