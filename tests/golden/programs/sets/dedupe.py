emails = ["A@x.com", "b@y.org", "a@X.com", "c@z.net", "B@y.org ", "d@x.com"]
norm = [e.strip().lower() for e in emails]
unique = sorted(set(norm))
print(unique, len(emails) - len(unique), "duplicates")
domains = {e.split("@")[1] for e in norm}
print(sorted(domains))
by_domain = {d: sorted(e for e in unique if e.endswith("@" + d)) for d in sorted(domains)}
print(by_domain)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), len(set(nums)), sorted({n for n in nums if nums.count(n) > 1}))
