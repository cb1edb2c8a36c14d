from flask import Flask

app = Flask(__name__)


@app.route("/healthcheck")
def health():
    return "ok"
