#!/usr/bin/env python3
"""Converts the PETRARCH2/Phoenix actor and agent dictionaries (TABARI format, MIT licence) into Parley's
knowledge-base tables under parley-nlp/src/main/resources/org/parley/actors/kb/.

Usage: python3 tools/convert_phoenix.py DICTIONARY_DIR
  DICTIONARY_DIR holds the Phoenix.*.txt files of PETRARCH2's data/dictionaries folder (see the kb README).

Output (tab-separated, header line, '#' comments):
  people.tsv         name, roles ('CODE from..to' joined by ';', dates ISO, empty ends open), aliases ('|')
  organisations.tsv  name, code, aliases   (institutions, international bodies, armed groups, parties)
  places.tsv         phrase, country       (spelling variants, provinces and cities coded as their country)
  agents.tsv         phrase, sector, number (generic agent nouns; plurals added)
Run it again when the dictionaries change; it is deterministic.
"""
import os
import re
import sys

USAGE = ("usage: python3 tools/convert_phoenix.py DICTIONARY_DIR\n"
         "  DICTIONARY_DIR: the folder holding PETRARCH2's Phoenix.*.txt dictionaries (data/dictionaries in the\n"
         "  PETRARCH2 repository; see parley-nlp/src/main/resources/org/parley/actors/kb/README.md)")
SOURCE_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
                "Phoenix.agents.txt")


def source_dir(args):
    """The dictionary folder named on the command line; exits with the usage when it is missing or incomplete."""
    if len(args) != 1 or args[0] in ("-h", "--help"):
        sys.exit(USAGE)
    folder = args[0]
    if not os.path.isdir(folder):
        sys.exit(f"{folder}: no such folder\n{USAGE}")
    missing = [f for f in SOURCE_FILES if not os.path.isfile(os.path.join(folder, f))]
    if missing:
        sys.exit(f"{folder}: missing {', '.join(missing)}\n{USAGE}")
    return folder


SRC = None
OUT = os.path.join(os.path.dirname(__file__), "..", "parley-nlp", "src", "main", "resources", "org", "parley",
                   "actors", "kb")
CODE = re.compile(r"\[([^\]]*)\]")
SMALL = {"of", "the", "and", "for", "in", "on", "de", "la", "al", "el", "bin", "van", "von", "der", "du", "da"}


def date(s):
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    if len(s) == 10 and s.startswith("19"):  # '1920030320': a slip for 20030320 in the source
        s = s[2:]
    if len(s) != 8:
        return None
    y, m, d = s[:4], s[4:6], s[6:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def role(content):
    """'RUSGOV 040309-120521' -> ('RUSGOV', from, to); None when unusable."""
    parts = content.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,15}", parts[0]):
        return None
    code, rest = parts[0], (parts[1].replace(" ", "") if len(parts) > 1 else "")
    if not rest:
        return code, None, None
    if rest.startswith(">"):
        return code, date(rest[1:]), None
    if rest.startswith("<"):
        return code, None, date(rest[1:])
    if "-" in rest:
        a, b = rest.split("-", 1)
        return code, date(a), date(b)
    return code, None, None


def readable(tabari, org=False):
    words = [w for w in tabari.replace("_", " ").split() if w]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif org and (len(w) <= 5 and not any(c in "AEIOU" for c in w[1:]) or "." in w and len(w) <= 6):
            out.append(w)  # acronyms: UN, NATO-like short forms stay in capitals
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def blocks(path):
    """Yields (header, aliases, codes, comment) for each entry of a TABARI actor file."""
    cur = None
    for raw in open(path, encoding="latin-1"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            if cur and not line.strip():
                yield cur
                cur = None
            continue
        text, _, comment = line.partition("#")
        codes = [role(c) for c in CODE.findall(text)]
        codes = [c for c in codes if c]
        name = CODE.sub("", text).strip()
        if line.startswith("+"):
            if cur:
                cur[1].append(name[1:].strip())
                cur[2].extend(codes)
        elif line[0] in " \t":
            if cur:
                cur[2].extend(codes)
                cur[3] += comment
        else:
            if cur:
                yield cur
            cur = [name, [], codes, comment]
    if cur:
        yield cur


def clean(n):
    n = n.strip().strip("_").strip()
    return n if re.fullmatch(r"[A-Z0-9][A-Z0-9_.'&/ -]*", n.upper()) and len(n) > 1 else None


def parley_countries():
    """Lower-case names and aliases of Parley's own countries table, so that states are not read as people."""
    path = os.path.join(OUT, "..", "countries.tsv")
    names = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        for col in f[1:3]:
            names.update((x.lower(), f[0]) for x in col.split("|") if x)
    return names


def main():
    people, orgs, places = {}, {}, {}
    countries = parley_countries()
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"):
        for header, aliases, codes, comment in blocks(os.path.join(SRC, fname)):
            head = clean(header)
            if not head or not codes:
                continue
            alias_names = [a for a in (clean(x) for x in aliases) if a]
            dated = any(f or t for _, f, t in codes)
            # A dated block is a person unless it names a country (ARMENIA_ [USRARM <1990] …: a state's history).
            person = "CountryInfo" in comment or "rulers" in comment \
                or dated and len(codes[0][0]) > 3 and not fname.startswith("Phoenix.MilNonState")
            if readable(head).lower() in countries:
                # A country with a dated history (ARMENIA_ [USRARM <1991]): its variants are today's country.
                for n in [head] + alias_names:
                    places.setdefault(readable(n), countries[readable(head).lower()])
                continue
            if fname.startswith("Phoenix.Countries") and len(codes) == 1 and len(codes[0][0]) == 3 \
                    and not person and not codes[0][1]:
                for n in [head] + alias_names:
                    places.setdefault(readable(n), codes[0][0])
                continue
            if person:
                name = readable(head)
                # A bare surname alias would resolve every namesake in the world: full names only.
                keep = [readable(a) for a in alias_names if len(a.replace("_", " ").split()) >= 2]
                roles = []
                for c, f, t in codes:
                    if c == "ELI" or c.startswith("---"):
                        continue
                    r = f"{c} {f or ''}..{t or ''}" if (f or t) else c
                    if r not in roles:
                        roles.append(r)
                if roles:
                    p = people.setdefault(name, [[], []])
                    p[0] += [r for r in roles if r not in p[0]]
                    p[1] += [a for a in keep if a not in p[1] and a != name]
            else:
                code = codes[0][0]
                name = readable(head, org=True)
                o = orgs.setdefault(name, [code, []])
                o[1] += [readable(a, org=True) for a in alias_names if readable(a, org=True) not in o[1]]
    agents = {}
    macros = {}
    for raw in open(os.path.join(SRC, "Phoenix.agents.txt"), encoding="latin-1"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"!(\w+)!\s*=\s*(.*)", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"([^\[]+)\[~([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        phrase, sector = m.group(1).strip(), m.group(2)
        forms = [phrase]
        for k, vs in macros.items():
            if f"!{k}!" in phrase:
                forms = [phrase.replace(f"!{k}!", v) for v in vs]
        for f in forms:
            f = f.strip("_").replace("_", " ").lower().strip()
            if not re.fullmatch(r"[a-z][a-z .'-]*", f) or len(f) < 3:
                continue
            agents.setdefault(f, (sector, "plural" if f.endswith(("men", "people")) else "singular"))
            plural = f + "es" if f.endswith(("s", "x", "ch", "sh")) else f[:-1] + "ies" if f.endswith("y") \
                and f[-2] not in "aeiou" else f + "s"
            if not f.endswith(("man", "men", "people")):
                agents.setdefault(plural, (sector, "plural"))
    os.makedirs(OUT, exist_ok=True)
    note = "# Converted by tools/convert_phoenix.py from the PETRARCH2/Phoenix dictionaries (MIT, see LICENSE in this folder).\n"
    with open(os.path.join(OUT, "people.tsv"), "w", encoding="utf-8") as f:
        f.write(note + "# Roles: CAMEO code and validity 'from..to' (ISO dates; empty = open), ';'-separated; the table ends in 2014.\n")
        f.write("name\troles\taliases\n")
        for n in sorted(people):
            f.write(f"{n}\t{';'.join(people[n][0])}\t{'|'.join(people[n][1])}\n")
    with open(os.path.join(OUT, "organisations.tsv"), "w", encoding="utf-8") as f:
        f.write(note + "# Institutions, international bodies and their organs, armed non-state groups, parties and movements.\n")
        f.write("name\tcode\taliases\n")
        for n in sorted(orgs):
            f.write(f"{n}\t{orgs[n][0]}\t{'|'.join(orgs[n][1])}\n")
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as f:
        f.write(note + "# Country names, spelling variants, provinces and cities, coded as their country (ISO 3166 alpha-3).\n")
        f.write("phrase\tcountry\n")
        for n in sorted(places):
            f.write(f"{n}\t{places[n]}\n")
    with open(os.path.join(OUT, "agents.tsv"), "w", encoding="utf-8") as f:
        f.write(note + "# Generic agent nouns (lower case) with the CAMEO sector they give and their number: a singular\n"
                "# one can stand before a name as a title ('airline boss Tony Fernandes').\n")
        f.write("phrase\tsector\tnumber\n")
        for n in sorted(agents):
            f.write(f"{n}\t{agents[n][0]}\t{agents[n][1]}\n")
    print(f"people {len(people)}, organisations {len(orgs)}, places {len(places)}, agents {len(agents)}")


if __name__ == "__main__":
    SRC = source_dir(sys.argv[1:])
    main()
