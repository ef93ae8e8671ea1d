"""Metadata inference from the text, date normalisation, the outlet table, precedence."""

from __future__ import annotations

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest.metadata import (
    Meta,
    Overrides,
    build_document,
    infer_from_text,
    normalise_published,
    outlet_for_host,
    outlet_for_url,
)

BODY = "Lithuanian officials said the fence would be finished by the end of the year.\n"


@pytest.mark.parametrize(
    ("text", "title", "author", "published"),
    [
        (f"# Fence work speeds up\n\nRuta Vaitkute  \n3 March 2022\n\n{BODY}",
         "Fence work speeds up", "Ruta Vaitkute", "2022-03-03"),
        (f"Fence work speeds up\nBy Jonas Petraitis | March 3, 2022\n{BODY}",
         "Fence work speeds up", "Jonas Petraitis", "2022-03-03"),
        (f"Fence work speeds up\n\nPublished 2022-03-03 10:15 GMT\n\n{BODY}",
         "Fence work speeds up", None, "2022-03-03"),
        (f"**Fence work speeds up**\n\nThursday, 3rd March 2022\nBy Ona Kaz\n\n{BODY}",
         "Fence work speeds up", "Ona Kaz", "2022-03-03"),
        (f"Fence work speeds up\n\nMarta Nowak\n\n{BODY}",
         "Fence work speeds up", "Marta Nowak", None),
        (BODY + "\nMore text on 3 March 2022 about the fence and the border guards there.\n",
         None, None, None),
        (f"Fence work speeds up\n\n{BODY}Officials met on 3 March 2022 in Vilnius to discuss it.\n",
         "Fence work speeds up", None, None),
        (f"Fence work speeds up\n\nOther Topics of Interest\n\n{BODY}",
         "Fence work speeds up", None, None),
        (f"Will the fence be finished in time?\n\n{BODY}",
         "Will the fence be finished in time?", None, None),
        ("Only one line, no title here\n", None, None, None),
        (f"Fence work speeds up\n\n31 February 2022\n\n{BODY}", "Fence work speeds up", None, None),
        ("", None, None, None),
        (f"Fence work speeds up\n\nBy \u0141ukasz W\u00f3jcik\n\n{BODY}",
         "Fence work speeds up", "\u0141ukasz W\u00f3jcik", None),
        (f"Fence work speeds up\nBY ANNA SMITH and Piotr Nowak\nNov 3 2022\n{BODY}",
         "Fence work speeds up", "ANNA SMITH", "2022-11-03"),
        (f"Fence Work Speeds Up\n\nBorder Guards Say Quietly Now\n\n{BODY}",
         "Fence Work Speeds Up", None, None),
        (f"Timeline of the crisis\n\n3 March 2022: troops crossed\n\n{BODY}",
         "Timeline of the crisis", None, None),
        (f"Fence work speeds up\n\n{BODY}\n3 March 2022\n\nMore.\n",
         "Fence work speeds up", None, None),
        (f"By Anna Smith\n\n{BODY}", None, "Anna Smith", None),
        (f"Fence work speeds up\n\nNovember 3, 2022 at 3:45 p.m. EST\n\n{BODY}",
         "Fence work speeds up", None, "2022-11-03"),
        (f"Fence work speeds up\n\nLast modified on Thu 3 Mar 2022 14.30 GMT\n\n{BODY}",
         "Fence work speeds up", None, "2022-03-03"),
    ],
    ids=[
        "markdown-heading-name-date", "by-pipe-mdy", "published-iso-time", "bold-weekday-ordinal",
        "name-without-date", "lead-paragraph-no-title", "date-in-body-ignored",
        "section-label-not-a-name", "question-title", "single-line", "impossible-date", "empty",
        "non-ascii-name", "caps-byline-two-authors", "title-case-subtitle", "timeline-entry",
        "date-below-the-body", "byline-first",
        "us-time", "guardian-style",
    ],
)  # fmt: skip
def test_infer_title_author_and_dateline(text, title, author, published):
    meta = infer_from_text(text)
    assert (meta.title, meta.author, meta.published) == (title, author, published)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("VILNIUS (Baltic Wire) - Lithuania said on Monday it would extend the emergency.\n"
         "More text.\n", "Baltic Wire"),
        ("WARSAW, Nov 12 (Baltic Wire) - Poland said.\nMore text.\n", "Baltic Wire"),
        ("Latvia extends emergency\nRIGA (Baltic Wire) - Latvia said so.\nMore.\n", "Baltic Wire"),
        ("KYIV (Reuters) \u2014 Ukraine said on Monday it had seen new movements.\nMore text.\n",
         "Reuters"),
        ("Soldiers moved to the border.\nFollow our coverage on @KyivPost.\nMore text here.\n",
         "Kyiv Post"),
        ("Soldiers moved to the border.\nMore text.\n\nTo contact us visit: wsws.org/contact\n",
         "World Socialist Web Site"),
        ("Soldiers moved to the border, reuters.com reported early in the long story.\n"
         "a\nb\nc\nd\n", None),
        ("Soldiers moved to the border.\nMore text.\n", None),
    ],
    ids=["wire-dateline", "wire-with-date", "wire-under-title", "wire-emdash", "handle-in-promo",
         "host-in-sign-off",
         "host-in-body-ignored", "none"],
)  # fmt: skip
def test_infer_outlet(text, outlet):
    assert infer_from_text(text).outlet == outlet


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-11-12", "2021-11-12"),
        ("2021-11-12T08:30:00+01:00", "2021-11-12"),
        ("12 November 2021", "2021-11-12"),
        ("November 12, 2021", "2021-11-12"),
        ("Nov. 12, 2021", "2021-11-12"),
        ("Fri, 12 Nov 2021 08:30:00 GMT", "2021-11-12"),
        ("12.11.2021", "2021-11-12"),
        ("2021-02-30", None),
        ("soon", None),
        ("November 2021", None),
        ("", None),
    ],
    ids=["iso", "iso-datetime", "dmy", "mdy", "abbrev", "rfc822", "dotted-dmy", "impossible",
         "word", "month-only", "empty"],
)  # fmt: skip
def test_normalise_published(value, iso):
    assert normalise_published(value) == iso


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("www.kyivpost.com", "Kyiv Post"),
        ("kyivindependent.com", "The Kyiv Independent"),
        ("news.un.org", "UN News"),
        ("www.gov.uk", "UK Government"),
        ("edition.cnn.com", "CNN"),
        ("example.org", None),
        ("com", None),
    ],
    ids=["www", "bare", "longest-row-wins", "gov-uk", "subdomain", "unknown", "tld"],
)
def test_outlet_for_host(host, outlet):
    assert outlet_for_host(host) == outlet


def test_outlet_for_url_handles_bad_urls():
    assert outlet_for_url("https://www.reuters.com/world/") == "Reuters"
    assert outlet_for_url("http://[::1") is None
    assert outlet_for_url(None) is None


TEXT = "Old title\n\nJan Kowalski\n12 November 2021\n\nBody of the report, long enough.\n"


@pytest.mark.parametrize(
    ("given", "overrides", "expected"),
    [
        (Meta(), None, ("Old title", "Jan Kowalski", "2021-11-12", "byline", None)),
        (Meta(published="2021-11-13", outlet="Given"), None,
         ("Old title", "Jan Kowalski", "2021-11-13", "metadata", "Given")),
        (Meta(url="https://www.reuters.com/x"), None,
         ("Old title", "Jan Kowalski", "2021-11-12", "byline", "Reuters")),
        (Meta(title="Given title", outlet="Given"), Overrides(outlet="Forced", title="Forced t"),
         ("Forced t", "Jan Kowalski", "2021-11-12", "byline", "Forced")),
        (Meta(), Overrides(published="14 Nov 2021"),
         ("Old title", "Jan Kowalski", "2021-11-14", "metadata", None)),
    ],
    ids=["text-only", "given-wins-over-text", "url-host-outlet", "overrides-win", "forced-date"],
)  # fmt: skip
def test_precedence(given, overrides, expected):
    document = build_document(TEXT, file="r.txt", source="r.txt", given=given, overrides=overrides)
    got = (document.title, document.author, document.published, document.published_source,
           document.outlet)  # fmt: skip
    assert got == expected
    assert document.text == TEXT


def test_bad_given_date_is_an_error():
    with pytest.raises(InputError, match=r"^r\.txt: published 'later' is not a date"):
        build_document(TEXT, file="r.txt", source="r.txt", given=Meta(published="later"))
