"""Bilingual reference content for meetings: block kinds, agenda templates per format, and the
prompts a facilitator needs at launch time or when attendance falls.

French (fr-CA, inclusive writing) comes first, English second. The wording is ours; the structures,
durations and rituals follow the domain extractions (`shared/domain/seed-000.md` §3-§4 for the five
piloted formats, `seed-001.md` §4 for « mettre la table », the synthesis, the 5-minute questionnaire
and the attendance-drop diagnostic). Nothing here imports Django: the data is loaded into models by
the seeding code and read as-is by tests.

Conventions:

- every agenda's `total_minutes` equals the sum of its blocks' `minutes`;
- a block's `tool_slug` is "" or the slug of a platform toolbox sheet;
- the six co-development steps follow the usual Payette & Champagne sequence; the source names only
  the sixth (the reflexive return with the « 3A »), so the wording of steps 1 to 5 is ours.
"""

from typing import TypedDict


class Text(TypedDict):
    fr: str
    en: str


class Block(TypedDict):
    kind: str
    title: Text
    minutes: int
    notes: Text
    tool_slug: str


class AgendaTemplate(TypedDict):
    key: str
    format: str
    title: Text
    total_minutes: int
    blocks: list[Block]


FORMATS: tuple[str, ...] = (
    "learning_circle",
    "codevelopment",
    "thematic",
    "peer_training",
    "appreciative_consultation",
    "tailor_made",
)

TOOL_SLUGS: tuple[str, ...] = (
    "mood-check",
    "tour-de-table",
    "setting-the-table",
    "closing-3a",
    "end-of-meeting-questionnaire",
    "codevelopment-preparation",
    "appreciative-consultation-group",
    "collective-ideation",
    "shared-values-and-framework",
)

BLOCK_KINDS: dict[str, Text] = {
    "welcome": {"fr": "Accueil", "en": "Welcome"},
    "mood_check": {"fr": "Météo du groupe (jauge d'humeur)", "en": "Mood check"},
    "get_to_know": {"fr": "Faire connaissance", "en": "Getting to know each other"},
    "set_the_table": {"fr": "Mettre la table", "en": "Setting the table"},
    "round_table": {"fr": "Tour de table", "en": "Round table"},
    "discussion": {"fr": "Discussion", "en": "Discussion"},
    "subgroups": {"fr": "Travail en sous-groupes", "en": "Small-group work"},
    "content": {"fr": "Capsule de contenu", "en": "Content segment"},
    "codev_step": {"fr": "Étape de codéveloppement", "en": "Co-development step"},
    "synthesis": {"fr": "Synthèse", "en": "Synthesis"},
    "closing_3a": {
        "fr": "Clôture 3A : appris, apprécié, appliquer",
        "en": "3A closing: learned, appreciated, apply",
    },
    "questionnaire": {
        "fr": "Questionnaire de fin de rencontre",
        "en": "End-of-meeting questionnaire",
    },
    "break": {"fr": "Pause", "en": "Break"},
    "other": {"fr": "Autre", "en": "Other"},
}


AGENDA_TEMPLATES: list[AgendaTemplate] = [
    {
        "key": "learning_circle_virtual_120",
        "format": "learning_circle",
        "title": {
            "fr": "Cercle d'apprentissage en virtuel (2 h)",
            "en": "Online learning circle (2 h)",
        },
        "total_minutes": 120,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Météo du groupe", "en": "Mood check"},
                "minutes": 10,
                "notes": {
                    "fr": (
                        "Un mot, une couleur ou un émoji par personne, au micro ou par clavardage."
                    ),
                    "en": "One word, colour or emoji per person, out loud or in the chat.",
                },
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {"fr": "Sujet du jour et cadre", "en": "Today's topic and ground rules"},
                "minutes": 10,
                "notes": {
                    "fr": (
                        "Nommer le sujet retenu, rappeler l'objectif du cercle, la confidentialité "
                        "et le partage du temps de parole."
                    ),
                    "en": (
                        "Name the chosen topic, restate the circle's purpose, confidentiality and "
                        "fair sharing of speaking time."
                    ),
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "round_table",
                "title": {
                    "fr": "Ce que je vis en lien avec le sujet",
                    "en": "What I am facing on this topic",
                },
                "minutes": 25,
                "notes": {
                    "fr": (
                        "Chaque personne décrit une situation concrète de son milieu. Prendre la "
                        "parole reste libre; noter les enjeux communs au fil du tour."
                    ),
                    "en": (
                        "Each person describes a concrete situation from their workplace. "
                        "Speaking stays voluntary; note the shared issues as you go."
                    ),
                },
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause écran", "en": "Screen break"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Mise en commun des idées et des expériences",
                    "en": "Pooling ideas and experiences",
                },
                "minutes": 45,
                "notes": {
                    "fr": (
                        "Relancer par des questions ouvertes pour approfondir. Garder une part de "
                        "discussion libre : les détours vers un autre sujet sont bienvenus s'ils "
                        "servent le groupe."
                    ),
                    "en": (
                        "Use open follow-up questions to go deeper. Keep some free discussion: "
                        "detours to another topic are welcome when they serve the group."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Récapitulatif et thèmes à venir",
                    "en": "Recap and upcoming topics",
                },
                "minutes": 10,
                "notes": {
                    "fr": (
                        "Résumer les pistes dégagées, nommer les outils à envoyer après la "
                        "rencontre et annoncer le prochain thème."
                    ),
                    "en": (
                        "Sum up the avenues that emerged, list the tools to send after the "
                        "meeting and announce the next topic."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 10,
                "notes": {
                    "fr": "Une phrase par personne : appris, apprécié ou ce que j'appliquerai.",
                    "en": "One sentence each: learned, appreciated, or what I will apply.",
                },
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {
                    "fr": (
                        "Faire remplir pendant la rencontre : le taux de réponse chute quand le "
                        "lien arrive plus tard par courriel."
                    ),
                    "en": (
                        "Have it filled in during the meeting: response rates drop when the link "
                        "only arrives later by email."
                    ),
                },
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "learning_circle_in_person_180",
        "format": "learning_circle",
        "title": {
            "fr": "Cercle d'apprentissage en présence, sans écran (3 h)",
            "en": "Screen-free in-person learning circle (3 h)",
        },
        "total_minutes": 180,
        "blocks": [
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "S'installer en cercle et rappeler l'esprit",
                    "en": "Sit in a circle and recall the spirit",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Chaises en cercle, à égale distance, sans écran. Rappeler le but du "
                        "cercle et qu'aucun point administratif n'y est traité. Le silence du "
                        "début est normal : le laisser s'installer."
                    ),
                    "en": (
                        "Chairs in a circle, evenly spaced, no screens. Recall the circle's "
                        "purpose and that no administrative items belong here. Early silence is "
                        "normal: let it settle."
                    ),
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "mood_check",
                "title": {"fr": "Comment j'arrive aujourd'hui", "en": "How I arrive today"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "mood-check",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Une situation difficile, écoutée par le groupe",
                    "en": "A difficult situation, heard by the group",
                },
                "minutes": 50,
                "notes": {
                    "fr": (
                        "Une personne volontaire expose une situation vécue. Les autres écoutent "
                        "sans interrompre, posent des questions, puis proposent des pistes de "
                        "solution."
                    ),
                    "en": (
                        "A volunteer describes a situation they lived. The others listen without "
                        "interrupting, ask questions, then offer possible ways forward."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause", "en": "Break"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "discussion",
                "title": {"fr": "Une deuxième situation", "en": "A second situation"},
                "minutes": 50,
                "notes": {
                    "fr": "Même déroulement, avec une autre personne volontaire.",
                    "en": "Same flow, with another volunteer.",
                },
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {"fr": "Atterrir ensemble", "en": "Landing together"},
                "minutes": 20,
                "notes": {
                    "fr": (
                        "Prendre un vrai moment pour clore : ce que le groupe retient, les "
                        "besoins d'approfondissement qui pourraient mener à une formation par "
                        "les pair·e·s."
                    ),
                    "en": (
                        "Take real time to close: what the group retains, and the needs to go "
                        "deeper that could lead to a peer training."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {
                    "fr": "Questionnaire papier ou mobile",
                    "en": "Paper or phone questionnaire",
                },
                "minutes": 5,
                "notes": {
                    "fr": "Sans écran, prévoir une version papier à saisir ensuite.",
                    "en": "With no screens, bring a paper version to key in afterwards.",
                },
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "codevelopment_preparation_120",
        "format": "codevelopment",
        "title": {
            "fr": "Codéveloppement : rencontre de préparation, étape 0 (2 h)",
            "en": "Co-development: preparation meeting, step 0 (2 h)",
        },
        "total_minutes": 120,
        "blocks": [
            {
                "kind": "welcome",
                "title": {"fr": "Accueil", "en": "Welcome"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "get_to_know",
                "title": {
                    "fr": "D'où je viens, ce qui teinte mon regard",
                    "en": "Where I come from, what shapes my view",
                },
                "minutes": 25,
                "notes": {
                    "fr": (
                        "Ne pas écourter : la confiance du groupe se construit ici, avant toute "
                        "consultation."
                    ),
                    "en": (
                        "Do not rush it: the group's trust is built here, before any consultation."
                    ),
                },
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Le processus, les rôles et la confidentialité",
                    "en": "The process, the roles and confidentiality",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Présenter les six étapes, le rôle de la personne cliente et des "
                        "consultant·e·s (le groupe peut renommer ces rôles), les situations qui se "
                        "prêtent bien à l'exercice, et la charte d'engagement et de "
                        "confidentialité, qui demande de prévenir le groupe avant de s'absenter "
                        "ou de se retirer."
                    ),
                    "en": (
                        "Present the six steps, the roles of the presenting person (the "
                        "'client') and of the consultants (the group may rename them), the kinds "
                        "of situations that fit, and the commitment and confidentiality charter, "
                        "including giving notice of an absence or withdrawal."
                    ),
                },
                "tool_slug": "shared-values-and-framework",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 0 : préparer son sujet de consultation",
                    "en": "Step 0: preparing one's consultation topic",
                },
                "minutes": 25,
                "notes": {
                    "fr": (
                        "Chaque personne remplit la fiche de préparation : la situation, ce qui "
                        "est en jeu, l'aide attendue du groupe."
                    ),
                    "en": (
                        "Each person fills in the preparation sheet: the situation, what is at "
                        "stake, the help expected from the group."
                    ),
                },
                "tool_slug": "codevelopment-preparation",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Calendrier : qui présente à quelle rencontre",
                    "en": "Schedule: who presents at which meeting",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Fixer l'ordre de passage des personnes clientes et l'inscrire dans le "
                        "calendrier des rencontres."
                    ),
                    "en": (
                        "Set the order of the presenting persons and record it in the meeting "
                        "schedule."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause", "en": "Break"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {"fr": "Questions et ajustements", "en": "Questions and adjustments"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "codevelopment_session_180",
        "format": "codevelopment",
        "title": {
            "fr": "Codéveloppement : séance de consultation (3 h)",
            "en": "Co-development: consultation session (3 h)",
        },
        "total_minutes": 180,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Météo du groupe", "en": "Mood check"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Rappel du cadre et de la personne cliente du jour",
                    "en": "Ground rules and today's presenting person",
                },
                "minutes": 10,
                "notes": {
                    "fr": (
                        "Rappeler la confidentialité et les rôles; nommer la personne cliente "
                        "prévue au calendrier de rotation."
                    ),
                    "en": (
                        "Recall confidentiality and the roles; name the presenting person set by "
                        "the rotation schedule."
                    ),
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 0 : la préparation en bref",
                    "en": "Step 0: the preparation in brief",
                },
                "minutes": 5,
                "notes": {
                    "fr": (
                        "La personne cliente confirme le sujet préparé sur sa fiche avant la "
                        "rencontre."
                    ),
                    "en": (
                        "The presenting person confirms the topic prepared on their sheet before "
                        "the meeting."
                    ),
                },
                "tool_slug": "codevelopment-preparation",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 1 : exposé de la situation",
                    "en": "Step 1: presenting the situation",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "La personne cliente décrit son problème, son projet ou sa "
                        "préoccupation. Le groupe écoute sans intervenir."
                    ),
                    "en": (
                        "The presenting person describes their problem, project or concern. The "
                        "group listens without stepping in."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 2 : questions de clarification",
                    "en": "Step 2: clarifying questions",
                },
                "minutes": 20,
                "notes": {
                    "fr": "Des questions sur les faits seulement, pas encore de conseils.",
                    "en": "Questions about facts only, no advice yet.",
                },
                "tool_slug": "",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 3 : entente sur le mandat",
                    "en": "Step 3: agreeing on the request",
                },
                "minutes": 10,
                "notes": {
                    "fr": (
                        "La personne cliente précise l'aide qu'elle attend du groupe; afficher "
                        "le mandat pour que tout le monde le garde en tête."
                    ),
                    "en": (
                        "The presenting person states the help they want from the group; show "
                        "the request so that everyone keeps it in mind."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause", "en": "Break"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 4 : apports des consultant·e·s",
                    "en": "Step 4: the consultants' input",
                },
                "minutes": 35,
                "notes": {
                    "fr": (
                        "Réactions, pistes, expériences semblables. La personne cliente écoute "
                        "et note ce qui la rejoint. Le temps de chaque étape peut s'ajuster au "
                        "besoin."
                    ),
                    "en": (
                        "Reactions, ideas, similar experiences. The presenting person listens "
                        "and notes what resonates. Step times can flex when needed."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 5 : synthèse et plan d'action",
                    "en": "Step 5: synthesis and action plan",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "La personne cliente dit ce qu'elle retient et ce qu'elle fera; l'inscrire "
                        "comme suivi dans le compte rendu si elle le souhaite."
                    ),
                    "en": (
                        "The presenting person says what they keep and what they will do; record "
                        "it as a follow-up in the recap if they wish."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "content",
                "title": {"fr": "Capsule de contenu", "en": "Content segment"},
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Environ 15 minutes sur une question soulevée ou un point technique, sans "
                        "adopter une posture d'expert·e."
                    ),
                    "en": (
                        "About 15 minutes on a question that came up or a technical point, "
                        "without taking an expert stance."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "codev_step",
                "title": {
                    "fr": "Étape 6 : retour réflexif (3A)",
                    "en": "Step 6: reflective return (3A)",
                },
                "minutes": 25,
                "notes": {
                    "fr": (
                        "Chaque personne, cliente comprise : ce que j'ai appris, apprécié, ce que "
                        "j'appliquerai. Protéger ce temps, c'est l'étape qu'on a tendance à "
                        "sacrifier."
                    ),
                    "en": (
                        "Everyone, the presenting person included: what I learned, appreciated, "
                        "will apply. Protect this time: it is the step most often sacrificed."
                    ),
                },
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "thematic_launch_180",
        "format": "thematic",
        "title": {
            "fr": "CdP thématique : première rencontre en présence (3 h)",
            "en": "Thematic CoP: first in-person meeting (3 h)",
        },
        "total_minutes": 180,
        "blocks": [
            {
                "kind": "welcome",
                "title": {"fr": "Accueil et collation", "en": "Welcome and snacks"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "get_to_know",
                "title": {"fr": "Faire connaissance", "en": "Getting to know each other"},
                "minutes": 25,
                "notes": {
                    "fr": (
                        "Une activité courte où chaque personne présente son milieu et son rôle. "
                        "La première rencontre se tient en présence autant que possible."
                    ),
                    "en": (
                        "A short activity where everyone introduces their workplace and role. "
                        "Hold the first meeting in person whenever possible."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Pourquoi une communauté de pratique",
                    "en": "Why a community of practice",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Présenter l'intention de départ, les objectifs proposés et ce qu'une "
                        "communauté de pratique est (et n'est pas : ni une formation, ni un "
                        "comité)."
                    ),
                    "en": (
                        "Present the initial intent, the proposed objectives and what a "
                        "community of practice is (and is not: neither a training nor a "
                        "committee)."
                    ),
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "round_table",
                "title": {
                    "fr": "Pourquoi je suis là, ce que j'espère",
                    "en": "Why I am here, what I hope for",
                },
                "minutes": 25,
                "notes": {
                    "fr": "S'appuyer sur les questions de la première rencontre.",
                    "en": "Draw on the first-meeting questions.",
                },
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause", "en": "Break"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "subgroups",
                "title": {
                    "fr": "Idéation : carte mentale et arbre des thèmes",
                    "en": "Ideation: mind map and theme tree",
                },
                "minutes": 40,
                "notes": {
                    "fr": (
                        "Faire émerger les thèmes, les regrouper en quelques axes, puis en tirer "
                        "une première version du calendrier thématique."
                    ),
                    "en": (
                        "Bring out the topics, group them into a few strands, then draft a "
                        "first thematic calendar from them."
                    ),
                },
                "tool_slug": "collective-ideation",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Nos valeurs et nos règles de fonctionnement",
                    "en": "Our values and ground rules",
                },
                "minutes": 30,
                "notes": {
                    "fr": (
                        "Recueillir les réactions à la charte proposée et convenir des normes "
                        "du groupe; elles alimenteront la version à signer."
                    ),
                    "en": (
                        "Gather reactions to the proposed charter and agree on the group's "
                        "norms; they will feed the version to be signed."
                    ),
                },
                "tool_slug": "shared-values-and-framework",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Ce qu'on a décidé et la suite",
                    "en": "What we decided and what comes next",
                },
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "thematic_horizontal_180",
        "format": "thematic",
        "title": {
            "fr": "CdP thématique horizontale en présence (3 h)",
            "en": "Horizontal in-person thematic CoP (3 h)",
        },
        "total_minutes": 180,
        "blocks": [
            {
                "kind": "welcome",
                "title": {"fr": "Accueil et goûters partagés", "en": "Welcome and shared snacks"},
                "minutes": 15,
                "notes": {
                    "fr": "Rapprocher les tables et garder de la place pour bouger debout.",
                    "en": "Tables close together and open floor space for standing activities.",
                },
                "tool_slug": "",
            },
            {
                "kind": "get_to_know",
                "title": {"fr": "Activité de cohésion", "en": "Cohesion activity"},
                "minutes": 20,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Le thème du jour dans notre calendrier",
                    "en": "Today's theme in our calendar",
                },
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "content",
                "title": {"fr": "Capsule de contenu", "en": "Content segment"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "discussion",
                "title": {"fr": "Discussion conceptuelle", "en": "Conceptual discussion"},
                "minutes": 35,
                "notes": {
                    "fr": "Accueillir les silences : ils laissent place à la créativité.",
                    "en": "Welcome silences: they make room for creativity.",
                },
                "tool_slug": "",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause", "en": "Break"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "subgroups",
                "title": {"fr": "Atelier pratique", "en": "Hands-on workshop"},
                "minutes": 40,
                "notes": {
                    "fr": (
                        "Alterner avec la partie conceptuelle : appliquer le thème à des cas "
                        "réels des organismes présents."
                    ),
                    "en": (
                        "Alternate with the conceptual part: apply the theme to real cases from "
                        "the organisations in the room."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Traces écrites et aperçu du prochain sujet",
                    "en": "Written record and a glimpse of the next topic",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Consigner les traces dans le cahier de participation; elles aident à "
                        "transmettre aux collègues."
                    ),
                    "en": (
                        "Put the notes in the participation workbook; they help pass things on "
                        "to colleagues."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "thematic_guest_120",
        "format": "thematic",
        "title": {
            "fr": "CdP thématique avec personne invitée (2 h)",
            "en": "Thematic CoP with a guest facilitator (2 h)",
        },
        "total_minutes": 120,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Météo du groupe", "en": "Mood check"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Objectif, sujet et règles",
                    "en": "Purpose, topic and ground rules",
                },
                "minutes": 10,
                "notes": {
                    "fr": "Présenter la personne invitée qui connaît bien le sujet.",
                    "en": "Introduce the guest who knows the topic well.",
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "content",
                "title": {"fr": "Volet formation", "en": "Training segment"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "round_table",
                "title": {
                    "fr": "Ce que le sujet évoque dans ma pratique",
                    "en": "What the topic brings up in my practice",
                },
                "minutes": 20,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Vécus, expériences concrètes et points de vue",
                    "en": "Lived experience, concrete cases and viewpoints",
                },
                "minutes": 40,
                "notes": {
                    "fr": (
                        "Gérer le temps de parole et recentrer sur l'objectif. Au-delà d'une "
                        "vingtaine de personnes, passer en sous-groupes avec une personne "
                        "animatrice par groupe."
                    ),
                    "en": (
                        "Manage speaking time and bring the talk back to the purpose. Beyond "
                        "about twenty people, split into small groups with one facilitator each."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Synthèse des idées principales",
                    "en": "Synthesis of the main ideas",
                },
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "thematic_virtual_60",
        "format": "thematic",
        "title": {
            "fr": "CdP thématique en virtuel (1 h)",
            "en": "Online thematic CoP (1 h)",
        },
        "total_minutes": 60,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Accueil et météo", "en": "Welcome and mood check"},
                "minutes": 5,
                "notes": {
                    "fr": "Animer la salle d'attente : un petit brise-glace dès l'arrivée.",
                    "en": "Keep the waiting room lively: a small ice-breaker as people arrive.",
                },
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {"fr": "Mettre la table", "en": "Setting the table"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "round_table",
                "title": {"fr": "Tour de table éclair", "en": "Quick round"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "discussion",
                "title": {"fr": "Discussion", "en": "Discussion"},
                "minutes": 25,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {"fr": "Synthèse", "en": "Synthesis"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "peer_training_180",
        "format": "peer_training",
        "title": {
            "fr": "Formation par les pair·e·s (3 h)",
            "en": "Peer training (3 h)",
        },
        "total_minutes": 180,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Météo du groupe", "en": "Mood check"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Le besoin à l'origine de cette formation",
                    "en": "The need behind this training",
                },
                "minutes": 10,
                "notes": {
                    "fr": (
                        "Rappeler le besoin d'approfondissement soulevé dans les cercles "
                        "précédents."
                    ),
                    "en": "Recall the need to go deeper that came up in earlier circles.",
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "content",
                "title": {
                    "fr": "Présentation par un·e pair·e",
                    "en": "Presentation by a peer",
                },
                "minutes": 30,
                "notes": {
                    "fr": "Des supports d'animation simples; partir d'exemples tirés du terrain.",
                    "en": "Simple facilitation materials; start from examples from the field.",
                },
                "tool_slug": "",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Questions et liens avec nos pratiques",
                    "en": "Questions and links to our practice",
                },
                "minutes": 25,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "break",
                "title": {"fr": "Pause", "en": "Break"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "subgroups",
                "title": {"fr": "Mise en pratique", "en": "Practice exercise"},
                "minutes": 45,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "discussion",
                "title": {"fr": "Retour en grand groupe", "en": "Back in the full group"},
                "minutes": 20,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Synthèse et outils à partager",
                    "en": "Synthesis and tools to share",
                },
                "minutes": 10,
                "notes": {
                    "fr": "Déposer les supports dans la boîte à outils de la communauté.",
                    "en": "Upload the materials to the community's toolbox.",
                },
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "appreciative_consultation_120",
        "format": "appreciative_consultation",
        "title": {
            "fr": "Groupe de consultation appréciatif (2 h)",
            "en": "Appreciative consultation group (2 h)",
        },
        "total_minutes": 120,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Météo du groupe", "en": "Mood check"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "L'approche : partir de ce qui fonctionne",
                    "en": "The approach: start from what works",
                },
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "appreciative-consultation-group",
            },
            {
                "kind": "round_table",
                "title": {"fr": "Un bon coup récent", "en": "A recent win"},
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Une personne présente sa situation",
                    "en": "One person presents their situation",
                },
                "minutes": 15,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "appreciative-consultation-group",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Questions appréciatives : forces et réussites",
                    "en": "Appreciative questions: strengths and successes",
                },
                "minutes": 20,
                "notes": {
                    "fr": (
                        "Chercher ce qui marche déjà, les ressources et les moments où la "
                        "situation allait mieux."
                    ),
                    "en": (
                        "Look for what already works, the resources at hand and the times when "
                        "things went better."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "discussion",
                "title": {
                    "fr": "Pistes qui s'appuient sur ces forces",
                    "en": "Ideas that build on those strengths",
                },
                "minutes": 25,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Ce que la personne retient",
                    "en": "What the person takes away",
                },
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A", "en": "3A closing"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
    {
        "key": "tailor_made_open_circle_90",
        "format": "tailor_made",
        "title": {
            "fr": "Cercle ouvert sur mesure en virtuel (1 h 30)",
            "en": "Tailor-made open online circle (1 h 30)",
        },
        "total_minutes": 90,
        "blocks": [
            {
                "kind": "mood_check",
                "title": {"fr": "Jauge d'humeur", "en": "Mood gauge"},
                "minutes": 10,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "mood-check",
            },
            {
                "kind": "set_the_table",
                "title": {
                    "fr": "Rappel du cadre pour les nouvelles personnes",
                    "en": "Ground rules recap for newcomers",
                },
                "minutes": 10,
                "notes": {
                    "fr": (
                        "Les inscriptions sont ouvertes : rappeler brièvement la charte, la "
                        "confidentialité et l'usage du clavardage à chaque rencontre."
                    ),
                    "en": (
                        "Registration is open: briefly recall the charter, confidentiality and "
                        "how the chat is used at every meeting."
                    ),
                },
                "tool_slug": "setting-the-table",
            },
            {
                "kind": "round_table",
                "title": {
                    "fr": "Ce que j'apporte aujourd'hui",
                    "en": "What I bring today",
                },
                "minutes": 15,
                "notes": {
                    "fr": (
                        "Si rien n'émerge, une marraine ou un parrain lance une question ouverte "
                        "sur un thème large."
                    ),
                    "en": (
                        "If nothing comes up, a member sponsor opens a broad theme with an open "
                        "question."
                    ),
                },
                "tool_slug": "tour-de-table",
            },
            {
                "kind": "discussion",
                "title": {"fr": "Enjeux des membres", "en": "Members' issues"},
                "minutes": 35,
                "notes": {
                    "fr": (
                        "Présenter aussi, sans nommer personne, les situations soumises en privé "
                        "avant la rencontre. La personne à la modération répertorie les outils "
                        "partagés dans le clavardage."
                    ),
                    "en": (
                        "Also present, without naming anyone, the situations submitted privately "
                        "before the meeting. The moderator logs the tools shared in the chat."
                    ),
                },
                "tool_slug": "",
            },
            {
                "kind": "synthesis",
                "title": {
                    "fr": "Récapitulatif et suivis de partage",
                    "en": "Recap and sharing follow-ups",
                },
                "minutes": 10,
                "notes": {
                    "fr": "Préciser qui envoie quoi, et à quel moment.",
                    "en": "Make clear who sends what, and when.",
                },
                "tool_slug": "",
            },
            {
                "kind": "closing_3a",
                "title": {"fr": "Clôture 3A éclair", "en": "Quick 3A closing"},
                "minutes": 5,
                "notes": {"fr": "", "en": ""},
                "tool_slug": "closing-3a",
            },
            {
                "kind": "questionnaire",
                "title": {"fr": "Questionnaire express", "en": "Quick questionnaire"},
                "minutes": 5,
                "notes": {
                    "fr": (
                        "Une heure trente, c'est court quand le groupe change d'une fois à "
                        "l'autre : demander si la durée convient."
                    ),
                    "en": (
                        "Ninety minutes is short when attendance changes from one meeting to the "
                        "next: ask whether the length suits people."
                    ),
                },
                "tool_slug": "end-of-meeting-questionnaire",
            },
        ],
    },
]


ATTENDANCE_DROP_CAUSES: list[Text] = [
    {
        "fr": "Le jour ou l'heure des rencontres ne convient plus aux membres.",
        "en": "The meeting day or time no longer suits members.",
    },
    {
        "fr": "Les membres sont peu satisfaits des rencontres.",
        "en": "Members are not satisfied enough with the meetings.",
    },
    {
        "fr": "Les participant·e·s s'investissent ou contribuent trop peu.",
        "en": "Participants are not investing or contributing enough.",
    },
    {
        "fr": "Les échanges se dispersent et perdent leur fil.",
        "en": "Discussions scatter and lose their thread.",
    },
    {
        "fr": "La communauté n'a pas suivi l'évolution des besoins de ses membres.",
        "en": "The community has not kept up with its members' changing needs.",
    },
]


FIRST_MEETING_QUESTIONS: list[Text] = [
    {
        "fr": "Quels sujets aimeriez-vous aborder ensemble?",
        "en": "Which subjects would you like to explore together?",
    },
    {
        "fr": "Qu'est-ce qui vous amène dans cette communauté?",
        "en": "What brings you to this community?",
    },
    {
        "fr": "Qu'espérez-vous retirer de nos rencontres?",
        "en": "What do you hope to get out of our meetings?",
    },
    {
        "fr": "Que pensez-vous de la charte d'engagement proposée? Que faudrait-il y changer?",
        "en": "What do you think of the proposed commitment charter? What should change?",
    },
    {
        "fr": "Quelles règles de fonctionnement voulez-vous vous donner?",
        "en": "Which ground rules do you want the group to adopt?",
    },
]
