/*
 * report.h - reporters turn findings into text, JSON, SARIF, GitHub workflow
 * commands or GitLab Code Quality JSON.  They know
 * nothing about scanning; they never see an unredacted value.
 */
#ifndef FG_REPORT_REPORT_H
#define FG_REPORT_REPORT_H

#include "../core/buf.h"
#include "../finding/finding.h"
#include "../ruleset/ruleset.h"
#include "../scan/scan.h"

typedef struct fg_report_ctx {
	const fg_ruleset *rules;
	const fg_scan_stats *stats;
	bool color;
	bool explain_flows;
	const char *tool_version;
	/* Text paths (--path-style): NULL path_root keeps them relative to the
	 * scan's root; otherwise path_root/PATH, shown relative to path_from
	 * when that is set, else absolute. */
	const char *path_root;
	const char *path_from;
} fg_report_ctx;

typedef struct fg_reporter {
	const char *name;
	void (*write)(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx);
} fg_reporter;

const fg_reporter *fg_reporter_by_name(const char *name);

void fg_report_text(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx);
void fg_report_json(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx);
void fg_report_sarif(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx);
/* GitHub Actions workflow commands (::error file=...::message), at most 10 per kind. */
void fg_report_github(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx);
/* GitLab Code Quality JSON (artifacts:reports:codequality). */
void fg_report_codequality(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx);
/* The one summary line of the text report. */
void fg_report_summary(fg_buf *out, const fg_findings *fs, const fg_scan_stats *st);
/* --stats: where the time went, per stage (lines for stderr). */
void fg_report_stats(fg_buf *out, const fg_scan_stats *st);

#endif
