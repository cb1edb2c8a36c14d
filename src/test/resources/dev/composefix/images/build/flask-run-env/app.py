from flask import Flask

app = Flask(__name__)


@app.route("/readiness")
def ready():
    return "ok"
