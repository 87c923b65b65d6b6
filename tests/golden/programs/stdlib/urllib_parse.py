"""Building and taking apart URLs for an API client."""
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag,
                          urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)

url = "https://user:pw@api.example.com:8443/v2/items;type=a?q=red+shoes&page=2&tag=x&tag=y#results"
p = urlparse(url)
print(p)
print(p.scheme, p.netloc, p.hostname, p.port, p.username, p.password, p.path, p.params)
print(parse_qs(p.query), parse_qsl(p.query))
print(urlunparse(p) == url, p._replace(fragment="").geturl())
s = urlsplit("http://[::1]:8080/status")
print(s.hostname, s.port, urlunsplit(s))
print(urljoin("https://example.com/docs/guide/", "../api/index.html"))
print(urljoin("https://example.com/docs/guide", "intro"), urljoin("https://a.com/x", "//b.com/y"))
print(urldefrag("https://example.com/page#section-2"))
params = {"q": "caffè & crème", "limit": 10, "sort": ["name", "-date"]}
print(urlencode(params), urlencode(params, doseq=True))
print(quote("/path with spaces/ü.txt"), quote("a/b c", safe=""), quote_plus("a b&c=d"))
print(unquote("%2Fpath%20with%20spaces%2F%C3%BC.txt"), unquote_plus("a+b%26c"))
print(urlparse("mailto:someone@example.com"), urlparse("//cdn.example.com/lib.js").netloc)
try:
    urlsplit("http://[1.2.3.4]/")
except ValueError as e:
    print("ValueError:", e)
try:
    urlparse("http://host:99999/").port
except ValueError as e:
    print("ValueError:", e)
