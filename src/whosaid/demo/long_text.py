"""Long German articles for benchmarks and tests: varied, realistic paragraphs (statements, names, dates), made
by filling paragraph templates in the style of the demo article with names, places, numbers and cues."""

from __future__ import annotations

import random

PEOPLE = ["Karin Albers", "Jonas Petersen", "Thomas Reuter", "Miriam Okafor", "Stefan Lindqvist", "Aylin Demir",
          "Helga Brandt", "Piotr Nowak", "Lea Hoffmann", "Yusuf Kaya", "Greta Sommer", "Marco Bianchi"]
# a role in the form of the person's gender, as news writes it ("Landrätin Karin Albers", "Bürgermeister Jonas X")
ROLES = {True: ["Geschäftsführerin", "Verbandssprecherin", "Bürgermeisterin", "Landrätin", "Staatssekretärin",
                "Sprecherin", "Fraktionschefin", "Umweltministerin", "Gewerkschaftssekretärin", "Hafendirektorin"],
         False: ["Geschäftsführer", "Verbandssprecher", "Bürgermeister", "Landrat", "Staatssekretär", "Sprecher",
                 "Fraktionschef", "Umweltminister", "Gewerkschaftssekretär", "Hafendirektor"]}
ORGS = ["die Hafengesellschaft Nordstadt", "der Umweltverband Küstenschutz Nord", "das Umweltamt",
        "die Industrie- und Handelskammer", "die Gewerkschaft Verdi", "der Landkreis Friesland",
        "das Verkehrsministerium", "die Reederei Nordlicht"]
PLACES = ["Nordstadt", "Emden", "Wilhelmshaven", "Cuxhaven", "Bremerhaven", "Husum", "Leer", "Aurich"]
DAYS = ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "vergangene Woche",
        "Anfang März", "im Januar", "am 12. Februar", "Ende 2027"]
THINGS = ["den Ausbau des Containerhafens", "die Vertiefung der Fahrrinne", "den Bau der neuen Schleuse",
          "die Sanierung der Kaimauer", "das geplante Logistikzentrum", "die Verlegung der Bahntrasse"]
TEMPLATES = [
    "„Wir investieren {n} Millionen Euro und schaffen {m} neue Arbeitsplätze“, sagte {role} {person} {day} in "
    "{place}. Der Plan sei mit {org} abgestimmt, fügte {pronoun} hinzu.",
    "{Org} widersprach dieser Darstellung. {Org2} habe dem Projekt nie zugestimmt, erklärte {role} {person}. "
    "Das Vorhaben gefährde das Wattenmeer und koste mehr als {n} Millionen Euro.",
    "Laut einer Mitteilung des Umweltamts liegt bislang kein vollständiger Antrag für {thing} vor. Eine Sprecherin "
    "des Amtes bestätigte {day}, dass die Prüfung noch {m} Monate dauern werde.",
    "{Role} {person} forderte beide Seiten zu einem Gespräch auf. {Pronoun} kündigte an, {day} eine "
    "Bürgerversammlung in {place} einzuberufen. Man müsse die Sorgen der Anwohner ernst nehmen.",
    "{person} bestritt, dass {org} Gutachten zurückgehalten habe. „Das ist schlicht falsch“, sagte {pronoun} der "
    "Zeitung. Alle Unterlagen seien seit Wochen öffentlich einsehbar.",
    "Wie {org} mitteilte, arbeiten in {place} derzeit rund {m} Menschen im Hafen. {Role} {person} betonte "
    "{day}, ohne {thing} seien viele dieser Stellen in Gefahr.",
    "Der Stadtrat von {place} will {day} über {thing} abstimmen. Die Mehrheit gilt als unsicher, hieß es aus "
    "Fraktionskreisen. {person} sagte, {pronoun} rechne mit einer knappen Entscheidung.",
    "Kritiker verweisen auf ein Gutachten aus dem Jahr {year}. Darin heißt es, das Vorhaben könne den Salzgehalt der "
    "Ems um bis zu {n} Prozent erhöhen. {Org} nannte diese Zahlen {day} veraltet.",
]


def paragraph(rng: random.Random) -> str:
    person = rng.choice(PEOPLE)
    female = person.split()[0] in {"Karin", "Miriam", "Aylin", "Helga", "Lea", "Greta"}
    org, org2 = rng.sample(ORGS, 2)
    thing, day = rng.choice(THINGS), rng.choice(DAYS)
    return rng.choice(TEMPLATES).format(
        person=person, role=rng.choice(ROLES[female]), Role=rng.choice(ROLES[female]), org=org,
        Org=org[0].upper() + org[1:],
        Org2=org2[0].upper() + org2[1:], place=rng.choice(PLACES), day=day,
        thing=thing, n=rng.randint(2, 900), m=rng.randint(2, 2000),
        year=rng.randint(1998, 2024), pronoun="sie" if female else "er", Pronoun="Sie" if female else "Er")


def long_article(chars: int, seed: int = 0) -> str:
    """A German article of about `chars` characters (never fewer), paragraphs separated by blank lines."""
    rng = random.Random(seed)
    parts, size = ["Streit um den Ausbau des Hafens\n"], 0
    while size < chars:
        p = paragraph(rng) + "\n"
        parts.append(p)
        size += len(p) + 1
    return "\n".join(parts)
