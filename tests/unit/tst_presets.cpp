#include "schema/ModelSchema.h"
#include "store/PresetStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::store;

namespace {
Preset makePreset(const QString &name, const QString &description, const QJsonObject &input)
{
    Preset p;
    p.name = name;
    p.description = description;
    p.input = input;
    return p;
}
} // namespace

class TestPresets : public QObject
{
    Q_OBJECT
private:
    schema::ModelSchema m_schema = schema::ModelSchema::pinned();

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private slots:
    void builtInsAreValidAndReadOnly()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        const QList<Preset> builtIns = PresetStore::builtIns();
        QVERIFY(builtIns.size() >= 3);
        QStringList names;
        for (const Preset &p : builtIns) {
            names << p.name;
            QVERIFY(p.builtIn);
            QVERIFY2(PresetStore::validate(p, m_schema).isEmpty(), qPrintable(p.name));
        }
        QVERIFY(names.contains(QStringLiteral("Quick draft 256px")));
        QVERIFY(names.contains(QStringLiteral("Smooth loop ping-pong MP4")));
        const auto loop = store.find(QStringLiteral("smooth loop ping-pong mp4"));
        QVERIFY(loop);
        QCOMPARE(loop->input.value("gif_ping_pong").toBool(), true);
        QCOMPARE(loop->input.value("output_format").toString(), QStringLiteral("mp4"));

        QString error;
        Preset clash = makePreset(QStringLiteral("Quick draft 256px"), QString(), QJsonObject{{"width", 512}});
        QVERIFY(!store.save(clash, &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("built-in")), qPrintable(error));
        QVERIFY(!store.remove(QStringLiteral("Quick draft 256px"), &error));
        QVERIFY(!store.rename(QStringLiteral("Quick draft 256px"), QStringLiteral("x"), &error));
    }

    void savesVersionedFiles()
    {
        QTemporaryDir dir;
        PresetStore store(dir.filePath(QStringLiteral("presets")));
        Preset p = makePreset(QStringLiteral("My sunset/loop"), QStringLiteral("warm"), QJsonObject{{"width", 768}, {"gif_ping_pong", true}});
        QString error;
        QVERIFY2(store.save(p, &m_schema, &error), qPrintable(error));
        const QStringList files = QDir(store.directory()).entryList({"*.json"}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile f(QDir(store.directory()).filePath(files.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value("format").toString(), QStringLiteral("sdanim-preset"));
        QCOMPARE(o.value("version").toInt(), 1);
        QCOMPARE(o.value("name").toString(), QStringLiteral("My sunset/loop"));
        QCOMPARE(o.value("model").toString(), QStringLiteral("andreasjansson/stable-diffusion-animation"));
        QCOMPARE(o.value("input").toObject(), p.input);

        // Saving the same name again replaces it, rename moves it, delete removes it.
        p.input.insert(QStringLiteral("width"), 256);
        QVERIFY(store.save(p, &m_schema, &error));
        QCOMPARE(QDir(store.directory()).entryList({"*.json"}, QDir::Files).size(), 1);
        QCOMPARE(store.find(p.name)->input.value("width").toInt(), 256);
        QVERIFY2(store.rename(p.name, QStringLiteral("Evening"), &error), qPrintable(error));
        QVERIFY(!store.find(p.name));
        QCOMPARE(store.find(QStringLiteral("evening"))->input.value("width").toInt(), 256);
        QCOMPARE(QDir(store.directory()).entryList({"*.json"}, QDir::Files).size(), 1);
        Preset other = makePreset(QStringLiteral("Other"), QString(), QJsonObject{});
        QVERIFY(store.save(other, &m_schema, &error));
        QVERIFY(!store.rename(QStringLiteral("Evening"), QStringLiteral("other"), &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QVERIFY(store.remove(QStringLiteral("Evening"), &error));
        QVERIFY(!store.find(QStringLiteral("Evening")));
        QVERIFY(!store.remove(QStringLiteral("Evening"), &error));
        QVERIFY2(error.contains(QLatin1String("no preset")), qPrintable(error));
    }

    void unknownFormatVersionsAreRefusedClearly()
    {
        QString error;
        QVERIFY(!PresetStore::parse(R"({"format":"sdanim-preset","version":2,"name":"x","input":{}})", &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("format version 2")) && error.contains(QLatin1String("Update SD Animator")),
                 qPrintable(error));
        QVERIFY(!PresetStore::parse(R"({"format":"sdanim-preset","version":"1","name":"x","input":{}})", &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("\"version\" must be the number 1")), qPrintable(error));
        QVERIFY(!PresetStore::parse(R"({"format":"something-else","version":1,"name":"x","input":{}})", &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("Not an SD Animator preset")), qPrintable(error));
        QVERIFY(!PresetStore::parse("{ not json", &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("Not valid JSON")), qPrintable(error));
        QVERIFY(!PresetStore::parse(R"({"format":"sdanim-preset","version":1,"name":"x","input":[1]})", &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("\"input\" must be an object")), qPrintable(error));
        QVERIFY(!PresetStore::parse(R"({"format":"sdanim-preset","version":1,"name":"  ","input":{}})", &m_schema, &error));
        QVERIFY2(error.contains(QLatin1String("needs a name")), qPrintable(error));
    }

    void invalidValuesAreReportedPerField()
    {
        QString error;
        QList<schema::FieldError> fields;
        const QByteArray bad = R"({"format":"sdanim-preset","version":1,"name":"Broken","input":
            {"width":500,"num_animation_frames":"12","guidance_scale":40,"film_interpolation":true,"colour":"red"}})";
        QVERIFY(!PresetStore::parse(bad, &m_schema, &error, &fields));
        QCOMPARE(fields.size(), 4);
        QVERIFY2(error.contains(QLatin1String("input.width: width must be one of the following: 128, 256, 512, 768, 1024")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("input.num_animation_frames: Invalid type. Expected: integer, given: string")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("input.guidance_scale: Must be less than or equal to 20")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("colour is not an input of this model version")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("film_interpolation")));
        // Without a schema only the format is checked (listing never needs the network).
        QVERIFY(PresetStore::parse(bad, nullptr, &error));

        QTemporaryDir dir;
        PresetStore store(dir.path());
        Preset p = makePreset(QStringLiteral("Bad"), QString(), QJsonObject{{"height", 1024}});
        QVERIFY(!store.save(p, &m_schema, &error, &fields));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().field, QStringLiteral("input.height"));
        QVERIFY(QDir(dir.path()).entryList({"*.json"}, QDir::Files).isEmpty());
    }

    void importExportRoundTrip()
    {
        QTemporaryDir a, b, outside;
        PresetStore first(a.path()), second(b.path());
        Preset p = makePreset(QStringLiteral("Round trip"), QStringLiteral("desc"),
                 QJsonObject{{"num_inference_steps", 30}, {"prompt_strength", 0.65}, {"output_format", "mp4"}, {"seed", 42}});
        QString error;
        QVERIFY(first.save(p, &m_schema, &error));
        const QString exported = outside.filePath(QStringLiteral("shared.json"));
        QVERIFY2(first.exportTo(QStringLiteral("round trip"), exported, &error), qPrintable(error));
        const auto imported = second.importFile(exported, &m_schema, false, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(*imported, *first.find(p.name));
        QCOMPARE(imported->input, p.input);
        // Again: refused unless replacing.
        QVERIFY(!second.importFile(exported, &m_schema, false, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QVERIFY(second.importFile(exported, &m_schema, true, &error));
        // Built-ins export too, and a broken file in the folder is skipped with a reason.
        QVERIFY(first.exportTo(QStringLiteral("Quick draft 256px"), outside.filePath(QStringLiteral("q.json")), &error));
        QCOMPARE(PresetStore::readFile(outside.filePath(QStringLiteral("q.json")), &m_schema, &error)->input.value("width").toInt(), 256);
        writeFile(a.filePath(QStringLiteral("future.json")), R"({"format":"sdanim-preset","version":3,"name":"F","input":{}})");
        QStringList problems;
        const auto all = first.list(&problems);
        QCOMPARE(all.size(), PresetStore::builtIns().size() + 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("future.json")) && problems.first().contains(QLatin1String("version 3")),
                 qPrintable(problems.first()));
        QVERIFY(!first.importFile(a.filePath(QStringLiteral("missing.json")), &m_schema, false, &error));
        QVERIFY2(error.contains(QLatin1String("Cannot read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
