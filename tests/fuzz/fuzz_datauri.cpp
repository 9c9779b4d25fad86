// data: URIs, the way a Cog container returns every file output (app/api/DataUri).
#include "FuzzCheck.h"

#include "api/DataUri.h"

#include <QRegularExpression>

using namespace sdanim::api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QRegularExpression safeExtension(QStringLiteral("^[a-z0-9]{1,10}$"));

    QString error;
    const auto uri = DataUri::parse(bytes, &error);
    if (!uri) {
        FUZZ_CHECK(!error.isEmpty());
    } else {
        FUZZ_CHECK(!uri->mimeType().isEmpty());
        FUZZ_CHECK_EQ(uri->mimeType(), uri->mimeType().toLower());
        FUZZ_CHECK(safeExtension.match(uri->suggestedExtension()).hasMatch());
    }

    // The text overload (what a JSON output string is) agrees with the bytes it encodes to.
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes) {
        const auto fromText = DataUri::parse(text);
        FUZZ_CHECK_EQ(fromText.has_value(), uri.has_value());
        if (uri) {
            FUZZ_CHECK_EQ(fromText->data(), uri->data());
            FUZZ_CHECK_EQ(fromText->mimeType(), uri->mimeType());
            FUZZ_CHECK_EQ(fromText->charset(), uri->charset());
        }
        if (uri) FUZZ_CHECK(DataUri::isDataUri(text));
    }

    // Any string is a candidate MIME type for the extension lookup.
    FUZZ_CHECK(safeExtension.match(DataUri::extensionForMimeType(text.left(200))).hasMatch());
    return 0;
}
