import os

import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/status")
def status():
    return {"status": "up"}


if __name__ == "__main__":
    uvicorn.run(app, host="0.0.0.0", port=int(os.getenv("APP_PORT", "8010")))
