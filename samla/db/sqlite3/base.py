"""SQLite backend that knows Swedish alphabetical order.

Registering the collation here, where the connection is made, means every
connection has it: management commands, tests and the web server alike.
"""

from django.db.backends.sqlite3 import base

from samla.collation import SQLITE_COLLATION, swedish_compare


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        connection.create_collation(SQLITE_COLLATION, swedish_compare)
        return connection
