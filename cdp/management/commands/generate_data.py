"""Benchmark data at a named scale, in its own organisation `bench-<scale>` with its own people.

    python manage.py generate_data --scale S|L [--seed N]

Rows are written with `bulk_create` in large batches (one password hash shared by every bench
person), the time spent on each table is printed, and a second run first drops the previous
`bench-<scale>` organisation and its people, so the counts never double. Each capability app is
optional: when its models cannot be imported its tables are skipped.

Who is who (password `BENCH_PASSWORD` for all): `coordinator@bench-<scale>.invalid` (the
organisation's coordinator), `member@bench-<scale>.invalid` (a plain member of the first five
communities, who has answered no survey and signed no charter), and `uNNNNN@…` pool members; in
every community the first pool member holds the facilitator role.
"""

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, models, transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from accounts.models import Organization, OrganizationMembership, OrgRole, User

BENCH_PASSWORD = "bench-cdp-password"  # noqa: S105 - benchmark accounts on a throwaway database
BATCH = 5_000
BENCH_MEMBER_COMMUNITIES = 5


@dataclass(frozen=True)
class Scale:
    communities: int
    members_per_community: int  # pool members; the bench member comes on top in 5 communities
    users: int  # pool size; each pool member belongs to communities × members / users communities
    meetings_per_community: int
    past_meetings_per_community: int  # held, with attendance; the others are planned, with RSVPs
    blocks_per_meeting: int
    attendance_per_meeting: int
    registrations_per_meeting: int
    surveys: int  # one per community, in the first `surveys` communities
    responses_per_survey: int
    tools: int
    notifications: int


SCALES = {
    "XS": Scale(3, 8, 12, 2, 1, 5, 6, 4, 1, 6, 6, 40),
    "S": Scale(10, 50, 100, 5, 3, 5, 30, 20, 5, 50, 50, 2_000),
    "L": Scale(1_000, 50, 10_000, 5, 3, 5, 10, 10, 500, 50, 5_000, 200_000),
}

AGENDA = [
    ("mood_check", "Tour de météo", 10),
    ("set_the_table", "Mise en place", 10),
    ("discussion", "Discussion du thème", 60),
    ("break", "Pause", 10),
    ("closing_3a", "Clôture", 20),
]
FORMATS = ["learning_circle", "codevelopment", "thematic", "peer_training"]
STAGES = ["coalescing", "maturing", "stewardship"]
TOOL_CATEGORIES = ["presentation", "facilitation_sheet", "template", "reference"]


def org_slug(scale: str) -> str:
    return f"bench-{scale.lower()}"


def email_domain(scale: str) -> str:
    return f"bench-{scale.lower()}.invalid"


def optional_model(label: str) -> type[models.Model] | None:
    """The model `app.Model`, or None when that app is not installed or not built yet."""
    try:
        app_label, name = label.split(".")
        return apps.get_model(app_label, name)
    except (LookupError, ImportError):
        return None


def expected_counts(scale: str) -> dict[str, int]:
    """Rows `generate_data --scale <scale>` creates in each table (for the README and tests)."""
    s = SCALES[scale]
    bench_memberships = min(BENCH_MEMBER_COMMUNITIES, s.communities)
    meetings = s.communities * s.meetings_per_community
    past = s.communities * s.past_meetings_per_community
    return {
        "accounts.User": s.users + 2,
        "accounts.OrganizationMembership": s.users + 2,
        "communities.Community": s.communities,
        "communities.Membership": s.communities * s.members_per_community + bench_memberships,
        "communities.MembershipRole": s.communities,
        "meetings.Meeting": meetings,
        "meetings.AgendaBlock": meetings * s.blocks_per_meeting,
        "meetings.Attendance": past * s.attendance_per_meeting,
        "meetings.Registration": (meetings - past) * s.registrations_per_meeting,
        "charters.Charter": s.communities,
        "charters.CharterVersion": s.communities,
        "evaluations.Survey": s.surveys,
        "evaluations.Response": s.surveys * s.responses_per_survey,
        "evaluations.Participation": s.surveys * s.responses_per_survey,
        "toolbox.Tool": s.tools,
        "cdp.Notification": s.notifications,
    }


def drop_bench_organisation(scale: str) -> None:
    """Delete `bench-<scale>` and its people: raw deletes of every tenant table, then the rest.

    Foreign keys are checked at commit (deferred), so the order of the deletes does not matter.
    """
    from cdp.tenancy import is_tenant_owned

    with scopes_disabled(), transaction.atomic():
        org = Organization.objects.filter(slug=org_slug(scale)).first()
        if org is not None:
            tenant_models = [
                m for m in apps.get_models() if not m._meta.abstract and is_tenant_owned(m)
            ]
            for model in tenant_models:
                for field in model._meta.many_to_many:
                    through: Any = field.remote_field.through  # type: ignore[union-attr]
                    if through._meta.auto_created:
                        lookup = {f"{field.m2m_field_name()}__organization_id": org.pk}
                        through._base_manager.filter(**lookup)._raw_delete(connection.alias)
            for model in tenant_models:
                for relation in model._meta.related_objects:
                    related: Any = relation.related_model
                    if related in tenant_models or relation.many_to_many:
                        continue
                    lookup = {f"{relation.field.name}__organization_id": org.pk}
                    related._base_manager.filter(**lookup)._raw_delete(connection.alias)
            for model in tenant_models:
                model._base_manager.filter(organization_id=org.pk)._raw_delete(connection.alias)
            Organization.objects.filter(pk=org.pk).delete()
        User.objects.filter(email__endswith=f"@{email_domain(scale)}").delete()


class Generator:
    def __init__(self, scale: str, seed: int, write: Callable[[str], None]) -> None:
        self.name = scale
        self.scale = SCALES[scale]
        self.rng = random.Random(seed)
        self.write = write
        self.now = timezone.now()
        self.timings: dict[str, float] = {}
        self.counts: dict[str, int] = {}

    @contextmanager
    def timed(self, table: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        elapsed = time.perf_counter() - started
        self.timings[table] = self.timings.get(table, 0.0) + elapsed
        self.write(f"  {table:<34} {self.counts.get(table, 0):>8} rows  {elapsed:7.2f} s")

    def bulk(self, model: type[models.Model], rows: list[Any]) -> list[Any]:
        created = model._base_manager.bulk_create(rows, batch_size=BATCH)
        self.counts[model._meta.label] = self.counts.get(model._meta.label, 0) + len(created)
        return created

    def run(self) -> None:
        self.people()
        self.communities()
        self.meetings()
        self.charters()
        self.surveys()
        self.tools()
        self.notifications()

    def people(self) -> None:
        domain = email_domain(self.name)
        password = make_password(BENCH_PASSWORD)  # hashed once, shared by every bench person
        with self.timed("accounts.Organization"):
            self.org = Organization.objects.create(
                name=f"Benchmark {self.name}",
                slug=org_slug(self.name),
                privacy_contact=f"privacy@{domain}",
                description="Generated by generate_data for benchmarks.",
            )
            self.counts["accounts.Organization"] = 1
        with self.timed("accounts.User"):
            rows = [
                User(email=f"coordinator@{domain}", first_name="Coordination", last_name="Bench"),
                User(email=f"member@{domain}", first_name="Membre", last_name="Bench"),
            ] + [
                User(
                    email=f"u{i:05d}@{domain}",
                    first_name=f"Personne{i}",
                    last_name="Bench",
                    language="en" if i % 5 == 0 else "fr",
                )
                for i in range(self.scale.users)
            ]
            for user in rows:
                user.password = password
            self.coordinator, self.member, *self.pool = self.bulk(User, rows)
        EmailAddress = optional_model("account.EmailAddress")
        if EmailAddress is not None:
            with self.timed("account.EmailAddress"):
                everyone = [self.coordinator, self.member, *self.pool]
                self.bulk(
                    EmailAddress,
                    [
                        EmailAddress(user=u, email=u.email, verified=True, primary=True)
                        for u in everyone
                    ],
                )
        with self.timed("accounts.OrganizationMembership"):
            roles = [(self.coordinator, OrgRole.COORDINATOR), (self.member, OrgRole.MEMBER)]
            roles += [(u, OrgRole.MEMBER) for u in self.pool]
            self.bulk(
                OrganizationMembership,
                [OrganizationMembership(organization=self.org, user=u, role=r) for u, r in roles],
            )

    def community_pool(self, index: int) -> list[User]:
        """The pool members of community `index` (the first one is its facilitator)."""
        size = self.scale.members_per_community
        return [self.pool[(index * size + j) % len(self.pool)] for j in range(size)]

    def communities(self) -> None:
        self.community_list: list[Any] = []
        Community = optional_model("communities.Community")
        if Community is None:
            return
        from communities.models import CommunityRole, Membership, MembershipRole

        with self.timed("communities.Community"):
            self.community_list = self.bulk(
                Community,
                [
                    Community(
                        organization=self.org,
                        name=f"Communauté bench {i:04d}",
                        slug=f"c{i:04d}",
                        description="Une communauté générée pour mesurer les performances.",
                        format=FORMATS[i % len(FORMATS)],
                        stage=STAGES[i % len(STAGES)],
                        registration="open",
                        visibility="listed",
                        target_audience="Intervenant·e·s",
                        start_date=(self.now - timedelta(days=200)).date(),
                        created_by=self.coordinator,
                    )
                    for i in range(self.scale.communities)
                ],
            )
        with self.timed("communities.Membership"):
            rows = []
            facilitators = []
            for index, community in enumerate(self.community_list):
                people = self.community_pool(index)
                if index < BENCH_MEMBER_COMMUNITIES:
                    people = [*people, self.member]
                for j, user in enumerate(people):
                    membership = Membership(
                        organization=self.org,
                        community=community,
                        user=user,
                        status="active",
                        joined_at=self.now - timedelta(days=150 - j % 100),
                    )
                    rows.append(membership)
                    if j == 0:
                        facilitators.append(membership)
            self.bulk(Membership, rows)
        with self.timed("communities.MembershipRole"):
            self.bulk(
                MembershipRole,
                [
                    MembershipRole(
                        organization=self.org, membership=m, role=CommunityRole.FACILITATOR
                    )
                    for m in facilitators
                ],
            )

    def meetings(self) -> None:
        Meeting = optional_model("meetings.Meeting")
        if Meeting is None or not self.community_list:
            return
        from meetings.models import AgendaBlock, Attendance, Registration

        s = self.scale
        with self.timed("meetings.Meeting"):
            rows = []
            for community in self.community_list:
                for k in range(s.meetings_per_community):
                    past = k < s.past_meetings_per_community
                    weeks = (k - s.past_meetings_per_community) * 2 + (0 if past else 2)
                    rows.append(
                        Meeting(
                            organization=self.org,
                            community=community,
                            title=f"Rencontre {k + 1}",
                            theme="Partage de pratiques",
                            starts_at=self.now + timedelta(weeks=weeks, hours=1),
                            modality="virtual",
                            video_link="https://meet.example.org/bench",
                            status="held" if past else "planned",
                            created_by=self.coordinator,
                        )
                    )
            meetings = self.bulk(Meeting, rows)
        with self.timed("meetings.AgendaBlock"):
            self.bulk(
                AgendaBlock,
                [
                    AgendaBlock(
                        organization=self.org,
                        meeting=meeting,
                        position=position,
                        kind=kind,
                        title=title,
                        minutes=minutes,
                    )
                    for meeting in meetings
                    for position, (kind, title, minutes) in enumerate(
                        AGENDA[: s.blocks_per_meeting], start=1
                    )
                ],
            )
        index_of = {c.pk: i for i, c in enumerate(self.community_list)}
        with self.timed("meetings.Attendance"):
            statuses = ["in_room", "online", "late", "excused", "absent"]
            rows = []
            for meeting in meetings:
                if meeting.status != "held":
                    continue
                people = self.community_pool(index_of[meeting.community_id])
                rows += [
                    Attendance(
                        organization=self.org,
                        meeting=meeting,
                        user=user,
                        status=self.rng.choice(statuses),
                        recorded_by=self.coordinator,
                    )
                    for user in people[: s.attendance_per_meeting]
                ]
            self.bulk(Attendance, rows)
        with self.timed("meetings.Registration"):
            rows = []
            for meeting in meetings:
                if meeting.status == "held":
                    continue
                people = self.community_pool(index_of[meeting.community_id])
                rows += [
                    Registration(
                        organization=self.org,
                        meeting=meeting,
                        user=user,
                        status="going" if self.rng.random() < 0.8 else "not_going",
                    )
                    for user in people[: s.registrations_per_meeting]
                ]
            self.bulk(Registration, rows)

    def charters(self) -> None:
        Charter = optional_model("charters.Charter")
        if Charter is None or not self.community_list:
            return
        from charters.models import CharterVersion, canonical_text, fingerprint_of
        from charters.text import template_body, template_title

        kind = "engagement"
        title = {lang: template_title(kind, lang) for lang in ("fr", "en")}
        body = {lang: template_body(kind, lang) for lang in ("fr", "en")}
        fingerprint = fingerprint_of(canonical_text(title["fr"], body["fr"]))
        with self.timed("charters.Charter"):
            charters = self.bulk(
                Charter,
                [
                    Charter(organization=self.org, community=c, kind=kind)
                    for c in self.community_list
                ],
            )
        with self.timed("charters.CharterVersion"):
            self.bulk(
                CharterVersion,
                [
                    CharterVersion(
                        organization=self.org,
                        charter=charter,
                        number=1,
                        status="published",
                        language="fr",
                        title_fr=title["fr"],
                        title_en=title["en"],
                        body_fr=body["fr"],
                        body_en=body["en"],
                        fingerprint=fingerprint,
                        created_by=self.coordinator,
                        published_by=self.coordinator,
                        published_at=self.now - timedelta(days=30),
                    )
                    for charter in charters
                ],
            )

    def answer(self, question: Any) -> Any:
        kind = question.kind
        if kind == "likert4":
            return str(self.rng.randint(0, 3))
        if kind == "likert5":
            return str(self.rng.randint(0, 4))
        if kind == "scale10":
            return str(self.rng.randint(5, 10))
        if kind == "single":
            return str(self.rng.randrange(max(len(question.choices), 1)))
        if kind == "multiple":
            count = max(len(question.choices), 1)
            return sorted({str(self.rng.randrange(count)) for _ in range(2)})
        if kind in ("short_text", "long_text"):
            return self.rng.choice(["", "", "Des échanges très utiles.", "Plus de temps, svp."])
        return None  # objectives: the bench communities have none

    def surveys(self) -> None:
        Survey = optional_model("evaluations.Survey")
        if Survey is None or not self.community_list:
            return
        from evaluations import content
        from evaluations.models import Participation, Question, Response

        template = next(t for t in content.SURVEY_TEMPLATES if t["key"] == "annual_evaluation")
        count = min(self.scale.surveys, len(self.community_list))
        with self.timed("evaluations.Survey"):
            surveys = self.bulk(
                Survey,
                [
                    Survey(
                        organization=self.org,
                        community=self.community_list[i],
                        template_key="annual_evaluation",
                        title=str(template["title"]["fr"]),
                        is_anonymous=True,
                        audience="members",
                        opens_at=self.now - timedelta(days=7),
                        closes_at=self.now + timedelta(days=60),
                        created_by=self.coordinator,
                    )
                    for i in range(count)
                ],
            )
        with self.timed("evaluations.Question"):
            questions = self.bulk(
                Question,
                [
                    Question(
                        organization=self.org,
                        survey=survey,
                        position=position,
                        key=item["key"],
                        kind=item["kind"],
                        text=dict(item["text"]),
                        choices=[dict(choice) for choice in item["choices"]],
                        required=item["required"],
                        theme=item["theme"],
                    )
                    for survey in surveys
                    for position, item in enumerate(template["questions"], start=1)
                ],
            )
        by_survey: dict[int, list[Any]] = {}
        for question in questions:
            by_survey.setdefault(question.survey_id, []).append(question)
        with self.timed("evaluations.Response"):
            rows = []
            for survey in surveys:
                for _ in range(self.scale.responses_per_survey):
                    answers = {}
                    for question in by_survey.get(survey.pk, []):
                        value = self.answer(question)
                        if value not in (None, ""):
                            answers[str(question.pk)] = value
                    rows.append(Response(organization=self.org, survey=survey, answers=answers))
            self.bulk(Response, rows)
        with self.timed("evaluations.Participation"):
            today = self.now.date()
            self.bulk(
                Participation,
                [
                    Participation(
                        organization=self.org, survey=survey, user=user, answered_on=today
                    )
                    for i, survey in enumerate(surveys)
                    for user in self.community_pool(i)[: self.scale.responses_per_survey]
                ],
            )

    def tools(self) -> None:
        Tool = optional_model("toolbox.Tool")
        if Tool is None:
            return
        from toolbox.text import fold_text, join_codes

        with self.timed("toolbox.Tool"):
            rows = []
            for i in range(self.scale.tools):
                community = (
                    self.community_list[i % len(self.community_list)]
                    if self.community_list and i % 2
                    else None
                )
                title = f"Outil bench {i:05d}"
                purpose = "Un gabarit pour animer un tour de table et garder la trace des idées."
                rows.append(
                    Tool(
                        organization=self.org,
                        community=community,
                        title=title,
                        purpose=purpose,
                        category=TOOL_CATEGORIES[i % len(TOOL_CATEGORIES)],
                        duration_minutes=15 + (i % 4) * 15,
                        stage_codes=join_codes([STAGES[i % len(STAGES)]]),
                        format_codes=join_codes([FORMATS[i % len(FORMATS)]]),
                        tags="animation, bench",
                        search_text=fold_text(f"{title} {purpose} animation bench"),
                        status="published",
                        contributed_as="facilitator",
                        created_by=self.coordinator,
                        published_at=self.now - timedelta(minutes=i),
                    )
                )
            self.bulk(Tool, rows)

    def notifications(self) -> None:
        Notification = optional_model("cdp.Notification")
        if Notification is None:
            return
        from cdp.notifications import KINDS

        kinds = sorted(KINDS) or ["platform_notice"]
        with self.timed("cdp.Notification"):
            rows = []
            for i in range(self.scale.notifications):
                user = self.pool[i % len(self.pool)]
                roll = i % 20
                if roll == 0:  # still queued, due later: the partial due-index sees these
                    state, due = "queued", self.now + timedelta(days=1 + i % 300)
                elif roll == 1:
                    state, due = "cancelled", self.now - timedelta(days=i % 300)
                else:
                    state, due = "sent", self.now - timedelta(days=i % 300, minutes=i % 1440)
                rows.append(
                    Notification(
                        organization=self.org,
                        kind=kinds[i % len(kinds)],
                        key=f"bench:{self.org.slug}:{i}",
                        recipient=user,
                        email=user.email,
                        language=user.language,
                        context={"bench": i},
                        due_at=due,
                        state=state,
                        attempts=1 if state == "sent" else 0,
                        sent_at=due if state == "sent" else None,
                    )
                )
            self.bulk(Notification, rows)


class Command(BaseCommand):
    help = "Generate benchmark data at a named scale in the organisation bench-<scale>."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", choices=sorted(SCALES), required=True)
        parser.add_argument("--seed", type=int, default=8)

    def handle(self, *args: Any, **options: Any) -> None:
        scale = options["scale"]
        started = time.perf_counter()
        self.stdout.write(f"Dropping any previous {org_slug(scale)} organisation and its people…")
        try:
            drop_bench_organisation(scale)
        except Exception as exc:  # e.g. a charter signature, which the database never deletes
            raise CommandError(
                f"Could not drop the previous {org_slug(scale)} data: {exc}"
            ) from exc
        dropped = time.perf_counter() - started
        self.stdout.write(f"  dropped in {dropped:.2f} s")
        self.stdout.write(f"Generating scale {scale} on {connection.vendor}:")
        generator = Generator(scale, options["seed"], self.stdout.write)
        with scopes_disabled(), transaction.atomic():
            generator.run()
        if connection.vendor == "postgresql":
            # Fresh statistics, so the planner sees the bulk-loaded tables as they are now.
            with generator.timed("ANALYZE"), connection.cursor() as cursor:
                for label in generator.counts:
                    model = apps.get_model(label)
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        total = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale {scale} ready in {total:.1f} s: organisation /{org_slug(scale)}/, "
                f"logins coordinator@{email_domain(scale)} and member@{email_domain(scale)} "
                f"(password {BENCH_PASSWORD})."
            )
        )
