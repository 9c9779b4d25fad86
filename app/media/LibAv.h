#pragma once

#include <QString>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

// Every libav function the app and the emulator call, with the library that defines it. Add a
// function here before calling it: nothing links libav, so a call outside this table does not link.
#define SDANIM_LIBAV_FUNCTIONS(X) \
    X(avutil, avutil_version) X(avutil, av_d2q) X(avutil, av_dict_free) X(avutil, av_dict_set) \
    X(avutil, av_dict_set_int) X(avutil, av_frame_alloc) X(avutil, av_frame_clone) X(avutil, av_frame_free) \
    X(avutil, av_frame_get_buffer) X(avutil, av_frame_make_writable) X(avutil, av_frame_unref) \
    X(avutil, av_get_pix_fmt_name) X(avutil, av_log_get_level) X(avutil, av_log_set_level) X(avutil, av_opt_set) \
    X(avutil, av_strdup) X(avutil, av_strerror) \
    X(swscale, swscale_version) X(swscale, sws_freeContext) X(swscale, sws_getContext) X(swscale, sws_scale) \
    X(avcodec, avcodec_version) X(avcodec, av_packet_alloc) X(avcodec, av_packet_free) \
    X(avcodec, av_packet_rescale_ts) X(avcodec, av_packet_unref) X(avcodec, avcodec_alloc_context3) \
    X(avcodec, avcodec_find_encoder) X(avcodec, avcodec_find_encoder_by_name) X(avcodec, avcodec_free_context) \
    X(avcodec, avcodec_open2) X(avcodec, avcodec_parameters_from_context) X(avcodec, avcodec_parameters_to_context) \
    X(avcodec, avcodec_receive_frame) X(avcodec, avcodec_receive_packet) X(avcodec, avcodec_send_frame) \
    X(avcodec, avcodec_send_packet) \
    X(avformat, avformat_version) X(avformat, av_find_best_stream) X(avformat, av_guess_frame_rate) \
    X(avformat, av_interleaved_write_frame) X(avformat, av_read_frame) X(avformat, av_write_trailer) \
    X(avformat, avformat_alloc_output_context2) X(avformat, avformat_close_input) \
    X(avformat, avformat_find_stream_info) X(avformat, avformat_free_context) X(avformat, avformat_new_stream) \
    X(avformat, avformat_open_input) X(avformat, avformat_write_header) X(avformat, avio_closep) X(avformat, avio_open) \
    X(avfilter, avfilter_version) X(avfilter, av_buffersink_get_frame) X(avfilter, av_buffersrc_close) \
    X(avfilter, av_buffersrc_write_frame) X(avfilter, avfilter_get_by_name) X(avfilter, avfilter_graph_alloc) \
    X(avfilter, avfilter_graph_config) X(avfilter, avfilter_graph_create_filter) X(avfilter, avfilter_graph_free) \
    X(avfilter, avfilter_graph_parse_ptr) X(avfilter, avfilter_inout_alloc) X(avfilter, avfilter_inout_free)

namespace sdanim::media {

// FFmpeg's libraries, opened with dlopen when a video is first decoded or encoded instead of being
// linked: libavcodec's dependency tree (x264, x265, aom, dav1d, OpenCL, va, …, some 120 libraries)
// cost ~50 ms in the dynamic loader before main() on every start, for a window that shows no video
// yet (bench/RESULTS.md, "Exec → first paint"). The types still come from the headers; the
// functions are this table's members, called as `av->avcodec_open2(…)`.
//
//     QString error;
//     const media::LibAv *av = media::LibAv::system(&error);
//     if (!av) return fail(error);   // names the missing library or function
//
// A loaded table is never unloaded (libav's objects and threads may outlive any owner), and the
// libraries are opened RTLD_LOCAL, so they do not interpose on what Qt's FFmpeg plugin loads.
class LibAv
{
public:
    // The sonames to open. build(): the ones of the libav the build compiled against (CMake reads
    // them from pkg-config; LibAv.cpp checks them against the headers' major versions).
    struct Libraries
    {
        QString avutil;
        QString swscale;
        QString avcodec;
        QString avformat;
        QString avfilter;
        static Libraries build();
    };

    // The process's table for Libraries::build(), loaded on the first call (thread-safe; later
    // calls return the same table, or null and the same error, without trying again).
    static const LibAv *system(QString *error = nullptr);
    // A table of its own for `libraries`; null, with the library or function that failed in
    // `error`, when one does not load. No effect on system().
    static std::unique_ptr<const LibAv> load(const Libraries &libraries, QString *error);

#define SDANIM_LIBAV_MEMBER(library, name) decltype(&::name) name = nullptr;
    SDANIM_LIBAV_FUNCTIONS(SDANIM_LIBAV_MEMBER)
#undef SDANIM_LIBAV_MEMBER

private:
    LibAv() = default;
};

} // namespace sdanim::media
