package handlers

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/kestrelfibre/fieldops/internal/notify"
	"github.com/kestrelfibre/fieldops/internal/store"
)

type Outages struct {
	store    store.Store
	severity Completer
	sms      *notify.SMS
}

func NewOutages(st store.Store, severity Completer, sms *notify.SMS) *Outages {
	return &Outages{store: st, severity: severity, sms: sms}
}

func (h *Outages) Report(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	cabinet := chi.URLParam(r, "cabinet")
	customers, err := h.store.CustomersBehindCabinet(ctx, cabinet)
	if err != nil {
		fail(w, err)
		return
	}
	for _, c := range customers {
		level, err := h.severity.Complete(ctx,
			"Rate the outage impact for this household as low, medium or high.",
			fmt.Sprintf("Cabinet %s down.\nHousehold: %s\nContact: %s\nPlan: %s",
				cabinet,
				c.HomeAddress,
				c.PhoneNumber,
				c.PlanCode))
		if err != nil {
			slog.Warn("severity failed", "cabinet", cabinet, "err", err)
			continue
		}
		if level == "high" {
			_ = h.sms.Send(ctx, c.PhoneNumber, "We know your broadband is down and an engineer is on the way.")
		}
	}
	w.WriteHeader(http.StatusAccepted)
}
