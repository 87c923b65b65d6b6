# Instance counting with class attributes and __init_subclass__ registration.
class Plugin:
    registry = {}
    created = 0

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

    def __init__(self):
        type(self).created += 1
        Plugin.created += 1

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Shout(Upper, name="shout"):
    def run(self, text):
        return super().run(text) + "!"


print(sorted(Plugin.registry), Shout.plugin_name, Upper.plugin_name)
pipeline = [Plugin.registry[n]() for n in ("upper", "rev", "shout", "rev")]
text = "hello"
for p in pipeline:
    text = p.run(text)
    print(f"{type(p).__name__:>8}: {text}")
print(Plugin.created, Upper.created, Reverse.created, Shout.created)
print("created" in vars(Reverse), "created" in vars(Shout))
