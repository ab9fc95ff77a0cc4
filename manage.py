#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samla.settings")
    # manage.py is the developer's tool: with neither SECRET_KEY nor DEBUG set it
    # runs in development mode. Production serves through samla/wsgi.py, where
    # a missing SECRET_KEY stops the server.
    if "SECRET_KEY" not in os.environ and "DEBUG" not in os.environ:
        os.environ["DEBUG"] = "1"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
