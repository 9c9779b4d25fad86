#pragma once

#include "cli/EnvironmentCommand.h"

#include <QObject>
#include <QStringList>

namespace sdanim::cli {

class CliEnvironment;

// `sdanim history [--json] [--limit N] [--search TEXT] [--status S] [--import] [--resume]`:
// lists the history newest first; --import first pulls the account's predictions from the API,
// --resume first follows every prediction left running (e.g. by a killed `sdanim run`) to its end.
class HistoryCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    explicit HistoryCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

private:
    void afterToken();
    void runImport();
    void runResume();
    void next();
    int printList();

    bool m_import = false;
    bool m_resume = false;
    bool m_json = false;
    int m_limit = 20;
    QString m_search;
    QStringList m_statuses;
    int m_exitCode = 0;
};

} // namespace sdanim::cli
