"""Treatments, practices and physicians for the demo. Every practice, person, street address
and phone number here is fictional (phone numbers use the 555-01xx block reserved for fiction);
the cities and ZIP codes are real so that distance search has something to work with."""

from __future__ import annotations

# (slug, name, kind, summary)
TREATMENTS: list[tuple[str, str, str, str]] = [
    (
        "botox",
        "Botox",
        "neurotoxin",
        "OnabotulinumtoxinA for medical conditions, including chronic migraine prevention, "
        "cervical dystonia, severe underarm sweating, overactive bladder, spasticity, "
        "blepharospasm and strabismus.",
    ),
    (
        "botox-cosmetic",
        "Botox Cosmetic",
        "neurotoxin",
        "The cosmetic label of onabotulinumtoxinA, approved to temporarily improve frown lines, "
        "crow's feet, forehead lines and vertical neck (platysma) bands in adults.",
    ),
    (
        "dysport",
        "Dysport",
        "neurotoxin",
        "AbobotulinumtoxinA, approved for frown lines in adults under 65, cervical dystonia and "
        "spasticity; its units are specific to Dysport and cannot be converted to another "
        "product's units.",
    ),
    (
        "xeomin",
        "Xeomin",
        "neurotoxin",
        "IncobotulinumtoxinA, made without complexing proteins and approved for upper facial "
        "lines, cervical dystonia, blepharospasm, upper limb spasticity and chronic drooling.",
    ),
    (
        "jeuveau",
        "Jeuveau",
        "neurotoxin",
        "PrabotulinumtoxinA, approved in 2019 for the temporary improvement of moderate to severe "
        "frown lines in adults.",
    ),
    (
        "daxxify",
        "Daxxify",
        "neurotoxin",
        "DaxibotulinumtoxinA, an albumin-free toxin approved for frown lines in 2022 and for "
        "cervical dystonia in 2023.",
    ),
    (
        "letybo",
        "Letybo",
        "neurotoxin",
        "LetibotulinumtoxinA, approved in 2024 for the temporary improvement of moderate to severe "
        "frown lines in adults.",
    ),
    (
        "myobloc",
        "Myobloc",
        "neurotoxin",
        "RimabotulinumtoxinB, a type B toxin approved for cervical dystonia and chronic drooling "
        "in adults.",
    ),
    (
        "lip-filler",
        "Lip filler",
        "filler",
        "Hyaluronic acid gel injected to add volume, shape or definition to the lips; results are "
        "temporary and the gel can be dissolved with hyaluronidase.",
    ),
    (
        "cheek-filler",
        "Cheek filler",
        "filler",
        "Filler placed over the cheekbones and mid-face to restore or add volume, most often a "
        "hyaluronic acid gel whose effect fades gradually over many months.",
    ),
    (
        "tear-trough-filler",
        "Tear trough filler",
        "filler",
        "Hyaluronic acid filler placed under the eyes to soften the hollow between lower lid and "
        "cheek; it suits hollowness better than puffiness, so patient selection matters.",
    ),
    (
        "kybella",
        "Kybella",
        "injectable",
        "Deoxycholic acid injections that destroy fat cells under the chin, given over several "
        "sessions spaced at least a month apart.",
    ),
    (
        "chemical-peel",
        "Chemical peel",
        "skin",
        "An acid solution applied to remove damaged outer layers of skin, from light peels with "
        "little downtime to deep peels that need weeks of healing.",
    ),
    (
        "microneedling",
        "Microneedling",
        "skin",
        "Fine needles create controlled micro-injuries that prompt collagen remodelling, used "
        "mainly for acne scars and skin texture over a series of sessions.",
    ),
    (
        "rhinoplasty",
        "Rhinoplasty",
        "surgery",
        "Surgery to change the shape of the nose, improve breathing through it, or both; swelling "
        "settles over many months and lasts longest at the tip.",
    ),
    (
        "blepharoplasty",
        "Blepharoplasty",
        "surgery",
        "Eyelid surgery that removes or repositions excess skin, fat or muscle of the upper or "
        "lower lids; it does not by itself correct a drooping lid margin (ptosis).",
    ),
    (
        "facelift",
        "Facelift",
        "surgery",
        "Surgery that repositions the deeper tissues of the lower face and neck and removes excess "
        "skin; the face continues to age afterwards.",
    ),
]

# key: (name, street, city, state, zip, phone)
PRACTICES: dict[str, tuple[str, str, str, str, str, str]] = {
    "madison": (
        "Madison Lane Dermatology",
        "418 East 61st Street, Suite 3B",
        "New York",
        "NY",
        "10065",
        "(212) 555-0143",
    ),
    "schuylkill": (
        "Schuylkill Facial Plastic Surgery",
        "1930 Larchwood Row, Floor 2",
        "Philadelphia",
        "PA",
        "19103",
        "(215) 555-0118",
    ),
    "westgate": (
        "Westgate Plastic Surgery",
        "8140 Alden Court, Suite 410",
        "Los Angeles",
        "CA",
        "90048",
        "(310) 555-0172",
    ),
    "presidio": (
        "Laurel Heights Skin & Laser",
        "2875 Fernhill Avenue",
        "San Francisco",
        "CA",
        "94115",
        "(415) 555-0126",
    ),
    "bayou": (
        "Bayou City Facial Aesthetics",
        "6620 Marlow Medical Parkway, Suite 1200",
        "Houston",
        "TX",
        "77030",
        "(713) 555-0150",
    ),
    "hillcountry": (
        "Hill Country Dermatology",
        "3405 Bluestem Drive, Building C",
        "Austin",
        "TX",
        "78731",
        "(512) 555-0137",
    ),
    "brickell": (
        "Bayfront Plastic Surgery",
        "1490 Coral Reach Boulevard, Suite 705",
        "Miami",
        "FL",
        "33131",
        "(305) 555-0164",
    ),
    "hydepark": (
        "Hyde Grove Vein & Aesthetic Center",
        "712 Palmetto Shade Avenue",
        "Tampa",
        "FL",
        "33606",
        "(813) 555-0109",
    ),
    "lakeshore": (
        "Lakeshore Facial Plastics",
        "233 Wexley Place, Suite 1820",
        "Chicago",
        "IL",
        "60611",
        "(312) 555-0181",
    ),
    "peachtree": (
        "Brookhaven Oculofacial Surgery",
        "1558 Magnolia Crest Road NE, Suite 300",
        "Atlanta",
        "GA",
        "30309",
        "(404) 555-0195",
    ),
    "elliott": (
        "Sound View Dermatology",
        "905 Harbor Steps Lane, Suite 600",
        "Seattle",
        "WA",
        "98104",
        "(206) 555-0133",
    ),
    "cherrycreek": (
        "Cherry Grove Neurology & Headache Center",
        "3560 Aspenwood Circle, Suite 220",
        "Denver",
        "CO",
        "80206",
        "(303) 555-0147",
    ),
    "camelback": (
        "Saguaro Plastic & Reconstructive Surgery",
        "4711 Mesa Verde Lane, Suite 150",
        "Phoenix",
        "AZ",
        "85016",
        "(602) 555-0122",
    ),
    "commonwealth": (
        "Commonwealth Neurology Associates",
        "140 Linden Wharf Street, Suite 9",
        "Boston",
        "MA",
        "02116",
        "(617) 555-0158",
    ),
    "queencity": (
        "Queen City Skin & Vein",
        "2217 Myers Hollow Road",
        "Charlotte",
        "NC",
        "28204",
        "(704) 555-0176",
    ),
    "willamette": (
        "Willamette Facial Plastic Surgery",
        "1120 Hawthorne Terrace, Suite 500",
        "Portland",
        "OR",
        "97205",
        "(503) 555-0114",
    ),
}

# Which treatments each specialty offers in the demo (a physician may drop a few).
SPECIALTY_TREATMENTS: dict[str, tuple[str, ...]] = {
    "dermatology": (
        "botox",
        "botox-cosmetic",
        "dysport",
        "xeomin",
        "jeuveau",
        "daxxify",
        "letybo",
        "lip-filler",
        "cheek-filler",
        "tear-trough-filler",
        "kybella",
        "chemical-peel",
        "microneedling",
    ),
    "plastic_surgery": (
        "botox",
        "botox-cosmetic",
        "dysport",
        "xeomin",
        "jeuveau",
        "lip-filler",
        "cheek-filler",
        "tear-trough-filler",
        "kybella",
        "chemical-peel",
        "rhinoplasty",
        "blepharoplasty",
        "facelift",
    ),
    "facial_plastic_surgery": (
        "botox",
        "botox-cosmetic",
        "dysport",
        "xeomin",
        "jeuveau",
        "daxxify",
        "lip-filler",
        "cheek-filler",
        "tear-trough-filler",
        "kybella",
        "chemical-peel",
        "rhinoplasty",
        "blepharoplasty",
        "facelift",
    ),
    "oculoplastic_surgery": (
        "botox",
        "botox-cosmetic",
        "dysport",
        "xeomin",
        "cheek-filler",
        "tear-trough-filler",
        "blepharoplasty",
    ),
    "ophthalmology": ("botox", "botox-cosmetic", "xeomin"),
    "otolaryngology": ("botox", "botox-cosmetic", "dysport", "rhinoplasty"),
    "neurology": ("botox", "dysport", "xeomin", "myobloc", "daxxify"),
    "physical_medicine": ("botox", "dysport", "xeomin", "myobloc"),
    "phlebology": (
        "botox",
        "botox-cosmetic",
        "dysport",
        "xeomin",
        "jeuveau",
        "lip-filler",
        "cheek-filler",
        "kybella",
        "chemical-peel",
        "microneedling",
    ),
    "family_medicine": (
        "botox",
        "botox-cosmetic",
        "dysport",
        "jeuveau",
        "lip-filler",
        "cheek-filler",
        "kybella",
        "chemical-peel",
        "microneedling",
    ),
    "internal_medicine": ("botox-cosmetic", "chemical-peel", "microneedling"),
}

BOARDS: dict[str, tuple[str, ...]] = {
    "dermatology": ("American Board of Dermatology",),
    "plastic_surgery": ("American Board of Plastic Surgery",),
    "facial_plastic_surgery": (
        "American Board of Facial Plastic and Reconstructive Surgery",
        "American Board of Otolaryngology–Head and Neck Surgery",
    ),
    "oculoplastic_surgery": ("American Board of Ophthalmology",),
    "ophthalmology": ("American Board of Ophthalmology",),
    "otolaryngology": ("American Board of Otolaryngology–Head and Neck Surgery",),
    "neurology": ("American Board of Psychiatry and Neurology",),
    "physical_medicine": ("American Board of Physical Medicine and Rehabilitation",),
    "phlebology": ("American Board of Venous & Lymphatic Medicine",),
    "family_medicine": ("American Board of Family Medicine",),
    "internal_medicine": ("American Board of Internal Medicine",),
}

# The physicians who own a special role in the demo.
DEMO_DOCTOR = "whitfield"
DEMO_PENDING_DOCTOR = "hart"
DEMO_STAFF_PRACTICE = "madison"

# Cities patients give in their questions (besides the practice cities).
PATIENT_CITIES: list[str] = [
    "New York, NY",
    "Brooklyn, NY",
    "Philadelphia, PA",
    "Pittsburgh, PA",
    "Los Angeles, CA",
    "San Diego, CA",
    "San Francisco, CA",
    "Sacramento, CA",
    "Houston, TX",
    "Austin, TX",
    "Dallas, TX",
    "San Antonio, TX",
    "Miami, FL",
    "Tampa, FL",
    "Orlando, FL",
    "Chicago, IL",
    "Naperville, IL",
    "Atlanta, GA",
    "Savannah, GA",
    "Seattle, WA",
    "Tacoma, WA",
    "Denver, CO",
    "Boulder, CO",
    "Phoenix, AZ",
    "Scottsdale, AZ",
    "Tucson, AZ",
    "Boston, MA",
    "Worcester, MA",
    "Charlotte, NC",
    "Raleigh, NC",
    "Portland, OR",
    "Columbus, OH",
    "Nashville, TN",
    "Minneapolis, MN",
    "Salt Lake City, UT",
]

# Pseudonym parts for patients ("CedarWren-482" style).
