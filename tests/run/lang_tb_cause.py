# "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc


print(load({"a": 1}, "a"))
load({"a": 1}, "b")
