/* Validators and value detectors. */
#include "harness.h"
#include "analyze/analyze.h"

FG_TEST(values, luhn)
{
	fg_assert(fg_valid_luhn("4539 1488 0343 6467", 19));
	fg_assert(fg_valid_luhn("5555555555554444", 16));
	fg_assert(!fg_valid_luhn("4539 1488 0343 6468", 19)); /* checksum off by one */
	fg_assert(!fg_valid_luhn("0000 0000 0000 0000", 19)); /* all zeros pass mod 10 but are no card */
	fg_assert(!fg_valid_luhn("1234", 4));
	fg_assert(!fg_valid_luhn("4539-1488-0343-646x", 19));
}

FG_TEST(values, iban)
{
	fg_assert(fg_valid_iban("GB82 WEST 1234 5698 7654 32", 27));
	fg_assert(fg_valid_iban("DE89370400440532013000", 22));
	fg_assert(!fg_valid_iban("GB82 WEST 1234 5698 7654 33", 27));
	fg_assert(!fg_valid_iban("XX00", 4));
	fg_assert(!fg_valid_iban("1234567890123456", 16));
}

FG_TEST(values, ssn_ranges)
{
	fg_assert(fg_valid_ssn("536-22-1847", 11));
	fg_assert(!fg_valid_ssn("000-12-3456", 11)); /* area 000 */
	fg_assert(!fg_valid_ssn("666-12-3456", 11)); /* area 666 */
	fg_assert(!fg_valid_ssn("912-12-3456", 11)); /* area 9xx */
	fg_assert(!fg_valid_ssn("536-00-1847", 11)); /* group 00 */
	fg_assert(!fg_valid_ssn("536-22-0000", 11)); /* serial 0000 */
	fg_assert(!fg_valid_ssn("078-05-1120", 11)); /* the Woolworth wallet sample */
	fg_assert(!fg_valid_ssn("536-22-18471", 12));
}

FG_TEST(values, email_phone_jwt)
{
	fg_assert(fg_valid_email("maria.lopez@contoso-health.com", 30));
	fg_assert(!fg_valid_email("user@localhost", 14));
	fg_assert(!fg_valid_email("a@b.c1", 6));
	fg_assert(fg_valid_phone("+1 (415) 555-0132", 17));
	fg_assert(!fg_valid_phone("555-0132", 8));
	const char *jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl";
	fg_assert(fg_valid_jwt(jwt, strlen(jwt)));
	fg_assert(!fg_valid_jwt("abc.def.ghi", 11));
}

static size_t scan(const char *text, const char **first_id)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	fg_value_match m[8];
	size_t n = fg_values_scan(w, text, strlen(text), m, 8);
	*first_id = n ? m[0].det->name : NULL;
	fg_worker_free(w);
	return n;
}

FG_TEST(detectors, positives)
{
	const char *id;
	fg_assert(scan("SSN 536-22-1847 on file", &id) == 1);
	fg_assert(scan("card 4539 1488 0343 6467 declined", &id) == 1);
	fg_assert(scan("write to maria.lopez@contoso-health.com", &id) == 1);
	fg_assert(scan("key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWx-AAAAAAAA", &id) >= 1);
	fg_assert(scan("ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8", &id) == 1);
	fg_assert(scan("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAqlHBB6ZX3hDT7zbWVc0Br5R\n-----END RSA PRIVATE KEY-----", &id) >= 1);
}

FG_TEST(detectors, placeholders_and_lookalikes)
{
	const char *id;
	fg_assert(scan("user@example.com", &id) == 0);
	fg_assert(scan("SSN xxx-xx-xxxx", &id) == 0);
	fg_assert(scan("SSN 078-05-1120", &id) == 0);
	fg_assert(scan("test card 4111 1111 1111 1111", &id) == 0);
	fg_assert(scan("AKIAIOSFODNN7EXAMPLE", &id) == 0);
	fg_assert(scan("version 2024-05-01, build 1234567", &id) == 0);
	fg_assert(scan("{{email}} ${API_KEY} <your-key>", &id) == 0);
}
