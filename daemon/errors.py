"""The few errors claimwatch reports to its user; each prints as one line."""


class ClaimwatchError(Exception):
    """Base: a problem the user can fix, shown without a traceback."""


class ConfigError(ClaimwatchError):
    """The configuration file or an environment override is wrong."""


class FetchError(ClaimwatchError):
    """A feed or page could not be fetched or was refused."""

    def __init__(self, message: str, retry_after: float | None = None, status: int | None = None):
        super().__init__(message)
        self.retry_after = retry_after      # seconds the server asked us to wait, if any
        self.status = status                # the HTTP status, when the server answered


class SourceError(ClaimwatchError):
    """A source given to `claimwatch check` cannot be read."""
