"""`make run`'s server: WhiteNoise's runserver with a listen backlog for
meeting day. Django's dev server listens with a backlog of 10; connections
beyond it that arrive in the same instant (20 people saving at once) are reset
by the kernel before Django sees them. ("samla" is listed before WhiteNoise in
INSTALLED_APPS so that this command is the one that runs.)"""

from django.core.servers.basehttp import WSGIServer
from whitenoise.runserver_nostatic.management.commands.runserver import (
    Command as WhiteNoiseRunserver,
)


class MeetingDayServer(WSGIServer):
    request_queue_size = 128


class Command(WhiteNoiseRunserver):
    server_cls = MeetingDayServer
