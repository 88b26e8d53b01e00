package jobs

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/kestrelfibre/fieldops/internal/llm"
	"github.com/kestrelfibre/fieldops/internal/notify"
	"github.com/kestrelfibre/fieldops/internal/store"
)

const reminderSystem = "Write a polite SMS reminder (under 200 characters) that an engineer visit fee is due in three days."

// SendVisitFeeReminders runs nightly from the scheduler.
func SendVisitFeeReminders(ctx context.Context, sms *notify.SMS, due []store.Customer) error {
	for _, customer := range due {
		text, err := llm.Default.Complete(ctx, reminderSystem, fmt.Sprintf(
			"Customer record: %+v\nFee: 45 GBP.",
			customer,
		))
		if err != nil {
			slog.Warn("reminder draft failed", "customer", customer.ID, "err", err)
			continue
		}
		if err := sms.Send(ctx, customer.PhoneNumber, text); err != nil {
			return fmt.Errorf("sms to customer %d: %w", customer.ID, err)
		}
	}
	return nil
}
