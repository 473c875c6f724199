#!/usr/bin/env python3
"""Post-process the .ts files after lupdate (run by `ninja update_translations`).

1. Core files translate through a file-local helper,
       QString tr(const char* text) { return QCoreApplication::translate("Vault", text); }
   lupdate cannot see through it: it files those strings under the enclosing namespace or class
   ("xaso::storage", "KeyHeader"), while the program looks them up under "Vault". Each message
   located in a file with such a helper is moved to the helper's context, unless its context is
   one the file names explicitly in a QCoreApplication::translate("Context", ...) call. A
   translation kept for the same text in the target context is reused.
2. Vanished and obsolete messages are dropped (after step 1 had the chance to reuse them).
3. In a source-language file (sourcelanguage == language, e.g. xaso_en.ts) only plural messages
   are kept (like lupdate -pluralonly), and their English forms are filled in from the source:
   "%n minute(s)" -> "%n minute" / "%n minutes".
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
                    r'QCoreApplication::translate\(\s*"([^"]+)"')
EXPLICIT = re.compile(r'(?:QCoreApplication::)?translate\(\s*"([^"]+)"\s*,\s*"')
NOOP = re.compile(r'QT_TRANSLATE_NOOP3?\(\s*"([^"]+)"')


def scan_helpers(root):
    helpers = {}
    for top in ('core', 'sync', 'app'):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in files:
                if not name.endswith(('.cpp', '.h')):
                    continue
                path = os.path.realpath(os.path.join(dirpath, name))
                with open(path, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                m = HELPER.search(text)
                if m:
                    explicit = set(EXPLICIT.findall(text)) | set(NOOP.findall(text))
                    helpers[path] = (m.group(1), explicit)
    return helpers


def message_key(msg):
    src = msg.findtext('source') or ''
    comment = msg.findtext('comment') or ''
    return (src, comment)


def is_dead(msg):
    t = msg.find('translation')
    return t is not None and t.get('type') in ('vanished', 'obsolete')


def has_translation(msg):
    t = msg.find('translation')
    if t is None or t.get('type') in ('unfinished',):
        return False
    if msg.get('numerus') == 'yes':
        return any((n.text or '').strip() for n in t.findall('numerusform'))
    return bool((t.text or '').strip())


def english_forms(source):
    singular = re.sub(r'\((s|es)\)', '', source)
    plural = re.sub(r'\((s|es)\)', r'\1', source)
    return singular, plural


def process(ts_path, helpers):
    tree = ET.parse(ts_path)
    ts = tree.getroot()
    ts_dir = os.path.dirname(os.path.realpath(ts_path))
    contexts = {c.findtext('name'): c for c in ts.findall('context')}

    # 1. move helper-translated messages to their runtime context
    moves = []
    for ctx_name, ctx in contexts.items():
        for msg in ctx.findall('message'):
            for loc in msg.findall('location'):
                fn = loc.get('filename')
                if not fn:
                    continue
                path = os.path.realpath(os.path.join(ts_dir, fn))
                helper = helpers.get(path)
                if helper and ctx_name != helper[0] and ctx_name not in helper[1]:
                    moves.append((ctx, msg, helper[0]))
                break
    for ctx, msg, target in moves:
        ctx.remove(msg)
        if target not in contexts:
            new_ctx = ET.SubElement(ts, 'context')
            ET.SubElement(new_ctx, 'name').text = target
            contexts[target] = new_ctx
        contexts[target].append(msg)

    # 1b. merge duplicates inside each context, keeping a translation where there is one
    for ctx in contexts.values():
        by_key = {}
        for msg in ctx.findall('message'):
            by_key.setdefault(message_key(msg), []).append(msg)
        for msgs in by_key.values():
            if len(msgs) < 2:
                continue
            live = [m for m in msgs if not is_dead(m)] or msgs
            keep = live[0]
            donor = next((m for m in msgs if has_translation(m)), None)
            if donor is not None and donor is not keep:
                keep.remove(keep.find('translation'))
                t = donor.find('translation')
                t.attrib.pop('type', None)
                keep.append(t)
            for m in msgs:
                if m is not keep:
                    ctx.remove(m)
            t = keep.find('translation')
            if t is not None and t.get('type') in ('vanished', 'obsolete'):
                t.attrib.pop('type', None)

    # 2. drop what no source uses any more
    for ctx in contexts.values():
        for msg in ctx.findall('message'):
            if is_dead(msg):
                ctx.remove(msg)

    # 3. source-language file: plurals only, filled from the source
    if ts.get('sourcelanguage', 'en').split('_')[0] == ts.get('language', '').split('_')[0]:
        for ctx in contexts.values():
            for msg in ctx.findall('message'):
                if msg.get('numerus') != 'yes':
                    ctx.remove(msg)
                    continue
                t = msg.find('translation')
                if not has_translation(msg):
                    for n in list(t):
                        t.remove(n)
                    for form in english_forms(msg.findtext('source')):
                        ET.SubElement(t, 'numerusform').text = form
                    t.attrib.pop('type', None)

    for name, ctx in list(contexts.items()):
        if not ctx.findall('message'):
            ts.remove(ctx)
    # lupdate keeps contexts sorted by name; do the same so diffs stay small
    ordered = sorted(ts.findall('context'), key=lambda c: c.findtext('name'))
    for c in ts.findall('context'):
        ts.remove(c)
    for c in ordered:
        ts.append(c)

    ET.indent(tree, space='    ')
    body = ET.tostring(ts, encoding='unicode')
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    unfinished = sum(1 for t in ts.iter('translation') if t.get('type') == 'unfinished')
    return len(moves), unfinished


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--root', required=True)
    parser.add_argument('ts', nargs='+')
    args = parser.parse_args()
    helpers = scan_helpers(args.root)
    for ts in args.ts:
        moved, unfinished = process(ts, helpers)
        print(f'{os.path.basename(ts)}: {moved} message(s) moved to their runtime context, '
              f'{unfinished} unfinished')
    return 0


if __name__ == '__main__':
    sys.exit(main())
