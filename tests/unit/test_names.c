/* Lexicon normalisation and classification, redaction, fingerprints, line index. */
#include "harness.h"
#include "analyze/analyze.h"
#include "core/lineindex.h"
#include "finding/finding.h"

static const char *norm(const char *s)
{
	static char out[128];
	fg_name_normalize(s, strlen(s), out, sizeof(out));
	return out;
}

FG_TEST(names, normalize_styles)
{
	fg_assert_str(norm("date_of_birth"), "date of birth");
	fg_assert_str(norm("dateOfBirth"), "date of birth");
	fg_assert_str(norm("DateOfBirth"), "date of birth");
	fg_assert_str(norm("DATE_OF_BIRTH"), "date of birth");
	fg_assert_str(norm("date-of-birth"), "date of birth");
	fg_assert_str(norm("SSNNumber"), "ssn number");
	fg_assert_str(norm("icd10Code"), "icd code");
	fg_assert_str(norm("get_email"), "email");
}

static const char *cat(const char *name)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	const char *c = fg_name_category(w, name, strlen(name));
	fg_worker_free(w);
	return c;
}

FG_TEST(names, categories)
{
	fg_assert_str(cat("ssn"), "government-id");
	fg_assert_str(cat("passportNumber"), "government-id");
	fg_assert_str(cat("diagnosis"), "health");
	fg_assert_str(cat("medical_record_number"), "health");
	fg_assert_str(cat("card_number"), "payment");
	fg_assert_str(cat("IBAN"), "payment");
	fg_assert_str(cat("password"), "credential");
	fg_assert_str(cat("apiKey"), "credential");
	fg_assert(cat("email") != NULL);
	fg_assert(cat("phone_number") != NULL);
}

FG_TEST(names, lookalikes_excluded)
{
	fg_assert(cat("max_tokens") == NULL);
	fg_assert(cat("input_tokens") == NULL);
	fg_assert(cat("password_policy") == NULL);
	fg_assert(cat("email_template") == NULL);
	fg_assert(cat("model") == NULL);
	fg_assert(cat("last4") == NULL);
}

FG_TEST(names, qualified_pins_addresses)
{
	fg_assert_str(cat("AdminPin"), "credential");
	fg_assert_str(cat("router_pin"), "credential");
	fg_assert(cat("gpio_pin") == NULL);
	fg_assert_str(cat("NewHomeAddress"), "personal");
	fg_assert_str(cat("forwarding_address"), "personal");
	fg_assert_str(cat("WanIpAddress"), "personal");
	fg_assert_str(cat("customer_ip"), "personal");
	fg_assert(cat("ip_address") == NULL);
	fg_assert(cat("serverIpAddress") == NULL);
	fg_assert(cat("bind_ip") == NULL);
	fg_assert(cat("mac_address") == NULL);
	fg_assert_str(cat("Latitude"), "personal");
	fg_assert_str(cat("home_longitude"), "personal");
	fg_assert_str(cat("gpsCoordinates"), "personal");
	fg_assert(cat("lat") == NULL);
	fg_assert(cat("location") == NULL);
}

FG_TEST(names, records)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	fg_assert(fg_name_is_record(w, "patient", 7));
	fg_assert(fg_name_is_record(w, "customer", 8));
	fg_assert(!fg_name_is_record(w, "client", 6));
	fg_assert(!fg_name_is_record(w, "user_message", 12));
	fg_worker_free(w);
}

FG_TEST(redact, keeps_short_prefix_only)
{
	char *r = fg_redact("sk-ant-api03-secretsecretsecret", 31);
	fg_assert(strncmp(r, "sk-a", 4) == 0);
	fg_assert(strstr(r, "secret") == NULL);
	fg_assert(strstr(r, "[redacted]") != NULL);
	free(r);
	r = fg_redact("536-22-1847", 11);
	fg_assert(strstr(r, "1847") == NULL);
	fg_assert(strncmp(r, "53", 2) == 0);
	free(r);
	r = fg_redact("abc", 3); /* too short for any prefix */
	fg_assert(strncmp(r, "\xE2\x80\xA6", 3) == 0);
	free(r);
}

FG_TEST(lineindex, lines_and_columns)
{
	const char *t = "ab\nc\xC3\xA9" "d\n\nx";
	fg_lineindex li;
	fg_lineindex_init(&li, t, strlen(t));
	fg_assert(fg_lineindex_line(&li, 0) == 1);
	fg_assert(fg_lineindex_line(&li, 3) == 2);
	fg_assert(fg_lineindex_col(&li, 6) == 3); /* after c and é (2 bytes): code points */
	fg_assert(fg_lineindex_line(&li, strlen(t) - 1) == 4);
	fg_lineindex_release(&li);
}

FG_TEST(fingerprint, stable_and_occurrence_numbered)
{
	const fg_ruleset *rs = fg_test_rules();
	fg_findings fs = { 0 };
	for (int i = 0; i < 3; i++) {
		fg_finding *f = fg_findings_add(&fs);
		f->rule = &rs->rules[0];
		f->path = fg_xstrdup("a.py");
		f->line = (uint32_t)(10 * (3 - i)); /* inserted out of order */
		f->col = 1;
		f->fp_seed = i == 2 ? 7 : 42;
	}
	fg_findings_finish(&fs);
	fg_assert(fs.items[0].line == 10 && fs.items[2].line == 30);
	/* the two seed-42 findings differ only by occurrence index */
	const char *a = fs.items[1].fingerprint, *b = fs.items[2].fingerprint;
	fg_assert(strncmp(a, b, 16) == 0 && strcmp(a, b) != 0);
	fg_assert(strncmp(fs.items[0].fingerprint, a, 16) != 0);
	/* no line number in the fingerprint: moving the finding keeps it */
	char *before = fg_xstrdup(fs.items[0].fingerprint);
	fs.items[0].line = 99;
	fg_findings_finish(&fs);
	bool found = false;
	for (size_t i = 0; i < fs.len; i++)
		if (strcmp(fs.items[i].fingerprint, before) == 0)
			found = true;
	free(before);
	fg_findings_release(&fs);
	fg_assert(found);
}
