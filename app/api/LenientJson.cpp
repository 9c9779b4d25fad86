#include "api/LenientJson.h"

namespace sdanim::api {

QString LenientJson::string(const QJsonValue &v)
{
    if (v.isString()) return v.toString();
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17);
    return QString();
}

double LenientJson::number(const QJsonValue &v, double fallback)
{
    if (v.isDouble()) return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok) return d;
    }
    return fallback;
}

bool LenientJson::boolean(const QJsonValue &v)
{
    if (v.isBool()) return v.toBool();
    if (v.isString()) return v.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (v.isDouble()) return v.toDouble() != 0;
    return false;
}

} // namespace sdanim::api
