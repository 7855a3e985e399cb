"""Starter platform library of tools written for cdp (our own wording)."""

from typing import TypedDict


class Text(TypedDict):
    fr: str
    en: str


class Sheet(TypedDict):
    slug: str  # stable, ascii, e.g. "mood-check"
    category: str  # one of CATEGORIES keys
    title: Text
    purpose: Text  # 1-2 sentences
    how_to: Text  # one step per line, numbered "1. ", "2. " ...
    duration_minutes: int | None
    group_size_min: int | None
    group_size_max: int | None
    materials: Text  # "" allowed in both
    stages: list[str]  # potential, coalescing, maturing, stewardship, transformation
    formats: list[str]  # empty = suits every format
    tags: list[str]  # lowercase French keywords
    licence: str


class Reference(TypedDict):
    authors: str
    year: int | None
    title: str
    publisher: str  # "" when unknown
    url: str  # "" when the source gives none
    note: Text


CATEGORIES: dict[str, Text] = {
    "presentation": {"fr": "Présentation", "en": "Presentation"},
    "facilitation_sheet": {"fr": "Fiche d'animation", "en": "Facilitation sheet"},
    "template": {"fr": "Outil / gabarit", "en": "Tool / template"},
    "reference": {"fr": "Référence / bibliographie", "en": "Reference / bibliography"},
    "meeting_synthesis": {"fr": "Synthèse de rencontre", "en": "Meeting synthesis"},
}

SHEETS: list[Sheet] = [
    {
        "slug": "what-is-a-community-of-practice",
        "category": "presentation",
        "title": {
            "fr": "Une communauté de pratique, c'est quoi?",
            "en": "What is a community of practice?",
        },
        "purpose": {
            "fr": (
                "Présenter ce qu'est une communauté de pratique, ce qu'elle n'est pas et ce que "
                "chaque membre peut en attendre, pour que tout le groupe parte de la même "
                "compréhension."
            ),
            "en": (
                "Explain what a community of practice is, what it is not and what each member "
                "can expect from it, so that the whole group starts from the same understanding."
            ),
        },
        "how_to": {
            "fr": (
                "1. Ouvrir par une question éclair : « En un mot, qu'est-ce qu'une communauté de "
                "pratique évoque pour vous? » Noter les mots au tableau ou dans le clavardage.\n"
                "2. Proposer une définition simple : des personnes qui partagent un même champ "
                "de pratique et qui se rencontrent régulièrement pour apprendre les unes des "
                "autres à partir de leur expérience concrète.\n"
                "3. Illustrer les trois piliers : un domaine commun (ce qui nous rassemble), une "
                "communauté (les liens de confiance qui se tissent au fil des rencontres) et une "
                "pratique partagée (les savoirs, les trucs et les outils qu'on met en commun).\n"
                "4. Préciser ce qu'elle n'est pas : ni un comité de travail avec un livrable et "
                "une échéance, ni une table de concertation qui prend des décisions collectives, "
                "ni une formation magistrale, ni une simple liste de diffusion.\n"
                "5. Montrer la variété des formules (cercle d'apprentissage, codéveloppement, "
                "CdP thématique, formation par les pair·e·s, consultation appréciative, sur "
                "mesure) en renvoyant à la fiche de comparaison des formules.\n"
                "6. Nommer les retombées souvent rapportées : se sentir moins seul·e devant les "
                "difficultés, gagner en confiance, repartir avec des pistes concrètes, élargir "
                "son réseau, tisser des alliances.\n"
                "7. En sous-groupes de trois ou quatre (10 minutes), discuter : « Qu'est-ce que "
                "j'aimerais retirer de notre communauté? Qu'est-ce que je suis prêt·e à y "
                "apporter? »\n"
                "8. Faire un retour en plénière, noter les attentes et les contributions "
                "offertes, puis annoncer la suite (rencontre de démarrage, charte, choix des "
                "thèmes)."
            ),
            "en": (
                "1. Open with a quick question: “In one word, what does a community of practice "
                "bring to mind for you?” Write the words on the board or in the chat.\n"
                "2. Offer a simple definition: people who share a field of practice and meet "
                "regularly to learn from one another, starting from their concrete experience.\n"
                "3. Illustrate the three pillars: a shared domain (what brings us together), a "
                "community (the bonds of trust that grow from meeting to meeting) and a shared "
                "practice (the knowledge, tips and tools we pool).\n"
                "4. Say what it is not: not a working committee with a deliverable and a "
                "deadline, not a concertation table that makes collective decisions, not a "
                "lecture-style training, not a mere mailing list.\n"
                "5. Show the range of formats (learning circle, co-development, thematic "
                "community, peer training, appreciative consultation, tailor-made) and point to "
                "the format comparison sheet.\n"
                "6. Name the benefits people often report: feeling less alone with difficulties, "
                "gaining confidence, leaving with concrete leads, widening one's network, "
                "building alliances.\n"
                "7. In groups of three or four (10 minutes), discuss: “What would I like to get "
                "out of our community? What am I ready to bring to it?”\n"
                "8. Debrief in plenary, write down the expectations and the contributions "
                "offered, then announce what comes next (launch meeting, charter, choice of "
                "themes)."
            ),
        },
        "duration_minutes": 45,
        "group_size_min": 5,
        "group_size_max": 30,
        "materials": {
            "fr": (
                "Court diaporama ou affiche, tableau à feuilles ou tableau blanc virtuel, "
                "crayons-feutres."
            ),
            "en": "Short slide deck or poster, flip chart or virtual whiteboard, markers.",
        },
        "stages": ["potential", "coalescing"],
        "formats": [],
        "tags": ["définition", "démarrage", "accueil", "présentation", "piliers"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "organising-a-community",
        "category": "presentation",
        "title": {
            "fr": "Organiser une communauté de pratique, étape par étape",
            "en": "Organising a community of practice, step by step",
        },
        "purpose": {
            "fr": (
                "Guide de mise sur pied qui pose les bonnes questions de l'idée de départ au "
                "bilan. Les étapes se chevauchent et peuvent changer d'ordre selon le contexte."
            ),
            "en": (
                "A setup guide that asks the right questions from the first idea to the review. "
                "The steps overlap and may change order depending on the context."
            ),
        },
        "how_to": {
            "fr": (
                "1. Cerner le besoin : quelle difficulté ou quelle envie commune justifie une "
                "communauté? Le valider auprès de futur·e·s membres (sondage, assemblée, "
                "entretiens).\n"
                "2. Former un groupe noyau : personne fondatrice, animateur·trice, marraine ou "
                "parrain, expert·e de contenu au besoin. Animer à deux est un atout.\n"
                "3. Définir peu d'objectifs, clairs et réalistes, le public cible et, si les "
                "inscriptions sont fermées, les critères d'admissibilité.\n"
                "4. Choisir la formule et le cadre pratique : format, mode, inscriptions, taille "
                "(de 5 à 7 pour un cercle), nombre et durée des rencontres, fréquence, période "
                "de l'année.\n"
                "5. Réunir les ressources : temps d'animation, temps des membres reconnu par les "
                "employeurs, salle ou plateforme, budget pour au moins une rencontre en présence "
                "par année.\n"
                "6. Recruter : une invitation qui présente les objectifs, les thèmes pressentis "
                "et l'engagement attendu; miser sur des personnes volontaires.\n"
                "7. Lancer : une première rencontre, en présence si possible, pour faire "
                "connaissance, définir le cadre et les valeurs, présenter la charte et choisir "
                "les thèmes.\n"
                "8. Faire vivre : rituels d'ouverture et de clôture, compte rendu et outils "
                "après chaque rencontre, relances, suivi des présences et des engagements pris.\n"
                "9. Évaluer en continu : questionnaire de cinq minutes à chaque rencontre, "
                "bilans réflexifs de l'animation et de la participation, évaluation annuelle.\n"
                "10. Décider de la suite : poursuivre, changer de formule ou conclure, et "
                "prévoir une rencontre d'atterrissage consacrée à cette étape."
            ),
            "en": (
                "1. Pin down the need: what shared difficulty or wish justifies a community? "
                "Validate it with future members (survey, general meeting, interviews).\n"
                "2. Form a core group: founder, facilitator, sponsor, content expert if needed. "
                "Co-facilitating in pairs is a real asset.\n"
                "3. Set a few clear, realistic objectives, the target audience and, if "
                "registration is closed, the eligibility criteria.\n"
                "4. Choose the format and the practical frame: format, mode, registration, size "
                "(5 to 7 for a circle), number and length of meetings, frequency, time of year.\n"
                "5. Secure the resources: facilitation time, members' time recognised by their "
                "employers, a room or a platform, a budget for at least one in-person meeting a "
                "year.\n"
                "6. Recruit: an invitation that presents the objectives, the themes in view and "
                "the expected commitment; count on volunteers.\n"
                "7. Launch: a first meeting, in person if possible, to get to know one another, "
                "define the framework and values, present the charter and choose the themes.\n"
                "8. Keep it alive: opening and closing rituals, a meeting synthesis and tools "
                "after each meeting, reminders, follow-up of attendance and of commitments made.\n"
                "9. Evaluate continuously: a five-minute questionnaire at each meeting, "
                "reflective reviews of facilitation and participation, an annual evaluation.\n"
                "10. Decide what comes next: continue, change format or close, and plan a "
                "landing meeting devoted to that step."
            ),
        },
        "duration_minutes": None,
        "group_size_min": None,
        "group_size_max": None,
        "materials": {"fr": "", "en": ""},
        "stages": ["potential", "coalescing", "maturing", "stewardship", "transformation"],
        "formats": [],
        "tags": ["mise sur pied", "planification", "démarrage", "lancement", "guide"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "community-models-comparison",
        "category": "template",
        "title": {
            "fr": "Comparer les formules de communauté de pratique",
            "en": "Comparing community-of-practice formats",
        },
        "purpose": {
            "fr": (
                "Aider le groupe noyau à choisir la formule qui répond aux besoins et aux "
                "contraintes des membres, en montrant quand chacune donne le meilleur "
                "d'elle-même."
            ),
            "en": (
                "Help the core group choose the format that fits members' needs and constraints, "
                "by showing when each one works best."
            ),
        },
        "how_to": {
            "fr": (
                "1. Partir du besoin : les membres veulent-ils surtout ventiler et s'entraider, "
                "résoudre des situations concrètes, approfondir un thème ou développer une "
                "compétence précise?\n"
                "2. Cercle d'apprentissage : de 5 à 7 pair·e·s au rôle semblable, structure "
                "souple, sujets tirés de la pratique de chacun·e. À choisir pour briser "
                "l'isolement et s'entraider quand les sujets peuvent émerger du groupe.\n"
                "3. Groupe de codéveloppement : cohorte stable de 5 à 7 personnes qui s'engagent "
                "à toutes les rencontres; chacune soumet une fois une situation, selon une "
                "démarche en six étapes, avec au besoin un bloc de contenu d'environ 15 minutes. "
                "À choisir pour travailler en profondeur sur des cas réels.\n"
                "4. CdP thématique : un thème par rencontre, calendrier annoncé, "
                "personnes-ressources invitées, public plus large (au moins une dizaine de "
                "membres, idéalement de 20 à 50, en sous-groupes au-delà). À choisir quand le "
                "domaine est vaste ou le public diversifié.\n"
                "5. Formation par les pair·e·s : un·e membre qui maîtrise un sujet anime un "
                "atelier avec des supports d'animation. À choisir quand les échanges révèlent le "
                "besoin d'approfondir un thème; s'alterne bien avec des cercles.\n"
                "6. Groupe de consultation appréciatif : consultation sur la situation d'une "
                "personne à partir de ses forces. À choisir pour bâtir la confiance ou pour "
                "s'initier en douceur avant un codéveloppement.\n"
                "7. Formule sur mesure : combinaison conçue avec l'organisme demandeur (par "
                "exemple inscriptions ouvertes, sujets spontanés, marraines ou parrains qui "
                "relancent les échanges). À choisir pour un contexte particulier; définir alors "
                "le cadre ensemble dès la première rencontre.\n"
                "8. Vérifier les contraintes pratiques : inscriptions ouvertes ou fermées, mode "
                "(en présentiel, virtuel, hybride), durée (1 h 30, c'est court quand les "
                "personnes présentes changent d'une fois à l'autre), fréquence (aux six semaines "
                "convient bien à des directions), période de l'année (été, rapports annuels).\n"
                "9. Se donner le temps : vivre au moins trois rencontres avant de juger une "
                "formule, puis la revoir lors du bilan réflexif."
            ),
            "en": (
                "1. Start from the need: do members mainly want to vent and support one another, "
                "solve concrete situations, explore a theme in depth or build a specific skill?\n"
                "2. Learning circle: 5 to 7 peers in similar roles, flexible structure, topics "
                "drawn from each person's practice. Choose it to break isolation and support one "
                "another when topics can emerge from the group.\n"
                "3. Co-development group: a stable cohort of 5 to 7 people committed to every "
                "meeting; each brings one situation once, following a six-step process, with an "
                "optional content block of about 15 minutes. Choose it to work in depth on real "
                "cases.\n"
                "4. Thematic community: one theme per meeting, an announced calendar, invited "
                "resource people, a wider audience (at least about ten members, ideally 20 to "
                "50, in sub-groups beyond that). Choose it when the domain is broad or the "
                "audience diverse.\n"
                "5. Peer training: a member who knows a subject well leads a workshop with "
                "facilitation materials. Choose it when exchanges reveal a need to go deeper "
                "into a theme; it alternates well with circles.\n"
                "6. Appreciative consultation group: a consultation on one person's situation, "
                "starting from their strengths. Choose it to build trust or as a gentle "
                "introduction before co-development.\n"
                "7. Tailor-made format: a combination designed with the requesting organisation "
                "(for example open registration, spontaneous topics, sponsors who relaunch the "
                "exchanges). Choose it for a particular context; then define the framework "
                "together at the first meeting.\n"
                "8. Check the practical constraints: open or closed registration, mode (in "
                "person, online, hybrid), length (1 h 30 is short when attendees change from one "
                "meeting to the next), frequency (every six weeks suits executive directors "
                "well), time of year (summer, annual reports).\n"
                "9. Give it time: hold at least three meetings before judging a format, then "
                "review it during the reflective review."
            ),
        },
        "duration_minutes": 45,
        "group_size_min": None,
        "group_size_max": None,
        "materials": {
            "fr": (
                "Besoins recensés auprès des futur·e·s membres (sondage, assemblée ou entretiens)."
            ),
            "en": "Needs gathered from future members (survey, general meeting or interviews).",
        },
        "stages": ["potential", "coalescing", "transformation"],
        "formats": [],
        "tags": ["formules", "modèles", "comparaison", "planification", "choix du modèle"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "collective-ideation",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Carte mentale et arbre des thèmes : choisir nos sujets ensemble",
            "en": "Mind map and theme tree: choosing our topics together",
        },
        "purpose": {
            "fr": (
                "Faire émerger du groupe les sujets qui comptent vraiment, les hiérarchiser, "
                "puis les classer pour bâtir un calendrier thématique cohérent et annoncé à "
                "l'avance."
            ),
            "en": (
                "Draw out the topics that really matter to the group, rank them, then sort them "
                "to build a coherent themes calendar that can be announced in advance."
            ),
        },
        "how_to": {
            "fr": (
                "1. Préparer deux grandes feuilles (ou deux tableaux blancs virtuels) : sur la "
                "première, inscrire le domaine de la communauté au centre; sur la seconde, "
                "dessiner un arbre avec ses racines, son tronc et ses branches.\n"
                "2. Remue-méninges individuel en silence (5 minutes) : chaque personne note un "
                "sujet par papillon adhésif, en partant de situations vécues dans sa pratique.\n"
                "3. Carte mentale (20 minutes) : chacun·e place ses papillons autour du centre; "
                "le groupe rapproche les idées voisines en branches et donne un nom à chaque "
                "branche.\n"
                "4. Priorisation (10 minutes) : chaque personne colle trois pastilles sur les "
                "sujets qui l'interpellent le plus; repérer ceux qui ressortent.\n"
                "5. Arbre des thèmes (20 minutes) : classer les sujets retenus en trois axes, "
                "par exemple les racines (fondements, valeurs, enjeux de fond), le tronc "
                "(pratiques du quotidien) et les branches (projets, retombées recherchées).\n"
                "6. Croiser les deux activités (15 minutes) : répartir les sujets prioritaires "
                "sur les rencontres prévues en variant les axes et en alternant discussions plus "
                "conceptuelles et plus pratiques.\n"
                "7. Pour chaque rencontre, noter un thème, une question de départ et, si "
                "possible, une personne volontaire pour lancer l'échange.\n"
                "8. Verser les sujets non retenus dans la banque de thèmes de la communauté et "
                "la revoir toutes les deux ou trois rencontres.\n"
                "9. Publier le calendrier thématique avec les invitations : des thèmes connus "
                "d'avance aident les gens à s'inscrire."
            ),
            "en": (
                "1. Prepare two large sheets (or two virtual whiteboards): on the first, write "
                "the community's domain in the centre; on the second, draw a tree with its "
                "roots, trunk and branches.\n"
                "2. Silent individual brainstorm (5 minutes): everyone writes one topic per "
                "sticky note, starting from situations they have lived in their practice.\n"
                "3. Mind map (20 minutes): each person places their notes around the centre; the "
                "group clusters related ideas into branches and names each branch.\n"
                "4. Prioritising (10 minutes): each person sticks three dots on the topics that "
                "speak to them most; spot the ones that stand out.\n"
                "5. Theme tree (20 minutes): sort the selected topics along three axes, for "
                "example the roots (foundations, values, underlying issues), the trunk "
                "(day-to-day practice) and the branches (projects, hoped-for outcomes).\n"
                "6. Cross the two activities (15 minutes): spread the priority topics over the "
                "planned meetings, varying the axes and alternating more conceptual and more "
                "practical discussions.\n"
                "7. For each meeting, write down a theme, an opening question and, if possible, "
                "a volunteer to get the exchange going.\n"
                "8. Put the topics not selected in the community's themes backlog and review it "
                "every two or three meetings.\n"
                "9. Publish the themes calendar with the invitations: themes known in advance "
                "help people decide to register."
            ),
        },
        "duration_minutes": 90,
        "group_size_min": 5,
        "group_size_max": 20,
        "materials": {
            "fr": (
                "Grandes feuilles ou tableau à feuilles, papillons adhésifs, crayons-feutres, "
                "pastilles autocollantes; en virtuel, un tableau blanc partagé."
            ),
            "en": (
                "Large sheets or flip chart, sticky notes, markers, sticker dots; online, a "
                "shared whiteboard."
            ),
        },
        "stages": ["coalescing", "maturing"],
        "formats": ["learning_circle", "thematic", "peer_training", "tailor_made"],
        "tags": [
            "idéation",
            "thèmes",
            "calendrier thématique",
            "carte mentale",
            "priorisation",
            "démarrage",
        ],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "shared-values-and-framework",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Nos valeurs communes et notre cadre de fonctionnement",
            "en": "Our shared values and operating framework",
        },
        "purpose": {
            "fr": (
                "Construire avec le groupe les valeurs et les règles qui rendront l'espace sûr "
                "et agréable, puis les traduire en une charte que chaque membre pourra signer."
            ),
            "en": (
                "Build with the group the values and rules that will make the space safe and "
                "pleasant, then turn them into a charter that every member can sign."
            ),
        },
        "how_to": {
            "fr": (
                "1. Expliquer l'intention (5 minutes) : un cadre choisi ensemble protège la "
                "confiance, et il sera repris dans la charte de la communauté.\n"
                "2. Réflexion individuelle (5 minutes) : « Dans un groupe, qu'est-ce qui me "
                "permet de participer pleinement? Qu'est-ce qui me freine? »\n"
                "3. En dyades ou en trios (15 minutes) : mettre en commun et proposer de trois à "
                "cinq valeurs, une par carton.\n"
                "4. En plénière (15 minutes) : regrouper les cartons semblables, retenir de "
                "quatre à six valeurs et, pour chacune, compléter la phrase « Concrètement, chez "
                "nous, ça veut dire que… ».\n"
                "5. Passer en revue les règles de fonctionnement (20 minutes) : temps de parole, "
                "confidentialité, respect, écoute, partage d'idées, présence et avis d'absence "
                "ou de départ, caméra et micro en virtuel, enregistrement, usage des outils "
                "partagés, participation à l'évaluation, temps à prévoir entre les rencontres.\n"
                "6. Valider par consentement : plutôt que de viser l'unanimité, demander s'il "
                "reste une objection importante et reformuler jusqu'à ce que personne ne bloque.\n"
                "7. Mettre le texte au propre dans la charte de la communauté sur la plateforme "
                "et inviter chaque membre à la signer avant la prochaine rencontre.\n"
                "8. Rappeler le cadre au début des rencontres et le revoir après trois "
                "rencontres ou au début d'un nouveau cycle."
            ),
            "en": (
                "1. Explain the intent (5 minutes): a framework chosen together protects trust, "
                "and it will be carried into the community's charter.\n"
                "2. Individual reflection (5 minutes): “In a group, what lets me take part "
                "fully? What holds me back?”\n"
                "3. In pairs or threes (15 minutes): pool ideas and put forward three to five "
                "values, one per card.\n"
                "4. In plenary (15 minutes): cluster similar cards, keep four to six values and, "
                "for each, complete the sentence “In practice, here, this means that…”.\n"
                "5. Go through the operating rules (20 minutes): speaking time, confidentiality, "
                "respect, listening, sharing ideas, attendance and notice of absence or "
                "withdrawal, camera and microphone online, recording, use of shared tools, "
                "taking part in evaluation, time to set aside between meetings.\n"
                "6. Validate by consent: rather than aiming for unanimity, ask whether any major "
                "objection remains and rephrase until no one blocks.\n"
                "7. Write the text up in the community's charter on the platform and invite "
                "every member to sign it before the next meeting.\n"
                "8. Recall the framework at the start of meetings and review it after three "
                "meetings or at the start of a new cycle."
            ),
        },
        "duration_minutes": 75,
        "group_size_min": 5,
        "group_size_max": 20,
        "materials": {
            "fr": (
                "Cartons ou papillons adhésifs, tableau à feuilles, crayons-feutres, liste des "
                "sujets de règles à couvrir; en virtuel, un document partagé."
            ),
            "en": (
                "Cards or sticky notes, flip chart, markers, list of rule topics to cover; "
                "online, a shared document."
            ),
        },
        "stages": ["coalescing", "maturing"],
        "formats": [],
        "tags": ["valeurs", "cadre de fonctionnement", "charte", "confidentialité", "normes"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "latecomer-onboarding-kit",
        "category": "template",
        "title": {
            "fr": "Trousse d'accueil pour les personnes qui se joignent en cours de route",
            "en": "Onboarding kit for people who join along the way",
        },
        "purpose": {
            "fr": (
                "Permettre à une personne qui arrive après le démarrage de connaître la raison "
                "d'être, le cadre et l'historique de la communauté, pour qu'elle trouve sa place "
                "dès sa première rencontre."
            ),
            "en": (
                "Let a person who arrives after the launch learn the community's purpose, "
                "framework and history, so that they find their place from their very first "
                "meeting."
            ),
        },
        "how_to": {
            "fr": (
                "1. Dès l'inscription, envoyer un mot de bienvenue : raison d'être, objectifs, "
                "fonctionnement, calendrier et thèmes à venir.\n"
                "2. Joindre la charte, à lire et à signer avant la première participation.\n"
                "3. Joindre le résumé des valeurs et du cadre de fonctionnement convenus par le "
                "groupe.\n"
                "4. Donner accès à l'historique : liste des thèmes déjà abordés et derniers "
                "comptes rendus, dans le respect de la confidentialité.\n"
                "5. Proposer un appel de 20 minutes avec l'animateur·trice, une marraine ou un "
                "parrain pour répondre aux questions et connaître ses attentes.\n"
                "6. À la rencontre, présenter la personne au moment de mettre la table, "
                "l'inviter à se présenter au tour de table et la jumeler avec un·e membre.\n"
                "7. Après la rencontre, prendre de ses nouvelles : comment ça s'est passé? "
                "Qu'est-ce qui manque?\n"
                "8. Ajouter ses thèmes à la banque de thèmes et, avec son accord, ses "
                "coordonnées au répertoire des membres."
            ),
            "en": (
                "1. As soon as they register, send a welcome note: purpose, objectives, how the "
                "community works, calendar and upcoming themes.\n"
                "2. Attach the charter, to read and sign before taking part for the first time.\n"
                "3. Attach the summary of the values and operating framework agreed by the group.\n"
                "4. Give access to the history: list of themes already covered and the latest "
                "meeting syntheses, with due respect for confidentiality.\n"
                "5. Offer a 20-minute call with the facilitator or a sponsor to answer questions "
                "and learn about their expectations.\n"
                "6. At the meeting, introduce the person while setting the table, invite them to "
                "introduce themselves during the go-round and pair them with a member.\n"
                "7. After the meeting, check in with them: how did it go? What is missing?\n"
                "8. Add their themes to the themes backlog and, with their consent, their "
                "contact details to the member directory."
            ),
        },
        "duration_minutes": 30,
        "group_size_min": 1,
        "group_size_max": 3,
        "materials": {
            "fr": (
                "Mot de bienvenue, charte, résumé du cadre, liste des thèmes abordés, derniers "
                "comptes rendus."
            ),
            "en": (
                "Welcome note, charter, framework summary, list of themes covered, latest "
                "meeting syntheses."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": [],
        "tags": ["accueil", "intégration", "nouvelles personnes", "charte", "marrainage"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "setting-the-table",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Mettre la table",
            "en": "Setting the table",
        },
        "purpose": {
            "fr": (
                "Ouvrir la rencontre en rappelant en quelques minutes la raison d'être de la "
                "communauté, l'objectif du jour, le déroulement et les règles convenues, pour "
                "que tout le monde parte du même point."
            ),
            "en": (
                "Open the meeting by recalling, in a few minutes, the community's purpose, the "
                "day's objective, the agenda and the agreed rules, so that everyone starts from "
                "the same place."
            ),
        },
        "how_to": {
            "fr": (
                "1. Accueillir et remercier; donner l'information pratique (durée, pauses; en "
                "virtuel : clavardage, micro, caméra).\n"
                "2. Rappeler en une ou deux phrases la raison d'être de la communauté.\n"
                "3. Présenter l'objectif et le sujet de la rencontre.\n"
                "4. Parcourir l'ordre du jour et le temps prévu pour chaque bloc.\n"
                "5. Rappeler les règles convenues (temps de parole, confidentialité, respect, "
                "écoute, droit de passer son tour) et demander si quelqu'un souhaite en ajouter.\n"
                "6. Nommer les rôles du jour : animation, prise de notes, gardien·ne du temps.\n"
                "7. Souhaiter la bienvenue aux nouvelles personnes et les présenter brièvement.\n"
                "8. Vérifier s'il y a des questions ou des ajustements, puis lancer le premier "
                "bloc. Garder les points administratifs pour un autre moment : la rencontre "
                "appartient à la communauté."
            ),
            "en": (
                "1. Welcome people and thank them; give practical information (length, breaks; "
                "online: chat, microphone, camera).\n"
                "2. Recall the community's purpose in one or two sentences.\n"
                "3. Present the meeting's objective and topic.\n"
                "4. Walk through the agenda and the time planned for each block.\n"
                "5. Recall the agreed rules (speaking time, confidentiality, respect, listening, "
                "right to pass) and ask whether anyone wishes to add one.\n"
                "6. Name the roles for the day: facilitation, note-taking, timekeeping.\n"
                "7. Welcome newcomers and introduce them briefly.\n"
                "8. Check for questions or adjustments, then launch the first block. Keep "
                "administrative items for another time: the meeting belongs to the community."
            ),
        },
        "duration_minutes": 10,
        "group_size_min": 3,
        "group_size_max": None,
        "materials": {
            "fr": "Ordre du jour minuté et règles convenues, affichés ou projetés.",
            "en": "Timed agenda and agreed rules, posted or projected.",
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": [],
        "tags": ["ouverture", "rituel", "ordre du jour", "règles", "accueil", "mettre la table"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "mood-check",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Météo d'ouverture (jauge d'humeur)",
            "en": "Opening weather check (mood gauge)",
        },
        "purpose": {
            "fr": (
                "Prendre le pouls du groupe en quelques minutes au début de la rencontre, pour "
                "que chacun·e arrive vraiment et que l'animation s'ajuste à l'énergie présente."
            ),
            "en": (
                "Take the group's pulse in a few minutes at the start of the meeting, so that "
                "everyone truly arrives and the facilitation adjusts to the energy in the room."
            ),
        },
        "how_to": {
            "fr": (
                "1. Choisir une échelle simple et l'afficher : soleil, nuages, pluie, orage; une "
                "jauge de 1 à 5; ou un émoji.\n"
                "2. Donner la consigne : un mot ou une image, une phrase au plus, sans "
                "commentaire des autres; on peut passer son tour.\n"
                "3. Donner l'exemple en commençant soi-même, brièvement.\n"
                "4. En présentiel, faire le tour du cercle; en virtuel, demander à tout le monde "
                "d'écrire sa météo dans le clavardage au même signal, puis lire les tendances à "
                "voix haute.\n"
                "5. Ne pas creuser une météo orageuse en plénière : offrir discrètement un "
                "moment à la pause ou après la rencontre.\n"
                "6. Ajuster le déroulement au besoin : pause plus tôt, blocs plus courts, sujet "
                "plus léger si l'énergie est basse.\n"
                "7. En option, refaire la météo à la fin pour voir comment le groupe repart."
            ),
            "en": (
                "1. Pick a simple scale and display it: sun, clouds, rain, storm; a 1-to-5 "
                "gauge; or an emoji.\n"
                "2. Give the instruction: one word or picture, one sentence at most, no comments "
                "from others; anyone may pass.\n"
                "3. Model it by going first, briefly.\n"
                "4. In person, go around the circle; online, ask everyone to type their weather "
                "in the chat on the same signal, then read the trends aloud.\n"
                "5. Do not dig into a stormy report in plenary: discreetly offer a moment at the "
                "break or after the meeting.\n"
                "6. Adjust the plan if needed: an earlier break, shorter blocks, a lighter topic "
                "if energy is low.\n"
                "7. Optionally, repeat the weather check at the end to see how the group leaves."
            ),
        },
        "duration_minutes": 10,
        "group_size_min": 3,
        "group_size_max": 20,
        "materials": {
            "fr": (
                "Affiche ou diapositive de l'échelle choisie; en virtuel, le clavardage ou un "
                "sondage éclair."
            ),
            "en": "Poster or slide showing the chosen scale; online, the chat or a quick poll.",
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": [],
        "tags": ["ouverture", "rituel", "météo", "jauge d'humeur", "accueil", "virtuel"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "tour-de-table",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Tour de table",
            "en": "Go-round (tour de table)",
        },
        "purpose": {
            "fr": (
                "Donner la parole à chaque personne, à tour de rôle, sur une même question : "
                "pour faire émerger des besoins ou des thèmes, prendre des nouvelles ou "
                "recueillir les situations à traiter."
            ),
            "en": (
                "Give each person the floor in turn on the same question: to surface needs or "
                "themes, catch up on news or gather the situations to work on."
            ),
        },
        "how_to": {
            "fr": (
                "1. Formuler une seule question claire et l'afficher (par exemple : « Quel défi "
                "vivez-vous en ce moment en lien avec le thème du jour? »).\n"
                "2. Laisser une minute de réflexion silencieuse.\n"
                "3. Annoncer le temps par personne (environ deux minutes) et le droit de passer "
                "son tour; nommer une personne gardienne du temps. Au-delà d'une douzaine de "
                "personnes, faire le tour en sous-groupes.\n"
                "4. Suivre l'ordre du cercle; en virtuel, afficher l'ordre de passage dans le "
                "clavardage pour éviter les silences gênés.\n"
                "5. Pendant le tour, ni débat ni conseil : l'animateur·trice remercie simplement "
                "et passe à la personne suivante.\n"
                "6. La personne qui prend les notes consigne les mots-clés (thèmes, besoins, "
                "situations).\n"
                "7. À la fin, revenir vers les personnes qui ont passé leur tour, sans insister.\n"
                "8. Faire ressortir les points communs, puis enchaîner sur le bloc suivant ou "
                "verser les thèmes dans la banque de thèmes."
            ),
            "en": (
                "1. Ask a single clear question and display it (for example: “What challenge are "
                "you facing right now in connection with today's theme?”).\n"
                "2. Allow one minute of silent reflection.\n"
                "3. Announce the time per person (about two minutes) and the right to pass; name "
                "a timekeeper. Beyond a dozen people, do the round in sub-groups.\n"
                "4. Follow the order of the circle; online, post the speaking order in the chat "
                "to avoid awkward silences.\n"
                "5. During the round, no debate and no advice: the facilitator simply says thank "
                "you and moves on to the next person.\n"
                "6. The note-taker records the key words (themes, needs, situations).\n"
                "7. At the end, come back to those who passed, without insisting.\n"
                "8. Bring out the common threads, then move on to the next block or add the "
                "themes to the themes backlog."
            ),
        },
        "duration_minutes": 20,
        "group_size_min": 4,
        "group_size_max": 12,
        "materials": {
            "fr": "Question affichée, minuterie, feuille de prise de notes.",
            "en": "Displayed question, timer, note-taking sheet.",
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": [],
        "tags": ["tour de table", "prise de parole", "thèmes", "ouverture", "écoute"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "appreciative-consultation-group",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Groupe de consultation appréciatif",
            "en": "Appreciative consultation group",
        },
        "purpose": {
            "fr": (
                "Aider une personne à avancer sur une situation réelle en partant de ce qui "
                "fonctionne déjà : ses forces, ses réussites et les ressources du groupe. Une "
                "bonne porte d'entrée avant un groupe de codéveloppement."
            ),
            "en": (
                "Help one person move forward on a real situation by starting from what already "
                "works: their strengths, their successes and the group's resources. A good way "
                "in before a co-development group."
            ),
        },
        "how_to": {
            "fr": (
                "1. Avant la rencontre, convenir de la personne qui présente et lui demander de "
                "choisir une situation actuelle sur laquelle elle a du pouvoir d'agir.\n"
                "2. Rappeler le cadre (5 minutes) : confidentialité, regard bienveillant; on "
                "cherche ce qui marche plutôt que ce qui cloche.\n"
                "3. Présentation (10 minutes) : la personne décrit la situation et ce qu'elle "
                "souhaiterait voir advenir; le groupe écoute sans interrompre.\n"
                "4. Questions appréciatives (15 minutes) : « Racontez-nous un moment où ça a "
                "bien fonctionné. Qu'est-ce qui était en place? Qu'est-ce qui vous donne de "
                "l'énergie dans ce dossier? »\n"
                "5. Reflet des forces (15 minutes) : chaque personne nomme les forces, les "
                "ressources et les conditions de réussite qu'elle a entendues; la personne qui "
                "présente écoute et prend des notes.\n"
                "6. Rêver (10 minutes) : « Si tout allait pour le mieux dans un an, à quoi ça "
                "ressemblerait? »\n"
                "7. Pistes (20 minutes) : le groupe propose des idées qui s'appuient sur les "
                "forces nommées, sans critique ni solution imposée.\n"
                "8. Engagement (10 minutes) : la personne retient une ou deux actions réalistes "
                "et dit ce qu'elle fera d'ici la prochaine rencontre.\n"
                "9. Tour de clôture (5 minutes) : chacun·e nomme ce qu'il ou elle retient pour "
                "sa propre pratique."
            ),
            "en": (
                "1. Before the meeting, agree on who will present and ask them to choose a "
                "current situation they have the power to act on.\n"
                "2. Recall the framework (5 minutes): confidentiality, a kind eye; we look for "
                "what works rather than what is wrong.\n"
                "3. Presentation (10 minutes): the person describes the situation and what they "
                "would like to see happen; the group listens without interrupting.\n"
                "4. Appreciative questions (15 minutes): “Tell us about a time when it worked "
                "well. What was in place? What gives you energy in this matter?”\n"
                "5. Mirroring strengths (15 minutes): each person names the strengths, resources "
                "and conditions for success they heard; the presenting person listens and takes "
                "notes.\n"
                "6. Dream (10 minutes): “If everything went as well as it could a year from now, "
                "what would it look like?”\n"
                "7. Leads (20 minutes): the group offers ideas that build on the strengths "
                "named, without criticism or imposed solutions.\n"
                "8. Commitment (10 minutes): the person picks one or two realistic actions and "
                "says what they will do before the next meeting.\n"
                "9. Closing round (5 minutes): everyone names what they take away for their own "
                "practice."
            ),
        },
        "duration_minutes": 90,
        "group_size_min": 5,
        "group_size_max": 7,
        "materials": {
            "fr": (
                "Tableau à feuilles pour noter les forces nommées, papier et crayon pour la "
                "personne qui présente."
            ),
            "en": (
                "Flip chart to record the strengths named, paper and pen for the presenting person."
            ),
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": ["appreciative_consultation", "codevelopment", "learning_circle"],
        "tags": ["approche appréciative", "consultation", "forces", "entraide", "situation vécue"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "codevelopment-preparation",
        "category": "template",
        "title": {
            "fr": "Préparer sa consultation en codéveloppement",
            "en": "Preparing your co-development consultation",
        },
        "purpose": {
            "fr": (
                "Fiche pour la personne qui soumet sa situation au groupe : elle l'aide à "
                "choisir un sujet, à formuler sa demande et à savoir à quoi s'attendre à chacune "
                "des six étapes de la consultation."
            ),
            "en": (
                "A sheet for the person who brings their situation to the group: it helps them "
                "choose a topic, frame their request and know what to expect at each of the six "
                "steps of the consultation."
            ),
        },
        "how_to": {
            "fr": (
                "1. Étape 0, préparation (une à deux semaines avant, 30 minutes avec "
                "l'animateur·trice) : choisir une situation réelle et actuelle (un problème, un "
                "projet ou une préoccupation) sur laquelle vous avez du pouvoir d'agir, et "
                "vérifier qu'elle peut être racontée sans identifier de tiers.\n"
                "2. Remplir la fiche : un titre en une phrase; le contexte (qui, quoi, depuis "
                "quand); ce que vous avez déjà essayé; ce qui est important pour vous; ce que "
                "vous attendez du groupe (des idées, un regard neuf, un plan d'action).\n"
                "3. Étape 1, exposé (15 minutes) : vous, la personne qui présente (la « cliente "
                "» ou le « client » de la méthode classique), décrivez la situation; le groupe "
                "écoute sans interrompre.\n"
                "4. Étape 2, questions de clarification (20 minutes) : les collègues posent "
                "uniquement des questions d'information, sans conseils déguisés; vous répondez "
                "brièvement.\n"
                "5. Étape 3, entente sur la demande (10 minutes) : vous reformulez précisément "
                "ce que vous attendez du groupe; l'animateur·trice l'écrit pour que tout le "
                "monde la voie.\n"
                "6. Étape 4, réactions et pistes (35 minutes) : les collègues partagent "
                "impressions, expériences et suggestions; vous écoutez et notez, sans vous "
                "justifier.\n"
                "7. Étape 5, synthèse et plan d'action (20 minutes) : vous dites ce que vous "
                "retenez et les premiers pas que vous comptez faire.\n"
                "8. Étape 6, retour réflexif (15 minutes) : tout le monde fait le tour des 3A "
                "(ce que j'ai appris, ce que j'ai apprécié, ce que je vais appliquer). Ne pas "
                "l'escamoter, même quand le temps presse.\n"
                "9. Après : à la rencontre suivante, donner des nouvelles au groupe en quelques "
                "minutes."
            ),
            "en": (
                "1. Step 0, preparation (one to two weeks before, 30 minutes with the "
                "facilitator): choose a real, current situation (a problem, a project or a "
                "concern) that you have the power to act on, and check that it can be told "
                "without identifying third parties.\n"
                "2. Fill in the sheet: a one-sentence title; the context (who, what, since "
                "when); what you have already tried; what matters to you; what you expect from "
                "the group (ideas, a fresh look, an action plan).\n"
                "3. Step 1, presentation (15 minutes): you, the presenting person (the “client” "
                "in the classic method), describe the situation; the group listens without "
                "interrupting.\n"
                "4. Step 2, clarifying questions (20 minutes): colleagues ask information "
                "questions only, with no advice in disguise; you answer briefly.\n"
                "5. Step 3, agreeing on the request (10 minutes): you restate precisely what you "
                "expect from the group; the facilitator writes it where everyone can see it.\n"
                "6. Step 4, reactions and leads (35 minutes): colleagues share impressions, "
                "experiences and suggestions; you listen and take notes, without justifying "
                "yourself.\n"
                "7. Step 5, synthesis and action plan (20 minutes): you say what you take away "
                "and the first steps you intend to take.\n"
                "8. Step 6, reflective round (15 minutes): everyone goes through the 3As (what I "
                "learned, what I appreciated, what I will apply). Do not skip it, even when time "
                "is short.\n"
                "9. Afterwards: at the next meeting, give the group a few minutes of news."
            ),
        },
        "duration_minutes": 120,
        "group_size_min": 5,
        "group_size_max": 7,
        "materials": {
            "fr": (
                "La présente fiche remplie, le calendrier des présentations, de quoi prendre des "
                "notes."
            ),
            "en": "This sheet, filled in; the presentation schedule; something to take notes with.",
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": ["codevelopment"],
        "tags": ["codéveloppement", "préparation", "mandat", "fiche préparatoire", "étape 0"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "closing-3a",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Clôture des 3A : appris, apprécié, appliquer",
            "en": "3A closing: learned, appreciated, apply",
        },
        "purpose": {
            "fr": (
                "Boucler la rencontre en invitant chaque personne à nommer ce qu'elle a appris, "
                "ce qu'elle a apprécié et ce qu'elle va appliquer, pour ancrer les "
                "apprentissages dans la pratique."
            ),
            "en": (
                "Close the meeting by inviting each person to name what they learned, what they "
                "appreciated and what they will apply, to anchor the learning in practice."
            ),
        },
        "how_to": {
            "fr": (
                "1. Réserver les 10 dernières minutes à l'ordre du jour et les protéger, même si "
                "la discussion déborde.\n"
                "2. Afficher les trois questions : « Qu'est-ce que j'ai appris? », « Qu'est-ce "
                "que j'ai apprécié? », « Qu'est-ce que je vais appliquer? »\n"
                "3. Laisser une minute de réflexion silencieuse pour que chacun·e note ses "
                "réponses.\n"
                "4. Faire le tour : chaque personne répond aux trois A en une phrase chacun ou, "
                "si le groupe est grand, choisit celui qui lui parle le plus.\n"
                "5. La personne qui prend les notes consigne les « appliquer » : ils "
                "alimenteront les suivis du compte rendu.\n"
                "6. Remercier le groupe et rappeler la date et le thème de la prochaine "
                "rencontre.\n"
                "7. À l'ouverture de la rencontre suivante, inviter une ou deux personnes à "
                "raconter ce qu'elles ont appliqué."
            ),
            "en": (
                "1. Set aside the last 10 minutes on the agenda and protect them, even if the "
                "discussion runs over.\n"
                "2. Display the three questions: “What did I learn?”, “What did I appreciate?”, "
                "“What will I apply?”\n"
                "3. Allow one minute of silent reflection so everyone can jot down their answers.\n"
                "4. Go around: each person answers the three As in one sentence each or, in a "
                "large group, picks the one that speaks to them most.\n"
                "5. The note-taker records the “apply” answers: they will feed the follow-ups in "
                "the meeting synthesis.\n"
                "6. Thank the group and recall the date and theme of the next meeting.\n"
                "7. When the next meeting opens, invite one or two people to tell what they "
                "applied."
            ),
        },
        "duration_minutes": 10,
        "group_size_min": 3,
        "group_size_max": 20,
        "materials": {
            "fr": "Affiche ou diapositive des trois questions, papier et crayons.",
            "en": "Poster or slide with the three questions, paper and pens.",
        },
        "stages": ["coalescing", "maturing", "stewardship", "transformation"],
        "formats": [],
        "tags": ["clôture", "rituel", "3a", "retour réflexif", "atterrir"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "end-of-meeting-questionnaire",
        "category": "template",
        "title": {
            "fr": "Questionnaire de fin de rencontre (5 minutes)",
            "en": "End-of-meeting questionnaire (5 minutes)",
        },
        "purpose": {
            "fr": (
                "Recueillir à chaud l'avis des participant·e·s dans les cinq dernières minutes "
                "de la rencontre : on obtient bien plus de réponses que par un envoi après coup."
            ),
            "en": (
                "Gather participants' views on the spot in the last five minutes of the meeting: "
                "it yields far more answers than sending it out afterwards."
            ),
        },
        "how_to": {
            "fr": (
                "1. Inscrire les cinq dernières minutes à l'ordre du jour et les garder, même si "
                "la discussion déborde.\n"
                "2. Donner accès au questionnaire sur place : lien dans le clavardage, code QR "
                "ou version papier.\n"
                "3. Satisfaction : « Dans l'ensemble, je suis satisfait·e de cette rencontre. » "
                "(échelle de 1 à 5)\n"
                "4. Utilité : « Je repars avec quelque chose d'utile pour ma pratique. » "
                "(échelle d'accord)\n"
                "5. Climat : « Je me suis senti·e en confiance pour partager. » (échelle "
                "d'accord)\n"
                "6. Deux questions ouvertes : « Une chose à améliorer? » et « Un thème pour une "
                "prochaine rencontre? »\n"
                "7. Rendre le questionnaire anonyme par défaut et le dire au groupe.\n"
                "8. Lire les réponses dans la semaine, noter les ajustements au compte rendu et "
                "verser les thèmes proposés dans la banque de thèmes.\n"
                "9. Garder les mêmes questions d'une rencontre à l'autre pour suivre l'évolution."
            ),
            "en": (
                "1. Put the last five minutes on the agenda and keep them, even if the "
                "discussion runs over.\n"
                "2. Give access to the questionnaire on the spot: link in the chat, QR code or "
                "paper copy.\n"
                "3. Satisfaction: “Overall, I am satisfied with this meeting.” (1-to-5 scale)\n"
                "4. Usefulness: “I leave with something useful for my practice.” (agreement "
                "scale)\n"
                "5. Climate: “I felt safe to share.” (agreement scale)\n"
                "6. Two open questions: “One thing to improve?” and “A theme for a future "
                "meeting?”\n"
                "7. Make the questionnaire anonymous by default and tell the group so.\n"
                "8. Read the answers within the week, note the adjustments in the meeting "
                "synthesis and add the suggested themes to the themes backlog.\n"
                "9. Keep the same questions from one meeting to the next to track change over "
                "time."
            ),
        },
        "duration_minutes": 5,
        "group_size_min": 3,
        "group_size_max": None,
        "materials": {
            "fr": "Questionnaire en ligne (lien ou code QR) ou imprimé, crayons.",
            "en": "Online questionnaire (link or QR code) or printed copies, pens.",
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": [],
        "tags": ["évaluation", "questionnaire", "clôture", "satisfaction", "amélioration continue"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "meeting-synthesis-template",
        "category": "meeting_synthesis",
        "title": {
            "fr": "Gabarit de compte rendu de rencontre",
            "en": "Meeting synthesis template",
        },
        "purpose": {
            "fr": (
                "Garder une trace courte et utile de chaque rencontre : ce qui s'est dit, qui "
                "fait quoi et pour quand, les outils partagés et la suite. Le compte rendu "
                "facilite aussi l'arrivée de nouvelles personnes."
            ),
            "en": (
                "Keep a short, useful record of each meeting: what was said, who does what by "
                "when, the tools shared and what comes next. The synthesis also makes it easier "
                "for new people to join."
            ),
        },
        "how_to": {
            "fr": (
                "1. En-tête : communauté, date, mode (en présentiel ou virtuel), animation, "
                "prise de notes, nombre de personnes présentes.\n"
                "2. Sommaire : de trois à six idées principales, sans attribuer les propos à des "
                "personnes lorsque le sujet est confidentiel.\n"
                "3. Décisions prises, s'il y a lieu.\n"
                "4. Suivis : pour chaque action, la personne responsable et l'échéance.\n"
                "5. Outils et ressources partagés : titre, personne qui l'a apporté, lien ou "
                "fichier déposé dans la boîte à outils.\n"
                "6. Thèmes soulevés pour plus tard, à verser dans la banque de thèmes.\n"
                "7. Prochaine rencontre : date, thème et préparation demandée.\n"
                "8. Ajustements retenus à la lumière du questionnaire de fin de rencontre.\n"
                "9. Rédiger dans les 48 heures, faire relire par l'équipe d'animation, puis "
                "publier : les membres reçoivent le résumé et le rappel des suivis."
            ),
            "en": (
                "1. Header: community, date, mode (in person or online), facilitation, "
                "note-taking, number of people present.\n"
                "2. Summary: three to six main ideas, without attributing statements to people "
                "when the subject is confidential.\n"
                "3. Decisions made, if any.\n"
                "4. Follow-ups: for each action, the person responsible and the due date.\n"
                "5. Tools and resources shared: title, who brought it, link or file added to the "
                "toolbox.\n"
                "6. Themes raised for later, to add to the themes backlog.\n"
                "7. Next meeting: date, theme and any preparation requested.\n"
                "8. Adjustments agreed in light of the end-of-meeting questionnaire.\n"
                "9. Write it within 48 hours, have the facilitation team review it, then publish "
                "it: members receive the summary and a reminder of their follow-ups."
            ),
        },
        "duration_minutes": 20,
        "group_size_min": None,
        "group_size_max": None,
        "materials": {
            "fr": (
                "Notes prises pendant la rencontre, liste des présences, liens vers les outils "
                "partagés."
            ),
            "en": "Notes taken during the meeting, attendance list, links to the tools shared.",
        },
        "stages": ["coalescing", "maturing", "stewardship"],
        "formats": [],
        "tags": ["compte rendu", "synthèse", "suivis", "gabarit", "traces écrites"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "reflective-review-participation",
        "category": "template",
        "title": {
            "fr": "Bilan réflexif de la participation",
            "en": "Reflective review of participation",
        },
        "purpose": {
            "fr": (
                "Recueillir ce que la communauté a changé pour chaque participant·e "
                "(apprentissages, retombées ressenties, appréciation de la formule) par un "
                "questionnaire anonyme, un retour collectif ou les deux."
            ),
            "en": (
                "Find out what the community changed for each participant (learning, felt "
                "impacts, views on the format) through an anonymous questionnaire, a group "
                "debrief or both."
            ),
        },
        "how_to": {
            "fr": (
                "1. Choisir la forme : questionnaire individuel et anonyme (sur place ou en "
                "ligne), retour collectif en fin de parcours, ou les deux.\n"
                "2. Expliquer à quoi serviront les réponses et comment l'anonymat est protégé : "
                "avec moins de cinq réponses, on ne présente qu'une synthèse globale.\n"
                "3. Parcours : qu'est-ce qui vous a amené·e à participer? Qu'avez-vous appris? "
                "Qu'avez-vous apprécié? Qu'avez-vous déjà changé dans votre pratique?\n"
                "4. Retombées ressenties, sur une échelle d'accord : je me sens moins isolé·e; "
                "j'ai un sentiment d'appartenance; j'ai gagné en confiance; je suis mieux "
                "outillé·e; mon réseau s'est élargi.\n"
                "5. Organisation : commentaires sur la taille du groupe, la fréquence, l'intérêt "
                "et l'engagement, le lieu ou la plateforme de rencontre, les outils et la "
                "formule, le climat et l'animation.\n"
                "6. Suggestions pour la suite et thèmes souhaités.\n"
                "7. Témoignage facultatif, avec le consentement explicite de la personne pour "
                "chaque usage (communications, recrutement, reddition de comptes).\n"
                "8. Partager les résultats avec tous les membres et s'en servir pour ajuster les "
                "orientations de la communauté."
            ),
            "en": (
                "1. Choose the form: an individual, anonymous questionnaire (on site or online), "
                "a group debrief at the end of the cycle, or both.\n"
                "2. Explain what the answers will be used for and how anonymity is protected: "
                "with fewer than five answers, only an overall summary is shown.\n"
                "3. Journey: what led you to take part? What did you learn? What did you "
                "appreciate? What have you already changed in your practice?\n"
                "4. Felt impacts, on an agreement scale: I feel less isolated; I feel a sense of "
                "belonging; I have gained confidence; I am better equipped; my network has grown.\n"
                "5. Organisation: comments on group size, frequency, interest and engagement, "
                "the meeting place or platform, tools and format, climate and facilitation.\n"
                "6. Suggestions for what comes next and themes people would like.\n"
                "7. Optional testimonial, with the person's explicit consent for each use "
                "(communications, recruitment, accountability reporting).\n"
                "8. Share the results with all members and use them to adjust the community's "
                "direction."
            ),
        },
        "duration_minutes": 20,
        "group_size_min": 3,
        "group_size_max": None,
        "materials": {
            "fr": (
                "Questionnaire en ligne ou imprimé; pour le retour collectif, tableau à feuilles."
            ),
            "en": "Online or printed questionnaire; for the group debrief, a flip chart.",
        },
        "stages": ["maturing", "stewardship", "transformation"],
        "formats": [],
        "tags": [
            "bilan",
            "évaluation",
            "regard réflexif",
            "participation",
            "questionnaire",
            "témoignage",
        ],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "reflective-review-facilitation",
        "category": "template",
        "title": {
            "fr": "Bilan réflexif de l'organisation et de l'animation",
            "en": "Reflective review of organisation and facilitation",
        },
        "purpose": {
            "fr": (
                "Guide de bilan pour l'équipe d'animation, à mi-parcours ou en fin de cycle : "
                "relire ce qui s'est passé, repérer ce qui a soutenu ou freiné le groupe et "
                "décider des ajustements."
            ),
            "en": (
                "A review guide for the facilitation team, midway or at the end of a cycle: look "
                "back on what happened, identify what supported or held back the group and "
                "decide on adjustments."
            ),
        },
        "how_to": {
            "fr": (
                "1. Prévoir une heure dans les deux semaines qui suivent la fin du cycle (ou à "
                "mi-parcours) avec toutes les personnes qui ont animé ou organisé.\n"
                "2. Rassembler les faits : présences, thèmes abordés, outils partagés, comptes "
                "rendus et résultats des questionnaires.\n"
                "3. Répondre d'abord chacun·e de son côté, puis comparer les réponses.\n"
                "4. Objectifs : quels étaient les objectifs de départ? Sont-ils atteints, "
                "partiellement atteints ou non atteints, et pourquoi?\n"
                "5. Formule : comment décrire la formule et la structure vécues? Pourquoi et par "
                "qui ce modèle a-t-il été retenu? Quels en ont été les avantages et les "
                "inconvénients?\n"
                "6. Contenus : qui a choisi les sujets, et de quelle façon les a-t-on abordés? "
                "Quels outils ont servi, et comment l'information et les outils ont-ils circulé?\n"
                "7. Engagement et cohésion : en deux colonnes (favorable, défavorable), "
                "qu'est-ce qui a aidé ou nui à l'engagement des participant·e·s, puis à la "
                "cohésion du groupe?\n"
                "8. Atterrissage : comment chaque rencontre et l'ensemble du parcours se "
                "sont-ils conclus? Qu'est-ce qui a manqué?\n"
                "9. Retenir trois ajustements concrets, les inscrire au journal de bord et "
                "partager une synthèse avec les membres."
            ),
            "en": (
                "1. Set aside an hour within two weeks of the end of the cycle (or midway) with "
                "everyone who facilitated or organised.\n"
                "2. Gather the facts: attendance, themes covered, tools shared, meeting "
                "syntheses and questionnaire results.\n"
                "3. Answer on your own first, then compare answers.\n"
                "4. Objectives: what were the initial objectives? Are they achieved, partly "
                "achieved or not achieved, and why?\n"
                "5. Format: how would you describe the format and structure you went through? "
                "Why and by whom was this model selected? What were its advantages and drawbacks?\n"
                "6. Content: who chose the topics, and how were they approached? Which tools "
                "were used, and how did information and tools circulate?\n"
                "7. Engagement and cohesion: in two columns (favourable, unfavourable), what "
                "helped or hindered participants' engagement, then group cohesion?\n"
                "8. Landing: how did each meeting and the whole cycle come to a close? What was "
                "missing?\n"
                "9. Settle on three concrete adjustments, record them in the logbook and share a "
                "summary with the members."
            ),
        },
        "duration_minutes": 60,
        "group_size_min": 1,
        "group_size_max": 4,
        "materials": {
            "fr": (
                "Données de présence et d'évaluation, comptes rendus, journal de bord, grille à "
                "deux colonnes (favorable, défavorable)."
            ),
            "en": (
                "Attendance and evaluation data, meeting syntheses, logbook, two-column grid "
                "(favourable, unfavourable)."
            ),
        },
        "stages": ["maturing", "stewardship", "transformation"],
        "formats": [],
        "tags": ["bilan", "évaluation", "regard réflexif", "animation", "journal de bord"],
        "licence": "CC BY-SA 4.0",
    },
    {
        "slug": "end-of-cycle-landing",
        "category": "facilitation_sheet",
        "title": {
            "fr": "Atterrissage de fin de parcours",
            "en": "End-of-cycle landing",
        },
        "purpose": {
            "fr": (
                "Consacrer une rencontre entière à conclure le parcours : faire le bilan "
                "ensemble, célébrer et décider de la suite, plutôt que de laisser la communauté "
                "s'arrêter abruptement."
            ),
            "en": (
                "Devote a whole meeting to wrapping up the cycle: review it together, celebrate "
                "and decide what comes next, rather than letting the community stop abruptly."
            ),
        },
        "how_to": {
            "fr": (
                "1. Inscrire la rencontre d'atterrissage au calendrier dès le départ et la "
                "réserver à cette seule fin.\n"
                "2. Ligne du temps (20 minutes) : afficher les rencontres et les thèmes; chaque "
                "personne y ajoute un moment marquant.\n"
                "3. Retour collectif (30 minutes) : qu'est-ce que j'ai appris? Qu'est-ce qui a "
                "changé dans ma pratique? Qu'est-ce que je garde de ce groupe?\n"
                "4. Questionnaire individuel et anonyme (10 minutes), rempli sur place.\n"
                "5. Célébration (20 minutes) : activité choisie avec le groupe, goûter, remise "
                "d'attestations de participation.\n"
                "6. La suite (25 minutes) : poursuivre, changer de formule ou conclure? "
                "Recueillir les avis et les thèmes pour un éventuel nouveau cycle.\n"
                "7. Échanger les coordonnées des personnes qui le souhaitent pour garder le lien.\n"
                "8. Après la rencontre, partager les résultats de l'évaluation avec tous les "
                "membres."
            ),
            "en": (
                "1. Put the landing meeting on the calendar from the start and reserve it for "
                "that purpose alone.\n"
                "2. Timeline (20 minutes): post the meetings and themes; each person adds a "
                "memorable moment.\n"
                "3. Group debrief (30 minutes): what did I learn? What has changed in my "
                "practice? What do I keep from this group?\n"
                "4. Individual, anonymous questionnaire (10 minutes), filled in on the spot.\n"
                "5. Celebration (20 minutes): an activity chosen with the group, snacks, "
                "certificates of participation.\n"
                "6. What next (25 minutes): continue, change format or close? Gather views and "
                "themes for a possible new cycle.\n"
                "7. Exchange contact details among those who wish to, to stay in touch.\n"
                "8. After the meeting, share the evaluation results with all members."
            ),
        },
        "duration_minutes": 120,
        "group_size_min": 5,
        "group_size_max": 20,
        "materials": {
            "fr": (
                "Grande bande de papier pour la ligne du temps, questionnaire, attestations, "
                "goûter."
            ),
            "en": "Long strip of paper for the timeline, questionnaire, certificates, snacks.",
        },
        "stages": ["stewardship", "transformation"],
        "formats": [],
        "tags": ["clôture", "atterrir", "bilan", "célébration", "attestations", "fin de parcours"],
        "licence": "CC BY-SA 4.0",
    },
]

REFERENCES: list[Reference] = [
    {
        "authors": "Association québécoise du codéveloppement professionnel",
        "year": None,
        "title": "Site web",
        "publisher": "",
        "url": "https://www.aqcp.org/",
        "note": {
            "fr": (
                "Bon point de départ pour en savoir plus sur le codéveloppement professionnel et "
                "trouver des personnes qui l'animent au Québec."
            ),
            "en": (
                "A good starting point to learn more about professional co-development and to "
                "find people who facilitate it in Québec."
            ),
        },
    },
    {
        "authors": "Cefrio",
        "year": 2005,
        "title": (
            "Guide de mise en place et d'animation de communautés de pratique intentionnelles. "
            "Travailler, apprendre et collaborer en réseau"
        ),
        "publisher": "",
        "url": "",
        "note": {
            "fr": (
                "Guide pratique pour lancer et animer une communauté voulue par une "
                "organisation, des premières étapes jusqu'à son évolution dans le temps."
            ),
            "en": (
                "A practical guide to launching and running a community set up by an "
                "organisation, from the first steps to how it evolves over time."
            ),
        },
    },
    {
        "authors": "Fabrique REL",
        "year": 2021,
        "title": "Pratiques favorables à la création et au maintien des communautés de pratique",
        "publisher": "Université de Sherbrooke",
        "url": (
            "https://savoirs.usherbrooke.ca/bitstream/handle/11143/17930/"
            "pratiques-favorables-communaute-fabriqueREL-principal.pdf?sequence=5&isAllowed=y"
        ),
        "note": {
            "fr": (
                "Survol des pratiques qui aident une communauté de pratique à prendre son élan "
                "puis à durer."
            ),
            "en": (
                "An overview of the practices that help a community of practice get going and "
                "then last."
            ),
        },
    },
    {
        "authors": "Institut national de santé publique du Québec",
        "year": 2009,
        "title": (
            "Animer un processus de transfert des connaissances. Bilan des connaissances et "
            "outil d'animation"
        ),
        "publisher": "",
        "url": (
            "https://www.inspq.qc.ca/sites/default/files/publications/"
            "1012_animertransfertconn_bilan.pdf"
        ),
        "note": {
            "fr": (
                "Utile aux personnes qui animent et qui veulent mieux faire circuler les savoirs "
                "entre recherche et pratique."
            ),
            "en": (
                "Useful for facilitators who want knowledge to flow better between research and "
                "practice."
            ),
        },
    },
    {
        "authors": "Institut national de santé publique du Québec",
        "year": 2017,
        "title": (
            "La communauté de pratique : quels sont les besoins des acteurs en santé publique?"
        ),
        "publisher": "",
        "url": "https://www.inspq.qc.ca/publications/2350",
        "note": {
            "fr": (
                "Fiche qui fait le point sur ce dont les intervenant·e·s ont besoin pour qu'une "
                "communauté de pratique leur soit vraiment utile."
            ),
            "en": (
                "A fact sheet on what practitioners need for a community of practice to be truly "
                "useful to them."
            ),
        },
    },
    {
        "authors": "Lafranchise, Nathalie",
        "year": 2012,
        "title": "Développement de la gestion du savoir. Guide d'accompagnement",
        "publisher": "",
        "url": "",
        "note": {
            "fr": (
                "Pour réfléchir à ce que la communauté veut conserver, organiser et transmettre "
                "de ses savoirs."
            ),
            "en": (
                "For thinking about what knowledge the community wants to keep, organise and "
                "pass on."
            ),
        },
    },
    {
        "authors": "Payette, A.; Champagne, C.",
        "year": 1997,
        "title": "Le groupe de codéveloppement professionnel",
        "publisher": "",
        "url": "",
        "note": {
            "fr": (
                "L'ouvrage de référence sur le groupe de codéveloppement, dont s'inspire la "
                "démarche en six étapes de notre fiche de préparation."
            ),
            "en": (
                "The reference work on the co-development group, which inspires the six-step "
                "process in our preparation sheet."
            ),
        },
    },
    {
        "authors": "Lièvre, Pascal; Bonnet, Emmanuel; Laroche, Nicolas",
        "year": 2016,
        "title": "Etienne Wenger - Communauté de pratique et théorie sociale de l'apprentissage",
        "publisher": "",
        "url": "",
        "note": {
            "fr": (
                "Pour comprendre les idées d'Etienne Wenger, qui voit l'apprentissage comme une "
                "affaire de participation à une communauté."
            ),
            "en": (
                "To understand the ideas of Etienne Wenger, who sees learning as a matter of "
                "taking part in a community."
            ),
        },
    },
    {
        "authors": "Marcoux, Fabrice",
        "year": 2021,
        "title": "Les communautés de pratique, une avenue à explorer",
        "publisher": "Fédération des télévisions communautaires autonomes du Québec",
        "url": (
            "https://fedetvc.qc.ca/actualites/2021/02/"
            "les-communautes-de-pratique-une-avenue-a-explorer-pour-les-tca"
        ),
        "note": {
            "fr": (
                "Court article qui présente la communauté de pratique aux télévisions "
                "communautaires autonomes; ses constats valent pour d'autres réseaux "
                "d'organismes."
            ),
            "en": (
                "A short article introducing communities of practice to autonomous community "
                "television stations; its findings apply to other networks of organisations."
            ),
        },
    },
    {
        "authors": "Université de Sherbrooke",
        "year": 2014,
        "title": "Communauté de pratique en enseignement",
        "publisher": "",
        "url": (
            "https://www.usherbrooke.ca/ssf/fileadmin/sites/ssf/Face_et_pile/face_pile_CdeP_VF.pdf"
        ),
        "note": {
            "fr": (
                "Fiche synthèse sur la communauté de pratique en enseignement, facile à "
                "transposer à d'autres milieux."
            ),
            "en": (
                "A summary sheet on communities of practice in teaching, easy to transpose to "
                "other settings."
            ),
        },
    },
    {
        "authors": "Vangrunderbeeck, Pascal; Lecoq, Julie",
        "year": 2016,
        "title": "2 minutes pour raconter les communautés de pratique",
        "publisher": "",
        "url": "https://www.youtube.com/watch?v=i_kexyKx5K4",
        "note": {
            "fr": (
                "Vidéo très courte qui explique le concept simplement; idéale pour ouvrir une "
                "première rencontre."
            ),
            "en": (
                "A very short video that explains the concept simply; ideal to open a first "
                "meeting."
            ),
        },
    },
    {
        "authors": "Wenger, Etienne; McDermott, Richard; Snyder, William M.",
        "year": 2002,
        "title": "Cultiver les communautés de pratique : un guide pour manager les connaissances",
        "publisher": "",
        "url": "",
        "note": {
            "fr": (
                "Ouvrage fondateur sur la façon de faire grandir une communauté de pratique, "
                "d'où vient le modèle des cinq stades de développement."
            ),
            "en": (
                "The founding book on how to grow a community of practice, where the five-stage "
                "development model comes from."
            ),
        },
    },
    {
        "authors": "Projet collectif",
        "year": None,
        "title": "En commun : Praxis et Passerelles",
        "publisher": "",
        "url": "https://projetcollectif.ca/programmes/en-commun/",
        "note": {
            "fr": (
                "Plateforme en ligne du milieu communautaire québécois pour partager des "
                "connaissances et des outils entre organisations."
            ),
            "en": (
                "An online platform of the Québec community sector for sharing knowledge and "
                "tools between organisations."
            ),
        },
    },
]
