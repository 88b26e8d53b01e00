package handlers

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/kestrelfibre/fieldops/internal/store"
)

type Relocations struct {
	store   store.Store
	planner Completer
}

func NewRelocations(st store.Store, planner Completer) *Relocations {
	return &Relocations{store: st, planner: planner}
}

func (h *Relocations) Plan(w http.ResponseWriter, r *http.Request) {
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
	details := fmt.Sprintf("Moving from cabinet %s. New site coordinates: %.5f, %.5f. Plan %s.",
		wo.CabinetID,
		cust.Latitude,
		cust.Longitude,
		cust.PlanCode,
	)
	plan, err := h.planner.Complete(ctx, "List the steps to move a fibre line to a new address, most urgent first.", details)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"plan": plan})
}
