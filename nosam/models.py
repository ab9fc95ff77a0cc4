"""The collaboration structure: areas, organisations, groups and their members."""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from samla.collation import swedish
from samla.fields import FreeCharField, FreeTextField
from samla.patient_data import validate_no_personal_numbers

# Site-wide addresses that an area's slug must not shadow (/<area>/ is a page).
RESERVED_SLUGS = frozenset(
    {
        "admin",
        "konto",
        "aktiviteter",
        "datum",
        "helsa",
        "tillganglighet",
        "oppna-data",
        "static",
        "media",
    }
)


def validate_area_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(
            f"”{value}” används redan av webbplatsen och kan inte vara ett områdes adress."
        )


class Area(models.Model):
    """A samverkansområde, such as SAMLA – Vårdsamverkan Lerum Alingsås."""

    name = FreeCharField("namn", max_length=200)
    short_name = FreeCharField("kortnamn", max_length=40)
    slug = models.SlugField(
        "webbadressnamn",
        unique=True,
        validators=[validate_area_slug, validate_no_personal_numbers],
    )
    description = FreeTextField("beskrivning", blank=True)
    website = models.URLField("webbplats", blank=True)
    organisations = models.ManyToManyField(
        "Organisation",
        verbose_name="medverkande organisationer",
        related_name="areas",
        blank=True,
    )
    # Reminders by e-mail (the reminders app sends them; the area sets when).
    reminder_days_before_deadline = models.PositiveSmallIntegerField(
        "påminnelse dagar före deadline",
        default=14,
        help_text="Ansvariga påminns så här många dagar innan en deadline, och dagen efter den.",
    )
    digest_days_before_meeting = models.PositiveSmallIntegerField(
        "mötesutskick dagar före möte",
        default=3,
        help_text="Gruppens ledamöter får dagordning och läge så här många dagar före mötet.",
    )

    class Meta:
        verbose_name = "samverkansområde"
        verbose_name_plural = "samverkansområden"
        ordering = [swedish("name")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("website:area", kwargs={"area": self.slug})


class Organisation(models.Model):
    """A huvudman (kommun, region) or one of its units, or another party."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "kommun", "Kommun"
        REGION = "region", "Region"
        OTHER = "annan", "Annan"

    name = FreeCharField("namn", max_length=200, unique=True)
    short_name = FreeCharField("förkortning", max_length=40, blank=True)
    kind = models.CharField("slag", max_length=10, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="huvudman/överordnad",
        on_delete=models.PROTECT,
        related_name="units",
        null=True,
        blank=True,
    )
    description = FreeTextField("beskrivning", blank=True)

    class Meta:
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"
        ordering = [swedish("name")]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        if self.short_name and self.short_name not in self.name:
            return f"{self.name} ({self.short_name})"
        return self.name


class TargetGroup(models.Model):
    """A målgrupp of an area, such as Barn och unga."""

    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="target_groups",
    )
    name = FreeCharField("namn", max_length=200)
    slug = models.SlugField("webbadressnamn", validators=[validate_no_personal_numbers])
    description = FreeTextField("beskrivning", blank=True)
    other_names = FreeTextField(
        "andra benämningar",
        blank=True,
        help_text="En per rad, t.ex. hur en plan skriver målgruppens namn.",
    )

    class Meta:
        verbose_name = "målgrupp"
        verbose_name_plural = "målgrupper"
        ordering = ["area_id", swedish("name")]
        constraints = [
            models.UniqueConstraint(fields=["area", "slug"], name="targetgroup_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name


class Group(models.Model):
    """A group in the structure: Samordningsgruppen, NOSAM Alingsås, a temagrupp …"""

    class Kind(models.TextChoices):
        POLITICAL = "politisk", "Politisk samrådsgrupp"
        COORDINATION = "samordning", "Samordningsgrupp"
        WORKING_COMMITTEE = "au", "Arbetsutskott"
        THEME = "tema", "Temagrupp"
        NOSAM = "nosam", "NOSAM (närområdesgrupp)"
        TARGET_GROUP = "malgrupp", "Målgruppsgrupp"
        STEERING = "styrgrupp", "Styrgrupp/projektgrupp"
        WORKING_GROUP = "arbetsgrupp", "Arbetsgrupp"
        OTHER = "annan", "Annan grupp"

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="groups"
    )
    name = FreeCharField("namn", max_length=200)
    short_name = FreeCharField("kortnamn", max_length=80, blank=True)
    slug = models.SlugField("webbadressnamn", validators=[validate_no_personal_numbers])
    kind = models.CharField("slag", max_length=12, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="överordnad grupp",
        on_delete=models.PROTECT,
        related_name="children",
        null=True,
        blank=True,
    )
    # Rights never flow up the tree by themselves: only a group that says it is
    # made of the groups directly under it (NOSAM Alingsås och Lerum) counts
    # their members as its own.
    is_joint = models.BooleanField(
        "gemensam grupp",
        default=False,
        help_text="Medlemmar i grupperna direkt under denna räknas som medlemmar även här, "
        "t.ex. en gemensam NOSAM för två kommuner.",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name="målgrupp",
        on_delete=models.PROTECT,
        related_name="groups",
        null=True,
        blank=True,
    )
    position = models.PositiveSmallIntegerField(
        "ordning", default=0, help_text="Ordning bland syskongrupper i strukturen."
    )
    description = FreeTextField("beskrivning", blank=True)
    purpose = FreeTextField("syfte", blank=True)
    goal = FreeTextField("mål", blank=True)
    mandate = FreeTextField("uppdrag/mandat", blank=True)
    representation = FreeTextField(
        "representation enligt uppdraget", blank=True, help_text="En representant per rad."
    )
    chair_rules = FreeTextField("ordförandeskap", blank=True)
    meeting_rhythm = FreeCharField("mötesfrekvens", max_length=200, blank=True)
    meeting_interval_weeks = models.PositiveSmallIntegerField(
        "veckor mellan möten",
        null=True,
        blank=True,
        help_text="Används för att föreslå nästa möte.",
    )
    minutes_routine = FreeTextField("minnesanteckningar", blank=True)
    stale_after_weeks = models.PositiveSmallIntegerField(
        "uppföljning senast efter (veckor)",
        default=8,
        validators=[MinValueValidator(1)],
        help_text="En pågående aktivitet utan uppföljning så länge markeras och påminns om.",
    )
    follow_up = FreeTextField("uppföljning och utvärdering", blank=True)
    expected_organisations = models.ManyToManyField(
        Organisation,
        verbose_name="organisationer som ska vara representerade",
        related_name="expected_in_groups",
        blank=True,
    )

    class Meta:
        verbose_name = "grupp"
        verbose_name_plural = "grupper"
        ordering = ["area_id", "position", swedish("name")]
        constraints = [
            models.UniqueConstraint(fields=["area", "slug"], name="group_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("website:group", kwargs={"area": self.area.slug, "group": self.slug})

    @property
    def representation_lines(self) -> list[str]:
        return [line.strip() for line in self.representation.splitlines() if line.strip()]


class PersonQuerySet(models.QuerySet):
    def of_area(self, area_id: int):
        """The people of an area: added for it, or seated in one of its groups."""
        seated = Membership.objects.filter(group__area_id=area_id).values("person_id")
        return self.filter(models.Q(area_id=area_id) | models.Q(pk__in=seated))


class Person(models.Model):
    """A person who sits in one or more groups; may have a user account."""

    name = FreeCharField("namn", max_length=200)
    email = models.EmailField("e-post", blank=True)
    # The area the person was added for: she stays its processledare's to
    # manage when her last seat ends; a person of no area is the administrators'.
    area = models.ForeignKey(
        Area,
        verbose_name="hör till område",
        on_delete=models.SET_NULL,
        related_name="people",
        null=True,
        blank=True,
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="användarkonto",
        on_delete=models.SET_NULL,
        related_name="person",
        null=True,
        blank=True,
    )
    # When she last opened Mina sidor: what changed in her groups since then is shown there.
    account_seen_at = models.DateTimeField("senast på Mina sidor", null=True, blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "personer"
        ordering = [swedish("name")]

    def __str__(self) -> str:
        return self.name

    def belongs_to(self, area_id: int) -> bool:
        return (
            self.area_id == area_id or Person.objects.of_area(area_id).filter(pk=self.pk).exists()
        )


class Membership(models.Model):
    """A seat in a group: who (or which function, if unnamed), from where, as what."""

    class Role(models.TextChoices):
        CHAIR = "ordforande", "Ordförande"
        VICE_CHAIR = "vice_ordforande", "Vice ordförande"
        CONVENER = "sammankallande", "Sammankallande"
        MEMBER = "ledamot", "Ledamot"
        CO_OPTED = "adjungerad", "Adjungerad"
        PROCESS_LEADER = "processledare", "Processledare"
        SUBREGIONAL_COORDINATOR = "delregional_samordnare", "Delregional samordnare"
        COORDINATOR = "samordnare", "Samordnare"
        USER_REPRESENTATIVE = "brukarrepresentant", "Brukarrepresentant"

    group = models.ForeignKey(
        Group, verbose_name="grupp", on_delete=models.CASCADE, related_name="memberships"
    )
    person = models.ForeignKey(
        Person,
        verbose_name="person",
        on_delete=models.CASCADE,
        related_name="memberships",
        null=True,
        blank=True,
        help_text="Tomt när uppdraget beskrivs men personen inte är namngiven.",
    )
    title = FreeCharField("titel/funktion", max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisation",
        on_delete=models.PROTECT,
        related_name="memberships",
        null=True,
        blank=True,
    )
    role = models.CharField("roll i gruppen", max_length=24, choices=Role.choices)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    starts_on = models.DateField("från", null=True, blank=True)
    ends_on = models.DateField("till", null=True, blank=True)

    class Meta:
        verbose_name = "medlemskap"
        verbose_name_plural = "medlemskap"
        ordering = ["group_id", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | ~models.Q(title=""),
                name="membership_person_or_title",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="membership_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        who = self.person.name if self.person else self.title
        return f"{who} – {self.get_role_display()}, {self.group}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A person seated for the first time belongs to that seat's area.
        if self.person_id and self.person.area_id is None:
            Person.objects.filter(pk=self.person_id, area__isnull=True).update(
                area=self.group.area_id
            )


EARLY_MINUTES = (
    "Minnesanteckningarna kan inte publiceras förrän mötet har börjat ({when}). "
    "Spara dem opublicerade så länge."
)
MOVED_AFTER_MINUTES = (
    "Mötets minnesanteckningar är publicerade, så mötet kan inte flyttas till en tid som "
    "inte har kommit. Avpublicera minnesanteckningarna först."
)


class Meeting(models.Model):
    """A meeting of one or several groups (Stor NOSAM: Alingsås and Lerum together)."""

    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "nosam.view_meeting"

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="meetings"
    )
    groups = models.ManyToManyField(Group, verbose_name="grupper", related_name="meetings")
    title = FreeCharField(
        "rubrik", max_length=200, blank=True, help_text="T.ex. ”Stor NOSAM”. Tomt: gruppens namn."
    )
    starts_at = models.DateTimeField("börjar")
    ends_at = models.DateTimeField("slutar", null=True, blank=True)
    place = FreeCharField("plats", max_length=200, blank=True)
    is_digital = models.BooleanField("digitalt möte", default=False)
    minutes = FreeTextField(
        "minnesanteckningar",
        blank=True,
        help_text="Markdown: # rubrik, - punktlista, **fet**. Inga personuppgifter om patienter.",
    )
    minutes_target_group = models.ForeignKey(
        TargetGroup,
        verbose_name="målgrupp som skriver minnesanteckningar",
        on_delete=models.SET_NULL,
        related_name="minutes_meetings",
        null=True,
        blank=True,
    )
    minutes_published = models.BooleanField("minnesanteckningarna är publicerade", default=False)
    minutes_published_at = models.DateTimeField("publicerade", null=True, blank=True)
    history = HistoricalRecords(verbose_name="historik för möte")

    class Meta:
        verbose_name = "möte"
        verbose_name_plural = "möten"
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gte=models.F("starts_at")),
                name="meeting_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.display_title} {timezone.localtime(self.starts_at):%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("nosam:meeting", kwargs={"area": self.area.slug, "meeting": self.pk})

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        names = [group.name for group in self.groups.all()]
        return " och ".join(names) if names else "Möte"

    @property
    def location_text(self) -> str:
        if self.is_digital and self.place:
            return f"Digitalt ({self.place})"
        return "Digitalt" if self.is_digital else self.place

    def has_started(self, now=None) -> bool:
        return self.starts_at <= (now or timezone.now())

    def clean_fields(self, exclude=None):
        # Minutes tell what a meeting said: before it has begun there is nothing
        # to publish. A form without the checkbox (the meeting's own) hears why.
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        early = (
            self.minutes_published
            and self.starts_at is not None
            and "starts_at" not in errors
            and not self.has_started()
        )
        if early and exclude and "minutes_published" in exclude:
            errors.setdefault(NON_FIELD_ERRORS, []).append(ValidationError(MOVED_AFTER_MINUTES))
        elif early:
            when = f"{timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"
            message = EARLY_MINUTES.format(when=when)
            errors.setdefault("minutes_published", []).append(ValidationError(message))
        if errors:
            raise ValidationError(errors)


class AgendaItem(models.Model):
    """A point on a meeting's agenda, possibly about an activity of a plan."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="möte", on_delete=models.CASCADE, related_name="agenda_items"
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    title = FreeCharField("punkt", max_length=300)
    activity = models.ForeignKey(
        "plans.Activity",
        verbose_name="aktivitet",
        on_delete=models.SET_NULL,
        related_name="agenda_items",
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = "dagordningspunkt"
        verbose_name_plural = "dagordning"
        ordering = ["meeting_id", "position", "pk"]

    def __str__(self) -> str:
        return self.title


class Attendance(models.Model):
    """Whether an organisation was represented at a meeting."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="möte", on_delete=models.CASCADE, related_name="attendances"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisation",
        on_delete=models.PROTECT,
        related_name="attendances",
    )
    present = models.BooleanField("närvarande", default=True)

    class Meta:
        verbose_name = "närvaro"
        verbose_name_plural = "närvaro"
        ordering = ["meeting_id", "organisation_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organisation"], name="attendance_one_per_organisation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation}: {'närvarande' if self.present else 'frånvarande'}"


class PersonAttendance(models.Model):
    """Whether a named person of the meeting's area was at a meeting."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="möte", on_delete=models.CASCADE, related_name="person_attendances"
    )
    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.CASCADE, related_name="attendances"
    )
    present = models.BooleanField("närvarande", default=True)

    class Meta:
        verbose_name = "närvaro per person"
        verbose_name_plural = "närvaro per person"
        ordering = ["meeting_id", "person_id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_one_per_person"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {'närvarande' if self.present else 'frånvarande'}"

    def clean(self):
        if self.person_id and self.meeting_id and not self.person.belongs_to(self.meeting.area_id):
            raise ValidationError({"person": "Personen hör inte till mötets samverkansområde."})
