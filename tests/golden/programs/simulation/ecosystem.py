# Predator-prey populations (discrete Lotka-Volterra) with an ASCII chart.
rabbits, foxes = 40.0, 9.0
history = []
for year in range(40):
    history.append((rabbits, foxes))
    births = 0.1 * rabbits
    eaten = 0.02 * rabbits * foxes
    fox_births = 0.01 * rabbits * foxes
    fox_deaths = 0.1 * foxes
    rabbits = max(rabbits + births - eaten, 0)
    foxes = max(foxes + fox_births - fox_deaths, 0)
for year, (r, f) in enumerate(history):
    if year % 3 == 0:
        print(f"{year:>3} {r:7.2f} {f:6.2f} |{'r' * int(r // 4):<20}|{'f' * int(f // 2)}")
peak_r = max(range(len(history)), key=lambda i: history[i][0])
peak_f = max(range(len(history)), key=lambda i: history[i][1])
print(f"rabbits peak in year {peak_r} at {history[peak_r][0]:.1f}")
print(f"foxes peak in year {peak_f} at {history[peak_f][1]:.1f}")
print("final:", tuple(round(x, 3) for x in history[-1]))
