#!/bin/sh
# Apply migrations before the server starts; then run the given command.
set -e
python manage.py migrate --noinput
exec "$@"
