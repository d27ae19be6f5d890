"""YAML 1.2 where libyaml reads YAML 1.1: line breaks, tags, syntax, and what it cannot read."""

from __future__ import annotations

import pytest

from followthrough import writer, yaml12
from followthrough.findings import Finding
from followthrough.leads import load_text


def _findings(text: str) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.column, f.rule, f.message) for f in load_text(text, "x.yaml").findings]


def _at(findings: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.rule) for f in findings]


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085"])
def test_unicode_line_separators_are_text(char: str) -> None:
    loaded = load_text(f"company: Acme{char}Corp\nrole: x{char}y\nnotes: |\n  a{char}b\n", "x")
    assert loaded.findings == ()
    assert loaded.lead is not None
    assert loaded.lead.company == f"Acme{char}Corp"
    assert loaded.lead.role == f"x{char}y"
    assert loaded.lead.notes == f"a{char}b\n"


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085"])
def test_findings_after_a_separator_keep_their_line(char: str) -> None:
    text = f'company: "A{char}B"\nnotes: |\n  one{char}two{char}three\nrole: 7\nkind: nope\n'
    loaded = load_text(text, "x")
    assert _at(list(loaded.findings)) == [(4, 7, "schema"), (5, 7, "schema")]


@pytest.mark.parametrize("nl", ["\n", "\r", "\r\n"])
def test_lines_count_lf_cr_and_crlf(nl: str) -> None:
    text = nl.join(["company: Acme", "role: 7", "status: nope", ""])
    loaded = load_text(text, "x")
    assert _at(list(loaded.findings)) == [(2, 7, "schema"), (3, 9, "schema")]
    assert load_text(nl.join(["company: Acme", 'role: "x"# c', ""]), "x").findings[0].line == 2


TAGGED = {
    "root": ("--- !!python/object:os.system\ncompany: x\n", (1, 5), "!!python/object:os.system"),
    "sequence": ("company: x\ntags: [!!python/object:os.system x]\n", (2, 8), "!!python"),
    "flow": ("company: x\ncontacts: [!foo {name: Dana}]\n", (2, 12), "!foo"),
    "str-number": ("company: x\ncadence_days: !!str 7\n", (2, 15), "!!str"),
    "str-text": ("company: !!str 2026\n", (1, 10), "!!str"),
    "non-specific": ("company: ! x\n", (1, 10), "the tag ! is"),
    "key": ("!!str company: x\n", (1, 1), "!!str"),
    "block-seq": ("company: x\nlog: !!seq\n  - date: 2026-11-03\n    type: applied\n", (2, 6), ""),
    "entry": ("company: x\nlog:\n  - !!map {date: 2026-11-03, type: applied}\n", (3, 5), "!!map"),
    "verbatim": ("company: x\nrole: !<tag:yaml.org,2002:str> r\n", (2, 7), "!!str"),
}


@pytest.mark.parametrize("name", sorted(TAGGED))
def test_tags_are_refused_on_every_node_at_the_tag(name: str) -> None:
    text, (line, column), shown = TAGGED[name]
    found = _findings(text)
    assert [(f[0], f[1], f[2]) for f in found] == [(line, column, "yaml")], found
    assert "tag" in found[0][3] and "not allowed" in found[0][3] and shown in found[0][3]


@pytest.mark.parametrize(
    ("text", "line", "column", "part"),
    [
        ('company: "Acme"# note\n', 1, 16, "comments must be separated"),
        ("company: x\nnotes: ># note\n  text\n", 2, 9, "comment"),
        ("company: x\ntags: [a,\nb]\n", 3, 1, ""),
        ('company: "Acme\ncorp"\n', 2, 1, ""),
        ("company: x\n\trole: y\n", 2, 1, "indent with spaces, not tabs"),
        ("company: x\nrole: y\x01\n", 2, 8, "U+0001"),
        ("company: x\nrole: y\x00z\n", 2, 8, "U+0000"),
    ],
)
def test_syntax_errors_are_yaml_12_with_their_place(
    text: str, line: int, column: int, part: str
) -> None:
    found = _findings(text)
    assert [(f[0], f[1], f[2]) for f in found] == [(line, column, "yaml")], found
    assert found[0][3].startswith("invalid YAML: ") and part in found[0][3]


@pytest.mark.parametrize(
    "text",
    [
        "company: Acme\n\t\nrole: x\n",
        "company: Acme\n \t\nrole: x\n",
        "{company: Acme, role\n: x}\n",
        "company:\n \tAcme\nrole: x\n",
        "company: Acme\nrole: x\t\n",
        "company:\tAcme\nrole:\tx\n",
    ],
)
def test_valid_yaml_that_libyaml_refuses_is_read(text: str) -> None:
    loaded = load_text(text, "x")
    assert loaded.findings == ()
    assert loaded.lead is not None and (loaded.lead.company, loaded.lead.role) == ("Acme", "x")


def test_log_does_not_edit_a_layout_it_only_guessed() -> None:
    text = 'company: "Acme\tCorp"\n\t\nlog: []\n'
    with pytest.raises(writer.CannotAppend, match="add the entry by hand"):
        writer.append(text, [("date", "2026-11-03"), ("type", "note")])


def test_tabs_that_are_only_separation_keep_exact_positions() -> None:
    text = "company: Acme\n\t\nrole:\t7\nlog:\n  - date: 2026-11-03\n    type: note\n"
    assert _findings(text) == [
        (3, 7, "schema", '`role` must be text, not a number; quote it: role: "7"')
    ]
    done = writer.append(text, [("date", "2026-11-04"), ("type", "note")])
    assert done.text.startswith(text) and "2026-11-04" in done.text[len(text) :]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("company: x\n---\ncompany: y\n", "more than one YAML document"),
        ("- company: x\n", "must be a mapping"),
        ("company: x\ncompany: y\n", "duplicate key `company`"),
        ("company: &a x\nrole: *a\n", "anchor &a"),
        ("", "the file is empty"),
    ],
)
def test_what_lead_files_do_not_allow_is_not_called_invalid(text: str, part: str) -> None:
    found = [f for f in _findings(text) if f[2] == "yaml"]
    assert len(found) == 1 and part in found[0][3] and "invalid YAML" not in found[0][3], found


@pytest.mark.parametrize(
    "value",
    ['" 2026-11-03 "', '"2026-11-03 "', "|\n  2026-11-03", ">-\n  2026-11-03", "٢٠٢٦-١١-٠٣"],
)
def test_dates_are_exact(value: str) -> None:
    found = _findings(f"company: x\nadded: {value}\n")
    assert [(f[0], f[2]) for f in found] == [(2, "schema")], found
    assert "must be a date written YYYY-MM-DD" in found[0][3]


@pytest.mark.parametrize("value", ["2026-11-03", '"2026-11-03"', "'2026-11-03'", "2024-02-29"])
def test_dates_plain_or_quoted_are_read(value: str) -> None:
    assert _findings(f"company: x\nadded: {value}\n") == []


def _instruction(until: str) -> str:
    return f"company: x\ninstructions:\n  - date: 2026-11-03\n    kind: quiet-until\n{until}"


@pytest.mark.parametrize(
    ("until", "line", "part"),
    [
        ("    until: 2026-13-01\n", 5, "not a real date"),
        ("    until: soon\n", 5, "must be a date written"),
        ("    until: 2026-11-01\n", 5, "must come after"),
        ("    until: ~\n", 3, "needs `until:`"),
        ("    until:\n", 3, "needs `until:`"),
        ("", 3, "needs `until:`"),
    ],
)
def test_one_finding_about_until(until: str, line: int, part: str) -> None:
    found = _findings(_instruction(until))
    assert [(f[0], f[2]) for f in found] == [(line, "schema")], found
    assert part in found[0][3]


def test_the_refused_characters_are_exactly_those_outside_yaml_printable_set() -> None:
    """YAML 1.2 §5.1: tab, LF, CR, x20-x7E, x85, xA0-xD7FF, xE000-xFFFD, x10000-x10FFFF."""
    printable = {0x09, 0x0A, 0x0D, 0x85}
    printable |= {*range(0x20, 0x7F), *range(0xA0, 0xD800), *range(0xE000, 0xFFFE)}
    refused = [c for c in range(0x10000) if yaml12._NOT_PRINTABLE.match(chr(c))]
    assert refused == [c for c in range(0x10000) if c not in printable]
    assert yaml12._NOT_PRINTABLE.search("".join(map(chr, range(0x10000, 0x110000, 97)))) is None
