from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def health(request):
    return PlainTextResponse("ok")


app = Starlette(routes=[
    Route("/health", health, methods=["GET"]),
    Route("/orders", health),
])
