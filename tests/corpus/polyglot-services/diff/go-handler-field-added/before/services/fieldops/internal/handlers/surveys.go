package handlers

import (
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/kestrelfibre/fieldops/internal/llm"
	"github.com/kestrelfibre/fieldops/internal/store"
)

const surveyInstructions = "Summarise this post-install survey for the technician's team lead in two sentences."

type Surveys struct {
	store      store.Store
	summarizer *llm.Summarizer
}

func NewSurveys(st store.Store, summarizer *llm.Summarizer) *Surveys {
	return &Surveys{store: st, summarizer: summarizer}
}

func (h *Surveys) Summarize(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	survey, err := h.store.Survey(ctx, chi.URLParam(r, "workOrder"))
	if err != nil {
		fail(w, err)
		return
	}
	cust, err := h.store.Customer(ctx, survey.CustomerID)
	if err != nil {
		fail(w, err)
		return
	}
	summary, err := h.summarizer.Summarize(ctx, surveyInstructions,
		"Respondent: "+cust.Email,
		"Score: "+strings.Repeat("*", survey.Score),
		"Comments: "+survey.Comments,
	)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"summary": summary})
}

// SummarizeAnonymous is used for the public dashboard: only the account reference, masked.
func (h *Surveys) SummarizeAnonymous(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	survey, err := h.store.Survey(ctx, chi.URLParam(r, "workOrder"))
	if err != nil {
		fail(w, err)
		return
	}
	cust, err := h.store.Customer(ctx, survey.CustomerID)
	if err != nil {
		fail(w, err)
		return
	}
	summary, err := h.summarizer.Summarize(ctx, surveyInstructions,
		"Account: "+maskAccount(cust.AccountNumber),
		"Comments: "+survey.Comments,
	)
	if err != nil {
		fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"summary": summary})
}

func maskAccount(n string) string {
	if len(n) <= 4 {
		return "****"
	}
	return strings.Repeat("*", len(n)-4) + n[len(n)-4:]
}
