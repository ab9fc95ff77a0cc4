from django import template

from samla.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str):
    """Render Markdown safely (nh3); headings start at h2."""
    return render_markdown(text)
