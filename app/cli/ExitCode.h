#pragma once

namespace sdanim::cli {

// Exit codes of `sdanim` commands (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,          // local problem: cannot write files, database unusable
    ExitUsage = 2,            // bad command line or input validation (client- or server-side)
    ExitApiError = 3,         // the API refused or could not be reached
    ExitPredictionFailed = 4, // the prediction ran and ended "failed"
    ExitCanceled = 5,         // the prediction ended "canceled" or "aborted" (not by our SIGINT)
    ExitInterrupted = 130,    // SIGINT: the prediction was canceled first
};

} // namespace sdanim::cli
