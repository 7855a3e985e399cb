"""Demo toolbox: the platform library, tools shared in the seed-000 communities (by facilitators
and by members, as in `shared/domain/seed-000.md` §6.3 and §9.6) and one adapted copy.

Runs after the communities step, through the services; running it twice creates nothing new.
"""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django_scopes import scopes_disabled

from accounts.models import User
from communities.models import Community
from toolbox.models import LibraryTool, Tool, ToolStatus
from toolbox.services import (
    ToolData,
    adapt_tool,
    add_shared_tool,
    approve_tool,
    create_tool,
    seed_library,
)


@dataclass(frozen=True)
class DemoTool:
    community: str
    author: str
    title: str
    purpose: str
    category: str = "template"
    filename: str = ""
    text: str = ""
    url: str = ""
    approved_by: str = ""  # a member's proposal approved by this facilitator; "" leaves it pending


DEMO_TOOLS = [
    DemoTool(
        community="association-directions",
        author="animatrice@example.org",
        title="Document de suivi des pistes de solution",
        purpose="Garder la trace des sujets abordés et des pistes retenues d'une rencontre à l'autre.",
        filename="document-de-suivi.md",
        text=(
            "# Document de suivi\n\n| Rencontre | Sujet | Pistes retenues | Qui s'en occupe |\n"
            "|---|---|---|---|\n| 1 | Rétention du personnel | Mentorat entre pairs | Julie |\n"
        ),
    ),
    DemoTool(
        community="association-directions",
        author="membre@example.org",
        title="Modèle de calendrier de travail du conseil d'administration",
        purpose="Un gabarit qu'une direction a partagé pendant la rencontre sur la gouvernance.",
        filename="calendrier-ca.csv",
        text="mois,dossier,responsable\nseptembre,planification annuelle,direction\n",
        approved_by="animatrice@example.org",
    ),
    DemoTool(
        community="mobilisation-communautaire",
        author="catherine.roy@example.org",
        title="Cahier de participation",
        purpose="Les traces écrites du projet : thèmes, outils et apprentissages, à partager avec "
        "ses collègues.",
        category="meeting_synthesis",
        filename="cahier-de-participation.txt",
        text="Cahier de participation\n\nRencontre 1 : nos valeurs communes.\n",
    ),
    DemoTool(
        community="mobilisation-communautaire",
        author="samuel.joseph@example.org",
        title="Fiche d'animation : le porteur de parole",
        purpose="Une technique d'animation de rue partagée par un membre.",
        url="https://fr.wikipedia.org/wiki/Porteur_de_parole",
        approved_by="amelie.fortin@example.org",
    ),
    DemoTool(
        community="cdc-directions",
        author="fatou.diallo@example.org",
        title="Exemples de politiques de télétravail",
        purpose="Des modèles et exemples partagés par les membres, pour l'usage exclusif de la "
        "communauté.",
        filename="politiques-teletravail.txt",
        text="Exemples de politiques de télétravail (usage exclusif aux membres).\n",
        approved_by="animatrice@example.org",
    ),
    DemoTool(
        community="cdc-directions",
        author="nathalie.caron@example.org",
        title="Grille d'évaluation annuelle des directions",
        purpose="Proposée par un membre; en attente de l'animatrice.",
        filename="grille-evaluation.txt",
        text="Grille d'évaluation annuelle\n",
    ),
    DemoTool(
        community="codev-rh",
        author="caroline.ouellet@example.org",
        title="Modèles de politiques internes",
        purpose="Partagés par courriel après la rencontre sur la gestion des ressources humaines.",
        filename="modeles-politiques-internes.txt",
        text="Politique de conciliation travail-vie personnelle (modèle)\n",
        approved_by="animateur@example.org",
    ),
]
ADAPTED = ("codev-rh", "animateur@example.org", "codevelopment-preparation")


def _person(ctx: Any, email: str) -> User | None:
    return ctx.people.get(email) or User.objects.filter(email=email).first()


def _community(ctx: Any, slug: str) -> Community | None:
    community = ctx.communities.get(slug)
    if community is None:
        with scopes_disabled():
            community = Community.objects.filter(slug=slug).first()
    return community


def _seed_tool(ctx: Any, item: DemoTool) -> None:
    try:
        _share(ctx, item)
    except PermissionDenied:
        # The author left, or has not signed a charter that gates the community's tools.
        ctx.log.append(f"toolbox: {item.author} cannot share in {item.community}; skipped")


def _share(ctx: Any, item: DemoTool) -> None:
    community, author = _community(ctx, item.community), _person(ctx, item.author)
    if community is None or author is None:
        return
    with scopes_disabled():
        if Tool.objects.filter(community=community, title=item.title).exists():
            return
    if item.filename:
        tool = add_shared_tool(
            actor=author,
            community=community,
            title=item.title,
            purpose=item.purpose,
            category=item.category,
            url_or_file=ContentFile(item.text.encode(), name=item.filename),
            upload_name=item.filename,
        )
    else:
        tool = create_tool(
            actor=author,
            organization=community.organization,
            community=community,
            data=ToolData(
                title=item.title, purpose=item.purpose, category=item.category, url=item.url
            ),
        )
    reviewer = _person(ctx, item.approved_by) if item.approved_by else None
    if reviewer is not None and tool.status == ToolStatus.PENDING:
        approve_tool(actor=reviewer, tool=tool)


def seed(ctx: Any) -> None:
    seed_library()
    for item in DEMO_TOOLS:
        _seed_tool(ctx, item)
    community, facilitator = _community(ctx, ADAPTED[0]), _person(ctx, ADAPTED[1])
    sheet = LibraryTool.objects.filter(slug=ADAPTED[2]).first()
    if community is None or facilitator is None or sheet is None:
        return
    with scopes_disabled():
        exists = Tool.objects.filter(community=community, source_library_tool=sheet).exists()
    if not exists:
        adapt_tool(actor=facilitator, community=community, library_tool=sheet)
    ctx.log.append("toolbox: library, community tools and one adapted sheet")
