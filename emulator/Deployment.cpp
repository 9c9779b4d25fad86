#include "emulator/Deployment.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sdanim::emulator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EmulatorCommandLine", text);
}

bool readCount(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return false;
    *out = value;
    return true;
}

} // namespace

bool Deployment::validName(const QString &part)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,99}$"));
    return pattern.match(part).hasMatch();
}

std::optional<Deployment> Deployment::checked(QString *error) const
{
    if (!validName(owner) || !validName(name)) {
        *error = tr("A deployment is named owner/name in lowercase letters, digits, '-', '_' and '.', got \"%1\"")
                     .arg(fullName());
        return std::nullopt;
    }
    static const QRegularExpression sku(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!sku.match(hardware).hasMatch()) {
        *error = tr("A deployment's hardware is a SKU such as gpu-a40-large, got \"%1\"").arg(hardware);
        return std::nullopt;
    }
    if (maxInstances < 1 || maxInstances > kMostInstances || minInstances < 0 || minInstances > maxInstances) {
        *error = tr("A deployment needs 0 <= min_instances <= max_instances, max_instances from 1 to %1, got %2-%3")
                     .arg(kMostInstances).arg(minInstances).arg(maxInstances);
        return std::nullopt;
    }
    return *this;
}

std::optional<Deployment> Deployment::fromSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    Deployment d;
    d.owner = parts.first().section(QLatin1Char('/'), 0, 0);
    d.name = parts.first().section(QLatin1Char('/'), 1);
    if (parts.size() > 3) {
        *error = tr("--deployment takes owner/name[:[min-]max[:hardware]], got \"%1\"").arg(spec);
        return std::nullopt;
    }
    if (parts.size() > 1) {
        const QString range = parts.at(1);
        const bool hasMin = range.contains(QLatin1Char('-'));
        if ((hasMin && !readCount(range.section(QLatin1Char('-'), 0, 0), &d.minInstances))
            || !readCount(range.section(QLatin1Char('-'), hasMin ? 1 : 0), &d.maxInstances)) {
            *error = tr("--deployment takes owner/name[:[min-]max[:hardware]], got \"%1\"").arg(spec);
            return std::nullopt;
        }
    }
    if (parts.size() > 2)
        d.hardware = parts.at(2);
    return d.checked(error);
}

std::optional<Deployment> Deployment::fromJson(const QJsonObject &json, QString *error)
{
    Deployment d;
    d.owner = json.value(QLatin1String("owner")).toString();
    d.name = json.value(QLatin1String("name")).toString();
    d.hardware = json.value(QLatin1String("hardware")).toString(d.hardware);
    for (const auto &[key, field] : {std::pair{"min_instances", &Deployment::minInstances},
                                     std::pair{"max_instances", &Deployment::maxInstances}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            *error = tr("%1 must be an integer").arg(QLatin1String(key));
            return std::nullopt;
        }
        d.*field = v.toInt();
    }
    return d.checked(error);
}

} // namespace sdanim::emulator
