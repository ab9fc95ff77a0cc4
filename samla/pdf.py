"""HTML to tagged PDF/UA with WeasyPrint: language and title come from the page."""

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string


def render_pdf(template: str, context: dict) -> bytes:
    return pdf_from_html(render_to_string(template, context))


def pdf_from_html(html: str) -> bytes:
    """Lay out HTML as a tagged PDF/UA-1 (WeasyPrint): the slow part."""
    from weasyprint import CSS, HTML

    stylesheet = CSS(filename=finders.find("css/pdf.css"))
    return HTML(string=html, base_url=".").write_pdf(
        stylesheets=[stylesheet], pdf_variant="pdf/ua-1"
    )
