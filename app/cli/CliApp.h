#pragma once

class QString;

namespace sdanim::cli {

// The headless `sdanim run|history|presets` entry point (docs/cli.md), plus `sdanim --help` and
// `sdanim --version`. main() hands over before creating any widget:
// `if (CliApp::handles(argc, argv)) return CliApp::run(argc, argv);`
class CliApp
{
public:
    static bool handles(int argc, char **argv);
    static bool isCommand(const char *argument);   // a command word: run, plan, history, …
    static int run(int argc, char **argv);
    static QString version();   // the project version from CMake
    static QString usage();     // `sdanim --help`: the commands and the GUI
};

} // namespace sdanim::cli
