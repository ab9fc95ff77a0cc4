from django import template

from samla.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str, shift: int = 1):
    """Render Markdown safely (nh3); "# x" becomes h(1 + shift), h2 by default."""
    return render_markdown(text, shift_headings=int(shift))


@register.simple_tag(name="icon")
def icon_tag(name: str, css: str = "icon"):
    """``{% icon "flag-overdue" %}``: an icon of the sprite, beside a text."""
    from samla.icons import icon

    return icon(name, css)
