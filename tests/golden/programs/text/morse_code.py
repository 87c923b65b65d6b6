# Encoding and decoding Morse code with dictionaries.
CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--",
}
DECODE = {v: k for k, v in CODE.items()}


def encode(text):
    words = []
    for word in text.upper().split():
        words.append(" ".join(CODE.get(ch, "?") for ch in word))
    return " / ".join(words)


def decode(signal):
    return " ".join("".join(DECODE.get(sym, "#") for sym in word.split()) for word in signal.split(" / "))


for msg in ["SOS", "Hello World", "Python 3.11, strata", "what? yes"]:
    enc = encode(msg)
    print(f"{msg!r:24} {enc}")
    print(f"{'':24} {decode(enc)!r}")
lengths = sorted(CODE, key=lambda k: (len(CODE[k]), CODE[k]))
print("shortest:", lengths[:4], "longest:", lengths[-3:])
dots = sum(c.count(".") for c in CODE.values())
dashes = sum(c.count("-") for c in CODE.values())
print(f"dots {dots}, dashes {dashes}, ratio {dots / dashes:.3f}")
