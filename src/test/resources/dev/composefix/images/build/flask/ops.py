from flask import Blueprint

bp = Blueprint("ops", __name__)


@bp.route("/flask-health-check", methods=["GET", "HEAD"])
def health():
    return "ok"
