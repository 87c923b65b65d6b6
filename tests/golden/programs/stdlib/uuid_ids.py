"""Identifiers for records: uuid4 for new rows (random: only their shape
is shown), uuid5/uuid3 for stable ids derived from names, and parsing."""
import uuid

u = uuid.uuid4()
print(u.version, u.variant, len(str(u)), str(u).count("-"), u == uuid.UUID(str(u)), len(u.hex), len(u.bytes))
print(uuid.uuid4() != uuid.uuid4(), isinstance(uuid.uuid4().int, int))
t = uuid.uuid1()
print(t.version, t.variant, 0 <= t.node < 2 ** 48, t.time > 0, uuid.getnode() == uuid.getnode())
print(uuid.uuid1(node=0x123456789ABC, clock_seq=42).node == 0x123456789ABC)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/item/42"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
p = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(p, repr(p), p.hex, p.int, p.urn)
print(p.fields, p.time_low, p.time_mid, p.time_hi_version, p.clock_seq, p.node, p.version, p.variant)
print(p.bytes, p.bytes_le)
print(uuid.UUID(bytes=p.bytes) == p, uuid.UUID(int=p.int) == p, uuid.UUID(fields=p.fields) == p, uuid.UUID(bytes_le=p.bytes_le) == p)
print(uuid.UUID("urn:uuid:12345678123456781234567812345678") == p, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
print({p: "row"}[uuid.UUID(hex="12345678123456781234567812345678")], p.is_safe, uuid.SafeUUID.safe)
print(uuid.NIL if hasattr(uuid, "NIL") else uuid.UUID(int=0), uuid.RESERVED_NCS)
for bad in ("not-a-uuid", "1234"):
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    p.int = 3
except TypeError as e:
    print("TypeError:", e)
