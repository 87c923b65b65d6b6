x = 1 $ ? `
y = "unterminated
z = 12abc 0_0 08 1__2
if x:
    pass
  # odd comment

w = """a
b""" ; v = (
  3)
