package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/kestrelfibre/fieldops/internal/classifier"
	"github.com/kestrelfibre/fieldops/internal/config"
	"github.com/kestrelfibre/fieldops/internal/handlers"
	"github.com/kestrelfibre/fieldops/internal/llm"
	"github.com/kestrelfibre/fieldops/internal/notify"
	"github.com/kestrelfibre/fieldops/internal/reports"
	"github.com/kestrelfibre/fieldops/internal/store"
)

func main() {
	path := os.Getenv("FIELDOPS_CONFIG")
	if path == "" {
		path = "config.yaml"
	}
	cfg, err := config.Load(path)
	if err != nil {
		slog.Error("config", "err", err)
		os.Exit(1)
	}

	ctx := context.Background()
	pool, err := pgxpool.New(ctx, os.Getenv(cfg.Database.DSNEnv))
	if err != nil {
		slog.Error("database", "err", err)
		os.Exit(1)
	}
	st := store.NewPostgres(pool)

	assistant := llm.New(cfg.Foundry)
	llm.Default = assistant
	summarizer, err := llm.NewSummarizer(cfg.Foundry)
	if err != nil {
		slog.Error("summarizer", "err", err)
		os.Exit(1)
	}
	severity := classifier.New(cfg.Classifier)
	sms := notify.NewSMS("KESTREL")
	weekly := reports.NewWeekly(cfg.Reports)

	workOrders := handlers.NewWorkOrders(st, assistant, sms)
	relocations := handlers.NewRelocations(st, assistant)
	outages := handlers.NewOutages(st, severity, sms)
	surveys := handlers.NewSurveys(st, summarizer)
	digests := handlers.NewDigests(st, weekly)

	r := chi.NewRouter()
	r.Post("/work-orders/{id}/triage", workOrders.Triage)
	r.Post("/work-orders/{id}/confirm", workOrders.ConfirmSlot)
	r.Post("/work-orders/{id}/relocation-plan", relocations.Plan)
	r.Post("/cabinets/{cabinet}/outage", outages.Report)
	r.Get("/surveys/{workOrder}/summary", surveys.Summarize)
	r.Get("/surveys/{workOrder}/public-summary", surveys.SummarizeAnonymous)
	r.Get("/regions/{region}/digest", digests.Weekly)

	slog.Info("fieldops listening", "addr", cfg.Listen)
	if err := http.ListenAndServe(cfg.Listen, r); err != nil {
		slog.Error("server", "err", err)
		os.Exit(1)
	}
}
