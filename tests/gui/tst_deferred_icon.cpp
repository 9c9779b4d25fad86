// ui::DeferredIcon: building widgets with an icon makes nothing; the first draw makes it once,
// for every copy; and what it draws is the icon it stands for.
#include "ui/DeferredIcon.h"

#include <QApplication>
#include <QPainter>
#include <QPushButton>
#include <QTest>

using namespace sdanim;

namespace {

QIcon redSquare()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::red);
    return QIcon(pixmap);
}

} // namespace

class DeferredIconTest : public QObject
{
    Q_OBJECT
private slots:
    void madeOnFirstDrawOnlyOnceForAllCopies()
    {
        int made = 0;
        const QIcon icon = ui::DeferredIcon::make([&made] { ++made; return redSquare(); });
        QPushButton a(icon, QStringLiteral("A"));
        QPushButton b(icon, QStringLiteral("B"));
        QVERIFY(!a.icon().isNull());
        (void)a.sizeHint();
        (void)b.sizeHint();
        QCOMPARE(made, 0);

        const QImage drawn = a.icon().pixmap(QSize(16, 16)).toImage();
        QCOMPARE(made, 1);
        QCOMPARE(drawn.size(), QSize(16, 16));
        QCOMPARE(QColor(drawn.pixel(8, 8)), QColor(Qt::red));
        QCOMPARE(b.icon().availableSizes(), QList<QSize>({QSize(32, 32)}));
        QImage painted(32, 32, QImage::Format_ARGB32);
        painted.fill(Qt::transparent);
        QPainter painter(&painted);
        b.icon().paint(&painter, QRect(0, 0, 32, 32));
        painter.end();
        QCOMPARE(QColor(painted.pixel(16, 16)), QColor(Qt::red));
        QCOMPARE(made, 1);
    }

    void aNullResultIsNullOnceMade()
    {
        const QIcon icon = ui::DeferredIcon::make([] { return QIcon(); });
        QVERIFY(!icon.isNull());
        QVERIFY(icon.pixmap(QSize(16, 16)).isNull());
        QVERIFY(icon.isNull());
    }

    void standardIconsAreSharedAndMatchTheStyle()
    {
        const QIcon first = ui::DeferredIcon::standard(QStyle::SP_BrowserReload);
        const QIcon second = ui::DeferredIcon::standard(QStyle::SP_BrowserReload);
        QCOMPARE(first.cacheKey(), second.cacheKey());
        const QImage expected = QApplication::style()->standardIcon(QStyle::SP_BrowserReload).pixmap(QSize(16, 16)).toImage();
        QCOMPARE(first.pixmap(QSize(16, 16)).toImage().convertToFormat(expected.format()), expected);
        QVERIFY(ui::DeferredIcon::standard(QStyle::SP_TrashIcon).cacheKey() != first.cacheKey());
    }
};

QTEST_MAIN(DeferredIconTest)
#include "tst_deferred_icon.moc"
