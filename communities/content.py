"""Bilingual reference content for communities: typology axes, Wenger's stages, setup and closing
checklists, roles, objective kinds, the five piloted presets and the size guidance.

French (fr-CA, inclusive writing) comes first, English second. The wording is ours; the axes,
numbers and rituals follow the domain extractions (`shared/domain/seed-000.md` §1-§3 for the five
piloted configurations and the launch and closing rituals, `seed-003.md` §1-§3 for the axes, the
roles, the five stages and the implementation steps, `seed-001.md` and `seed-004.md` for objectives,
group sizes and stage questions). Nothing here imports Django: the seeding code loads it and tests
read it as-is.

Conventions:

- every preset gives one value for every axis of `AXES`;
- the degrees of formalisation are Wenger's as given in French by seed 003 (invisible, marginale,
  autorisée, soutenue, institutionnalisée);
- size messages are advice, never a validation error; they may use a `{count}` placeholder.
"""

from typing import TypedDict


class Text(TypedDict):
    fr: str
    en: str


AXES: dict[str, dict] = {
    "registration": {
        "label": {"fr": "Inscriptions", "en": "Registration"},
        "help": {
            "fr": "La façon dont une personne devient membre de la communauté.",
            "en": "How a person becomes a member of the community.",
        },
        "values": {
            "open": {
                "label": {"fr": "Ouvertes", "en": "Open"},
                "definition": {
                    "fr": (
                        "Toute personne intéressée peut se joindre; la présence est volontaire "
                        "et sans engagement. Un nombre maximal de places peut être fixé au besoin."
                    ),
                    "en": (
                        "Anyone interested can join; attendance is voluntary and carries no "
                        "commitment. A maximum number of places can be set if needed."
                    ),
                },
            },
            "closed": {
                "label": {"fr": "Fermées", "en": "Closed"},
                "definition": {
                    "fr": (
                        "Les membres sont retenu·e·s selon des critères annoncés à l'avance "
                        "(profession, rôle, champ d'activité, etc.); la liste des personnes "
                        "inscrites est arrêtée."
                    ),
                    "en": (
                        "Members are selected on criteria announced beforehand (profession, role, "
                        "field of activity, etc.); the list of enrolled people is fixed."
                    ),
                },
            },
            "on_request": {
                "label": {"fr": "Sur demande", "en": "On request"},
                "definition": {
                    "fr": (
                        "Les personnes intéressées envoient une demande, que l'équipe d'animation "
                        "accepte ou refuse."
                    ),
                    "en": (
                        "Interested people send a request, which the facilitation team approves "
                        "or declines."
                    ),
                },
            },
        },
    },
    "modality": {
        "label": {"fr": "Modalité", "en": "Modality"},
        "help": {
            "fr": (
                "La façon dont les membres se rencontrent. Chaque rencontre peut aussi avoir sa "
                "propre modalité."
            ),
            "en": "How members meet. Each meeting can also have its own modality.",
        },
        "values": {
            "virtual": {
                "label": {"fr": "Virtuelle", "en": "Virtual"},
                "definition": {
                    "fr": (
                        "Les échanges passent par des outils en ligne (visioconférence, "
                        "clavardage, partage de documents), sans déplacement."
                    ),
                    "en": (
                        "Exchanges happen through online tools (video calls, chat, shared "
                        "documents), with no travel."
                    ),
                },
            },
            "in_person": {
                "label": {"fr": "En présentiel", "en": "In person"},
                "definition": {
                    "fr": (
                        "Les membres se retrouvent dans une même salle; la proximité nourrit les "
                        "liens et la confiance."
                    ),
                    "en": (
                        "Members gather in the same room; being together builds bonds and trust."
                    ),
                },
            },
            "hybrid": {
                "label": {"fr": "Hybride", "en": "Hybrid"},
                "definition": {
                    "fr": (
                        "La communauté alterne échanges en ligne et rencontres en personne. "
                        "On conseille au moins une rencontre en présence par année."
                    ),
                    "en": (
                        "The community alternates online exchanges and in-person meetings. "
                        "At least one in-person meeting a year is recommended."
                    ),
                },
            },
        },
    },
    "origin": {
        "label": {"fr": "Origine", "en": "Origin"},
        "help": {
            "fr": "Ce qui a donné naissance à la communauté.",
            "en": "What brought the community into being.",
        },
        "values": {
            "spontaneous": {
                "label": {"fr": "Spontanée", "en": "Spontaneous"},
                "definition": {
                    "fr": (
                        "Elle s'est formée d'elle-même, parce que des personnes avaient besoin "
                        "d'échanger sur leur pratique."
                    ),
                    "en": (
                        "It formed on its own, because people needed to talk about their "
                        "practice together."
                    ),
                },
            },
            "intentional": {
                "label": {"fr": "Intentionnelle", "en": "Intentional"},
                "definition": {
                    "fr": (
                        "Une organisation l'a mise sur pied avec des attentes précises, qui sont "
                        "consignées pour pouvoir en suivre l'atteinte."
                    ),
                    "en": (
                        "An organisation set it up with explicit expectations, which are recorded "
                        "so that they can be followed up."
                    ),
                },
            },
        },
    },
    "format": {
        "label": {"fr": "Formule", "en": "Format"},
        "help": {
            "fr": (
                "Le mode de travail principal du groupe. Il oriente les modèles d'ordre du jour "
                "et les conseils sur la taille du groupe."
            ),
            "en": (
                "The group's main way of working. It drives the agenda templates and the advice "
                "on group size."
            ),
        },
        "values": {
            "learning_circle": {
                "label": {"fr": "Cercle d'apprentissage", "en": "Learning circle"},
                "definition": {
                    "fr": (
                        "Un petit groupe part des situations vécues par ses membres : une personne "
                        "expose un enjeu, les autres écoutent puis proposent des pistes."
                    ),
                    "en": (
                        "A small group starts from its members' real situations: one person "
                        "describes an issue, the others listen, then suggest ways forward."
                    ),
                },
            },
            "codevelopment": {
                "label": {"fr": "Groupe de codéveloppement", "en": "Co-development group"},
                "definition": {
                    "fr": (
                        "Une cohorte stable suit une démarche en étapes : à chaque rencontre, une "
                        "personne soumet un problème, un projet ou une préoccupation, et le groupe "
                        "l'aide à y voir clair."
                    ),
                    "en": (
                        "A stable cohort follows a step-by-step method: at each meeting, one "
                        "person brings a problem, project or concern and the group helps them "
                        "see it clearly."
                    ),
                },
            },
            "thematic": {
                "label": {"fr": "CdP thématique", "en": "Thematic community"},
                "definition": {
                    "fr": (
                        "Des personnes réunies par un même sujet en explorent une facette à chaque "
                        "rencontre, souvent selon un calendrier bâti ensemble."
                    ),
                    "en": (
                        "People brought together by one subject explore a facet of it at each "
                        "meeting, often following a calendar built together."
                    ),
                },
            },
            "peer_training": {
                "label": {"fr": "Formation par les pair·e·s", "en": "Peer training"},
                "definition": {
                    "fr": (
                        "Des membres préparent et donnent de courtes formations à leurs collègues "
                        "pour approfondir un besoin repéré par le groupe."
                    ),
                    "en": (
                        "Members prepare and give short training sessions to their colleagues to "
                        "go deeper into a need the group has identified."
                    ),
                },
            },
            "appreciative_consultation": {
                "label": {
                    "fr": "Groupe de consultation appréciatif",
                    "en": "Appreciative consultation group",
                },
                "definition": {
                    "fr": (
                        "Le groupe aide une personne en partant de ce qui fonctionne déjà : "
                        "réussites, forces et conditions gagnantes servent de point d'appui."
                    ),
                    "en": (
                        "The group helps one person by starting from what already works: "
                        "successes, strengths and winning conditions are the footing."
                    ),
                },
            },
            "tailor_made": {
                "label": {"fr": "Formule sur mesure", "en": "Tailor-made"},
                "definition": {
                    "fr": (
                        "Un format conçu avec l'organisme demandeur pour coller à sa vision et aux "
                        "besoins de ses membres."
                    ),
                    "en": (
                        "A format designed with the requesting organisation to fit its vision and "
                        "its members' needs."
                    ),
                },
            },
        },
    },
    "structure": {
        "label": {"fr": "Degré de structure", "en": "Level of structure"},
        "help": {
            "fr": "À quel point le déroulement des rencontres est balisé d'avance.",
            "en": "How far the course of the meetings is set out in advance.",
        },
        "values": {
            "very_loose": {
                "label": {"fr": "Très peu structurée", "en": "Very loose"},
                "definition": {
                    "fr": (
                        "Aucun ordre du jour fixe : les échanges suivent ce que les personnes "
                        "présentes apportent sur le moment."
                    ),
                    "en": (
                        "No set agenda: the conversation follows whatever the people present "
                        "bring on the day."
                    ),
                },
            },
            "flexible": {
                "label": {"fr": "Souple", "en": "Flexible"},
                "definition": {
                    "fr": (
                        "Un cadre léger (ouverture, sujet, synthèse) qui laisse beaucoup de place "
                        "aux détours et aux idées du groupe."
                    ),
                    "en": (
                        "A light frame (opening, topic, wrap-up) that leaves plenty of room for "
                        "detours and the group's ideas."
                    ),
                },
            },
            "framed": {
                "label": {"fr": "Encadrée", "en": "Framed"},
                "definition": {
                    "fr": (
                        "Un déroulement planifié, avec des blocs minutés et des activités "
                        "préparées par l'équipe d'animation."
                    ),
                    "en": (
                        "A planned course, with timed blocks and activities prepared by the "
                        "facilitation team."
                    ),
                },
            },
            "structured_protocol": {
                "label": {"fr": "Protocole structuré", "en": "Structured protocol"},
                "definition": {
                    "fr": (
                        "Une méthode aux étapes fixes, reprise à chaque rencontre, comme celle du "
                        "codéveloppement."
                    ),
                    "en": (
                        "A method with fixed steps, repeated at every meeting, such as "
                        "co-development."
                    ),
                },
            },
        },
    },
    "org_scope": {
        "label": {"fr": "Portée organisationnelle", "en": "Organisational scope"},
        "help": {
            "fr": "Si la communauté dépasse ou non les frontières d'une seule organisation.",
            "en": "Whether or not the community reaches beyond a single organisation.",
        },
        "values": {
            "intra_organizational": {
                "label": {"fr": "Intra-organisationnelle", "en": "Within one organisation"},
                "definition": {
                    "fr": (
                        "Tous les membres font partie de la même organisation, par exemple une "
                        "même équipe de travail."
                    ),
                    "en": (
                        "All members belong to the same organisation, for instance one work team."
                    ),
                },
            },
            "inter_organizational": {
                "label": {"fr": "Interorganisationnelle", "en": "Across organisations"},
                "definition": {
                    "fr": (
                        "Les membres viennent de plusieurs organisations, par exemple les "
                        "organismes membres d'un regroupement."
                    ),
                    "en": (
                        "Members come from several organisations, for instance the member groups "
                        "of an association."
                    ),
                },
            },
        },
    },
    "sector_scope": {
        "label": {"fr": "Portée sectorielle", "en": "Sector scope"},
        "help": {
            "fr": "Si les membres œuvrent dans un même secteur ou dans plusieurs.",
            "en": "Whether members work in one sector or in several.",
        },
        "values": {
            "intra_sectoral": {
                "label": {"fr": "Intrasectorielle", "en": "Single sector"},
                "definition": {
                    "fr": (
                        "Tous les membres œuvrent dans le même secteur, par exemple le milieu "
                        "communautaire."
                    ),
                    "en": "All members work in the same sector, for instance community action.",
                },
            },
            "inter_sectoral": {
                "label": {"fr": "Intersectorielle", "en": "Cross-sector"},
                "definition": {
                    "fr": (
                        "Les membres viennent de secteurs différents (communautaire, municipal, "
                        "santé, éducation, citoyen·ne·s), ce qui croise les regards sur un enjeu."
                    ),
                    "en": (
                        "Members come from different sectors (community, municipal, health, "
                        "education, residents), which brings several views to bear on one issue."
                    ),
                },
            },
        },
    },
    "geography": {
        "label": {"fr": "Répartition géographique", "en": "Geography"},
        "help": {
            "fr": "Où se trouvent les membres les un·e·s par rapport aux autres.",
            "en": "Where members are located in relation to one another.",
        },
        "values": {
            "local": {
                "label": {"fr": "Locale", "en": "Local"},
                "definition": {
                    "fr": (
                        "Les membres sont regroupé·e·s sur un même territoire, comme un quartier "
                        "ou une ville."
                    ),
                    "en": "Members are gathered in one area, such as a neighbourhood or a town.",
                },
            },
            "dispersed": {
                "label": {"fr": "Dispersée", "en": "Dispersed"},
                "definition": {
                    "fr": "Les membres sont réparti·e·s dans plusieurs villes ou régions.",
                    "en": "Members are spread over several towns or regions.",
                },
            },
        },
    },
    "diversity": {
        "label": {"fr": "Composition", "en": "Composition"},
        "help": {
            "fr": "À quel point les cultures professionnelles des membres se ressemblent.",
            "en": "How alike the members' professional cultures are.",
        },
        "values": {
            "homogeneous": {
                "label": {"fr": "Homogène", "en": "Homogeneous"},
                "definition": {
                    "fr": (
                        "Les membres partagent une culture professionnelle proche : même rôle, "
                        "même profession ou même type d'organisme."
                    ),
                    "en": (
                        "Members share a close professional culture: same role, same profession "
                        "or same kind of organisation."
                    ),
                },
            },
            "diverse": {
                "label": {"fr": "Diversifiée", "en": "Diverse"},
                "definition": {
                    "fr": (
                        "Les membres viennent d'horizons variés (rôles, professions, secteurs, "
                        "régions). Les échanges s'enrichissent, mais la confiance prend plus de "
                        "temps à s'installer."
                    ),
                    "en": (
                        "Members come from varied backgrounds (roles, professions, sectors, "
                        "regions). Exchanges are richer, but trust takes longer to build."
                    ),
                },
            },
        },
    },
    "formalization": {
        "label": {"fr": "Degré de formalisation", "en": "Degree of formalisation"},
        "help": {
            "fr": (
                "La place que l'organisation reconnaît à la communauté, d'invisible à "
                "institutionnalisée (d'après Wenger). Plus elle est reconnue, plus le temps que "
                "les membres y consacrent se justifie aisément."
            ),
            "en": (
                "How much standing the organisation gives the community, from invisible to "
                "institutionalised (after Wenger). The more it is recognised, the easier it is to "
                "justify the time members spend on it."
            ),
        },
        "values": {
            "invisible": {
                "label": {"fr": "Invisible", "en": "Invisible"},
                "definition": {
                    "fr": "L'organisation ignore que la communauté existe.",
                    "en": "The organisation does not know the community exists.",
                },
            },
            "marginal": {
                "label": {"fr": "Marginale", "en": "Marginal"},
                "definition": {
                    "fr": (
                        "Seul un petit cercle de personnes au courant connaît son existence; "
                        "elle vit en marge des structures officielles."
                    ),
                    "en": (
                        "Only a small circle of people in the know are aware of it; it lives on "
                        "the edge of the official structures."
                    ),
                },
            },
            "authorized": {
                "label": {"fr": "Autorisée", "en": "Sanctioned"},
                "definition": {
                    "fr": (
                        "L'organisation reconnaît officiellement sa valeur et permet à son "
                        "personnel d'y participer."
                    ),
                    "en": (
                        "The organisation officially recognises its value and lets its staff "
                        "take part."
                    ),
                },
            },
            "supported": {
                "label": {"fr": "Soutenue", "en": "Supported"},
                "definition": {
                    "fr": (
                        "L'organisation lui fournit des ressources concrètes : temps d'animation, "
                        "budget, salle ou outils."
                    ),
                    "en": (
                        "The organisation gives it concrete resources: facilitation time, budget, "
                        "rooms or tools."
                    ),
                },
            },
            "institutionalized": {
                "label": {"fr": "Institutionnalisée", "en": "Institutionalised"},
                "definition": {
                    "fr": (
                        "Elle a un statut et un rôle officiels dans l'organisation, qui compte sur "
                        "elle de façon durable."
                    ),
                    "en": (
                        "It has an official status and role in the organisation, which relies on "
                        "it over the long term."
                    ),
                },
            },
        },
    },
    "anchoring": {
        "label": {"fr": "Ancrage", "en": "Anchoring"},
        "help": {
            "fr": "Ce autour de quoi le domaine de la communauté est défini.",
            "en": "What the community's domain is built around.",
        },
        "values": {
            "function": {
                "label": {"fr": "Une fonction", "en": "A function"},
                "definition": {
                    "fr": (
                        "Les membres occupent la même fonction, par exemple la direction ou la "
                        "coordination d'un organisme."
                    ),
                    "en": (
                        "Members hold the same function, for instance running or coordinating an "
                        "organisation."
                    ),
                },
            },
            "practice_field": {
                "label": {"fr": "Un champ de pratique", "en": "A field of practice"},
                "definition": {
                    "fr": (
                        "Les membres interviennent dans un même champ, par exemple la mobilisation "
                        "citoyenne ou la gestion des ressources humaines."
                    ),
                    "en": (
                        "Members work in the same field, for instance community organising or "
                        "human resources management."
                    ),
                },
            },
            "specific_issue": {
                "label": {"fr": "Un enjeu précis", "en": "A specific issue"},
                "definition": {
                    "fr": (
                        "Les membres se rassemblent autour d'une problématique particulière, par "
                        "exemple le racisme ou l'isolement des personnes aînées."
                    ),
                    "en": (
                        "Members gather around one particular issue, for instance racism or the "
                        "isolation of older people."
                    ),
                },
            },
        },
    },
    "topic_setting": {
        "label": {"fr": "Choix des sujets", "en": "Topic setting"},
        "help": {
            "fr": "La façon dont les sujets des rencontres sont décidés.",
            "en": "How the topics of the meetings are decided.",
        },
        "values": {
            "announced_calendar": {
                "label": {"fr": "Calendrier thématique annoncé", "en": "Announced calendar"},
                "definition": {
                    "fr": (
                        "Les thèmes sont fixés et annoncés d'avance, ce qui aide les gens à "
                        "décider de s'inscrire."
                    ),
                    "en": (
                        "Themes are set and announced in advance, which helps people decide "
                        "whether to sign up."
                    ),
                },
            },
            "emergent": {
                "label": {"fr": "Sujets émergents", "en": "Emergent topics"},
                "definition": {
                    "fr": (
                        "Les sujets viennent des membres, selon leurs préoccupations du moment; "
                        "une marraine ou un parrain lance une question si rien n'émerge."
                    ),
                    "en": (
                        "Topics come from members and their current concerns; a sponsor launches "
                        "a question when nothing comes up."
                    ),
                },
            },
            "committee": {
                "label": {"fr": "Choisis par un comité", "en": "Set by a committee"},
                "definition": {
                    "fr": (
                        "Un comité (de programmation, interculturel, etc.) choisit les sujets et "
                        "les fait connaître."
                    ),
                    "en": (
                        "A committee (programming, intercultural, etc.) chooses the topics and "
                        "makes them known."
                    ),
                },
            },
        },
    },
    "visibility": {
        "label": {"fr": "Visibilité", "en": "Visibility"},
        "help": {
            "fr": (
                "Si la communauté paraît dans le répertoire de l'organisation. Ses contenus "
                "restent réservés à ses membres dans tous les cas."
            ),
            "en": (
                "Whether the community appears in the organisation's directory. Its content stays "
                "for members only either way."
            ),
        },
        "values": {
            "listed": {
                "label": {"fr": "Affichée dans le répertoire", "en": "Listed"},
                "definition": {
                    "fr": (
                        "Elle figure dans le répertoire de l'organisation : on peut la découvrir "
                        "et demander à s'y joindre."
                    ),
                    "en": (
                        "It appears in the organisation's directory: people can find it and ask "
                        "to join."
                    ),
                },
            },
            "unlisted": {
                "label": {"fr": "Non affichée", "en": "Unlisted"},
                "definition": {
                    "fr": "Elle n'apparaît pas dans le répertoire; on s'y joint sur invitation.",
                    "en": "It does not appear in the directory; people join by invitation.",
                },
            },
        },
    },
}


STAGES: list[dict] = [
    {
        "key": "potential",
        "label": {"fr": "Potentiel", "en": "Potential"},
        "description": {
            "fr": (
                "Des personnes se découvrent des préoccupations communes et imaginent ce qu'elles "
                "pourraient faire ensemble."
            ),
            "en": "People discover shared concerns and imagine what they could do together.",
        },
        "questions": [
            {
                "fr": (
                    "Quelles préoccupations communes nous rassemblent? Répondent-elles à un "
                    "réel besoin?"
                ),
                "en": "Which shared concerns bring us together? Do they meet a real need?",
            },
            {
                "fr": (
                    "L'idée vient-elle des futur·e·s membres ou d'une organisation qui la "
                    "propose d'en haut?"
                ),
                "en": (
                    "Does the idea come from the future members, or from an organisation "
                    "proposing it from above?"
                ),
            },
            {
                "fr": (
                    "Qui pourrait en faire partie, et qui forme le groupe noyau pour la préparer?"
                ),
                "en": "Who could join, and who makes up the core group that prepares it?",
            },
            {
                "fr": (
                    "Que visons-nous d'abord : partager des savoirs, réseauter, s'outiller, "
                    "s'entraider?"
                ),
                "en": "What do we aim for first: sharing knowledge, networking, tools, mutual aid?",
            },
        ],
        "focus": {
            "fr": (
                "Regarder la mise en place, pas les résultats : les besoins sont-ils nommés, un "
                "groupe noyau est-il formé?"
            ),
            "en": (
                "Look at the setting-up, not the results: are the needs named, is a core group "
                "in place?"
            ),
        },
    },
    {
        "key": "coalescing",
        "label": {"fr": "Unification", "en": "Coalescing"},
        "description": {
            "fr": (
                "Une masse critique de personnes s'engage; la communauté se lance et les premiers "
                "savoirs commencent à circuler."
            ),
            "en": (
                "A critical mass of people commits; the community starts and the first pieces of "
                "knowledge begin to circulate."
            ),
        },
        "questions": [
            {
                "fr": "Sommes-nous assez de personnes engagées pour lancer les échanges?",
                "en": "Are enough committed people on board to get exchanges going?",
            },
            {
                "fr": "La charte a-t-elle été discutée, puis signée par les membres?",
                "en": "Has the charter been discussed, then signed by the members?",
            },
            {
                "fr": (
                    "Prenons-nous le temps de faire connaissance avant d'entrer dans le vif "
                    "du sujet?"
                ),
                "en": "Are we taking time to get to know each other before diving in?",
            },
        ],
        "focus": {
            "fr": (
                "Suivre le recrutement, les signatures de la charte et les premières ressources "
                "partagées; une production encore modeste est normale à ce stade."
            ),
            "en": (
                "Follow recruitment, charter signatures and the first shared resources; modest "
                "output is normal at this stage."
            ),
        },
    },
    {
        "key": "maturing",
        "label": {"fr": "Maturité", "en": "Maturing"},
        "description": {
            "fr": (
                "La communauté trouve son rythme et sa vitalité : les activités ne sont pas "
                "forcément nombreuses, mais elles sont intenses."
            ),
            "en": (
                "The community finds its rhythm and vitality: activities are not necessarily "
                "many, but they are intense."
            ),
        },
        "questions": [
            {
                "fr": "Notre rythme de rencontres est-il stimulant sans devenir trop prenant?",
                "en": "Is our meeting rhythm stimulating without becoming too demanding?",
            },
            {
                "fr": (
                    "La communauté répond-elle aux besoins des membres? Quelles activités leur "
                    "sont les plus utiles?"
                ),
                "en": "Does the community meet members' needs? Which activities help them most?",
            },
            {
                "fr": "Les présences baissent-elles nettement et de façon répétée? Pourquoi?",
                "en": "Is attendance falling sharply and repeatedly? Why?",
            },
        ],
        "focus": {
            "fr": (
                "Mesurer la vitalité (présences, échanges, interactions) et la satisfaction des "
                "membres."
            ),
            "en": "Measure vitality (attendance, exchanges, interactions) and member satisfaction.",
        },
    },
    {
        "key": "stewardship",
        "label": {"fr": "Momentum", "en": "Momentum"},
        "description": {
            "fr": (
                "Période productive : les échanges portent fruit et la communauté produit des "
                "outils, des synthèses et des façons de faire communes."
            ),
            "en": (
                "A productive period: exchanges bear fruit and the community produces tools, "
                "summaries and shared ways of working."
            ),
        },
        "questions": [
            {
                "fr": "Quels objectifs avons-nous atteints, en tout ou en partie?",
                "en": "Which objectives have we reached, fully or in part?",
            },
            {
                "fr": "Qu'est-ce que les membres ont changé dans leur pratique grâce au groupe?",
                "en": "What have members changed in their practice thanks to the group?",
            },
            {
                "fr": "Comment conserver et faire circuler ce que nous avons produit?",
                "en": "How do we keep and share what we have produced?",
            },
        ],
        "focus": {
            "fr": (
                "Évaluer l'efficacité : objectifs atteints, apprentissages des membres, valeur "
                "créée pour les organisations."
            ),
            "en": (
                "Assess effectiveness: objectives reached, what members learned, value created "
                "for organisations."
            ),
        },
    },
    {
        "key": "transformation",
        "label": {"fr": "Transformation", "en": "Transformation"},
        "description": {
            "fr": (
                "Point tournant : la communauté se demande si elle poursuit, change de formule ou "
                "prend fin."
            ),
            "en": (
                "A turning point: the community asks whether to carry on, change its format or "
                "come to an end."
            ),
        },
        "questions": [
            {
                "fr": "Poursuivre? Changer? Terminer?",
                "en": "Carry on? Change? Close?",
            },
            {
                "fr": "Les besoins qui nous ont réunis sont-ils toujours là?",
                "en": "Are the needs that brought us together still there?",
            },
            {
                "fr": "Comment souligner le chemin parcouru et garder le lien entre nous?",
                "en": "How do we mark the road travelled and stay in touch?",
            },
        ],
        "focus": {
            "fr": (
                "Consigner la décision et les leçons tirées; une fin bien préparée est aussi une "
                "réussite."
            ),
            "en": (
                "Record the decision and the lessons learned; a well-prepared ending is a "
                "success too."
            ),
        },
    },
]


SETUP_CHECKLIST: list[dict] = [
    {
        "key": "core_group",
        "label": {"fr": "Former un groupe noyau", "en": "Form a core group"},
        "help": {
            "fr": (
                "Réunir quelques personnes motivées (fondateur·trice, marraine ou parrain, "
                "expert·e de contenu, soutien technique) pour esquisser les objectifs, le profil "
                "des membres et les grandes caractéristiques, puis valider le tout avec les "
                "futur·e·s membres. Une personne d'expérience peut les accompagner."
            ),
            "en": (
                "Bring together a few motivated people (founder, sponsor, content expert, "
                "technical support) to sketch the objectives, the member profile and the main "
                "characteristics, then check them with the future members. An experienced "
                "adviser can help."
            ),
        },
    },
    {
        "key": "needs_analysis",
        "label": {"fr": "Analyser les besoins", "en": "Analyse the needs"},
        "help": {
            "fr": (
                "Préciser les besoins qui justifient une communauté de pratique et les groupes à "
                "qui elle servira, par un sondage, des entrevues ou un groupe de discussion."
            ),
            "en": (
                "Pin down the needs that call for a community of practice and who it will serve, "
                "through a survey, interviews or a focus group."
            ),
        },
    },
    {
        "key": "recruitment",
        "label": {"fr": "Recruter les membres", "en": "Recruit members"},
        "help": {
            "fr": (
                "Partir d'un réseau existant et inviter plutôt qu'imposer : les volontaires "
                "participent davantage. Vérifier la diversité des profils recherchés."
            ),
            "en": (
                "Start from an existing network and invite rather than enrol by default: "
                "volunteers take a more active part. Check the diversity of profiles sought."
            ),
        },
    },
    {
        "key": "configuration",
        "label": {"fr": "Configurer la communauté", "en": "Configure the community"},
        "help": {
            "fr": (
                "Choisir les caractéristiques (formule, modalité, inscriptions...), attribuer les "
                "rôles et bâtir la charte avec les futur·e·s membres."
            ),
            "en": (
                "Choose the characteristics (format, modality, registration...), assign the "
                "roles and draft the charter with the future members."
            ),
        },
    },
    {
        "key": "resources",
        "label": {"fr": "Obtenir les ressources", "en": "Secure resources"},
        "help": {
            "fr": (
                "Il faut surtout du temps : temps d'animation reconnu, temps libéré pour les "
                "membres, et un budget pour les déplacements et au moins une rencontre en "
                "présence par année."
            ),
            "en": (
                "Time matters most: recognised facilitation time, time released for members, and "
                "a budget for travel and at least one in-person meeting a year."
            ),
        },
    },
    {
        "key": "technology",
        "label": {"fr": "S'outiller sur le plan technologique", "en": "Set up the technology"},
        "help": {
            "fr": (
                "Choisir des outils simples qui répondent aux besoins exprimés, vérifier que les "
                "membres ont l'équipement nécessaire et les accompagner dans leur prise en main."
            ),
            "en": (
                "Pick simple tools that answer the needs expressed, check that members have the "
                "equipment they need and help them get started."
            ),
        },
    },
    {
        "key": "evaluation",
        "label": {"fr": "Prévoir l'évaluation et le suivi", "en": "Plan evaluation and follow-up"},
        "help": {
            "fr": (
                "Ouvrir un journal de bord, planifier des rencontres avec la marraine, le parrain "
                "ou la personne responsable, et décider de ce qu'on mesurera à chaque stade."
            ),
            "en": (
                "Start a logbook, schedule meetings with the sponsor or the person in charge, and "
                "decide what will be measured at each stage."
            ),
        },
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


CLOSING_CHECKLIST: list[dict] = [
    {
        "key": "collective_feedback",
        "label": {
            "fr": "Faire un retour collectif sur l'expérience (regards réflexifs)",
            "en": "Hold a collective look back on the experience",
        },
    },
    {
        "key": "survey",
        "label": {
            "fr": "Envoyer un sondage individuel et anonyme",
            "en": "Send an individual, anonymous survey",
        },
    },
    {
        "key": "certificates",
        "label": {
            "fr": "Remettre des certificats pour souligner l'engagement",
            "en": "Hand out certificates to recognise commitment",
        },
    },
    {
        "key": "contact_exchange",
        "label": {
            "fr": "Échanger les coordonnées pour garder le lien",
            "en": "Exchange contact details to stay in touch",
        },
    },
    {
        "key": "celebration",
        "label": {
            "fr": "Célébrer le chemin parcouru ensemble",
            "en": "Celebrate the road travelled together",
        },
    },
    {
        "key": "improvements",
        "label": {
            "fr": "Discuter des améliorations pour une prochaine fois",
            "en": "Discuss improvements for next time",
        },
    },
    {
        "key": "share_results",
        "label": {
            "fr": "Partager les résultats de l'évaluation avec les membres",
            "en": "Share the evaluation results with members",
        },
    },
]


TRANSFORMATION_DECISIONS: dict[str, Text] = {
    "continue": {
        "fr": "Poursuivre avec la même formule",
        "en": "Carry on with the same format",
    },
    "new_cycle": {
        "fr": "Lancer un nouveau cycle en changeant de formule",
        "en": "Start a new cycle with a different format",
    },
    "close": {
        "fr": "Clore la communauté et en garder les traces",
        "en": "Close the community and keep its records",
    },
}


ROLES: dict[str, dict] = {
    "facilitator": {
        "label": {"fr": "Animateur·trice", "en": "Facilitator"},
        "description": {
            "fr": (
                "Prépare et anime les rencontres, stimule les échanges, relance les membres et "
                "assure les suivis. Le rôle peut tourner entre plusieurs personnes."
            ),
            "en": (
                "Prepares and runs the meetings, sparks exchanges, nudges members and follows "
                "up. The role can rotate among several people."
            ),
        },
    },
    "co_facilitator": {
        "label": {"fr": "Co-animateur·trice", "en": "Co-facilitator"},
        "description": {
            "fr": (
                "Partage l'animation avec l'animateur·trice : prend en charge des blocs, "
                "observe le groupe et alimente le partage d'outils."
            ),
            "en": (
                "Shares facilitation with the facilitator: takes on agenda blocks, watches the "
                "group and feeds the sharing of tools."
            ),
        },
    },
    "sponsor": {
        "label": {"fr": "Marraine / parrain", "en": "Sponsor"},
        "description": {
            "fr": (
                "Membre qui nourrit la communauté en lançant une question ouverte quand aucun "
                "sujet n'émerge. Dans une communauté intentionnelle, défend aussi sa visibilité, "
                "ses ressources et son importance auprès de l'organisation."
            ),
            "en": (
                "A member who feeds the community with an open question when no topic comes up. "
                "In an intentional community, also champions its visibility, resources and "
                "importance within the organisation."
            ),
        },
    },
    "founder": {
        "label": {"fr": "Fondateur·trice", "en": "Founder"},
        "description": {
            "fr": (
                "Est à l'origine de la communauté et contribue à définir sa mission et ses "
                "objectifs."
            ),
            "en": "Started the community and helps define its mission and objectives.",
        },
    },
    "content_expert": {
        "label": {"fr": "Expert·e de contenu", "en": "Content expert"},
        "description": {
            "fr": (
                "Apporte une expertise utile au groupe : éclaire, enrichit et valide les "
                "contenus partagés."
            ),
            "en": (
                "Brings expertise the group needs: clarifies, enriches and validates shared "
                "content."
            ),
        },
    },
    "watcher": {
        "label": {"fr": "Veilleur·euse", "en": "Watcher"},
        "description": {
            "fr": (
                "Repère et analyse l'information liée au domaine (actualités, études, outils) "
                "et la signale au groupe."
            ),
            "en": (
                "Spots and analyses information related to the domain (news, studies, tools) and "
                "flags it to the group."
            ),
        },
    },
    "reporter": {
        "label": {
            "fr": "Rapporteur·euse / preneur·euse de notes",
            "en": "Reporter / note-taker",
        },
        "description": {
            "fr": (
                "Prend les notes des rencontres et met en forme ce que le groupe produit : "
                "comptes rendus, synthèses, leçons tirées."
            ),
            "en": (
                "Takes meeting notes and writes up what the group produces: minutes, summaries, "
                "lessons learned."
            ),
        },
    },
    "moderator": {
        "label": {"fr": "Modérateur·trice", "en": "Moderator"},
        "description": {
            "fr": (
                "Veille au bon déroulement des échanges en ligne et répertorie les outils "
                "partagés pendant les rencontres."
            ),
            "en": (
                "Keeps online exchanges on track and catalogues the tools shared during meetings."
            ),
        },
    },
    "mentor": {
        "label": {"fr": "Mentor·e", "en": "Mentor"},
        "description": {
            "fr": (
                "Membre d'expérience qui accueille les nouvelles personnes et leur explique les "
                "normes et le fonctionnement du groupe."
            ),
            "en": (
                "An experienced member who welcomes newcomers and explains the group's norms and "
                "ways of working."
            ),
        },
    },
    "member": {
        "label": {"fr": "Membre", "en": "Member"},
        "description": {
            "fr": (
                "Participe aux activités, partage son expérience et contribue au bon "
                "fonctionnement du groupe."
            ),
            "en": (
                "Takes part in activities, shares their experience and helps the group run well."
            ),
        },
    },
    "observer": {
        "label": {"fr": "Observateur·trice", "en": "Observer"},
        "description": {
            "fr": (
                "Suit les échanges sans y prendre part activement; sa présence est légitime et "
                "peut devenir plus active avec le temps."
            ),
            "en": (
                "Follows exchanges without taking an active part; a legitimate place that can "
                "grow more active over time."
            ),
        },
    },
    "guest_expert": {
        "label": {"fr": "Expert·e invité·e", "en": "Guest expert"},
        "description": {
            "fr": (
                "Personne externe invitée pour un thème ou une rencontre, avec un accès limité "
                "dans le temps."
            ),
            "en": "An outside person invited for one theme or meeting, with time-limited access.",
        },
    },
}


ORG_ROLES: dict[str, dict] = {
    "coordinator": {
        "label": {"fr": "Responsable", "en": "Coordinator"},
        "description": {
            "fr": (
                "Voit l'ensemble des communautés de l'organisation, gère les équipes et produit "
                "le bilan annuel."
            ),
            "en": (
                "Oversees all of the organisation's communities, manages teams and produces the "
                "annual report."
            ),
        },
    },
    "staff_facilitator": {
        "label": {"fr": "Animateur·trice d'équipe", "en": "Staff facilitator"},
        "description": {
            "fr": (
                "Membre du personnel qui peut créer des communautés et en animer pour "
                "l'organisation."
            ),
            "en": "A staff member who can create and facilitate communities for the organisation.",
        },
    },
    "member": {
        "label": {"fr": "Membre de l'organisation", "en": "Organisation member"},
        "description": {
            "fr": (
                "Personne rattachée à l'organisation, qui voit son répertoire et peut se joindre "
                "à ses communautés."
            ),
            "en": (
                "A person attached to the organisation, who sees its directory and can join its "
                "communities."
            ),
        },
    },
}


OBJECTIVE_KINDS: dict[str, Text] = {
    "knowledge_sharing": {
        "fr": "Partager des savoirs et des expériences",
        "en": "Share knowledge and experience",
    },
    "practice_improvement": {
        "fr": "Améliorer et harmoniser nos pratiques",
        "en": "Improve and align our practices",
    },
    "networking": {
        "fr": "Tisser des liens et briser l'isolement",
        "en": "Build ties and break isolation",
    },
    "tool_production": {
        "fr": "Produire ou mettre en commun des outils",
        "en": "Produce or pool tools",
    },
    "mutual_support": {
        "fr": "S'entraider et ventiler entre pair·e·s",
        "en": "Support each other and vent among peers",
    },
    "skills": {
        "fr": "Développer nos compétences et outiller la relève",
        "en": "Develop skills and equip newcomers to the field",
    },
    "problem_solving": {
        "fr": "Résoudre ensemble des problèmes concrets",
        "en": "Solve concrete problems together",
    },
    "resource_pooling": {
        "fr": "Mutualiser des ressources",
        "en": "Pool resources",
    },
    "joint_projects": {
        "fr": "Développer ou consolider des projets communs",
        "en": "Develop or strengthen joint projects",
    },
    "other": {
        "fr": "Autre",
        "en": "Other",
    },
}


PRESETS: list[dict] = [
    {
        "key": "learning_circle",
        "title": {
            "fr": "Cercle d'apprentissage en ligne",
            "en": "Online learning circle",
        },
        "summary": {
            "fr": (
                "Un petit groupe fermé, par exemple des directions d'organismes, qui se réunit en "
                "ligne pour échanger sur les défis vécus au quotidien. La liste des thèmes part "
                "d'un premier tour de table et s'enrichit au fil des rencontres."
            ),
            "en": (
                "A small closed group, for instance executive directors, meeting online to talk "
                "through everyday challenges. The list of themes starts with a first round table "
                "and grows from meeting to meeting."
            ),
        },
        "values": {
            "registration": "closed",
            "modality": "virtual",
            "origin": "intentional",
            "format": "learning_circle",
            "structure": "flexible",
            "org_scope": "inter_organizational",
            "sector_scope": "intra_sectoral",
            "geography": "dispersed",
            "diversity": "homogeneous",
            "formalization": "supported",
            "anchoring": "function",
            "topic_setting": "emergent",
            "visibility": "listed",
        },
        "cadence_weeks": 6,
        "meeting_minutes": 120,
        "ideal_size_min": 5,
        "ideal_size_max": 7,
        "capacity": 7,
        "planned_meetings": 6,
        "time_commitment": {
            "fr": "Six rencontres de 2 heures, environ toutes les six semaines.",
            "en": "Six 2-hour meetings, about every six weeks.",
        },
        "roles_hint": ["facilitator", "reporter", "member"],
    },
    {
        "key": "codevelopment",
        "title": {
            "fr": "Groupe de codéveloppement",
            "en": "Co-development group",
        },
        "summary": {
            "fr": (
                "Une cohorte fermée et stable qui se retrouve en personne. À chaque rencontre, "
                "une personne présente une situation et les autres l'aident selon une démarche "
                "en étapes, conclue par les « 3A » : appris, apprécié, à appliquer. Prévoir une "
                "rencontre de préparation des mandats."
            ),
            "en": (
                "A stable closed cohort meeting in person. At each meeting one person presents a "
                "situation and the others help through a step-by-step method, closed by the "
                "« 3A »: learned, appreciated, will apply. Plan a mandate-preparation meeting."
            ),
        },
        "values": {
            "registration": "closed",
            "modality": "in_person",
            "origin": "intentional",
            "format": "codevelopment",
            "structure": "structured_protocol",
            "org_scope": "inter_organizational",
            "sector_scope": "intra_sectoral",
            "geography": "local",
            "diversity": "homogeneous",
            "formalization": "supported",
            "anchoring": "practice_field",
            "topic_setting": "emergent",
            "visibility": "listed",
        },
        "cadence_weeks": 4,
        "meeting_minutes": 180,
        "ideal_size_min": 5,
        "ideal_size_max": 7,
        "capacity": 7,
        "planned_meetings": 5,
        "time_commitment": {
            "fr": (
                "Cinq demi-journées de 3 heures, environ une par mois, et une présence à toutes "
                "les rencontres."
            ),
            "en": "Five 3-hour half-days, about one a month, attending every meeting.",
        },
        "roles_hint": ["facilitator", "co_facilitator", "member"],
    },
    {
        "key": "open_tailor_made",
        "title": {
            "fr": "Cercle ouvert sur mesure",
            "en": "Open tailor-made circle",
        },
        "summary": {
            "fr": (
                "Un espace d'entraide en ligne, conçu avec l'organisme demandeur, où l'on vient "
                "quand on peut. Les sujets émergent des personnes présentes; deux marraines ou "
                "parrains lancent une question au besoin et une personne répertorie les outils "
                "partagés."
            ),
            "en": (
                "An online mutual-aid space designed with the requesting organisation, where "
                "people come when they can. Topics emerge from those present; two sponsors launch "
                "a question when needed and one person catalogues the tools shared."
            ),
        },
        "values": {
            "registration": "open",
            "modality": "virtual",
            "origin": "intentional",
            "format": "tailor_made",
            "structure": "flexible",
            "org_scope": "inter_organizational",
            "sector_scope": "intra_sectoral",
            "geography": "local",
            "diversity": "homogeneous",
            "formalization": "supported",
            "anchoring": "function",
            "topic_setting": "emergent",
            "visibility": "listed",
        },
        "cadence_weeks": 4,
        "meeting_minutes": 90,
        "ideal_size_min": 10,
        "ideal_size_max": 30,
        "capacity": None,
        "planned_meetings": 8,
        "time_commitment": {
            "fr": "Rencontres de 1 h 30 environ chaque mois, sans obligation de présence.",
            "en": "About one 90-minute meeting a month, with no obligation to attend.",
        },
        "roles_hint": ["facilitator", "sponsor", "moderator", "member"],
    },
    {
        "key": "horizontal_thematic",
        "title": {
            "fr": "Communauté thématique horizontale",
            "en": "Horizontal thematic community",
        },
        "summary": {
            "fr": (
                "Un groupe qui se retrouve en personne autour d'un champ de pratique commun. Les "
                "membres bâtissent ensemble un calendrier thématique, un cadre de fonctionnement "
                "et des valeurs, et essaient plusieurs formules d'animation."
            ),
            "en": (
                "A group meeting in person around a shared field of practice. Members build a "
                "thematic calendar, ground rules and shared values together, and try out several "
                "facilitation formats."
            ),
        },
        "values": {
            "registration": "closed",
            "modality": "in_person",
            "origin": "intentional",
            "format": "thematic",
            "structure": "flexible",
            "org_scope": "inter_organizational",
            "sector_scope": "intra_sectoral",
            "geography": "local",
            "diversity": "diverse",
            "formalization": "supported",
            "anchoring": "practice_field",
            "topic_setting": "announced_calendar",
            "visibility": "listed",
        },
        "cadence_weeks": 2,
        "meeting_minutes": 180,
        "ideal_size_min": 10,
        "ideal_size_max": 20,
        "capacity": 20,
        "planned_meetings": 6,
        "time_commitment": {
            "fr": "Six rencontres de 3 heures, toutes les deux semaines.",
            "en": "Six 3-hour meetings, every two weeks.",
        },
        "roles_hint": ["facilitator", "co_facilitator", "reporter", "member"],
    },
    {
        "key": "internal_peer_circle",
        "title": {
            "fr": "Cercle interne entre pair·e·s",
            "en": "Internal peer circle",
        },
        "summary": {
            "fr": (
                "Une équipe de travail qui alterne cercles sans écran, où chacun·e expose une "
                "situation difficile, et formations données par des collègues sur les besoins "
                "qui en ressortent. Les rencontres sont réservées à cette seule activité."
            ),
            "en": (
                "A work team alternating screen-free circles, where each person can bring a hard "
                "situation, with trainings given by colleagues on the needs that surface. "
                "Meetings are kept for this activity alone."
            ),
        },
        "values": {
            "registration": "closed",
            "modality": "in_person",
            "origin": "spontaneous",
            "format": "peer_training",
            "structure": "very_loose",
            "org_scope": "intra_organizational",
            "sector_scope": "intra_sectoral",
            "geography": "local",
            "diversity": "homogeneous",
            "formalization": "authorized",
            "anchoring": "function",
            "topic_setting": "emergent",
            "visibility": "unlisted",
        },
        "cadence_weeks": 6,
        "meeting_minutes": 180,
        "ideal_size_min": 5,
        "ideal_size_max": 10,
        "capacity": None,
        "planned_meetings": 6,
        "time_commitment": {
            "fr": (
                "Six rencontres de 3 heures sur le temps de travail : trois cercles et trois "
                "formations entre collègues."
            ),
            "en": (
                "Six 3-hour meetings during work time: three circles and three trainings among "
                "colleagues."
            ),
        },
        "roles_hint": ["founder", "facilitator", "member"],
    },
]


SIZE_GUIDANCE: dict = {
    "small_formats": ["learning_circle", "codevelopment"],
    "small_min": 5,
    "small_max": 7,
    "meeting_min_present": 6,
    "meeting_max_present": 20,
    "thematic_min": 10,
    "thematic_ideal_min": 20,
    "thematic_ideal_max": 50,
    "messages": {
        "too_small": {
            "fr": (
                "Avec {count} membres, le groupe risque de manquer de points de vue et chaque "
                "absence pèsera lourd. Repère : de 5 à 7 personnes pour un cercle ou un groupe "
                "de codéveloppement, au moins une dizaine pour une communauté thématique."
            ),
            "en": (
                "With {count} members, the group may lack viewpoints and every absence will "
                "weigh heavily. Guide: 5 to 7 people for a circle or co-development group, about "
                "ten or more for a thematic community."
            ),
        },
        "too_large": {
            "fr": (
                "Avec {count} membres, tout le monde n'aura pas le temps de s'exprimer. Pour un "
                "cercle ou un groupe de codéveloppement, 5 à 7 personnes, c'est l'idéal : "
                "envisagez de former une deuxième cohorte."
            ),
            "en": (
                "With {count} members, not everyone will get time to speak. For a circle or a "
                "co-development group, 5 to 7 people is ideal: consider starting a second cohort."
            ),
        },
        "meeting_too_small": {
            "fr": (
                "{count} personnes attendues : sous 6, la discussion peut vite s'essouffler. "
                "Relancez les membres ou ajustez le format de la rencontre."
            ),
            "en": (
                "{count} people expected: below 6, the discussion can run out of steam. Nudge "
                "members or adjust the meeting format."
            ),
        },
        "meeting_too_large": {
            "fr": (
                "{count} personnes attendues : au-delà de 20, l'animation devient difficile. "
                "Prévoyez des sous-groupes et une personne de plus à l'animation."
            ),
            "en": (
                "{count} people expected: above 20, facilitation gets hard. Plan sub-groups and "
                "one more facilitator."
            ),
        },
        "subgroups": {
            "fr": (
                "Avec {count} membres, la communauté dépasse 50 personnes : formez des "
                "sous-groupes d'intérêt pour que chacun·e trouve sa place dans les échanges."
            ),
            "en": (
                "With {count} members, the community is past 50 people: form interest sub-groups "
                "so that everyone finds a place in the exchanges."
            ),
        },
    },
}


NOT_A_COP: list[Text] = [
    {
        "fr": "Un site Web ou un simple dépôt de documents.",
        "en": "A website or a mere document store.",
    },
    {
        "fr": "Un répertoire de bonnes pratiques qu'on consulte chacun·e de son côté.",
        "en": "A directory of good practices that people browse on their own.",
    },
    {
        "fr": "Un canal de diffusion où l'information circule à sens unique.",
        "en": "A broadcast channel where information flows one way.",
    },
    {
        "fr": "Une liste d'abonné·e·s à qui l'on envoie des nouvelles.",
        "en": "A mailing list of subscribers who receive news.",
    },
    {
        "fr": "Un groupe de travail chargé de remettre un livrable précis à une date fixée.",
        "en": "A working group tasked with handing in a set deliverable by a fixed date.",
    },
    {
        "fr": "Une formation où une personne experte transmet un contenu à des élèves.",
        "en": "A training course where an expert passes content on to learners.",
    },
]


DIRECTORY_RUBRICS: dict[str, Text] = {
    "who_does_what": {"fr": "Qui fait quoi?", "en": "Who does what?"},
    "who_knows_what": {"fr": "Qui sait quoi?", "en": "Who knows what?"},
}
