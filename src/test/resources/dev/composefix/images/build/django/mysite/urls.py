from django.urls import path, re_path

from . import views

urlpatterns = [
    path("", views.home),
    path("health/", views.health),
    re_path(r"^api/v1/liveness$", views.live),
]
