// Preset files a user imports (app/store/PresetStore): the format check, the name rules and every
// value against the shipped schema.
#include "FuzzCheck.h"
#include "FuzzScratch.h"

#include "schema/ModelSchema.h"
#include "store/PresetStore.h"

using namespace sdanim;
using store::PresetStore;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const schema::ModelSchema schema = schema::ModelSchema::pinned();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error;
    QList<schema::FieldError> fieldErrors;
    const auto checked = PresetStore::parse(bytes, &schema, &error, &fieldErrors);
    const auto plain = PresetStore::parse(bytes, nullptr, &error);
    FUZZ_CHECK(!checked || plain);          // the schema only ever refuses more
    if (!checked) FUZZ_CHECK(!error.isEmpty());
    if (checked) FUZZ_CHECK(PresetStore::validate(*checked, schema).isEmpty());

    // What the store writes reads back as the same preset.
    if (plain) {
        const auto again = PresetStore::parse(PresetStore::serialize(*plain), nullptr, &error);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(*again == *plain);
        if (checked) FUZZ_CHECK(PresetStore::parse(PresetStore::serialize(*plain), &schema, &error).has_value());
    }

    // The import path reads the same bytes from a file.
    const QString path = fuzzWriteFile(QStringLiteral("import.json"), bytes);
    const auto imported = PresetStore::readFile(path, &schema, &error);
    FUZZ_CHECK_EQ(imported.has_value(), checked.has_value());
    if (imported) FUZZ_CHECK(*imported == *checked);
    return 0;
}
