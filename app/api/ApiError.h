#pragma once

#include "schema/FieldError.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sdanim::api {

// An HTTP or network failure of one API call, with the problem+json body (spec §5.1) decoded.
struct ApiError
{
    int httpStatus = 0;            // 0 for network errors
    QString title;
    QString detail;
    QList<schema::FieldError> fieldErrors;  // from `invalid_fields` on a 422
    int retryAfterSeconds = -1;    // from Retry-After / retry_after / "~Ns"; -1 when absent
    QString networkError;          // Qt's text for transport failures
    QByteArray body;
    // What the failure means beyond the call itself (e.g. whether a lost create may have made a
    // prediction); a sentence appended to userMessage().
    QString consequence;

    bool isNetworkError() const { return httpStatus == 0; }
    // A human sentence that says what happened and what to do (401/402/422/429 get specific advice),
    // followed by the consequence.
    QString userMessage() const;
    // The same without the consequence.
    QString problemMessage() const;

    static ApiError fromResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader = {});
};

} // namespace sdanim::api

Q_DECLARE_METATYPE(sdanim::api::ApiError)
