# html.parser collecting links, and ipaddress for a subnet exercise.
import ipaddress
from html.parser import HTMLParser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


p = Links()
p.feed('<p>See <a href="/a">A</a> &amp; <a href="/b" class="x">B</a><br/></p><!-- c -->')
print(p.links, p.text)

net = ipaddress.ip_network("192.168.10.0/29")
print(net, net.netmask, net.broadcast_address, net.num_addresses, [str(h) for h in net.hosts()])
print(ipaddress.ip_address("10.0.0.1").is_private, ipaddress.ip_address("8.8.8.8") in net)
print(list(net.subnets(prefixlen_diff=1)), ipaddress.ip_address("::ffff:1.2.3.4"))
for bad in ["300.1.1.1", "1.2.3"]:
    try:
        ipaddress.ip_address(bad)
    except ValueError as e:
        print(e)
