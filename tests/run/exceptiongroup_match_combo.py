# match statements classifying the members of exception groups.
class HttpError(Exception):
    __match_args__ = ("status", "url")
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status, self.url = status, url

def classify(exc):
    match exc:
        case HttpError(404, url):
            return f"not found: {url}"
        case HttpError(500 | 502 | 503 as code, _):
            return f"server error {code}"
        case HttpError(status=s) if 400 <= s < 500:
            return f"client error {s}"
        case ExceptionGroup(exceptions=[single]):
            return f"group of one: {classify(single)}"
        case ExceptionGroup(message=msg, exceptions=excs):
            return f"group {msg!r}: " + "; ".join(classify(e) for e in excs)
        case OSError(args=(errno, text)):
            return f"os error {errno}: {text}"
        case ValueError(args=[message]):
            return f"value error: {message}"
        case BaseException(args=args):
            return f"{type(exc).__name__} with {len(args)} args"

def fetch_all():
    raise ExceptionGroup("fetch", [
        HttpError(404, "/a"),
        HttpError(503, "/b"),
        HttpError(418, "/teapot"),
        OSError(2, "no such file"),
        ExceptionGroup("nested", [ValueError("bad")]),
        KeyError("k", "extra"),
    ])

try:
    fetch_all()
except* HttpError as http:
    for e in http.exceptions:
        print(classify(e))
except* Exception as rest:
    print(classify(rest))

# match on the parts returned by split.
eg = ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)])
match eg.split(ValueError):
    case (ExceptionGroup(exceptions=values), ExceptionGroup(exceptions=[TypeError() as t])):
        print("values", values, "and one TypeError", t)
match eg.split(KeyError):
    case (None, rest) if rest.exceptions == eg.exceptions:
        print("no KeyError; rest keeps all", len(rest.exceptions))
