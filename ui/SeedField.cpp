#include "ui/SeedField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace sdanim::ui {

SeedField::SeedField(const QString &name, QWidget *parent)
    : FieldEditor(parent)
    , m_edit(new QLineEdit(this))
    , m_random(new QToolButton(this))
    , m_lock(new QToolButton(this))
{
    m_edit->setObjectName(name + QStringLiteral("_edit"));
    m_edit->setPlaceholderText(tr("random"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
    m_edit->setToolTip(tr("Leave blank for a new random seed on every run"));
    m_random->setObjectName(name + QStringLiteral("_random"));
    m_random->setText(tr("Random"));
    m_random->setToolTip(tr("Draw a new random seed and keep it"));
    m_lock->setObjectName(name + QStringLiteral("_lock"));
    m_lock->setText(tr("Lock"));
    m_lock->setCheckable(true);
    m_lock->setToolTip(tr("Locked: every run uses this seed. Unlocked: every run draws a new seed and shows it here."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_random);
    layout->addWidget(m_lock);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            emit edited(QJsonValue(QJsonValue::Undefined));
            return;
        }
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        // Non-numbers go to the validator as text so the field shows the server's type error.
        emit edited(ok ? QJsonValue(n) : QJsonValue(t));
    });
    connect(m_random, &QToolButton::clicked, this, &SeedField::randomRequested);
    connect(m_lock, &QToolButton::toggled, this, &SeedField::lockToggled);
}

void SeedField::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_edit);
    QString text;
    if (value.isDouble())
        text = QString::number(qint64(value.toDouble()));
    else if (value.isString())
        text = value.toString();
    if (m_edit->text().trimmed() != text)
        m_edit->setText(text);
}

void SeedField::setLocked(bool locked)
{
    const QSignalBlocker blocker(m_lock);
    m_lock->setChecked(locked);
    m_lock->setText(locked ? tr("Locked") : tr("Lock"));
}

} // namespace sdanim::ui
