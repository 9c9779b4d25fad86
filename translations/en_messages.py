# English plural forms for translations/sdanim_en.ts. The sources are English already, so that catalogue
# holds only the "%n thing(s)" messages (lupdate -pluralonly), turned into proper singular and plural.
MESSAGES = {
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
}

CONTEXT_MESSAGES = {
}
