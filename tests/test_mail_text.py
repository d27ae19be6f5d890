"""What a person wrote in an email: quotes and signatures out, HTML made plain."""

from __future__ import annotations

import pytest

from followthrough.mail_text import html_to_text, mail_text

CASES = [
    (
        "quoted lines after an attribution",
        "Sounds good, see you then.\n\nOn Tue, 3 Nov 2026, Dana Reyes <d@x.example> wrote:\n"
        "> Could you do the 10th?\n> Dana\n",
        "Sounds good, see you then.",
    ),
    (
        "an attribution broken over two lines",
        "Yes, Tuesday works.\n\nOn Tue, Nov 3, 2026 at 4:20 PM Dana Reyes\n"
        "<dana@northwind.example> wrote:\n\n> Tuesday?\n",
        "Yes, Tuesday works.",
    ),
    (
        "answers between quoted lines stay",
        "> What times work?\nTuesday at ten.\n> And the address?\nI have it, thanks.\n",
        "Tuesday at ten.\nI have it, thanks.\n",
    ),
    (
        "the signature separator",
        "See you Friday.\n-- \nSam Lee\nsam@home.example\n",
        "See you Friday.",
    ),
    (
        "a sign-off and its short lines",
        "Hi Dana,\n\nThank you for the call.\n\nKind regards,\nSam Lee\nData Engineer\n"
        "+1 555 0100\n",
        "Hi Dana,\n\nThank you for the call.\n",
    ),
    (
        "Outlook's header block",
        "Attached is my portfolio.\n\nFrom: Dana Reyes <d@x.example>\nSent: Tuesday, 3 November "
        "2026 16:20\nTo: Sam Lee\nSubject: Portfolio\n\nCould you send it?\n",
        "Attached is my portfolio.",
    ),
    (
        "the original message line",
        "Thanks!\nWill do.\n\n-----Original Message-----\nFrom: Dana\nHello\n",
        "Thanks!\nWill do.\n",
    ),
    (
        "a device line",
        "On my way.\n\nSent from my iPhone\n",
        "On my way.",
    ),
    (
        "a message that is only thanks keeps it",
        "Thanks,\n",
        "Thanks,",
    ),
    (
        "a sign-off word inside a sentence is text",
        "Best of luck with the launch, and thanks for the tour.\n",
        "Best of luck with the launch, and thanks for the tour.",
    ),
    (
        "Windows line ends and runs of blank lines",
        "First.\r\n\r\n\r\n\r\nSecond.\r\n",
        "First.\n\nSecond.\n",
    ),
    (
        "a German attribution",
        "Passt gut.\n\nAm 3. Nov. 2026 um 16:20 schrieb Dana Reyes <d@x.example>:\n> Termin?\n",
        "Passt gut.",
    ),
]


@pytest.mark.parametrize(("what", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_mail_text(what: str, text: str, want: str) -> None:
    assert mail_text(text) == want


def test_html_paragraphs_lines_and_entities() -> None:
    html = (
        "<html><head><title>x</title><style>p {}</style><script>var a;</script></head><body>"
        "<p>Hi Sam,</p><p>Thanks &amp; welcome&nbsp;aboard.<br>Second line</p>"
        "<div>one</div><div>two</div><ul><li>a</li><li>b</li></ul></body></html>"
    )
    assert html_to_text(html) == (
        "Hi Sam,\n\nThanks & welcome aboard.\nSecond line\n\none\ntwo\n\na\nb"
    )


def test_html_quotes_are_marked_and_then_dropped() -> None:
    html = (
        "<div>Works for me.</div><div class='gmail_quote'><div>On Mon, Sam wrote:</div>"
        "<blockquote><p>Tuesday?</p></blockquote></div>"
    )
    assert mail_text(html_to_text(html)) == "Works for me."
    assert "> Tuesday?" in html_to_text(html)
