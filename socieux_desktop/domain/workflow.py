"""A status that actions move along (a timesheet, a deliverable): one transition table, its two questions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

S = TypeVar("S")


class Workflow(Generic[S]):
    """``transitions`` maps (status, action) to the status the action leads to; nothing else is allowed."""

    def __init__(self, transitions: Mapping[tuple[S, str], S]) -> None:
        self._transitions = dict(transitions)

    def actions(self, status: S) -> list[str]:
        """The actions allowed from ``status``, in the table's order."""
        return [action for (source, action) in self._transitions if source == status]

    def target(self, status: S, action: str) -> S | None:
        """Where ``action`` leads from ``status``; None when it is not allowed."""
        return self._transitions.get((status, action))

    def action_between(self, status: S, target: S) -> str | None:
        """The action that leads from ``status`` to ``target``; None when none does."""
        return next((action for (source, action), to in self._transitions.items()
                     if source == status and to == target), None)

    def action_to(self, target: S) -> str | None:
        """An action that leads to ``target`` from some status (to name a refused change); None if none."""
        return next((action for (_, action), to in self._transitions.items() if to == target), None)
