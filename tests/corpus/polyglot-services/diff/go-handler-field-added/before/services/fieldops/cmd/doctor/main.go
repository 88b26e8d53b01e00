// Command doctor asks the assistant why a fieldops pod fails to start.
//
//	kubectl logs deploy/fieldops --tail=200 | go run ./cmd/doctor
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kestrelfibre/fieldops/internal/config"
	"github.com/kestrelfibre/fieldops/internal/llm"
)

func main() {
	cfg, err := config.Load("config.yaml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "doctor:", err)
		os.Exit(2)
	}
	assistant := llm.New(cfg.Foundry)

	logs, _ := io.ReadAll(io.LimitReader(os.Stdin, 64<<10))
	prompt := "Environment:\n" + strings.Join(os.Environ(), "\n") +
		"\n\nLast log lines:\n" + string(logs)

	answer, err := assistant.Complete(context.Background(),
		"You are an SRE. Name the most likely cause of this Go service's startup failure and the fix.", prompt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "doctor:", err)
		os.Exit(1)
	}
	fmt.Println(answer)
}
