from fastapi import APIRouter

router = APIRouter(prefix="/ops")


@router.get("/ping")
def ping():
    return "pong"
