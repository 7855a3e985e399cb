"""Bilingual reference content for evaluations: answer scales, impact dimensions, logistics tags,
the indicator catalogue, the facilitator's reflective review, vitality signals, the annual report
outline and the four survey templates.

French (fr-CA, inclusive writing) comes first, English second. The wording is ours; the structure
follows the domain extractions: `shared/domain/seed-000.md` §7 (nine reflective questions, logistics
tags, impact dimensions, process indicators, report layout), `seed-003.md` §7 (the three evaluation
blocks and the indicator catalogue by stage), `seed-001.md` §7 (end-of-meeting questionnaire,
annual evaluation content, vitality signals) and `seed-004.md` §7 (logbook, outcomes).

Scales. `likert4` items are first-person statements answered on LIKERT4 (agreement, no middle
point); `likert5` items ask « dans quelle mesure » and are answered on LIKERT5 (extent). Both always
offer NOT_APPLICABLE as an extra answer that is left out of every average and percentage. `scale10`
is a 0 to 10 rating. An `objective` question has no choices of its own: it lists the community's
objectives and takes one of OBJECTIVE_STATUSES for each.

Themes. A question's `theme` is "" or a key of IMPACT_DIMENSIONS or LOGISTICS_TAGS; answers and
testimonials are grouped by it in the results and in the annual report.

Vitality score. VITALITY_SIGNALS are the seven signs of a living, useful community. At each review
the facilitator marks every signal present or absent, and

    vitality_score = sum(signal["weight"] for signal in VITALITY_SIGNALS if signal is present)

which gives a whole number from 0 to 100 (the weights add up to 100). The platform may pre-mark a
signal from its data as a suggestion the facilitator confirms, e.g. `presence` when the
`attendance_rate` indicator is at least 60 %, `assiduity` when `regular_attendance` is at least
50 %, `feedback` when `survey_response_rate` is at least 50 % (thresholds are product choices, not
source figures). The other signals are judgements and are never pre-marked.

Stages. An indicator's `stages` says where it is most telling. Early stages (potential, coalescing)
are judged on implementation (evolution indicators), never on impact: effectiveness indicators are
not listed for them, so a young community is not flagged as unproductive.

Consent. `testimonial_consent` is optional: no answer means no consent.
"""

from typing import TypedDict


class Text(TypedDict):
    fr: str
    en: str


class Question(TypedDict):
    key: str
    kind: str
    text: Text
    choices: list[Text]
    required: bool
    theme: str


class SurveyTemplate(TypedDict):
    key: str
    title: Text
    intro: Text
    anonymous_default: bool
    questions: list[Question]


class ReviewQuestion(TypedDict):
    key: str
    text: Text
    two_columns: bool


class Indicator(TypedDict):
    key: str
    group: str
    title: Text
    definition: Text
    stages: list[str]


class VitalitySignal(TypedDict):
    key: str
    label: Text
    weight: int


QUESTION_KINDS: tuple[str, ...] = (
    "likert4",
    "likert5",
    "scale10",
    "single",
    "multiple",
    "short_text",
    "long_text",
    "objective",
)

STAGES: tuple[str, ...] = ("potential", "coalescing", "maturing", "stewardship", "transformation")

LIKERT4: list[Text] = [
    {"fr": "Pas du tout d'accord", "en": "Strongly disagree"},
    {"fr": "Plutôt en désaccord", "en": "Somewhat disagree"},
    {"fr": "Plutôt d'accord", "en": "Somewhat agree"},
    {"fr": "Tout à fait d'accord", "en": "Strongly agree"},
]

LIKERT5: list[Text] = [
    {"fr": "Pas du tout", "en": "Not at all"},
    {"fr": "Un peu", "en": "A little"},
    {"fr": "Moyennement", "en": "Moderately"},
    {"fr": "Beaucoup", "en": "A lot"},
    {"fr": "Tout à fait", "en": "Completely"},
]

NOT_APPLICABLE: Text = {"fr": "Ne s'applique pas", "en": "Not applicable"}

OBJECTIVE_STATUSES: dict[str, Text] = {
    "attained": {"fr": "Atteint", "en": "Attained"},
    "partly_attained": {"fr": "Partiellement atteint", "en": "Partly attained"},
    "not_attained": {"fr": "Non atteint", "en": "Not attained"},
}

IMPACT_DIMENSIONS: dict[str, Text] = {
    "isolation": {"fr": "Rompre l'isolement professionnel", "en": "Less professional isolation"},
    "networking": {"fr": "Ouverture et réseautage", "en": "Openness and networking"},
    "belonging": {"fr": "Sentiment d'appartenance", "en": "Sense of belonging"},
    "self_confidence": {
        "fr": "Confiance en soi grâce aux pair·e·s",
        "en": "Self-confidence gained through peers",
    },
    "competence": {
        "fr": "Compétences, outils et connaissances",
        "en": "Skills, tools and knowledge",
    },
    "shared_knowledge": {
        "fr": "Des savoirs accessibles à toutes et tous",
        "en": "Knowledge open to everyone",
    },
    "collective_intelligence": {"fr": "Intelligence collective", "en": "Collective intelligence"},
    "mutual_aid": {"fr": "Entraide", "en": "Mutual aid"},
    "strong_ties": {"fr": "Liens solides entre membres", "en": "Strong ties between members"},
    "support": {
        "fr": "Soutien et espace pour ventiler",
        "en": "Support and room to let off steam",
    },
    "new_ideas": {
        "fr": "Idées neuves et pistes concrètes",
        "en": "Fresh ideas and concrete leads",
    },
    "validation": {"fr": "Validation de sa pratique", "en": "Validation of one's practice"},
    "meaning": {"fr": "Sens donné au travail", "en": "Meaning in one's work"},
    "growth": {
        "fr": "Croissance individuelle et collective",
        "en": "Individual and collective growth",
    },
    "cohesion": {"fr": "Cohésion d'équipe", "en": "Team cohesion"},
    "collaborations": {"fr": "Collaborations concrètes", "en": "Concrete collaborations"},
    "breaking_silos": {
        "fr": "Décloisonnement et mise en commun",
        "en": "Breaking down silos and pooling",
    },
    "knowledge_transfer": {
        "fr": "Transmission aux collègues",
        "en": "Passing knowledge on to colleagues",
    },
    "empowerment": {
        "fr": "Réflexion collective et pouvoir d'agir",
        "en": "Collective reflection and power to act",
    },
    "local_issues": {
        "fr": "Compréhension des enjeux du territoire",
        "en": "Understanding of local issues",
    },
}

LOGISTICS_TAGS: dict[str, Text] = {
    "group_size": {"fr": "Nombre de personnes", "en": "Number of people"},
    "frequency": {"fr": "Fréquence", "en": "Frequency"},
    "interest_engagement": {"fr": "Intérêt et engagement", "en": "Interest and engagement"},
    "meeting_place": {
        "fr": "Lieu de rencontre (en salle ou en ligne)",
        "en": "Meeting place (in person or online)",
    },
    "tools_formula": {"fr": "Outils et formule", "en": "Tools and format"},
    "climate_facilitation": {"fr": "Climat et animation", "en": "Climate and facilitation"},
    "schedule": {"fr": "Jour et heure des rencontres", "en": "Meeting day and time"},
    "duration": {"fr": "Durée des rencontres", "en": "Meeting length"},
}

INDICATOR_GROUPS: dict[str, Text] = {
    "evolution": {
        "fr": "Suivre l'évolution de la communauté",
        "en": "Following the community's evolution",
    },
    "health": {
        "fr": "Mesurer la « santé » de la communauté de pratique",
        "en": "Measuring the community of practice's health",
    },
    "effectiveness": {
        "fr": "Mesurer l'efficacité de la communauté de pratique",
        "en": "Measuring the community of practice's effectiveness",
    },
}


INDICATORS: list[Indicator] = [
    # « Suivre l'évolution » : is the community being set up and run as planned?
    {
        "key": "meetings_held_vs_planned",
        "group": "evolution",
        "title": {"fr": "Rencontres tenues et prévues", "en": "Meetings held vs planned"},
        "definition": {
            "fr": (
                "Rencontres tenues pendant la période, divisées par les rencontres prévues au "
                "calendrier pour la même période. Les rencontres annulées et reportées sont "
                "comptées à part."
            ),
            "en": (
                "Meetings held in the period divided by the meetings scheduled for that period. "
                "Cancelled and postponed meetings are counted separately."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "meeting_hours",
        "group": "evolution",
        "title": {"fr": "Heures de rencontre", "en": "Meeting hours"},
        "definition": {
            "fr": (
                "Somme des durées des rencontres tenues (durée réelle si elle a été saisie, "
                "sinon celle de l'ordre du jour). Les heures-personnes multiplient chaque durée "
                "par le nombre de personnes présentes."
            ),
            "en": (
                "Total length of the meetings held (actual length when recorded, otherwise the "
                "agenda's). Person-hours multiply each length by the number of people present."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "topics_covered",
        "group": "evolution",
        "title": {"fr": "Sujets traités", "en": "Topics covered"},
        "definition": {
            "fr": (
                "Nombre de sujets différents traités dans les rencontres tenues, d'après les "
                "comptes rendus. Un sujet déjà traité plus tôt dans la période est signalé comme "
                "repris; les thèmes proposés mais pas encore traités restent dans la banque de "
                "thèmes."
            ),
            "en": (
                "Number of distinct topics covered in the meetings held, from the recaps. A topic "
                "already covered earlier in the period is flagged as repeated; topics proposed "
                "but not yet covered stay in the topic backlog."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "charter_coverage",
        "group": "evolution",
        "title": {"fr": "Couverture de la charte", "en": "Charter coverage"},
        "definition": {
            "fr": (
                "Part des membres actuel·le·s qui ont signé la version de la charte en vigueur. "
                "Une signature d'une version antérieure ne compte plus quand une nouvelle "
                "signature a été demandée."
            ),
            "en": (
                "Share of current members who signed the charter version in force. A signature "
                "of an earlier version no longer counts once a new signature has been requested."
            ),
        },
        "stages": ["potential", "coalescing", "maturing"],
    },
    {
        "key": "group_size",
        "group": "evolution",
        "title": {"fr": "Taille du groupe", "en": "Group size"},
        "definition": {
            "fr": (
                "Nombre de membres en fin de période, comparé à la taille conseillée pour le "
                "format : 5 à 7 pour un cercle ou un groupe de codéveloppement; au moins une "
                "dizaine, idéalement 20 à 50, pour une CdP thématique."
            ),
            "en": (
                "Number of members at the end of the period, compared with the advised size for "
                "the format: 5 to 7 for a circle or co-development group; at least about ten, "
                "ideally 20 to 50, for a thematic CoP."
            ),
        },
        "stages": ["potential", "coalescing"],
    },
    {
        "key": "stage_history",
        "group": "evolution",
        "title": {"fr": "Stades traversés", "en": "Stages gone through"},
        "definition": {
            "fr": (
                "Stades de développement enregistrés pendant la période, avec la date de chaque "
                "changement saisi par l'animation."
            ),
            "en": (
                "Development stages recorded during the period, with the date of each change "
                "entered by the facilitators."
            ),
        },
        "stages": ["potential", "coalescing", "maturing", "stewardship", "transformation"],
    },
    {
        "key": "logbook_entries",
        "group": "evolution",
        "title": {"fr": "Journal de bord", "en": "Logbook"},
        "definition": {
            "fr": (
                "Nombre d'entrées du journal de bord pendant la période, par catégorie : étape, "
                "difficulté, bénéfice, réflexion."
            ),
            "en": (
                "Number of logbook entries in the period, by category: milestone, difficulty, "
                "benefit, reflection."
            ),
        },
        "stages": ["potential", "coalescing", "maturing", "stewardship", "transformation"],
    },
    {
        "key": "sponsor_meetings",
        "group": "evolution",
        "title": {
            "fr": "Rencontres avec la marraine, le parrain ou la direction",
            "en": "Meetings with the sponsor or manager",
        },
        "definition": {
            "fr": (
                "Nombre de rencontres de suivi tenues entre l'animation et la marraine, le "
                "parrain ou la personne gestionnaire responsable de la communauté."
            ),
            "en": (
                "Number of follow-up meetings held between the facilitators and the community's "
                "sponsor or responsible manager."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship", "transformation"],
    },
    # « Mesurer la santé » : vitality (activity, interaction) and member satisfaction.
    {
        "key": "enrolled_vs_present",
        "group": "health",
        "title": {"fr": "Inscrit·e·s et présent·e·s", "en": "Enrolled vs present"},
        "definition": {
            "fr": (
                "Pour chaque rencontre tenue : nombre de membres inscrit·e·s à cette date et "
                "nombre de personnes présentes (en salle, en ligne, en retard ou parties plus "
                "tôt)."
            ),
            "en": (
                "For each meeting held: members enrolled on that date and people present (in "
                "the room, online, late or leaving early)."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "attendance_rate",
        "group": "health",
        "title": {"fr": "Taux de présence", "en": "Attendance rate"},
        "definition": {
            "fr": (
                "Total des présences divisé par le total des présences attendues (membres "
                "inscrit·e·s à la date de chaque rencontre), sur les rencontres tenues de la "
                "période. Une absence motivée reste une absence, mais elle est montrée à part."
            ),
            "en": (
                "Total attendances divided by expected attendances (members enrolled on the date "
                "of each meeting), over the meetings held in the period. An excused absence is "
                "still an absence, but it is shown separately."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "attendance_by_modality",
        "group": "health",
        "title": {"fr": "Présence selon le mode", "en": "Attendance by modality"},
        "definition": {
            "fr": (
                "Présences réparties entre « en salle » et « en ligne », et nombre de rencontres "
                "en présence dans les 12 derniers mois (au moins une par année est conseillée)."
            ),
            "en": (
                "Attendances split between in the room and online, and the number of in-person "
                "meetings in the last 12 months (at least one a year is advised)."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "late_or_early_departures",
        "group": "health",
        "title": {"fr": "Retards et départs hâtifs", "en": "Late arrivals and early departures"},
        "definition": {
            "fr": (
                "Part des présences marquées « retard » ou « départ hâtif ». Une hausse peut "
                "signaler un horaire qui ne convient pas."
            ),
            "en": (
                "Share of attendances marked late or left early. A rise may point to a schedule "
                "that does not suit."
            ),
        },
        "stages": ["maturing", "stewardship"],
    },
    {
        "key": "regular_attendance",
        "group": "health",
        "title": {"fr": "Assiduité", "en": "Regular attendance"},
        "definition": {
            "fr": (
                "Part des membres présent·e·s à au moins la moitié des rencontres tenues pendant "
                "leur période d'adhésion."
            ),
            "en": (
                "Share of members present at at least half of the meetings held while they were "
                "members."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "retention",
        "group": "health",
        "title": {"fr": "Rétention", "en": "Retention"},
        "definition": {
            "fr": (
                "Part des membres inscrit·e·s au début de la période qui le sont toujours à la fin."
            ),
            "en": (
                "Share of members enrolled at the start of the period who are still members at "
                "its end."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "dropouts",
        "group": "health",
        "title": {"fr": "Départs", "en": "Drop-outs"},
        "definition": {
            "fr": (
                "Nombre de membres qui ont quitté la communauté pendant la période, avec la "
                "raison donnée lorsqu'il y en a une. Les personnes absentes des trois dernières "
                "rencontres sans avis sont signalées à part, sans être comptées comme départs."
            ),
            "en": (
                "Number of members who left the community during the period, with the reason "
                "when one was given. People absent from the last three meetings without notice "
                "are flagged separately and not counted as drop-outs."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "tools_shared_facilitators_vs_members",
        "group": "health",
        "title": {
            "fr": "Outils partagés : animation et membres",
            "en": "Tools shared: facilitators vs members",
        },
        "definition": {
            "fr": (
                "Outils ajoutés à la boîte à outils de la communauté ou liés à un compte rendu "
                "pendant la période, répartis selon que la personne qui les a partagés avait un "
                "rôle d'animation ou était membre. Une part croissante venant des membres est "
                "bon signe."
            ),
            "en": (
                "Tools added to the community's toolbox or linked to a recap during the period, "
                "split by whether the person who shared them held a facilitation role or was a "
                "member. A growing share from members is a good sign."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "tool_downloads",
        "group": "health",
        "title": {"fr": "Téléchargements d'outils", "en": "Tool downloads"},
        "definition": {
            "fr": (
                "Nombre de téléchargements des outils de la communauté pendant la période, et "
                "nombre de membres différents qui en ont téléchargé au moins un. Consulter sans "
                "publier compte aussi comme participation."
            ),
            "en": (
                "Number of downloads of the community's tools in the period, and the number of "
                "different members who downloaded at least one. Reading without posting counts "
                "as participation too."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "followups_completed",
        "group": "health",
        "title": {"fr": "Suivis réalisés", "en": "Follow-ups completed"},
        "definition": {
            "fr": (
                "Part des suivis inscrits aux comptes rendus (avec une personne responsable et "
                "une échéance) marqués comme faits au plus tard à leur échéance."
            ),
            "en": (
                "Share of the follow-ups recorded in recaps (with an owner and a due date) marked "
                "as done by their due date."
            ),
        },
        "stages": ["maturing", "stewardship"],
    },
    {
        "key": "survey_response_rate",
        "group": "health",
        "title": {"fr": "Taux de réponse aux questionnaires", "en": "Survey response rate"},
        "definition": {
            "fr": (
                "Réponses reçues divisées par le nombre de personnes invitées à répondre, pour "
                "chaque questionnaire. Pour le questionnaire de fin de rencontre, les personnes "
                "invitées sont les personnes présentes."
            ),
            "en": (
                "Responses received divided by the number of people invited to answer, for each "
                "survey. For the end-of-meeting questionnaire, the people invited are those "
                "present."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship", "transformation"],
    },
    {
        "key": "meeting_satisfaction",
        "group": "health",
        "title": {"fr": "Satisfaction après les rencontres", "en": "Satisfaction after meetings"},
        "definition": {
            "fr": (
                "Moyenne sur 5 de la question d'utilité du questionnaire de fin de rencontre, "
                "rencontre par rencontre et pour la période."
            ),
            "en": (
                "Average out of 5 of the usefulness question of the end-of-meeting "
                "questionnaire, per meeting and for the period."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "needs_met",
        "group": "health",
        "title": {"fr": "Réponse aux besoins", "en": "Needs met"},
        "definition": {
            "fr": (
                "Part des personnes ayant répondu à l'évaluation annuelle qui estiment que la "
                "communauté répond « beaucoup » ou « tout à fait » à leurs besoins."
            ),
            "en": (
                "Share of annual evaluation respondents who say the community meets their needs "
                "“a lot” or “completely”."
            ),
        },
        "stages": ["maturing", "stewardship", "transformation"],
    },
    {
        "key": "overall_rating",
        "group": "health",
        "title": {"fr": "Appréciation globale", "en": "Overall rating"},
        "definition": {
            "fr": "Moyenne et médiane de la note sur 10 donnée dans l'évaluation annuelle.",
            "en": "Mean and median of the 0-10 rating given in the annual evaluation.",
        },
        "stages": ["maturing", "stewardship", "transformation"],
    },
    {
        "key": "difficulties_reported",
        "group": "health",
        "title": {"fr": "Difficultés rencontrées", "en": "Difficulties reported"},
        "definition": {
            "fr": (
                "Difficultés cochées dans l'évaluation annuelle, de la plus fréquente à la moins "
                "fréquente, avec le nombre de personnes qui les signalent."
            ),
            "en": (
                "Difficulties ticked in the annual evaluation, from most to least frequent, with "
                "the number of people reporting each."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
    },
    {
        "key": "vitality_score",
        "group": "health",
        "title": {"fr": "Score de vitalité", "en": "Vitality score"},
        "definition": {
            "fr": (
                "Somme des poids des signes de vitalité jugés présents lors de la dernière "
                "revue, sur 100."
            ),
            "en": (
                "Sum of the weights of the vitality signs judged present at the last review, "
                "out of 100."
            ),
        },
        "stages": ["maturing", "stewardship", "transformation"],
    },
    # « Mesurer l'efficacité » : objectives, learning, value created.
    {
        "key": "objectives_attained",
        "group": "effectiveness",
        "title": {"fr": "Atteinte des objectifs", "en": "Objectives attained"},
        "definition": {
            "fr": (
                "Nombre d'objectifs de la communauté par statut (atteint, partiellement atteint, "
                "non atteint) à leur dernière révision. La part « atteint » ou « partiellement "
                "atteint » est mise en évidence."
            ),
            "en": (
                "Number of the community's objectives by status (attained, partly attained, not "
                "attained) at their latest review. The share attained or partly attained is "
                "highlighted."
            ),
        },
        "stages": ["maturing", "stewardship", "transformation"],
    },
    {
        "key": "impact_by_dimension",
        "group": "effectiveness",
        "title": {"fr": "Retombées par dimension", "en": "Outcomes by dimension"},
        "definition": {
            "fr": (
                "Pour chaque dimension de retombées, part des personnes « plutôt » ou « tout à "
                "fait d'accord » dans l'évaluation annuelle, sans compter les réponses « ne "
                "s'applique pas »."
            ),
            "en": (
                "For each outcome dimension, share of annual evaluation respondents who "
                "somewhat or strongly agree, leaving out “not applicable” answers."
            ),
        },
        "stages": ["stewardship", "transformation"],
    },
    {
        "key": "practice_changes",
        "group": "effectiveness",
        "title": {
            "fr": "Apprentissages et changements de pratique",
            "en": "Learning and changes in practice",
        },
        "definition": {
            "fr": (
                "Nombre de réponses décrivant un apprentissage, une adaptation de la pratique ou "
                "un problème résolu grâce à la communauté, avec une sélection de citations."
            ),
            "en": (
                "Number of answers describing something learned, a change in practice or a "
                "problem solved thanks to the community, with a selection of quotes."
            ),
        },
        "stages": ["stewardship", "transformation"],
    },
    {
        "key": "joint_projects_initiatives",
        "group": "effectiveness",
        "title": {"fr": "Projets communs et initiatives", "en": "Joint projects and initiatives"},
        "definition": {
            "fr": (
                "Projets communs et initiatives nés de la communauté, déclarés par les membres "
                "ou notés au journal de bord, y compris ceux qui se déroulent hors des "
                "rencontres."
            ),
            "en": (
                "Joint projects and initiatives born of the community, reported by members or "
                "noted in the logbook, including those happening outside meetings."
            ),
        },
        "stages": ["stewardship", "transformation"],
    },
    {
        "key": "collective_productions",
        "group": "effectiveness",
        "title": {"fr": "Productions collectives", "en": "Collective productions"},
        "definition": {
            "fr": (
                "Outils créés par la communauté ou adaptés à partir d'un outil existant, publiés "
                "pendant la période."
            ),
            "en": (
                "Tools created by the community or adapted from an existing tool, published "
                "during the period."
            ),
        },
        "stages": ["stewardship", "transformation"],
    },
    {
        "key": "testimonials_collected",
        "group": "effectiveness",
        "title": {"fr": "Témoignages recueillis", "en": "Testimonials collected"},
        "definition": {
            "fr": (
                "Témoignages reçus et, parmi eux, ceux dont la personne a autorisé la publication."
            ),
            "en": "Testimonials received and, among them, those the person agreed to publish.",
        },
        "stages": ["stewardship", "transformation"],
    },
]


FACILITATOR_REVIEW: list[ReviewQuestion] = [
    {
        "key": "objectives",
        "text": {
            "fr": (
                "Quels objectifs la communauté s'était-elle donnés au départ, et dans quelle "
                "mesure les a-t-elle atteints selon vous?"
            ),
            "en": (
                "What objectives did the community set itself at the start, and how far do you "
                "think it reached them?"
            ),
        },
        "two_columns": False,
    },
    {
        "key": "formula",
        "text": {
            "fr": (
                "Comment décririez-vous la formule et l'organisation que vous avez mises à l'essai?"
            ),
            "en": "How would you describe the format and structure you tried out?",
        },
        "two_columns": False,
    },
    {
        "key": "model_choice",
        "text": {
            "fr": "Comment en êtes-vous venu·e·s à choisir ce modèle?",
            "en": "How did this model come to be chosen?",
        },
        "two_columns": False,
    },
    {
        "key": "advantages_drawbacks",
        "text": {
            "fr": "Quels ont été les points forts et les limites de cette formule?",
            "en": "What were the strengths and the limits of this format?",
        },
        "two_columns": True,
    },
    {
        "key": "themes",
        "text": {
            "fr": (
                "Qui a choisi les thèmes, et comment? De quelle façon les avez-vous abordés "
                "pendant les rencontres?"
            ),
            "en": "Who chose the themes, and how? How did you take them up during meetings?",
        },
        "two_columns": False,
    },
    {
        "key": "tools_sharing",
        "text": {
            "fr": (
                "Quels outils avez-vous employés, et comment l'information et les outils "
                "ont-ils circulé?"
            ),
            "en": "Which tools did you use, and how did information and tools circulate?",
        },
        "two_columns": False,
    },
    {
        "key": "engagement",
        "text": {
            "fr": "Qu'est-ce qui a soutenu ou freiné l'engagement des participant·e·s?",
            "en": "What supported or held back participants' engagement?",
        },
        "two_columns": True,
    },
    {
        "key": "cohesion",
        "text": {
            "fr": "Qu'est-ce qui a soutenu ou freiné la cohésion du groupe?",
            "en": "What supported or held back the group's cohesion?",
        },
        "two_columns": True,
    },
    {
        "key": "landing",
        "text": {
            "fr": (
                "Par quels moyens avez-vous « atterri », à la fin des rencontres et à la fin de "
                "la démarche?"
            ),
            "en": "How did you “land”, at the end of each meeting and at the end of the journey?",
        },
        "two_columns": False,
    },
]


VITALITY_SIGNALS: list[VitalitySignal] = [
    {
        "key": "presence",
        "label": {"fr": "Les membres viennent aux rencontres", "en": "Members come to meetings"},
        "weight": 15,
    },
    {
        "key": "assiduity",
        "label": {
            "fr": "Assiduité : les mêmes personnes reviennent",
            "en": "Regularity: the same people keep coming back",
        },
        "weight": 15,
    },
    {
        "key": "participation_quality",
        "label": {"fr": "Qualité de la participation", "en": "Quality of participation"},
        "weight": 15,
    },
    {
        "key": "engagement_quality",
        "label": {"fr": "Qualité de l'engagement", "en": "Quality of engagement"},
        "weight": 15,
    },
    {
        "key": "feedback",
        "label": {
            "fr": "Les membres font part de leurs commentaires",
            "en": "Members share their feedback",
        },
        "weight": 10,
    },
    {
        "key": "trust",
        "label": {
            "fr": "La confiance grandit entre les membres",
            "en": "Trust grows between members",
        },
        "weight": 15,
    },
    {
        "key": "problem_solving",
        "label": {
            "fr": "Le groupe trouve des solutions et fait avancer les idées",
            "en": "The group finds solutions and moves ideas forward",
        },
        "weight": 15,
    },
]


REPORT_SECTIONS: list[Text] = [
    {"fr": "Fiche synthèse de la communauté", "en": "Community summary card"},
    {"fr": "Objectifs et leur atteinte", "en": "Objectives and their attainment"},
    {
        "fr": "Suivre l'évolution : stade, rencontres tenues et journal de bord",
        "en": "Following the evolution: stage, meetings held and logbook",
    },
    {"fr": "Présence et assiduité", "en": "Attendance and regularity"},
    {
        "fr": "Santé de la communauté : vitalité et satisfaction des membres",
        "en": "Community health: vitality and member satisfaction",
    },
    {"fr": "Qualité de la participation", "en": "Quality of participation"},
    {
        "fr": "Qualité de l'animation et de l'accompagnement",
        "en": "Quality of facilitation and support",
    },
    {
        "fr": "Efficacité : retombées pour les membres et les organismes",
        "en": "Effectiveness: outcomes for members and organisations",
    },
    {
        "fr": "Projets communs et initiatives nés de la communauté",
        "en": "Joint projects and initiatives born of the community",
    },
    {"fr": "Outils et productions partagés", "en": "Tools and productions shared"},
    {"fr": "Regards réflexifs de l'animation", "en": "Facilitators' reflective review"},
    {
        "fr": "Regards des participant·e·s et témoignages par thème",
        "en": "Participants' views and testimonials by theme",
    },
    {
        "fr": "Apprentissages et prochaines étapes : poursuivre ou changer?",
        "en": "Lessons and next steps: continue or change?",
    },
    {"fr": "Méthodes et limites de l'évaluation", "en": "Evaluation methods and limits"},
]


def _question(
    key: str,
    kind: str,
    fr: str,
    en: str,
    *,
    choices: list[Text] | None = None,
    required: bool = False,
    theme: str = "",
) -> Question:
    return {
        "key": key,
        "kind": kind,
        "text": {"fr": fr, "en": en},
        "choices": [{"fr": c["fr"], "en": c["en"]} for c in choices or []],
        "required": required,
        "theme": theme,
    }


_YES_NO: list[Text] = [{"fr": "Oui", "en": "Yes"}, {"fr": "Non", "en": "No"}]

# One first-person statement per impact dimension, answered on LIKERT4.
_IMPACT_STATEMENTS: dict[str, Text] = {
    "isolation": {
        "fr": "Je me sens moins seul·e face aux défis de mon travail.",
        "en": "I feel less alone with the challenges of my work.",
    },
    "networking": {
        "fr": "J'ai élargi mon réseau de contacts utiles à mon travail.",
        "en": "I have widened my network of contacts useful to my work.",
    },
    "belonging": {
        "fr": "Je sens que je fais partie de cette communauté.",
        "en": "I feel I am part of this community.",
    },
    "self_confidence": {
        "fr": "Les échanges avec mes pair·e·s m'ont donné confiance en mes capacités.",
        "en": "Exchanges with my peers have given me confidence in my abilities.",
    },
    "competence": {
        "fr": "Je me sens plus compétent·e et mieux outillé·e dans ma pratique.",
        "en": "I feel more skilled and better equipped in my practice.",
    },
    "shared_knowledge": {
        "fr": "Le savoir de chaque personne, quel que soit son rôle, a été reconnu et partagé.",
        "en": "Everyone's knowledge, whatever their role, was recognised and shared.",
    },
    "collective_intelligence": {
        "fr": (
            "Ensemble, nous avons trouvé des réponses qu'aucune personne n'aurait trouvées seule."
        ),
        "en": "Together we found answers that no one would have found alone.",
    },
    "mutual_aid": {
        "fr": "J'ai pu aider d'autres membres et recevoir de l'aide en retour.",
        "en": "I was able to help other members and get help in return.",
    },
    "strong_ties": {
        "fr": "J'ai tissé des liens durables avec d'autres membres.",
        "en": "I have built lasting ties with other members.",
    },
    "support": {
        "fr": "J'ai trouvé un espace pour déposer mes difficultés et me sentir soutenu·e.",
        "en": "I found a place to set down my difficulties and feel supported.",
    },
    "new_ideas": {
        "fr": "Je repars avec des idées neuves ou des pistes concrètes.",
        "en": "I leave with fresh ideas or concrete leads.",
    },
    "validation": {
        "fr": "Les échanges m'ont permis de confirmer que mes façons de faire sont pertinentes.",
        "en": "The exchanges confirmed that my ways of working are sound.",
    },
    "meaning": {
        "fr": "La communauté m'aide à donner du sens à mon travail.",
        "en": "The community helps me find meaning in my work.",
    },
    "growth": {
        "fr": "Ma participation m'a fait grandir, personnellement et avec mon groupe.",
        "en": "Taking part has helped me grow, personally and with my group.",
    },
    "cohesion": {
        "fr": "La communauté a renforcé la cohésion de mon équipe.",
        "en": "The community has strengthened my team's cohesion.",
    },
    "collaborations": {
        "fr": "Des collaborations concrètes sont nées ou se sont renforcées grâce à la communauté.",
        "en": "Concrete collaborations started or grew stronger thanks to the community.",
    },
    "breaking_silos": {
        "fr": "La communauté a rapproché des milieux qui travaillaient chacun de leur côté.",
        "en": "The community brought together settings that used to work apart.",
    },
    "knowledge_transfer": {
        "fr": "J'ai transmis à mes collègues ce que j'ai appris ici.",
        "en": "I have passed on to my colleagues what I learned here.",
    },
    "empowerment": {
        "fr": "Nos échanges ont renforcé notre capacité à agir sur nos réalités.",
        "en": "Our exchanges have strengthened our ability to act on our realities.",
    },
    "local_issues": {
        "fr": "Je comprends mieux les enjeux de mon quartier ou de ma région.",
        "en": "I better understand the issues of my neighbourhood or region.",
    },
}

# One first-person statement per logistics tag, answered on LIKERT4.
_LOGISTICS_STATEMENTS: dict[str, Text] = {
    "group_size": {
        "fr": "La taille du groupe permettait à chaque personne de participer.",
        "en": "The size of the group let everyone take part.",
    },
    "frequency": {
        "fr": "La fréquence des rencontres me convenait.",
        "en": "How often we met suited me.",
    },
    "interest_engagement": {
        "fr": "Les sujets abordés ont soutenu mon intérêt et mon engagement.",
        "en": "The topics covered kept up my interest and engagement.",
    },
    "meeting_place": {
        "fr": "Le lieu de rencontre, en salle ou en ligne, convenait bien.",
        "en": "The meeting place, in person or online, worked well.",
    },
    "tools_formula": {
        "fr": "La formule et les outils proposés étaient adaptés à nos besoins.",
        "en": "The format and tools offered fitted our needs.",
    },
    "climate_facilitation": {
        "fr": "Le climat et l'animation favorisaient la participation de toutes et tous.",
        "en": "The climate and facilitation encouraged everyone to take part.",
    },
    "schedule": {
        "fr": "Le jour et l'heure des rencontres me convenaient.",
        "en": "The meeting day and time suited me.",
    },
    "duration": {
        "fr": "La durée des rencontres était appropriée.",
        "en": "The length of the meetings was right.",
    },
}


END_OF_MEETING: SurveyTemplate = {
    "key": "end_of_meeting",
    "title": {"fr": "Questionnaire de fin de rencontre", "en": "End-of-meeting questionnaire"},
    "intro": {
        "fr": "Cinq minutes, avant de partir : vos réponses orientent les prochaines rencontres.",
        "en": "Five minutes, before you leave: your answers shape the next meetings.",
    },
    "anonymous_default": True,
    "questions": [
        _question(
            "usefulness",
            "likert5",
            "Dans quelle mesure cette rencontre vous a-t-elle été utile?",
            "How useful was this meeting to you?",
            required=True,
        ),
        _question(
            "learned",
            "short_text",
            "Appris : une chose que je retiens d'aujourd'hui.",
            "Learned: one thing I take away from today.",
        ),
        _question(
            "appreciated",
            "short_text",
            "Apprécié : ce qui m'a plu dans cette rencontre.",
            "Appreciated: what I liked about this meeting.",
        ),
        _question(
            "apply",
            "short_text",
            "Appliquer : ce que je compte mettre en pratique.",
            "Apply: what I intend to put into practice.",
        ),
        _question(
            "next_topic",
            "short_text",
            "Un sujet ou une suggestion pour la prochaine fois?",
            "A topic or a suggestion for next time?",
        ),
    ],
}

PARTICIPATION_REVIEW: SurveyTemplate = {
    "key": "participation_review",
    "title": {
        "fr": "Regard réflexif sur ma participation",
        "en": "Looking back on taking part",
    },
    "intro": {
        "fr": (
            "Un regard sur votre expérience dans la communauté : ce qu'elle vous a apporté et ce "
            "qui pourrait être amélioré. Répondez librement, sans chercher la bonne réponse."
        ),
        "en": (
            "A look back at your experience in the community: what it gave you and what could "
            "be improved. Answer freely; there is no right answer."
        ),
    },
    "anonymous_default": True,
    "questions": [
        _question(
            "reason_for_joining",
            "long_text",
            "Qu'est-ce qui vous a amené·e à participer à cette communauté?",
            "What led you to take part in this community?",
        ),
        _question(
            "format_fit",
            "likert5",
            "Dans quelle mesure la formule correspondait-elle à ce que vous attendiez?",
            "How far did the format match what you expected?",
            theme="tools_formula",
        ),
        _question(
            "most_appreciated",
            "long_text",
            "Qu'avez-vous le plus apprécié dans votre participation?",
            "What did you value most about taking part?",
        ),
        _question(
            "learned",
            "long_text",
            "Qu'avez-vous appris, sur votre pratique ou sur vous-même?",
            "What did you learn, about your practice or about yourself?",
            theme="competence",
        ),
        _question(
            "take_away",
            "long_text",
            "Que comptez-vous réinvestir dans votre travail ou partager avec vos collègues?",
            "What will you bring back to your work or share with your colleagues?",
            theme="knowledge_transfer",
        ),
        _question(
            "felt_safe",
            "likert4",
            "Je me suis senti·e libre de parler de mes difficultés sans crainte d'être jugé·e.",
            "I felt free to talk about my difficulties without fear of being judged.",
            theme="climate_facilitation",
        ),
        _question(
            "tools_useful",
            "likert4",
            "Les outils et les traces écrites reçus m'ont été utiles.",
            "The tools and written records I received were useful to me.",
            theme="tools_formula",
        ),
        _question(
            "own_engagement",
            "long_text",
            "Qu'est-ce qui a facilité ou compliqué votre propre participation?",
            "What made your own participation easier or harder?",
            theme="interest_engagement",
        ),
        _question(
            "logistics_comments",
            "long_text",
            (
                "Avez-vous des remarques ou des idées sur l'organisation pratique : taille du "
                "groupe, fréquence, lieu, horaire, durée?"
            ),
            (
                "Do you have remarks or ideas about practical arrangements: group size, "
                "frequency, place, schedule, length?"
            ),
        ),
        _question(
            "overall_rating",
            "scale10",
            "De 0 à 10, quelle note donnez-vous à votre expérience?",
            "From 0 to 10, how would you rate your experience?",
        ),
    ],
}

FACILITATION_REVIEW: SurveyTemplate = {
    "key": "facilitation_review",
    "title": {
        "fr": "Regard réflexif sur l'organisation et l'animation",
        "en": "Looking back on organising and facilitating",
    },
    "intro": {
        "fr": (
            "Pour les personnes qui ont animé ou organisé la communauté. Répondez seul·e ou à "
            "plusieurs; vos réponses nourrissent le rapport d'évaluation annuelle."
        ),
        "en": (
            "For the people who facilitated or organised the community. Answer alone or "
            "together; your answers feed the annual evaluation report."
        ),
    },
    "anonymous_default": False,
    "questions": [
        _question(
            "objectives_status",
            "objective",
            "Pour chaque objectif de départ, indiquez s'il a été atteint selon vous.",
            "For each initial objective, say whether you think it was attained.",
            required=True,
        ),
        _question(
            "objectives",
            "long_text",
            (
                "Quels objectifs vous étiez-vous donnés au départ, et qu'est-ce qui explique "
                "qu'ils aient été atteints ou non?"
            ),
            (
                "Which objectives had you set at the start, and what explains whether they were "
                "reached?"
            ),
        ),
        _question(
            "formula",
            "long_text",
            "Comment décririez-vous la formule et l'organisation que vous avez mises à l'essai?",
            "How would you describe the format and structure you tried out?",
        ),
        _question(
            "model_choice",
            "long_text",
            "Comment en êtes-vous venu·e·s à choisir ce modèle?",
            "How did this model come to be chosen?",
        ),
        _question(
            "advantages",
            "long_text",
            "Quels ont été les points forts de cette formule?",
            "What were the strengths of this format?",
        ),
        _question(
            "drawbacks",
            "long_text",
            "Quelles ont été les limites de cette formule?",
            "What were the limits of this format?",
        ),
        _question(
            "themes",
            "long_text",
            (
                "Qui a choisi les thèmes, et comment? De quelle façon les avez-vous abordés "
                "pendant les rencontres?"
            ),
            "Who chose the themes, and how? How did you take them up during meetings?",
        ),
        _question(
            "tools_sharing",
            "long_text",
            (
                "Quels outils avez-vous employés, et comment l'information et les "
                "outils ont-ils circulé?"
            ),
            "Which tools did you use, and how did information and tools circulate?",
            theme="tools_formula",
        ),
        _question(
            "engagement_favourable",
            "long_text",
            "Qu'est-ce qui a soutenu l'engagement des participant·e·s?",
            "What supported participants' engagement?",
            theme="interest_engagement",
        ),
        _question(
            "engagement_unfavourable",
            "long_text",
            "Qu'est-ce qui a freiné l'engagement des participant·e·s?",
            "What held back participants' engagement?",
            theme="interest_engagement",
        ),
        _question(
            "cohesion_favourable",
            "long_text",
            "Qu'est-ce qui a soutenu la cohésion du groupe?",
            "What supported the group's cohesion?",
            theme="climate_facilitation",
        ),
        _question(
            "cohesion_unfavourable",
            "long_text",
            "Qu'est-ce qui a nui à la cohésion du groupe?",
            "What got in the way of the group's cohesion?",
            theme="climate_facilitation",
        ),
        _question(
            "landing",
            "long_text",
            (
                "Par quels moyens avez-vous « atterri », à la fin des rencontres et à la fin de "
                "la démarche?"
            ),
            "How did you “land”, at the end of each meeting and at the end of the journey?",
        ),
        _question(
            "next_time",
            "long_text",
            "Que feriez-vous autrement la prochaine fois?",
            "What would you do differently next time?",
        ),
    ],
}

ANNUAL_EVALUATION: SurveyTemplate = {
    "key": "annual_evaluation",
    "title": {"fr": "Évaluation annuelle de la communauté", "en": "Annual community evaluation"},
    "intro": {
        "fr": (
            "Une quinzaine de minutes pour faire le bilan de l'année : ce que la communauté vous "
            "a apporté, ce qui a bien fonctionné et ce qu'il faudrait ajuster. Les résultats "
            "seront partagés avec tous les membres."
        ),
        "en": (
            "About fifteen minutes to review the year: what the community brought you, what "
            "worked well and what should change. The results will be shared with all members."
        ),
    },
    "anonymous_default": True,
    "questions": [
        _question(
            "overall_rating",
            "scale10",
            "De 0 à 10, quelle note donnez-vous à la communauté pour cette année?",
            "From 0 to 10, how would you rate the community this year?",
            required=True,
        ),
        _question(
            "needs_met",
            "likert5",
            "Cette année, à quel point la communauté a-t-elle comblé vos besoins?",
            "This year, how well did the community meet your needs?",
            required=True,
        ),
        _question(
            "objectives_attainment",
            "objective",
            "Pour chaque objectif de la communauté, indiquez s'il a été atteint selon vous.",
            "For each of the community's objectives, say whether you think it was attained.",
        ),
        *[
            _question(f"impact_{key}", "likert4", text["fr"], text["en"], theme=key)
            for key, text in _IMPACT_STATEMENTS.items()
        ],
        *[
            _question(f"logistics_{key}", "likert4", text["fr"], text["en"], theme=key)
            for key, text in _LOGISTICS_STATEMENTS.items()
        ],
        _question(
            "participation_quality",
            "likert5",
            "Dans quelle mesure les échanges ont-ils été riches et équilibrés entre les membres?",
            "How rich and balanced were the exchanges between members?",
        ),
        _question(
            "logistics_suggestions",
            "long_text",
            "Avez-vous des remarques ou des idées sur l'organisation pratique des rencontres?",
            "Do you have remarks or ideas about how the meetings were organised?",
        ),
        _question(
            "useful_activities",
            "multiple",
            "Quelles activités vous ont été les plus utiles?",
            "Which activities were most useful to you?",
            choices=[
                {
                    "fr": "Les échanges sur des situations vécues",
                    "en": "Discussing real situations",
                },
                {
                    "fr": "Les capsules de contenu et les formations",
                    "en": "Content segments and trainings",
                },
                {"fr": "Les outils et les documents partagés", "en": "Shared tools and documents"},
                {
                    "fr": "Les moments pour faire connaissance",
                    "en": "Time to get to know each other",
                },
                {"fr": "Le travail en sous-groupes", "en": "Small-group work"},
                {
                    "fr": "Les comptes rendus et les traces écrites",
                    "en": "Recaps and written records",
                },
                {"fr": "Les suivis entre les rencontres", "en": "Follow-ups between meetings"},
            ],
        ),
        _question(
            "difficulties",
            "multiple",
            "Qu'est-ce qui a rendu votre participation difficile?",
            "What made taking part difficult for you?",
            choices=[
                {
                    "fr": "Manque de temps ou surcharge de travail",
                    "en": "Lack of time or heavy workload",
                },
                {"fr": "Jour ou heure des rencontres", "en": "Meeting day or time"},
                {"fr": "Distance ou déplacements", "en": "Distance or travel"},
                {
                    "fr": "Difficultés techniques (connexion, équipement)",
                    "en": "Technical difficulties (connection, equipment)",
                },
                {"fr": "Sujets éloignés de ma réalité", "en": "Topics far from my reality"},
                {
                    "fr": "Malaise à prendre la parole en groupe",
                    "en": "Unease speaking in the group",
                },
                {
                    "fr": "Composition du groupe qui change souvent",
                    "en": "Group membership changing often",
                },
                {"fr": "Aucune difficulté particulière", "en": "No particular difficulty"},
            ],
        ),
        _question(
            "practice_changes",
            "long_text",
            (
                "Depuis que vous participez, qu'avez-vous modifié dans votre façon de travailler? "
                "Le groupe vous a-t-il aidé·e à dénouer une situation?"
            ),
            (
                "Since you joined, what have you changed in the way you work? Did the group help "
                "you untangle a situation?"
            ),
            theme="competence",
        ),
        _question(
            "outcomes",
            "long_text",
            (
                "Quels effets, prévus ou inattendus, votre participation a-t-elle eus pour vous "
                "ou pour votre organisme?"
            ),
            (
                "What effects, planned or unexpected, has taking part had for you or your "
                "organisation?"
            ),
        ),
        _question(
            "joint_projects",
            "long_text",
            (
                "Des projets communs ou de nouvelles initiatives sont-ils nés de la "
                "communauté? Lesquels?"
            ),
            "Did joint projects or new initiatives grow out of the community? Which ones?",
            theme="collaborations",
        ),
        _question(
            "next_themes",
            "long_text",
            "Quels sujets voudriez-vous voir au programme l'an prochain?",
            "Which topics would you like on the programme next year?",
        ),
        _question(
            "improvements",
            "long_text",
            "Que faudrait-il changer pour que la communauté vous soit encore plus utile?",
            "What should change to make the community even more useful to you?",
        ),
        _question(
            "continue",
            "single",
            "Souhaitez-vous poursuivre l'an prochain?",
            "Would you like to carry on next year?",
            choices=[
                {"fr": "Oui", "en": "Yes"},
                {
                    "fr": "Peut-être, selon les changements apportés",
                    "en": "Maybe, depending on changes",
                },
                {"fr": "Non", "en": "No"},
            ],
        ),
        _question(
            "testimonial",
            "long_text",
            (
                "En quelques phrases, que diriez-vous de la communauté à une "
                "personne qui hésite à s'y joindre?"
            ),
            "In a few sentences, what would you tell someone hesitating to join the community?",
        ),
        _question(
            "testimonial_consent",
            "single",
            (
                "Acceptez-vous que votre témoignage soit cité sans votre nom dans le rapport "
                "d'évaluation et les communications de l'organisme (recrutement, reddition de "
                "comptes)?"
            ),
            (
                "Do you agree that your testimonial may be quoted without your name in the "
                "evaluation report and the organisation's communications (recruitment, "
                "accountability)?"
            ),
            choices=_YES_NO,
        ),
    ],
}

SURVEY_TEMPLATES: list[SurveyTemplate] = [
    PARTICIPATION_REVIEW,
    FACILITATION_REVIEW,
    END_OF_MEETING,
    ANNUAL_EVALUATION,
]
