"""Writing indicators and their values."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from indicators.models import Indicator, IndicatorValue
from indicators.periods import Period
from indicators.progress import number


@dataclass(frozen=True)
class Entered:
    value: IndicatorValue
    created: bool

    @property
    def notice(self) -> str:
        """ "Sparat: 2026 H1 = 12 st", and whether it replaced an earlier value."""
        indicator = self.value.indicator
        said = f"Sparat: {self.value.period_label} = {number(self.value.value, indicator.unit)}"
        return said + ("." if self.created else " (värdet för perioden är ändrat).")


def indicator_value_enter(
    *,
    indicator: Indicator,
    period: Period,
    value: Decimal,
    source: str = "",
    comment: str = "",
    user=None,
) -> Entered:
    """An indicator's value for one period; a value for a period it already
    has replaces the earlier one. Derived indicators take no typed values."""
    if indicator.is_derived:
        raise ValidationError("Mätetalet fylls i av portalens egna uppgifter.")
    with transaction.atomic():
        existing = (
            IndicatorValue.objects.select_for_update()
            .filter(indicator=indicator, period=period.key)
            .first()
        )
        row = existing or IndicatorValue(indicator=indicator, period=period.key)
        row.value, row.source, row.comment, row.entered_by = value, source, comment, user
        row.entered_at = timezone.now()  # when it was last entered
        row.full_clean(validate_unique=False, validate_constraints=False)
        row.save()
    row.indicator = indicator
    return Entered(row, existing is None)


@dataclass(frozen=True)
class ImportedRow:
    indicator: int
    period: str  # the period's key
    value: str  # a Decimal as text, as JSON keeps it
    source: str
    comment: str


def indicator_values_import(*, area, rows: list[ImportedRow], user) -> tuple[int, int]:
    """All the rows of a file, or none: (new, replaced). Each row is checked
    again against what the area holds now (an indicator may have been deleted
    or become derived since the preview)."""
    indicators = {
        i.pk: i for i in Indicator.objects.filter(area=area, pk__in={row.indicator for row in rows})
    }
    new = replaced = 0
    with transaction.atomic():
        existing = {
            (v.indicator_id, v.period): v
            for v in IndicatorValue.objects.select_for_update().filter(
                indicator__in=indicators.values()
            )
        }
        for row in rows:
            indicator = indicators.get(row.indicator)
            if indicator is None or indicator.is_derived:
                raise ValidationError(
                    f"Mätetal {row.indicator} finns inte längre eller tar inga inskrivna värden."
                )
            value = existing.get((indicator.pk, row.period))
            if value is None:
                value = IndicatorValue(indicator=indicator, period=row.period)
                new += 1
            else:
                replaced += 1
            value.value, value.source, value.comment = Decimal(row.value), row.source, row.comment
            value.entered_by, value.entered_at = user, timezone.now()
            value.full_clean(validate_unique=False, validate_constraints=False)
            value.save()
    return new, replaced


def indicator_delete(*, indicator: Indicator) -> None:
    """The indicator and its values."""
    indicator.delete()
