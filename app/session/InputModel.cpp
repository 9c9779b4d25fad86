#include "session/InputModel.h"

#include "schema/InputValidator.h"
#include "session/FieldErrorText.h"
#include "session/ParameterText.h"
#include "session/RandomSeed.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <QSet>

namespace sdanim::session {

namespace {
const QString kSeed = QStringLiteral("seed");
const QString kFormInput = QStringLiteral("form/input");
const QString kFormSeedLocked = QStringLiteral("form/seedLocked");
} // namespace

InputModel::InputModel(QObject *parent)
    : QObject(parent)
    , m_schema(schema::ModelSchema::pinned())
{
    m_values = m_schema.defaults();
}

void InputModel::setSchema(const schema::ModelSchema &newSchema)
{
    const QJsonObject old = m_values;
    m_schema = newSchema;
    m_values = m_schema.defaults();
    const schema::InputValidator validator(m_schema);
    for (auto it = old.begin(); it != old.end(); ++it) {
        if (m_schema.parameter(it.key()) && validator.validateValue(it.key(), it.value()).isEmpty())
            m_values.insert(it.key(), it.value());
    }
    m_serverErrors.clear();
    emit schemaChanged();
    emitValidity();
}

QJsonValue InputModel::value(const QString &name) const
{
    return m_values.contains(name) ? m_values.value(name) : QJsonValue(QJsonValue::Undefined);
}

void InputModel::setValue(const QString &name, const QJsonValue &newValue)
{
    const schema::Parameter *p = m_schema.parameter(name);
    if (!p)
        return;
    const QJsonValue v = newValue.isUndefined() ? newValue : coerce(*p, newValue);
    const bool hadServerErrors = m_serverErrors.remove(name) > 0;
    if (value(name) == v && value(name).isUndefined() == v.isUndefined()) {
        if (hadServerErrors) {
            emit errorsChanged(name);
            emitValidity();
        }
        return;
    }
    if (v.isUndefined())
        m_values.remove(name);
    else
        m_values.insert(name, v);
    // A typed seed is kept; a blank one means "random for every run".
    if (name == kSeed && !m_drawingSeed)
        setSeedLocked(!v.isUndefined() && !v.isNull());
    emit valueChanged(name);
    emit errorsChanged(name);
    emitValidity();
}

void InputModel::resetToDefault(const QString &name)
{
    const schema::Parameter *p = m_schema.parameter(name);
    if (!p)
        return;
    setValue(name, p->hasDefault() ? p->defaultValue : QJsonValue(QJsonValue::Undefined));
    if (name == kSeed)
        setSeedLocked(false);
}

void InputModel::resetAll()
{
    for (const schema::Parameter &p : m_schema.parameters())
        if (p.hasDefault() || !p.required)
            resetToDefault(p.name);
}

bool InputModel::isDefault(const QString &name) const
{
    const schema::Parameter *p = m_schema.parameter(name);
    if (!p)
        return true;
    if (!p->hasDefault())
        return !m_values.contains(name);
    return m_values.value(name) == p->defaultValue;
}

QJsonValue InputModel::coerce(const schema::Parameter &p, const QJsonValue &v) const
{
    // Older predictions carry numbers as strings ("num_animation_frames": "25", spec §9).
    if (p.isNumeric() && v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return p.type == schema::ParamType::Integer && d == qint64(d) ? QJsonValue(qint64(d)) : QJsonValue(d);
    }
    if (p.type == schema::ParamType::Boolean && v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true")) return true;
        if (s == QLatin1String("false")) return false;
    }
    return v;
}

QList<schema::FieldError> InputModel::localErrors(const schema::Parameter &p) const
{
    const QJsonValue v = value(p.name);
    // Like the server, "required" means present: a blank prompt is accepted (the model embeds "")
    // and PlanPreview warns about it next to the field instead of refusing the run.
    if (v.isUndefined() || v.isNull()) {
        if (p.required)
            return {schema::FieldError{QStringLiteral("required"), QStringLiteral("input"),
                                       QStringLiteral("%1 is required").arg(p.name)}};
        if (v.isUndefined())
            return {};
    }
    return schema::InputValidator(m_schema).validateValue(p.name, v);
}

QList<schema::FieldError> InputModel::errors(const QString &name) const
{
    const schema::Parameter *p = m_schema.parameter(name);
    QList<schema::FieldError> result;
    if (p)
        result = localErrors(*p);
    for (const schema::FieldError &e : m_serverErrors.value(name))
        if (!result.contains(e))
            result << e;
    return result;
}

QList<schema::FieldError> InputModel::allErrors() const
{
    QList<schema::FieldError> result;
    for (const schema::Parameter &p : m_schema.parameters())
        result << errors(p.name);
    for (auto it = m_serverErrors.begin(); it != m_serverErrors.end(); ++it)
        if (!m_schema.parameter(it.key()))
            result << it.value();
    return result;
}

QString InputModel::blockingReason() const
{
    const QList<schema::FieldError> errs = allErrors();
    if (errs.isEmpty())
        return QString();
    if (isOnlyIncomplete()) {
        QStringList missing;
        for (const schema::FieldError &e : errs) {
            const schema::Parameter *p = m_schema.parameter(e.inputName());
            missing << (p ? ParameterText::label(*p) : e.inputName());
        }
        return QCoreApplication::translate("sdanim::session::InputModel", "Fill in %1 to run.")
            .arg(QLocale().createSeparatedList(missing));
    }
    const schema::FieldError &first = errs.first();
    const schema::Parameter *p = m_schema.parameter(first.inputName());
    const QString label = p ? ParameterText::label(*p) : first.field;
    QString reason = first.type == QLatin1String("required")
        ? QCoreApplication::translate("sdanim::session::InputModel", "%1 is required").arg(label)
        : QCoreApplication::translate("sdanim::session::InputModel", "%1: %2").arg(label, FieldErrorText::describe(first, m_schema));
    const int more = int(errs.size()) - 1;
    if (more > 0)
        reason += QCoreApplication::translate("sdanim::session::InputModel", " (and %n more problem(s))", nullptr, more);
    return reason;
}

bool InputModel::isOnlyIncomplete() const
{
    const QList<schema::FieldError> errs = allErrors();
    return !errs.isEmpty() && std::all_of(errs.begin(), errs.end(), [](const schema::FieldError &e) {
        return e.type == QLatin1String("required");
    });
}

void InputModel::setServerErrors(const QList<schema::FieldError> &errors)
{
    QSet<QString> touched;
    for (auto it = m_serverErrors.begin(); it != m_serverErrors.end(); ++it) touched.insert(it.key());
    m_serverErrors.clear();
    for (const schema::FieldError &e : errors) {
        const QString name = e.inputName();
        if (name.isEmpty())
            continue;
        m_serverErrors[name] << e;
        touched.insert(name);
    }
    for (const QString &name : touched) emit errorsChanged(name);
    emitValidity();
}

QJsonObject InputModel::input() const
{
    QJsonObject result;
    for (const schema::Parameter &p : m_schema.parameters()) {
        const QJsonValue v = value(p.name);
        if (!v.isUndefined() && !v.isNull())
            result.insert(p.name, v);
    }
    return result;
}

QJsonObject InputModel::prepareRunInput()
{
    if (!m_seedLocked && m_schema.parameter(kSeed)) {
        m_drawingSeed = true;
        setValue(kSeed, RandomSeed::draw());
        m_drawingSeed = false;
    }
    return input();
}

QStringList InputModel::load(const QJsonObject &in)
{
    QStringList ignored;
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!m_schema.parameter(it.key()))
            ignored << it.key();
    m_serverErrors.clear();
    for (const schema::Parameter &p : m_schema.parameters()) {
        if (in.contains(p.name))
            setValue(p.name, in.value(p.name));
        else
            resetToDefault(p.name);
    }
    setSeedLocked(in.contains(kSeed) && in.value(kSeed).isDouble());
    for (const schema::Parameter &p : m_schema.parameters()) emit errorsChanged(p.name);
    emitValidity();
    return ignored;
}

QStringList InputModel::apply(const QJsonObject &partial)
{
    QStringList ignored;
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (m_schema.parameter(it.key()))
            setValue(it.key(), it.value());
        else
            ignored << it.key();
    }
    return ignored;
}

void InputModel::setSeedLocked(bool locked)
{
    if (m_seedLocked == locked)
        return;
    m_seedLocked = locked;
    // Locking "random" keeps a concrete seed, so the next runs really repeat.
    if (locked && !value(kSeed).isDouble() && m_schema.parameter(kSeed)) {
        m_drawingSeed = true;
        setValue(kSeed, RandomSeed::draw());
        m_drawingSeed = false;
    }
    emit seedLockChanged(locked);
}

void InputModel::drawRandomSeed()
{
    setValue(kSeed, RandomSeed::draw());
    setSeedLocked(true);
}

void InputModel::reuseSeed(qint64 seed)
{
    setValue(kSeed, seed);
    setSeedLocked(true);
}

void InputModel::saveTo(settings::AppSettings &settings) const
{
    settings.setValue(kFormInput, QString::fromUtf8(QJsonDocument(m_values).toJson(QJsonDocument::Compact)));
    settings.setValue(kFormSeedLocked, m_seedLocked);
}

void InputModel::restoreFrom(settings::AppSettings &settings)
{
    const QString stored = settings.value(kFormInput).toString();
    if (stored.isEmpty())
        return;
    const QJsonObject saved = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (const schema::Parameter &p : m_schema.parameters()) {
        if (saved.contains(p.name))
            setValue(p.name, saved.value(p.name));
        else
            resetToDefault(p.name);
    }
    setSeedLocked(settings.value(kFormSeedLocked, false).toBool() && m_values.contains(kSeed));
}

void InputModel::emitValidity()
{
    const bool valid = isValid();
    // Always emitted: the reason text can change while validity stays false.
    emit validityChanged(valid);
}

} // namespace sdanim::session
