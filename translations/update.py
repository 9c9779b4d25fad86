#!/usr/bin/env python3
"""Refreshes translations/sdanim_<lang>.ts from the sources and fills them from <lang>_messages.py.

    python3 translations/update.py            # every language that has a <lang>_messages.py
    python3 translations/update.py de         # one language

Steps per language: lupdate extracts every tr()/translate()/QT_TRANSLATE_NOOP string from app/ and ui/
(the emulator's texts are protocol strings, not UI) into the .ts, dropping strings that left the code;
then each message gets its text from MESSAGES / CONTEXT_MESSAGES; a final lupdate pass writes the file in
lupdate's own layout so diffs stay small. Messages without a text stay "unfinished" and are listed;
the exit code is 1 while any are left. tests/i18n/check_translations.py (CTest i18n.translations) uses
the same extraction to fail the build's tests when a string is missing.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# -I lets lupdate read each class's header (includes are written "ui/X.h", "settings/Y.h") and so learn
# the namespace: contexts come out as "sdanim::ui::MainWindow", the name tr() looks up at run time.
SOURCE_LANGUAGE = "en"
LUPDATE_ARGS = ["app", "ui", "-I", ".", "-I", "app", "-extensions", "cpp,h",
                "-locations", "relative", "-no-obsolete", "-source-language", SOURCE_LANGUAGE]


def find_lupdate():
    for candidate in (os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate6"),
                      shutil.which("lupdate")):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("update.py: lupdate not found (install qt6-l10n-tools or set LUPDATE)")


def is_plural_only(ts_path):
    """The English catalogue only holds the plural forms of "%n file(s)" texts; its other texts are
    the sources themselves."""
    return os.path.basename(ts_path).startswith(f"sdanim_{SOURCE_LANGUAGE}")


def run_lupdate(lupdate, ts_path):
    """Extracts the current strings into ts_path (which may not exist yet), keeping its translations.
    A new file's language comes from its name (sdanim_de.ts: de_DE, whose plural rules lrelease uses)."""
    extra = ["-pluralonly"] if is_plural_only(ts_path) else []
    result = subprocess.run([lupdate, *LUPDATE_ARGS, *extra, "-ts", ts_path],
                            cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.exit(f"lupdate failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def message_key(context_name, message):
    comment = message.find("comment")
    return (context_name, message.findtext("source"), comment.text if comment is not None else None,
            message.get("numerus") == "yes")


def load_messages(language):
    path = os.path.join(HERE, f"{language}_messages.py")
    spec = importlib.util.spec_from_file_location(f"{language}_messages", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MESSAGES, getattr(module, "CONTEXT_MESSAGES", {})


def is_finished(translation):
    return translation is not None and translation.get("type") is None and (
        any((f.text or "") for f in translation.findall("numerusform")) or (translation.text or ""))


def fill(ts_path, messages, context_messages):
    """Writes the dictionary's texts into ts_path; returns the keys of messages left without one."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source")
            text = context_messages.get((name, source), messages.get(source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            numerus = message.get("numerus") == "yes"
            if text is None or isinstance(text, list) != numerus:
                if not is_finished(translation):
                    missing.append(message_key(name, message))
                continue
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if numerus:
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    with open(ts_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    return missing


def update(language, lupdate):
    ts_path = os.path.join(HERE, f"sdanim_{language}.ts")
    messages, context_messages = load_messages(language)
    run_lupdate(lupdate, ts_path)
    missing = fill(ts_path, messages, context_messages)
    report = run_lupdate(lupdate, ts_path)  # lupdate's own layout
    found = [line.strip() for line in report.splitlines() if "Found" in line]
    print(f"{os.path.relpath(ts_path, ROOT)}: {found[-1] if found else report.strip()}")
    for context, source, _comment, numerus in missing:
        print(f"  untranslated{' (numerus: give [singular, plural])' if numerus else ''}: "
              f"[{context}] {source!r}")
    return not missing


def main(argv):
    languages = argv or sorted(f[:-len("_messages.py")] for f in os.listdir(HERE) if f.endswith("_messages.py"))
    lupdate = find_lupdate()
    ok = all([update(language, lupdate) for language in languages])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
