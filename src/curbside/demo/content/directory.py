"""Treatments, practices and physicians for the demo. Every practice, person, street address
and phone number here is fictional (phone numbers use the 555-01xx block reserved for fiction);
the cities and ZIP codes are real so that distance search has something to work with."""

from __future__ import annotations

# (slug, name, kind, summary)
TREATMENTS: list[tuple[str, str, str, str]] = [
    ("botox", "Botox", "neurotoxin",
     "OnabotulinumtoxinA for medical conditions, including chronic migraine prevention, cervical "
     "dystonia, severe underarm sweating, overactive bladder, spasticity, blepharospasm and "
     "strabismus."),
    ("botox-cosmetic", "Botox Cosmetic", "neurotoxin",
     "The cosmetic label of onabotulinumtoxinA, approved to temporarily improve frown lines, "
     "crow's feet, forehead lines and vertical neck (platysma) bands in adults."),
    ("dysport", "Dysport", "neurotoxin",
     "AbobotulinumtoxinA, approved for frown lines in adults under 65, cervical dystonia and "
     "spasticity; its units are specific to Dysport and cannot be converted to another "
     "product's units."),
    ("xeomin", "Xeomin", "neurotoxin",
     "IncobotulinumtoxinA, made without complexing proteins and approved for upper facial lines, "
     "cervical dystonia, blepharospasm, upper limb spasticity and chronic drooling."),
    ("jeuveau", "Jeuveau", "neurotoxin",
     "PrabotulinumtoxinA, approved in 2019 for the temporary improvement of moderate to severe "
     "frown lines in adults."),
    ("daxxify", "Daxxify", "neurotoxin",
     "DaxibotulinumtoxinA, an albumin-free toxin approved for frown lines in 2022 and for "
     "cervical dystonia in 2023."),
    ("letybo", "Letybo", "neurotoxin",
     "LetibotulinumtoxinA, approved in 2024 for the temporary improvement of moderate to severe "
     "frown lines in adults."),
    ("myobloc", "Myobloc", "neurotoxin",
     "RimabotulinumtoxinB, a type B toxin approved for cervical dystonia and chronic drooling "
     "in adults."),
    ("lip-filler", "Lip filler", "filler",
     "Hyaluronic acid gel injected to add volume, shape or definition to the lips; results are "
     "temporary and the gel can be dissolved with hyaluronidase."),
    ("cheek-filler", "Cheek filler", "filler",
     "Filler placed over the cheekbones and mid-face to restore or add volume, most often a "
     "hyaluronic acid gel whose effect fades gradually over many months."),
    ("tear-trough-filler", "Tear trough filler", "filler",
     "Hyaluronic acid filler placed under the eyes to soften the hollow between lower lid and "
     "cheek; it suits hollowness better than puffiness, so patient selection matters."),
    ("kybella", "Kybella", "injectable",
     "Deoxycholic acid injections that destroy fat cells under the chin, given over several "
     "sessions spaced at least a month apart."),
    ("chemical-peel", "Chemical peel", "skin",
     "An acid solution applied to remove damaged outer layers of skin, from light peels with "
     "little downtime to deep peels that need weeks of healing."),
    ("microneedling", "Microneedling", "skin",
     "Fine needles create controlled micro-injuries that prompt collagen remodelling, used "
     "mainly for acne scars and skin texture over a series of sessions."),
    ("rhinoplasty", "Rhinoplasty", "surgery",
     "Surgery to change the shape of the nose, improve breathing through it, or both; swelling "
     "settles over many months and lasts longest at the tip."),
    ("blepharoplasty", "Blepharoplasty", "surgery",
     "Eyelid surgery that removes or repositions excess skin, fat or muscle of the upper or "
     "lower lids; it does not by itself correct a drooping lid margin (ptosis)."),
    ("facelift", "Facelift", "surgery",
     "Surgery that repositions the deeper tissues of the lower face and neck and removes excess "
     "skin; the face continues to age afterwards."),
]

# key: (name, street, city, state, zip, phone)
PRACTICES: dict[str, tuple[str, str, str, str, str, str]] = {
    "madison": ("Madison Lane Dermatology", "418 East 61st Street, Suite 3B",
                "New York", "NY", "10065", "(212) 555-0143"),
    "schuylkill": ("Schuylkill Facial Plastic Surgery", "1930 Larchwood Row, Floor 2",
                   "Philadelphia", "PA", "19103", "(215) 555-0118"),
    "westgate": ("Westgate Plastic Surgery", "8140 Alden Court, Suite 410",
                 "Los Angeles", "CA", "90048", "(310) 555-0172"),
    "presidio": ("Laurel Heights Skin & Laser", "2875 Fernhill Avenue",
                 "San Francisco", "CA", "94115", "(415) 555-0126"),
    "bayou": ("Bayou City Facial Aesthetics", "6620 Marlow Medical Parkway, Suite 1200",
              "Houston", "TX", "77030", "(713) 555-0150"),
    "hillcountry": ("Hill Country Dermatology", "3405 Bluestem Drive, Building C",
                    "Austin", "TX", "78731", "(512) 555-0137"),
    "brickell": ("Bayfront Plastic Surgery", "1490 Coral Reach Boulevard, Suite 705",
                 "Miami", "FL", "33131", "(305) 555-0164"),
    "hydepark": ("Hyde Grove Vein & Aesthetic Center", "712 Palmetto Shade Avenue",
                 "Tampa", "FL", "33606", "(813) 555-0109"),
    "lakeshore": ("Lakeshore Facial Plastics", "233 Wexley Place, Suite 1820",
                  "Chicago", "IL", "60611", "(312) 555-0181"),
    "peachtree": ("Brookhaven Oculofacial Surgery", "1558 Magnolia Crest Road NE, Suite 300",
                  "Atlanta", "GA", "30309", "(404) 555-0195"),
    "elliott": ("Sound View Dermatology", "905 Harbor Steps Lane, Suite 600",
                "Seattle", "WA", "98104", "(206) 555-0133"),
    "cherrycreek": ("Cherry Grove Neurology & Headache Center", "3560 Aspenwood Circle, Suite 220",
                    "Denver", "CO", "80206", "(303) 555-0147"),
    "camelback": ("Saguaro Plastic & Reconstructive Surgery", "4711 Mesa Verde Lane, Suite 150",
                  "Phoenix", "AZ", "85016", "(602) 555-0122"),
    "commonwealth": ("Commonwealth Neurology Associates", "140 Linden Wharf Street, Suite 9",
                     "Boston", "MA", "02116", "(617) 555-0158"),
    "queencity": ("Queen City Skin & Vein", "2217 Myers Hollow Road",
                  "Charlotte", "NC", "28204", "(704) 555-0176"),
    "willamette": ("Willamette Facial Plastic Surgery", "1120 Hawthorne Terrace, Suite 500",
                   "Portland", "OR", "97205", "(503) 555-0114"),
}

# Which treatments each specialty offers in the demo (a physician may drop a few).
SPECIALTY_TREATMENTS: dict[str, tuple[str, ...]] = {
    "dermatology": ("botox", "botox-cosmetic", "dysport", "xeomin", "jeuveau", "daxxify",
                    "letybo", "lip-filler", "cheek-filler", "tear-trough-filler", "kybella",
                    "chemical-peel", "microneedling"),
    "plastic_surgery": ("botox", "botox-cosmetic", "dysport", "xeomin", "jeuveau", "lip-filler",
                        "cheek-filler", "tear-trough-filler", "kybella", "chemical-peel",
                        "rhinoplasty", "blepharoplasty", "facelift"),
    "facial_plastic_surgery": ("botox", "botox-cosmetic", "dysport", "xeomin", "jeuveau",
                               "daxxify", "lip-filler", "cheek-filler", "tear-trough-filler",
                               "kybella", "chemical-peel", "rhinoplasty", "blepharoplasty",
                               "facelift"),
    "oculoplastic_surgery": ("botox", "botox-cosmetic", "dysport", "xeomin", "cheek-filler",
                             "tear-trough-filler", "blepharoplasty"),
    "ophthalmology": ("botox", "botox-cosmetic", "xeomin"),
    "otolaryngology": ("botox", "botox-cosmetic", "dysport", "rhinoplasty"),
    "neurology": ("botox", "dysport", "xeomin", "myobloc", "daxxify"),
    "physical_medicine": ("botox", "dysport", "xeomin", "myobloc"),
    "phlebology": ("botox", "botox-cosmetic", "dysport", "xeomin", "jeuveau", "lip-filler",
                   "cheek-filler", "kybella", "chemical-peel", "microneedling"),
    "family_medicine": ("botox", "botox-cosmetic", "dysport", "jeuveau", "lip-filler",
                        "cheek-filler", "kybella", "chemical-peel", "microneedling"),
    "internal_medicine": ("botox-cosmetic", "chemical-peel", "microneedling"),
}

BOARDS: dict[str, tuple[str, ...]] = {
    "dermatology": ("American Board of Dermatology",),
    "plastic_surgery": ("American Board of Plastic Surgery",),
    "facial_plastic_surgery": ("American Board of Facial Plastic and Reconstructive Surgery",
                               "American Board of Otolaryngology–Head and Neck Surgery"),
    "oculoplastic_surgery": ("American Board of Ophthalmology",),
    "ophthalmology": ("American Board of Ophthalmology",),
    "otolaryngology": ("American Board of Otolaryngology–Head and Neck Surgery",),
    "neurology": ("American Board of Psychiatry and Neurology",),
    "physical_medicine": ("American Board of Physical Medicine and Rehabilitation",),
    "phlebology": ("American Board of Venous & Lymphatic Medicine",),
    "family_medicine": ("American Board of Family Medicine",),
    "internal_medicine": ("American Board of Internal Medicine",),
}

VERIFIED, PENDING, REJECTED = "verified", "pending", "rejected"

# key: (first, last, credentials, specialty, practice key, practicing since, status,
#       extra boards, bio)
PHYSICIANS: dict[str, tuple[str, str, str, str, str, int, str, tuple[str, ...], str]] = {
    "whitfield": (
        "Laura", "Whitfield", "MD, FAAD", "dermatology", "madison", 2009, VERIFIED, (),
        "Board-certified dermatologist with a practice split between medical dermatology and "
        "injectables. I care most about **natural results** and about patients understanding "
        "their options, including the option of doing nothing.",
    ),
    "cho": (
        "Daniel", "Cho", "MD", "dermatology", "madison", 2016, VERIFIED, (),
        "Dermatologist focused on acne scarring, pigment problems in skin of color and "
        "conservative neuromodulator treatment. Trained in New York and stayed.",
    ),
    "reyes": (
        "Monica", "Reyes", "MD, FACS", "facial_plastic_surgery", "madison", 2007, VERIFIED, (),
        "Facial plastic surgeon. Most of my week is rhinoplasty and eyelid surgery; the rest is "
        "injectables for patients who want a refreshed look rather than a different face.",
    ),
    "keane": (
        "Thomas", "Keane", "MD, FACS", "facial_plastic_surgery", "schuylkill", 2001, VERIFIED,
        (),
        "Double board-certified facial plastic surgeon with over twenty years in practice. I "
        "teach injection anatomy to residents and write often about the safety side of "
        "neurotoxins and fillers.",
    ),
    "bello": (
        "Aisha", "Bello", "MD", "otolaryngology", "schuylkill", 2014, VERIFIED, (),
        "Otolaryngologist (ENT) with a focus on nasal airway problems and functional "
        "rhinoplasty. If you can't breathe through your nose, that's my favourite problem.",
    ),
    "sandoval": (
        "Michael", "Sandoval", "MD, FACS", "plastic_surgery", "westgate", 2005, VERIFIED,
        ("American Board of Surgery",),
        "Plastic surgeon practicing aesthetic surgery of the face and body. I believe the "
        "consultation is where most good outcomes are decided.",
    ),
    "park": (
        "Jenna", "Park", "MD", "plastic_surgery", "westgate", 2017, VERIFIED, (),
        "Plastic surgeon with fellowship training in aesthetic surgery. Special interest in "
        "eyelid surgery, facelift and helping patients plan treatment over years rather than "
        "all at once.",
    ),
    "hart": (
        "Olivia", "Hart", "DO", "dermatology", "westgate", 2022, PENDING, (),
        "Dermatologist who recently joined Westgate after residency. Interests: laser "
        "treatments, chemical peels and melasma.",
    ),
    "greer": (
        "Nathan", "Greer", "MD, FAAD", "dermatology", "presidio", 2004, VERIFIED, (),
        "Dermatologist treating skin of all types for two decades, with a particular interest "
        "in hyperhidrosis and in lasers for pigment and redness.",
    ),
    "lindqvist": (
        "Sofia", "Lindqvist", "MD", "oculoplastic_surgery", "presidio", 2012, VERIFIED, (),
        "Ophthalmologist with fellowship training in oculoplastic surgery: eyelids, tear ducts "
        "and the orbit. I see many patients who want to know whether they need a lift, a ptosis "
        "repair or neither.",
    ),
    "medina": (
        "Carlos", "Medina", "MD, FACS", "facial_plastic_surgery", "bayou", 2006, VERIFIED, (),
        "Facial plastic surgeon in Houston. Revision rhinoplasty, facelift and a large "
        "injectables practice. I answer questions here because good information prevents a lot "
        "of bad outcomes.",
    ),
    "doyle": (
        "Hannah", "Doyle", "MD", "facial_plastic_surgery", "bayou", 2018, VERIFIED, (),
        "Facial plastic and reconstructive surgeon. I enjoy the detail work of lip and "
        "under-eye treatment and the longer arc of rhinoplasty recovery.",
    ),
    "tran": (
        "Kevin", "Tran", "MD, FAAD", "dermatology", "hillcountry", 2011, VERIFIED, (),
        "Dermatologist practicing general, surgical and cosmetic dermatology. I'm happiest when "
        "a patient leaves with a plan that fits their budget and their skin type.",
    ),
    "castillo": (
        "Megan", "Castillo", "DO", "family_medicine", "hillcountry", 2013, VERIFIED, (),
        "Family physician who has offered aesthetic injections alongside primary care for ten "
        "years. I like to know the whole patient: medications, sleep, stress and all.",
    ),
    "stone": (
        "Rebecca", "Stone", "MD", "dermatology", "hillcountry", 2023, PENDING, (),
        "Dermatologist with interests in acne, rosacea and procedural dermatology.",
    ),
    "villanueva": (
        "Andres", "Villanueva", "MD, FACS", "plastic_surgery", "brickell", 2003, VERIFIED,
        ("American Board of Surgery",),
        "Plastic surgeon in Miami with a practice built around facial rejuvenation. Bilingual "
        "consultations in English and Spanish.",
    ),
    "brooks": (
        "Natalie", "Brooks", "MD", "plastic_surgery", "brickell", 2015, VERIFIED, (),
        "Plastic surgeon. I do a great deal of filler correction and dissolving, which has made "
        "me a big believer in doing less, more carefully.",
    ),
    "hale": (
        "Gregory", "Hale", "MD", "phlebology", "hydepark", 2002, VERIFIED,
        ("American Board of Surgery",),
        "Vein specialist (phlebologist) and general surgeon by training. Our center treats "
        "varicose and spider veins and offers injectables, which I have performed since 2008.",
    ),
    "whitaker": (
        "Dana", "Whitaker", "DO", "phlebology", "hydepark", 2014, VERIFIED,
        ("American Board of Family Medicine",),
        "Phlebologist and family physician. Sclerotherapy, vein ultrasound and cosmetic "
        "injectables, with a strong emphasis on informed consent.",
    ),
    "lindstrom": (
        "Eric", "Lindstrom", "MD, FACS", "facial_plastic_surgery", "lakeshore", 2008, VERIFIED,
        (),
        "Facial plastic surgeon in Chicago. Rhinoplasty (primary and revision), eyelid surgery "
        "and facial rejuvenation. I try to be candid about what surgery can and cannot do.",
    ),
    "kaur": (
        "Samantha", "Kaur", "MD", "facial_plastic_surgery", "lakeshore", 2016, VERIFIED, (),
        "Facial plastic surgeon with a special interest in ethnic rhinoplasty and in "
        "non-surgical treatment of the lower face.",
    ),
    "novak": (
        "Paul", "Novak", "MD", "otolaryngology", "lakeshore", 2019, REJECTED, (),
        "Otolaryngologist.",
    ),
    "grant": (
        "Alicia", "Grant", "MD", "oculoplastic_surgery", "peachtree", 2010, VERIFIED, (),
        "Oculoplastic surgeon: eyelid surgery, ptosis repair, under-eye treatment and eyelid "
        "skin cancer reconstruction. Eyes first, aesthetics second.",
    ),
    "bell": (
        "Marcus", "Bell", "MD, FACS", "oculoplastic_surgery", "peachtree", 2005, VERIFIED, (),
        "Ophthalmic plastic surgeon. I treat blepharospasm and hemifacial spasm with toxin as "
        "well as performing eyelid and orbital surgery.",
    ),
    "mitchell": (
        "Lauren", "Mitchell", "MD", "ophthalmology", "peachtree", 2015, VERIFIED, (),
        "Comprehensive ophthalmologist with a special interest in dry eye and in eye health "
        "before and after cosmetic eyelid procedures.",
    ),
    "nakamura": (
        "Ken", "Nakamura", "MD, FAAD", "dermatology", "elliott", 2008, VERIFIED, (),
        "Dermatologist in Seattle. Mohs surgery three days a week, cosmetic dermatology the "
        "other two. Sunscreen evangelist.",
    ),
    "donnelly": (
        "Claire", "Donnelly", "MD", "dermatology", "elliott", 2019, VERIFIED, (),
        "Dermatologist interested in chemical peels, melasma and acne scarring, and in "
        "explaining skin care without the marketing.",
    ),
    "feldman": (
        "Ruth", "Feldman", "MD", "neurology", "cherrycreek", 2000, VERIFIED, (),
        "Neurologist with fellowship training in headache medicine. I have treated chronic "
        "migraine with botulinum toxin since the 2010 approval and before that treated dystonia.",
    ),
    "pierce": (
        "Jonah", "Pierce", "MD", "neurology", "cherrycreek", 2012, VERIFIED, (),
        "Movement disorders neurologist. Most of my toxin work is cervical dystonia, "
        "blepharospasm and spasticity, using EMG and ultrasound guidance.",
    ),
    "desai": (
        "Maya", "Desai", "DO", "physical_medicine", "cherrycreek", 2014, VERIFIED, (),
        "Physiatrist (PM&R) treating spasticity after stroke, brain injury and MS, and "
        "helping patients combine toxin injections with stretching and therapy.",
    ),
    "ortiz": (
        "Steven", "Ortiz", "MD, FACS", "plastic_surgery", "camelback", 2004, VERIFIED,
        ("American Board of Surgery",),
        "Plastic surgeon practicing in Phoenix. Facelift, necklift and eyelid surgery, plus "
        "reconstructive work after skin cancer.",
    ),
    "lowe": (
        "Kristen", "Lowe", "MD", "plastic_surgery", "camelback", 2018, VERIFIED, (),
        "Plastic surgeon. I like the combination of a small surgery and sensible injectables "
        "more than one big operation.",
    ),
    "abramson": (
        "David", "Abramson", "MD", "neurology", "commonwealth", 1998, VERIFIED, (),
        "Neurologist specializing in movement disorders. I have run a dystonia clinic for "
        "many years and still find each neck different.",
    ),
    "kowalski": (
        "Irene", "Kowalski", "MD", "neurology", "commonwealth", 2010, VERIFIED, (),
        "Headache neurologist. Chronic migraine, medication-overuse headache and helping "
        "people get their days back.",
    ),
    "langford": (
        "Peter", "Langford", "MD", "physical_medicine", "commonwealth", 2009, VERIFIED, (),
        "Physical medicine and rehabilitation physician with a focus on spasticity and "
        "ultrasound-guided injections.",
    ),
    "jennings": (
        "Tara", "Jennings", "MD, FAAD", "dermatology", "queencity", 2006, VERIFIED, (),
        "Dermatologist in Charlotte. Skin cancer checks, acne, hyperhidrosis and cosmetic "
        "treatments, with a practice that sees many patients of color.",
    ),
    "holloway": (
        "Brian", "Holloway", "MD", "phlebology", "queencity", 2011, VERIFIED,
        ("American Board of Internal Medicine",),
        "Internist and phlebologist. Vein disease is my main work; I also offer neuromodulators "
        "and fillers to established patients.",
    ),
    "sutton": (
        "Emily", "Sutton", "MD", "internal_medicine", "queencity", 2020, PENDING, (),
        "Internist with an interest in preventive care and skin health.",
    ),
    "fitzgerald": (
        "Ryan", "Fitzgerald", "MD, FACS", "facial_plastic_surgery", "willamette", 2003,
        VERIFIED, (),
        "Facial plastic surgeon. Rhinoplasty and facial reconstruction are my core work; I "
        "also teach a course on avoiding filler complications.",
    ),
    "sorensen": (
        "Anna", "Sorensen", "MD", "facial_plastic_surgery", "willamette", 2017, VERIFIED, (),
        "Facial plastic surgeon who enjoys eyelid surgery and natural-looking injectables. "
        "Outside the clinic: trail running and too much coffee.",
    ),
    "huang": (
        "Victor", "Huang", "MD", "otolaryngology", "willamette", 2012, VERIFIED, (),
        "Otolaryngologist treating sinus and nasal airway problems, including septoplasty and "
        "functional rhinoplasty, and spasmodic dysphonia with toxin.",
    ),
    "marsh": (
        "Julia", "Marsh", "MD, FACS", "plastic_surgery", "brickell", 2010, VERIFIED, (),
        "Plastic surgeon. Breast and body surgery plus a busy injectable practice. I'd rather "
        "talk a patient out of a procedure than have them regret it.",
    ),
    "quinn": (
        "Owen", "Quinn", "MD, FAAD", "dermatology", "camelback", 2013, VERIFIED, (),
        "Dermatologist in the desert, so sun damage is a big part of the job. Chemical peels, "
        "lasers, skin cancer and conservative injectables.",
    ),
    "ramirez": (
        "Elena", "Ramirez", "MD", "family_medicine", "hydepark", 2016, VERIFIED, (),
        "Family physician with aesthetic training. I see many first-timers and like to start "
        "small and build from there.",
    ),
}

# The physicians who own a special role in the demo.
DEMO_DOCTOR = "whitfield"
DEMO_PENDING_DOCTOR = "hart"
DEMO_STAFF_PRACTICE = "madison"

# Cities patients give in their questions (besides the practice cities).
PATIENT_CITIES: list[str] = [
    "New York, NY", "Brooklyn, NY", "Philadelphia, PA", "Pittsburgh, PA", "Los Angeles, CA",
    "San Diego, CA", "San Francisco, CA", "Sacramento, CA", "Houston, TX", "Austin, TX",
    "Dallas, TX", "San Antonio, TX", "Miami, FL", "Tampa, FL", "Orlando, FL", "Chicago, IL",
    "Naperville, IL", "Atlanta, GA", "Savannah, GA", "Seattle, WA", "Tacoma, WA", "Denver, CO",
    "Boulder, CO", "Phoenix, AZ", "Scottsdale, AZ", "Tucson, AZ", "Boston, MA", "Worcester, MA",
    "Charlotte, NC", "Raleigh, NC", "Portland, OR", "Columbus, OH", "Nashville, TN",
    "Minneapolis, MN", "Salt Lake City, UT",
]

# Pseudonym parts for patients ("CedarWren-482" style).
NAME_WORDS_A: list[str] = [
    "Amber", "Aspen", "Birch", "Cedar", "Clover", "Coral", "Dune", "Ember", "Fern", "Frost",
    "Harbor", "Hazel", "Indigo", "Iris", "Juniper", "Linden", "Maple", "Meadow", "Misty", "Moss",
    "Opal", "Pine", "Quartz", "Rain", "River", "Rowan", "Sage", "Slate", "Sorrel", "Willow",
]
NAME_WORDS_B: list[str] = [
    "Finch", "Heron", "Otter", "Wren", "Lark", "Fox", "Owl", "Robin", "Sparrow", "Swift",
    "Marten", "Crane", "Kestrel", "Dove", "Plover", "Egret", "Tern", "Hare", "Lynx", "Badger",
    "Thrush", "Pika", "Seal", "Ibis", "Quail",
]
