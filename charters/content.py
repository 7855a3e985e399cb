"""Charter templates and clause library written for cdp (our own wording).

French (fr-CA, inclusive writing) comes first, English is a faithful rendering. French strings use
no-break spaces before colons and inside guillemets. Clauses are reusable building blocks; each
template lists its sections and the clause keys they contain, in order. Member clauses speak in the
first person; employer clauses describe what the signing organisation commits to.
"""

from typing import TypedDict


class Text(TypedDict):
    fr: str
    en: str


class Clause(TypedDict):
    key: str
    title: Text
    body: Text


class Section(TypedDict):
    title: Text
    clause_keys: list[str]
    body: Text


class Template(TypedDict):
    kind: str
    title: Text
    preamble: Text
    sections: list[Section]


KINDS: dict[str, Text] = {
    "engagement": {
        "fr": "Charte d'engagement",
        "en": "Engagement charter",
    },
    "confidentiality": {
        "fr": "Charte de confidentialité",
        "en": "Confidentiality charter",
    },
    "engagement_confidentiality": {
        "fr": "Charte d'engagement et de confidentialité",
        "en": "Engagement and confidentiality charter",
    },
    "operating_framework": {
        "fr": "Cadre de fonctionnement et valeurs collectives",
        "en": "Operating framework and collective values",
    },
    "employer_commitment": {
        "fr": "Engagement de l'employeur",
        "en": "Employer commitment",
    },
    "participation": {
        "fr": "Charte de participation",
        "en": "Participation charter",
    },
}

CLAUSES: list[Clause] = [
    {
        "key": "values",
        "title": {
            "fr": "Nos valeurs",
            "en": "Our values",
        },
        "body": {
            "fr": (
                "Nous misons sur la confiance, l'ouverture et la réciprocité : chacun·e reçoit du "
                "groupe et lui donne en retour. Toutes les contributions comptent, qu'elles "
                "viennent d'une personne nouvelle dans son poste ou d'une personne "
                "d'expérience.\n\n"
                "Nous voulons un espace où l'on peut parler de ses difficultés sans crainte d'être "
                "jugé·e ou mis·e dans l'embarras, et où l'on garde un esprit critique tout en "
                "restant bienveillant·e·s."
            ),
            "en": (
                "We rely on trust, openness and reciprocity: each of us receives from the group "
                "and gives back to it. Every contribution counts, whether it comes from someone "
                "new in their job or from someone with years of experience.\n\n"
                "We want a space where people can talk about their difficulties without fear of "
                "being judged or embarrassed, and where we keep a critical mind while remaining "
                "kind."
            ),
        },
    },
    {
        "key": "respectful_listening",
        "title": {
            "fr": "Écoute et respect",
            "en": "Listening and respect",
        },
        "body": {
            "fr": (
                "J'écoute sans interrompre et je laisse de la place aux autres pour que le temps "
                "de parole soit partagé équitablement. Je suis les indications de "
                "l'animateur·trice à ce sujet.\n\n"
                "Je traite chaque personne avec respect, quels que soient son poste, son "
                "organisme, son expérience, son genre ou sa façon de s'exprimer. Je peux être en "
                "désaccord, en m'adressant aux idées et non aux personnes."
            ),
            "en": (
                "I listen without interrupting and leave room for others so that speaking time is "
                "shared fairly. I follow the facilitator's guidance on this.\n\n"
                "I treat every person with respect, whatever their position, organisation, "
                "experience, gender or way of expressing themselves. I may disagree, by addressing "
                "ideas rather than people."
            ),
        },
    },
    {
        "key": "voluntary_speaking",
        "title": {
            "fr": "Prise de parole libre et droit de passer",
            "en": "Speaking is voluntary; the right to pass",
        },
        "body": {
            "fr": (
                "Prendre la parole n'est jamais une obligation. Je peux participer en écoutant, "
                "passer mon tour lors d'un tour de table ou ne pas répondre à une question, sans "
                "avoir à m'en expliquer.\n\n"
                "De mon côté, je n'insiste pas pour qu'une autre personne s'exprime et je respecte "
                "son silence."
            ),
            "en": (
                "Speaking is never an obligation. I can take part by listening, pass my turn in a "
                "round or leave a question unanswered, without having to explain why.\n\n"
                "For my part, I do not press anyone else to speak and I respect their silence."
            ),
        },
    },
    {
        "key": "constructive_venting",
        "title": {
            "fr": "Ventiler de façon constructive",
            "en": "Venting constructively",
        },
        "body": {
            "fr": (
                "La communauté est un endroit où l'on peut déposer ses frustrations. Quand je "
                "ventile, je parle de situations et de ce que je vis, sans nommer, viser ni "
                "ridiculiser qui que ce soit, personne ou organisme.\n\n"
                "Je garde en tête que le but est d'avancer : une fois que j'ai vidé mon sac, je "
                "reste ouvert·e aux pistes que le groupe peut me proposer."
            ),
            "en": (
                "The community is a place where frustrations can be set down. When I vent, I talk "
                "about situations and about what I am going through, without naming, targeting or "
                "mocking anyone, whether a person or an organisation.\n\n"
                "I keep in mind that the aim is to move forward: once I have got it off my chest, "
                "I stay open to the ideas the group may offer."
            ),
        },
    },
    {
        "key": "neutral_space",
        "title": {
            "fr": "Un espace neutre entre pairs",
            "en": "A neutral space among peers",
        },
        "body": {
            "fr": (
                "La communauté est un lieu d'entraide entre pairs, indépendant des organismes, des "
                "bailleurs de fonds et des conseils d'administration dont relèvent ses membres. "
                "Chacun·e y participe comme pair, peu importe son titre, et ce qui s'y dit ne sert "
                "pas à évaluer ni à surveiller qui que ce soit.\n\n"
                "Le groupe est réservé aux personnes pour qui il a été créé. Je n'y invite "
                "personne sans l'accord du groupe."
            ),
            "en": (
                "The community is a peer support space, independent of the organisations, funders "
                "and boards of directors its members answer to. Everyone takes part as a peer, "
                "whatever their title, and what is said here is not used to assess or monitor "
                "anyone.\n\n"
                "The group is reserved for the people it was created for. I do not invite anyone "
                "into it without the group's agreement."
            ),
        },
    },
    {
        "key": "co_construction",
        "title": {
            "fr": "Une charte décidée ensemble",
            "en": "A charter we decide together",
        },
        "body": {
            "fr": (
                "Ce texte a été discuté avec les membres au lancement de la communauté. Nous le "
                "relisons ensemble au moins une fois par année, ou plus tôt si le groupe le "
                "demande, et nous le modifions lorsque les membres s'entendent sur un "
                "changement.\n\n"
                "Chaque nouvelle version est présentée aux membres, qui sont invité·e·s à la "
                "signer de nouveau. Les personnes qui se joignent en cours de route reçoivent le "
                "texte et un résumé de nos façons de faire avant leur première rencontre."
            ),
            "en": (
                "This text was discussed with the members when the community was launched. We "
                "review it together at least once a year, or sooner if the group asks, and we "
                "change it when members agree on a change.\n\n"
                "Each new version is presented to the members, who are invited to sign it again. "
                "People who join along the way receive the text and a summary of how we do things "
                "before their first meeting."
            ),
        },
    },
    {
        "key": "active_presence",
        "title": {
            "fr": "Présence active",
            "en": "Active presence",
        },
        "body": {
            "fr": (
                "J'ai pris connaissance du nombre, de la durée et de la fréquence des rencontres "
                "indiqués sur la fiche de la communauté, et je peux y consacrer ce temps. Je "
                "réserve ces rencontres dans mon agenda.\n\n"
                "Pendant les rencontres, je suis pleinement présent·e : j'arrive à l'heure, je "
                "reste jusqu'à la fin et je mets de côté courriels et téléphone autant que "
                "possible. Je prépare ce qu'on m'a demandé d'apporter, comme une situation à "
                "présenter ou un outil."
            ),
            "en": (
                "I have read the number, length and frequency of meetings shown on the community's "
                "page, and I can give that time. I block these meetings in my calendar.\n\n"
                "During meetings, I am fully present: I arrive on time, stay until the end and set "
                "aside email and phone as much as I can. I prepare what I have been asked to "
                "bring, such as a situation to present or a tool."
            ),
        },
    },
    {
        "key": "notify_absence_or_withdrawal",
        "title": {
            "fr": "Aviser en cas d'absence ou de départ",
            "en": "Giving notice of an absence or departure",
        },
        "body": {
            "fr": (
                "Si je ne peux pas assister à une rencontre, j'en avise l'animateur·trice le plus "
                "tôt possible, idéalement avant la rencontre.\n\n"
                "Si je décide de quitter la communauté, je le fais savoir, même en quelques mots. "
                "Je n'ai pas à me justifier, mais connaître les raisons d'un départ aide le groupe "
                "à s'ajuster."
            ),
            "en": (
                "If I cannot attend a meeting, I let the facilitator know as early as possible, "
                "ideally before the meeting.\n\n"
                "If I decide to leave the community, I say so, even in a few words. I do not have "
                "to justify myself, but knowing why people leave helps the group adjust."
            ),
        },
    },
    {
        "key": "sharing_commitments",
        "title": {
            "fr": "Tenir ses engagements de partage",
            "en": "Following through on sharing",
        },
        "body": {
            "fr": (
                "Quand je propose de partager un outil, un document ou une référence, je le dépose "
                "dans l'espace de la communauté dans le délai convenu, ou j'avise le groupe si je "
                "ne peux pas le faire.\n\n"
                "Je contribue selon mes moyens : une réaction, une question, un exemple tiré de ma "
                "pratique, un outil. La communauté vit de ce que chacun·e y apporte."
            ),
            "en": (
                "When I offer to share a tool, a document or a reference, I post it in the "
                "community's space within the agreed time, or I tell the group if I cannot.\n\n"
                "I contribute as I can: a reaction, a question, an example from my practice, a "
                "tool. The community lives on what each of us brings to it."
            ),
        },
    },
    {
        "key": "evaluation_participation",
        "title": {
            "fr": "Participer à l'évaluation",
            "en": "Taking part in the evaluation",
        },
        "body": {
            "fr": (
                "Je réponds aux courts questionnaires de fin de rencontre et au bilan annuel de la "
                "communauté. Mes réponses aident le groupe à s'améliorer et permettent à "
                "l'organisme de rendre compte de la démarche.\n\n"
                "Quand un questionnaire est anonyme, rien ne relie mes réponses à mon nom. Mes "
                "commentaires ne sont cités comme témoignages qu'avec mon accord."
            ),
            "en": (
                "I answer the short end-of-meeting questionnaires and the community's annual "
                "review. My answers help the group improve and allow the organisation to report on "
                "the initiative.\n\n"
                "When a questionnaire is anonymous, nothing links my answers to my name. My "
                "comments are quoted as testimonials only with my consent."
            ),
        },
    },
    {
        "key": "confidentiality",
        "title": {
            "fr": "Confidentialité des échanges",
            "en": "Confidentiality of exchanges",
        },
        "body": {
            "fr": (
                "Ce que les membres racontent pendant les rencontres et dans les espaces de la "
                "communauté reste dans le groupe. Je ne répète à l'extérieur ni les situations "
                "exposées ni le nom des personnes ou des organismes en cause, à moins que la "
                "personne qui les a confiés me le permette clairement.\n\n"
                "Je peux parler de ce que j'ai appris, pourvu qu'on ne puisse reconnaître ni une "
                "personne ni un milieu. En ligne, je me branche d'un endroit où personne d'autre "
                "ne peut entendre les échanges.\n\n"
                "Cet engagement demeure après mon départ de la communauté. Seule une obligation "
                "prévue par la loi, ou un risque sérieux pour la sécurité de quelqu'un, peut "
                "justifier une exception."
            ),
            "en": (
                "What members say during meetings and in the community's spaces stays within the "
                "group. I do not repeat outside the group the situations described or the names of "
                "the people or organisations involved, unless the person who shared them clearly "
                "allows me to.\n\n"
                "I may talk about what I learned, as long as no person or workplace can be "
                "recognised. Online, I connect from a place where no one else can hear the "
                "discussion.\n\n"
                "This commitment continues after I leave the community. Only a legal obligation, "
                "or a serious risk to someone's safety, can justify an exception."
            ),
        },
    },
    {
        "key": "sharing_boundaries",
        "title": {
            "fr": "Ce que je choisis de partager",
            "en": "What I choose to share",
        },
        "body": {
            "fr": (
                "Je décide moi-même de ce que je partage. Je n'ai pas à révéler d'information "
                "stratégique ou confidentielle sur mon organisme, ni sur les personnes qu'il "
                "accompagne.\n\n"
                "Quand je présente une situation, je retire les détails qui permettraient de "
                "reconnaître les personnes concernées."
            ),
            "en": (
                "I decide for myself what I share. I do not have to reveal strategic or "
                "confidential information about my organisation, or about the people it "
                "serves.\n\n"
                "When I present a situation, I remove the details that would allow the people "
                "involved to be recognised."
            ),
        },
    },
    {
        "key": "exclusive_use_of_tools",
        "title": {
            "fr": "Outils réservés aux membres",
            "en": "Tools for members only",
        },
        "body": {
            "fr": (
                "Les outils, modèles et documents déposés dans l'espace de la communauté sont "
                "destinés à ses membres. Je ne les transmets pas à l'extérieur sans l'accord de la "
                "personne ou de l'organisme qui les a partagés.\n\n"
                "Je peux m'en servir et les adapter dans mon propre travail. Si un outil porte une "
                "licence ou une mention de source, je la respecte et je la conserve."
            ),
            "en": (
                "Tools, templates and documents posted in the community's space are meant for its "
                "members. I do not pass them on outside the community without the agreement of the "
                "person or organisation that shared them.\n\n"
                "I may use them and adapt them in my own work. If a tool carries a licence or a "
                "credit, I respect it and keep it."
            ),
        },
    },
    {
        "key": "recordings",
        "title": {
            "fr": "Enregistrements et captures",
            "en": "Recordings and screenshots",
        },
        "body": {
            "fr": (
                "Les rencontres ne sont pas enregistrées, sauf si toutes les personnes présentes y "
                "consentent au début de la rencontre. Un enregistrement sert seulement à la prise "
                "de notes et n'est pas diffusé. Aucun enregistrement n'est fait quand des "
                "personnes mineures participent.\n\n"
                "Je ne prends ni photo, ni capture d'écran, ni enregistrement des échanges ou des "
                "participant·e·s sans leur accord."
            ),
            "en": (
                "Meetings are not recorded unless everyone present agrees at the start of the "
                "meeting. A recording is used only for note-taking and is not shared. Nothing is "
                "recorded when minors take part.\n\n"
                "I do not take photos, screenshots or recordings of the discussion or of the "
                "participants without their agreement."
            ),
        },
    },
    {
        "key": "objectives",
        "title": {
            "fr": "Objectifs poursuivis",
            "en": "Objectives",
        },
        "body": {
            "fr": (
                "Les objectifs de la communauté figurent sur sa fiche et ont été présentés aux "
                "membres dès le départ. Si un organisme a mis la communauté sur pied, ces "
                "objectifs tiennent compte des attentes qu'il a exprimées.\n\n"
                "Au fil du temps, le groupe peut ajouter, préciser ou abandonner des objectifs, "
                "pourvu que les changements restent fidèles au mandat de départ. Nous faisons le "
                "point sur leur atteinte au moins une fois par année."
            ),
            "en": (
                "The community's objectives appear on its page and were presented to members from "
                "the start. If an organisation set up the community, these objectives take into "
                "account the expectations it expressed.\n\n"
                "Over time, the group may add, clarify or drop objectives, as long as the changes "
                "stay true to the original mandate. We review whether they have been met at least "
                "once a year."
            ),
        },
    },
    {
        "key": "scope",
        "title": {
            "fr": "Ce que la communauté n'est pas",
            "en": "What the community is not",
        },
        "body": {
            "fr": (
                "La communauté n'offre pas de services individuels, n'est pas une instance de "
                "concertation qui prend des décisions au nom de nos organismes et ne porte pas de "
                "revendications. Elle sert à apprendre les un·e·s des autres.\n\n"
                "Chaque membre reste libre de ce qu'il ou elle retient des échanges, et "
                "responsable de la suite à y donner dans son propre milieu."
            ),
            "en": (
                "The community does not provide individual services, is not a coordination body "
                "that makes decisions on behalf of our organisations and does not carry advocacy "
                "demands. It is there for us to learn from one another.\n\n"
                "Each member remains free to decide what to take from the discussions, and "
                "responsible for following up in their own workplace."
            ),
        },
    },
    {
        "key": "recruitment",
        "title": {
            "fr": "Recrutement des membres",
            "en": "Membership and recruitment",
        },
        "body": {
            "fr": (
                "Le mode d'inscription (ouverte, fermée ou sur demande) et, s'il y a lieu, les "
                "critères d'admissibilité sont indiqués sur la fiche de la communauté. "
                "L'animateur·trice traite les demandes d'adhésion selon ces critères.\n\n"
                "La participation est volontaire. Chaque personne qui se joint au groupe lit et "
                "signe la charte avant sa première rencontre."
            ),
            "en": (
                "The registration mode (open, closed or on request) and, where applicable, the "
                "eligibility criteria are shown on the community's page. The facilitator handles "
                "membership requests according to these criteria.\n\n"
                "Taking part is voluntary. Everyone who joins the group reads and signs the "
                "charter before their first meeting."
            ),
        },
    },
    {
        "key": "shared_resources",
        "title": {
            "fr": "Ressources partagées",
            "en": "Shared resources",
        },
        "body": {
            "fr": (
                "La communauté dispose d'un espace sur la plateforme : calendrier des rencontres, "
                "comptes rendus, boîte à outils et répertoire de ressources. Les membres y "
                "déposent les outils et les références à partager, et l'animateur·trice veille à "
                "ce que le tout reste bien classé.\n\n"
                "Quand j'adapte un outil de la boîte à outils, je peux partager ma version en "
                "retour pour en faire profiter les autres."
            ),
            "en": (
                "The community has a space on the platform: meeting calendar, meeting notes, "
                "toolbox and resource directory. Members post the tools and references they want "
                "to share there, and the facilitator keeps everything well organised.\n\n"
                "When I adapt a tool from the toolbox, I can share my version back so that others "
                "benefit from it."
            ),
        },
    },
    {
        "key": "how_it_runs",
        "title": {
            "fr": "Modalités de fonctionnement",
            "en": "How the community runs",
        },
        "body": {
            "fr": (
                "Le format, la fréquence, la durée et le mode des rencontres (en présentiel, "
                "virtuel ou hybride) sont indiqués sur la fiche de la communauté. Nous prévoyons "
                "au moins une rencontre en personne par année lorsque c'est possible.\n\n"
                "Chaque rencontre suit un déroulement annoncé à l'avance, qui se termine par une "
                "synthèse et une courte évaluation. Un compte rendu des pistes retenues, des "
                "suivis et des outils partagés est déposé ensuite dans l'espace de la communauté."
            ),
            "en": (
                "The format, frequency, length and mode of meetings (in person, online or hybrid) "
                "are shown on the community's page. We plan at least one in-person meeting a year "
                "when possible.\n\n"
                "Each meeting follows an agenda announced in advance, ending with a summary and a "
                "short evaluation. Notes on the ideas retained, follow-ups and tools shared are "
                "then posted in the community's space."
            ),
        },
    },
    {
        "key": "online_meetings",
        "title": {
            "fr": "Rencontres en ligne",
            "en": "Online meetings",
        },
        "body": {
            "fr": (
                "Lors des rencontres virtuelles, je garde ma caméra ouverte autant que possible, "
                "je ferme mon micro quand je ne parle pas et j'utilise le clavardage pour réagir "
                "sans couper la parole.\n\n"
                "Si un problème technique m'empêche de suivre, je le signale dans le clavardage ou "
                "à l'animateur·trice."
            ),
            "en": (
                "During online meetings, I keep my camera on as much as I can, mute my microphone "
                "when I am not speaking and use the chat to react without interrupting.\n\n"
                "If a technical problem keeps me from following, I say so in the chat or to the "
                "facilitator."
            ),
        },
    },
    {
        "key": "roles",
        "title": {
            "fr": "Rôles et responsabilités",
            "en": "Roles and responsibilities",
        },
        "body": {
            "fr": (
                "L'animateur·trice prépare les rencontres, veille au respect de la charte et du "
                "temps de parole, fait la synthèse et assure les suivis. L'animation peut être "
                "partagée ou se faire en rotation si le groupe le souhaite.\n\n"
                "D'autres rôles peuvent être confiés à des membres : prise de notes, veille, "
                "marrainage ou parrainage des thèmes, accueil des nouvelles personnes. Les rôles "
                "de chacun·e sont affichés dans l'espace de la communauté."
            ),
            "en": (
                "The facilitator prepares meetings, makes sure the charter and speaking time are "
                "respected, sums up and handles follow-ups. Facilitation can be shared or rotated "
                "if the group wishes.\n\n"
                "Other roles can be taken on by members: note-taking, monitoring news and "
                "resources, sponsoring topics, welcoming newcomers. Everyone's roles are shown in "
                "the community's space."
            ),
        },
    },
    {
        "key": "use_of_outputs",
        "title": {
            "fr": "Utilisation des fruits de la communauté",
            "en": "Use of what the community produces",
        },
        "body": {
            "fr": (
                "Ce que la communauté produit ensemble (comptes rendus, synthèses, outils, leçons "
                "tirées) est un bien commun du groupe. Avant qu'une production soit diffusée à "
                "l'extérieur, nous décidons ensemble si elle peut l'être, sous quelle forme et "
                "avec quelles mentions.\n\n"
                "Les contributions sont reconnues : les personnes et les organismes qui y ont "
                "participé sont nommés s'ils le souhaitent, et on retire tout ce qui permettrait "
                "de reconnaître une situation confiée au groupe."
            ),
            "en": (
                "What the community produces together (meeting notes, summaries, tools, lessons "
                "learned) belongs to the group as a whole. Before anything is shared outside, we "
                "decide together whether it can be, in what form and with what credits.\n\n"
                "Contributions are acknowledged: the people and organisations who took part are "
                "named if they wish, and anything that could identify a situation confided to the "
                "group is removed."
            ),
        },
    },
    {
        "key": "work_time",
        "title": {
            "fr": "Heures reconnues comme temps de travail",
            "en": "Hours recognised as work time",
        },
        "body": {
            "fr": (
                "Les heures que la personne employée consacre à la communauté (rencontres, "
                "préparation, déplacements et suivis convenus) sont reconnues comme du temps de "
                "travail et rémunérées comme tel.\n\n"
                "Elle n'a pas à reprendre ces heures sur son temps personnel ni à les prendre dans "
                "sa banque de congés."
            ),
            "en": (
                "The hours the employee spends on the community (meetings, preparation, travel and "
                "agreed follow-ups) are recognised as work time and paid as such.\n\n"
                "The employee does not have to make up these hours on personal time or take them "
                "from their leave bank."
            ),
        },
    },
    {
        "key": "time_release",
        "title": {
            "fr": "Du temps libéré pour participer",
            "en": "Time set aside to take part",
        },
        "body": {
            "fr": (
                "L'organisme libère la personne employée pour qu'elle participe aux rencontres "
                "prévues et s'y prépare. Sa charge de travail est ajustée en conséquence, et on "
                "évite de lui confier des tâches urgentes pendant ces plages.\n\n"
                "En cas de conflit d'horaire, on en discute avec elle à l'avance plutôt que de lui "
                "demander de s'absenter à la dernière minute."
            ),
            "en": (
                "The organisation frees the employee to attend the scheduled meetings and prepare "
                "for them. Their workload is adjusted accordingly, and urgent tasks are not "
                "assigned to them during those hours.\n\n"
                "If a scheduling conflict arises, it is discussed with them in advance rather than "
                "asking them to miss a meeting at the last minute."
            ),
        },
    },
    {
        "key": "employer_confidentiality",
        "title": {
            "fr": "Respect de la confidentialité du groupe",
            "en": "Respecting the group's confidentiality",
        },
        "body": {
            "fr": (
                "L'organisme ne demande pas à la personne employée de rapporter ce que les autres "
                "membres ont confié. Sa participation et ses propos dans la communauté ne servent "
                "pas à évaluer son rendement.\n\n"
                "Elle peut partager dans l'organisme ses apprentissages et les outils que la "
                "communauté permet de diffuser."
            ),
            "en": (
                "The organisation does not ask the employee to report what other members have "
                "shared in confidence. Their participation and what they say in the community are "
                "not used to assess their performance.\n\n"
                "The employee may share within the organisation what they learned and the tools "
                "the community allows to be passed on."
            ),
        },
    },
    {
        "key": "employer_support",
        "title": {
            "fr": "Soutien concret",
            "en": "Practical support",
        },
        "body": {
            "fr": (
                "L'organisme rembourse les frais de déplacement liés aux rencontres en personne, "
                "selon sa politique habituelle, et fournit le matériel nécessaire pour participer "
                "en ligne dans un endroit tranquille.\n\n"
                "Il accueille les idées que la personne rapporte de la communauté et lui donne "
                "l'occasion de les mettre à l'essai dans son travail."
            ),
            "en": (
                "The organisation reimburses travel costs for in-person meetings, under its usual "
                "policy, and provides the equipment needed to take part online from a quiet "
                "place.\n\n"
                "It welcomes the ideas the employee brings back from the community and gives them "
                "the chance to try them out in their work."
            ),
        },
    },
    {
        "key": "data_privacy",
        "title": {
            "fr": "Mes renseignements personnels",
            "en": "My personal information",
        },
        "body": {
            "fr": (
                "La plateforme conserve seulement ce qui sert au fonctionnement de la communauté : "
                "mon nom, mes coordonnées, mes inscriptions et présences, mes contributions et mes "
                "signatures (date, version signée, adresse IP et navigateur). Les autres membres "
                "voient mon nom et ce que j'affiche dans mon profil; le reste n'est accessible "
                "qu'aux personnes qui animent ou coordonnent la communauté, selon leur rôle.\n\n"
                "Ces renseignements ne sont ni vendus ni utilisés à d'autres fins. Je peux les "
                "consulter, les faire corriger ou demander qu'on supprime ce qui n'a plus à être "
                "conservé, en écrivant à la personne responsable de la protection des "
                "renseignements personnels de l'organisme."
            ),
            "en": (
                "The platform keeps only what the community needs to run: my name, my contact "
                "details, my registrations and attendance, my contributions and my signatures "
                "(date, version signed, IP address and browser). Other members see my name and "
                "what I show on my profile; the rest is available only to the people who "
                "facilitate or coordinate the community, as their role requires.\n\n"
                "This information is never sold or used for other purposes. I can view it, have it "
                "corrected or ask that what no longer needs to be kept be deleted, by writing to "
                "the organisation's person in charge of the protection of personal information."
            ),
        },
    },
]

TEMPLATES: list[Template] = [
    {
        "kind": "engagement",
        "title": KINDS["engagement"],
        "preamble": {
            "fr": (
                "Une communauté de pratique vit grâce à ses membres. Cette charte énonce ce que "
                "chacun·e s'engage à apporter au groupe pour que les rencontres soient utiles à "
                "toutes et à tous.\n\n"
                "En la signant, je confirme avoir pris connaissance de ces engagements et je "
                "compte les respecter tant que je fais partie de la communauté."
            ),
            "en": (
                "A community of practice lives through its members. This charter sets out what "
                "each of us commits to bring to the group so that meetings are useful to "
                "everyone.\n\n"
                "By signing it, I confirm that I have read these commitments and I intend to keep "
                "them for as long as I am part of the community."
            ),
        },
        "sections": [
            {
                "title": {
                    "fr": "Nos valeurs",
                    "en": "Our values",
                },
                "clause_keys": [
                    "values",
                    "respectful_listening",
                    "voluntary_speaking",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Attentes d'implication",
                    "en": "Expected involvement",
                },
                "clause_keys": [
                    "active_presence",
                    "notify_absence_or_withdrawal",
                    "sharing_commitments",
                    "evaluation_participation",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Une charte vivante",
                    "en": "A living charter",
                },
                "clause_keys": [
                    "co_construction",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Renseignements personnels",
                    "en": "Personal information",
                },
                "clause_keys": [
                    "data_privacy",
                ],
                "body": {"fr": "", "en": ""},
            },
        ],
    },
    {
        "kind": "confidentiality",
        "title": KINDS["confidentiality"],
        "preamble": {
            "fr": (
                "Pour parler franchement de nos défis, nous devons savoir que nos propos seront "
                "protégés. Cette charte décrit comment les membres protègent ce qui se confie dans "
                "la communauté, et ce que la plateforme conserve.\n\n"
                "Chaque membre la signe avant de participer à sa première rencontre."
            ),
            "en": (
                "To speak frankly about our challenges, we need to know that what we say will be "
                "protected. This charter describes how members protect what is confided in the "
                "community, and what the platform keeps.\n\n"
                "Every member signs it before taking part in their first meeting."
            ),
        },
        "sections": [
            {
                "title": {
                    "fr": "Ce qui se dit dans le groupe",
                    "en": "What is said in the group",
                },
                "clause_keys": [
                    "confidentiality",
                    "sharing_boundaries",
                    "constructive_venting",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Documents, outils et enregistrements",
                    "en": "Documents, tools and recordings",
                },
                "clause_keys": [
                    "exclusive_use_of_tools",
                    "recordings",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Un espace neutre",
                    "en": "A neutral space",
                },
                "clause_keys": [
                    "neutral_space",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Renseignements personnels",
                    "en": "Personal information",
                },
                "clause_keys": [
                    "data_privacy",
                ],
                "body": {"fr": "", "en": ""},
            },
        ],
    },
    {
        "kind": "engagement_confidentiality",
        "title": KINDS["engagement_confidentiality"],
        "preamble": {
            "fr": (
                "Cette charte réunit deux volets : ce que chaque membre s'engage à apporter au "
                "groupe, et la façon dont nous protégeons ce qui s'y partage. Chaque membre la "
                "signe avant sa première rencontre.\n\n"
                "Elle a été présentée et discutée en groupe. Elle peut être revue à la lumière de "
                "l'expérience, et toute nouvelle version est soumise de nouveau à la signature."
            ),
            "en": (
                "This charter brings together two parts: what each member commits to bring to the "
                "group, and how we protect what is shared in it. Every member signs it before "
                "their first meeting.\n\n"
                "It was presented and discussed in the group. It can be revised in light of "
                "experience, and every new version is put forward for signature again."
            ),
        },
        "sections": [
            {
                "title": {
                    "fr": "Nos valeurs",
                    "en": "Our values",
                },
                "clause_keys": [
                    "values",
                    "respectful_listening",
                    "voluntary_speaking",
                    "constructive_venting",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Attentes d'implication",
                    "en": "Expected involvement",
                },
                "clause_keys": [
                    "active_presence",
                    "notify_absence_or_withdrawal",
                    "sharing_commitments",
                    "evaluation_participation",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Confidentialité",
                    "en": "Confidentiality",
                },
                "clause_keys": [
                    "confidentiality",
                    "sharing_boundaries",
                    "exclusive_use_of_tools",
                    "recordings",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Renseignements personnels",
                    "en": "Personal information",
                },
                "clause_keys": [
                    "data_privacy",
                ],
                "body": {"fr": "", "en": ""},
            },
        ],
    },
    {
        "kind": "operating_framework",
        "title": KINDS["operating_framework"],
        "preamble": {
            "fr": (
                "Ce cadre a été défini par les membres lors des premières rencontres. Il rassemble "
                "les valeurs que nous partageons et les règles que nous nous donnons pour "
                "travailler ensemble.\n\n"
                "Il nous appartient : nous le rappelons au besoin en début de rencontre et nous le "
                "modifions quand le groupe le juge utile."
            ),
            "en": (
                "This framework was defined by the members during the first meetings. It brings "
                "together the values we share and the rules we set for ourselves to work "
                "together.\n\n"
                "It belongs to us: we recall it at the start of a meeting when needed and we "
                "change it when the group finds it useful."
            ),
        },
        "sections": [
            {
                "title": {
                    "fr": "Un cadre décidé ensemble",
                    "en": "A framework decided together",
                },
                "clause_keys": [
                    "co_construction",
                    "scope",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Nos valeurs collectives",
                    "en": "Our collective values",
                },
                "clause_keys": [
                    "values",
                    "neutral_space",
                    "respectful_listening",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Pendant les rencontres",
                    "en": "During meetings",
                },
                "clause_keys": [
                    "how_it_runs",
                    "voluntary_speaking",
                    "constructive_venting",
                    "online_meetings",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Entre les rencontres",
                    "en": "Between meetings",
                },
                "clause_keys": [
                    "shared_resources",
                    "sharing_commitments",
                    "exclusive_use_of_tools",
                    "use_of_outputs",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Renseignements personnels",
                    "en": "Personal information",
                },
                "clause_keys": [
                    "data_privacy",
                ],
                "body": {"fr": "", "en": ""},
            },
        ],
    },
    {
        "kind": "employer_commitment",
        "title": KINDS["employer_commitment"],
        "preamble": {
            "fr": (
                "Participer à une communauté de pratique demande du temps et de l'énergie. Les "
                "personnes que leur organisme y délègue doivent pouvoir compter sur son appui.\n\n"
                "En signant, la personne gestionnaire ou la direction engage l'organisme employeur "
                "à reconnaître et à faciliter la participation de la personne employée concernée."
            ),
            "en": (
                "Taking part in a community of practice takes time and energy. People delegated by "
                "their organisation must be able to count on its support.\n\n"
                "By signing, the manager or director commits the employing organisation to "
                "recognise and facilitate the participation of the employee concerned."
            ),
        },
        "sections": [
            {
                "title": {
                    "fr": "Temps de travail",
                    "en": "Work time",
                },
                "clause_keys": [
                    "work_time",
                    "time_release",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Soutien et confidentialité",
                    "en": "Support and confidentiality",
                },
                "clause_keys": [
                    "employer_support",
                    "employer_confidentiality",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Renseignements personnels",
                    "en": "Personal information",
                },
                "clause_keys": [
                    "data_privacy",
                ],
                "body": {"fr": "", "en": ""},
            },
        ],
    },
    {
        "kind": "participation",
        "title": KINDS["participation"],
        "preamble": {
            "fr": (
                "Cette charte a été élaborée avec les membres de la communauté. Elle précise nos "
                "objectifs, la façon dont on se joint au groupe, nos valeurs, nos engagements, les "
                "ressources que nous partageons, notre fonctionnement, nos rôles et l'usage que "
                "nous ferons de ce que nous produisons ensemble.\n\n"
                "La signer, c'est confirmer son engagement envers le groupe. Chaque personne qui "
                "se joint à la communauté en prend connaissance et la signe avant de participer."
            ),
            "en": (
                "This charter was drawn up with the members of the community. It sets out our "
                "objectives, how people join the group, our values, our commitments, the resources "
                "we share, how we run, our roles and the use we will make of what we produce "
                "together.\n\n"
                "Signing it confirms one's commitment to the group. Everyone who joins the "
                "community reads it and signs it before taking part."
            ),
        },
        "sections": [
            {
                "title": {
                    "fr": "Objectifs poursuivis",
                    "en": "Objectives pursued",
                },
                "clause_keys": [
                    "objectives",
                    "scope",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Recrutement des membres",
                    "en": "Member recruitment",
                },
                "clause_keys": [
                    "recruitment",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Valeurs",
                    "en": "Values",
                },
                "clause_keys": [
                    "values",
                    "neutral_space",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Engagements à respecter",
                    "en": "Commitments",
                },
                "clause_keys": [
                    "active_presence",
                    "notify_absence_or_withdrawal",
                    "respectful_listening",
                    "voluntary_speaking",
                    "constructive_venting",
                    "confidentiality",
                    "sharing_boundaries",
                    "sharing_commitments",
                    "evaluation_participation",
                ],
                "body": {
                    "fr": "En tant que membre, je m'engage à ce qui suit.",
                    "en": "As a member, I commit to the following.",
                },
            },
            {
                "title": {
                    "fr": "Ressources partagées",
                    "en": "Shared resources",
                },
                "clause_keys": [
                    "shared_resources",
                    "exclusive_use_of_tools",
                    "data_privacy",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Modalités de fonctionnement",
                    "en": "How the community runs",
                },
                "clause_keys": [
                    "how_it_runs",
                    "online_meetings",
                    "recordings",
                    "co_construction",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Rôles et responsabilités",
                    "en": "Roles and responsibilities",
                },
                "clause_keys": [
                    "roles",
                ],
                "body": {"fr": "", "en": ""},
            },
            {
                "title": {
                    "fr": "Utilisation des fruits de la communauté",
                    "en": "Use of what the community produces",
                },
                "clause_keys": [
                    "use_of_outputs",
                ],
                "body": {"fr": "", "en": ""},
            },
        ],
    },
]

CONSENT_WORDING: Text = {
    "fr": "J'ai lu « {title} » (version {version}) et je m'engage à en respecter le contenu.",
    "en": "I have read “{title}” (version {version}) and I agree to abide by its contents.",
}
