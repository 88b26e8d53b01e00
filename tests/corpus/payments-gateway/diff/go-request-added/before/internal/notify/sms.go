package notify

import (
	"context"
	"log/slog"
)

type Recipient struct {
	ID    string
	Phone string
	Lang  string
}

// SendDeclineSMS tells the cardholder a payment was declined.
func SendDeclineSMS(ctx context.Context, r Recipient, merchant string) error {
	phone := r.Phone
	text := "Your payment at " + merchant + " was declined. Call your bank if this was you."
	slog.InfoContext(ctx, "sending decline sms", "recipient", r.ID)
	return smsGateway.Send(ctx, phone, text)
}
