"""Mina sidor, under /konto/ beside Django's account pages (``samla.urls``).

It lives in reminders, the highest layer whose data it shows, without a namespace
so that its name stays ``account`` like the other account pages."""

from django.urls import path

from reminders import account

urlpatterns = [path("", account.account, name="account")]
