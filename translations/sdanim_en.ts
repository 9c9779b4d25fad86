<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>sdanim::api::ApiError</name>
    <message numerus="yes">
        <location filename="../app/api/ApiError.cpp" line="+191"/>
        <source>Too many requests: the server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many requests: the server asks to wait %n second before trying again.</numerusform>
            <numerusform>Too many requests: the server asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::api::DownloadTask</name>
    <message numerus="yes">
        <location filename="../app/api/DownloadTask.cpp" line="+326"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::api::ReplicateJob</name>
    <message numerus="yes">
        <location filename="../app/api/ReplicateJob.cpp" line="+932"/>
        <source>The prediction did not finish within %n minute(s); it is being canceled.</source>
        <translation>
            <numerusform>The prediction did not finish within %n minute; it is being canceled.</numerusform>
            <numerusform>The prediction did not finish within %n minutes; it is being canceled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::cli::HistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="+114"/>
        <source>Skipped %n prediction(s) of other models.</source>
        <translation>
            <numerusform>Skipped %n prediction of another model.</numerusform>
            <numerusform>Skipped %n predictions of other models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Resumed %n prediction(s).</source>
        <translation>
            <numerusform>Resumed %n prediction.</numerusform>
            <numerusform>Resumed %n predictions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::cli::PlanCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="+135"/>
        <source>Interpolation: FILM, %n recursion(s) of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)</source>
        <translation>
            <numerusform>Interpolation: FILM, %n recursion of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)</numerusform>
            <numerusform>Interpolation: FILM, %n recursions of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::cli::QueueCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/QueueCommand.cpp" line="+395"/>
        <source>%n job(s) deleted.</source>
        <translation>
            <numerusform>%n job deleted.</numerusform>
            <numerusform>%n jobs deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Interrupted: %n running job(s) go on; the next sdanim queue run follows them.</source>
        <translation>
            <numerusform>Interrupted: %n running job goes on; the next sdanim queue run follows it.</numerusform>
            <numerusform>Interrupted: %n running jobs go on; the next sdanim queue run follows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::cli::StoryboardCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/StoryboardCommand.cpp" line="+147"/>
        <source>#%1 &quot;%2&quot; → &quot;%3&quot;: %n frame(s) from frame %4</source>
        <translation>
            <numerusform>#%1 &quot;%2&quot; → &quot;%3&quot;: %n frame from frame %4</numerusform>
            <numerusform>#%1 &quot;%2&quot; → &quot;%3&quot;: %n frames from frame %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, crossfade of %n frame(s) into the next</source>
        <translation>
            <numerusform>, crossfade of %n frame into the next</numerusform>
            <numerusform>, crossfade of %n frames into the next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Stitching %n frame(s)...</source>
        <translation>
            <numerusform>Stitching %n frame...</numerusform>
            <numerusform>Stitching %n frames...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Stitched %n frame(s); the transitions start at frames %1.</source>
        <translation>
            <numerusform>Stitched %n frame; the transitions start at frames %1.</numerusform>
            <numerusform>Stitched %n frames; the transitions start at frames %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::cli::SweepCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/SweepCommand.cpp" line="+287"/>
        <source>Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n run(s) skipped.</source>
        <translation>
            <numerusform>Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n run skipped.</numerusform>
            <numerusform>Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n runs skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::queue::JobQueue</name>
    <message numerus="yes">
        <location filename="../app/queue/JobQueue.cpp" line="+464"/>
        <source>%1 Nothing was created: it is sent again in %n s.</source>
        <translation>
            <numerusform>%1 Nothing was created: it is sent again in %n s.</numerusform>
            <numerusform>%1 Nothing was created: it is sent again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Rate limited (429): waits %n s before it is sent again.</source>
        <translation>
            <numerusform>Rate limited (429): waits %n s before it is sent again.</numerusform>
            <numerusform>Rate limited (429): waits %n s before it is sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::queue::QueueController</name>
    <message numerus="yes">
        <location filename="../app/queue/QueueController.cpp" line="+160"/>
        <source>Waiting for a free slot: the queue runs %n job(s) at once on this backend.</source>
        <translation>
            <numerusform>Waiting for a free slot: the queue runs %n job at once on this backend.</numerusform>
            <numerusform>Waiting for a free slot: the queue runs %n jobs at once on this backend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::AnimationSummary</name>
    <message numerus="yes">
        <location filename="../app/session/AnimationSummary.cpp" line="+30"/>
        <source>%n keyframe(s)</source>
        <translation>
            <numerusform>%n keyframe</numerusform>
            <numerusform>%n keyframes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n frame(s) each</source>
        <translation>
            <numerusform>%n frame each</numerusform>
            <numerusform>%n frames each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video frame(s)</source>
        <translation>
            <numerusform>%n video frame</numerusform>
            <numerusform>%n video frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Latent interpolation: %n frame(s) per pair, the last latent is never decoded</source>
        <translation>
            <numerusform>Latent interpolation: %n frame per pair, the last latent is never decoded</numerusform>
            <numerusform>Latent interpolation: %n frames per pair, the last latent is never decoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>FILM doubles %n time(s): ×%1</source>
        <translation>
            <numerusform>FILM doubles %n time: ×%1</numerusform>
            <numerusform>FILM doubles %n times: ×%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::InputModel</name>
    <message numerus="yes">
        <location filename="../app/session/InputModel.cpp" line="+180"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::PlanNoticeText</name>
    <message numerus="yes">
        <location filename="../app/session/PlanNoticeText.cpp" line="+23"/>
        <source>Strength %1 is above 1: the model then denoises each frame for only the last %n step(s) (Python&apos;s negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.</source>
        <translation>
            <numerusform>Strength %1 is above 1: the model then denoises each frame for only the last %n step (Python&apos;s negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.</numerusform>
            <numerusform>Strength %1 is above 1: the model then denoises each frame for only the last %n steps (Python&apos;s negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Ping-pong renders a whole extra segment back to the start prompt: %n more frame(s) to denoise, not a reversed copy.</source>
        <translation>
            <numerusform>Ping-pong renders a whole extra segment back to the start prompt: %n more frame to denoise, not a reversed copy.</numerusform>
            <numerusform>Ping-pong renders a whole extra segment back to the start prompt: %n more frames to denoise, not a reversed copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::RunEstimateText</name>
    <message numerus="yes">
        <location filename="../app/session/RunEstimateText.cpp" line="+52"/>
        <source>learned from %n run(s)</source>
        <translation>
            <numerusform>learned from %n run</numerusform>
            <numerusform>learned from %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::storyboard::StoryboardEstimate</name>
    <message numerus="yes">
        <location filename="../app/storyboard/StoryboardEstimate.cpp" line="+40"/>
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n transition</numerusform>
            <numerusform>%n transitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::sweep::SweepEstimate</name>
    <message numerus="yes">
        <location filename="../app/sweep/SweepEstimate.cpp" line="+62"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::sweep::SweepSpec</name>
    <message numerus="yes">
        <location filename="../app/sweep/SweepSpec.cpp" line="+91"/>
        <source>--vary %1: the base prompt_end has %n end prompt(s); give one for every position up to %2.</source>
        <translation>
            <numerusform>--vary %1: the base prompt_end has %n end prompt; give one for every position up to %2.</numerusform>
            <numerusform>--vary %1: the base prompt_end has %n end prompts; give one for every position up to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::DeploymentPicker</name>
    <message numerus="yes">
        <location filename="../ui/DeploymentPicker.cpp" line="+167"/>
        <source>%n deployment(s) on this account.</source>
        <translation>
            <numerusform>%n deployment on this account.</numerusform>
            <numerusform>%n deployments on this account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ExportDialog.cpp" line="+104"/>
        <source>The first %n frame(s) as they will be exported.</source>
        <translation>
            <numerusform>The first %n frame as it will be exported.</numerusform>
            <numerusform>The first %n frames as they will be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistoryImportBar</name>
    <message numerus="yes">
        <location filename="../ui/HistoryImportBar.cpp" line="+104"/>
        <source>Importing history: page %1, %n prediction(s) read</source>
        <translation>
            <numerusform>Importing history: page %1, %n prediction read</numerusform>
            <numerusform>Importing history: page %1, %n predictions read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistorySidebar</name>
    <message numerus="yes">
        <location filename="../ui/HistorySidebar.cpp" line="+234"/>
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>%n prediction</numerusform>
            <numerusform>%n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Also delete its %n file(s) from disk (frees %1)</source>
        <translation>
            <numerusform>Also delete its %n file from disk (frees %1)</numerusform>
            <numerusform>Also delete its %n files from disk (frees %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Deleted the prediction and %n file(s), %1 freed.</source>
        <translation>
            <numerusform>Deleted the prediction and %n file, %1 freed.</numerusform>
            <numerusform>Deleted the prediction and %n files, %1 freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+117"/>
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n run in progress</numerusform>
            <numerusform>%n runs in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n run(s) exist), at the price per second set in Settings.</source>
        <translation>
            <numerusform>What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n run exists), at the price per second set in Settings.</numerusform>
            <numerusform>What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n runs exist), at the price per second set in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+286"/>
        <source>%n run(s) still in progress.</source>
        <translation>
            <numerusform>%n run still in progress.</numerusform>
            <numerusform>%n runs still in progress.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::PreviewPane</name>
    <message numerus="yes">
        <location filename="../ui/PreviewPane.cpp" line="+387"/>
        <source>Generating… %n intermediate frame(s) so far.</source>
        <translation>
            <numerusform>Generating… %n intermediate frame so far.</numerusform>
            <numerusform>Generating… %n intermediate frames so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::RunRow</name>
    <message numerus="yes">
        <location filename="../ui/RunRow.cpp" line="+132"/>
        <source>Log (%n line(s))</source>
        <translation>
            <numerusform>Log (%n line)</numerusform>
            <numerusform>Log (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::StoryboardDialog</name>
    <message numerus="yes">
        <location filename="../ui/StoryboardDialog.cpp" line="+414"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Running %n transition(s)…</source>
        <translation>
            <numerusform>Running %n transition…</numerusform>
            <numerusform>Running %n transitions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Stitching %n frame(s)…</source>
        <translation>
            <numerusform>Stitching %n frame…</numerusform>
            <numerusform>Stitching %n frames…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Stitched %n frame(s) into %1</source>
        <translation>
            <numerusform>Stitched %n frame into %1</numerusform>
            <numerusform>Stitched %n frames into %1</numerusform>
        </translation>
    </message>
</context>
</TS>
