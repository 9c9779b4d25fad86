#include "ui/DeferredIcon.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>

#include <memory>

namespace sdanim::ui {
namespace {

struct Pending
{
    std::function<QIcon()> make;
    QIcon icon;
    bool made = false;

    const QIcon &get()
    {
        if (!made) {
            made = true;
            icon = make();
            make = nullptr;
        }
        return icon;
    }
};

// Answers everything from the icon it makes on first use. Clones share that icon, so a QIcon
// copied into many widgets (QIcon detaches on some calls) still makes it once.
class DeferredIconEngine final : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::shared_ptr<Pending> pending) : m_pending(std::move(pending)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_pending->get().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_pending->get().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return m_pending->get().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_pending->get().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_pending->get().availableSizes(mode, state);
    }
    QString iconName() override { return m_pending->get().name(); }
    // Asked by every button when it is laid out: answering without making the icon is the point.
    // Style and theme icons with a style fallback are never null.
    bool isNull() override { return m_pending->made && m_pending->icon.isNull(); }
    QString key() const override { return QStringLiteral("sdanim-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(m_pending); }

private:
    std::shared_ptr<Pending> m_pending;
};

} // namespace

QIcon DeferredIcon::make(std::function<QIcon()> make)
{
    auto pending = std::make_shared<Pending>();
    pending->make = std::move(make);
    return QIcon(new DeferredIconEngine(std::move(pending)));
}

QIcon DeferredIcon::standard(QStyle::StandardPixmap pixmap)
{
    // GUI thread only, like every widget that shows one.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(pixmap));
    if (it == cache.end())
        it = cache.insert(int(pixmap), make([pixmap] { return QApplication::style()->standardIcon(pixmap); }));
    return *it;
}

QIcon DeferredIcon::themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return make([name, fallback] { return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback)); });
}

} // namespace sdanim::ui
