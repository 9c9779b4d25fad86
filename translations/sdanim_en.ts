<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>sdanim::api::ApiError</name>
    <message numerus="yes">
        <location filename="../app/api/ApiError.cpp" line="+185"/>
        <source>Too many requests: the server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many requests: the server asks to wait %n second before trying again.</numerusform>
            <numerusform>Too many requests: the server asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::api::ReplicateJob</name>
    <message numerus="yes">
        <location filename="../app/api/ReplicateJob.cpp" line="+604"/>
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
        <location filename="../app/cli/HistoryCommand.cpp" line="+155"/>
        <source>Resumed %n prediction(s).</source>
        <translation>
            <numerusform>Resumed %n prediction.</numerusform>
            <numerusform>Resumed %n predictions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::AnimationSummary</name>
    <message numerus="yes">
        <location filename="../app/session/AnimationSummary.cpp" line="+42"/>
        <source>%n keyframe(s)</source>
        <translation>
            <numerusform>%n keyframe</numerusform>
            <numerusform>%n keyframes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::InputModel</name>
    <message numerus="yes">
        <location filename="../app/session/InputModel.cpp" line="+193"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistorySidebar</name>
    <message numerus="yes">
        <location filename="../ui/HistorySidebar.cpp" line="+172"/>
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>%n prediction</numerusform>
            <numerusform>%n predictions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+92"/>
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n run in progress</numerusform>
            <numerusform>%n runs in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+235"/>
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
        <location filename="../ui/PreviewPane.cpp" line="+357"/>
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
        <location filename="../ui/RunRow.cpp" line="+117"/>
        <source>Log (%n line(s))</source>
        <translation>
            <numerusform>Log (%n line)</numerusform>
            <numerusform>Log (%n lines)</numerusform>
        </translation>
    </message>
</context>
</TS>
