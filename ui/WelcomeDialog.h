#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sdanim::session { class BackendSession; class TokenOnboarding; }
namespace sdanim::settings { class AppSettings; }

namespace sdanim::ui {

// The first-run welcome (and Help → Welcome): what the three backends are, a Replicate token that
// session::TokenOnboarding checks before storing it, or the offline emulator; either way the
// window then loads the example preset (exampleRequested) so the first Run is one click.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    WelcomeDialog(settings::AppSettings *settings, session::BackendSession *backends, QWidget *parent = nullptr);

    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *offlineButton() const { return m_offline; }
    QLabel *resultLabel() const { return m_result; }

signals:
    void exampleRequested();

private:
    void showResult(bool ok, const QString &message);

    session::TokenOnboarding *m_onboarding;
    QLineEdit *m_token;
    QPushButton *m_check;
    QPushButton *m_offline;
    QPushButton *m_close;
    QLabel *m_result;
};

} // namespace sdanim::ui
