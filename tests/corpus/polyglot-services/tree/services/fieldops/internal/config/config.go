package config

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

type Foundry struct {
	BaseURL   string `yaml:"base_url"`
	Resource  string `yaml:"resource"`
	Model     string `yaml:"model"`
	MaxTokens int    `yaml:"max_tokens"`
	APIKey    string `yaml:"-"`
}

type Classifier struct {
	BaseURL string `yaml:"base_url"`
	Model   string `yaml:"model"`
	APIKey  string `yaml:"-"`
}

type Reports struct {
	BaseURL string `yaml:"base_url"`
	Model   string `yaml:"model"`
	APIKey  string `yaml:"-"`
}

type Config struct {
	Listen   string `yaml:"listen"`
	Database struct {
		DSNEnv string `yaml:"dsn_env"`
	} `yaml:"database"`
	Foundry    Foundry    `yaml:"foundry"`
	Classifier Classifier `yaml:"classifier"`
	Reports    Reports    `yaml:"reports"`
	Twilio     struct {
		AccountSIDEnv string `yaml:"account_sid_env"`
	} `yaml:"twilio"`
}

// Load reads the YAML file and overlays secrets and per-environment overrides from the environment.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	if v := os.Getenv("ANTHROPIC_FOUNDRY_BASE_URL"); v != "" {
		cfg.Foundry.BaseURL = v
	}
	cfg.Foundry.APIKey = os.Getenv("ANTHROPIC_FOUNDRY_API_KEY")
	cfg.Classifier.APIKey = os.Getenv("MISTRAL_API_KEY")
	cfg.Reports.APIKey = os.Getenv("FOUNDRY_PROJECT_KEY")
	return &cfg, nil
}
