package handlers

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/kestrelfibre/fieldops/internal/llm"
	"github.com/kestrelfibre/fieldops/internal/notify"
	"github.com/kestrelfibre/fieldops/internal/store"
)

const triageSystem = `You dispatch broadband field technicians. From the work order, decide the skill
needed (fibre splice, ONT swap, internal wiring, civils) and the likely duration in minutes.
Answer as "skill; minutes; one-line reason".`

type WorkOrders struct {
	store     store.Store
	assistant *llm.Client
	sms       *notify.SMS
}

func NewWorkOrders(st store.Store, assistant *llm.Client, sms *notify.SMS) *WorkOrders {
	return &WorkOrders{store: st, assistant: assistant, sms: sms}
}

func (h *WorkOrders) Triage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	wo, err := h.store.WorkOrder(ctx, chi.URLParam(r, "id"))
	if err != nil {
		fail(w, err)
		return
	}
	cust, err := h.store.Customer(ctx, wo.CustomerID)
	if err != nil {
		fail(w, err)
		return
	}

	prompt := fmt.Sprintf(
		"Work order %s (%s), cabinet %s.\nAddress: %s\nCallback number: %s\nNotes from the call centre: %s",
		wo.ID,
		wo.Kind,
		wo.CabinetID,
		cust.HomeAddress,
		cust.PhoneNumber,
		wo.Notes,
	)
	answer, err := h.assistant.Complete(ctx, triageSystem, prompt)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"work_order": wo.ID, "triage": answer})
}

func (h *WorkOrders) ConfirmSlot(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	wo, err := h.store.WorkOrder(ctx, chi.URLParam(r, "id"))
	if err != nil {
		fail(w, err)
		return
	}
	cust, err := h.store.Customer(ctx, wo.CustomerID)
	if err != nil {
		fail(w, err)
		return
	}
	text, err := h.assistant.Complete(ctx,
		"Write a one-sentence appointment confirmation SMS. Friendly, no emojis.",
		fmt.Sprintf("Appointment %s for a %s visit.", wo.ScheduledFor.Format("Mon 2 Jan 15:04"), wo.Kind))
	if err != nil {
		fail(w, err)
		return
	}
	if err := h.sms.Send(ctx, cust.PhoneNumber, "Hi "+cust.FirstName+", "+text); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
