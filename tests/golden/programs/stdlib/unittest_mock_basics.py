# unittest.mock as a testing course uses it: stubs with return values and
# side effects, patching a function and a method, a fake open(), call
# assertions and their messages, an async mock.
import asyncio
import os
import random
from unittest import mock
from unittest.mock import ANY, AsyncMock, MagicMock, Mock, call, create_autospec, mock_open, patch


class WeatherService:
    def fetch(self, city):
        raise RuntimeError("no network in tests")

    @property
    def units(self):
        return "C"


def report(service, city):
    return f"{city}: {service.fetch(city)}°"


svc = Mock()
svc.fetch.return_value = 21
print(report(svc, "Oslo"))
svc.fetch.assert_called_once_with("Oslo")
try:
    svc.fetch.assert_called_with("Rome")
except AssertionError as e:
    print("AssertionError:", e)
try:
    svc.fetch.assert_not_called()
except AssertionError as e:
    print("AssertionError:", e)

flaky = Mock(side_effect=[1, ValueError("timeout"), 3])
for _ in range(3):
    try:
        print("flaky ->", flaky())
    except ValueError as e:
        print("flaky raised", e)
print(flaky.call_count, flaky.call_args_list == [call(), call(), call()])

with patch.object(WeatherService, "fetch", return_value=5) as fake:
    print(report(WeatherService(), "Lima"), fake.call_args, fake.call_args == call("Lima"))
with patch.object(WeatherService, "units", new_callable=mock.PropertyMock, return_value="F"):
    print(WeatherService().units)
print(WeatherService().units)


@patch("random.randint", return_value=6)
def roll_twice(fake_randint):
    return random.randint(1, 6) + random.randint(1, 6), fake_randint.call_count


print(roll_twice())
with patch("os.getcwd", return_value="/nowhere"):
    print(os.getcwd())
print(os.getcwd() != "/nowhere")

with patch("builtins.open", mock_open(read_data="alpha\nbeta\n")) as fake_open:
    with open("data.txt") as f:
        print(f.read().splitlines())
    fake_open.assert_called_once_with("data.txt")

m = MagicMock()
m.__len__.return_value = 3
m.__getitem__.side_effect = lambda k: k.upper()
print(len(m), m["key"], bool(m), m.db.query("x") is m.db.query("y"))
m.db.query.assert_called_with("y")
print(m.mock_calls[-2:], call.db.query(ANY) == m.mock_calls[-1])

strict = Mock(spec=WeatherService)
try:
    strict.forecast
except AttributeError as e:
    print("AttributeError:", e)
auto = create_autospec(WeatherService)
try:
    auto.fetch()
except TypeError as e:
    print("TypeError:", e)

fetch_async = AsyncMock(return_value={"temp": 9})
print(asyncio.run(fetch_async("Bergen")), fetch_async.await_count, asyncio.iscoroutinefunction(fetch_async))
print(mock.sentinel.token is mock.sentinel.token, mock.sentinel.token)
