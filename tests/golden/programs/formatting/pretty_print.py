def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = ["{"]
        items = list(value.items())
        for i, (k, v) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append(f'{pad}  "{k}": {pretty(v, indent + 1)}{comma}')
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(pretty(v) for v in value) + "]"
        inner = [pad + "  " + pretty(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

doc = {"name": "strata", "version": 0.1, "layers": ["app", "compiler", "pvm", "os"],
       "stable": False, "owner": None, "deps": [{"name": "logos", "pinned": True}, {"name": "bincode", "v": "2.0.1"}],
       "empty": {}, "quote": 'say "hi"'}
print(pretty(doc))
