"""Issuing API tokens and signing webhooks: secrets for the randomness
(only shapes are printed: the values differ on every run), hmac for the
signatures, which are fixed for a fixed key."""
import hashlib
import hmac
import secrets
import string

token = secrets.token_hex(16)
print(len(token), all(c in string.hexdigits for c in token))
print(len(secrets.token_bytes(24)), len(secrets.token_bytes()), type(secrets.token_bytes(4)).__name__)
url = secrets.token_urlsafe(18)
print(len(url), all(c.isalnum() or c in "-_" for c in url))
alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(password), all(c in alphabet for c in password))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), 0 <= secrets.randbits(8) < 256)
rng = secrets.SystemRandom()
print(0.0 <= rng.random() < 1.0, 1 <= rng.randint(1, 6) <= 6, sorted(rng.sample(range(5), 5)))
try:
    rng.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)

key = b"webhook-secret"
body = b'{"event": "push", "ref": "main"}'
sig = hmac.new(key, body, hashlib.sha256)
print(sig.name, sig.digest_size, sig.block_size, sig.hexdigest())
print(hmac.new(key, body, "sha1").hexdigest(), hmac.new(b"k", digestmod=hashlib.md5).hexdigest())
h = hmac.new(key, digestmod="sha256")
h.update(body[:10])
c = h.copy()
h.update(body[10:])
print(h.hexdigest() == sig.hexdigest(), c.hexdigest() != h.hexdigest())
print(hmac.digest(key, body, "sha512").hex()[:32], len(hmac.new(b"x" * 200, b"", "sha256").digest()))
print(hmac.compare_digest(sig.hexdigest(), hmac.new(key, body, "sha256").hexdigest()), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"abc", b"ab"), secrets.compare_digest("tok", "tok"))
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.compare_digest("é", "é")
except TypeError as e:
    print("TypeError:", e)
