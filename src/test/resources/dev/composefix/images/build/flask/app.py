from flask import Flask

from ops import bp

app = Flask(__name__)
app.register_blueprint(bp, url_prefix="/ops")


@app.route("/")
def index():
    return "hello"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5001)
