#include "cli/DeploymentsCommand.h"

#include "api/DeploymentList.h"
#include "cli/CliEnvironment.h"
#include "cli/CommandLineCheck.h"
#include "cli/ConsoleOutput.h"
#include "cli/ExitCode.h"
#include "settings/AppSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sdanim::cli {

DeploymentsCommand::DeploymentsCommand(const QStringList &arguments, QObject *parent)
    : EnvironmentCommand(arguments, parent)
{
}

int DeploymentsCommand::exec()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the Replicate account's deployments, for sdanim run --deployment owner/name."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Print the deployments as JSON.")});
    // Only the shared options that mean something here: where the API is, which settings, the log.
    for (const QCommandLineOption &option : CliEnvironment::options()) {
        const QString name = option.names().first();
        if (name == QLatin1String("base-url") || name == QLatin1String("settings") || name == QLatin1String("verbose"))
            parser.addOption(option);
    }
    if (const auto done = CommandLineCheck::afterParse(parser, parser.parse(m_arguments), QStringLiteral("deployments")))
        return *done;
    m_json = parser.isSet(QStringLiteral("json"));
    m_env = new CliEnvironment;
    QString error;
    if (!m_env->configure(parser, &error)) {
        ConsoleOutput::error(error);
        return ExitUsage;
    }
    m_env->loadToken([this] { afterToken(); });
    return QCoreApplication::exec();
}

void DeploymentsCommand::afterToken()
{
    const QUrl base = m_env->baseUrlOverride().isEmpty() ? m_env->settings().baseUrl() : m_env->baseUrlOverride();
    auto *list = new api::DeploymentList(base, m_env->token(), nullptr, this);
    connect(list, &api::DeploymentList::finished, this, [this](const QList<api::DeploymentInfo> &deployments) {
        print(deployments);
        QCoreApplication::exit(ExitOk);
    });
    connect(list, &api::DeploymentList::failed, this, [](const QString &message, int) {
        ConsoleOutput::error(message);
        QCoreApplication::exit(ExitApiError);
    });
    list->fetch();
}

void DeploymentsCommand::print(const QList<api::DeploymentInfo> &deployments)
{
    if (m_json) {
        QJsonArray all;
        for (const api::DeploymentInfo &d : deployments)
            all.append(d.toJson());
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    if (deployments.isEmpty()) {
        ConsoleOutput::error(tr("This account has no deployments; create one on replicate.com/deployments."));
        return;
    }
    int width = 10;
    for (const api::DeploymentInfo &d : deployments)
        width = qMax(width, int(d.fullName().size()));
    ConsoleOutput::out(QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(tr("DEPLOYMENT").leftJustified(width), tr("HARDWARE").leftJustified(16),
                                tr("MIN").rightJustified(4), tr("MAX").rightJustified(4), tr("VERSION")));
    for (const api::DeploymentInfo &d : deployments)
        ConsoleOutput::out(QStringLiteral("%1  %2  %3  %4  %5")
                               .arg(d.fullName().leftJustified(width), d.hardware.leftJustified(16),
                                    QString::number(d.minInstances).rightJustified(4),
                                    QString::number(d.maxInstances).rightJustified(4), d.version.left(12)));
}

} // namespace sdanim::cli
