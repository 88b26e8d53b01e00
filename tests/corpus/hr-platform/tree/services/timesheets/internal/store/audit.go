package store

import (
	"context"
	"database/sql"
	"log/slog"
)

// AuditStore writes approval events. Rows are kept for 400 days in our own
// Postgres and then deleted by the retention job; nothing here goes to a model.
type AuditStore struct {
	db  *sql.DB
	log *slog.Logger
}

type ApprovalEvent struct {
	EmployeeNumber string
	ApproverEmail  string
	NationalID     string
	BankAccount    string
	Period         string
}

func (s *AuditStore) Record(ctx context.Context, ev ApprovalEvent) error {
	s.log.Info("timesheet approved",
		"employee", ev.EmployeeNumber,
		"approver_email", ev.ApproverEmail,
		"national_id", ev.NationalID,
		"period", ev.Period)
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO approval_events (employee_number, approver_email, national_id, bank_account, period)
		 VALUES ($1, $2, $3, $4, $5)`,
		ev.EmployeeNumber, ev.ApproverEmail, ev.NationalID, ev.BankAccount, ev.Period)
	return err
}
