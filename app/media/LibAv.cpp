#include "media/LibAv.h"

#include <QCoreApplication>

#include <dlfcn.h>

#include <mutex>
#include <type_traits>

// The sonames come from CMake (pkg-config's versions); the headers the types come from must be
// the same major versions, or the table's signatures and the structs' layouts would not match.
static_assert(SDANIM_LIBAVUTIL_MAJOR == LIBAVUTIL_VERSION_MAJOR, "libavutil: pkg-config and headers disagree");
static_assert(SDANIM_LIBSWSCALE_MAJOR == LIBSWSCALE_VERSION_MAJOR, "libswscale: pkg-config and headers disagree");
static_assert(SDANIM_LIBAVCODEC_MAJOR == LIBAVCODEC_VERSION_MAJOR, "libavcodec: pkg-config and headers disagree");
static_assert(SDANIM_LIBAVFORMAT_MAJOR == LIBAVFORMAT_VERSION_MAJOR, "libavformat: pkg-config and headers disagree");
static_assert(SDANIM_LIBAVFILTER_MAJOR == LIBAVFILTER_VERSION_MAJOR, "libavfilter: pkg-config and headers disagree");

namespace sdanim::media {

namespace {

struct Handles
{
    void *avutil = nullptr;
    void *swscale = nullptr;
    void *avcodec = nullptr;
    void *avformat = nullptr;
    void *avfilter = nullptr;
};

// Dependencies first, so that a failure names the library that is missing rather than a dependent.
bool openLibrary(void **handle, const QString &soname, QString *error)
{
    *handle = dlopen(soname.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    if (*handle) return true;
    const char *reason = dlerror();
    if (error)
        *error = QCoreApplication::translate("sdanim::media::LibAv", "Video support is unavailable: FFmpeg's library %1 cannot be loaded (%2).")
                     .arg(soname, QString::fromLocal8Bit(reason ? reason : "unknown error"));
    return false;
}

} // namespace

LibAv::Libraries LibAv::Libraries::build()
{
    return {QString::fromLatin1(SDANIM_LIBAVUTIL_SONAME), QString::fromLatin1(SDANIM_LIBSWSCALE_SONAME),
            QString::fromLatin1(SDANIM_LIBAVCODEC_SONAME), QString::fromLatin1(SDANIM_LIBAVFORMAT_SONAME),
            QString::fromLatin1(SDANIM_LIBAVFILTER_SONAME)};
}

std::unique_ptr<const LibAv> LibAv::load(const Libraries &libraries, QString *error)
{
    Handles h;
    if (!openLibrary(&h.avutil, libraries.avutil, error) || !openLibrary(&h.swscale, libraries.swscale, error)
        || !openLibrary(&h.avcodec, libraries.avcodec, error) || !openLibrary(&h.avformat, libraries.avformat, error)
        || !openLibrary(&h.avfilter, libraries.avfilter, error))
        return nullptr;   // what did open stays open: dlclose of libav is not worth its risks

    std::unique_ptr<LibAv> av(new LibAv);
    // Looked up in the library that defines each function (a handle also sees its dependencies,
    // so a table pointed at the wrong library still fails here, naming the function).
    auto resolve = [&](void *handle, const QString &soname, const char *name, auto *slot) {
        *slot = reinterpret_cast<std::remove_pointer_t<decltype(slot)>>(dlsym(handle, name));
        if (*slot) return true;
        if (error)
            *error = QCoreApplication::translate("sdanim::media::LibAv", "Video support is unavailable: FFmpeg's library %1 has no function %2.")
                         .arg(soname, QString::fromLatin1(name));
        return false;
    };
#define SDANIM_LIBAV_RESOLVE(library, name) \
    if (!resolve(h.library, libraries.library, #name, &av->name)) return nullptr;
    SDANIM_LIBAV_FUNCTIONS(SDANIM_LIBAV_RESOLVE)
#undef SDANIM_LIBAV_RESOLVE

    // A library of another major version under the expected name (a hand-made symlink) would
    // resolve every function and then misread every struct.
    const struct { const QString &soname; unsigned version; unsigned major; } versions[] = {
        {libraries.avutil, av->avutil_version(), LIBAVUTIL_VERSION_MAJOR},
        {libraries.swscale, av->swscale_version(), LIBSWSCALE_VERSION_MAJOR},
        {libraries.avcodec, av->avcodec_version(), LIBAVCODEC_VERSION_MAJOR},
        {libraries.avformat, av->avformat_version(), LIBAVFORMAT_VERSION_MAJOR},
        {libraries.avfilter, av->avfilter_version(), LIBAVFILTER_VERSION_MAJOR},
    };
    for (const auto &v : versions) {
        if (AV_VERSION_MAJOR(v.version) == v.major) continue;
        if (error)
            *error = QCoreApplication::translate("sdanim::media::LibAv", "Video support is unavailable: FFmpeg's library %1 is version %2, this build needs major version %3.")
                         .arg(v.soname)
                         .arg(QStringLiteral("%1.%2.%3").arg(AV_VERSION_MAJOR(v.version)).arg(AV_VERSION_MINOR(v.version)).arg(AV_VERSION_MICRO(v.version)))
                         .arg(v.major);
        return nullptr;
    }
    return av;
}

const LibAv *LibAv::system(QString *error)
{
    static std::once_flag once;
    static const LibAv *table = nullptr;   // never freed: see the class comment
    static QString failure;
    std::call_once(once, [] { table = load(Libraries::build(), &failure).release(); });
    if (!table && error) *error = failure;
    return table;
}

} // namespace sdanim::media
