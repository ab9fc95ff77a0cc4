#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samla.settings")
    # manage.py is the developer's tool: without SECRET_KEY it runs in
    # development mode. Production serves through samla/wsgi.py, where a
    # missing SECRET_KEY stops the server.
    if "SECRET_KEY" not in os.environ:
        os.environ.setdefault("SAMLA_DEVELOPMENT", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
