import unittest, io, sys

def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("cannot divide by zero")
    return a / b

def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))

class TestMath(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]

    def test_divide(self):
        self.assertEqual(divide(6, 3), 2)
        self.assertAlmostEqual(divide(1, 3), 0.3333333, places=5)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_divide_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            divide(1, 0)
        self.assertEqual(str(cm.exception), "cannot divide by zero")
        self.assertRaises(TypeError, divide, "a", 1)
        with self.assertRaisesRegex(ZeroDivisionError, "cannot"):
            divide(2, 0)

    def test_primes(self):
        for n, expected in [(2, True), (4, False), (17, True), (1, False), (9, True), (15, True)]:
            with self.subTest(n=n):
                self.assertEqual(is_prime(n), expected)

    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_fail_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_fail_true(self):
        self.assertTrue(len(self.data) > 5, "need more data")

    def test_fail_in(self):
        self.assertIn(4, self.data)

    def test_fail_str(self):
        self.assertEqual("hello world\nline two", "hello there\nline two")

    def test_error(self):
        return self.data[10]

    def test_no_raise(self):
        with self.assertRaises(ValueError):
            int("5")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_misc(self):
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertCountEqual([3, 1, 2], [1, 2, 3])
        self.assertGreater(3, 2)
        self.assertNotEqual(1, 2)
        self.assertListEqual([1], [1])
        self.assertRegex("abc123", r"\d+")

class TestStrings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")
    def test_split(self):
        s = "hello world"
        self.assertEqual(s.split(), ["hello", "world"])
        with self.assertRaises(TypeError):
            s.split(2)

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestLoader().loadTestsFromTestCase(TestMath)
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(TestStrings))
result = runner.run(suite)
out = stream.getvalue()
import re
out = re.sub(r"Ran (\d+) tests in [\d.]+s", r"Ran \1 tests in Xs", out)
print(out)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
for test, tb in result.failures:
    print(test.id(), tb.strip().splitlines()[-1])
