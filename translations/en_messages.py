# English plural forms for translations/sdanim_en.ts. The sources are English already, so that catalogue
# holds only the "%n thing(s)" messages (lupdate -pluralonly), turned into proper singular and plural.
MESSAGES = {
    "The first %n frame(s) as they will be exported.": [
        "The first %n frame as it will be exported.", "The first %n frames as they will be exported."],
    "Too many requests: the server asks to wait %n second(s) before trying again.": [
        "Too many requests: the server asks to wait %n second before trying again.",
        "Too many requests: the server asks to wait %n seconds before trying again."],
    "The prediction did not finish within %n minute(s); it is being canceled.": [
        "The prediction did not finish within %n minute; it is being canceled.",
        "The prediction did not finish within %n minutes; it is being canceled."],
    "Resumed %n prediction(s).": ["Resumed %n prediction.", "Resumed %n predictions."],
    "%n keyframe(s)": ["%n keyframe", "%n keyframes"],
    "%n segment(s)": ["%n segment", "%n segments"],
    " (and %n more problem(s))": [" (and %n more problem)", " (and %n more problems)"],
    "%n prediction(s)": ["%n prediction", "%n predictions"],
    "%n run(s) in progress": ["%n run in progress", "%n runs in progress"],
    "Generating… %n intermediate frame(s) so far.": [
        "Generating… %n intermediate frame so far.", "Generating… %n intermediate frames so far."],
    "Log (%n line(s))": ["Log (%n line)", "Log (%n lines)"],
    "%n run(s) still in progress.": ["%n run still in progress.", "%n runs still in progress."],
    "Skipped %n prediction(s) of other models.": [
        "Skipped %n prediction of another model.", "Skipped %n predictions of other models."],
    "Interpolation: FILM, %n recursion(s) of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)": [
        "Interpolation: FILM, %n recursion of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)",
        "Interpolation: FILM, %n recursions of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)"],
    "%n frame(s) each": ["%n frame each", "%n frames each"],
    "%n frame(s)": ["%n frame", "%n frames"],
    "%n video frame(s)": ["%n video frame", "%n video frames"],
    "Latent interpolation: %n frame(s) per pair, the last latent is never decoded": [
        "Latent interpolation: %n frame per pair, the last latent is never decoded",
        "Latent interpolation: %n frames per pair, the last latent is never decoded"],
    # Every form keeps %n (the i18n check requires it), so the singular cannot say "once".
    "FILM doubles %n time(s): ×%1": ["FILM doubles %n time: ×%1", "FILM doubles %n times: ×%1"],
    "Strength %1 is above 1: the model then denoises each frame for only the last %n step(s) (Python's negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.": [
        "Strength %1 is above 1: the model then denoises each frame for only the last %n step (Python's negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.",
        "Strength %1 is above 1: the model then denoises each frame for only the last %n steps (Python's negative slice). Accepted, but rarely intended; the useful range is between 0 and 1."],
    "Ping-pong renders a whole extra segment back to the start prompt: %n more frame(s) to denoise, not a reversed copy.": [
        "Ping-pong renders a whole extra segment back to the start prompt: %n more frame to denoise, not a reversed copy.",
        "Ping-pong renders a whole extra segment back to the start prompt: %n more frames to denoise, not a reversed copy."],
    "learned from %n run(s)": ["learned from %n run", "learned from %n runs"],
    "What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n run(s) exist), at the price per second set in Settings.": [
        "What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n run exists), at the price per second set in Settings.",
        "What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n runs exist), at the price per second set in Settings."],
    "no answer within %n second(s)": ["no answer within %n second", "no answer within %n seconds"],
    "Importing history: page %1, %n prediction(s) read":
        ["Importing history: page %1, %n prediction read", "Importing history: page %1, %n predictions read"],
    "Also delete its %n file(s) from disk (frees %1)":
        ["Also delete its %n file from disk (frees %1)", "Also delete its %n files from disk (frees %1)"],
    "Deleted the prediction and %n file(s), %1 freed.":
        ["Deleted the prediction and %n file, %1 freed.", "Deleted the prediction and %n files, %1 freed."],
    # --- sweeps (sweep::, cli::SweepCommand) ---
    'Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n run(s) skipped.':
        ['Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n run skipped.', 'Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n runs skipped.'],
    '%n run(s)': ['%n run', '%n runs'],
    '--vary %1: the base prompt_end has %n end prompt(s); give one for every position up to %2.':
        ['--vary %1: the base prompt_end has %n end prompt; give one for every position up to %2.', '--vary %1: the base prompt_end has %n end prompts; give one for every position up to %2.'],
    # --- storyboards (storyboard::, cli::StoryboardCommand) ---
    '#%1 "%2" → "%3": %n frame(s) from frame %4':
        ['#%1 "%2" → "%3": %n frame from frame %4', '#%1 "%2" → "%3": %n frames from frame %4'],
    ', crossfade of %n frame(s) into the next':
        [', crossfade of %n frame into the next', ', crossfade of %n frames into the next'],
    'Stitching %n frame(s)...':
        ['Stitching %n frame...', 'Stitching %n frames...'],
    'Stitched %n frame(s); the transitions start at frames %1.':
        ['Stitched %n frame; the transitions start at frames %1.', 'Stitched %n frames; the transitions start at frames %1.'],
    '%n transition(s)':
        ['%n transition', '%n transitions'],
    # --- storyboard editor (ui::StoryboardDialog, ui::StoryboardTimeline) ---
    'Running %n transition(s)…':
        ['Running %n transition…', 'Running %n transitions…'],
    'Stitched %n frame(s) into %1':
        ['Stitched %n frame into %1', 'Stitched %n frames into %1'],
    'Stitching %n frame(s)…':
        ['Stitching %n frame…', 'Stitching %n frames…'],
    # --- deployments (issue 11) ---
    "%n deployment(s) on this account.": ["%n deployment on this account.", "%n deployments on this account."],
    '%n job(s) deleted.':
        ['%n job deleted.', '%n jobs deleted.'],
    'Interrupted: %n running job(s) go on; the next sdanim queue run follows them.':
        ['Interrupted: %n running job goes on; the next sdanim queue run follows it.', 'Interrupted: %n running jobs go on; the next sdanim queue run follows them.'],
    '%1 Nothing was created: it is sent again in %n s.':
        ['%1 Nothing was created: it is sent again in %n s.', '%1 Nothing was created: it is sent again in %n s.'],
    'Rate limited (429): waits %n s before it is sent again.':
        ['Rate limited (429): waits %n s before it is sent again.', 'Rate limited (429): waits %n s before it is sent again.'],
    'Waiting for a free slot: the queue runs %n job(s) at once on this backend.':
        ['Waiting for a free slot: the queue runs %n job at once on this backend.',
         'Waiting for a free slot: the queue runs %n jobs at once on this backend.'],
}

CONTEXT_MESSAGES = {
}
