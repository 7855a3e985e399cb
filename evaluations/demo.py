"""Demo evaluations: for each community with feedback in the demo narrative, an anonymous annual
evaluation answered by its participants (the narrative's quotes become consented testimonials,
grouped by theme), and the facilitators' reflective review, so the first export is meaningful.

Idempotent: a community that already has its demo survey or review is left as it is."""

from datetime import datetime, time, timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scope

from cdp import demo_content
from communities.models import Community
from evaluations import services, sources
from evaluations.models import FacilitatorReview, Survey

# The narrative's feedback tags, mapped to the logistics rubrics of the survey templates.
TAGS = {"number_of_people": "group_size"}

# What the facilitators said when looking back (seed 000 §7.2 and §8), per community.
REVIEWS: dict[str, dict[str, Any]] = {
    "association-directions": {
        "formula": "Un cercle d'apprentissage en ligne aux six semaines, de deux heures, avec un "
        "tour de table des défis de gestion.",
        "model_choice": "Choisi avec l'association pour rejoindre des directions dispersées "
        "sur le territoire.",
        "advantages_drawbacks": (
            "Formule légère, sans déplacement; outils envoyés après chaque rencontre.",
            "Neuf personnes, c'était un peu trop pour que chacun·e prenne la parole.",
        ),
        "themes": "Les thèmes ont émergé du premier tour de table, sans calendrier annoncé.",
        "tools_sharing": "Gabarits de gestion partagés par courriel après les rencontres.",
        "engagement": (
            "Des liens privilégiés entre personnes au rôle semblable.",
            "Le manque de temps et les urgences du quotidien passent avant.",
        ),
        "cohesion": (
            "Un climat d'écoute et de partage; plusieurs se connaissaient déjà.",
            "Le manque d'assiduité de certain·e·s membres.",
        ),
        "landing": "Un retour collectif et un sondage anonyme à la dernière rencontre.",
        "signals": ["presence", "feedback", "trust"],
        "lessons": "Un groupe de cinq à sept personnes et une rencontre en présence par année.",
        "next_steps": "Poursuivre l'an prochain avec un calendrier de thèmes annoncé.",
    },
    "mobilisation-communautaire": {
        "formula": "Une communauté horizontale en présentiel, six rencontres de trois heures "
        "pendant l'été.",
        "model_choice": "Co-construit par les deux co-animatrices avec les participantes.",
        "advantages_drawbacks": (
            "Les collations partagées et les rencontres chez un organisme membre.",
            "L'été a écarté des personnes intéressées en vacances.",
        ),
        "themes": "Une carte mentale et un arbre des thèmes ont fixé un calendrier en trois axes.",
        "tools_sharing": "Un cahier de participation construit ensemble au fil des rencontres.",
        "engagement": (
            "Des liens forts, la curiosité et des différences devenues une force.",
            "Les vacances d'été.",
        ),
        "cohesion": ("La présence en personne et le petit groupe.", "Peu d'éléments défavorables."),
        "landing": "Une célébration avec remise de certificats et un retour collectif.",
        "signals": [
            "presence",
            "assiduity",
            "participation_quality",
            "engagement_quality",
            "trust",
            "problem_solving",
        ],
        "lessons": "La formule horizontale fonctionne quand le groupe choisit ses thèmes.",
        "next_steps": "Changer de saison pour rejoindre plus de personnes.",
    },
    "cdc-directions": {
        "formula": "Une formule sur mesure, ouverte, en ligne, une heure et demie par rencontre.",
        "model_choice": "Proposé par la CDC après un sondage auprès de ses membres.",
        "advantages_drawbacks": (
            "Venir quand on peut, sans engagement; pas de déplacement.",
            "Les présences changent : il faut toujours recréer des liens.",
        ),
        "themes": "Des sujets spontanés, lancés par les marraines quand il n'en vient pas.",
        "tools_sharing": "Une modératrice classe les modèles partagés par les membres.",
        "engagement": ("Un lieu neutre réservé aux directions.", "Les distractions en ligne."),
        "cohesion": ("La charte signée à l'avance.", "Une heure et demie, c'est court."),
        "landing": "À venir : la démarche est en cours.",
        "signals": ["presence", "feedback"],
        "lessons": "",
        "next_steps": "Poursuivre et revoir la durée des rencontres.",
    },
    "cercle-interne": {
        "formula": "Trois cercles sans écran en alternance avec trois formations par les pair·e·s.",
        "model_choice": "Proposé par l'organisateur pour l'équipe de soutien.",
        "advantages_drawbacks": (
            "Oser partager ses difficultés entre collègues.",
            "Des points administratifs ajoutés au cercle ont nui.",
        ),
        "themes": "Les situations sont apportées par les membres à tour de rôle.",
        "tools_sharing": "Pas d'écran : des notes prises à la main, résumées ensuite.",
        "engagement": ("Le cercle réservé à lui seul.", "Les absences creusent un écart."),
        "cohesion": (
            "Le cercle, l'équidistance, pas d'écran.",
            "L'écart entre présent·e·s et absent·e·s.",
        ),
        "landing": "Un bilan en équipe; une reprise est proposée en septembre.",
        "signals": ["presence", "assiduity", "participation_quality", "trust"],
        "lessons": "Dédier la rencontre exclusivement au cercle.",
        "next_steps": "Reprendre en septembre avec une autre formule à explorer.",
    },
    "codev-rh": {
        "formula": "Un groupe de codéveloppement de cinq rencontres de trois heures, le matin.",
        "model_choice": "Inscrit à la programmation annuelle du Centre.",
        "advantages_drawbacks": (
            "La pratique avant la théorie : on repart avec des pistes concrètes.",
            "Le vocabulaire du codéveloppement a paru éloigné du milieu communautaire.",
        ),
        "themes": "Une personne « cliente » par rencontre apporte sa préoccupation.",
        "tools_sharing": "Une fiche de préparation et des modèles de politiques internes.",
        "engagement": (
            "Jouer le rôle de client·e et s'engager par la charte.",
            "Le matin et la période des rapports annuels; un abandon sans motif.",
        ),
        "cohesion": (
            "Une cohorte stable et la confidentialité.",
            "Des membres d'un même milieu : des risques de division.",
        ),
        "landing": "Un bilan des 3A à la dernière rencontre.",
        "signals": [
            "presence",
            "participation_quality",
            "engagement_quality",
            "trust",
            "problem_solving",
        ],
        "lessons": "Prévoir une première rencontre pour se connaître et comprendre la démarche.",
        "next_steps": "Proposer un groupe sur la gouvernance.",
    },
}


def seed(ctx: Any) -> None:
    for spec in demo_content.COMMUNITIES:
        community = ctx.communities.get(spec["slug"])
        if community is None:
            continue
        with scope(organization=community.organization):
            _seed_community(ctx, community, spec)


def _facilitator(ctx: Any, spec: dict[str, Any]) -> Any:
    for email in spec.get("facilitators", []):
        if email in ctx.people:
            return ctx.people[email]
    return None


def _period(ctx: Any) -> tuple[Any, Any]:
    return ctx.today - timedelta(days=364), ctx.today


def _seed_community(ctx: Any, community: Community, spec: dict[str, Any]) -> None:
    facilitator = _facilitator(ctx, spec)
    if facilitator is None:
        return
    if spec["feedback"]:
        _seed_survey(ctx, community, spec, facilitator)
    review = REVIEWS.get(spec["slug"])
    if review and not FacilitatorReview.objects.filter(community=community).exists():
        start, end = _period(ctx)
        answers: dict[str, dict[str, str]] = {}
        for key, value in review.items():
            if key in ("signals", "lessons", "next_steps"):
                continue
            if isinstance(value, tuple):
                answers[key] = {"favourable": value[0], "unfavourable": value[1]}
            else:
                answers[key] = {"text": value}
        answers["objectives"] = {"text": " ".join(o["text"] for o in spec.get("objectives", []))}
        services.save_review(
            community=community,
            actor=facilitator,
            period_start=start,
            period_end=end,
            answers=answers,
            vitality_signals=review["signals"],
            lessons=review["lessons"],
            next_steps=review["next_steps"],
        )


def _seed_survey(ctx: Any, community: Community, spec: dict[str, Any], facilitator: Any) -> None:
    if Survey.objects.filter(community=community, template_key="annual_evaluation").exists():
        return
    held = [m for m in spec.get("meetings", []) if m.get("offset_weeks", 0) < 0]
    opened_on = ctx.today - timedelta(weeks=2)
    if held:
        opened_on = ctx.today + timedelta(weeks=max(m["offset_weeks"] for m in held))
    tz = timezone.get_current_timezone()
    opens_at = datetime.combine(opened_on, time(12, 0), tzinfo=tz)
    survey = services.create_survey(
        community=community,
        actor=facilitator,
        template_key="annual_evaluation",
        opens_at=min(opens_at, timezone.now() - timedelta(hours=1)),
        closes_at=timezone.now() + timedelta(days=21),
        language="fr",
    )
    questions = {q.key: q for q in survey.questions.all()}
    member_ids = set(sources.member_ids(community.pk))
    people = [
        ctx.people[e] for e in spec["members"] if e in ctx.people and ctx.people[e].pk in member_ids
    ]
    last_present = held[-1].get("present", len(people)) if held else len(people)
    count = min(len(people), max(len(spec["feedback"]), last_present, 5))
    for index, person in enumerate(people[:count]):
        feedback = spec["feedback"][index] if index < len(spec["feedback"]) else None
        score = feedback["score"] if feedback else (8 if index % 2 else 7)
        answers = _answers(questions, score, index, feedback)
        services.submit_response(survey=survey, user=person, answers=answers)
    for response in survey.responses.all():
        text = response.answers.get(str(questions["testimonial"].pk))
        if text:
            tag = _tag_of(spec, text)
            services.select_testimonial(
                response=response, question=questions["testimonial"], actor=facilitator, theme=tag
            )


def _tag_of(spec: dict[str, Any], text: str) -> str:
    for item in spec["feedback"]:
        if item["text"] == text:
            return TAGS.get(item["tag"], item["tag"])
    return ""


def _answers(
    questions: dict[str, Any], score: int, index: int, feedback: dict[str, Any] | None
) -> dict[str, Any]:
    agreement = "3" if score >= 8 else "2" if score >= 6 else "1"
    answers: dict[str, Any] = {
        str(questions["overall_rating"].pk): str(min(score, 10)),
        str(questions["needs_met"].pk): "4" if score >= 9 else "3" if score >= 7 else "2",
        str(questions["participation_quality"].pk): "3" if score >= 7 else "2",
        str(questions["continue"].pk): "0" if score >= 7 else "1",
        str(questions["useful_activities"].pk): ["0", "2"] if index % 2 else ["0", "5"],
        str(questions["difficulties"].pk): ["0"] if index % 3 else ["1", "0"],
    }
    for key in ("isolation", "belonging", "mutual_aid", "new_ideas", "validation", "competence"):
        answers[str(questions[f"impact_{key}"].pk)] = agreement if (index + len(key)) % 4 else "3"
    answers[str(questions["impact_local_issues"].pk)] = "na"
    if feedback is not None:
        tag = TAGS.get(feedback["tag"], feedback["tag"])
        if f"logistics_{tag}" in questions:
            answers[str(questions[f"logistics_{tag}"].pk)] = agreement
        answers[str(questions["testimonial"].pk)] = feedback["text"]
        answers[str(questions["testimonial_consent"].pk)] = "0"
    return answers
