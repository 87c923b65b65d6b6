"""Strata's urllib package: only urllib.parse (no request, response, error
or robotparser: Strata has no sockets)."""
