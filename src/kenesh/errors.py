"""Errors that reach the user as one clear line.

The CLI turns a KeneshError into `kenesh: <message>` on stderr and its exit code; anything else is a bug and
shows a traceback. Stages raise InputError for bad input (unreadable file, malformed record, bad SPARQL) so one
bad document can be reported and skipped without losing the others' work.
"""

from __future__ import annotations


class KeneshError(Exception):
    """Base class: a failure the user can act on."""

    exit_code: int = 2


class InputError(KeneshError):
    """Bad input: empty, binary, wrong encoding, malformed record or RDF, SPARQL with errors, unknown query."""

    exit_code = 2


class ValidationFailed(KeneshError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1


__all__ = ["KeneshError", "InputError", "ValidationFailed"]
