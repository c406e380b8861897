"""XSS probe: every payload of xss_payloads.txt through every user-written field a page shows,
each page rendered in Chromium.

Coverage: 56 payloads x 32 user-written fields (FIELDS below) x 21 kinds of page, in 89 page
loads as visitor, patient, physician, practice staff and moderator. Every payload goes through
every field whose column can hold it: 1,612 payload-field pairs of 1,792. The rest do not fit:
20 payloads are longer than a 40-character public name, 5 than a 60-character name or
credentials field, 53 than a practice's 20-character phone, 38 than a request's 30-character
phone, and all but 2 are refused as a practice's website. The pages: home, treatment, question
(as a visitor, and with a patient's and a physician's controls), answer form (new and edit),
questions to answer, doctor list, physician profile, practice page, practice edit, article list,
article page, article edit, search, your reviews, notifications, account, consultation inbox and
request, moderation queue, review moderation.

How the data gets in. Rows are written with the ORM and the factories, past the services'
input checks: those refuse text that looks like HTML (lib.text.clean_text), so most payloads
could never arrive through a form or the API, but a page must be safe for whatever is in the
database (an import, the admin, an older version, a check that changes). Markdown fields get
their HTML from lib.text.render_markdown, the renderer every service uses, and answers and
articles go through the claim check (claims.services), which places its evidence notes into
that HTML. Values keep to their column's max_length, as a form and the database would; a
practice's website, which a template puts in an href where escaping cannot help, only gets the
payloads that the service's URL check (practices.services.practice_validate) accepts.

Batching, so that the file runs in under a minute. A field's payloads are packed into as few
values as its column allows (space-separated on one line; in Markdown, blocks between
"XSS-PROBE-<id>:" markers), and one page shows many values where it can: the doctor list,
question and article lists, inbox, moderation queues, and a "digest" question answered by every
physician. Fields that appear only on a detail page (a question's or article's body, a bio, a
practice's address and description, a consultation request's contact details) have their packs
on the objects whose pages are visited, so those pages also show a sample of the titles and
names in their <title>, h1 and JSON-LD. Children (answers, reviews, replies, reports, board
certifications) hold one payload each.

What is checked on every page, after it has loaded and settled:
  (a) no payload ran: the recorder window.__xss (installed with add_init_script, reporting
      through an exposed function so that a hit survives a navigation) was never called and no
      alert / confirm / prompt dialog opened. The context ignores the site's
      Content-Security-Policy (bypass_csp): CSP is the second wall; this test checks the first,
      the markup;
  (b) nothing a payload could inject is in the DOM: no event-handler attribute anywhere, no
      hx-on attribute nor an hx-* attribute carrying script, no javascript:/vbscript:/data: URL
      in a URL attribute, no tag the site never writes (img, svg, math, iframe, object, base,
      video, …), no script but the site's static files and JSON-LD, every JSON-LD block
      parses, and inside user content (.prose) only the sanitizer's tags and attributes
      (a[href|title|rel] with an http, https or mailto URL). Each finding shows the element
      and its ancestors, which say what field of which card it came from;
  (c) the text survives: plain-text fields show the value literally (h1, <title>, meta
      description, form values, list rows, JSON-LD values) and every Markdown marker is still
      visible (no payload swallowed its neighbours; the payloads themselves are escaped or
      stripped).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.test import Client
from django.utils import timezone
from django.utils.text import Truncator
from playwright.sync_api import Browser, BrowserContext, Dialog, Page

from curbside.accounts.models import User
from curbside.accounts.tests.factories import UserFactory
from curbside.articles.models import Article
from curbside.audit.models import AuditEntry
from curbside.audit.services import audit_record
from curbside.claims.services import claim_checks_refresh
from curbside.lib.text import markdown_plain, render_markdown
from curbside.practices.models import ConsultationNote, ConsultationRequest, Practice, PracticeStaff
from curbside.providers.models import BoardCertification, Physician
from curbside.providers.tests.factories import valid_npi
from curbside.qa.models import Answer, Question, QuestionFollow, question_slug
from curbside.qa.services import answer_followers_notify
from curbside.qa.tests.factories import TreatmentFactory
from curbside.reviews.models import Review, ReviewFlag, ReviewReply
from curbside.search import indexing
from curbside.triage.models import TriageHold

pytestmark = pytest.mark.browser

PAYLOAD_FILE = Path(__file__).with_name("xss_payloads.txt")
# A sentence the claim check flags (it contradicts the Botox label): every Markdown value ends
# with it, so evidence notes are placed into the sanitized HTML after the payloads.
FLAGGED = "Botox is not approved for migraine."
MARKER = "XSS-PROBE-{id}:"


@dataclass(frozen=True)
class Payload:
    id: int
    text: str


def _load_payloads() -> list[Payload]:
    payloads = []
    for number, line in enumerate(PAYLOAD_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = re.fullmatch(r"(\d+) (\S.*)", line.rstrip())
        assert match, f"{PAYLOAD_FILE.name}:{number}: not '<id> <payload>'"
        payloads.append(Payload(int(match.group(1)), match.group(2)))
    return payloads


PAYLOADS = _load_payloads()


def test_the_corpus_is_well_formed() -> None:
    ids = [p.id for p in PAYLOADS]
    assert len(PAYLOADS) >= 40
    assert len(set(ids)) == len(ids), "payload ids must be unique"
    texts = [p.text.lower() for p in PAYLOADS]
    assert len(set(texts)) == len(texts), "payloads must differ (public names are unique)"
    for p in PAYLOADS:
        # Each payload names its own id, so a hit says which one it was.
        assert re.search(rf"(?<!\d){p.id}(?!\d)", p.text), p


# The browser side -------------------------------------------------------------------------

RECORDER = """
(() => {
  const hits = [];
  const record = (id) => {
    const hit = "__xss(" + String(id) + ") ran at " + location.pathname;
    hits.push(hit);
    try { window.__xssReport(hit); } catch (e) { /* the binding is not there yet */ }
  };
  Object.defineProperty(window, "__xss", { value: record });
  Object.defineProperty(window, "__xssHits", { value: hits });
})();
"""

# Runs in the page once it has loaded. `shows`: [selector, text] pairs: some element matching
# the selector shows the text (a selector ending in @attr reads that attribute, @value the
# form field's value); `jsonld`: texts some JSON-LD value contains; `markers`: texts the user
# content (.prose) shows. Returns the problems found.
INSPECT = """
async ({shows, jsonld, markers}) => {
  // Let what a payload could start (media errors, toggles, htmx triggers) happen first.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const problems = [...window.__xssHits];
  // Compared without whitespace: <br>, line breaks and wrapping change it, not the text.
  const squash = (s) => (s || "").replace(/\\s+/g, "");
  // An element, and where it is on the page: which field of which card the text came from.
  const show = (el) => {
    const path = [];
    for (let up = el.parentElement; up && up !== document.body && path.length < 4;) {
      const classes = [...up.classList].map((c) => "." + c).join("");
      path.unshift(up.localName + (up.id ? "#" + up.id : "") + classes);
      up = up.parentElement;
    }
    return el.outerHTML.replace(/\\s+/g, " ").slice(0, 160) + " in " + path.join(" > ");
  };
  const SCRIPTY = /__xss|\\\\u005f|alert\\(|confirm\\(|prompt\\(|javascript:|js:/i;
  const BAD_URL = /^(javascript|vbscript|data|livescript):/i;
  const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "data",
    "poster", "background", "srcdoc", "lowsrc", "dynsrc", "ping", "codebase", "cite"]);
  // Tags no Curbside template writes: one of these in a page came from a payload.
  const FOREIGN = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "svg",
    "math", "base", "img", "image", "video", "audio", "source", "track", "marquee", "template",
    "noscript", "portal", "xmp", "plaintext", "listing", "mglyph", "mtext", "animate", "set",
    "foreignobject", "isindex", "scr"]);
  for (const el of document.querySelectorAll("*")) {
    const tag = el.localName;
    if (FOREIGN.has(tag)) problems.push("injected <" + tag + ">: " + show(el));
    if (tag === "script") {
      const src = el.getAttribute("src");
      const ok = src ? src.startsWith("/static/") && !el.textContent.trim()
                     : el.getAttribute("type") === "application/ld+json";
      if (!ok) problems.push("injected script: " + show(el));
    }
    if (["style", "link", "meta", "title"].includes(tag) && !el.closest("head"))
      problems.push("injected <" + tag + "> in the body: " + show(el));
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push("event handler " + name + ": " + show(el));
      if (/^(data-)?hx-on/.test(name)) problems.push("htmx handler " + name + ": " + show(el));
      else if (/^(data-)?hx-/.test(name) && SCRIPTY.test(attr.value))
        problems.push("htmx attribute with script " + name + ": " + show(el));
      if (URL_ATTRS.has(name) && BAD_URL.test(attr.value.replace(/[\\s\\x00-\\x20]+/g, "")))
        problems.push("script URL in " + name + ": " + show(el));
    }
  }
  // User content: only what lib.text.render_markdown lets through.
  const PROSE = new Set(["p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote",
    "code", "pre", "a", "h3", "h4", "hr"]);
  for (const el of document.querySelectorAll(".prose *")) {
    if (el.closest(".evidence-notes")) continue;  // the claim check's notes: site markup
    const tag = el.localName;
    if (tag === "mark" && el.className === "claim-flagged" && el.attributes.length === 1) continue;
    if (!PROSE.has(tag)) problems.push("unexpected <" + tag + "> in user content: " + show(el));
    for (const attr of el.attributes) {
      if (!(tag === "a" && ["href", "title", "rel"].includes(attr.name)))
        problems.push("unexpected attribute " + attr.name + " in user content: " + show(el));
    }
    if (tag === "a" && el.hasAttribute("href")) {
      const href = el.getAttribute("href").trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^(https?|mailto):/i.test(href))
        problems.push("link with a foreign scheme in user content: " + show(el));
    }
  }
  const values = [];
  const walk = (v) => {
    if (typeof v === "string") values.push(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  const blocks = document.querySelectorAll('script[type="application/ld+json"]');
  if (blocks.length > 1) problems.push(blocks.length + " JSON-LD blocks");
  for (const block of blocks) {
    try { walk(JSON.parse(block.textContent)); }
    catch (e) { problems.push("JSON-LD that does not parse: " + block.textContent.slice(0, 160)); }
  }
  for (const text of jsonld) {
    if (!values.some((v) => v.includes(text)))
      problems.push("JSON-LD does not hold " + JSON.stringify(text) + " literally");
  }
  for (const [spec, text] of shows) {
    const [selector, attr] = spec.split("@");
    const read = (el) => (attr === "value" ? el.value
                          : attr ? el.getAttribute(attr) : el.textContent);
    const seen = [...document.querySelectorAll(selector)].map((el) => squash(read(el)));
    if (!seen.some((shown) => shown.includes(squash(text))))
      problems.push(spec + " does not show " + JSON.stringify(text.slice(0, 80)) + " literally");
  }
  const prose = [...document.querySelectorAll(".prose")].map((el) => el.textContent).join(" ");
  const lost = markers.filter((marker) => !prose.includes(marker));
  if (lost.length) problems.push("user content lost the markers " + lost.join(" "));
  return problems;
}
"""


class Probe:
    """One browser context (its own cookie jar) with the recorder installed; `found` collects
    every hit and every problem, each with the page it was seen on."""

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.base_url = base_url
        self.context: BrowserContext = browser.new_context(
            base_url=base_url, bypass_csp=True, viewport={"width": 1200, "height": 900}
        )
        self.context.set_default_timeout(15_000)
        self.found: list[str] = []
        self.visits = 0
        self.context.add_init_script(RECORDER)
        self.context.expose_function("__xssReport", self._note)
        self.page: Page = self.context.new_page()
        self.page.on("dialog", self._dialog)

    def _note(self, finding: str) -> None:
        if finding not in self.found:
            self.found.append(finding)

    def _dialog(self, dialog: Dialog) -> None:
        self._note(f"{dialog.type}({dialog.message}) opened at {self.page.url}")
        dialog.dismiss()

    def sign_in(self, user: User) -> None:
        """Sign in with a session made on the server side, as fast as a cookie."""
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        self.context.clear_cookies()
        self.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": self.base_url}]
        )

    def visit(
        self,
        path: str,
        *,
        shows: Sequence[tuple[str, str]] = (),
        jsonld: list[str] | None = None,
        markers: list[str] | None = None,
    ) -> None:
        response = self.page.goto(path)
        self.visits += 1
        status = response.status if response is not None else 0
        if status != 200:
            self._note(f"{path}: HTTP {status}")
            return
        problems = self.page.evaluate(
            INSPECT, {"shows": list(shows), "jsonld": jsonld or [], "markers": markers or []}
        )
        for problem in problems:
            # A hit names its page already, and the exposed function may have reported it.
            self._note(problem if problem.startswith("__xss(") else f"{path}: {problem}")


@pytest.fixture
def probe(browser: Browser, live_server: Any) -> Iterator[Probe]:
    made = Probe(browser, live_server.url)
    yield made
    made.context.close()


def test_the_probe_sees_what_it_looks_for(probe: Probe) -> None:
    """A control: on a page with planted injections, the recorder, the dialog listener and
    every DOM check fire (a probe that can't fail proves nothing)."""
    probe.page.goto("/")
    probe.page.set_content(
        '<h1>Title</h1><div class="prose"><img src=x onerror="__xss(901)"><p style="x">p</p>'
        '<a href="javascript:void(0)">x</a></div><svg onload="alert(902)"></svg>'
        '<div hx-on:click="x"></div><script type="application/ld+json">{"a": </script>'
    )
    found = probe.page.evaluate(
        INSPECT, {"shows": [["h1", "Other"]], "jsonld": ["nowhere"], "markers": ["XSS-PROBE-9:"]}
    )
    found += probe.found
    for expected in [
        "__xss(901) ran",
        "alert(902) opened",
        "injected <img>",
        "injected <svg>",
        "event handler onerror",
        "unexpected attribute style in user content",
        "script URL in href",
        "htmx handler hx-on:click",
        "JSON-LD that does not parse",
        "JSON-LD does not hold",
        "h1 does not show",
        "lost the markers XSS-PROBE-9:",
    ]:
        assert any(expected in f for f in found), (expected, found)


# Packing payloads into fields -------------------------------------------------------------

LINE, TEXT, MARKDOWN = "line", "text", "markdown"

# Every user-written field a page shows: its column (for max_length) and how it is written.
FIELDS: dict[str, tuple[Any, str, str]] = {
    "public name": (User, "public_name", LINE),
    "account e-mail": (User, "email", LINE),
    "question title": (Question, "title", LINE),
    "question body": (Question, "body", MARKDOWN),
    "question city": (Question, "city", LINE),
    "physician first name": (Physician, "first_name", LINE),
    "physician last name": (Physician, "last_name", LINE),
    "physician credentials": (Physician, "credentials", LINE),
    "physician city": (Physician, "city", LINE),
    "physician bio": (Physician, "bio", MARKDOWN),
    "board certification": (BoardCertification, "board", LINE),
    "answer headline": (Answer, "headline", LINE),
    "answer body": (Answer, "body", MARKDOWN),
    "practice name": (Practice, "name", LINE),
    "practice street": (Practice, "street", LINE),
    "practice city": (Practice, "city", LINE),
    "practice phone": (Practice, "phone", LINE),
    "practice website": (Practice, "website", LINE),
    "practice description": (Practice, "description", MARKDOWN),
    "article title": (Article, "title", LINE),
    "article summary": (Article, "summary", LINE),
    "article body": (Article, "body", MARKDOWN),
    "review title": (Review, "title", LINE),
    "review body": (Review, "body", MARKDOWN),
    "review reply": (ReviewReply, "body", MARKDOWN),
    "review report reason": (ReviewFlag, "reason", TEXT),
    "consultation name": (ConsultationRequest, "name", LINE),
    "consultation e-mail": (ConsultationRequest, "email", LINE),
    "consultation phone": (ConsultationRequest, "phone", LINE),
    "consultation message": (ConsultationRequest, "message", TEXT),
    "consultation note": (ConsultationNote, "text", TEXT),
    "moderator's reason": (AuditEntry, "reason", TEXT),
}
_WEBSITE = URLValidator(schemes=["http", "https"])


def _website_accepts(payload: Payload) -> bool:
    try:  # as practices.services.practice_validate checks a website
        _WEBSITE(payload.text)
    except ValidationError:
        return False
    return len(payload.text) <= 200


def _markdown(pack: list[Payload]) -> str:
    """Each payload after its marker, inline, then alone as a block; the flagged sentence last."""
    blocks = [f"{MARKER.format(id=p.id)} {p.text}\n\n{p.text}" for p in pack]
    return "\n\n".join([*blocks, FLAGGED])


def _joined(kind: str, pack: list[Payload]) -> str:
    if kind == MARKDOWN:
        return _markdown(pack)
    return ("\n" if kind == TEXT else " ").join(p.text for p in pack)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _intact(pack: list[Payload]) -> bool:
    """Whether every marker of a Markdown pack is still visible once sanitized. A payload can
    eat what follows it (an unclosed <style>, or a tag left open until the next payload's
    ">"): the sanitizer drops it all, which is safe, but hides the next payloads, so they go
    into the next pack instead."""
    parser = _Text()
    parser.feed(render_markdown(_markdown(pack)))
    shown = "".join(parser.parts)
    return all(MARKER.format(id=p.id) in shown for p in pack)


def _limit(name: str) -> int | None:
    model, column, _ = FIELDS[name]
    limit: int | None = model._meta.get_field(column).max_length
    return limit


def packs(name: str) -> list[list[Payload]]:
    """The field's payloads, packed in order into as few values as its column holds."""
    return _packed(FIELDS[name][2], _limit(name) or 1_000_000, name == "practice website")


@cache
def _packed(kind: str, limit: int, website: bool) -> list[list[Payload]]:
    result: list[list[Payload]] = []
    for payload in PAYLOADS:
        if (website and not _website_accepts(payload)) or len(_joined(kind, [payload])) > limit:
            continue
        grown = [*result[-1], payload] if result else []
        if grown and len(_joined(kind, grown)) <= limit and (kind != MARKDOWN or _intact(grown)):
            result[-1] = grown
        else:
            result.append([payload])
    return result


@dataclass
class World:
    """Everything the pages show, and which payloads each field received."""

    coverage: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    objects: dict[str, Any] = field(default_factory=dict)

    def _record(self, name: str, pack: list[Payload]) -> None:
        self.coverage[name].update(p.id for p in pack)

    def value(self, name: str, index: int, what: str, default: str | None = None) -> str:
        """Pack `index` of the field; past the last pack, `default` or a plain stand-in."""
        field_packs = packs(name)
        if not 0 <= index < len(field_packs):
            return f"{what}, {name}" if default is None else default
        self._record(name, field_packs[index])
        return _joined(FIELDS[name][2], field_packs[index])

    def one(self, name: str, index: int, what: str) -> str:
        """One payload (the index-th, round the corpus) for a field of a child object, or a
        plain stand-in where it is longer than the column."""
        payload = PAYLOADS[index % len(PAYLOADS)]
        text = _joined(FIELDS[name][2], [payload])
        if len(text) > (_limit(name) or len(text)):
            return f"{what}, {name}"
        self._record(name, [payload])
        return text


def _count(*names: str, start: int = 0) -> int:
    return max(start + len(packs(name)) for name in names)


# How many physician profiles are visited. A practice's address shows on its own page and on
# its physician's profile: practice j is read on profile j below PROFILES, else on its page.
PROFILES = 15


def build_world() -> World:
    world = World()
    now = timezone.now()
    botox = TreatmentFactory.create(slug="botox", name="Botox", kind="neurotoxin")
    dysport = TreatmentFactory.create(slug="dysport", name="Dysport", kind="neurotoxin")

    # People. Public names are payloads; four of the patients take other roles, so that every
    # signed-in page shows a payload in its header too.
    users = [
        UserFactory.create(public_name=world.value("public name", i, f"user {i}"))
        for i in range(len(packs("public name")))
    ]
    reader, staff, moderator, doctor_user = users[:4]
    User.objects.filter(pk=staff.pk).update(role="practice_staff")
    User.objects.filter(pk=moderator.pk).update(role="moderator", is_staff=True)
    User.objects.filter(pk=doctor_user.pk).update(role="physician")
    for user in (staff, moderator, doctor_user):
        user.refresh_from_db()

    # Practices and physicians: physician j works at practice j. A profile shows its practice's
    # address, so practice-page-only fields start at PROFILES.
    practices = []
    practice_count = max(
        _count("practice name", "practice street", "practice city", "practice phone"),
        _count("practice description", "practice website", start=PROFILES),
    )
    for j in range(practice_count):
        what = f"practice {j}"
        description = world.value("practice description", j - PROFILES, what, "")
        practices.append(
            Practice.objects.create(
                slug=f"practice-{j}",
                name=world.value("practice name", j, what),
                street=world.value("practice street", j, what),
                city=world.value("practice city", j, what),
                state="CO",
                zip_code="80202",
                phone=world.value("practice phone", j, what, "(303) 555-0100"),
                website=world.value("practice website", j - PROFILES, what, ""),
                description=description,
                description_html=render_markdown(description),
                latitude=39.75,
                longitude=-104.99,
            )
        )
    physicians = []
    for j in range(len(PAYLOADS)):  # one answer on the digest each: one payload per answer
        what = f"physician {j}"
        bio = world.value("physician bio", j, what, "")
        physician = Physician.objects.create(
            user=UserFactory.create(role="physician"),
            slug=f"dr-probe-{j}",
            first_name=world.value("physician first name", j, what),
            last_name=world.value("physician last name", j, what),
            credentials=world.value("physician credentials", j, what, "MD"),
            specialty="dermatology",
            npi=valid_npi(50_000 + j),
            practicing_since=2010,
            city=world.value("physician city", j, what),
            state="CO",
            bio=bio,
            bio_html=render_markdown(bio),
            practice=practices[j] if j < len(practices) else None,
            status="verified",
            status_changed_at=now,
            latitude=39.75,
            longitude=-104.99,
        )
        physician.treatments.set([botox])
        physicians.append(physician)
    for k in range(len(PAYLOADS)):  # board certifications, spread over the visited profiles
        BoardCertification.objects.create(
            physician=physicians[k % PROFILES],
            board=world.one("board certification", k, f"physician {k % PROFILES}"),
            verified_at=now if k % 2 == 0 else None,
        )
    doctor = Physician.objects.create(
        user=doctor_user,
        slug="dr-probe-reader",
        first_name="Rhea",
        last_name="Reader",
        credentials="MD",
        specialty="dermatology",
        npi=valid_npi(59_999),
        practicing_since=2010,
        city="Denver",
        state="CO",
        status="verified",
        status_changed_at=now,
    )
    doctor.treatments.set([botox])
    assert len(packs("physician bio")) <= PROFILES, "a bio pack would be on an unvisited profile"
    PracticeStaff.objects.create(user=staff, practice=practices[0], title="Front desk")

    # Questions, each answered by its physician, and a digest question answered by every
    # physician. Titles and cities show in the question lists; the pages of the questions that
    # hold the bodies are visited.
    question_count = _count("question title", "question body", "question city")
    assert question_count <= len(PAYLOADS)
    questions = []
    for j in range(question_count):
        what = f"question {j}"
        title = world.value("question title", j, what)
        body = world.value("question body", j, what, "How long does the swelling last?")
        question = Question.objects.create(
            title=title,
            slug=question_slug(title),
            body=body,
            body_html=render_markdown(body),
            author=users[j % len(users)],
            city=world.value("question city", j, what, "Denver"),
            created_at=now - timezone.timedelta(minutes=j),
        )
        question.treatments.set([botox])
        questions.append(question)
    digest = Question.objects.create(
        title="Every probe payload, answered by every physician",
        slug="every-probe-payload-answered-by-every-physician",
        body="Each answer below holds one payload in its headline and one in its body.",
        body_html="<p>Each answer below holds one payload in its headline and one in its body.</p>",
        author=reader,
        created_at=now + timezone.timedelta(minutes=1),
    )
    digest.treatments.set([botox])
    answers = []
    for j, physician in enumerate(physicians):
        what = f"answer {j}"
        headline = world.one("answer headline", j, what)
        body = world.one("answer body", j + 7, what)
        answers.append(
            Answer.objects.create(
                question=digest,
                physician=physician,
                headline=headline,
                body=body,
                body_html=render_markdown(body),
            )
        )
        if j < question_count:
            Answer.objects.create(
                question=questions[j],
                physician=physician,
                headline=headline,
                body=body,
                body_html=render_markdown(body),
            )
            Question.objects.filter(pk=questions[j].pk).update(answer_count=1)
    Question.objects.filter(pk=digest.pk).update(answer_count=len(answers))
    for answer in answers:
        claim_checks_refresh(target=answer)

    # The same questions held by emergency triage, for the moderation queue.
    for question in questions:
        held = Question.objects.create(
            title=question.title,
            slug=question.slug,
            body=question.body,
            body_html=question.body_html,
            author=question.author,
            status="held",
        )
        TriageHold.objects.create(
            question=held, reasons=["trouble breathing"], advice="Call 911 now.", families=[]
        )

    # Articles: physicians' for even j, practices' (bylined with the practice) for odd j.
    articles = []
    for j in range(_count("article title", "article summary", "article body")):
        what = f"article {j}"
        body = world.value("article body", j, what, FLAGGED)
        article = Article.objects.create(
            slug=f"probe-article-{j}",
            title=world.value("article title", j, what),
            summary=world.value("article summary", j, what),
            body=body,
            body_html=render_markdown(body),
            author=physicians[j].user if j % 2 == 0 else staff,
            physician=physicians[j] if j % 2 == 0 else None,
            practice=practices[j],
            status="published",
            published_at=now - timezone.timedelta(minutes=j),
            updated_at=now - timezone.timedelta(minutes=j),
            reviewed_by=physicians[j],
            last_reviewed=now.date(),
        )
        article.treatments.set([botox])
        claim_checks_refresh(target=article)
        articles.append(article)

    # Reviews of the visited profiles, each with the physician's reply and a reader's report;
    # odd ones without body_html, as the demo writes them (the template then shows the plain
    # text). And the reader's own reviews of every physician, waiting for moderation.
    reviews = []
    for k in range(len(PAYLOADS)):
        what = f"review {k} (of physician {k % PROFILES})"
        body = world.one("review body", k + 3, what)
        review = Review.objects.create(
            physician=physicians[k % PROFILES],
            author=users[k % len(users)],
            treatment=botox,
            stars=4,
            worth_it="yes",
            title=world.one("review title", k, what),
            body=body,
            body_html=render_markdown(body) if k % 2 == 0 else "",
            status="published",
            published_at=now,
        )
        reply = world.one("review reply", k + 5, what)
        ReviewReply.objects.create(review=review, body=reply, body_html=render_markdown(reply))
        ReviewFlag.objects.create(
            review=review,
            user=users[(k + 1) % len(users)],
            reason=world.one("review report reason", k, f"the report on {what}"),
        )
        reviews.append(review)
        body = world.one("review body", k + 11, f"the reader's review of physician {k}")
        Review.objects.create(
            physician=physicians[k],
            author=reader,
            treatment=dysport,
            stars=2,
            worth_it="no",
            title=world.one("review title", k + 13, f"the reader's review of physician {k}"),
            body=body,
            body_html=render_markdown(body),
            status="pending",
        )
    for j in range(len(packs("moderator's reason"))):
        audit_record(
            actor=moderator,
            action="review.remove",
            target=reviews[j],
            reason=world.value("moderator's reason", j, f"audit entry {j}"),
        )

    # Consultation requests to the staff's practice, each with a note.
    contact = ("consultation e-mail", "consultation phone", "consultation message")
    requests = []
    for j in range(_count("consultation name", "consultation note", *contact)):
        what = f"consultation request {j}"
        request = ConsultationRequest.objects.create(
            practice=practices[0],
            name=world.value("consultation name", j, what),
            email=world.value("consultation e-mail", j, what, f"requester{j}@example.com"),
            phone=world.value("consultation phone", j, what, "(303) 555-0199"),
            treatment=botox,
            message=world.value("consultation message", j, what, "Please call me."),
            consent_at=now,
            created_at=now - timezone.timedelta(minutes=j),
        )
        ConsultationNote.objects.create(
            request=request, author=staff, text=world.value("consultation note", j, what)
        )
        requests.append(request)

    # Physicians waiting for verification (the moderation queue): their e-mail addresses too.
    names = ("physician first name", "physician last name", "physician credentials")
    pending_count = _count("account e-mail", "physician city", *names)
    for j in range(pending_count):
        what = f"pending physician {j}"
        pending = Physician.objects.create(
            user=UserFactory.create(
                role="physician",
                email=world.value("account e-mail", j, what, f"pending{j}@example.com"),
            ),
            slug=f"dr-pending-{j}",
            first_name=world.value("physician first name", j, what),
            last_name=world.value("physician last name", j, what),
            credentials=world.value("physician credentials", j, what, "DO"),
            specialty="dermatology",
            npi=valid_npi(60_000 + j),
            practicing_since=2012,
            city=world.value("physician city", j, what),
            state="CO",
            status="pending",
        )
        BoardCertification.objects.create(
            physician=pending, board=world.one("board certification", j + 17, what)
        )

    # The reader follows the questions and hears of their answers.
    QuestionFollow.objects.bulk_create(QuestionFollow(question=q, user=reader) for q in questions)
    for answer in Answer.objects.filter(question__in=questions).select_related("question"):
        answer_followers_notify(answer=answer)

    # A question's document carries its answers' documents too.
    for question in [*questions, digest]:
        indexing.document_upsert_question(question.pk)
    for article in articles:
        indexing.document_upsert_article(article.pk)
    for physician in physicians:
        indexing.document_upsert_physician(physician.pk)

    world.objects.update(
        questions=questions,
        digest=digest,
        answers=answers,
        physicians=physicians,
        practices=practices,
        articles=articles,
        requests=requests,
        reader=reader,
        staff=staff,
        moderator=moderator,
        doctor_user=doctor_user,
    )
    return world


@pytest.fixture
def world(transactional_db: None) -> World:
    return build_world()


# The pages --------------------------------------------------------------------------------


def _pages(count: int, size: int = 20) -> range:
    return range(1, (count + size - 1) // size + 1)


def _markers(*texts: str) -> list[str]:
    return [m for text in texts for m in re.findall(r"XSS-PROBE-\d+:", text)]


def _header(user: User) -> tuple[str, str]:
    """The signed-in user's public name in the header."""
    return ("details.account-menu > summary", user.public_name)


def visit_question_pages(world: World, probe: Probe) -> None:
    questions: list[Question] = world.objects["questions"]
    digest: Question = world.objects["digest"]
    answers: list[Answer] = world.objects["answers"]
    probe.visit("/")
    for page in _pages(len(questions) + 1):
        probe.visit(f"/treatments/botox/?page={page}")
    for question in questions[: len(packs("question body"))]:
        answer = question.answers.select_related("physician").get()
        probe.visit(
            question.get_absolute_url(),
            shows=[
                ("h1", question.title),
                ("title", f"{question.title} · Curbside"),
                ("meta[name=description]@content", Truncator(question.body).chars(155)),
                (".question .meta", f"Asked by {question.asker_name} in {question.city} on "),
                ("article.answer .headline", answer.headline),
                ("article.answer .doc-name", answer.physician.display_name),
            ],
            # JSON-LD gives question and answer as the words a reader sees (no Markdown).
            jsonld=[
                question.title,
                markdown_plain(question.body),
                question.asker_name,
                markdown_plain(f"{answer.headline}\n\n{answer.body}"),
            ],
            markers=_markers(question.body, answer.body),
        )
    # The digest, as a visitor (the cached copy with counts filled in); signed-in readers get
    # it with their controls rendered between the cached chunks (see the signed-in pages).
    probe.visit(
        digest.get_absolute_url(),
        shows=[
            *(("article.answer .headline", a.headline) for a in answers),
            *(("article.answer .doc-name", a.physician.display_name) for a in answers),
        ],
        jsonld=[a.physician.display_name for a in answers],
        markers=_markers(*(a.body for a in answers)),
    )


def visit_directory_pages(world: World, probe: Probe) -> None:
    physicians: list[Physician] = world.objects["physicians"]
    practices: list[Practice] = world.objects["practices"]
    articles: list[Article] = world.objects["articles"]
    for page in _pages(len(physicians) + 1):
        probe.visit(f"/doctors/?page={page}")
    for physician in physicians[:PROFILES]:
        practice = physician.practice
        assert practice is not None
        reviews = list(physician.reviews.filter(status="published").select_related("reply"))
        probe.visit(
            physician.get_absolute_url(),
            shows=[
                ("h1", physician.display_name),
                ("title", f"{physician.display_name} · Curbside"),
                (".profile-practice a", practice.name),
                *((".review-title", r.title) for r in reviews),
            ],
            jsonld=[physician.display_name, practice.name, practice.street, practice.city],
            markers=_markers(
                physician.bio, *(r.body for r in reviews), *(r.reply.body for r in reviews)
            ),
        )
    for practice in practices[PROFILES:]:
        shows = [
            ("h1", practice.name),
            ("title", f"{practice.name}, {practice.city}, CO · Curbside"),
            (".practice-contact span", practice.address),
        ]
        if practice.website:
            shows.append((".practice-contact a[rel~=nofollow]@href", practice.website))
        probe.visit(
            practice.get_absolute_url(),
            shows=shows,
            jsonld=[practice.name, practice.street, practice.city, practice.description[:500]],
            markers=_markers(practice.description),
        )
    for page in _pages(len(articles)):
        probe.visit(f"/articles/?page={page}")
    for article in articles[: len(packs("article body"))]:
        probe.visit(
            article.get_absolute_url(),
            shows=[
                ("h1", article.title),
                ("title", f"{article.title} · Curbside"),
                (".article-page .lead", article.summary),
                (".author-card .doc-name", article.byline),
            ],
            jsonld=[article.title, article.summary],
            markers=_markers(article.body),
        )


def visit_search_pages(world: World, probe: Probe) -> None:
    """Search shows titles and snippets through its own highlighting, a mark_safe
    (search.fulltext.marked_html): every article title pack is on the first page of article
    results. One page only, as every search also ranks questions with the embedding model,
    whose first load costs seconds."""
    assert len(world.objects["articles"]) <= 20
    probe.visit("/search/?q=botox&kind=articles")


def visit_signed_in_pages(world: World, probe: Probe) -> None:
    questions: list[Question] = world.objects["questions"]
    digest: Question = world.objects["digest"]
    answers: list[Answer] = world.objects["answers"]
    digest_markers = _markers(*(a.body for a in answers))

    reader: User = world.objects["reader"]
    probe.sign_in(reader)
    probe.visit(digest.get_absolute_url(), shows=[_header(reader)], markers=digest_markers)
    for page in _pages(len(world.objects["physicians"])):
        probe.visit(f"/reviews/mine/?page={page}")
    for page in _pages(len(questions)):
        probe.visit(f"/notifications/?page={page}")
    probe.visit("/accounts/", shows=[("dl.facts dd", reader.public_name)])

    doctor: User = world.objects["doctor_user"]
    probe.sign_in(doctor)
    probe.visit(digest.get_absolute_url(), shows=[_header(doctor)], markers=digest_markers)
    probe.visit(
        f"/questions/{questions[0].pk}/answer/",
        shows=[("article.question h2", questions[0].title)],
        markers=_markers(questions[0].body),
    )
    for page in _pages(len(questions) + 1):
        probe.visit(f"/queue/?page={page}")
    # Edit forms put the text back into <input value> and <textarea>: the answers holding the
    # payloads written to break out of those.
    breakouts = [p.text for p in PAYLOADS if re.match(r"""["']|</textarea""", p.text)]
    edited = [a for a in answers if a.headline in breakouts or any(b in a.body for b in breakouts)]
    for answer in edited[:4]:
        probe.sign_in(answer.physician.user)
        probe.visit(
            f"/answers/{answer.pk}/edit/",
            shows=[("#id_headline@value", answer.headline), ("#id_body@value", answer.body)],
        )
    article: Article = world.objects["articles"][0]
    assert article.physician is not None
    probe.sign_in(article.physician.user)
    probe.visit(
        f"/articles/{article.slug}/edit/",
        shows=[
            ("#id_title@value", article.title),
            ("#id_summary@value", article.summary),
            ("#id_body@value", article.body),
        ],
    )

    staff: User = world.objects["staff"]
    practice: Practice = world.objects["practices"][0]
    requests: list[ConsultationRequest] = world.objects["requests"]
    probe.sign_in(staff)
    for page in _pages(len(requests)):
        probe.visit(f"/practices/{practice.slug}/inbox/?page={page}", shows=[_header(staff)])
    contact = ("consultation e-mail", "consultation phone", "consultation message")
    for request in requests[: _count("consultation note", *contact)]:
        note = request.notes.get()
        probe.visit(
            f"/practices/{practice.slug}/inbox/{request.pk}/",
            shows=[
                ("h1", f"Request from {request.name}"),
                ("a[href^='mailto:']", request.email),
                ("a[href^='tel:']", request.phone),
                (".consultation-message", request.message),
                (".notes li p:not(.meta)", note.text),
            ],
        )
    probe.visit(
        f"/practices/{practice.slug}/edit/",
        shows=[
            ("#id_name@value", practice.name),
            ("#id_street@value", practice.street),
            ("#id_city@value", practice.city),
        ],
    )

    moderator: User = world.objects["moderator"]
    probe.sign_in(moderator)
    probe.visit("/moderation/", shows=[_header(moderator)])
    probe.visit("/reviews/moderation/")


def report(probe: Probe) -> str:
    lines = [f"{len(probe.found)} finding(s) on {probe.visits} pages:"]
    lines += [f"- {finding[:400]}" for finding in probe.found[:80]]
    return "\n".join(lines)


def test_no_payload_runs_or_injects_on_any_page(world: World, probe: Probe) -> None:
    visit_question_pages(world, probe)
    visit_directory_pages(world, probe)
    visit_search_pages(world, probe)
    visit_signed_in_pages(world, probe)
    probe.page.wait_for_timeout(200)  # a late hit from the last page is still reported
    assert not probe.found, report(probe)
    # Every field received every payload its column can hold.
    for name in FIELDS:
        fitting = {p.id for pack in packs(name) for p in pack}
        assert fitting and world.coverage[name] == fitting, name
