# Method calls and attribute access on user classes: instance creation,
# attribute reads and writes, methods calling methods, a property, inheritance.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1


class Heavy(Particle):
    def step(self):
        super().step()
        self.vel = Vector(self.vel.x, self.vel.y - 1)


particles = [Particle(Vector(i, 0), Vector(1, 2)) for i in range(50)]
particles += [Heavy(Vector(0, i), Vector(2, 1)) for i in range(50)]
total = 0
for _ in range(2_000):
    for p in particles:
        p.step()
    total += particles[0].pos.norm2 % 7
print(total, particles[-1].pos.x, particles[-1].pos.y, sum(p.steps for p in particles))
