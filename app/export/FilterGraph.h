#pragma once

#include <QString>

struct AVFilterContext;
struct AVFilterGraph;
struct AVFrame;

namespace sdanim::media {
class LibAv;
}

namespace sdanim::exports {

// One libavfilter graph with a single video input and output, built from an ffmpeg filter
// description ("trim=start_frame=3,scale=320:240", or labelled chains with split/concat: the
// unlabelled first input and last output are the graph's ends). Blocking and CPU-bound: use it
// on a worker thread. Not thread-safe.
class FilterGraph
{
public:
    struct Input
    {
        int width = 0;
        int height = 0;
        int pixelFormat = -1;   // AVPixelFormat
        int timeBaseNum = 1;
        int timeBaseDen = 25;
        // The nominal rate: filters that make frames (tpad, minterpolate) step by it.
        int frameRateNum = 25;
        int frameRateDen = 1;
    };

    FilterGraph() = default;
    ~FilterGraph();
    FilterGraph(const FilterGraph &) = delete;
    FilterGraph &operator=(const FilterGraph &) = delete;

    bool build(const Input &input, const QString &description, QString *error);
    bool isBuilt() const { return m_sink != nullptr; }
    // The frame is referenced, not taken; nullptr marks the end of the input.
    bool push(const AVFrame *frame, QString *error);
    // 0: `frame` holds the next output frame (unref it when done); AVERROR(EAGAIN): push more;
    // AVERROR_EOF: the graph is drained; other negative values: an error.
    int pull(AVFrame *frame);

    static QString avErrorText(int code);

private:
    void release();

    const media::LibAv *m_av = nullptr;   // set by the first build()
    AVFilterGraph *m_graph = nullptr;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
    long long m_endPts = 0;
};

} // namespace sdanim::exports
