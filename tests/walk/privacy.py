from tests.walk import Expect

PARAMS: dict = {}  # type: ignore[type-arg]

EXPECT = {
    "privacy_overview": Expect(role="member"),
    "privacy_export": Expect(role="member"),
    "privacy_delete_account": Expect(role="member"),
    "privacy_organization": Expect(role="outsider", public=True),
}
