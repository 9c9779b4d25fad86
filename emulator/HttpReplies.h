#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace httplib {
struct Response;
}

namespace sdanim::emulator {

class FaultInjector;

// Writes the emulator's HTTP bodies and applies the body-level faults (malformed JSON, connection
// cut after a full Content-Length was promised) to JSON responses of the API surfaces.
class HttpReplies
{
public:
    explicit HttpReplies(FaultInjector &faults) : m_faults(faults) {}

    static constexpr const char *kJson = "application/json; charset=utf-8";
    static constexpr const char *kProblemJson = "application/problem+json";

    // An API JSON body; the malformed_json and drop_json faults apply.
    void json(httplib::Response &res, int status, const QByteArray &body, const char *contentType = kJson);
    void json(httplib::Response &res, int status, const QJsonObject &body, const char *contentType = kJson);
    // RFC 7807 problem details as Replicate sends them: {title?, detail, status, …extra}.
    void problem(httplib::Response &res, int status, const QString &title, const QString &detail,
                 const QJsonObject &extra = {});
    // Any body whose transfer is cut half-way although Content-Length announced all of it.
    static void truncated(httplib::Response &res, int status, const QByteArray &body, const std::string &contentType);
    static QByteArray compact(const QJsonObject &object);
    // Content type of an output file by its name (.png, .gif, .mp4), for the file host and data: URIs.
    static QString mimeType(const QString &fileName);

private:
    FaultInjector &m_faults;
};

} // namespace sdanim::emulator
