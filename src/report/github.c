/*
 * github.c - GitHub Actions workflow commands (--format github).
 *
 *   ::error file=app.py,line=7,col=31,endLine=7,endColumn=48,title=RULE::MESSAGE
 *
 * GitHub turns each line into an annotation on the file and the pull
 * request.  It shows at most 10 annotations of each kind (error, warning,
 * notice) per step and drops the rest, so the most severe are printed
 * first -- errors, then warnings, then notices, each kind in path/line
 * order -- at most 10 of each, then one plain line saying how many were
 * left out and where they all are (the job summary and the SARIF report).
 * The summary line ends the output, as in the text report.
 *
 * Escaping follows the runner's rules (actions/toolkit command.ts): in the
 * message '%' -> %25, CR -> %0D, LF -> %0A; in a property value also
 * ':' -> %3A and ',' -> %2C.  Without it a file name such as "a,b.py" would
 * end the property list early, and a newline in a message could start a
 * workflow command of its own.  Other control characters are written as
 * visible escapes (fg_text_escape), so none reaches the log raw.
 */
#include "report.h"

#define FG_GITHUB_MAX_PER_KIND 10

static void gh_escape(fg_buf *out, const char *s, bool property)
{
	for (const char *p = s ? s : ""; *p; p++) {
		switch (*p) {
		case '%': fg_buf_puts(out, "%25"); break;
		case '\r': fg_buf_puts(out, "%0D"); break;
		case '\n': fg_buf_puts(out, "%0A"); break;
		case '\t': fg_buf_putc(out, ' '); break;
		case ':':
			if (property)
				fg_buf_puts(out, "%3A");
			else
				fg_buf_putc(out, ':');
			break;
		case ',':
			if (property)
				fg_buf_puts(out, "%2C");
			else
				fg_buf_putc(out, ',');
			break;
		default:
			if ((unsigned char)*p < 0x20 || *p == 0x7F) {
				/* other control characters (ESC...) never reach the log */
				char one[2] = { *p, '\0' };
				fg_text_escape(out, one);
			} else {
				fg_buf_putc(out, *p);
			}
		}
	}
}

static const char *gh_command(fg_severity s)
{
	return s == FG_SEV_ERROR ? "error" : s == FG_SEV_WARNING ? "warning" : "notice";
}

/* Most severe first; then path, line, column, rule. */
static int cmp_github(const void *a, const void *b)
{
	const fg_finding *x = *(const fg_finding *const *)a, *y = *(const fg_finding *const *)b;
	if (x->severity != y->severity)
		return x->severity > y->severity ? -1 : 1;
	return fg_finding_cmp_location(x, y);
}

static void gh_annotation(fg_buf *out, const fg_finding *f)
{
	uint32_t line = f->line ? f->line : 1;
	fg_buf_printf(out, "::%s file=", gh_command(f->severity));
	gh_escape(out, f->path, true);
	fg_buf_printf(out, ",line=%u", line);
	if (f->col)
		fg_buf_printf(out, ",col=%u", f->col);
	if (f->end_line >= line) {
		fg_buf_printf(out, ",endLine=%u", f->end_line);
		/* GitHub uses the columns only for a span on one line. */
		if (f->end_line == line && f->col && f->end_col >= f->col)
			fg_buf_printf(out, ",endColumn=%u", f->end_col);
	}
	fg_buf_puts(out, ",title=");
	gh_escape(out, f->rule->id, true);
	fg_buf_puts(out, "::");
	gh_escape(out, f->message, false);
	fg_buf_putc(out, '\n');
}

void fg_report_github(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx)
{
	const fg_finding **v = fg_xcalloc(fs->len ? fs->len : 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < fs->len; i++)
		if (!fs->items[i].suppressed)
			v[n++] = &fs->items[i];
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_github);
	size_t shown[3] = { 0 }, left[3] = { 0 };
	for (size_t i = 0; i < n; i++) {
		fg_severity s = v[i]->severity;
		if (shown[s] < FG_GITHUB_MAX_PER_KIND) {
			gh_annotation(out, v[i]);
			shown[s]++;
		} else {
			left[s]++;
		}
	}
	size_t more = left[0] + left[1] + left[2];
	if (more) {
		fg_buf_printf(out,
			      "foundry-guard: %zu more finding%s not shown as annotations (%zu error%s, %zu warning%s, "
			      "%zu note%s): GitHub shows at most %d annotations of each kind per step; the job summary "
			      "and the SARIF report list them all.\n",
			      more, more == 1 ? " is" : "s are", left[FG_SEV_ERROR], left[FG_SEV_ERROR] == 1 ? "" : "s",
			      left[FG_SEV_WARNING], left[FG_SEV_WARNING] == 1 ? "" : "s", left[FG_SEV_NOTE],
			      left[FG_SEV_NOTE] == 1 ? "" : "s", FG_GITHUB_MAX_PER_KIND);
	}
	free(v);
	fg_report_summary(out, fs, ctx->stats);
}
