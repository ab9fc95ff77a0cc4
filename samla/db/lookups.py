"""``__in`` on an integer column ignores values the column cannot hold.

Django (since 5.0) answers ``pk=99999999999999999999`` with "no match"
instead of a database error, but not ``pk__in=[...]``: SQLite raises
OverflowError and PostgreSQL an out-of-range error, so a checkbox list
(ModelMultipleChoiceField, in our forms and the admin) posted with such an
id gave a 500. With this lookup the value matches nothing, as with ``exact``,
and the form says the choice is not valid.
"""

from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            internal_type = self.lhs.output_field.get_internal_type()
            low, high = connection.ops.integer_field_range(internal_type)
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)
