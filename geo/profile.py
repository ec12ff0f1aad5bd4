"""Theatre profiles: actors, aliases, colours and sources of one conflict, read from data/theatres/*.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ProfileError

__all__ = ["CONTESTED", "Actor", "Theatre", "DEFAULT_PROFILE"]

CONTESTED = "contested"
DEFAULT_PROFILE = Path(__file__).resolve().parent.parent / "data" / "theatres" / "afghanistan.yaml"


@dataclass(frozen=True, slots=True)
class Actor:
    """One side of the fight (or `contested`): id, display label, map colour, aliases as written in news."""

    id: str
    label: str
    colour: str
    aliases: tuple[str, ...] = ()
    party: bool = True  # a party to the fight: its word alone makes a claim `claimed`


@dataclass(frozen=True, slots=True)
class Theatre:
    """A conflict's profile: the country, its actors, and everything else the extractor reads as data."""

    id: str
    name: str
    country: str
    centre: tuple[float, float]
    zoom: int
    actors: tuple[Actor, ...]
    contested: Actor
    raw: Any = None  # the parsed YAML, for sections that only one module reads (e.g. sources)

    @classmethod
    def from_yaml(cls, path: str | Path = DEFAULT_PROFILE) -> Theatre:
        """Read a profile file; a missing or malformed one raises ProfileError naming it."""
        path = Path(path)
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ProfileError(f"{path}: cannot read the theatre profile ({exc}); check the file") from None
        try:
            actors = tuple(
                Actor(
                    id=str(aid),
                    label=str(a["label"]),
                    colour=str(a["colour"]),
                    aliases=tuple(str(x) for x in a.get("aliases", ())),
                    party=bool(a.get("party", True)),
                )
                for aid, a in doc["actors"].items()
            )
            c = doc.get("contested", {})
            contested = Actor(CONTESTED, str(c.get("label", "Contested")), str(c.get("colour", "#CC79A7")), party=False)
            lat, lon = doc.get("centre", (0.0, 0.0))
            return cls(
                id=str(doc.get("id", path.stem)),
                name=str(doc.get("name", path.stem)),
                country=str(doc["country"]),
                centre=(float(lat), float(lon)),
                zoom=int(doc.get("zoom", 6)),
                actors=actors,
                contested=contested,
                raw=doc,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ProfileError(f"{path}: malformed theatre profile ({exc!r}); see data/theatres/afghanistan.yaml") from None

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (or `contested`); an unknown id gets a neutral grey actor."""
        if actor_id == CONTESTED:
            return self.contested
        for a in self.actors:
            if a.id == actor_id:
                return a
        return Actor(actor_id, actor_id.title(), "#777777")

    @property
    def controllers(self) -> tuple[str, ...]:
        """Every controller value: the actors' ids, then `contested`."""
        return tuple(a.id for a in self.actors) + (CONTESTED,)

    def colour(self, controller: str) -> str:
        return self.actor(controller).colour

    def label(self, controller: str) -> str:
        return self.actor(controller).label
