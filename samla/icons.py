"""Icons from one SVG sprite (static/icons/icons.svg), always beside a text.

An icon is decoration (``aria-hidden``): the text next to it says the same, so
nothing is told by the icon or its colour alone, and nothing depends on an
emoji font (⏳ is an empty box where there is none).
"""

from functools import lru_cache

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import SafeString

SPRITE = "icons/icons.svg"


@lru_cache(maxsize=1)
def sprite_url() -> str:
    return static(SPRITE)


@lru_cache(maxsize=256)
def icon(name: str, css: str = "icon") -> SafeString:
    return format_html(
        '<svg class="{}" aria-hidden="true"><use href="{}#{}"></use></svg>',
        css,
        sprite_url(),
        name,
    )
