"""Demo data for practice pages and consultation inboxes, loaded after the main demo set:
practice descriptions, coordinates from each practice's ZIP code, and about twenty
consultation requests with statuses, notes and first responses (so "usually responds within"
shows on the busier practices).

Every practice, person, e-mail address (example.com) and phone number (the 555-01xx block
reserved for fiction) here is made up."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from curbside.accounts.models import User
from curbside.practices.models import (
    ConsultationNote,
    ConsultationRequest,
    ConsultationStatus,
    ContactTime,
    Practice,
)
from curbside.practices.services import practice_update

# Keyed by practice name. Plain descriptions of who the practice sees and how a first visit
# goes: no outcome promises and no statements about what a product is approved for.
DESCRIPTIONS: dict[str, str] = {
    "Madison Lane Dermatology": (
        "Madison Lane is a medical and cosmetic dermatology practice on the Upper East Side. "
        "We see adults for skin checks, acne, rosacea and eczema, and offer neurotoxin and "
        "filler treatments after an in-person consultation.\n\n"
        "- First visits take about 45 minutes and include a review of your medical history "
        "and any allergies.\n"
        "- We will tell you when a question is better answered by your neurologist or "
        "primary-care physician.\n"
        "- Appointments Monday to Friday, with two late evenings a week."
    ),
    "Schuylkill Facial Plastic Surgery": (
        "A facial plastic surgery practice near Rittenhouse Square offering rhinoplasty, "
        "eyelid surgery and non-surgical treatments. Every plan starts with a consultation "
        "with the surgeon who would treat you, not a sales coordinator."
    ),
    "Westgate Plastic Surgery": (
        "Board-certified plastic surgeons offering facial surgery, injectables and skin "
        "treatments. Consultations cover what a treatment can and cannot change, recovery "
        "time, and the total cost in writing before you decide."
    ),
    "Laurel Heights Skin & Laser": (
        "A dermatology practice focused on skin health and conservative cosmetic care. We "
        "would rather under-treat at a first visit and add later than over-treat.\n\n"
        "Spanish and Cantonese spoken. Street parking and a garage on the next block."
    ),
    "Bayou City Facial Aesthetics": (
        "Facial aesthetics in the medical center district: neurotoxin and filler treatments, "
        "chemical peels and facial surgery. We ask every new patient for a list of their "
        "medicines and supplements before any injection."
    ),
    "Hill Country Dermatology": (
        "General and cosmetic dermatology for adults and teenagers in northwest Austin. "
        "Cosmetic visits are booked separately from medical visits so neither is rushed."
    ),
    "Bayfront Plastic Surgery": (
        "Plastic surgery and injectables downtown. Surgical consultations include a second "
        "visit before any booking, so you have time to think and to ask more questions."
    ),
    "Hyde Grove Vein & Aesthetic Center": (
        "Vein care and aesthetic medicine in South Tampa. We treat spider and varicose veins "
        "and offer injectables and skin treatments; evening appointments twice a week."
    ),
    "Lakeshore Facial Plastics": (
        "Facial plastic surgery on the Near North Side: rhinoplasty, eyelid surgery and "
        "facelift, with injectables for those not ready for surgery. Interpreters can be "
        "arranged for any consultation."
    ),
    "Brookhaven Oculofacial Surgery": (
        "Oculoplastic surgeons caring for the eyelids, tear ducts and the area around the "
        "eyes, for medical and cosmetic reasons. We also treat eyelid spasms "
        "(blepharospasm) with regular injections, coordinated with your eye doctor."
    ),
    "Sound View Dermatology": (
        "Medical, surgical and cosmetic dermatology downtown. Cosmetic consultations are "
        "with a dermatologist; we explain the options, including doing nothing."
    ),
    "Cherry Grove Neurology & Headache Center": (
        "A neurology practice for headache disorders, movement disorders and spasticity. "
        "We offer botulinum toxin treatment where it fits a patient's diagnosis, alongside "
        "medicines and physical therapy. Most new patients come with a referral; bring your "
        "headache diary if you keep one."
    ),
    "Saguaro Plastic & Reconstructive Surgery": (
        "Reconstructive and cosmetic plastic surgery in central Phoenix, with injectables "
        "and skin treatments offered by the surgeons themselves."
    ),
    "Commonwealth Neurology Associates": (
        "General neurology with clinics for migraine, cervical dystonia and post-stroke "
        "spasticity. We work with your primary-care physician and physical therapist and "
        "send them a letter after every visit, with your permission."
    ),
    "Queen City Skin & Vein": (
        "Dermatology and vein care in Dilworth. Same-week appointments for new skin "
        "concerns; cosmetic treatments by appointment after a consultation."
    ),
    "Willamette Facial Plastic Surgery": (
        "Facial plastic surgery and injectables in Northwest Portland. Consultations are "
        "unhurried and include photographs so that you can compare later."
    ),
}


@dataclass(frozen=True)
class _Request:
    name: str
    email: str
    phone: str
    treatment: str  # a treatment slug; dropped if the practice does not offer it
    message: str
    time: str
    practice: str = ""  # part of the name of the kind of practice this person would write to


# Requests in the order they are dealt to practices: the demo staff's practice gets the
# first of them (see load()).
REQUESTS: list[_Request] = [
    _Request(
        "Marcus Oyelaran",
        "marcus.o@example.com",
        "",
        "botox-cosmetic",
        "Interested in treatment for frown lines before a family wedding in about six weeks. "
        "Is that enough time?",
        ContactTime.EVENING,
    ),
    _Request(
        "Priya Raman",
        "",
        "(212) 555-0117",
        "lip-filler",
        "I had lip filler elsewhere two years ago and one side looks different. Can I book a "
        "consultation to talk about options?",
        ContactTime.AFTERNOON,
    ),
    _Request(
        "Helen Garrity",
        "helen.garrity@example.com",
        "(212) 555-0121",
        "",
        "Could you tell me whether you see patients for rosacea as well as cosmetic "
        "treatments? I'd like a first appointment.",
        ContactTime.ANY,
    ),
    _Request(
        "Tomás Herrera",
        "tomas.h@example.com",
        "",
        "botox",
        "I sweat heavily under the arms and antiperspirants have not helped. Would you "
        "consider injections, and what does a first visit involve?",
        ContactTime.EVENING,
    ),
    _Request(
        "Grace Kimura",
        "grace.kimura@example.com",
        "(212) 555-0133",
        "chemical-peel",
        "Looking for advice on a peel for uneven skin tone. I have darker skin and want to "
        "understand the risk of discoloration first.",
        ContactTime.MORNING,
    ),
    _Request(
        "Eli Brandt",
        "",
        "(212) 555-0138",
        "botox-cosmetic",
        "First time considering any cosmetic treatment. I'd like to talk through costs "
        "before booking.",
        ContactTime.ANY,
    ),
    _Request(
        "Reggie Tan",
        "reggie.tan@example.com",
        "",
        "xeomin",
        "I've had neurotoxin for crow's feet before and would like to switch practices. "
        "Do you need my previous records?",
        ContactTime.ANY,
    ),
    _Request(
        "Olivia Brennan",
        "olivia.brennan@example.com",
        "(206) 555-0173",
        "microneedling",
        "Acne scars on my cheeks. Would microneedling help, and how many visits would it take?",
        ContactTime.AFTERNOON,
    ),
    _Request(
        "Dana Whitcombe",
        "dana.whitcombe@example.com",
        "(212) 555-0104",
        "botox",
        "My neurologist diagnosed cervical dystonia last year. I'd like to know if you treat "
        "it, and whether my insurance is likely to cover it. I have several drug allergies.",
        ContactTime.MORNING,
        "Neurology",
    ),
    _Request(
        "Luis Cardenas",
        "luis.cardenas@example.com",
        "(713) 555-0142",
        "rhinoplasty",
        "I broke my nose playing soccer years ago and have trouble breathing on one side. "
        "I'd like a consultation about both breathing and appearance.",
        ContactTime.EVENING,
        "Plastic",
    ),
    _Request(
        "Naomi Feld",
        "naomi.feld@example.com",
        "",
        "botox",
        "I have chronic migraine and my headache specialist suggested injections. Do you "
        "accept referrals, and is there a waiting list?",
        ContactTime.AFTERNOON,
        "Headache",
    ),
    _Request(
        "Ruth Abernathy",
        "ruth.a@example.com",
        "",
        "blepharoplasty",
        "My upper eyelids have started to get in the way of my vision. Would this be "
        "something to see you about?",
        ContactTime.MORNING,
        "Oculofacial",
    ),
    _Request(
        "Kevin Osei",
        "kevin.osei@example.com",
        "(312) 555-0151",
        "dysport",
        "Interested in treatment for forehead lines. I had a drooping eyelid after a "
        "treatment elsewhere and want to avoid that this time.",
        ContactTime.ANY,
        "Plastic",
    ),
    _Request(
        "Maria Lindqvist",
        "",
        "(404) 555-0156",
        "botox",
        "I have blepharospasm and my previous doctor retired. Looking for someone to continue "
        "my treatments.",
        ContactTime.MORNING,
        "Oculofacial",
    ),
    _Request(
        "Sam Whitaker",
        "sam.whitaker@example.com",
        "",
        "tear-trough-filler",
        "Dark hollows under my eyes. Is filler appropriate, or would you suggest something else?",
        ContactTime.AFTERNOON,
        "Plastic",
    ),
    _Request(
        "Ayesha Malik",
        "ayesha.malik@example.com",
        "(617) 555-0162",
        "botox",
        "My father has spasticity in his arm after a stroke. Can we book an evaluation, and "
        "should his physical therapist send notes?",
        ContactTime.MORNING,
        "Commonwealth Neurology",
    ),
    _Request(
        "Ben Castellano",
        "ben.c@example.com",
        "",
        "kybella",
        "Asking about treatment for fullness under the chin. How many sessions do people "
        "usually need?",
        ContactTime.EVENING,
        "Skin",
    ),
    _Request(
        "June Park",
        "",
        "(503) 555-0168",
        "facelift",
        "I'm 62 and considering a lower facelift. I'd like to understand recovery time "
        "before I plan anything.",
        ContactTime.ANY,
        "Facial Plastic",
    ),
    _Request(
        "Fatima Diallo",
        "fatima.diallo@example.com",
        "(305) 555-0179",
        "cheek-filler",
        "Considering cheek filler and wondering about a consultation before committing.",
        ContactTime.EVENING,
        "Plastic",
    ),
    _Request(
        "Walter Nguyen",
        "",
        "(602) 555-0184",
        "botox",
        "I have cervical dystonia and my neurologist is retiring. I need someone to continue "
        "my injections, which I have every three months.",
        ContactTime.MORNING,
        "Neurology",
    ),
]

# How a request went: (status, hours to the first response or None, notes in order).
_OUTCOMES: list[tuple[str, float | None, list[tuple[str, str]]]] = [
    (ConsultationStatus.NEW, None, []),
    (
        ConsultationStatus.CONTACTED,
        3.5,
        [("contacted", "Left a voicemail and sent an e-mail with available times.")],
    ),
    (
        ConsultationStatus.BOOKED,
        5,
        [
            ("contacted", "Called back; asked for the referral letter."),
            ("booked", "Booked a consultation for next Tuesday at 10:30."),
        ],
    ),
    (
        ConsultationStatus.CLOSED,
        20,
        [
            ("contacted", "Explained that this is best handled by their neurologist."),
            ("closed", "Patient will stay with their current physician."),
        ],
    ),
    (
        ConsultationStatus.BOOKED,
        26,
        [("booked", "Booked a first visit; sent the new-patient forms.")],
    ),
    (
        ConsultationStatus.CONTACTED,
        2,
        [("contacted", "Spoke briefly; they will call back after checking their insurance.")],
    ),
]

# The demo staff's practice gets the first requests, so its inbox is full; the rest go to
# practices that offer the treatment asked about, at least three each where possible so that
# "usually responds within" shows on their pages too.
_HOME_PRACTICE = "Madison Lane Dermatology"
_HOME_REQUESTS = 8
_ENOUGH = 3


def _describe_and_locate(practices: list[Practice]) -> tuple[int, int]:
    described = located = 0
    for practice in practices:
        description = DESCRIPTIONS.get(practice.name, practice.description)
        practice_update(
            practice=practice,
            name=practice.name,
            street=practice.street,
            city=practice.city,
            state=practice.state,
            zip_code=practice.zip_code,
            phone=practice.phone,
            website=practice.website,
            description=description,
        )
        described += int(practice.name in DESCRIPTIONS)
        located += int(practice.latitude is not None)
    return described, located


def _responders(practice: Practice) -> list[User]:
    staff = list(User.objects.filter(practice_membership__practice=practice, is_active=True))
    doctors = list(
        User.objects.filter(
            physician__practice=practice, physician__status="verified", is_active=True
        )
    )
    return staff or doctors


def _pick(
    spec: _Request,
    practices: list[Practice],
    offered: dict[int, set[str]],
    assigned: dict[int, int],
    rng: random.Random,
) -> Practice:
    fits = (
        [p for p in practices if spec.treatment in offered[p.pk] and spec.practice in p.name]
        or [p for p in practices if spec.practice in p.name]
        or practices
    )
    filling = [p for p in fits if 0 < assigned[p.pk] < _ENOUGH]
    fresh = [p for p in fits if assigned[p.pk] == 0]
    return rng.choice(filling or fresh or fits)


def load(*, rng: random.Random) -> dict[str, int]:
    """Describe and locate every practice and fill some consultation inboxes; returns counts."""
    now = timezone.now().replace(second=0, microsecond=0)
    with transaction.atomic():
        practices = list(Practice.objects.order_by("pk"))
        described, located = _describe_and_locate(practices)
        offered = {p.pk: {t.slug for t in p.treatments_offered()} for p in practices}
        home = next((p for p in practices if p.name == _HOME_PRACTICE), None)
        others = [p for p in practices if p is not home]
        assigned = dict.fromkeys(offered, 0)
        requests = notes = 0
        for index, spec in enumerate(REQUESTS):
            if home is not None and index < _HOME_REQUESTS:
                practice = home
            else:
                practice = _pick(spec, others, offered, assigned, rng)
            assigned[practice.pk] += 1
            # Most recent first; the two newest stay "new" so the inbox has work in it.
            created = now - timedelta(days=index * 2.5 + rng.uniform(0.1, 1.5))
            status, hours, steps = _OUTCOMES[0] if index < 2 else _OUTCOMES[index % 5 + 1]
            first_response = created + timedelta(hours=hours) if hours is not None else None
            consultation = ConsultationRequest.objects.create(
                practice=practice,
                name=spec.name,
                email=spec.email,
                phone=spec.phone,
                treatment=next(
                    (t for t in practice.treatments_offered() if t.slug == spec.treatment), None
                ),
                message=spec.message,
                preferred_contact_time=spec.time,
                consent_at=created,
                created_at=created,
                status=status,
                first_response_at=first_response,
            )
            requests += 1
            responders = _responders(practice)
            moment = first_response or created
            for step, (step_status, text) in enumerate(steps):
                moment += timedelta(hours=step * rng.uniform(4, 30))
                ConsultationNote.objects.create(
                    request=consultation,
                    author=rng.choice(responders) if responders else None,
                    text=text,
                    status=step_status,
                    created_at=moment,
                )
                notes += 1
            if steps:
                ConsultationRequest.objects.filter(pk=consultation.pk).update(
                    status_changed_at=moment
                )
    return {
        "practice_descriptions": described,
        "practices_located": located,
        "consultation_requests": requests,
        "consultation_notes": notes,
    }
