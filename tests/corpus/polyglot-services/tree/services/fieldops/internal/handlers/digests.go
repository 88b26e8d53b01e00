package handlers

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/kestrelfibre/fieldops/internal/reports"
	"github.com/kestrelfibre/fieldops/internal/store"
)

type Digests struct {
	store  store.Store
	weekly *reports.Weekly
}

func NewDigests(st store.Store, weekly *reports.Weekly) *Digests {
	return &Digests{store: st, weekly: weekly}
}

func (h *Digests) Weekly(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	region := chi.URLParam(r, "region")
	techs, err := h.store.Technicians(ctx, region)
	if err != nil {
		fail(w, err)
		return
	}
	text, err := h.weekly.Digest(ctx, region, techs)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"digest": text})
}
