#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"
#include "store/Preset.h"

#include <QObject>
#include <QThreadPool>

namespace sdanim::store { class PresetStore; }

namespace sdanim::session {

// The presets for the window: every PresetStore call runs on a worker thread (in order), so the
// UI never waits on disk. After each operation the list is re-read and `presetsChanged` fires.
class PresetLibrary : public QObject
{
    Q_OBJECT
public:
    explicit PresetLibrary(store::PresetStore *store, QObject *parent = nullptr);
    ~PresetLibrary() override;

    QList<store::Preset> presets() const { return m_presets; }
    std::optional<store::Preset> find(const QString &name) const;
    bool isBusy() const { return m_pending > 0; }

public slots:
    void refresh();
    void save(const sdanim::store::Preset &preset, const sdanim::schema::ModelSchema &schema);
    void rename(const QString &from, const QString &to);
    void remove(const QString &name);
    void importFile(const QString &path, const sdanim::schema::ModelSchema &schema, bool replace);
    void exportTo(const QString &name, const QString &path);

signals:
    void presetsChanged();
    // The outcome of save/rename/remove/import/export: a translated sentence for the status bar.
    void operationFinished(bool ok, const QString &message, const QList<sdanim::schema::FieldError> &fieldErrors);
    void idle();

private:
    struct Outcome
    {
        bool ok = true;
        bool report = true;
        QString message;
        QList<schema::FieldError> fieldErrors;
        QList<store::Preset> presets;
        QStringList problems;
    };
    void submit(std::function<Outcome(store::PresetStore &)> work);

    store::PresetStore *m_store;
    QThreadPool m_pool;
    QList<store::Preset> m_presets;
    int m_pending = 0;
};

} // namespace sdanim::session
