#include "session/PromptSequence.h"

namespace sdanim::session {

QString PromptSequence::separator() { return QStringLiteral(" | "); }

QString PromptSequence::joinEndPrompts(const QStringList &endPrompts)
{
    QStringList trimmed;
    for (const QString &p : endPrompts) trimmed << p.trimmed();
    return trimmed.join(separator());
}

QStringList PromptSequence::splitEndPrompts(const QString &promptEnd)
{
    if (promptEnd.trimmed().isEmpty())
        return {};
    QStringList pieces = promptEnd.split(QLatin1Char('|'));
    for (QString &p : pieces) p = p.trimmed();
    return pieces;
}

} // namespace sdanim::session
