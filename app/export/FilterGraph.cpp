#include "export/FilterGraph.h"

#include "media/LibAv.h"

#include <QCoreApplication>

#include <algorithm>

namespace sdanim::exports {

FilterGraph::~FilterGraph() { release(); }

void FilterGraph::release()
{
    if (m_av) m_av->avfilter_graph_free(&m_graph);
    m_source = nullptr;
    m_sink = nullptr;
    m_endPts = 0;
}

QString FilterGraph::avErrorText(int code)
{
    QString unavailable;
    const media::LibAv *av = media::LibAv::system(&unavailable);
    if (!av) return unavailable;
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av->av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

bool FilterGraph::build(const Input &input, const QString &description, QString *error)
{
    release();
    if (!m_av && !(m_av = media::LibAv::system(error))) return false;
    auto fail = [&](int code) {
        if (error)
            *error = QCoreApplication::translate("sdanim::exports::FilterGraph", "The filter graph \"%1\" cannot be set up: %2")
                         .arg(description, avErrorText(code));
        release();
        return false;
    };
    m_graph = m_av->avfilter_graph_alloc();
    if (!m_graph) return fail(AVERROR(ENOMEM));
    // Filters such as minterpolate use the graph's threads; two, as everywhere else on shared cores.
    m_graph->nb_threads = 2;
    const QByteArray args = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:frame_rate=%6/%7:pixel_aspect=1/1")
                                .arg(input.width).arg(input.height).arg(input.pixelFormat)
                                .arg(input.timeBaseNum).arg(input.timeBaseDen).arg(input.frameRateNum).arg(input.frameRateDen).toLatin1();
    int rc = m_av->avfilter_graph_create_filter(&m_source, m_av->avfilter_get_by_name("buffer"), "in", args.constData(), nullptr, m_graph);
    if (rc < 0) return fail(rc);
    rc = m_av->avfilter_graph_create_filter(&m_sink, m_av->avfilter_get_by_name("buffersink"), "out", nullptr, nullptr, m_graph);
    if (rc < 0) return fail(rc);

    AVFilterInOut *outputs = m_av->avfilter_inout_alloc();
    AVFilterInOut *inputs = m_av->avfilter_inout_alloc();
    if (!outputs || !inputs) {
        m_av->avfilter_inout_free(&outputs);
        m_av->avfilter_inout_free(&inputs);
        return fail(AVERROR(ENOMEM));
    }
    outputs->name = m_av->av_strdup("in");
    outputs->filter_ctx = m_source;
    inputs->name = m_av->av_strdup("out");
    inputs->filter_ctx = m_sink;
    const QByteArray text = (description.isEmpty() ? QStringLiteral("null") : description).toUtf8();
    rc = m_av->avfilter_graph_parse_ptr(m_graph, text.constData(), &inputs, &outputs, nullptr);
    m_av->avfilter_inout_free(&outputs);
    m_av->avfilter_inout_free(&inputs);
    if (rc < 0) return fail(rc);
    if ((rc = m_av->avfilter_graph_config(m_graph, nullptr)) < 0) return fail(rc);
    return true;
}

bool FilterGraph::push(const AVFrame *frame, QString *error)
{
    if (!m_source) {
        if (error) *error = QCoreApplication::translate("sdanim::exports::FilterGraph", "Filtering failed: %1").arg(avErrorText(AVERROR(EINVAL)));
        return false;
    }
    int rc;
    if (frame) {
        rc = m_av->av_buffersrc_write_frame(m_source, frame);
        if (frame->pts != AV_NOPTS_VALUE) m_endPts = frame->pts + std::max<int64_t>(1, frame->pkt_duration);
    } else {
        // The end needs a timestamp: filters that pad or re-time (tpad, minterpolate) run to it,
        // and without one (write_frame(nullptr)) tpad clones frames without end.
        rc = m_av->av_buffersrc_close(m_source, m_endPts, AV_BUFFERSRC_FLAG_PUSH);
    }
    if (rc < 0 && error)
        *error = QCoreApplication::translate("sdanim::exports::FilterGraph", "Filtering failed: %1").arg(avErrorText(rc));
    return rc >= 0;
}

int FilterGraph::pull(AVFrame *frame) { return m_sink ? m_av->av_buffersink_get_frame(m_sink, frame) : AVERROR(EINVAL); }

} // namespace sdanim::exports
