"""Inventory service.

Not a route: @app.get("/health") in a docstring.
"""
from fastapi import FastAPI

from app import status

app = FastAPI()
app.include_router(status.router, prefix="/internal")

# @app.get("/health") was the old probe
@app.get("/healthz")
async def healthz():
    return {"ok": True}


@app.get("/items/{item_id}")
async def item(item_id: int):
    return {"id": item_id}
