"""Pure predicates on what a person may do with charters."""

from charters.models import CharterVersion, Signature, VersionStatus
from communities.permissions import CommunityAccess


def can_manage_charters(access: CommunityAccess) -> bool:
    return access.can_manage


def can_sign(access: CommunityAccess) -> bool:
    return access.is_member


def can_view_version(access: CommunityAccess, version: CharterVersion) -> bool:
    """Published versions: members; drafts: managers, and members when opened for comments."""
    if access.can_manage:
        return True
    if not access.can_view_content:
        return False
    return version.status == VersionStatus.PUBLISHED or version.is_open_for_comments


def can_comment(access: CommunityAccess, version: CharterVersion) -> bool:
    return (
        access.can_view_content
        and version.status == VersionStatus.DRAFT
        and version.is_open_for_comments
    )


def can_download_signature(access: CommunityAccess, signature: Signature) -> bool:
    """The signer, and the people who manage the community."""
    return access.can_manage or (
        access.membership is not None and signature.user_id == access.membership.user_id
    )
