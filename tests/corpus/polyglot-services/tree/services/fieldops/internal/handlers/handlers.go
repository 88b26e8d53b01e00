package handlers

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
)

// Completer is anything that turns a system prompt and a user prompt into text.
type Completer interface {
	Complete(ctx context.Context, system, prompt string) (string, error)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		slog.Error("encoding response", "err", err)
	}
}

func fail(w http.ResponseWriter, err error) {
	slog.Error("request failed", "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}
