"""A test module run by unittest.main(): its exit status says whether the
tests passed. (stderr is captured to hide the machine-dependent timing.)"""
import io
import logging
import re
import sys
import unittest
import warnings

calls = []


def setUpModule():
    calls.append("setUpModule")


def tearDownModule():
    calls.append("tearDownModule")


def parse_version(text):
    if text.startswith("v"):
        warnings.warn("leading 'v' is deprecated", DeprecationWarning)
        text = text[1:]
    parts = tuple(int(p) for p in text.split("."))
    logging.getLogger("versions").info("parsed %s", parts)
    return parts


class VersionTest(unittest.TestCase):
    def test_plain(self):
        self.assertEqual(parse_version("1.2.3"), (1, 2, 3))

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(parse_version("v2.0"), (2, 0))
        self.assertIn("deprecated", str(cm.warning))

    def test_warns_regex(self):
        with self.assertWarnsRegex(DeprecationWarning, "leading"):
            parse_version("v1")

    def test_logs(self):
        with self.assertLogs("versions", level="INFO") as cm:
            parse_version("3.1")
        self.assertEqual(cm.output, ["INFO:versions:parsed (3, 1)"])

    def test_no_logs(self):
        with self.assertNoLogs("versions", level="WARNING"):
            parse_version("3.1")

    def test_bad(self):
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            parse_version("1.x")

    def test_ordering(self):
        self.assertLess(parse_version("1.10"), parse_version("1.9"))


def check_empty():
    assert parse_version("0") == (0,)


sys.stderr = captured = io.StringIO()
try:
    unittest.main(defaultTest=None)
except SystemExit as e:
    sys.stderr = sys.__stderr__
    print(re.sub(r"in \d+\.\d+s", "in 0.000s", captured.getvalue()))
    print("exit code:", e.code, calls)

print(unittest.TextTestRunner(stream=io.StringIO()).run(unittest.FunctionTestCase(check_empty)))
sys.stderr = captured = io.StringIO()
unittest.main(argv=["versions", "-f", "VersionTest.test_ordering", "VersionTest.test_plain"], exit=False)
sys.stderr = sys.__stderr__
print(re.sub(r"in \d+\.\d+s", "in 0.000s", captured.getvalue()))
sys.stderr = captured = io.StringIO()
try:
    unittest.main(argv=["versions", "VersionTest.test_plain", "VersionTest.test_logs"])
except SystemExit as e:
    sys.stderr = sys.__stderr__
    print(re.sub(r"in \d+\.\d+s", "in 0.000s", captured.getvalue()))
    raise
