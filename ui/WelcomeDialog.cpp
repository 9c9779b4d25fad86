#include "ui/WelcomeDialog.h"

#include "session/TokenOnboarding.h"
#include "settings/AppSettings.h"
#include "ui/StatusColors.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sdanim::ui {

WelcomeDialog::WelcomeDialog(settings::AppSettings *settings, session::BackendSession *backends, QWidget *parent)
    : QDialog(parent)
    , m_onboarding(new session::TokenOnboarding(settings, backends, this))
    , m_token(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check and &Save Token"), this))
    , m_offline(new QPushButton(tr("Continue &Offline"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to SD Animator"));
    const QString model = QLatin1String(settings::AppSettings::DefaultModel);

    auto *heading = new QLabel(tr("<h2>Welcome to SD Animator</h2>"
                                  "<p>SD Animator turns a start and an end prompt into an animation with the "
                                  "Stable Diffusion model <b>%1</b>. It runs on one of three backends:</p>")
                                   .arg(model.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    auto *backendsText = new QLabel(
        tr("<ul>"
           "<li><b>Replicate cloud</b>: the real model on Replicate's GPUs. Needs an API token; Replicate bills "
           "each run by the second.</li>"
           "<li><b>Local Cog container</b>: the same model on your own NVIDIA GPU, started with<br>"
           "<code>docker run -p 5000:5000 --gpus=all r8.im/%1</code><br>then choose it in Settings.</li>"
           "<li><b>Offline emulator</b>: built in, no account and no cost. It makes synthetic previews (labelled "
           "as such) so you can try every part of the app.</li>"
           "</ul>")
            .arg(model.toHtmlEscaped()),
        this);
    backendsText->setWordWrap(true);
    backendsText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tokenBox = new QGroupBox(tr("Replicate API token"), this);
    m_token->setObjectName(QStringLiteral("welcomeToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("r8_… (from replicate.com/account/api-tokens)"));
    m_check->setObjectName(QStringLiteral("welcomeCheck"));
    m_result->setObjectName(QStringLiteral("welcomeResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);   // the account name comes from the server
    auto *note = new QLabel(tr("The token is checked with %1/account before it is stored in the system keyring; "
                               "it is only ever sent there.")
                                .arg(settings->baseUrl().toDisplayString().toHtmlEscaped()),
                            tokenBox);
    note->setWordWrap(true);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_check);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->addLayout(tokenRow);
    tokenLayout->addWidget(note);
    tokenLayout->addWidget(m_result);

    auto *example = new QLabel(tr("Either way the form gets an example (two prompts, 256×256, quick), so the first "
                                  "Run is one click."),
                               this);
    example->setWordWrap(true);

    m_offline->setObjectName(QStringLiteral("welcomeOffline"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_offline, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(backendsText);
    layout->addWidget(tokenBox);
    layout->addWidget(example);
    layout->addWidget(buttons);
    m_result->hide();   // until there is something to say
    // Word-wrapped labels make a poor size hint; the height that fits this width leaves no gap.
    constexpr int Width = 680;
    resize(Width, heightForWidth(Width));

    connect(m_check, &QPushButton::clicked, this, [this] { m_onboarding->submit(m_token->text()); });
    connect(m_token, &QLineEdit::returnPressed, m_check, &QPushButton::click);
    connect(m_onboarding, &session::TokenOnboarding::checking, this, [this](const QString &host) {
        m_check->setEnabled(false);
        m_result->setText(tr("Checking the token with %1…").arg(host));
        m_result->show();
        StatusColors::applyTextColor(m_result, palette().color(QPalette::WindowText));
    });
    connect(m_onboarding, &session::TokenOnboarding::rejected, this, [this](const QString &message) {
        m_check->setEnabled(true);
        showResult(false, message);
    });
    connect(m_onboarding, &session::TokenOnboarding::accepted, this,
            [this](const QString &username, const QString &name, const QString &storage, bool stored) {
                m_check->setEnabled(true);
                m_token->clear();
                const QString who = name.isEmpty() || name == username ? username : tr("%1 (%2)").arg(username, name);
                showResult(stored, tr("Signed in as %1. %2").arg(who, storage));
                m_close->setText(tr("&Start"));
                emit exampleRequested();
            });
    connect(m_offline, &QPushButton::clicked, this, [this] {
        m_onboarding->goOffline();
        emit exampleRequested();
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void WelcomeDialog::showResult(bool ok, const QString &message)
{
    m_result->setText(message);
    m_result->show();
    StatusColors::applyTextColor(m_result, ok ? StatusColors::success(palette()) : StatusColors::error(palette()));
}

} // namespace sdanim::ui
