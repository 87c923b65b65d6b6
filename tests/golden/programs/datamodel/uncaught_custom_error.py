# An uncaught custom exception carrying data, printed by the default hook.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


class Config:
    def __init__(self, values):
        self.values = values

    def require(self, key, kind):
        if key not in self.values:
            raise ConfigError(key, "missing")
        if not isinstance(self.values[key], kind):
            raise ConfigError(key, f"expected {kind.__name__}")
        return self.values[key]


cfg = Config({"port": "8080", "host": "localhost"})
print(cfg.require("host", str))
try:
    cfg.require("debug", bool)
except ConfigError as e:
    print("caught", e, e.key)
print(cfg.require("port", int))
