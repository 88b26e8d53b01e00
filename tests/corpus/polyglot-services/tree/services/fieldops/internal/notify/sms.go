package notify

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const twilioBase = "https://api.twilio.com/2010-04-01"

type SMS struct {
	accountSID string
	authToken  string
	from       string
	http       *http.Client
}

func NewSMS(from string) *SMS {
	return &SMS{
		accountSID: os.Getenv("TWILIO_ACCOUNT_SID"),
		authToken:  os.Getenv("TWILIO_AUTH_TOKEN"),
		from:       from,
		http:       &http.Client{Timeout: 15 * time.Second},
	}
}

func (s *SMS) Send(ctx context.Context, to, body string) error {
	form := url.Values{}
	form.Set("To", to)
	form.Set("From", s.from)
	form.Set("Body", body)
	endpoint := fmt.Sprintf("%s/Accounts/%s/Messages.json", twilioBase, s.accountSID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(s.accountSID, s.authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("twilio: %s", resp.Status)
	}
	return nil
}
