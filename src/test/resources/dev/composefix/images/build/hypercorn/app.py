from quart import Quart

app = Quart(__name__)


@app.route("/livez")
async def live():
    return "ok"
