"""How an imported page is saved: published, or submitted to its moderation workflow."""

from dataclasses import dataclass

from wagtail.models import WorkflowState


@dataclass(frozen=True)
class SaveMode:
    publish: bool
    user: object
    submit: bool


def finish(page, revision, *, mode: SaveMode) -> None:
    if mode.publish:
        revision.publish(user=mode.user)
    elif mode.submit:
        _submit_for_moderation(page, user=mode.user)


def _submit_for_moderation(page, *, user) -> None:
    """Start the page's workflow; one already running is left to run (it reviews the latest
    revision), and one sent back for changes is resumed, since the import brings changes."""
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=user)
        return
    workflow = page.get_workflow()
    if workflow is not None:
        # Workflow.start takes the requesting user positionally; None (a command-line
        # import) is allowed: WorkflowState.requested_by is nullable.
        workflow.start(page, user)
