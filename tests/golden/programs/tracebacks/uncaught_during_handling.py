# An error inside an except block chains to the one being handled.
def load(config):
    try:
        return config["path"]
    except KeyError:
        return config.get["default"]


print(load({"path": "/tmp"}))
print(load({}))
