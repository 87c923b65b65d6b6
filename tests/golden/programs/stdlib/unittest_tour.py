"""Tests for a small inventory module, run the way a project runs them:
unittest.main() with verbosity, fixtures, subtests, skips and failures.
(The runner's stream is captured so that the timing line can be made
machine-independent before it is shown.)"""
import io
import re
import sys
import unittest


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, not {qty}")
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty=1):
        if self.items.get(name, 0) < qty:
            raise KeyError(name)
        self.items[name] -= qty
        if not self.items[name]:
            del self.items[name]

    def total(self):
        return sum(self.items.values())


log = []


class InventoryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)
        self.addCleanup(log.append, "cleanup")

    def tearDown(self):
        log.append("tearDown")

    def test_add(self):
        self.inv.add("pear")
        self.assertEqual(self.inv.items, {"apple": 3, "pear": 1})
        self.assertIn("pear", self.inv.items)
        self.assertNotIn("plum", self.inv.items)
        self.assertEqual(self.inv.total(), 4)

    def test_remove(self):
        self.inv.remove("apple", 3)
        self.assertEqual(self.inv.items, {})
        self.assertFalse(self.inv.items)
        with self.assertRaises(KeyError) as cm:
            self.inv.remove("apple")
        self.assertEqual(cm.exception.args, ("apple",))

    def test_bad_quantity(self):
        self.assertRaises(ValueError, self.inv.add, "fig", 0)
        with self.assertRaisesRegex(ValueError, r"not -\d"):
            self.inv.add("fig", -2)

    def test_quantities(self):
        for qty in (1, 2, 0, 5, -1):
            with self.subTest(qty=qty):
                self.inv.add("kiwi", qty)

    def test_wrong_total(self):
        self.assertEqual(self.inv.total(), 4, "apples miscounted")

    def test_dicts(self):
        self.inv.add("pear", 2)
        self.assertDictEqual(self.inv.items, {"apple": 3, "pear": 3})

    def test_broken(self):
        self.inv.items = None
        self.inv.total()

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(sys.maxsize > 2, "large platform")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "always")
    def test_skip_unless(self):
        self.assertIsNotNone(self.inv)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(self.inv.total(), 0)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertEqual(self.inv.total(), 3)


class AssertionsTest(unittest.TestCase):
    maxDiff = None

    def test_passing(self):
        self.assertTrue([1])
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertNotIsInstance(3, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2])
        self.assertRegex("inventory", r"^inv")
        self.assertNotRegex("inventory", r"\d")
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertTupleEqual((1,), (1,))
        self.assertListEqual([1], [1])
        self.assertMultiLineEqual("a\nb\n", "a\nb\n")
        self.assertNotEqual(1, 2)

    def test_multiline(self):
        self.assertMultiLineEqual("apple\nbanana\ncherry\n", "apple\nblueberry\ncherry\n")

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_is_none(self):
        self.assertIsNone(0, "zero is not None")

    def test_count(self):
        self.assertCountEqual(["a", "b", "b"], ["a", "a", "b"])

    def test_sets(self):
        self.assertSetEqual({1, 2, 3}, {2, 3, 4})

    def test_true(self):
        self.assertTrue("", msg="empty name")

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_no_raise(self):
        with self.assertRaises(ZeroDivisionError):
            pass

    def test_short_message(self):
        self.longMessage = False
        self.assertEqual("a", "b", "custom only")


class Runner(unittest.TextTestRunner):
    """A TextTestRunner writing where this program can read it."""

    stream = io.StringIO()

    def __init__(self, **kwargs):
        kwargs["stream"] = Runner.stream
        super().__init__(**kwargs)


def show(text):
    sys.stdout.write(re.sub(r"Ran (\d+ tests?) in \d+\.\d+s", r"Ran \1 in 0.000s", text))


program = unittest.main(argv=["inventory", "-v"], testRunner=Runner, exit=False)
show(Runner.stream.getvalue())
print(log[:4], log.count("cleanup"), log[-1])
result = program.result
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(sorted(test.id() for test, _ in result.skipped))

Runner.stream = io.StringIO()
program = unittest.main(argv=["inventory", "InventoryTest.test_add", "-q"], testRunner=Runner, exit=False)
show(Runner.stream.getvalue())

suite = unittest.TestSuite()
suite.addTest(InventoryTest("test_add"))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(AssertionsTest))
print(suite.countTestCases(), [t.id() for t in suite][:3])
loader = unittest.TestLoader()
print(loader.getTestCaseNames(InventoryTest))
loader.testNamePatterns = ["*skip*"]
print(loader.getTestCaseNames(InventoryTest))
print(InventoryTest("test_add"), repr(InventoryTest("test_add")))
stream = io.StringIO()
outcome = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(outcome)
sys.exit(not outcome.wasSuccessful())
