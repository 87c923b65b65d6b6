# A typo in a local variable name: CPython suggests the local.
def total_price(prices, tax_rate):
    subtotal = 0
    for price in prices:
        subtotal += price
    return round(subtotl * (1 + tax_rate), 2)

print(total_price([1.5, 2.25], 0.1))
