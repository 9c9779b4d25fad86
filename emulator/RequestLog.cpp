#include "emulator/RequestLog.h"

#include <QCryptographicHash>

namespace sdanim::emulator {

QString RequestLog::redactedAuthorization(const QString &value)
{
    const QString trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString scheme = space < 0 ? QString() : trimmed.left(space);
    const QString credential = space < 0 ? trimmed : trimmed.mid(space + 1).trimmed();
    const QString digest = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(credential.toUtf8(), QCryptographicHash::Sha256).toHex());
    return scheme.isEmpty() ? digest : scheme + QLatin1Char(' ') + digest;
}

void RequestLog::append(const QJsonObject &entry)
{
    QJsonObject stored = entry;
    QJsonObject headers = stored.value(QLatin1String("headers")).toObject();
    // Header names arrive lower-cased from the server, but the log must not depend on that.
    for (const QString &name : headers.keys()) {
        if (name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) != 0) continue;
        const QString value = headers.take(name).toString();
        headers.insert(QStringLiteral("authorization"), redactedAuthorization(value));
    }
    stored.insert(QStringLiteral("headers"), headers);

    QMutexLocker lock(&m_mutex);
    while (qsizetype(m_entries.size()) >= MaxEntries)
        m_entries.pop_front();
    m_entries.push_back(stored);
}

QJsonArray RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray all;
    for (const QJsonObject &entry : m_entries)
        all.append(entry);
    return all;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace sdanim::emulator
