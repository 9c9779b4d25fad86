#pragma once

#include <QStringList>

namespace sdanim::session {

// The model takes one start prompt and any number of end prompts joined by '|' in prompt_end
// (spec §9.1); the editor keeps them as a list and converts at the boundary.
class PromptSequence
{
public:
    static QString separator();                       // " | "
    static QString joinEndPrompts(const QStringList &endPrompts);
    // Splits like the model does: on '|', each piece trimmed. An empty string gives an empty list.
    static QStringList splitEndPrompts(const QString &promptEnd);
};

} // namespace sdanim::session
