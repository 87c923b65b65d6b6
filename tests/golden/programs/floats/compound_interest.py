# Loan amortisation and compound interest tables.
principal = 10_000.0
annual_rate = 0.06
years = 2
n = years * 12
r = annual_rate / 12
payment = principal * r / (1 - (1 + r) ** -n)
print(f"monthly payment: {payment:.2f}")
balance = principal
total_interest = 0.0
print(f"{'month':>5} {'interest':>9} {'principal':>10} {'balance':>10}")
for month in range(1, n + 1):
    interest = balance * r
    paid = payment - interest
    balance -= paid
    total_interest += interest
    if month <= 3 or month > n - 3 or month % 6 == 0:
        print(f"{month:>5} {interest:>9.2f} {paid:>10.2f} {abs(balance):>10.2f}")
print(f"total interest: {total_interest:.2f}")
for compounding, per_year in [("yearly", 1), ("monthly", 12), ("daily", 365)]:
    value = 1000 * (1 + 0.05 / per_year) ** (per_year * 10)
    print(f"{compounding:>8}: {value:,.4f}")
import math
print(f"continuous: {1000 * math.exp(0.05 * 10):,.4f}")
print(f"years to double at 7%: {math.log(2) / math.log(1.07):.3f} (rule of 72: {72 / 7:.3f})")
