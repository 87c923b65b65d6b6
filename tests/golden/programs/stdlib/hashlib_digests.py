# Checksums as programs compute them: hex digests of text and files,
# incremental updates, copies of a running hash, and hashlib.new by name.
import hashlib
import os

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"The quick brown fox")
    h.update(b" jumps over the lazy dog")
    print(f"{name:7} {h.digest_size:3} {h.block_size:4} {h.hexdigest()}")

print(hashlib.sha256(b"").hexdigest())
print(hashlib.md5("naïve café".encode()).hexdigest())
print(hashlib.sha1(bytearray(b"bytes in a bytearray")).digest())

# Incremental hashing equals hashing everything at once.
chunks = [bytes(range(i, i + 50)) for i in range(0, 200, 50)]
running = hashlib.sha512()
for chunk in chunks:
    running.update(chunk)
print(running.hexdigest() == hashlib.sha512(b"".join(chunks)).hexdigest())

# A copy goes on independently.
base = hashlib.sha256(b"prefix:")
variants = {}
for suffix in ["a", "b", "c"]:
    h = base.copy()
    h.update(suffix.encode())
    variants[suffix] = h.hexdigest()[:16]
print(variants, base.hexdigest()[:16])

# A file's checksum, read in blocks.
path = "_strata_hashlib_data.bin"
with open(path, "wb") as f:
    f.write(b"line of data\n" * 1000)
digest = hashlib.md5()
with open(path, "rb") as f:
    while block := f.read(4096):
        digest.update(block)
print(digest.hexdigest())
with open(path, "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest())
os.remove(path)

# Content-addressed storage: names from digests.
store = {}
for text in ["alpha", "beta", "alpha"]:
    key = hashlib.sha1(text.encode()).hexdigest()[:10]
    store.setdefault(key, text)
print(store)

for bad in ["a str", 42]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.new("whirlpool9")
except ValueError as e:
    print("ValueError:", e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
