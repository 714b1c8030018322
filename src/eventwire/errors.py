"""Errors users see as one line: ``eventwire: <input>: <problem>``, never a traceback."""


class EventwireError(Exception):
    """A problem with the user's input or environment, reported as one line."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputError(EventwireError):
    """An article that cannot be analyzed (missing, empty, binary, too big, not English...)."""
