#pragma once

namespace sdanim::cli {

// The headless `sdanim run|history|presets` entry point (docs/cli.md). main() hands over before
// creating any widget: `if (CliApp::handles(argc, argv)) return CliApp::run(argc, argv);`
class CliApp
{
public:
    static bool handles(int argc, char **argv);
    static int run(int argc, char **argv);
};

} // namespace sdanim::cli
