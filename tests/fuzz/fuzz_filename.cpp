// Output names from whatever a server hands over: delivery URLs, data: URIs, names with "../"
// (app/api/FileNameSanitizer). The result must be one safe basename on Linux, macOS and Windows.
#include "FuzzCheck.h"

#include "api/FileNameSanitizer.h"

#include <QStringList>

#include <cstring>

using namespace sdanim::api;

namespace {

bool isReservedOnWindows(const QString &name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                      QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (fixed.contains(stem)) return true;
    return stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))
        && stem.at(3).isDigit();
}

void checkSafe(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > FileNameSanitizer::MaxBytes || name.startsWith(QLatin1Char('.'))
        || name.endsWith(QLatin1Char('.')) || name.at(0).isSpace() || name.back().isSpace()
        || isReservedOnWindows(name)) {
        fuzzPrint("unsafe name", name);
        std::abort();
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate();
        if (pair) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format || QStringLiteral("/\\<>:\"|?*").contains(c)) {
            fuzzPrint("unsafe character in", name);
            std::abort();
        }
    }
    // Sanitising a safe name changes nothing.
    if (FileNameSanitizer::sanitize(name) != name) {
        fuzzPrint("not idempotent", name);
        fuzzPrint("sanitised again", FileNameSanitizer::sanitize(name));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Up to the first NUL byte: the name; after it: the fallback.
    const qsizetype nul = bytes.indexOf('\0');
    const QString name = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
    const QString fallback = nul < 0 ? QStringLiteral("output") : QString::fromUtf8(bytes.mid(nul + 1));
    // Also as UTF-16 code units, so lone surrogates and any code point reach the sanitizer.
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(units.data(), data, size_t(units.size()) * sizeof(QChar));

    checkSafe(FileNameSanitizer::sanitize(name, fallback));
    checkSafe(FileNameSanitizer::sanitize(units));
    checkSafe(FileNameSanitizer::nameFromUrl(name));
    checkSafe(FileNameSanitizer::nameFromUrl(units));

    const int index = size > 0 ? data[0] % 120 : 0;
    const QString indexed = FileNameSanitizer::indexedNameFromUrl(index, name);
    checkSafe(indexed);
    FUZZ_CHECK(indexed.startsWith(QString::number(index) + QLatin1Char('-')));
    return 0;
}
