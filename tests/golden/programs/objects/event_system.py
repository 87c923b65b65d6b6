# An observer pattern with bound methods as callbacks.
class Emitter:
    def __init__(self):
        self._subs = {}

    def on(self, event, callback):
        self._subs.setdefault(event, []).append(callback)
        return lambda: self._subs[event].remove(callback)

    def emit(self, event, *args):
        return [cb(*args) for cb in list(self._subs.get(event, []))]


class Thermostat(Emitter):
    def __init__(self, target):
        super().__init__()
        self.target = target
        self.temp = target

    def read(self, temp):
        old, self.temp = self.temp, temp
        if abs(temp - self.target) > 2:
            self.emit("alarm", temp)
        self.emit("change", old, temp)


class Display:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def show_change(self, old, new):
        self.lines.append(f"{self.name}: {old} -> {new}")

    def show_alarm(self, temp):
        self.lines.append(f"{self.name}: ALARM {temp}")


t = Thermostat(20)
panel, phone = Display("panel"), Display("phone")
t.on("change", panel.show_change)
unsubscribe = t.on("alarm", phone.show_alarm)
t.on("alarm", panel.show_alarm)
for temp in (21, 25, 19):
    t.read(temp)
unsubscribe()
t.read(30)
print("\n".join(panel.lines))
print(phone.lines)
m = panel.show_change
print(m.__self__ is panel, m.__func__ is Display.show_change, m.__name__)
