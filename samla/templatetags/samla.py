import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from samla.markdown import render_markdown

register = template.Library()

_ISO_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
_TAG = re.compile(r"(<[^>]*>)")


@register.filter(name="markdown")
def markdown_filter(text: str, shift: int = 1):
    """Render Markdown safely (nh3); "# x" becomes h(1 + shift), h2 by default."""
    return render_markdown(text, shift_headings=int(shift))


@register.simple_tag(name="icon")
def icon_tag(name: str, css: str = "icon"):
    """``{% icon "flag-overdue" %}``: an icon of the sprite, beside a text."""
    from samla.icons import icon

    return icon(name, css)


@register.simple_tag(name="links")
def links_tag(*pairs):
    """``{% links "PDF" pdf_url "CSV" csv_url as downloads %}``: labels and
    addresses, pairwise, for a menu (templates/components/_menu.html)."""
    from samla.components import Link

    if len(pairs) % 2:
        raise template.TemplateSyntaxError("links takes pairs of label and address")
    return [
        Link(str(label), str(url))
        for label, url in zip(pairs[::2], pairs[1::2], strict=True)
        if url
    ]


@register.filter(name="whole_dates", needs_autoescape=True)
def whole_dates_filter(text, autoescape=True):
    """``{{ title|whole_dates }}``: each ISO date of the text in a nowrap span,
    so that "2026-12-07" never breaks at its hyphens (Chromium breaks a line
    after a hyphen, digits or not). Markup in a safe text is kept; only its
    text is looked at."""
    html = str(conditional_escape(text) if autoescape else text)
    parts = _TAG.split(html)
    for i in range(0, len(parts), 2):  # the text between tags
        parts[i] = _ISO_DATE.sub(r'<span class="text-nowrap">\g<0></span>', parts[i])
    return mark_safe("".join(parts))  # noqa: S308 (escaped above, or safe already)
