"""The one exception the claim engine raises: bad data files or overrides."""


class RulesError(ValueError):
    """A rules data file or an operator override is invalid; the message names the key or file."""
