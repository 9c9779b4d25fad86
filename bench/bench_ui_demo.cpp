// A small window with the history sidebar and the preview pane on real emulator output, for
// screenshots and for trying the widgets by hand without a backend:
//
//   bench_ui_demo [--format gif|mp4] [--entries N] [--actual-size] [--dark] [--filmstrip]
//
// It renders a few animations with the emulator's AnimationRenderer (the same synthetic, labelled
// output the offline backend produces), records them plus N older synthetic predictions in a
// temporary history, shows the newest one in the preview and, with --filmstrip, feeds its
// intermediate frames to the filmstrip one by one as a running prediction would.

#include "emulator/ModelRunPlan.h"
#include "emulator/OutputRenderer.h"
#include "emulator/render/AnimationRenderer.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryStore.h"
#include "tests/support/HistoryFixture.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"
#include "ui/PreviewPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListView>
#include <QPalette>
#include <QSplitter>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace sdanim;

namespace {

struct Demo
{
    QString key;
    QString video;
    QStringList frames;
};

const QList<QStringList> kPrompts = {
    {QStringLiteral("a lighthouse on a cliff at dawn, oil painting"), QStringLiteral("the same lighthouse in a storm at night")},
    {QStringLiteral("a red fox in fresh snow"), QStringLiteral("a red fox in an autumn forest")},
    {QStringLiteral("a city skyline, watercolor"), QStringLiteral("the city skyline at night with neon lights")},
    {QStringLiteral("a bowl of ripe oranges"), QStringLiteral("a bowl of lemons | a bowl of limes")},
    {QStringLiteral("nsfw test prompt"), QStringLiteral("another prompt")},
    {QStringLiteral("a paper boat on a lake"), QStringLiteral("a paper boat on the open sea")},
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(70, 62, 30));
    p.setColor(QPalette::ToolTipText, QColor(250, 240, 200));
    p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("gif or mp4"), QStringLiteral("format"),
                                    QStringLiteral("gif"));
    QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Older synthetic history entries."),
                                     QStringLiteral("n"), QStringLiteral("5000"));
    QCommandLineOption actualOption(QStringLiteral("actual-size"), QStringLiteral("Show the preview at 1:1."));
    QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    QCommandLineOption filmOption(QStringLiteral("filmstrip"), QStringLiteral("Feed intermediate frames."));
    QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Type this into the history search."),
                                    QStringLiteral("text"));
    QCommandLineOption deleteOption(QStringLiteral("delete-second"),
                                    QStringLiteral("Delete the second history row (shows the undo bar)."));
    QCommandLineOption menuOption(QStringLiteral("context-menu"), QStringLiteral("Open the context menu of the third row."));
    parser.addOptions({formatOption, entriesOption, actualOption, darkOption, filmOption, searchOption, deleteOption,
                       menuOption});
    parser.process(app);
    const QString format = parser.value(formatOption) == QLatin1String("mp4") ? QStringLiteral("mp4") : QStringLiteral("gif");
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("history.sqlite"));
    store::HistoryStore history(dbPath);
    QString error;
    if (!history.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int older = std::max(0, parser.value(entriesOption).toInt());
    if (!testsupport::fillHistory(history, older, now.addDays(-40)))
        return 1;

    QList<Demo> demos;
    for (int i = 0; i < kPrompts.size(); ++i) {
        const QString demoFormat = i == kPrompts.size() - 1 ? format : QStringLiteral("gif");
        const QJsonObject input{{QStringLiteral("prompt_start"), kPrompts[i][0]},
                                {QStringLiteral("prompt_end"), kPrompts[i][1]},
                                {QStringLiteral("width"), 256}, {QStringLiteral("height"), 256},
                                {QStringLiteral("num_animation_frames"), 8},
                                {QStringLiteral("num_interpolation_steps"), 2},
                                {QStringLiteral("gif_frames_per_second"), 12},
                                {QStringLiteral("seed"), 1000 + i},
                                {QStringLiteral("output_format"), demoFormat},
                                {QStringLiteral("intermediate_output"), true}};
        const emulator::ModelRunPlan plan = emulator::ModelRunPlan::fromInput(input, 0);
        const bool failed = kPrompts[i][0].startsWith(QLatin1String("nsfw"));
        const QString out = dir.filePath(QStringLiteral("outputs/demo%1").arg(i));
        QDir().mkpath(out);
        Demo demo;
        store::HistoryRecord r = testsupport::syntheticRecord(older + i, now.addSecs(-3600), QString());
        r.id = QStringLiteral("demo%1xk3v9q2w7m").arg(i);
        r.backend = i % 2 ? QStringLiteral("emulator") : QStringLiteral("cloud");
        r.input = input;
        r.createdAt = now.addSecs(-600 * (kPrompts.size() - i));
        r.predictTime = 40 + 7 * i;
        r.costUsd = r.backend == QLatin1String("cloud") ? r.predictTime * 0.00115 : 0;
        r.status = failed ? QStringLiteral("failed") : QStringLiteral("succeeded");
        if (!failed) {
            int index = 0;
            for (const emulator::ModelRunPlan::Output &file : plan.outputs) {
                if (file.content == emulator::ModelRunPlan::Output::Content::Video) {
                    demo.video = QDir(out).filePath(file.basename);
                    if (!emulator::AnimationRenderer::renderVideo(plan.animation, demo.video, &error)) {
                        std::fprintf(stderr, "render: %s\n", qPrintable(error));
                        return 1;
                    }
                    r.outputs.append({index++, demo.video, {}});
                    continue;
                }
                const QString path = QDir(out).filePath(QStringLiteral("frame-%1.png").arg(index, 3, 10, QLatin1Char('0')));
                emulator::OutputRenderer::still(plan, file).save(path);
                demo.frames << path;
                r.outputs.append({index++, path, {}});
            }
        }
        if (!history.insert(r)) {
            std::fprintf(stderr, "%s\n", qPrintable(history.lastError()));
            return 1;
        }
        demo.key = r.id;
        demos << demo;
    }

    store::AsyncHistoryStore async(dbPath);
    QSplitter window;
    window.setWindowTitle(QStringLiteral("SD Animator: preview and history"));
    auto *sidebar = new ui::HistorySidebar(&async);
    auto *preview = new ui::PreviewPane;
    window.addWidget(sidebar);
    window.addWidget(preview);
    window.setStretchFactor(1, 1);
    window.setSizes({380, 1000});
    window.resize(1400, 900);
    window.show();

    const Demo &latest = demos.last();
    preview->setOfflinePreview(true);
    preview->setActualSize(parser.isSet(actualOption));
    preview->showFile(latest.video);
    QObject::connect(sidebar, &ui::HistorySidebar::showRequested, preview, [&demos, preview](const QString &key) {
        for (const Demo &d : demos)
            if (d.key == key && !d.video.isEmpty())
                preview->showFile(d.video);
    });
    bool deleteSecond = parser.isSet(deleteOption);
    QObject::connect(sidebar->model(), &ui::HistoryListModel::reloaded, sidebar,
                     [sidebar, key = latest.key, deleteSecond]() mutable {
                         sidebar->selectKey(key);
                         if (deleteSecond && sidebar->model()->rowCount() > 1) {
                             deleteSecond = false;
                             sidebar->deletePrediction(sidebar->model()->rowAt(1).key());
                         }
                     });
    if (parser.isSet(menuOption))
        QTimer::singleShot(1500, sidebar, [sidebar] {
            QListView *view = sidebar->view();
            emit view->customContextMenuRequested(view->visualRect(sidebar->model()->index(2)).center());
        });
    if (parser.isSet(searchOption))
        sidebar->setSearchText(parser.value(searchOption));
    if (parser.isSet(filmOption)) {
        auto *feeder = new QTimer(&window);
        int next = 0;
        QObject::connect(feeder, &QTimer::timeout, preview, [&, feeder]() mutable {
            if (next >= latest.frames.size()) {
                feeder->stop();
                return;
            }
            preview->addIntermediateFrame(next, latest.frames.at(next));
            ++next;
        });
        feeder->start(120);
    }
    return app.exec();
}
