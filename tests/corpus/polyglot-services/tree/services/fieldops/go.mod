module github.com/kestrelfibre/fieldops

go 1.23

require (
	github.com/anthropics/anthropic-sdk-go v1.19.0
	github.com/go-chi/chi/v5 v5.2.0
	github.com/jackc/pgx/v5 v5.7.2
	github.com/openai/openai-go v1.12.0
	gopkg.in/yaml.v3 v3.0.1
)
