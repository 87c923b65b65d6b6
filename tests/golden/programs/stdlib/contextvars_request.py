# Request-scoped state with contextvars, as web frameworks keep it:
# set/reset with tokens, defaults, copy_context and Context.run isolation.
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(message):
    print(f"[{request_id.get()}] {user.get('anonymous')}: {message}")


def handle(rid, name):
    token = request_id.set(rid)
    user_token = user.set(name)
    try:
        log("start")
        log("done")
    finally:
        request_id.reset(token)
        user.reset(user_token)


log("boot")
handle("r1", "ann")
handle("r2", "bob")
log("idle")


def in_copy():
    request_id.set("inside")
    log("in a copied context")
    return request_id.get()


ctx = contextvars.copy_context()
print(ctx.run(in_copy), request_id.get(), ctx[request_id], request_id in ctx, len(ctx) >= 1)
print(request_id.name, user.get(None))
try:
    user.get()
except LookupError:
    print("LookupError: no user")
token = request_id.set("x")
request_id.reset(token)
try:
    request_id.reset(token)
except RuntimeError:
    print("RuntimeError: token used twice")
other = contextvars.ContextVar("other")
try:
    other.reset(request_id.set("y"))
except ValueError:
    print("ValueError: token of another variable")
print(token.var is request_id, token.old_value is contextvars.Token.MISSING)
