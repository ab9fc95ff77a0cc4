"""Create, adopt and publish annual reports."""

from __future__ import annotations

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from reports.models import Report, Section
from reports.sections import BUILDERS
from reports.tasks import report_render_files
from samla.ordering import move
from samla.search import content_changed

Kind = Section.Kind

DEFAULT_SECTIONS = [
    (Kind.TEXT, "Sammanfattning", ""),
    (Kind.STRUCTURE, "Samverkansstruktur och representation", ""),
    (Kind.MEETINGS, "Möten under året", ""),
    (Kind.ACTIVITIES, "Mål, aktivitet och uppföljning", ""),
    (Kind.GOALS, "Måluppfyllelse", ""),
    (Kind.DEVIATIONS, "Avvikelser i samverkan", ""),
    (Kind.ECONOMY, "Ekonomi", ""),
]


def report_create(*, area, group, year: int, title: str = "") -> Report:
    """A draft with the usual sections; the data sections fill themselves."""
    subject = group.name if group else area.name
    report = Report(
        area=area, group=group, year=year, title=title or f"Årsrapport {year}", subtitle=subject
    )
    # Says so when the year's report exists; the constraint guards a race.
    report.validate_constraints()
    with transaction.atomic():
        report.save()
        for position, (kind, section_title, body) in enumerate(DEFAULT_SECTIONS, start=1):
            if group is not None and kind in {Kind.DEVIATIONS, Kind.ECONOMY}:
                continue
            Section.objects.create(
                report=report, position=position, kind=kind, title=section_title, body=body
            )
    return report


def _with_year(text: str, old: int, new: int) -> str:
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def report_continue(*, previous: Report) -> Report:
    """Next year's draft, started from this year's report: its sections in
    the same order with their texts copied (to be brought up to date), and the
    data sections filled with the new year's figures (structure,
    representation, meetings, activities, deviations), computed, not copied.
    The economy is the new year's to enter."""
    year = previous.year + 1
    report = Report(
        area=previous.area,
        group=previous.group,
        year=year,
        title=_with_year(previous.title, previous.year, year),
        subtitle=previous.subtitle,
        for_information_to=previous.for_information_to,
        content_owner=previous.content_owner,
        content_owner_email=previous.content_owner_email,
    )
    report.validate_constraints()
    with transaction.atomic():
        report.save()
        sections = [
            Section(
                report=report,
                position=section.position,
                kind=section.kind,
                # A data section shows the new year: so does its heading ("Ekonomi 2025").
                title=_with_year(section.title, previous.year, year)
                if section.is_generated
                else section.title,
                body=section.body,
            )
            for section in previous.sections.all()
        ]
        bulk_create_with_history(sections, Section)
    return report


def section_add(*, report: Report, kind: str, title: str) -> Section:
    last = report.sections.aggregate(last=Max("position"))["last"] or 0
    section = Section(report=report, kind=kind, title=title, position=last + 1)
    section.full_clean()
    section.save()
    return section


def section_move(*, section: Section, step: int) -> None:
    with transaction.atomic():
        siblings = list(section.report.sections.select_for_update().order_by("position", "pk"))
        for item in move(siblings, section.pk, step):
            item.save(update_fields=["position"])


def report_adopt(*, report: Report, adopted_by: str, adopted_on: date) -> Report:
    """Fastställ: the data sections are frozen as they are now."""
    with transaction.atomic():
        for section in report.sections.all():
            if section.is_generated:
                section.frozen_data = BUILDERS[section.kind](report)
                section.save(update_fields=["frozen_data"])
        report.status = Report.Status.ADOPTED
        report.adopted_by = adopted_by
        report.adopted_on = adopted_on
        report.full_clean()
        report.save()
        # Once committed (a worker must find the report adopted); should that
        # be lost, the first request for a file asks again (reports.views).
        transaction.on_commit(lambda: report_render_files.enqueue(report.pk))
    return report


def report_publish(*, report: Report) -> Report:
    """Put an adopted report on the public site; a draft is adopted first."""
    if report.is_draft:
        raise ValidationError("Rapporten måste fastställas innan den publiceras.")
    with transaction.atomic():
        report.status = Report.Status.PUBLISHED
        report.published_at = timezone.now()
        report.save()
        content_changed(report)
    return report
