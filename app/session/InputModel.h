#pragma once

#include "schema/FieldError.h"
#include "schema/ModelSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace sdanim::settings { class AppSettings; }

namespace sdanim::session {

// The inputs the user is editing, independent of any widget: values per schema parameter, their
// validation (the server's own rules and messages), server-side 422 errors per field, the seed's
// lock, and loading from presets/sidecars/history. The form only displays and edits this.
class InputModel : public QObject
{
    Q_OBJECT
public:
    explicit InputModel(QObject *parent = nullptr);

    // Values that are still valid under the new schema are kept; the others fall back to defaults.
    void setSchema(const schema::ModelSchema &schema);
    const schema::ModelSchema &schema() const { return m_schema; }

    // Undefined when the input is not set (it is then omitted from the request).
    QJsonValue value(const QString &name) const;
    void setValue(const QString &name, const QJsonValue &value);
    void resetToDefault(const QString &name);
    void resetAll();
    bool isDefault(const QString &name) const;

    // Validation errors of one input: local (same rules as the server) followed by the server's
    // own errors of the last rejected run, which stay until the field is edited.
    QList<schema::FieldError> errors(const QString &name) const;
    QList<schema::FieldError> allErrors() const;
    bool isValid() const { return allErrors().isEmpty(); }
    // Why a run cannot start, as one translated line ("" when it can).
    QString blockingReason() const;
    // True when the only problem is that required inputs are still empty (a fresh form), which
    // the window shows as a hint rather than as an error.
    bool isOnlyIncomplete() const;
    void setServerErrors(const QList<schema::FieldError> &errors);

    // The request input: every set value of a known parameter.
    QJsonObject input() const;
    // The input for the next run: when the seed is not locked a fresh one is drawn (shown in the
    // form) so every run records the seed it used.
    QJsonObject prepareRunInput();
    // Replaces the form with `input` (preset, sidecar, history). Unknown keys are returned, not applied.
    QStringList load(const QJsonObject &input);
    // Sets only the inputs `partial` has (a preset); the others keep their values.
    QStringList apply(const QJsonObject &partial);

    bool isSeedLocked() const { return m_seedLocked; }
    void setSeedLocked(bool locked);
    void drawRandomSeed();        // a new seed (RandomSeed: 0 … 2^31 − 1), locked
    void reuseSeed(qint64 seed);  // the seed of an earlier run, locked

    void saveTo(settings::AppSettings &settings) const;
    void restoreFrom(settings::AppSettings &settings);

signals:
    void valueChanged(const QString &name);
    void errorsChanged(const QString &name);
    void validityChanged(bool valid);
    void schemaChanged();
    void seedLockChanged(bool locked);

private:
    QJsonValue coerce(const schema::Parameter &p, const QJsonValue &value) const;
    QList<schema::FieldError> localErrors(const schema::Parameter &p) const;
    void emitValidity();

    schema::ModelSchema m_schema;
    QJsonObject m_values;
    QHash<QString, QList<schema::FieldError>> m_serverErrors;
    bool m_seedLocked = false;
    bool m_drawingSeed = false;
};

} // namespace sdanim::session
