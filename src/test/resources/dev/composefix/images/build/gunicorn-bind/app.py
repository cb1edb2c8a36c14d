from flask import Flask

app = Flask(__name__)


@app.route("/ready")
def ready():
    return "ok"
