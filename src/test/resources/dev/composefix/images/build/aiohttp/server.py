from aiohttp import web


async def health(request):
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/healthz", health)
app.add_routes([web.get("/", health)])

web.run_app(app, port=8082)
