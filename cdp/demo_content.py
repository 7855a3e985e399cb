"""The demo narrative that the seeding command creates through services.

Two organisations: a popular-education centre whose support team runs the five communities piloted
in `shared/domain/seed-000.md` §9.2 (C1-C5), and a neighbourhood concertation table with its
intercultural community (C6) and a food-security circle still at the potential stage (C7), so that
tenant isolation can be shown with real-looking data. Everyone is fictional; texts are French only,
because the demo organisation works in French.

Conventions the seeding code relies on:

- `preset` is a key of `communities.content.PRESETS`; `overrides` replaces preset values and uses
  the same keys (an axis key of `AXES`, or `capacity`, `cadence_weeks`, `meeting_minutes`,
  `planned_meetings`, `ideal_size_min`, `ideal_size_max`);
- `members` are the enrolled participants (the headcount of the source); facilitators are listed in
  `facilitators` only, never in `members`;
- `roles` gives the roles held beyond plain membership; an email found in `roles` but neither in
  `members` nor in `facilitators` gets a membership holding those roles only (a guest expert, a
  sponsor from the host organisation);
- a drop-out is one of `members`, whose membership ends with the given reason;
- `offset_weeks` counts from today (negative = already held); `present` is the attendance of a held
  meeting and is never above the number of members still enrolled at that date;
- feedback `tag` keys are the logistics rubrics of the participants' review (seed 000 §9.5).
"""

ORGANISATIONS: list[dict] = [
    {
        "slug": "centre-demo",
        "name": "Centre d'éducation populaire (démo)",
        "description": (
            "L'équipe de soutien aux organisations accompagne des organismes communautaires et "
            "leurs regroupements : formation, animation et communautés de pratique."
        ),
        "timezone": "America/Toronto",
        "language": "fr",
        "privacy_contact": "vie.privee@example.org",
        "staff": {
            "coordo@example.org": "coordinator",
            "animatrice@example.org": "staff_facilitator",
            "animateur@example.org": "staff_facilitator",
            "catherine.roy@example.org": "staff_facilitator",
            "amelie.fortin@example.org": "staff_facilitator",
            "marc-andre.pelletier@example.org": "staff_facilitator",
            "kevin.nguyen@example.org": "member",
            "alex.gauthier@example.org": "member",
            "yasmine.benali@example.org": "member",
        },
    },
    {
        "slug": "table-demo",
        "name": "Table de concertation de quartier (démo)",
        "description": (
            "Lieu de concertation qui réunit organismes, citoyen·ne·s, arrondissement et "
            "partenaires autour des enjeux du quartier."
        ),
        "timezone": "America/Toronto",
        "language": "fr",
        "privacy_contact": "confidentialite.table@example.org",
        "staff": {
            "responsable.table@example.org": "coordinator",
            "rosalie.gendron@example.org": "staff_facilitator",
        },
    },
]


_CENTRE = "Centre d'éducation populaire (démo)"

PEOPLE: list[dict] = [
    # centre-demo: the accounts used to log in to the demo.
    {
        "email": "coordo@example.org",
        "first_name": "Geneviève",
        "last_name": "Gagnon",
        "pronouns": "elle",
        "job_title": "Responsable de l'équipe de soutien aux organisations",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "animatrice@example.org",
        "first_name": "Isabelle",
        "last_name": "Lavoie",
        "pronouns": "elle",
        "job_title": "Conseillère en accompagnement des organisations",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "animateur@example.org",
        "first_name": "Mathieu",
        "last_name": "Bouchard",
        "pronouns": "il",
        "job_title": "Conseiller en formation et en gestion",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "membre@example.org",
        "first_name": "Sophie",
        "last_name": "Côté",
        "pronouns": "elle",
        "job_title": "Directrice générale",
        "home_organisation": "Maison des familles du Vieux-Moulin",
        "language": "fr",
    },
    # centre-demo: the rest of the support team.
    {
        "email": "catherine.roy@example.org",
        "first_name": "Catherine",
        "last_name": "Roy",
        "pronouns": "elle",
        "job_title": "Conseillère en mobilisation citoyenne",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "amelie.fortin@example.org",
        "first_name": "Amélie",
        "last_name": "Fortin",
        "pronouns": "elle",
        "job_title": "Conseillère en éducation populaire",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "marc-andre.pelletier@example.org",
        "first_name": "Marc-André",
        "last_name": "Pelletier",
        "pronouns": "il",
        "job_title": "Conseiller en gestion des ressources humaines",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "kevin.nguyen@example.org",
        "first_name": "Kevin",
        "last_name": "Nguyen",
        "pronouns": "il",
        "job_title": "Conseiller en communication",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "alex.gauthier@example.org",
        "first_name": "Alex",
        "last_name": "Gauthier",
        "pronouns": "iel",
        "job_title": "Conseiller·ère en gouvernance",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    {
        "email": "yasmine.benali@example.org",
        "first_name": "Yasmine",
        "last_name": "Benali",
        "pronouns": "elle",
        "job_title": "Agente de soutien aux organisations",
        "home_organisation": _CENTRE,
        "language": "fr",
    },
    # Directions and coordinations of community organisations (C1, C3, C5).
    {
        "email": "julie.morin@example.org",
        "first_name": "Julie",
        "last_name": "Morin",
        "pronouns": "elle",
        "job_title": "Coordonnatrice",
        "home_organisation": "Centre de femmes de la Pointe-aux-Hérons",
        "language": "fr",
    },
    {
        "email": "caroline.ouellet@example.org",
        "first_name": "Caroline",
        "last_name": "Ouellet",
        "pronouns": "elle",
        "job_title": "Directrice générale",
        "home_organisation": "Carrefour jeunesse des Deux-Rives",
        "language": "fr",
    },
    {
        "email": "francois.lefebvre@example.org",
        "first_name": "François",
        "last_name": "Lefebvre",
        "pronouns": "il",
        "job_title": "Coordonnateur",
        "home_organisation": "Cuisine collective du Vieux-Moulin",
        "language": "fr",
    },
    {
        "email": "fatou.diallo@example.org",
        "first_name": "Fatou",
        "last_name": "Diallo",
        "pronouns": "elle",
        "job_title": "Directrice",
        "home_organisation": "Maison d'accueil des nouveaux arrivants Horizon",
        "language": "fr",
    },
    {
        "email": "marie-claude.girard@example.org",
        "first_name": "Marie-Claude",
        "last_name": "Girard",
        "pronouns": "elle",
        "job_title": "Coordonnatrice générale",
        "home_organisation": "Centre d'action bénévole des Érables",
        "language": "fr",
    },
    {
        "email": "patrick.bergeron@example.org",
        "first_name": "Patrick",
        "last_name": "Bergeron",
        "pronouns": "il",
        "job_title": "Directeur général",
        "home_organisation": "Maison des jeunes Le Tremplin",
        "language": "fr",
    },
    {
        "email": "nathalie.caron@example.org",
        "first_name": "Nathalie",
        "last_name": "Caron",
        "pronouns": "",
        "job_title": "Coordonnatrice",
        "home_organisation": "Popote roulante des Saules",
        "language": "fr",
    },
    {
        "email": "eric.poulin@example.org",
        "first_name": "Éric",
        "last_name": "Poulin",
        "pronouns": "il",
        "job_title": "Directeur général",
        "home_organisation": "Ressource alternative en santé mentale Le Phare",
        "language": "fr",
    },
    {
        "email": "luis.hernandez@example.org",
        "first_name": "Luis",
        "last_name": "Hernández",
        "pronouns": "il",
        "job_title": "Directeur général",
        "home_organisation": "Comptoir alimentaire des Saules",
        "language": "en",
    },
    {
        "email": "chantal.dube@example.org",
        "first_name": "Chantal",
        "last_name": "Dubé",
        "pronouns": "elle",
        "job_title": "Directrice générale",
        "home_organisation": "Regroupement des proches aidant·e·s des Érables",
        "language": "fr",
    },
    {
        "email": "olivier.poirier@example.org",
        "first_name": "Olivier",
        "last_name": "Poirier",
        "pronouns": "il",
        "job_title": "Coordonnateur",
        "home_organisation": "Association des locataires du Vieux-Moulin",
        "language": "fr",
    },
    {
        "email": "emilie.thibault@example.org",
        "first_name": "Émilie",
        "last_name": "Thibault",
        "pronouns": "elle",
        "job_title": "Directrice",
        "home_organisation": "Halte-garderie Les Petits Pas",
        "language": "fr",
    },
    {
        "email": "jean-francois.lapointe@example.org",
        "first_name": "Jean-François",
        "last_name": "Lapointe",
        "pronouns": "il",
        "job_title": "Directeur général",
        "home_organisation": "Centre communautaire des aîné·e·s de la Rivière",
        "language": "fr",
    },
    {
        "email": "melanie.boucher@example.org",
        "first_name": "Mélanie",
        "last_name": "Boucher",
        "pronouns": "elle",
        "job_title": "Coordonnatrice",
        "home_organisation": "Maison d'hébergement La Passerelle",
        "language": "fr",
    },
    # People working in community mobilisation (C2).
    {
        "email": "samuel.joseph@example.org",
        "first_name": "Samuel",
        "last_name": "Joseph",
        "pronouns": "il",
        "job_title": "Organisateur communautaire",
        "home_organisation": "Comité citoyen des Saules",
        "language": "fr",
    },
    {
        "email": "audrey.lachance@example.org",
        "first_name": "Audrey",
        "last_name": "Lachance",
        "pronouns": "elle",
        "job_title": "Agente de mobilisation",
        "home_organisation": "Regroupement québécois des jardins collectifs",
        "language": "fr",
    },
    {
        "email": "valerie.simard@example.org",
        "first_name": "Valérie",
        "last_name": "Simard",
        "pronouns": "elle",
        "job_title": "Intervenante communautaire",
        "home_organisation": "Centre de loisirs des Deux-Rives",
        "language": "fr",
    },
    {
        "email": "fatima.elamrani@example.org",
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "pronouns": "elle",
        "job_title": "Chargée de projets en participation citoyenne",
        "home_organisation": "Regroupement des organismes en habitation",
        "language": "fr",
    },
    {
        "email": "karine.beaulieu@example.org",
        "first_name": "Karine",
        "last_name": "Beaulieu",
        "pronouns": "elle",
        "job_title": "Responsable de la vie associative",
        "home_organisation": "Centre d'éducation des adultes La Clairière",
        "language": "fr",
    },
    # The neighbourhood CDC (C3).
    {
        "email": "annie.cloutier@example.org",
        "first_name": "Annie",
        "last_name": "Cloutier",
        "pronouns": "elle",
        "job_title": "Directrice générale",
        "home_organisation": "Entraide des aîné·e·s des Érables",
        "language": "fr",
    },
    {
        "email": "sylvie.bernier@example.org",
        "first_name": "Sylvie",
        "last_name": "Bernier",
        "pronouns": "elle",
        "job_title": "Coordonnatrice",
        "home_organisation": "Friperie solidaire du Vieux-Moulin",
        "language": "fr",
    },
    {
        "email": "martin.desjardins@example.org",
        "first_name": "Martin",
        "last_name": "Desjardins",
        "pronouns": "il",
        "job_title": "Coordonnateur",
        "home_organisation": "Service d'aide à l'emploi des Saules",
        "language": "fr",
    },
    {
        "email": "josee.paquette@example.org",
        "first_name": "Josée",
        "last_name": "Paquette",
        "pronouns": "elle",
        "job_title": "Directrice générale",
        "home_organisation": "Corporation de développement communautaire des Érables",
        "language": "fr",
    },
    # table-demo.
    {
        "email": "responsable.table@example.org",
        "first_name": "Lina",
        "last_name": "Haddad",
        "pronouns": "elle",
        "job_title": "Coordonnatrice de la table de concertation",
        "home_organisation": "Table de concertation de quartier (démo)",
        "language": "fr",
    },
    {
        "email": "rosalie.gendron@example.org",
        "first_name": "Rosalie",
        "last_name": "Gendron",
        "pronouns": "elle",
        "job_title": "Agente de liaison interculturelle",
        "home_organisation": "Table de concertation de quartier (démo)",
        "language": "fr",
    },
    {
        "email": "amina.traore@example.org",
        "first_name": "Amina",
        "last_name": "Traoré",
        "pronouns": "elle",
        "job_title": "Intervenante en francisation",
        "home_organisation": "Centre d'accueil et de francisation des Saules",
        "language": "fr",
    },
    {
        "email": "wei.chen@example.org",
        "first_name": "Wei",
        "last_name": "Chen",
        "pronouns": "iel",
        "job_title": "Agent·e de développement social",
        "home_organisation": "Arrondissement (démo), service du développement social",
        "language": "en",
    },
    {
        "email": "pierre-luc.beaudoin@example.org",
        "first_name": "Pierre-Luc",
        "last_name": "Beaudoin",
        "pronouns": "il",
        "job_title": "Citoyen bénévole",
        "home_organisation": "Comité des résident·e·s des Saules",
        "language": "fr",
    },
    {
        "email": "claudine.veilleux@example.org",
        "first_name": "Claudine",
        "last_name": "Veilleux",
        "pronouns": "elle",
        "job_title": "Organisatrice communautaire",
        "home_organisation": "CLSC du quartier (démo)",
        "language": "fr",
    },
]


COMMUNITIES: list[dict] = [
    {
        "org": "centre-demo",
        "slug": "association-directions",
        "name": "Communauté de pratique avec une association",
        "preset": "learning_circle",
        "overrides": {"capacity": 9},
        "target_audience": (
            "Directions et coordinations des organismes membres d'une association régionale"
        ),
        "description": (
            "Un cercle d'apprentissage en ligne où des directions d'organismes partagent les "
            "difficultés de gestion qu'elles vivent, plus que leurs bons coups, et repartent avec "
            "des pistes et des outils concrets."
        ),
        "mission": (
            "Offrir aux directions un lieu de partage et de réflexion collective où l'on ne reste "
            "pas seul·e face aux défis de gestion."
        ),
        "stage": "transformation",
        "facilitators": ["animatrice@example.org"],
        "roles": {"animatrice@example.org": ["facilitator"]},
        "members": [
            "membre@example.org",
            "julie.morin@example.org",
            "caroline.ouellet@example.org",
            "francois.lefebvre@example.org",
            "fatou.diallo@example.org",
            "marie-claude.girard@example.org",
            "patrick.bergeron@example.org",
            "nathalie.caron@example.org",
            "eric.poulin@example.org",
        ],
        "dropouts": [],
        "objectives": [
            {
                "kind": "knowledge_sharing",
                "text": "Offrir un espace de partage et de réflexion collective entre directions.",
                "status": "attained",
            },
            {
                "kind": "mutual_support",
                "text": "Favoriser l'entraide entre les membres face aux défis de gestion.",
                "status": "attained",
            },
            {
                "kind": "networking",
                "text": "Rejoindre une plus grande part des organismes membres de l'association.",
                "status": "partly_attained",
            },
        ],
        "themes": [
            {"title": "Nos défis de gestion : tour de table", "status": "covered"},
            {"title": "Comptabilité et gestion financière", "status": "covered"},
            {"title": "Charge de travail et urgences du quotidien", "status": "covered"},
            {"title": "Relations avec le conseil d'administration", "status": "covered"},
            {"title": "Gabarits et modèles de gestion à partager", "status": "covered"},
            {"title": "Gouvernance et planification stratégique", "status": "proposed"},
        ],
        "charter_kind": "confidentiality",
        "meetings": [
            {
                "offset_weeks": -32,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Tour de table : nos défis de gestion",
                "present": 8,
            },
            {
                "offset_weeks": -26,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Comptabilité et gestion financière",
                "present": 6,
            },
            {
                "offset_weeks": -20,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Charge de travail et urgences du quotidien",
                "present": 7,
            },
            {
                "offset_weeks": -14,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Relations avec le conseil d'administration",
                "present": 5,
            },
            {
                "offset_weeks": -8,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Gabarits et modèles de gestion à partager",
                "present": 6,
            },
            {
                "offset_weeks": -2,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Retour collectif et sondage anonyme",
                "present": 6,
            },
        ],
        "feedback": [
            {
                "tag": "number_of_people",
                "text": (
                    "Notre groupe était un peu trop grand pour bien réfléchir ensemble : cinq à "
                    "sept personnes, ce serait l'idéal. À trois, par contre, ça ne marcherait pas."
                ),
                "score": 6,
            },
            {
                "tag": "frequency",
                "text": "Une rencontre toutes les six semaines, c'est un bon rythme pour moi.",
                "score": 9,
            },
            {
                "tag": "interest_engagement",
                "text": (
                    "Il faudrait relancer davantage les membres pour qu'on soit plus présent·e·s, "
                    "mettre en valeur la période de discussion libre et permettre de venir "
                    "seulement à certaines rencontres."
                ),
                "score": 6,
            },
            {
                "tag": "meeting_place",
                "text": (
                    "En ligne, c'est pratique, mais une rencontre en personne apporterait "
                    "beaucoup, même si c'est plus compliqué à organiser."
                ),
                "score": 7,
            },
            {
                "tag": "tools_formula",
                "text": (
                    "Recevoir des outils concrets après chaque rencontre, c'est précieux. La "
                    "formule légère, pas trop chargée, me convient."
                ),
                "score": 9,
            },
            {
                "tag": "climate_facilitation",
                "text": (
                    "L'animation était détendue et laissait la place aux détours quand une "
                    "discussion nous amenait ailleurs."
                ),
                "score": 9,
            },
        ],
    },
    {
        "org": "centre-demo",
        "slug": "mobilisation-communautaire",
        "name": "Communauté de pratique sur la mobilisation communautaire",
        "preset": "horizontal_thematic",
        "overrides": {"capacity": None},
        "target_audience": "Personnes qui travaillent en mobilisation communautaire",
        "description": (
            "Une communauté horizontale, en présentiel, où des actrices de la mobilisation "
            "explorent ensemble plusieurs formules d'échange et bâtissent leurs propres outils."
        ),
        "mission": (
            "Échanger sur les pratiques de mobilisation et d'engagement communautaire, fragilisées "
            "depuis la pandémie, pour faire émerger des solutions et des outils."
        ),
        "stage": "transformation",
        "facilitators": ["catherine.roy@example.org", "amelie.fortin@example.org"],
        "roles": {
            "catherine.roy@example.org": ["facilitator"],
            "amelie.fortin@example.org": ["co_facilitator"],
        },
        "members": [
            "samuel.joseph@example.org",
            "audrey.lachance@example.org",
            "valerie.simard@example.org",
            "fatima.elamrani@example.org",
            "karine.beaulieu@example.org",
        ],
        "dropouts": [],
        "objectives": [
            {
                "kind": "knowledge_sharing",
                "text": "Partager nos expériences de mobilisation et nous en nourrir.",
                "status": "attained",
            },
            {
                "kind": "problem_solving",
                "text": "Faire émerger des solutions et des pistes de réflexion communes.",
                "status": "attained",
            },
            {
                "kind": "tool_production",
                "text": "Développer des outils ensemble, dont un cahier de participation.",
                "status": "attained",
            },
        ],
        "themes": [
            {"title": "Carte mentale des enjeux de mobilisation", "status": "covered"},
            {"title": "Mobiliser après la pandémie", "status": "covered"},
            {"title": "Réussites de mobilisation (approche appréciative)", "status": "covered"},
            {"title": "Rejoindre les citoyen·ne·s moins entendu·e·s", "status": "covered"},
            {"title": "Engagement bénévole et militant", "status": "covered"},
            {"title": "Mobilisation dans les regroupements nationaux", "status": "proposed"},
        ],
        "charter_kind": "operating_framework",
        "meetings": [
            {
                "offset_weeks": -30,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Carte mentale et arbre des thèmes : notre calendrier",
                "present": 5,
            },
            {
                "offset_weeks": -28,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Mobiliser après la pandémie",
                "present": 5,
            },
            {
                "offset_weeks": -26,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Réussites de mobilisation (groupe de consultation appréciatif)",
                "present": 4,
            },
            {
                "offset_weeks": -24,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Rejoindre les citoyen·ne·s moins entendu·e·s (chez un organisme membre)",
                "present": 4,
            },
            {
                "offset_weeks": -22,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Engagement bénévole et militant",
                "present": 5,
            },
            {
                "offset_weeks": -20,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Célébration, certificats et retour collectif",
                "present": 5,
            },
        ],
        "feedback": [
            {
                "tag": "climate_facilitation",
                "text": (
                    "Je ne savais pas qu'une communauté de pratique pouvait ressembler à ça. "
                    "L'énergie du groupe m'a portée du début à la fin."
                ),
                "score": 10,
            },
            {
                "tag": "tools_formula",
                "text": (
                    "Le cahier de participation va m'aider à transmettre ce que j'ai appris à mes "
                    "collègues. J'en ressors avec de nouvelles perspectives plus qu'avec des "
                    "outils."
                ),
                "score": 9,
            },
            {
                "tag": "meeting_place",
                "text": (
                    "Se voir en personne, autour de collations partagées, a changé la dynamique. "
                    "La rencontre tenue chez un organisme membre nous a rapproché·e·s."
                ),
                "score": 9,
            },
            {
                "tag": "frequency",
                "text": (
                    "Des rencontres rapprochées pendant l'été, c'était stimulant, mais plusieurs "
                    "collègues intéressé·e·s étaient en vacances."
                ),
                "score": 7,
            },
        ],
    },
    {
        "org": "centre-demo",
        "slug": "cdc-directions",
        "name": "Communauté de pratique avec une CDC",
        "preset": "open_tailor_made",
        "overrides": {},
        "target_audience": (
            "Directions et coordinations des organismes membres de la corporation de "
            "développement communautaire"
        ),
        "description": (
            "Un lieu neutre et informel, en ligne, réservé aux directions des organismes membres "
            "de la CDC : on y vient quand on peut, on y partage ses trucs et on peut y ventiler "
            "sans viser personne."
        ),
        "mission": (
            "Briser l'isolement des directions et coordinations en leur offrant un espace "
            "d'entraide qui leur est exclusivement réservé."
        ),
        "stage": "coalescing",
        "facilitators": ["animatrice@example.org"],
        "roles": {
            "animatrice@example.org": ["facilitator"],
            "annie.cloutier@example.org": ["sponsor"],
            "sylvie.bernier@example.org": ["sponsor"],
            "martin.desjardins@example.org": ["moderator"],
            "josee.paquette@example.org": ["founder"],
        },
        "members": [
            "membre@example.org",
            "francois.lefebvre@example.org",
            "nathalie.caron@example.org",
            "chantal.dube@example.org",
            "emilie.thibault@example.org",
            "fatou.diallo@example.org",
            "patrick.bergeron@example.org",
            "melanie.boucher@example.org",
            "luis.hernandez@example.org",
            "eric.poulin@example.org",
            "marie-claude.girard@example.org",
            "annie.cloutier@example.org",
            "sylvie.bernier@example.org",
            "martin.desjardins@example.org",
            "josee.paquette@example.org",
        ],
        "dropouts": [],
        "objectives": [
            {
                "kind": "networking",
                "text": "Briser l'isolement des directions et coordinations du territoire.",
                "status": "",
            },
            {
                "kind": "mutual_support",
                "text": "Échanger des trucs autour des problèmes que nous vivons toutes et tous.",
                "status": "",
            },
            {
                "kind": "knowledge_sharing",
                "text": "Se tenir au courant de ce qui se passe sur le territoire.",
                "status": "",
            },
        ],
        "themes": [
            {"title": "Définir notre cadre ensemble", "status": "covered"},
            {"title": "Financement et reddition de comptes", "status": "covered"},
            {"title": "Recrutement et rétention du personnel", "status": "covered"},
            {"title": "Préparer l'assemblée générale annuelle", "status": "planned"},
            {"title": "Mutualiser des services entre organismes", "status": "proposed"},
        ],
        "charter_kind": "engagement_confidentiality",
        "meetings": [
            {
                "offset_weeks": -10,
                "minutes": 90,
                "modality": "virtual",
                "theme": "Définir notre cadre ensemble",
                "present": 15,
            },
            {
                "offset_weeks": -6,
                "minutes": 90,
                "modality": "virtual",
                "theme": "Financement et reddition de comptes",
                "present": 12,
            },
            {
                "offset_weeks": -2,
                "minutes": 90,
                "modality": "virtual",
                "theme": "Recrutement et rétention du personnel",
                "present": 11,
            },
            {
                "offset_weeks": 2,
                "minutes": 90,
                "modality": "virtual",
                "theme": "Préparer l'assemblée générale annuelle",
            },
            {
                "offset_weeks": 6,
                "minutes": 90,
                "modality": "virtual",
                "theme": "Sujets émergents (question d'ouverture des marraines)",
            },
            {
                "offset_weeks": 10,
                "minutes": 90,
                "modality": "virtual",
                "theme": "Sujets émergents",
            },
        ],
        "feedback": [
            {
                "tag": "climate_facilitation",
                "text": (
                    "Ça fait du bien de pouvoir ventiler dans un lieu neutre, de façon "
                    "constructive, et même de venir seulement pour écouter."
                ),
                "score": 9,
            },
            {
                "tag": "interest_engagement",
                "text": (
                    "Venir quand je peux, sans obligation, me convient. Certains sujets "
                    "reviennent toutefois d'une fois à l'autre."
                ),
                "score": 7,
            },
            {
                "tag": "meeting_place",
                "text": (
                    "Le virtuel m'évite de longs déplacements sur le territoire, mais c'est "
                    "facile de se laisser distraire par ses courriels."
                ),
                "score": 7,
            },
            {
                "tag": "number_of_people",
                "text": (
                    "Comme ce ne sont pas toujours les mêmes personnes, on passe du temps à se "
                    "remettre en contexte; une heure et demie, c'est court pour ça."
                ),
                "score": 6,
            },
        ],
    },
    {
        "org": "centre-demo",
        "slug": "cercle-interne",
        "name": "Cercle d'apprentissage interne",
        "preset": "internal_peer_circle",
        "overrides": {},
        "target_audience": "Équipe de soutien aux organisations du Centre",
        "description": (
            "Des cercles sans écran où les membres de l'équipe déposent, à tour de rôle, une "
            "situation difficile vécue en accompagnement, en alternance avec des formations "
            "données par des collègues."
        ),
        "mission": (
            "Renforcer la cohésion de l'équipe en osant partager nos difficultés, et grandir "
            "ensemble comme personnes et comme équipe."
        ),
        "stage": "transformation",
        "facilitators": ["animateur@example.org"],
        "roles": {"animateur@example.org": ["founder", "facilitator"]},
        "members": [
            "coordo@example.org",
            "animatrice@example.org",
            "catherine.roy@example.org",
            "amelie.fortin@example.org",
            "marc-andre.pelletier@example.org",
            "kevin.nguyen@example.org",
            "alex.gauthier@example.org",
            "yasmine.benali@example.org",
        ],
        "dropouts": [],
        "objectives": [
            {
                "kind": "mutual_support",
                "text": "Gagner en cohésion en osant partager nos faiblesses entre collègues.",
                "status": "partly_attained",
            },
            {
                "kind": "skills",
                "text": "Nous donner du temps pour grandir chacun·e de notre côté.",
                "status": "attained",
            },
            {
                "kind": "practice_improvement",
                "text": "Grandir ensemble et gagner en confiance comme équipe.",
                "status": "partly_attained",
            },
        ],
        "themes": [
            {"title": "Situations difficiles en accompagnement", "status": "covered"},
            {
                "title": "Formation entre pair·e·s : animer un conflit en conseil",
                "status": "covered",
            },
            {"title": "Formation entre pair·e·s : poser ses limites", "status": "covered"},
            {"title": "Formation entre pair·e·s : l'approche appréciative", "status": "covered"},
            {"title": "Explorer une autre formule pour la reprise", "status": "proposed"},
        ],
        "charter_kind": "",
        "meetings": [
            {
                "offset_weeks": -40,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Cercle : situations difficiles en accompagnement",
                "present": 8,
            },
            {
                "offset_weeks": -34,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Formation entre pair·e·s : animer un conflit en conseil",
                "present": 7,
            },
            {
                "offset_weeks": -28,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Cercle : situations difficiles en accompagnement",
                "present": 6,
            },
            {
                "offset_weeks": -22,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Formation entre pair·e·s : poser ses limites",
                "present": 7,
            },
            {
                "offset_weeks": -16,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Cercle : situations difficiles en accompagnement",
                "present": 5,
            },
            {
                "offset_weeks": -10,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Formation entre pair·e·s : l'approche appréciative",
                "present": 6,
            },
        ],
        "feedback": [
            {
                "tag": "climate_facilitation",
                "text": (
                    "Assis·es en cercle, sans écran, on était vraiment ensemble; les silences du "
                    "début ont laissé place à de belles réflexions."
                ),
                "score": 9,
            },
            {
                "tag": "interest_engagement",
                "text": (
                    "Quand des collègues manquent un cercle, un écart se crée avec celles et ceux "
                    "qui y étaient."
                ),
                "score": 6,
            },
            {
                "tag": "tools_formula",
                "text": (
                    "Commencer une rencontre par des points administratifs avant le cercle a "
                    "cassé l'ambiance : mieux vaut garder ce moment pour le cercle seulement."
                ),
                "score": 5,
            },
        ],
    },
    {
        "org": "centre-demo",
        "slug": "codev-rh",
        "name": "Groupe de codéveloppement en gestion des ressources humaines",
        "preset": "codevelopment",
        "overrides": {"capacity": 8},
        "target_audience": "Directions et coordinations d'organismes communautaires",
        "description": (
            "Une cohorte stable, inscrite à la programmation annuelle du Centre, où chaque "
            "personne soumet une fois une situation de gestion des ressources humaines au "
            "groupe."
        ),
        "mission": (
            "Faire avancer les préoccupations concrètes des directions en ressources humaines "
            "grâce à la réflexion collective, la pratique avant la théorie."
        ),
        "stage": "transformation",
        "facilitators": ["animateur@example.org", "marc-andre.pelletier@example.org"],
        "roles": {
            "animateur@example.org": ["facilitator"],
            "marc-andre.pelletier@example.org": ["co_facilitator"],
        },
        "members": [
            "julie.morin@example.org",
            "caroline.ouellet@example.org",
            "luis.hernandez@example.org",
            "chantal.dube@example.org",
            "olivier.poirier@example.org",
            "emilie.thibault@example.org",
            "jean-francois.lapointe@example.org",
            "melanie.boucher@example.org",
        ],
        "dropouts": [
            {
                "email": "olivier.poirier@example.org",
                "reason": "A quitté en cours de route sans préciser de motif.",
            },
        ],
        "objectives": [
            {
                "kind": "practice_improvement",
                "text": "Expérimenter un groupe de codéveloppement en milieu communautaire.",
                "status": "attained",
            },
            {
                "kind": "problem_solving",
                "text": "Répondre aux préoccupations des participant·e·s en gestion du personnel.",
                "status": "partly_attained",
            },
        ],
        "themes": [
            {"title": "Essai : groupe de consultation appréciatif", "status": "covered"},
            {"title": "Accueillir et intégrer une nouvelle employée", "status": "covered"},
            {"title": "Mettre à jour la politique de télétravail", "status": "covered"},
            {"title": "Dénouer une tension dans l'équipe", "status": "covered"},
            {"title": "Prévenir l'épuisement et retenir le personnel", "status": "covered"},
            {"title": "Gouvernance : un groupe pour les gestionnaires", "status": "proposed"},
        ],
        "charter_kind": "engagement_confidentiality",
        "meetings": [
            {
                "offset_weeks": -24,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Essai : groupe de consultation appréciatif",
                "present": 8,
            },
            {
                "offset_weeks": -20,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Accueillir et intégrer une nouvelle employée",
                "present": 8,
            },
            {
                "offset_weeks": -16,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Mettre à jour la politique de télétravail",
                "present": 7,
            },
            {
                "offset_weeks": -12,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Dénouer une tension dans l'équipe",
                "present": 6,
            },
            {
                "offset_weeks": -8,
                "minutes": 180,
                "modality": "in_person",
                "theme": "Prévenir l'épuisement et retenir le personnel; bilan des 3A",
                "present": 5,
            },
        ],
        "feedback": [
            {
                "tag": "climate_facilitation",
                "text": (
                    "La confiance bâtie au fil des rencontres, avec le même groupe, m'a permis "
                    "d'aborder des enjeux délicats en toute confidentialité."
                ),
                "score": 9,
            },
            {
                "tag": "frequency",
                "text": (
                    "Les rencontres du matin ont causé des retards, et la période des rapports "
                    "annuels a été difficile à concilier."
                ),
                "score": 6,
            },
            {
                "tag": "tools_formula",
                "text": (
                    "On est passé vite à l'application : une rencontre pour mieux se connaître et "
                    "comprendre la démarche aurait aidé."
                ),
                "score": 7,
            },
            {
                "tag": "meeting_place",
                "text": (
                    "Se voir en personne renforce le groupe, mais c'est loin pour les organismes "
                    "situés en périphérie."
                ),
                "score": 6,
            },
        ],
    },
    {
        "org": "table-demo",
        "slug": "interculturel",
        "name": "Communauté de pratique interculturelle",
        "preset": "horizontal_thematic",
        "overrides": {
            "registration": "open",
            "modality": "hybrid",
            "sector_scope": "inter_sectoral",
            "anchoring": "specific_issue",
            "topic_setting": "committee",
            "capacity": None,
            "meeting_minutes": 120,
            "cadence_weeks": 6,
        },
        "target_audience": (
            "Intervenant·e·s communautaires, citoyen·ne·s, personnel de l'arrondissement et "
            "partenaires du quartier"
        ),
        "description": (
            "Un espace de partage, de coproduction et de réseautage où l'on discute, une "
            "rencontre à la fois, d'un enjeu interculturel du quartier, souvent avec une "
            "personne-ressource qui connaît bien le sujet."
        ),
        "mission": (
            "Soutenir les personnes qui travaillent auprès de publics issus de la diversité et "
            "nourrir une vision commune du vivre-ensemble dans le quartier."
        ),
        "stage": "maturing",
        "facilitators": ["rosalie.gendron@example.org"],
        "roles": {
            "rosalie.gendron@example.org": ["facilitator"],
            "responsable.table@example.org": ["sponsor"],
            "claudine.veilleux@example.org": ["founder"],
            "fatou.diallo@example.org": ["guest_expert"],
            "wei.chen@example.org": ["watcher"],
        },
        "members": [
            "amina.traore@example.org",
            "wei.chen@example.org",
            "pierre-luc.beaudoin@example.org",
            "claudine.veilleux@example.org",
            "membre@example.org",
            "samuel.joseph@example.org",
            "fatima.elamrani@example.org",
            "valerie.simard@example.org",
            "karine.beaulieu@example.org",
            "luis.hernandez@example.org",
            "julie.morin@example.org",
            "patrick.bergeron@example.org",
            "emilie.thibault@example.org",
        ],
        "dropouts": [],
        "objectives": [
            {
                "kind": "knowledge_sharing",
                "text": "Échanger nos expériences auprès de publics issus de la diversité.",
                "status": "",
            },
            {
                "kind": "networking",
                "text": "Rapprocher organismes, citoyen·ne·s et arrondissement autour du quartier.",
                "status": "",
            },
            {
                "kind": "skills",
                "text": (
                    "Mieux comprendre les enjeux interculturels grâce à des volets de formation."
                ),
                "status": "",
            },
        ],
        "themes": [
            {"title": "Le racisme au quotidien : en parler pour agir", "status": "covered"},
            {"title": "Le déchirement identitaire chez les jeunes", "status": "covered"},
            {"title": "Accueillir les personnes immigrantes : nos pratiques", "status": "covered"},
            {"title": "Vivre-ensemble et espaces publics", "status": "planned"},
            {"title": "Dialogue entre générations", "status": "proposed"},
        ],
        "charter_kind": "participation",
        "meetings": [
            {
                "offset_weeks": -16,
                "minutes": 120,
                "modality": "in_person",
                "theme": "Le racisme au quotidien : en parler pour agir",
                "present": 13,
            },
            {
                "offset_weeks": -10,
                "minutes": 120,
                "modality": "virtual",
                "theme": "Le déchirement identitaire chez les jeunes",
                "present": 10,
            },
            {
                "offset_weeks": -4,
                "minutes": 120,
                "modality": "in_person",
                "theme": "Accueillir les personnes immigrantes : nos pratiques",
                "present": 12,
            },
            {
                "offset_weeks": 2,
                "minutes": 120,
                "modality": "hybrid",
                "theme": "Vivre-ensemble et espaces publics",
            },
            {
                "offset_weeks": 8,
                "minutes": 120,
                "modality": "in_person",
                "theme": "Bilan de l'année et choix des prochains thèmes",
            },
        ],
        "feedback": [
            {
                "tag": "interest_engagement",
                "text": (
                    "Les sujets nous touchent de près : tout le monde veut prendre la parole et "
                    "en savoir plus."
                ),
                "score": 9,
            },
            {
                "tag": "climate_facilitation",
                "text": (
                    "Entendre à la fois des citoyen·ne·s, des intervenant·e·s et des employé·e·s "
                    "de l'arrondissement m'a fait voir les enjeux du quartier sous d'autres angles."
                ),
                "score": 9,
            },
            {
                "tag": "number_of_people",
                "text": (
                    "Quand le groupe est grand, les petites équipes de discussion permettent à "
                    "chacun·e de s'exprimer."
                ),
                "score": 8,
            },
        ],
    },
    {
        "org": "table-demo",
        "slug": "securite-alimentaire",
        "name": "Cercle des intervenant·e·s en sécurité alimentaire",
        "preset": "learning_circle",
        "overrides": {
            "modality": "in_person",
            "origin": "spontaneous",
            "geography": "local",
            "anchoring": "practice_field",
            "formalization": "marginal",
        },
        "target_audience": "Intervenant·e·s des organismes en sécurité alimentaire du quartier",
        "description": (
            "Quelques intervenant·e·s de cuisines collectives et de comptoirs alimentaires "
            "souhaitent se réunir pour partager leurs façons de faire. Le recrutement est en cours."
        ),
        "mission": (
            "Mettre en commun nos pratiques pour mieux rejoindre les familles qui ont du mal à "
            "se nourrir."
        ),
        "stage": "potential",
        "facilitators": ["rosalie.gendron@example.org"],
        "roles": {
            "rosalie.gendron@example.org": ["facilitator"],
            "audrey.lachance@example.org": ["founder"],
        },
        "members": [
            "audrey.lachance@example.org",
            "francois.lefebvre@example.org",
            "luis.hernandez@example.org",
            "pierre-luc.beaudoin@example.org",
        ],
        "dropouts": [],
        "objectives": [
            {
                "kind": "practice_improvement",
                "text": "Harmoniser nos façons d'accueillir les familles.",
                "status": "",
            },
            {
                "kind": "resource_pooling",
                "text": "Mutualiser des achats et des équipements entre organismes.",
                "status": "",
            },
        ],
        "themes": [
            {"title": "Nos besoins communs", "status": "planned"},
            {"title": "Accueillir sans stigmatiser", "status": "proposed"},
            {"title": "Achats regroupés", "status": "proposed"},
        ],
        "charter_kind": "",
        "meetings": [
            {
                "offset_weeks": 3,
                "minutes": 120,
                "modality": "in_person",
                "theme": "Rencontre de lancement : nos besoins communs",
            },
        ],
        "feedback": [],
    },
]
