#!/usr/bin/env python3
"""CTest i18n.translations: every translations/sdanim_<lang>.ts is complete and current.

Fails when
  - lupdate, run over a temporary copy with the options of translations/update.py, finds a source string
    the committed file does not have (someone added a tr() text without running update.py);
  - a message is unfinished, empty, obsolete, or a plural message lacks one of the language's forms;
  - a translation drops or invents a %1/%n placeholder, an & accelerator, a line break or the leading or
    trailing blanks its source has;
  - a context cannot match at run time: tr() looks messages up under the class name the meta-object
    reports ("sdanim::ui::MainWindow") or the literal given to translate(); a context that is neither
    (e.g. a bare namespace, from tr() in a free function) would never be found.
Usage: check_translations.py [--lupdate PATH]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "translations"))
import update  # noqa: E402  (same extraction options as the maintainer's script)

PLURAL_FORMS = {"de": 2, "en": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pt": 2, "ja": 1, "zh": 1, "ko": 1,
                "ru": 3, "pl": 3, "cs": 3, "uk": 3}
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
ACCELERATOR = re.compile(r"(?<!&)&(?![&\s])")

problems = []


def problem(ts_name, context, source, what):
    problems.append(f"{ts_name}: [{context}] {source!r}: {what}")


def messages_of(path):
    result = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            result[update.message_key(name, message)] = message
    return result


def texts_of(message):
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def edges(text):
    return (len(text) - len(text.lstrip(" ")), len(text) - len(text.rstrip(" ")))


def check_message(ts_name, language, key, message):
    context, source, _comment, numerus = key
    translation = message.find("translation")
    kind = translation.get("type") if translation is not None else "missing"
    if kind:
        problem(ts_name, context, source, f"translation is {kind}")
        return
    texts = texts_of(message)
    if numerus:
        wanted = PLURAL_FORMS.get(language.split("_")[0], 2)
        if len(texts) != wanted:
            problem(ts_name, context, source, f"{len(texts)} plural forms, {language} needs {wanted}")
    for text in texts:
        if not text.strip():
            problem(ts_name, context, source, "empty translation")
            continue
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problem(ts_name, context, source, f"placeholders differ in {text!r}")
        if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
            problem(ts_name, context, source, f"& accelerators differ in {text!r}")
        if text.count("\n") != source.count("\n"):
            problem(ts_name, context, source, f"line breaks differ in {text!r}")
        if edges(text) != edges(source):
            problem(ts_name, context, source, f"leading/trailing blanks differ in {text!r}")


def known_contexts():
    """Context names tr() can produce at run time, read from the sources lupdate scans."""
    literals, qobjects = set(), set()
    for path in glob.glob(os.path.join(ROOT, "app", "**", "*.*"), recursive=True) + \
            glob.glob(os.path.join(ROOT, "ui", "**", "*.*"), recursive=True):
        if not path.endswith((".h", ".cpp")):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        literals.update(re.findall(r'"([A-Za-z_][\w:]*)"', text))
        literals.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
        # QObject::tr() and friends: Qt's own classes keep their unqualified names at run time.
        literals.update(re.findall(r"\b(Q[A-Z]\w*)::tr\(", text))
        if "Q_OBJECT" in text or "Q_GADGET" in text:
            namespaces = re.findall(r"^namespace\s+([\w:]+)\s*\{", text, re.M)
            for cls in re.findall(r"^\s*class\s+(?:\w+\s+)?(\w+)\s*(?:final\s*)?[:{]", text, re.M):
                qobjects.add(cls)
                qobjects.update(f"{ns}::{cls}" for ns in namespaces)
    return literals | qobjects


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default=None)
    args = parser.parse_args()
    if args.lupdate:
        os.environ["LUPDATE"] = args.lupdate
    lupdate = update.find_lupdate()
    ts_files = sorted(glob.glob(os.path.join(ROOT, "translations", "sdanim_*.ts")))
    if not ts_files:
        print("no translations/sdanim_*.ts")
        return 1
    contexts_at_runtime = known_contexts()
    checked = 0
    for ts_path in ts_files:
        ts_name = os.path.relpath(ts_path, ROOT)
        language = ET.parse(ts_path).getroot().get("language") or ""
        committed = messages_of(ts_path)
        with tempfile.TemporaryDirectory() as tmp:
            fresh_path = os.path.join(tmp, os.path.basename(ts_path))
            shutil.copy(ts_path, fresh_path)
            output = update.run_lupdate(lupdate, fresh_path)
            fresh = messages_of(fresh_path)
        for line in output.splitlines():
            if "unknown namespace/class" in line or "Cannot invoke tr()" in line:
                problems.append(f"lupdate: {line.strip()} (the context would not match at run time)")
        for key in fresh.keys() - committed.keys():
            problem(ts_name, key[0], key[1], "new source text; run python3 translations/update.py "
                                             "and translate it")
        for key in committed.keys() - fresh.keys():
            print(f"note: {ts_name}: [{key[0]}] {key[1]!r} is no longer in the sources "
                  "(update.py drops it)")
        for key, message in committed.items():
            check_message(ts_name, language, key, message)
            checked += 1
        for context in sorted({key[0] for key in fresh}):
            if context not in contexts_at_runtime:
                problems.append(f"{ts_name}: context {context!r} is neither a Q_OBJECT class nor a literal "
                                "given to translate(); tr() there looks its texts up under another name")
    for line in problems:
        print("FAIL:", line)
    print(f"{checked} messages in {len(ts_files)} file(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
