#include "session/PresetLibrary.h"

#include "concurrent/FutureCallbacks.h"
#include "store/PresetStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace sdanim::session {

PresetLibrary::PresetLibrary(store::PresetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_pool.setMaxThreadCount(1);  // operations land in the order they were asked for
    m_presets = store::PresetStore::builtIns();
}

PresetLibrary::~PresetLibrary()
{
    m_pool.waitForDone();
}

std::optional<store::Preset> PresetLibrary::find(const QString &name) const
{
    for (const store::Preset &p : m_presets)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) return p;
    return std::nullopt;
}

void PresetLibrary::submit(std::function<Outcome(store::PresetStore &)> work)
{
    ++m_pending;
    store::PresetStore *store = m_store;
    concurrent::FutureCallbacks::onResult(QtConcurrent::run(&m_pool, [store, work = std::move(work)] {
        Outcome outcome = work(*store);
        outcome.presets = store->list(&outcome.problems);
        return outcome;
    }), this, [this](const Outcome &outcome) {
        --m_pending;
        m_presets = outcome.presets;
        emit presetsChanged();
        if (outcome.report)
            emit operationFinished(outcome.ok, outcome.message, outcome.fieldErrors);
        if (m_pending == 0)
            emit idle();
    });
}

void PresetLibrary::refresh()
{
    submit([](store::PresetStore &) {
        Outcome o;
        o.report = false;
        return o;
    });
}

void PresetLibrary::save(const store::Preset &preset, const schema::ModelSchema &schema)
{
    submit([preset, schema](store::PresetStore &s) {
        Outcome o;
        QString error;
        o.ok = s.save(preset, &schema, &error, &o.fieldErrors);
        o.message = o.ok ? tr("Saved preset “%1”").arg(preset.name) : tr("Could not save preset “%1”: %2").arg(preset.name, error);
        return o;
    });
}

void PresetLibrary::rename(const QString &from, const QString &to)
{
    submit([from, to](store::PresetStore &s) {
        Outcome o;
        QString error;
        o.ok = s.rename(from, to, &error);
        o.message = o.ok ? tr("Renamed preset “%1” to “%2”").arg(from, to)
                         : tr("Could not rename preset “%1”: %2").arg(from, error);
        return o;
    });
}

void PresetLibrary::remove(const QString &name)
{
    submit([name](store::PresetStore &s) {
        Outcome o;
        QString error;
        o.ok = s.remove(name, &error);
        o.message = o.ok ? tr("Deleted preset “%1”").arg(name) : tr("Could not delete preset “%1”: %2").arg(name, error);
        return o;
    });
}

void PresetLibrary::importFile(const QString &path, const schema::ModelSchema &schema, bool replace)
{
    submit([path, schema, replace](store::PresetStore &s) {
        Outcome o;
        QString error;
        const auto preset = s.importFile(path, &schema, replace, &error, &o.fieldErrors);
        o.ok = preset.has_value();
        o.message = o.ok ? tr("Imported preset “%1”").arg(preset->name)
                         : tr("Could not import %1: %2").arg(QFileInfo(path).fileName(), error);
        return o;
    });
}

void PresetLibrary::exportTo(const QString &name, const QString &path)
{
    submit([name, path](store::PresetStore &s) {
        Outcome o;
        QString error;
        o.ok = s.exportTo(name, path, &error);
        o.message = o.ok ? tr("Exported preset “%1” to %2").arg(name, path)
                         : tr("Could not export preset “%1”: %2").arg(name, error);
        return o;
    });
}

} // namespace sdanim::session
