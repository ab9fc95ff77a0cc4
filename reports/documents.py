"""A report as a document: sections with their text and data, and a table of
contents. HTML, PDF and DOCX all lay out a :class:`ReportDocument`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.text import slugify

from deviations.charts import BarChart
from reports.models import Report, Section
from reports.sections import section_data
from samla.markdown import render_markdown

_H3 = re.compile(r"<h3>(.*?)</h3>", re.S)


@dataclass
class SectionView:
    section: Section
    anchor: str
    html: str
    data: dict | None
    subheadings: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.section.title

    @property
    def kind(self) -> str:
        return self.section.kind

    @property
    def chart(self) -> BarChart | None:
        if self.kind != Section.Kind.DEVIATIONS or not self.data:
            return None
        # The data is already as shown: a suppressed count gets no bar.
        return BarChart.from_shown(
            f"Avvikelser per kategori {self.data['year']}", self.data["categories"]
        )


@dataclass
class ReportDocument:
    report: Report
    sections: list[SectionView]

    @property
    def is_draft(self) -> bool:
        return self.report.is_draft

    @classmethod
    def from_report(cls, report: Report) -> ReportDocument:
        views = []
        for index, section in enumerate(report.sections.all(), start=1):
            html = render_markdown(section.body, shift_headings=2)
            views.append(
                SectionView(
                    section=section,
                    anchor=f"avsnitt-{index}-{slugify(section.title)[:40]}",
                    html=html,
                    data=section_data(section),
                    subheadings=[strip_tags(h) for h in _H3.findall(html)],
                )
            )
        return cls(report, views)
