#pragma once

#include <QString>

namespace sdanim::api {

// Turns whatever a server hands us (a delivery URL, a data: URI, a name with "../" in it) into a
// plain basename that is safe on Linux, macOS and Windows, so an output can never be written
// outside the prediction's folder or over a device name.
class FileNameSanitizer
{
public:
    // Limit in UTF-8 bytes of a sanitised name (most file systems allow 255; the output index
    // prefix and QSaveFile's temporary suffix need room too).
    static constexpr int MaxBytes = 180;

    // A safe basename: path and query stripped, separators/control/Windows-reserved characters
    // replaced, "." / ".." / leading dots / reserved device names (CON, NUL, COM1…) neutralised,
    // length capped keeping the extension. Never empty: falls back to `fallback` (itself sanitised).
    static QString sanitize(const QString &name, const QString &fallback = QStringLiteral("output"));

    // The name an output URL suggests: the last path segment of an http(s) URL (percent-decoded),
    // or "output.<ext>" for a data: URI (extension from its MIME type). Always sanitised.
    static QString nameFromUrl(const QString &url);

    // "<index>-<name>": output names repeat within a prediction (output-1.png once per segment,
    // spec §9.2), the position keeps them apart and in order.
    static QString indexedName(int index, const QString &name);
    static QString indexedNameFromUrl(int index, const QString &url) { return indexedName(index, nameFromUrl(url)); }
};

} // namespace sdanim::api
