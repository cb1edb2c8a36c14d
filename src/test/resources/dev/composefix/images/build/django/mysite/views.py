def home(request):
    return None


def health(request):
    return None


def live(request):
    return None
